import { describe, expect, it } from 'vitest';
import { DEFAULT_CALENDARS, findWindow } from '../../../../src/ingest/index.js';
import { win, windowTable, windowTableByDate, windows, windowsByDate } from '../helpers.js';

// Days and dates: weekdays, day words, numeric and written-out dates, spans of days, lists of months.

windowTable([
  [
    'More conventions, phrasings: Qn-YY / Qn-YYYY, "Sept. 2027", "Jan. 15, 2027", numeric US dates, as written',
    [
      ['Shipments should resume in Q2-2026.', '2026-04-01', '2026-06-30'],
      ['We see margins troughing in Q4-27.', '2027-10-01', '2027-12-31'],
      ['The agency expects to finish the review by Sept. 2027.', '2026-02-09', '2027-09-30'],
      ['The court will rule on Jan. 15, 2027, lawyers expect.', '2027-01-15', '2027-01-15'],
      ['Management expects the deal to close by 3/31/2027.', '2026-02-09', '2027-03-31'],
      ['The refinery will restart on 6/1/2026.', '2026-06-01', '2026-06-01'],
      ['Expect the first cut on April 30 — markets are not priced for it.', '2026-04-30', '2026-04-30'],
    ],
  ],
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
]);

windowTableByDate([
  [
    'Phrasings ("as written"): a span of days in one month is those days',
    [['The Fed will cut at its March 17-18 meeting.', '2026-02-09', '2026-03-17', '2026-03-18']],
  ],
  [
    'Rule 3 with a weekday (docs/ingest.md): "before the end of the day Tuesday" is by Tuesday',
    [['Most ballots will be counted before the end of the day Tuesday.', '2026-02-09', '2026-02-09', '2026-02-10']],
  ],
]);

describe('months joined by "and" are named in turn (rule 6 over the list)', () => {
  const PUB = '2026-03-10';
  const win = (text: string) => {
    const w = findWindow(text, PUB, { calendars: DEFAULT_CALENDARS });
    return w && [w.start, w.end];
  };

  it.each([
    // The later month is the first such month after the earlier one …
    ['The ECB cuts in January and March.', ['2027-01-01', '2027-03-31']],
    ['The ECB cuts in December and March.', ['2026-12-01', '2027-03-31']],
    // … which changes nothing when they already run in order, share a year, or form a range.
    ['Rates fall in November and January.', ['2026-11-01', '2027-01-31']],
    ['The Fed cuts in June and September.', ['2026-06-01', '2026-09-30']],
    ['The Fed cuts in March and June 2027.', ['2027-03-01', '2027-06-30']],
    ['Inflation peaks between March and May.', ['2026-03-10', '2026-05-31']],
    ['The ECB cuts in June, and the BoE in March.', ['2026-03-10', '2026-06-30']],
  ] as const)('%s', (text, expected) => {
    expect(win(text)).toEqual(expected);
  });
});

describe('time phrases (TIME-WINDOWS.md "Periods" and rule 1, by analogy with "the week ending <day>")', () => {
  it.each([
    // "the N days / weeks / months to <day>" and "… ending <day>" are the N units that end there …
    ['Revenue falls in the three months to June 30.', '2026-03-02', ['2026-04-01', '2026-06-30']],
    ['Exports rise 5% in the six months ending September 30, 2026.', '2026-03-02', ['2026-04-01', '2026-09-30']],
    ['Output climbs in the 10 days to March 20.', '2026-03-02', ['2026-03-11', '2026-03-20']],
    ['Jobless claims rise in the two weeks to March 27.', '2026-03-02', ['2026-03-14', '2026-03-27']],
    // … a month as the end counts whole months …
    ['Store sales slow in the three months to August.', '2026-03-02', ['2026-06-01', '2026-08-31']],
    // … clipped to publication by rule 1 …
    ['The mine will pour 2,000 ounces for the three months to March 31.', '2026-03-02', ['2026-03-02', '2026-03-31']],
    // … and a past verb still looks back.
    ['Sales rose 4% in the three months to January 31.', '2026-03-02', null],
  ])('%s (published %s)', (text, published, want) => {
    expect(win(text, published)).toEqual(want);
  });
});

