import { windowTableByDate } from '../helpers.js';

// Two days of one month given as alternatives ("on Dec. 18 or 19"): their hull (TIME-WINDOWS.md rule 8), as "on Dec.
// 18 or Dec. 19" already gives.

windowTableByDate([
  [
    'a second day after "or" in the same month',
    [
      ['A Group of Five team wins a CFP first-round game on Dec. 18 or 19.', '2026-12-07', '2026-12-18', '2026-12-19'],
      ['The vote comes on March 3 or 4.', '2026-12-07', '2027-03-03', '2027-03-04'],
      ['The court rules on March 30 or 31.', '2026-12-07', '2027-03-30', '2027-03-31'],
    ],
  ],
  [
    'counter: a number that is no day of that month keeps the single day',
    [
      ['Inflation prints on March 3 or 4 percent higher.', '2026-12-07', '2027-03-03', '2027-03-03'],
      ['The bill passes on March 3 or 10 days later.', '2026-12-07', '2027-03-03', '2027-03-03'],
      ['Rates fall on March 3 or 2.', '2026-12-07', '2027-03-03', '2027-03-03'],
      ['The vote comes on March 3 or 4 April.', '2026-12-07', '2027-03-03', '2027-04-04'],
    ],
  ],
]);
