import { describe, expect, it } from 'vitest';
import { extractClaims, findWindow } from '../../../src/ingest/index.js';

// A fourth check of the conventions, on sentences written fresh for it, each labelled by hand from the
// convention named in its group for published = 2026-02-09 (a Monday) unless the row gives another date.
//
// Weekdays are read against the issue date, as TIME-WINDOWS.md reads every relative phrase:
// - a weekday is a one-day period, so rule 6 picks the nearest one not yet ended, the issue date included;
//   "by Friday" runs from publication to that day, "before Friday" to the day before (rules 2–4);
// - "next Tuesday" and "Tuesday of next week" are that day of the next ISO week, "this Thursday" of the current
//   one, as "next week" / "this week" are ISO weeks;
// - a weekday with a date ("Friday, March 6", "Monday the 12th") is that date (the 12th that falls on a Monday);
// - "today" / "tonight" are the issue date, "tomorrow" the day after;
// - rule 7: a bare weekday next to a past verb ("said Tuesday"), outside a forward-looking clause, after "last",
//   or naming a thing ("Friday's jobs report") does not bound the outcome.
type Row = [string, string | null, string?, string?];
const GROUPS: Array<[string, Row[]]> = [
  [
    'Weekdays: the nearest one not yet ended, by the deadline rules',
    [
      ['The committee will vote on Friday.', '2026-02-13', '2026-02-13'],
      ['Expect a deal by Friday.', '2026-02-09', '2026-02-13'],
      ['The merger should close before Thursday.', '2026-02-09', '2026-02-11'],
      ['Expect the announcement on Monday.', '2026-02-09', '2026-02-09'],
      ['A decision could come late Wednesday, but may not come until Thursday.', '2026-02-11', '2026-02-12'],
      ['The deal must be signed by Friday’s deadline.', '2026-02-09', '2026-02-13'],
      ['Alcoa reports Wednesday and will post a loss.', '2026-02-18', '2026-02-18', '2026-02-14'],
    ],
  ],
  [
    'Weekdays: "next" / "this" and "of next week" name the ISO week',
    [
      ['The company will report next Tuesday.', '2026-02-17', '2026-02-17'],
      ['The board will meet this Thursday.', '2026-02-12', '2026-02-12'],
      ['Regulators will decide on Wednesday of next week.', '2026-02-18', '2026-02-18'],
      ['Opinions are likely on both Tuesday and Wednesday of next week.', '2026-02-17', '2026-02-18'],
    ],
  ],
  [
    'Weekdays with a date: the date as written',
    [
      ['The jobs data will surprise on Friday, March 6.', '2026-03-06', '2026-03-06'],
      ['The ruling is expected on Monday the 16th.', '2026-02-16', '2026-02-16'],
      ['The ruling is expected on Monday the 12th.', '2026-10-12', '2026-10-12'],
      ['The next decision day will be Monday (Feb. 23).', '2026-02-23', '2026-02-23'],
    ],
  ],
  [
    'Day words: today is the issue date, tomorrow the day after',
    [
      ['The launch will happen tomorrow.', '2026-02-10', '2026-02-10'],
      ['Apple is likely to announce the deal today.', '2026-02-09', '2026-02-09'],
      ['Today’s auction will clear above 4%.', null],
    ],
  ],
  [
    'Rule 7 for weekdays: past, "last", and names do not bound the outcome',
    [
      ['The CEO said Tuesday that margins will recover in Q3.', '2026-07-01', '2026-09-30'],
      ['Traders told reporters Thursday the rally will fade in June.', '2026-06-01', '2026-06-30'],
      ['Shares fell Friday, and analysts expect more losses in March.', '2026-03-01', '2026-03-31'],
      ['Friday’s jobs report will show a slowdown.', null],
      ['Last Tuesday’s selloff will be reversed by April.', '2026-02-09', '2026-04-30'],
      ['In a news conference Thursday, the governor said he will decide Friday.', '2026-02-13', '2026-02-13'],
    ],
  ],
  [
    'Reported speech: "was possible", "were aiming" after "said … that" still look ahead (rule 7 reads the outcome)',
    [
      ['Officials told reporters Thursday that a deal was possible by March.', '2026-02-09', '2026-03-31'],
      ['She said that the company was aiming to list in Q4.', '2026-10-01', '2026-12-31'],
      ['He said that the plant was closed in March.', null],
    ],
  ],
  [
    'Phrasings: "end-26" (by the end of 2026), "ends this year at X" (Dec 31), a starting level is a baseline',
    [
      ['Oil will fall toward $50 by end-26.', '2026-02-09', '2026-12-31'],
      ['Copper should be higher by end-2027.', '2026-02-09', '2027-12-31'],
      ['Gold will end this year below $4,000.', '2026-12-31', '2026-12-31'],
      ['Inflation will climb from 2.4% in January to 3% by the summer.', '2026-02-09', '2026-08-31'],
      ['Rates rise to 5% in May, up from 4.5% in March.', '2026-05-01', '2026-05-31'],
      ['Alcoa is expected to post its fourth loss in a row Wednesday.', '2026-02-11', '2026-02-11'],
    ],
  ],
  [
    'Rule 2 with an owner between trigger and period, seasons in quotes, and rule 7 for a restating apposition',
    [
      ['Oracle will reach $65 billion in revenue by the company’s May 2027 fiscal year.', '2026-02-09', '2027-05-31'],
      ['Nvidia expects the ramp to finish by its fiscal 2027.', '2026-02-09', '2027-01-31'],
      ['The bill signed by the governor’s office will cut costs in July.', '2026-07-01', '2026-07-31'],
      ['The watch will make its debut in the "spring," people familiar say.', '2026-03-01', '2026-05-31'],
      ['The chip ships in H2, a six-month period that also brings a refresh.', '2026-07-01', '2026-12-31'],
      ['The fund will double over a six-month period.', '2026-02-09', '2026-08-09'],
    ],
  ],
  [
    'Weekdays in longer news sentences: lists, fronted clauses, clock times, appositions, schedules stated in the present',
    [
      ['Workers will vote in Alberta, Ontario and Quebec on Thursday.', '2026-02-12', '2026-02-12'],
      ['On Friday, the board will pick a new chair.', '2026-02-13', '2026-02-13'],
      ['On Friday, the court ruled that the merger can close in May.', '2026-05-01', '2026-05-31'],
      ['When the ONS publishes data on Wednesday, economists expect inflation to fall.', '2026-02-11', '2026-02-11'],
      ['The results are to be announced at 10:30 a.m. Thursday.', '2026-02-12', '2026-02-12'],
      [
        'The Fed decides this Wednesday, with the ECB decision due the following day, Thursday.',
        '2026-02-11',
        '2026-02-12',
      ],
      ['The team’s next game is on Wednesday, which means the star will likely sit out.', '2026-02-11', '2026-02-11'],
      ['Votes will be counted through the night and a result could come early Saturday.', '2026-02-14', '2026-02-14'],
      ['Growth will slow this year, the firm said in a note Tuesday.', '2026-02-09', '2026-12-31'],
    ],
  ],
  [
    'Clauses: an infinitive after a relative clause resumes the forecast; a date stated as a present fact is the plan',
    [
      ['The bank expects inflation, which reached 9% in January, to hit 13% in October.', '2026-10-01', '2026-10-31'],
      ['The opening date is September 15, 2027.', null],
    ],
  ],
  [
    'Weekdays in launch and meeting coverage: a day opening its clause, forecast verbs, given-up days, long clauses',
    [
      [
        'If the launch slips again, Wednesday evening offers a better chance of clear skies.',
        '2026-02-11',
        '2026-02-11',
      ],
      ['For Tuesday, forecasters predict a 70 percent chance of rain.', '2026-02-10', '2026-02-10'],
      ['The launch — originally scheduled for 8 p.m. Monday — will now happen on Tuesday.', '2026-02-10', '2026-02-10'],
      ['The next attempt is Tuesday at 4 p.m., the company said.', null],
      [
        'Analysts expect the weather to look poor for the launch of the rocket on its first operational mission Tuesday.',
        '2026-02-10',
        '2026-02-10',
      ],
      [
        'The launch won’t happen until Tuesday night, after the first attempt was scrubbed just before liftoff Sunday.',
        '2026-02-10',
        '2026-02-10',
      ],
      ['OPEC will hold output steady at its meeting later in the day.', '2026-02-09', '2026-02-09'],
      ['Officials say the result will be known in a "couple of days."', '2026-02-09', '2026-02-11'],
      ['Delegates met this week, OPEC sources said, and a deal will follow next week.', '2026-02-16', '2026-02-22'],
    ],
  ],
  [
    'A schedule stated in the present is a calendar entry: it dates a sentence only when the sentence also looks ahead',
    [
      ['Nvidia reports Wednesday after the close.', null],
      ['Fed decision Wednesday; CPI Thursday; jobs Friday.', null],
      ['Nvidia reports Wednesday and will beat estimates.', '2026-02-11', '2026-02-11'],
    ],
  ],
  [
    'Rule 6 for "the coming <season>" (the nearest not yet ended); "next <season>" has not started yet',
    [
      ['Demand will strengthen in the coming summer months.', '2026-06-10', '2026-08-31', '2026-06-10'],
      ['Heating costs will spike in the coming winter.', '2026-12-01', '2027-02-28', '2026-10-15'],
      ['Demand will strengthen next summer.', '2027-06-01', '2027-08-31', '2026-06-10'],
    ],
  ],
  [
    'Paired ordinal quarters are the hull of both (rule 8); a dated weekday next to a past verb is the past (rule 7)',
    [
      ['GDP shrinks in the second and third quarters of 2027.', '2027-04-01', '2027-09-30'],
      ['Margins recover in the first or second quarter.', '2026-02-09', '2026-06-30'],
      ['The union on Thursday (Feb. 5) announced that talks will resume in March.', '2026-03-01', '2026-03-31'],
    ],
  ],
];

