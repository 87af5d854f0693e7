/**
 * Named periods of TIME-WINDOWS.md ("Periods"): quarters in all spellings, halves, years and year ranges,
 * decades, months (with days), seasons, fiscal and calendar years, year-end. Each parser reads a few tokens
 * from a position and returns a {@link Spec}; resolution against `published` happens in windows.ts.
 */
import { dayOf, monthEnd, monthsRange, partsOf, type Range } from './dates.js';
import { fiscalQuarterRange, fiscalYearRange } from './fiscal.js';
import {
  apostropheYear,
  fourDigitYear,
  isNum,
  looksLikeName,
  w,
  yearSuffix,
  type Ctx,
  type Parsed,
  type Unit,
} from './period-core.js';
import { AMBIGUOUS_MONTHS, DATE_CONTEXT, MONTHS, ORDINALS, QUANTITY_AFTER, SEASONS } from './vocab.js';

export { w, type Ctx, type Parsed, type Spec, type Unit } from './period-core.js';

function dayNumber(t: string): number | null {
  let s = t;
  for (const suf of ['st', 'nd', 'rd', 'th']) if (s.endsWith(suf)) s = s.slice(0, -2);
  if (!isNum(s, 1) && !isNum(s, 2)) return null;
  const d = Number(s);
  return d >= 1 && d <= 31 ? d : null;
}

function monthAt(ctx: Ctx, i: number): number | null {
  const tok = ctx.toks[i];
  if (!tok) return null;
  const m = MONTHS[tok.t];
  if (m === undefined) return null;
  if (!AMBIGUOUS_MONTHS.has(tok.t)) return m;
  if (!tok.upper) return null;
  const prev = w(ctx, i - 1);
  const next = w(ctx, i + (w(ctx, i + 1) === '.' ? 2 : 1));
  if (dayNumber(next) !== null || fourDigitYear(next) !== null || apostropheYear(next) !== null) return m;
  return DATE_CONTEXT.has(prev) || prev === '-' ? m : null;
}

function seasonOk(ctx: Ctx, i: number): boolean {
  const verbLike = w(ctx, i) === 'fall' || w(ctx, i) === 'spring';
  if (verbLike && (w(ctx, i - 1) === 'to' || MODALS.has(w(ctx, i - 1)))) return false;
  let p = i - 1;
  if (w(ctx, p) === 'the') p--;
  if (w(ctx, p) === '-') p--;
  if (DATE_CONTEXT.has(w(ctx, p)) && w(ctx, p) !== 'the') return true;
  return yearSuffix(ctx, i + 1) !== null;
}

const MODALS = new Set(['will', 'would', 'could', 'may', 'might', 'should', 'can', 'must', "won't", 'not']);

function named(unit: Unit, at: (y: number) => Range, ctx: Ctx, next: number, allowTwoDigit = false): Parsed {
  const ys = yearSuffix(ctx, next, allowTwoDigit);
  return ys ? { spec: { unit, at, year: ys.y }, next: ys.next } : { spec: { unit, at }, next };
}

function parseYearish(ctx: Ctx, j: number): Parsed | null {
  const t = w(ctx, j);
  if (t.length === 5 && t.endsWith('0s') && isNum(t.slice(0, 4), 4)) {
    const y0 = Number(t.slice(0, 4));
    return {
      spec: { unit: 'decade', at: () => ({ s: dayOf(y0, 1, 1), e: dayOf(y0 + 9, 12, 31) }), year: y0 },
      next: j + 1,
    };
  }
  if (t.length === 4 && t[0] === "'" && t.endsWith('0s')) {
    const y0 = 2000 + Number(t.slice(1, 3));
    return {
      spec: { unit: 'decade', at: () => ({ s: dayOf(y0, 1, 1), e: dayOf(y0 + 9, 12, 31) }), year: y0 },
      next: j + 1,
    };
  }
  const y = fourDigitYear(t) ?? (DATE_CONTEXT.has(w(ctx, j - 1)) ? apostropheYear(t) : null);
  if (y === null || looksLikeName(ctx, j)) return null;
  const sep = w(ctx, j + 1);
  const second = w(ctx, j + 2);
  if (sep === '-' && ctx.toks[j + 1]?.glued && isNum(second, 2) && w(ctx, j + 3) === '-' && isNum(w(ctx, j + 4), 2)) {
    const mo = Number(second);
    const d = Number(w(ctx, j + 4));
    if (mo >= 1 && mo <= 12 && d >= 1 && d <= partsOf(monthEnd(y, mo)).d) {
      const day = dayOf(y, mo, d);
      return { spec: { unit: 'day', at: () => ({ s: day, e: day }), year: y }, next: j + 5 };
    }
  }
  if (sep === '-' || sep === '/') {
    let y2 = fourDigitYear(second);
    if (y2 === null && isNum(second, 2) && ctx.toks[j + 2]?.glued) y2 = Math.floor(y / 100) * 100 + Number(second);
    if (y2 !== null && y2 > y && y2 <= y + 10) {
      const end = y2;
      return { spec: { unit: 'span', at: () => ({ s: dayOf(y, 1, 1), e: dayOf(end, 12, 31) }), year: y }, next: j + 3 };
    }
  }
  return { spec: { unit: 'year', at: (yy) => ({ s: dayOf(yy, 1, 1), e: dayOf(yy, 12, 31) }), year: y }, next: j + 1 };
}

