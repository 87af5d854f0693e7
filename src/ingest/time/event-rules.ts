/**
 * When an event falls (TIME-WINDOWS.md, "More conventions": holidays computed from the calendar, fixed
 * holidays and dated events). The rule grammar is documented on {@link CalendarEvent}.
 */
import { dayOf, monthEnd, type Range } from './dates.js';

const DOW = new Map([
  ['sun', 0],
  ['mon', 1],
  ['tue', 2],
  ['wed', 3],
  ['thu', 4],
  ['fri', 5],
  ['sat', 6],
]);

/** A parsed event rule: the occurrence of the event in a given year, or null when it has none that year. */
export type EventRule = (year: number) => Range | null;

/** Easter Sunday of `year` (Gregorian computus, the anonymous algorithm). */
export function easterDay(year: number): number {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return dayOf(year, month, day);
}

function weekday(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

/** The `n`th (1–5, or -1 for the last) weekday `dow` of `month` in `year`, or null when there is none. */
function nthWeekday(year: number, month: number, n: number, dow: number): number | null {
  if (n < 0) {
    const last = monthEnd(year, month);
    return last - ((weekday(last) - dow + 7) % 7);
  }
  const first = dayOf(year, month, 1);
  const day = first + ((dow - weekday(first) + 7) % 7) + 7 * (n - 1);
  return day <= monthEnd(year, month) ? day : null;
}

const point = (d: number | null): Range | null => (d === null ? null : { s: d, e: d });

function isoDay(s: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return null;
  const day = dayOf(y, mo, d);
  return day <= monthEnd(y, mo) ? day : null;
}

/** Parses an event rule; null when it does not follow the grammar. */
export function parseEventRule(rule: string): EventRule | null {
  const r = rule.trim().toLowerCase();
  let m = /^date (\d{4}-\d{2}-\d{2})(?:\.\.(\d{4}-\d{2}-\d{2}))?$/.exec(r);
  if (m) {
    const s = isoDay(m[1] as string);
    const e = m[2] ? isoDay(m[2]) : s;
    if (s === null || e === null || e < s) return null;
    const year = Number((m[1] as string).slice(0, 4));
    return (y) => (y === year ? { s, e } : null);
  }
  m = /^fixed (\d{2})-(\d{2})$/.exec(r);
  if (m) {
    const [mo, d] = [Number(m[1]), Number(m[2])];
    if (mo < 1 || mo > 12 || d < 1 || d > 31) return null;
    return (y) => (d <= monthEnd(y, mo) - dayOf(y, mo, 1) + 1 ? point(dayOf(y, mo, d)) : null);
  }
  m = /^easter([+-]\d{1,3})?$/.exec(r);
  if (m) {
    const shift = Number(m[1] ?? 0);
    return (y) => point(easterDay(y) + shift);
  }
  m = /^nth (1|2|3|4|5|last) (sun|mon|tue|wed|thu|fri|sat) (\d{1,2})([+-]\d{1,2})?$/.exec(r);
  if (m) {
    const n = m[1] === 'last' ? -1 : Number(m[1]);
    const dow = DOW.get(m[2] as string) as number;
    const month = Number(m[3]);
    const shift = Number(m[4] ?? 0);
    if (month < 1 || month > 12) return null;
    return (y) => {
      const d = nthWeekday(y, month, n, dow);
      return point(d === null ? null : d + shift);
    };
  }
  return null;
}