describe.each(GROUPS)('%s', (_convention, rows) => {
  it.each(rows)('%s', (text, start, end, published) => {
    const w = findWindow(text, published ?? '2026-02-09');
    expect(w && { start: w.start, end: w.end }).toEqual(start === null ? null : { start, end });
  });
});

// An issue whose items date their calls by weekday: a forecast for Wednesday is a claim; a report of what
// happened on Friday is not (TIME-WINDOWS.md, "What counts as a claim").
const ISSUE = [
  'Rates Desk — Feb. 9, 2026',
  '',
  'The Signal',
  'The Fed will cut by 25 basis points on Wednesday.',
  '',
  "What's Moving",
  '- Payrolls — Payrolls rose 200,000 in January, the BLS said Friday (via @jobsguy)',
  '- Treasuries — The 10-year yield will close below 4% by Friday (via @bondbear)',
  '- Calendar — Fed decision Wednesday; CPI Thursday; jobs Friday (via @cal)',
  '- Chips — Nvidia reports Wednesday after the close. (via @chipguy)',
  '',
].join('\n');

describe('What counts as a claim, with weekdays', () => {
  it('proposes the weekday forecasts with their windows, not the report of last Friday nor the calendar lines', () => {
    const got = extractClaims(ISSUE, { published: '2026-02-09' });
    expect(
      got.map((c) => ({ kind: c.kind, sources: c.sources, window: c.window && [c.window.start, c.window.end] })),
    ).toEqual([
      { kind: 'CLAIM', sources: [], window: ['2026-02-11', '2026-02-11'] },
      { kind: 'CLAIM', sources: ['@bondbear'], window: ['2026-02-09', '2026-02-13'] },
    ]);
  });
});