function parseFiscal(ctx: Ctx, j: number): Parsed | null {
  const t = w(ctx, j);
  let fy: number | null = null;
  let next = j + 1;
  let calendar = false;
  if ((t.startsWith('fy') || t.startsWith('cy')) && (isNum(t.slice(2), 2) || isNum(t.slice(2), 4))) {
    fy = t.length === 4 ? 2000 + Number(t.slice(2)) : Number(t.slice(2));
    calendar = t.startsWith('cy');
  } else if (t === 'fy' || t === 'cy' || t === 'fiscal' || t === 'calendar') {
    calendar = t === 'cy' || t === 'calendar';
    let k = j + 1;
    if (w(ctx, k) === '-') k++;
    if (w(ctx, k) === 'year') k++;
    const u = w(ctx, k);
    fy = fourDigitYear(u) ?? apostropheYear(u) ?? (isNum(u, 2) && t !== 'calendar' ? 2000 + Number(u) : null);
    next = k + 1;
  }
  if (fy === null) return null;
  const start = calendar ? 1 : ctx.fiscalStart(j);
  const q = /^q[1-4]$/.test(w(ctx, next)) ? Number(w(ctx, next)[1]) : 0;
  const fyv = fy;
  if (q) return { spec: { unit: 'quarter', at: () => fiscalQuarterRange(fyv, start, q), year: fyv }, next: next + 1 };
  return { spec: { unit: 'year', at: () => fiscalYearRange(fyv, start), year: fyv }, next };
}

function parseQuarter(ctx: Ctx, j: number): Parsed | null {
  const t = w(ctx, j);
  let q = 0;
  let next = j + 1;
  let year: number | undefined;
  if (/^q[1-4]$/.test(t) || /^[1-4]q$/.test(t)) q = Number(t[0] === 'q' ? t[1] : t[0]);
  else if (/^[1-4]q[0-9]{2}$/.test(t)) {
    q = Number(t[0]);
    year = 2000 + Number(t.slice(2));
  } else if (ORDINALS[t] !== undefined && ORDINALS[t] <= 4 && !['front', 'back', 'latter'].includes(t)) {
    let k = j + 1;
    if (w(ctx, k) === '-') k++;
    if (w(ctx, k) !== 'quarter') return null;
    q = ORDINALS[t];
    next = k + 1;
  } else return null;
  const fiscal = year === undefined ? parseFiscal(ctx, next) : null;
  if (fiscal?.spec.year !== undefined) {
    const start = ctx.fiscalStart(next);
    const fy = fiscal.spec.year;
    return { spec: { unit: 'quarter', at: () => fiscalQuarterRange(fy, start, q), year: fy }, next: fiscal.next };
  }
  if (w(ctx, next) === 'of' && (w(ctx, next + 1) === 'fiscal' || w(ctx, next + 1).startsWith('fy'))) {
    const f = parseFiscal(ctx, next + 1);
    if (f?.spec.year !== undefined) {
      const start = ctx.fiscalStart(next + 1);
      const fy = f.spec.year;
      return { spec: { unit: 'quarter', at: () => fiscalQuarterRange(fy, start, q), year: fy }, next: f.next };
    }
  }
  const at = (y: number): Range => monthsRange(y, 3 * q - 2, 3 * q);
  if (year !== undefined) return { spec: { unit: 'quarter', at, year }, next };
  return named('quarter', at, ctx, next, true);
}

