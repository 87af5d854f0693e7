/** Display helpers shared by the web app and the server's HTML (SCORING.md B7): rates as whole percents. */

export function pct(x: number | null | undefined, digits = 0): string {
  return x === null || x === undefined ? '—' : `${(x * 100).toFixed(digits)}%`;
}

export function interval(low: number | null, high: number | null): string {
  return low === null || high === null ? '—' : `${Math.round(low * 100)}–${Math.round(high * 100)}%`;
}

export function num(x: number | null | undefined, digits = 2): string {
  return x === null || x === undefined ? '—' : x.toFixed(digits);
}

/** A whole number with thousands separators, as en-US writes it ("12,345"). */
export function count(n: number): string {
  // Plain string work: the browser's first Intl number format loads locale data, which costs the
  // leaderboard's first render tens of milliseconds for nothing but commas.
  return Number.isInteger(n) ? String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',') : n.toLocaleString('en-US');
}

/** Hits with partial credit as it is (0.25 stays 0.25, never rounded up to 0.3). */
export function fmtHits(h: number): string {
  return String(Number(h.toFixed(2)));
}

export const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2026-02-09" → "9 Feb 2026" (dates are calendar dates: no time zone shifts). */
export function date(iso: string | null | undefined): string {
  if (!iso) return '—';
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number);
  if (!y || !m || !d) return iso;
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

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

/** "9 Feb 2026, 14:05 UTC" from an ISO timestamp. */
export function dateTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  return `${date(iso)}, ${iso.slice(11, 16)} UTC`;
}

/** A hash shortened to its ends, as the ledger page lists events. */
export function shortHash(hash: string): string {
  return `${hash.slice(0, 10)}…${hash.slice(-6)}`;
}
