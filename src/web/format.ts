/** Display helpers (SCORING.md B7): rates as whole percents, scores with their reference point. */

import {
  count,
  date,
  dateTime,
  fmtHits,
  hitSentence,
  interval,
  MONTHS,
  num,
  pct,
  shortHash,
} from '../shared/format.js';

export { count, date, dateTime, fmtHits, hitSentence, interval, num, pct, shortHash };

export function month(ym: string): string {
  const [y, m] = ym.split('-').map(Number);
  // "Sep 2025", never "Sep 25", which reads as a day of the month.
  return y && m ? `${MONTHS[m - 1]} ${y}` : ym;
}
