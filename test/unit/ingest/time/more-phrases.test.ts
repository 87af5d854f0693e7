import { describe, expect, it } from 'vitest';
import { findWindow } from '../../../../src/ingest/index.js';

// The classes of issue 23 that the quoted fixture has few real examples of, labelled by hand from
// TIME-WINDOWS.md ("More conventions") for published = 2026-02-09 (a Monday), never by running the code.
type Row = [string, string | null, string?];
const ROWS: Row[] = [
  ['Deliveries start in Q3-2026.', '2026-07-01', '2026-09-30'],
  ['Margins recover by Q2-27.', '2026-02-09', '2027-06-30'],
  ['The plant opens in Sept. 2027.', '2027-09-01', '2027-09-30'],
  ['The FAA signs off by Jan. 15, 2027.', '2026-02-09', '2027-01-15'],
  ['The ruling lands on 3/15/2027 and goes against the carriers.', '2027-03-15', '2027-03-15'],
  ['Output doubles by mid\u20112027.', '2026-02-09', '2027-06-30'],
  ['Talks resume on March 15 — and a deal follows.', '2026-03-15', '2026-03-15'],
  ['Prices fall in the southern hemisphere winter.', '2026-06-01', '2026-08-31'],
  ['Shipments peak in the austral spring.', '2026-09-01', '2026-11-30'],
  ['Sales beat the record by Thanksgiving.', '2026-02-09', '2026-11-26'],
  ['The bill passes before Labor Day.', '2026-02-09', '2026-09-06'],
  ['Democrats win the House in the 2026 midterms.', '2026-11-03', '2026-11-03'],
  ['Demand peaks on Black Friday.', '2026-11-27', '2026-11-27'],
  ['Eggs sell out by Easter.', '2026-02-09', '2026-04-05'],
  ["Apple's fiscal 2027 revenue growth reaches 8% in fiscal 2027.", '2026-10-01', '2027-09-30'],
  ['Nvidia doubles data-center sales in fiscal 2027.', '2026-02-09', '2027-01-31'],
  ['Microsoft expects margins to expand in the second half of fiscal 2027.', '2027-01-01', '2027-06-30'],
  ['Microsoft cuts capex in the next fiscal year.', '2026-07-01', '2027-06-30'],
  ['Borrowing falls in the 2026-27 financial year.', '2026-04-01', '2027-03-31'],
  ["Japan's government balances the budget in FY2026.", '2026-04-01', '2027-03-31'],
  ['NBA revenue passes $15 billion in the 2026-27 season.', '2026-10-01', '2027-06-30'],
  ['A Premier League spending cap arrives for the 2026/27 season.', '2026-08-01', '2027-05-31'],
  ['Margins improve over the next two quarters.', '2026-02-09', '2026-09-30'],
  ['The index ends the year at 7,000.', '2026-12-31', '2026-12-31'],
  ['Rates are lower this time next year.', '2027-02-01', '2027-02-28'],
  ['Prices double in a year’s time.', '2026-02-09', '2027-02-09'],
  ['Emissions peak before the decade is out.', '2026-02-09', '2029-12-31'],
  ['Net zero arrives by mid-century.', '2026-02-09', '2050-12-31'],
  ['The council will postpone the vote until March.', '2026-03-01', '2026-03-31'],
  ['The launch comes by later in the spring.', '2026-02-09', '2026-05-31'],
  ['The startup has maybe 18 months before the cash runs out.', '2026-02-09', '2027-08-09'],
  ['Launch slips to 2028 rather than the originally planned 2027.', '2028-01-01', '2028-12-31'],
  ['A June launch is off the table; September at the earliest.', '2026-09-01', '2026-09-30'],
  ['The Q3 report showed revenue down 4%.', null],
  ['For the first time in 10 years, the index fell.', null],
  ['The hearing is scheduled for March 3.', null],
  ['The bill signed by the governor will cut taxes in 2027.', '2027-01-01', '2027-12-31'],
  ['Saudi Vision 2030 adds tourism jobs.', null],
  ['LA28 sells out.', null],
];

describe('classes the quoted fixtures have few real examples of → windows (TIME-WINDOWS.md, "More conventions")', () => {
  it.each(ROWS)('%s', (text, start, end) => {
    const w = findWindow(text, '2026-02-09');
    expect(w && { start: w.start, end: w.end }).toEqual(start === null ? null : { start, end });
  });
});

describe('words that name object-prototype members ("constructor", "toString") are ordinary words', () => {
  it.each(['constructor', 'toString', 'hasOwnProperty', 'valueOf', '__proto__'])('%s', (word) => {
    const w = findWindow(`The ${word} says Microsoft ${word} grows ${word} in FY27, ${word} ${word}.`, '2026-02-09');
    expect(w && { start: w.start, end: w.end }).toEqual({ start: '2026-07-01', end: '2027-06-30' });
  });
});
