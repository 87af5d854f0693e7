import { describe, expect, it } from 'vitest';
import { findWindow } from '../../../src/ingest/index.js';

// Rules added after scoring the extractor on new quoted forecasts (test/fixtures/time-phrases/quoted-2.json).
// Each row is a fresh sentence, not one of the fixtures, labelled by hand from the TIME-WINDOWS.md convention
// named in its group, for published = 2026-02-09 (a Monday); never by running the code.
type Row = [string, string | null, string?];
const GROUPS: Array<[string, Row[]]> = [
  [
    'Periods, "Qn YYYY": roadmap shorthand QnCYyyyy is the calendar quarter',
    [
      ['Shipments begin in Q3CY2026.', '2026-07-01', '2026-09-30'],
      ['Volume ramps by Q1CY27.', '2026-02-09', '2027-03-31'],
    ],
  ],
  [
    'Rule 5 and "More conventions" (not before X, no earlier than X): "no sooner than X" means X',
    [
      ['Launch is no sooner than May.', '2026-05-01', '2026-05-31'],
      ['The rollout comes not sooner than Q4 2026.', '2026-10-01', '2026-12-31'],
    ],
  ],
  [
    'Periods, "next month, next year": a bare "next" after "this year and" is next year',
    [
      ['Margins shrink this year and next.', '2026-02-09', '2027-12-31'],
      ['Capex peaks this quarter or next.', '2026-02-09', '2026-06-30'],
    ],
  ],
  [
    'Rule 5 ("not until X", "won\'t … before X" mean X) with "end of YYYY" read as late YYYY',
    [
      ["Travel won't recover until the end of 2027.", '2027-09-01', '2027-12-31'],
      ['The plant will not reopen before the end of 2026.', '2026-09-01', '2026-12-31'],
    ],
  ],
  [
    'Rule 3 ("by X"): quote marks around X do not change it',
    [['Approval comes by "early 2027", the agency said.', '2026-02-09', '2027-04-30']],
  ],
  [
    'Periods, "by the end of the year": "the calendar year" is the current year',
    [['Two more cuts land before the end of the calendar year.', '2026-02-09', '2026-12-31']],
  ],
  [
    'Rule 7: a duration tied to an undated event gives null, whatever article the event takes',
    [
      ['Integration starts about three months after the close of the merger.', null],
      ['Hiring resumes six weeks following the vote.', null],
    ],
  ],
  [
    'Not windows, past states: an expectation held in the past ("was expected to") is not a forecast',
    [
      ['The mall was expected to open in the fall of 2026.', null],
      ['Initially, it was expected that the strike would end in March.', null],
      [
        'The mall, which was expected to open last year, will now open in the fall of 2026.',
        '2026-09-01',
        '2026-11-30',
      ],
    ],
  ],
  [
    'What counts as a claim: a forecast stays a forecast when its verb is a forecasting verb in the perfect or passive',
    [
      ['Analysts have predicted a rebound in Q3 2026.', '2026-07-01', '2026-09-30'],
      ['Fares are forecast to climb in June.', '2026-06-01', '2026-06-30'],
    ],
  ],
  [
    'Not windows, past states wherever the verb stands: a past verb moving to a figure ("climbed to 2.1 million")',
    [['Output climbed to 2.1 million barrels in December, and OPEC sees it flat by June.', '2026-02-09', '2026-06-30']],
  ],
  [
    'Not windows, past states: a relative clause in the past ends at the comma before the main verb',
    [['Rents, which surged 9% in November, will cool in the spring.', '2026-03-01', '2026-05-31']],
  ],
  [
    'Not windows, past states: a trailing attribution ("…, the CEO told reporters") reports, it does not date',
    [
      [
        'The plant is projected to be complete in 2028, chief executive Ana Ruiz told reporters.',
        '2028-01-01',
        '2028-12-31',
      ],
    ],
  ],
  [
    'Not windows, rejected alternatives: the plan a postponement replaces does not count',
    [
      ['The satellite, planned for March, will be pushed back to June.', '2026-06-01', '2026-06-30'],
      ['The launch slips from April to September.', '2026-09-01', '2026-09-30'],
    ],
  ],
  [
    'Rule 7, the hull of phrases that bound the outcome: "before easing in 2027" is the next step, not a deadline',
    [['Prices hit a peak by October before easing in 2027.', '2026-02-09', '2027-12-31']],
  ],
  [
    'Rule 7, backward-looking and comparative dates: "the same as 2026", "than usual" do not bound',
    [
      ['Demand grows 3% in 2027, the same as 2026.', '2027-01-01', '2027-12-31'],
      ['Output is more volatile than usual this summer.', '2026-06-01', '2026-08-31'],
    ],
  ],
  [
    'Not windows, rejected alternatives: "instead of" governs its whole noun phrase',
    [
      [
        'The carrier takes 10 jets in 2028, instead of the 12 deliveries in each of 2026 and 2027 it had planned.',
        '2028-01-01',
        '2028-12-31',
      ],
    ],
  ],
  [
    'Rule 7, names: an event name used as a modifier ("Christmas tickets") names a thing',
    [['Christmas tickets sell out by the end of October.', '2026-02-09', '2026-10-31']],
  ],
  [
    'Not windows: a participle used as an adjective ("a newly redesigned model") does not make the sentence past',
    [['A newly redesigned model ships in early 2027.', '2027-01-01', '2027-04-30']],
  ],
  [
    'Rule 5 ("not until X" means X): the negation reaches across a long clause',
    [
      [
        "The agency doesn't expect the new rules to bring any real change in pricing until at least 2028.",
        '2028-01-01',
        '2028-12-31',
      ],
    ],
  ],
  [
    'What counts as a claim: an intention ("plans to") or a projection ("have penciled in") is forward-looking',
    [
      ['The retailer plans to open redesigned stores later this month.', '2026-02-09', '2026-02-28'],
      ['Officials have penciled in two more hikes in 2027.', '2027-01-01', '2027-12-31'],
    ],
  ],
  [
    'More on claims: a scheduled event written as prose ("the meeting is on March 19") is a calendar entry',
    [['The next board meeting is on March 19, with results due later.', null]],
  ],
  [
    'Not windows, past states: "unchanged" is an adjective, not a past verb',
    [['The bank will leave rates unchanged in April.', '2026-04-01', '2026-04-30']],
  ],
  [
    'Rule 7, names: a month naming a noun a few words on ("the April retail sales report")',
    [['The April retail sales report will show a drop by June.', '2026-02-09', '2026-06-30']],
  ],
];

describe.each(GROUPS)('%s', (_convention, rows) => {
  it.each(rows)('%s', (text, start, end) => {
    const w = findWindow(text, '2026-02-09');
    expect(w && { start: w.start, end: w.end }).toEqual(start === null ? null : { start, end });
  });
});
