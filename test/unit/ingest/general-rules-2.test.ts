import { describe, expect, it } from 'vitest';
import { findWindow } from '../../../src/ingest/index.js';

// Rules added after scoring the extractor on fresh quoted forecasts (test/fixtures/time-phrases/quoted-8.json
// and later). Each row is a sentence written for the rule, not one of the fixtures, labelled by hand from the
// TIME-WINDOWS.md convention named in its group (or the departure written in docs/ingest.md), for the
// published date given (2026-02-09 is a Monday); never by running the code.
type Row = [text: string, published: string, start: string | null, end?: string];
const GROUPS: Array<[string, Row[]]> = [
  [
    'Not windows (past states): a participle keeps its own date even with its agent in between',
    [
      [
        'Economists polled by Reuters in early January expect two cuts in H2.',
        '2026-02-09',
        '2026-07-01',
        '2026-12-31',
      ],
      [
        'Analysts surveyed by the bank between January 12-16 see the plant opening in 2027.',
        '2026-02-09',
        '2027-01-01',
        '2027-12-31',
      ],
    ],
  ],
  [
    'Not windows (past states): "U.S." does not end the clause that states the past',
    [
      [
        'The storm has pushed the U.S. economy into contraction in the first half, but growth returns in the second half.',
        '2026-02-09',
        '2026-07-01',
        '2026-12-31',
      ],
    ],
  ],
  [
    'Not windows: a result measured against an expectation ("than expected") is no forecast',
    [
      ['The deficit came in far better than expected in January.', '2026-02-09', null],
      [
        'Borrowing will be higher over the next two years than expected six months ago.',
        '2026-02-09',
        '2026-02-09',
        '2028-02-09',
      ],
    ],
  ],
  [
    'Periods, "end of YYYY": "by end 2026" is "by the end of 2026"; "late in 2027" is late 2027',
    [
      ['Rates reach 3% by end 2026.', '2026-02-09', '2026-02-09', '2026-12-31'],
      ['Demand recovers early in 2027.', '2026-02-09', '2027-01-01', '2027-04-30'],
      ['Margins widen late in the year.', '2026-02-09', '2026-09-01', '2026-12-31'],
    ],
  ],
  [
    'Rule 4 ("before X" is strict) does not apply to "before" + a clause: the next step is forecast too',
    [
      [
        'Output keeps falling through mid-2027 before growth resumes late in 2027.',
        '2026-02-09',
        '2026-02-09',
        '2027-12-31',
      ],
    ],
  ],
  [
    '"More conventions", events: an issue dated before the table starts does not get the table\'s first meeting',
    [
      ['The Fed cuts at the next FOMC meeting.', '2019-06-13', null],
      [
        'The Fed cuts at the next FOMC meeting, and by end 2019 it cuts again.',
        '2019-06-13',
        '2019-06-13',
        '2019-12-31',
      ],
    ],
  ],
  [
    'Not windows (rejected alternatives): a date ruled out is given up',
    [
      [
        'Most see the first cut in the second half, ruling out any move in March.',
        '2026-02-09',
        '2026-07-01',
        '2026-12-31',
      ],
      ['Analysts expect a cut in the latter half of 2026.', '2026-02-09', '2026-07-01', '2026-12-31'],
    ],
  ],
  [
    'Not windows (present states and plans): a relative clause saying when a period ends, and what is on an agenda',
    [
      ['Growth will slow to 1% in the third quarter, which ends next week.', '2026-09-23', '2026-09-23', '2026-09-30'],
      ['What is on the council agenda for the spring is a vote on the budget.', '2026-02-09', null],
    ],
  ],
  [
    'Rule 6 (a period without a year is the nearest not yet ended): "for the year" is the current year (docs/ingest.md)',
    [
      [
        'Output rises in the fourth quarter, for an average of 29 million barrels a day for the year.',
        '2026-04-07',
        '2026-04-07',
        '2026-12-31',
      ],
      ['The company sees revenue of $4 billion for the full year.', '2026-04-07', '2026-04-07', '2026-12-31'],
    ],
  ],
  [
    'Not windows (past states): a relative clause in the past, whatever preposition follows its verb',
    [
      [
        'Inflation, which peaked at 9% in January, will ease to 3% by December.',
        '2026-02-09',
        '2026-02-09',
        '2026-12-31',
      ],
    ],
  ],
  [
    'Not windows (past states): a purpose infinitive after a past main clause looks ahead',
    [
      ['The agency skipped Monday to prepare a second attempt for Thursday.', '2026-02-09', '2026-02-12', '2026-02-12'],
      ['Shares fell 3% on Monday to close at a record on Friday.', '2026-02-09', null],
      ['NASA has pushed the landing to mid-2028.', '2026-02-09', null],
    ],
  ],
  [
    'Not windows (plans): a verbless conjunct shares the plan of its clause',
    [['The city is scheduled to host the Games in 2028 and a final in 2027.', '2026-02-09', null]],
  ],
  [
    'Not windows (past states): a finite expectation dated right after its verb was held then',
    [
      ['Growth is now well below what the OBR expected in March.', '2026-05-21', null],
      ['The IMF expected in January that rates would fall by December.', '2026-02-09', '2026-02-09', '2026-12-31'],
    ],
  ],
  [
    'Not windows (present states) does not cover a forecast figure ("the average projected growth … is 3%")',
    [
      [
        'The survey found that the average projected growth for the rest of the year is 3.2 percent.',
        '2026-06-28',
        '2026-06-28',
        '2026-12-31',
      ],
    ],
  ],
  [
    'Phrasings ("as written"): a span of days in one month is those days',
    [['The Fed will cut at its March 17-18 meeting.', '2026-02-09', '2026-03-17', '2026-03-18']],
  ],
  [
    'Not windows (names): the source named after "according to" carries its own dates',
    [
      [
        "Unemployment will peak in Q3, according to minutes of the Fed's January 27-28 meeting.",
        '2026-02-09',
        '2026-07-01',
        '2026-09-30',
      ],
      ['Growth slows in H2, according to projections released in January.', '2026-02-09', '2026-07-01', '2026-12-31'],
    ],
  ],
  [
    '"More conventions" (a bare duration that bounds the outcome): "could take up to N days"',
    [['It could take up to 10 days for the count to finish.', '2026-02-09', '2026-02-09', '2026-02-19']],
  ],
  [
    'Rule 3 with a weekday (docs/ingest.md): "before the end of the day Tuesday" is by Tuesday',
    [['Most ballots will be counted before the end of the day Tuesday.', '2026-02-09', '2026-02-09', '2026-02-10']],
  ],
  [
    'Rule 7 (backward-looking dates): "up on the first quarter", "matching the second quarter" are baselines',
    [
      [
        'Shipments reach 12,000 in the third quarter, up on the first quarter and matching the second quarter.',
        '2026-02-09',
        '2026-07-01',
        '2026-09-30',
      ],
    ],
  ],
  [
    'What counts as a claim (hedged forecasts): a projected figure looks ahead even where a plan is stated',
    [['His projected return is now set for late April.', '2026-02-09', '2026-04-21', '2026-04-30']],
  ],
  [
    'Not windows (names, "a 2027 forecast"): the span a forecast covers names it; a participle "forecast" does not',
    [
      ['In a forecast for the three months from July, the agency said storms are building.', '2026-02-09', null],
      [
        'Prices peak this quarter, with a slide forecast for the second half.',
        '2026-02-09',
        '2026-02-09',
        '2026-12-31',
      ],
    ],
  ],
  [
    'What counts as a claim (present states, open questions): beside a present state, a circumstance or a "when" clause dates nothing',
    [
      [
        'With the U.S. vote looming on March 3, lawmakers are focused on one question: will the bill pass?',
        '2026-02-09',
        null,
      ],
      ['Backers are facing a tough fight when the council takes up the plan on March 3.', '2026-02-09', null],
      [
        'Backers will face a tough fight when the council takes up the plan on March 3.',
        '2026-02-09',
        '2026-03-03',
        '2026-03-03',
      ],
      ['If the Fed cuts in June, stocks rally.', '2026-02-09', '2026-06-01', '2026-06-30'],
    ],
  ],
  [
    'Rule 7 (backward-looking spans and baselines): a superlative a compound noun away, "up from X … in <month>"',
    [
      [
        'The first interest-rate hike in over a decade comes at the March 18 meeting.',
        '2026-02-09',
        '2026-03-18',
        '2026-03-18',
      ],
      [
        'Support reaches 76% in March, up from 22 percent of respondents in January.',
        '2026-02-09',
        '2026-03-01',
        '2026-03-31',
      ],
    ],
  ],
  [
    'Not windows (past states): a parenthetical aside does not end the clause that states the past',
    [['The firm posted a $114 million (£97 million) loss during its first quarter.', '2026-06-15', null]],
  ],
  [
    'Rule 5 ("not until X" means X) in a concession: "although … may not restart until 2027" is a forecast too',
    [
      [
        'Travel recovers in the next 12 months, although long-haul routes may not restart until 2028.',
        '2026-02-09',
        '2026-02-09',
        '2028-12-31',
      ],
    ],
  ],
];

describe.each(GROUPS)('%s', (_convention, rows) => {
  it.each(rows)('%s (published %s)', (text, published, start, end) => {
    const got = findWindow(text, published);
    expect(got && { start: got.start, end: got.end }).toEqual(start === null ? null : { start, end });
  });
});