describe('days and dates in more wording (rules 1–4, by analogy)', () => {
  windows([
    // "on" before a word that names no day ("on schedule", "on time") lists no date: the clause is no listing.
    ['If the levy starts on schedule, shippers cut volumes in 2029.', '2027-05-03', ['2029-01-01', '2029-12-31']],
    ['If the plant opens on time, output doubles in 2029.', '2027-05-03', ['2029-01-01', '2029-12-31']],
    ['The plant opens on June 3.', '2027-05-03', null],
    // "the year starting <day>": the twelve months from that day.
    ['Shipments reach 3 million tonnes in the year starting Oct. 1.', '2027-06-10', ['2027-10-01', '2028-09-30']],
    ['Sales grow 4% in the year beginning April 1, 2028.', '2027-06-10', ['2028-04-01', '2029-03-31']],
  ]);
  windowsByDate([
    // "the week ending / beginning <day>" is the seven days that end or start there, as "the year starting Sept. 1"
    // is the twelve months from it …
    ['Jobless claims rise in the week ending March 14.', '2026-03-02', ['2026-03-08', '2026-03-14']],
    ['Store traffic jumps in the week beginning March 9.', '2026-03-02', ['2026-03-09', '2026-03-15']],
    // … and a past verb still looks back.
    ['Jobless claims rose in the week ending February 21.', '2026-03-02', null],
  ]);
});

describe('a fronted "at / during" phrase with its weekday ("At its meeting on Friday, …") dates the clause after its comma', () => {
  it.each([
    ['At its meeting on Friday, the BOJ is expected to raise its rate to 0.5%.', ['2025-01-24', '2025-01-24']],
    ['During the session on Thursday, we expect the bank to cut.', ['2025-01-23', '2025-01-23']],
    // A past clause after the comma keeps the day the past's.
    ['At its meeting on Friday, the BOJ raised its rate.', null],
  ] as const)('%s', (text, want) => {
    expect(win(text, '2025-01-20')).toEqual(want);
  });
});

windowTableByDate([
  [
    'A weekday between "a / an" and its noun names a kind of thing ("a Tuesday afternoon group match"), no day',
    [
      [
        'Prices were set, and a Tuesday afternoon group match in Kansas City is not a knockout round.',
        '2026-03-09',
        null,
      ],
      ['A Tuesday afternoon group match will draw fewer than 30,000 fans.', '2026-03-09', null],
      ['Ratings for an early Monday kickoff will fall below 2 million.', '2026-03-09', null],
      ['We expect a Sunday night game to top 20 million viewers.', '2026-03-09', null],
      // Counter-cases: the day itself, after "on" or with "this", keeps its date.
      ['Attendance will top 40,000 on Tuesday.', '2026-03-09', '2026-03-10', '2026-03-10'],
      ['Ratings will fall below 2 million this Monday.', '2026-03-09', '2026-03-09', '2026-03-09'],
      ['The deal closes by Friday, a week early.', '2026-03-09', '2026-03-09', '2026-03-13'],
    ],
  ],
]);

windowTableByDate([
  [
    'A weekday between "a" and an occasion noun ("a Friday deadline", "a Monday keynote") is that day, not a kind',
    [
      ['Congress faces a Friday deadline to pass a stopgap funding bill.', '2026-06-01', '2026-06-05', '2026-06-05'],
      ['Apple will hold a Monday keynote to unveil iOS 27.', '2026-06-01', '2026-06-01', '2026-06-01'],
      ['Lawmakers will face a Thursday vote on the package.', '2026-06-01', '2026-06-04', '2026-06-04'],
      ['Bidders expect a Wednesday auction to clear above 4%.', '2026-06-01', '2026-06-03', '2026-06-03'],
      // Counter-cases: a kind of thing still gives no day.
      ['A Tuesday afternoon group match will draw fewer than 30,000 fans.', '2026-06-01', null],
      ['We expect a Sunday night game to top 20 million viewers.', '2026-06-01', null],
    ],
  ],
]);

