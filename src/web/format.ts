/** Display helpers (SCORING.md B7): rates as whole percents, scores with their reference point. */

import { count, date, fmtHits, interval, MONTHS, num, pct } from '../shared/format.js';

export { count, date, fmtHits, interval, num, pct };

/** "7 of 10 — 70%, 95% CI 40–89%" */
export function hitSentence(
  hits: number,
  n: number,
  rate: number | null,
  low: number | null,
  high: number | null,
): string {
  if (!n || rate === null) return 'No resolved directional calls yet';
  const h = String(Number(hits.toFixed(2)));
  return `${h} of ${n} — ${pct(rate)}, 95% CI ${interval(low, high)}`;
}

export function dateTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  return `${date(iso)}, ${iso.slice(11, 16)} UTC`;
}

export function month(ym: string): string {
  const [y, m] = ym.split('-').map(Number);
  // "Sep 2025", never "Sep 25", which reads as a day of the month.
  return y && m ? `${MONTHS[m - 1]} ${y}` : ym;
}

export function shortHash(hash: string): string {
  return `${hash.slice(0, 10)}…${hash.slice(-6)}`;
}
