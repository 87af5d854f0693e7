import { windowTableByDate } from '../helpers.js';

// "FY3/27": a fiscal year labelled by the month and year it ends, as Japanese companies write it; the twelve months to
// that month, as "the fiscal year ending March 2027" is (docs/ingest.md, "Fiscal years, seasons and school years").

windowTableByDate([
  [
    'a fiscal year labelled by the month and year it ends',
    [
      ['Sony profit falls in FY3/27.', '2026-05-18', '2026-05-18', '2027-03-31'],
      ['Profit falls in FY3/2027.', '2026-05-18', '2026-05-18', '2027-03-31'],
      ['Game profit falls in the first half of FY3/27.', '2026-05-18', '2026-05-18', '2026-09-30'],
      ['JGB yields test 2.5% by end of FY3/27.', '2026-05-18', '2026-05-18', '2027-03-31'],
      ["Kao's sales rise in FY12/26.", '2026-05-18', '2026-05-18', '2026-12-31'],
      ['Margins recover in FY2027/3.', '2026-05-18', '2026-05-18', '2027-03-31'],
      ['Chip profit falls in FY 3/27.', '2026-05-18', '2026-05-18', '2027-03-31'],
    ],
  ],
  [
    'counter: split years, a past labelled year and numbers that are no month stay as before',
    [
      ['Sales rise in FY2026/27 at Infosys.', '2026-05-18', '2026-05-18', '2027-03-31'],
      ['Toyota profit fell in FY3/26.', '2026-05-18', null],
      ['Costs fall in FY13/27.', '2026-05-18', null],
      ['Sales rise in FY 2026/27 at Infosys.', '2026-05-18', '2026-05-18', '2027-03-31'],
      ['Revenue climbs in FY26.', '2026-05-18', '2026-05-18', '2026-12-31'],
    ],
  ],
]);