windowTableByDate([
  [
    'Weekends: "this / next weekend" are the Saturday and Sunday of the current / next ISO week, as "this / next week" are',
    [
      ['The peak influx is expected this weekend.', '2025-01-24', '2025-01-25', '2025-01-26'],
      ['Box office takes top $100m this weekend.', '2025-01-25', '2025-01-25', '2025-01-26'],
      ['The strike spreads to the ports next weekend.', '2025-01-24', '2025-02-01', '2025-02-02'],
      ['Crowds were thin last weekend.', '2025-01-24', null],
      ['Markets reopen after the weekend.', '2025-01-24', null],
    ],
  ],
  [
    'British abbreviations: "w/c" and "w/b" (week commencing / beginning) are the seven days from the day, "w/e" the seven to it',
    [
      ['Royal Assent comes in the w/c 26th October.', '2015-07-23', '2015-10-26', '2015-11-01'],
      [
        'I’d now pencil in the w/c 26th October and possibly the w/c 2nd November for Royal Assent.',
        '2015-07-23',
        '2015-10-26',
        '2015-11-08',
      ],
      ['Plenary adoption follows w/b 9 March.', '2026-01-05', '2026-03-09', '2026-03-15'],
      ['Deliveries slow in the w/e 18 January.', '2026-01-05', '2026-01-12', '2026-01-18'],
      // A slash between other letters is no such week, and a bare "w/c" with no day gives nothing.
      ['Prices rise with w/o discounts in March.', '2026-01-05', '2026-03-01', '2026-03-31'],
      ['The w/c figures rise next year.', '2026-01-05', '2027-01-01', '2027-12-31'],
    ],
  ],
]);

windowTableByDate([
  [
    'A day before "March" or "May" makes it the month whatever follows ("by 31 March, per …", "on 2 May will …")',
    [
      ['The budget passes the Diet by 31 March, per @jgbdesk.', '2026-02-09', '2026-02-09', '2026-03-31'],
      ['The 2,000 Guineas on 2 May will reshape the Derby market.', '2026-03-30', '2026-05-02', '2026-05-02'],
      ['Prices rise by 31 March, and fall back in the summer.', '2026-02-09', '2026-02-09', '2026-08-31'],
      // Without a day, "may" and "march" are still read by their context.
      ['Prices may rise, and workers march on the capital.', '2026-02-09', null],
      ['The 200 May Day marchers rally in June.', '2026-02-09', '2026-06-01', '2026-06-30'],
      // The day must be introduced as a date (a time preposition, a weekday, the sentence start): a count is no day.
      ['Our top 10 March Madness picks will bust by Sunday.', '2026-02-09', '2026-02-09', '2026-02-15'],
      ['Our 5 May picks are below.', '2026-02-09', null],
      ['Fri. 2 May, the bill passes the Senate.', '2026-02-09', '2026-05-02', '2026-05-02'],
    ],
  ],
]);

describe('"w/c" and "w/e" before a day are the week commencing or ending on it, as "the week beginning / ending" are', () => {
  it.each([
    ['We expect the Senate to pass the bill w/c 21 Sep.', '2026-09-14', ['2026-09-21', '2026-09-27']],
    ['We expect prices to peak w/e 4 Oct.', '2026-09-14', ['2026-09-28', '2026-10-04']],
    // "w/" alone (with) and a "w/c" with no day after it are no week.
    ['Sales w/ coupons rise in March.', '2026-09-14', ['2027-03-01', '2027-03-31']],
    ['Rates on w/c loans rise in March.', '2026-09-14', ['2027-03-01', '2027-03-31']],
    // "w/b" is "w/c"; after "by" the week is a deadline (rules 2 and 3); a spaced "w/ c" is "with".
    ['The committee marks up the bill w/b 16 Feb.', '2026-02-09', ['2026-02-16', '2026-02-22']],
    ['The Senate should clear the bill by w/e 4 Oct.', '2026-02-09', ['2026-02-09', '2026-10-04']],
    ['The Senate should clear the bill by w/c 21 Sep.', '2026-02-09', ['2026-02-09', '2026-09-27']],
    ['Calls w/ c 4 Oct? no, the deal closes by 4 Oct.', '2026-02-09', ['2026-02-09', '2026-10-04']],
  ])('%s (published %s)', (text, published, want) => {
    const w = findWindow(text, published);
    expect(w && [w.start, w.end]).toEqual(want);
  });
});

