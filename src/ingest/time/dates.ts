/**
 * Calendar arithmetic on day numbers (days since 1970-01-01, UTC), so no time zone or DST can move a day
 * (CONVENTIONS 3.7; TIME-WINDOWS.md: windows are inclusive ISO dates).
 */
import { IngestInputError } from '../types.js';

/** An inclusive span of day numbers. */
export interface Range {
  s: number;
  e: number;
}

/**
 * Day number of a calendar date; month and day overflow roll over (month 13 = January next year, day 0 = last
 * day of the previous month). Integer arithmetic (the proleptic Gregorian "days from civil"), no Date objects:
 * the parsers call this on every candidate period.
 */
export function dayOf(year: number, month: number, day: number): number {
  const m0 = month - 1;
  const y = year + Math.floor(m0 / 12);
  const m = (((m0 % 12) + 12) % 12) + 1;
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The `{ y, m, d }` parts of a day number (the inverse of {@link dayOf}). */
export function partsOf(day: number): { y: number; m: number; d: number } {
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { y: yoe + era * 400 + (m <= 2 ? 1 : 0), m, d };
}

/** ISO `YYYY-MM-DD` of a day number. */
export function isoOf(day: number): string {
  const { y, m, d } = partsOf(day);
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Parses a real `YYYY-MM-DD` date to a day number, or throws {@link IngestInputError} (TIME-WINDOWS.md: `published` anchors every rule). */
export function parsePublished(value: unknown): number {
  if (typeof value !== 'string' || value.length !== 10)
    throw new IngestInputError(`published must be a YYYY-MM-DD date, got ${String(value)}`);
  for (let i = 0; i < 10; i++) {
    const c = value.charCodeAt(i);
    const digit = c >= 48 && c <= 57;
    if (i === 4 || i === 7 ? c !== 45 : !digit)
      throw new IngestInputError(`published must be a YYYY-MM-DD date, got ${value}`);
  }
  const y = Number(value.slice(0, 4));
  const m = Number(value.slice(5, 7));
  const d = Number(value.slice(8, 10));
  const day = dayOf(y, m, d);
  if (isoOf(day) !== value) throw new IngestInputError(`published is not a real date: ${value}`);
  return day;
}

/** Last day number of a month. */
export function monthEnd(year: number, month: number): number {
  return dayOf(year, month + 1, 0);
}

/** The whole months `first`..`last` (1-based, may overflow into later years) of `year`, as a range. */
export function monthsRange(year: number, first: number, last: number): Range {
  return { s: dayOf(year, first, 1), e: dayOf(year, last + 1, 0) };
}

/** Adds calendar months, clamping to the month's end: Jan 31 + 1 month = Feb 28 (TIME-WINDOWS.md, "Periods": rolling durations). */
export function addMonthsClamped(day: number, months: number): number {
  const { y, m, d } = partsOf(day);
  const target = dayOf(y, m + months, 1);
  const t = partsOf(target);
  return dayOf(t.y, t.m, Math.min(d, partsOf(monthEnd(t.y, t.m)).d));
}

/** Monday (day number) of the ISO week containing `day` (TIME-WINDOWS.md: "this / next week" = ISO week, Monday–Sunday). */
export function isoWeekMonday(day: number): number {
  const dow = (((day + 4) % 7) + 7) % 7; // 0 = Sunday; 1970-01-01 was a Thursday
  return day - ((dow + 6) % 7);
}
