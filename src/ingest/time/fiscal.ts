/**
 * Fiscal years and seasons (TIME-WINDOWS.md, "Fiscal years" and "More conventions"): "FY27" / "fiscal 2027"
 * with no organisation named is calendar 2027; where the organisation is named in the sentence or item, its
 * fiscal year is used, to whole months. A split year ("2026-27 financial year") is one fiscal year.
 */
import { monthsRange, partsOf, type Range } from './dates.js';

/** The shape of a fiscal year or season: first month, length in months, and which year names it. */
export interface FiscalShape {
  startMonth: number;
  months: number;
  naming: 'end' | 'start';
}

/** The calendar year. */
export const CALENDAR_YEAR: FiscalShape = { startMonth: 1, months: 12, naming: 'end' };

/** A "2026-27 financial year" with no organisation named: the UK and Indian year, April to March. */
export const SPLIT_FINANCIAL_YEAR: FiscalShape = { startMonth: 4, months: 12, naming: 'end' };

/** The fiscal year (or season) that starts in calendar year `y`. */
export function fiscalYearStarting(y: number, f: FiscalShape): Range {
  return monthsRange(y, f.startMonth, f.startMonth + f.months - 1);
}

/** Fiscal year `fy` as the organisation names it: US style by the year it ends in, Japan's by its start. */
export function fiscalYearNamed(fy: number, f: FiscalShape): Range {
  const startYear = f.naming === 'end' && f.startMonth > 1 ? fy - 1 : fy;
  return fiscalYearStarting(startYear, f);
}

/** The fiscal year containing `day`, shifted by `shift` years (1 = the next one). */
export function fiscalYearAround(day: number, f: FiscalShape, shift = 0): Range {
  const { y, m } = partsOf(day);
  const startYear = m >= f.startMonth ? y : y - 1;
  return fiscalYearStarting(startYear + shift, f);
}

/** Quarter or half `n` of a fiscal year (whole months from its start). */
export function fiscalPart(fy: Range, unit: 'quarter' | 'half', n: number): Range {
  const { y, m } = partsOf(fy.s);
  const len = unit === 'quarter' ? 3 : 6;
  return monthsRange(y, m + len * (n - 1), m + len * n - 1);
}
