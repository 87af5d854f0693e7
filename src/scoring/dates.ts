/**
 * Calendar-date helpers on `YYYY-MM-DD` strings, without a clock or `Date`
 * (CONVENTIONS 3.7). Used for `asOf` (SCORING.md B2.1) and rolling series.
 */
import { ScoringInputError } from './errors.js';

function daysInMonth(year: number, month: number): number {
  if (month === 2) {
    const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
    return leap ? 29 : 28;
  }
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Value of the digits of `s` in [from, to), or −1 if any is not 0-9. */
function digits(s: string, from: number, to: number): number {
  let value = 0;
  for (let i = from; i < to; i++) {
    const d = s.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    value = value * 10 + d;
  }
  return value;
}

/** True when `value` is a real calendar date written `YYYY-MM-DD` (SCORING.md B1). */
export function isIsoDate(value: unknown): value is string {
  // Hand-rolled instead of a regex: this runs once per call on the hot path.
  if (typeof value !== 'string' || value.length !== 10) return false;
  if (value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return false;
  const year = digits(value, 0, 4);
  const month = digits(value, 5, 7);
  const day = digits(value, 8, 10);
  return year >= 0 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** Throws `ScoringInputError` naming `field` unless `value` is a real `YYYY-MM-DD` date (SCORING.md B1). */
export function assertIsoDate(field: string, value: unknown): string {
  if (!isIsoDate(value)) {
    throw new ScoringInputError(field, value, 'expected a real calendar date YYYY-MM-DD');
  }
  return value;
}

/** Months since year 0 of a valid `YYYY-MM-DD` date: `year·12 + (month − 1)` (rolling windows over B4). */
export function monthIndex(date: string): number {
  return Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1;
}

/** Inverse of `monthIndex`, formatted `YYYY-MM` (rolling windows over SCORING.md B4). */
export function formatMonth(index: number): string {
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
}
