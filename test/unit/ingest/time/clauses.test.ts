import { extractClaims } from '../../../../src/ingest/index.js';
import { describe, expect, it } from 'vitest';
import { windowPairTable, windowTable, windowTableByDate, windows } from '../helpers.js';

// Clauses: conditions, concessions, reported speech and relative clauses decide which date bounds the outcome.

// The publication date the pair tables' rows are labelled for.
const P = '2026-02-09';

windowTable([
  [
    'Reported speech: "was possible", "were aiming" after "said … that" still look ahead (rule 7 reads the outcome)',
    [
      ['Officials told reporters Thursday that a deal was possible by March.', '2026-02-09', '2026-03-31'],
      ['She said that the company was aiming to list in Q4.', '2026-10-01', '2026-12-31'],
      ['He said that the plant was closed in March.', null],
    ],
  ],
  [
    'Clauses: an infinitive after a relative clause resumes the forecast; a date stated as a present fact is the plan',
    [
      ['The bank expects inflation, which reached 9% in January, to hit 13% in October.', '2026-10-01', '2026-10-31'],
      ['The opening date is September 15, 2027.', null],
    ],
  ],
]);

windowTableByDate([
  [
    'Rule 7 (conditions): "Absent …" and "Barring …" open a condition like "If …"',
    [['Barring delays in the fall, the line will open in July.', '2026-02-09', '2026-07-01', '2026-07-31']],
  ],
]);

windowPairTable([
  [
    'Rule 7, as with "If …": a concession that forecasts dates the sentence only when nothing else does',
    [
      ['The chief executive said the damage was small, though repairs will take six weeks.', P, '2026-03-23'],
      ['Prices rise in June, though the rally will fade by August.', '2026-06-01', '2026-06-30'],
    ],
  ],
]);

describe('conditions, concessions and clauses in more wording (rule 7, by analogy)', () => {
  windows([
    // What a "despite" phrase concedes dates the sentence only when nothing else does.
    [
      'No deal is expected in the next three months despite the statement on 2 May that a vote will come in October.',
      '2027-05-03',
      ['2027-05-03', '2027-08-03'],
    ],
    ['Sales rise despite tariffs in 2028.', '2027-05-03', ['2028-01-01', '2028-12-31']],
    // "if not" inside a clause means "or even": no condition to set aside.
    ['The levy will be cut if not scrapped in the coming months.', '2027-10-04', ['2027-10-04', '2028-04-04']],
    ['The levy will be cut in the coming months, if not for the strike.', '2027-10-04', ['2027-10-04', '2028-04-04']],
    // ", pending …" and ", subject to …" open a condition (rule 7), as "Barring …" does.
    ['The bridge reopens in June, pending inspections in May.', '2027-03-02', ['2027-06-01', '2027-06-30']],
    ['The deal closes in the third quarter, subject to a vote in May.', '2027-03-02', ['2027-07-01', '2027-09-30']],
    ['The deal is pending approval in May.', '2027-03-02', ['2027-05-01', '2027-05-31']],
    // An abbreviation alone in brackets glosses a name and ends no clause.
    [
      'Results are expected in 2028 after a readout had been expected from partner Roche (RHHBY) this year.',
      '2027-03-01',
      ['2028-01-01', '2028-12-31'],
    ],
    // A "when" clause's own passive ("is announced") is no present state beside the forecast: its date bounds it.
    [
      'Okafor takes the scoring title when the final tally is published in April.',
      '2027-01-10',
      ['2027-04-01', '2027-04-30'],
    ],
    ['The club wins the award when the votes are counted in June.', '2027-01-10', ['2027-06-01', '2027-06-30']],
    // … while beside a present state a "when" clause still dates the state, not an outcome.
    ['Growers are nervous when the frost outlook lands on March 2.', '2027-01-10', null],
  ]);
});

describe('conditions: "if not" in a clause (rule 7)', () => {
  it('"if not" in a clause asserts the outcome; a condition starting with it still conditions', () => {
    const P = { published: '2027-10-04' };
    expect(extractClaims('It looks likely the levy will be cut if not scrapped in the coming months.', P)).toHaveLength(
      1,
    );
    expect(extractClaims('If not scrapped in the coming months, the levy stays.', P)).toHaveLength(0);
  });
});