describe('a belief stated ("we think", "I believe") looks ahead in a weekday\'s clause, as "we expect" does', () => {
  windowsByDate([
    ['We think Mexico win the opener on Thursday by two goals or more.', '2026-06-08', ['2026-06-11', '2026-06-11']],
    ['I believe the Fed holds on Wednesday.', '2026-06-08', ['2026-06-10', '2026-06-10']],
    // Counter-cases: a bare plain present with its weekday stays a schedule, and a past verb keeps the day past.
    ['Spain win on Thursday.', '2026-06-08', null],
    ['We think the Fed said on Tuesday that it would wait.', '2026-06-08', null],
    // A past form between the belief and the day makes it a view of the past, and "bet" is its own past tense.
    ['I think the market got it wrong on Friday.', '2026-12-07', null],
    ['Traders bet on Friday that the BoC will cut in January.', '2026-12-07', ['2027-01-01', '2027-01-31']],
    ['Traders bet on Monday that the RBA would hold in February.', '2026-12-07', ['2027-02-01', '2027-02-28']],
  ]);
});

describe('a day written with its weekday and no year is in the nearest year where it falls on that weekday', () => {
  it.each([
    // Published Tuesday, January 28, 2025: January 27, 2025 was a Monday, so the briefing was the day before.
    ['At its press briefing on Monday, January 27, the MPC decided to hold the rate at 27%.', '2025-01-28', null],
    ['Prices rise on Monday, January 27.', '2025-01-28', null],
    // … January 27, 2026 is a Tuesday, and March 6, 2026 a Friday (March 6, 2025 is a Thursday).
    ['Prices rise on Tuesday, January 27.', '2025-01-28', ['2026-01-27', '2026-01-27']],
    ['Prices rise on Friday, March 6.', '2025-01-28', ['2026-03-06', '2026-03-06']],
    ['Prices rise on Friday, January 31.', '2025-01-28', ['2025-01-31', '2025-01-31']],
    // A weekday that fits none of the three years leaves the day as read.
    ['Prices rise on Sunday, January 29.', '2025-01-28', ['2025-01-29', '2025-01-29']],
  ] as const)('%s (published %s)', (text, published, want) => {
    expect(win(text, published)).toEqual(want);
  });
});

describe('a web address is one token with no words, so the dates in its path bound nothing', () => {
  windowsByDate([
    ['The… Read more: https://www.theguardian.com/business/2026/dec/07/city-office-vacancies', '2026-12-07', null],
    ['See https://www.reuters.com/markets/us/housing-starts-poll-2026-12-07/ for the poll.', '2026-12-07', null],
    ['Details at www.example.org/2027/q3-outlook.', '2026-12-07', null],
    [
      'Starts fall below 900,000 in January (https://www.reuters.com/markets/2026/12/07/starts).',
      '2026-12-07',
      ['2027-01-01', '2027-01-31'],
    ],
    // Counter-cases: dates written as text beside an address, and slashed dates that are no address, still count.
    ['Visit www.example.com/2027 for more; rates fall by March 2027.', '2026-12-07', ['2026-12-07', '2027-03-31']],
    ['The hearing is moved to 3/15/2027 and the bill passes by 3/31/2027.', '2026-12-07', ['2026-12-07', '2027-03-31']],
  ]);
});

describe('a weekday opening a programme\'s title ("Sunday Night Football") names the programme, no day', () => {
  windowsByDate([
    ['The Chiefs are as short as 1/7 on the money line to win Sunday Night Football.', '2022-01-10', null],
    ['Sunday Night Football draws 20 million viewers.', '2022-01-10', null],
    // Counter-cases: a day part in lower case, a title-case headline's link word, or a date after it keeps the day.
    ['The Chiefs will win on Sunday night.', '2022-01-10', ['2022-01-16', '2022-01-16']],
    ['We expect the Chiefs to cover on Sunday Night Football.', '2026-12-09', ['2026-12-13', '2026-12-13']],
    ['We expect the Fed to cut on Wednesday Night, Powell says.', '2022-01-10', ['2022-01-12', '2022-01-12']],
    ['Fed Will Cut Rates Wednesday Night After Jobs Data.', '2022-01-10', ['2022-01-12', '2022-01-12']],
  ]);
});