function parseHalf(ctx: Ctx, j: number): Parsed | null {
  const t = w(ctx, j);
  let h = 0;
  let next = j + 1;
  let year: number | undefined;
  if (/^h[12]$/.test(t) || /^[12]h$/.test(t)) h = Number(t[0] === 'h' ? t[1] : t[0]);
  else if (/^[12]h[0-9]{2}$/.test(t)) {
    h = Number(t[0]);
    year = 2000 + Number(t.slice(2));
  } else if (ORDINALS[t] !== undefined && ORDINALS[t] <= 2) {
    let k = j + 1;
    if (w(ctx, k) === '-') k++;
    if (w(ctx, k) !== 'half') return null;
    h = ORDINALS[t];
    next = k + 1;
  } else return null;
  const at = (y: number): Range => monthsRange(y, 6 * h - 5, 6 * h);
  if (year !== undefined) return { spec: { unit: 'half', at, year }, next };
  const p = named('half', at, ctx, next, true);
  if (t.length === 2 && p.spec.year === undefined && !DATE_CONTEXT.has(w(ctx, j - 1)) && w(ctx, j - 1) !== '/')
    return null;
  return p;
}

function parseMonth(ctx: Ctx, j: number): Parsed | null {
  let m = monthAt(ctx, j);
  let day: number | null = null;
  let next = j + 1;
  if (m === null) {
    day = dayNumber(w(ctx, j));
    if (day === null) return null;
    let k = j + 1;
    if (w(ctx, k) === 'of') k++;
    m = monthAt(ctx, k);
    if (m === null) return null;
    next = k + 1;
  } else {
    if (w(ctx, next) === '.' && ctx.toks[next]?.glued) next++;
    const d = dayNumber(w(ctx, next));
    if (d !== null && !QUANTITY_AFTER.has(w(ctx, next + 1)) && w(ctx, next + 1) !== '-') {
      day = d;
      next++;
    } else if (next === j + 2) next = j + 1;
  }
  const mo = m;
  if (day === null) return named('month', (y) => monthsRange(y, mo, mo), ctx, next);
  const dd = day;
  return named(
    'day',
    (y) => {
      const dn = dayOf(y, mo, Math.min(dd, partsOf(monthEnd(y, mo)).d));
      return { s: dn, e: dn };
    },
    ctx,
    next,
  );
}

function parseSeason(ctx: Ctx, j: number): Parsed | null {
  const first = SEASONS[w(ctx, j)];
  if (first === undefined || !seasonOk(ctx, j)) return null;
  return named('season', (y) => monthsRange(y, first, first + 2), ctx, j + 1, true);
}

function parseYearEnd(ctx: Ctx, j: number): Parsed | null {
  const t = w(ctx, j);
  let next: number;
  if (t === 'yearend' || t === 'year-end') next = j + 1;
  else if (t === 'year' && (w(ctx, j + 1) === 'end' || (w(ctx, j + 1) === '-' && w(ctx, j + 2) === 'end')))
    next = w(ctx, j + 1) === 'end' ? j + 2 : j + 3;
  else if (/^ye([0-9]{2}|[0-9]{4})$/.test(t)) {
    const y = t.length === 4 ? 2000 + Number(t.slice(2)) : Number(t.slice(2));
    return {
      spec: { unit: 'year', at: (yy) => ({ s: dayOf(yy, 1, 1), e: dayOf(yy, 12, 31) }), year: y, toEnd: true },
      next: j + 1,
    };
  } else if (t === 'ye' && ctx.toks[j]?.upper) next = j + 1;
  else return null;
  const p = named('year', (yy) => ({ s: dayOf(yy, 1, 1), e: dayOf(yy, 12, 31) }), ctx, next, true);
  p.spec.toEnd = true;
  return p;
}

/** Parses a named period at token `j` (after an optional "the"), or returns null (TIME-WINDOWS.md, "Periods"). */
export function parseNamed(ctx: Ctx, j: number): Parsed | null {
  const k = w(ctx, j) === 'the' ? j + 1 : j;
  return (
    parseYearEnd(ctx, k) ??
    parseFiscal(ctx, k) ??
    parseQuarter(ctx, k) ??
    parseHalf(ctx, k) ??
    parseYearish(ctx, k) ??
    parseMonth(ctx, k) ??
    parseSeason(ctx, k)
  );
}
