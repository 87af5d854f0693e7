/**
 * Fiscal calendars (TIME-WINDOWS.md, "Fiscal years"): "FY27" / "fiscal 2027" with no organisation named is
 * calendar 2027; where the organisation is named in the sentence, its fiscal year is used, to whole months.
 */
import { monthsRange, type Range } from './dates.js';
import type { Token } from './tokens.js';

/**
 * First month of each organisation's fiscal year; FY N ends in the month before that month of year N
 * (US federal: FY27 = Oct 2026 – Sep 2027). Keys are matched against words of the sentence; lower-case keys
 * match in any case, others only as written. Extend or override through `findWindow`'s `fiscalYearStarts` option.
 */
export const FISCAL_YEAR_STARTS: Readonly<Record<string, number>> = {
  federal: 10,
  congressional: 10,
  appropriations: 10,
  Congress: 10,
  Pentagon: 10,
  DoD: 10,
  Treasury: 10,
  CBO: 10,
  OMB: 10,
  Apple: 10,
  Microsoft: 7,
  Nvidia: 2,
  NVIDIA: 2,
  Walmart: 2,
  Salesforce: 2,
  Oracle: 6,
  Cisco: 8,
  Broadcom: 11,
  Micron: 9,
  India: 4,
  Indian: 4,
};

/** The fiscal-year start month (1 = calendar year) for the organisation named nearest to token `at`. */
export function fiscalStartMonth(toks: readonly Token[], at: number, table: Readonly<Record<string, number>>): number {
  let best = 1;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (let i = 0; i < toks.length; i++) {
    const tok = toks[i] as Token;
    const raw = tok.raw.endsWith("'s") || tok.raw.endsWith('’s') ? tok.raw.slice(0, -2) : tok.raw;
    const lower = raw.toLowerCase();
    const month = table[raw] ?? (isLowerKey(lower, table) ? table[lower] : undefined);
    if (month === undefined) continue;
    const distance = Math.abs(i - at);
    if (distance < bestDistance) {
      bestDistance = distance;
      best = month;
    }
  }
  return best;
}

function isLowerKey(key: string, table: Readonly<Record<string, number>>): boolean {
  return Object.prototype.hasOwnProperty.call(table, key) && key === key.toLowerCase();
}

/** Fiscal year `fy` of a calendar starting in month `start` (TIME-WINDOWS.md, "Fiscal years"). */
export function fiscalYearRange(fy: number, start: number): Range {
  return start === 1 ? monthsRange(fy, 1, 12) : monthsRange(fy - 1, start, start + 11);
}

/** Quarter `q` (1–4) of fiscal year `fy` of a calendar starting in month `start`. */
export function fiscalQuarterRange(fy: number, start: number, q: number): Range {
  const y = start === 1 ? fy : fy - 1;
  return monthsRange(y, start + 3 * (q - 1), start + 3 * q - 1);
}
