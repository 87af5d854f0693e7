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
      ['The BoJ will hike on January 22 or 23.', '2026-12-07', '2027-01-22', '2027-01-23'],
      ['Duke will play on March 19 or 20, per the bracket.', '2026-12-07', '2027-03-19', '2027-03-20'],
    ],
  ],
  [
    'counter: a number that is no day of that month keeps the single day',
    [
      ['Inflation prints on March 3 or 4 percent higher.', '2026-12-07', '2027-03-03', '2027-03-03'],
      ['The bill passes on March 3 or 10 days later.', '2026-12-07', '2027-03-03', '2027-03-03'],
      ['Rates fall on March 3 or 2.', '2026-12-07', '2027-03-03', '2027-03-03'],
      ['The vote comes on March 3 or 4 April.', '2026-12-07', '2027-03-03', '2027-04-04'],
      // review7: a count after "or" is no day, whatever its unit.
      ['The deal must close by June 1 or 15 business days after approval.', '2026-12-07', '2026-12-07', '2027-06-01'],
      ['The strike could start on January 5 or 12 hours later.', '2026-12-07', '2027-01-05', '2027-01-05'],
    ],
  ],
]);
