/**
 * Fiscal phrases (TIME-WINDOWS.md, "Fiscal years" and "More conventions"): "FY27", "fiscal 2027", "FY 2026-27",
 * "the fiscal year ending March 2027", "May 2026 fiscal year", "next fiscal year", "the next two fiscal years",
 * "the current fiscal first quarter"; each read in the calendar of the organisation named in the sentence or
 * item, else the calendar year.
 */
import { dayOf, monthEnd, monthsRange, partsOf, type Range } from './dates.js';
import {
  CALENDAR_YEAR,
  fiscalPart,
  fiscalYearAround,
  fiscalYearNamed,
  fiscalYearStarting,
  SPLIT_FINANCIAL_YEAR,
  type FiscalShape,
} from './fiscal.js';
import { apostropheYear, fourDigitYear, isNum, w, yearSuffix, type Ctx, type Parsed } from './period-core.js';
import { MONTHS, NUMBER_WORDS, ORDINALS } from './vocab.js';

function shapeAt(ctx: Ctx, i: number): { shape: FiscalShape; note: string } {
  const org = ctx.orgAt(i, 'fiscal');
  return org
    ? { shape: org, note: `${org.names[0] ?? ''} fiscal year` }
    : { shape: CALENDAR_YEAR, note: 'calendar year' };
}

const fixed = (r: Range, next: number, note: string): Parsed => ({ spec: { unit: 'year', fixed: r, note }, next });

/** A split year "2026-27" / "2026/27" / "2026–2027" at `k`: its first calendar year, or null. */
export function splitYear(ctx: Ctx, k: number): { y: number; next: number } | null {
  const y = fourDigitYear(w(ctx, k));
  const sep = w(ctx, k + 1);
  if (y === null || (sep !== '-' && sep !== '/')) return null;
  const second = w(ctx, k + 2);
  const y2 = fourDigitYear(second) ?? (isNum(second, 2) ? Math.floor(y / 100) * 100 + Number(second) : null);
  return y2 === y + 1 ? { y, next: k + 3 } : null;
}

/** A half or quarter written in one word with its fiscal year ("H2FY26", "2HFY26", "Q3FY27", "1QFY27"). */
const GLUED_PART = /^(?:([hq])([1-4])|([1-4])([hq]))fy([0-9]{2}|[0-9]{4})$/;
/** A half or quarter written after its fiscal year ("FY27 H1", "FY26 Q3", "FY27 1H"). */
const PART_AFTER = /^(?:([hq])([1-4])|([1-4])([hq]))$/;

/** The half or quarter `n` of fiscal year `fy` named by `letter` ("h" or "q"), or null when there is no such part. */
function partOf(fy: Range, letter: string, n: number): Range | null {
  if (letter === 'h' && n > 2) return null;
  return fiscalPart(fy, letter === 'h' ? 'half' : 'quarter', n);
}

/** "FY27 H1": the half or quarter written right after a fiscal year is that part of it (as "H1 FY27" is). */
function withPart(ctx: Ctx, fy: Range, next: number, note: string): Parsed {
  const m = PART_AFTER.exec(w(ctx, next));
  const part = m && partOf(fy, m[1] ?? m[4] ?? '', Number(m[2] ?? m[3]));
  return part ? fixed(part, next + 1, note) : fixed(fy, next, note);
}

// An analyst's estimate suffix ("FY24E", "2HFY23E") marks a forecast figure, not another period.
const ESTIMATE = /^(?:[hq][1-4]|[1-4][hq])?[fc]y(?:[0-9]{2}|[0-9]{4})e$/;

/** The fiscal token without its estimate suffix: "fy24e" reads as "fy24". */
function withoutEstimate(t: string): string {
  return ESTIMATE.test(t) ? t.slice(0, -1) : t;
}

/**
 * "FY3/27", "FY 3/27", "FY3/2027", "FY2026/3": a fiscal year labelled by the month and year it ends, as Japanese
 * companies write it (the twelve months to March 2027); "FY12/13" and "FY2026/27" stay split years.
 */
function endingLabel(ctx: Ctx, j: number, t: string): Parsed | null {
  if (!t.startsWith('fy')) return null;
  // "FY 3/27" writes the month as a token of its own.
  const spaced = t === 'fy' && w(ctx, j + 2) === '/';
  const slash = spaced ? j + 2 : j + 1;
  if (w(ctx, slash) !== '/') return null;
  const a = spaced ? w(ctx, j + 1) : t.slice(2);
  const b = w(ctx, slash + 1);
  const split = (x: string, y: string) => y.length === 2 && Number(y) === (Number(x) + 1) % 100;
  let m: number;
  let y: number;
  if ((isNum(a, 1) || isNum(a, 2)) && (isNum(b, 2) || isNum(b, 4)) && !split(a, b)) {
    m = Number(a);
    y = b.length === 2 ? 2000 + Number(b) : Number(b);
  } else if (isNum(a, 4) && (isNum(b, 1) || isNum(b, 2)) && !split(a, b)) {
    m = Number(b);
    y = Number(a);
  } else return null;
  if (m < 1 || m > 12) return null;
  return fixed({ s: dayOf(y, m - 11, 1), e: monthEnd(y, m) }, slash + 2, 'the fiscal year ending that month');
}

/** "FY27", "FY2027", "fiscal 2027", "fiscal year 2027", "FY 2026-27", "fiscal 2025–26", "CY27", "calendar 2027". */
export function parseFiscalYear(ctx: Ctx, j: number): Parsed | null {
  const t = withoutEstimate(w(ctx, j));
  const labelled = endingLabel(ctx, j, t);
  if (labelled) return labelled;
  const calendar = t.startsWith('cy') || t === 'calendar';
  const glued = GLUED_PART.exec(t);
  const prefixed = (t.startsWith('fy') || t.startsWith('cy')) && (isNum(t.slice(2), 2) || isNum(t.slice(2), 4));
  // The organisation's calendar is looked up only for a fiscal token (most tokens read here are none).
  if (!glued && !prefixed && t !== 'fy' && t !== 'cy' && t !== 'fiscal' && t !== 'calendar') return null;
  const { shape, note } = calendar ? { shape: CALENDAR_YEAR, note: 'calendar year' } : shapeAt(ctx, j);
  if (glued) {
    const digits = glued[5] ?? '';
    const fy = digits.length === 2 ? 2000 + Number(digits) : Number(digits);
    const part = partOf(fiscalYearNamed(fy, shape), glued[1] ?? glued[4] ?? '', Number(glued[2] ?? glued[3]));
    return part ? fixed(part, j + 1, note) : null;
  }
  if (prefixed) {
    const fy = t.length === 4 ? 2000 + Number(t.slice(2)) : Number(t.slice(2));
    // "FY2026/27", "FY26-27": one split fiscal year, like "FY 2026-27".
    const second = w(ctx, j + 2);
    const sep = w(ctx, j + 1);
    if ((sep === '/' || sep === '-') && isNum(second, 2) && Number(second) === (fy + 1) % 100 && !calendar)
      return fixed(fiscalYearStarting(fy, shape.startMonth === 1 ? SPLIT_FINANCIAL_YEAR : shape), j + 3, note);
    // "in FY2026, which ends June 30": the month it ends says which months are meant, as after "fiscal 2026".
    const ending = !calendar ? endingAfterComma(ctx, j + 1, 0, fiscalYearNamed(fy, shape)) : null;
    if (ending) return ending;
    return calendar
      ? fixed(fiscalYearNamed(fy, shape), j + 1, note)
      : withPart(ctx, fiscalYearNamed(fy, shape), j + 1, note);
  }
  let k = j + 1;
  if (w(ctx, k) === '-') k++;
  if (w(ctx, k) === 'year') k++;
  const split = splitYear(ctx, k);
  // "fiscal 2025-2026" for Japan, whose years are named by their start: two years written in full are fiscal 2025
  // through fiscal 2026; "fiscal 2025-26" (and any split of a year named by its end, India's "2026-27") is one year.
  if (split && shape.naming === 'start' && shape.startMonth !== 1 && fourDigitYear(w(ctx, k + 2)) !== null) {
    const first = fiscalYearStarting(split.y, shape);
    const second = fiscalYearStarting(split.y + 1, shape);
    return fixed({ s: first.s, e: second.e }, split.next, 'both fiscal years, named by their start');
  }
  if (split)
    return fixed(fiscalYearStarting(split.y, shape.startMonth === 1 ? SPLIT_FINANCIAL_YEAR : shape), split.next, note);
  const u = w(ctx, k);
  const fy = fourDigitYear(u) ?? apostropheYear(u) ?? (isNum(u, 2) && !calendar ? 2000 + Number(u) : null);
  // "The agency's fiscal year, which starts Oct. 1": a year given by the month it starts needs no number.
  const fromStart = fy === null && w(ctx, k - 1) === 'year' && !calendar ? yearFromStart(ctx, k) : null;
  if (fromStart) return fromStart;
  if (fy === null) return parseYearEnding(ctx, k);
  // "fiscal 2026, which starts Oct. 1": the month it starts says which months are meant, the year named by its end
  // (or by its start, as Japan names it).
  const start = !calendar && w(ctx, k + 1) === ',' ? startingMonth(ctx, k + 2) : null;
  if (start) {
    const sy = start.y ?? (shape.naming === 'start' || start.m === 1 ? fy : fy - 1);
    return fixed(twelveFrom(sy, start.m), start.next, 'the twelve months from that month');
  }
  // "its fiscal 2026, which will end in June": the month it ends, set off by a comma, says which months are meant.
  const ending = !calendar ? endingAfterComma(ctx, k + 1, 0, fiscalYearNamed(fy, shape)) : null;
  if (ending) return ending;
  return fixed(fiscalYearNamed(fy, shape), k + 1, note);
}

// "the April–June quarter", "from March to the June quarter": after these a month closes a range, not a quarter's name.
const RANGE_BEFORE = new Set(['-', '–', 'to', '/', 'through']);

/**
 * "(fiscal|financial) year ending [in] March [31,] [2026]", "the year to March 2027": the twelve months to the
 * end of that month; "the quarter ending in June", "the December quarter": the three months to its end.
 */
export function parseYearEnding(ctx: Ctx, j: number): Parsed | null {
  let k = j;
  const byMonth = MONTHS.get(w(ctx, k));
  if (byMonth !== undefined && ctx.toks[k]?.upper && w(ctx, k + 1) === 'quarter' && !RANGE_BEFORE.has(w(ctx, k - 1))) {
    // "the September Quarter of 2022", "the June quarter 2027", "the June quarter next year": a year after it places
    // the quarter.
    const ys = yearSuffix(ctx, k + 2);
    const y = ys?.y ?? (monthEnd(ctx.pubY, byMonth) >= ctx.pub ? ctx.pubY : ctx.pubY + 1);
    const next = ys?.next ?? k + 2;
    return fixed({ s: dayOf(y, byMonth - 2, 1), e: monthEnd(y, byMonth) }, next, 'the quarter ending that month');
  }
  if (w(ctx, k) === 'fiscal' || w(ctx, k) === 'financial') k++;
  const months = w(ctx, k) === 'quarter' ? 3 : 12;
  if (w(ctx, k) === 'year' || w(ctx, k) === 'quarter') k++;
  else return null;
  const to = w(ctx, k) === 'to' && w(ctx, k - 1) !== 'quarter';
  if (w(ctx, k) !== 'ending' && w(ctx, k) !== 'ended' && !to) return null;
  k++;
  if (w(ctx, k) === 'in') k++;
  const m = MONTHS.get(w(ctx, k));
  if (m === undefined || !ctx.toks[k]?.upper) return null;
  k++;
  if (w(ctx, k) === '.') k++;
  if (/^[0-9]{1,2}(st|nd|rd|th)?$/.test(w(ctx, k))) k++;
  if (w(ctx, k) === ',') k++;
  let y = fourDigitYear(w(ctx, k));
  if (y !== null) k++;
  else y = monthEnd(ctx.pubY, m) >= ctx.pub ? ctx.pubY : ctx.pubY + 1;
  const r = { s: dayOf(y, m - months + 1, 1), e: monthEnd(y, m) };
  return fixed(r, k, months === 3 ? 'the quarter ending that month' : 'the twelve months to that month');
}

/** "May 2026 fiscal year" at the year token `k` (month at k-1): the fiscal year ending in that month. */
export function monthFiscalYear(ctx: Ctx, k: number, month: number, y: number): Parsed | null {
  if (w(ctx, k) !== 'fiscal' || w(ctx, k + 1) !== 'year') return null;
  return fixed({ s: dayOf(y, month - 11, 1), e: monthEnd(y, month) }, k + 2, 'the fiscal year ending that month');
}

/** "the 2018 fiscal year" at the token after the year: that fiscal year, as "fiscal 2018" is. */
export function yearFiscalYear(ctx: Ctx, k: number, y: number): Parsed | null {
  if ((w(ctx, k) !== 'fiscal' && w(ctx, k) !== 'financial') || w(ctx, k + 1) !== 'year') return null;
  const { shape, note } = shapeAt(ctx, k);
  return fixed(fiscalYearNamed(y, shape), k + 2, note);
}

/** ", ending March 2026" at `k`: the twelve months to the end of that month (of the year given, else the next one). */
function endingAfterComma(ctx: Ctx, k: number, shift = 0, named?: Range): Parsed | null {
  if (w(ctx, k) !== ',') return null;
  // ", ending March 2026", ", which ends in June", ", which will end in June".
  let at = k + 1;
  if (w(ctx, at) === 'which') {
    at++;
    if (w(ctx, at) === 'will') at++;
    if (!ENDS.has(w(ctx, at)) && !RUNS.has(w(ctx, at))) return null;
    at++;
    if (w(ctx, at) === 'in' || (RUNS.has(w(ctx, at - 1)) && RUNS_TO.has(w(ctx, at)))) at++;
  } else if (w(ctx, at) === 'ending' || w(ctx, at) === 'ended') {
    at++;
    if (w(ctx, at) === 'in') at++;
  } else return null;
  const m = MONTHS.get(w(ctx, at));
  if (m === undefined || !ctx.toks[at]?.upper) return null;
  // "which ends June 30", "ending September 26, 2026": the day the year closes on is within the month named.
  if (/^[0-9]{1,2}$/.test(w(ctx, at + 1)) && Number(w(ctx, at + 1)) <= 31) at++;
  const given = fourDigitYear(w(ctx, at + 1)) ?? (w(ctx, at + 1) === ',' ? fourDigitYear(w(ctx, at + 2)) : null);
  if (given !== null && w(ctx, at + 1) === ',') at++;
  // "fiscal 2027, which will end in September": the month's year is the one that falls in the fiscal year named.
  const inNamed = named ? partsOf(named.e).y - (monthEnd(partsOf(named.e).y, m) > named.e ? 1 : 0) : null;
  // "the next fiscal year, which ends in March": the year after the one that ends next.
  const y = given ?? inNamed ?? (monthEnd(ctx.pubY, m) >= ctx.pub ? ctx.pubY : ctx.pubY + 1) + shift;
  const r = { s: dayOf(y, m - 11, 1), e: monthEnd(y, m) };
  return fixed(r, given === null ? at + 1 : at + 2, 'the twelve months to that month');
}
const ENDS = new Set(['ends', 'end', 'closes', 'close']);
// ", which runs to June": the year's run to its last month.
const RUNS = new Set(['runs', 'run']);
const RUNS_TO = new Set(['to', 'through', 'until', 'till']);
const STARTS = new Set(['starts', 'start', 'begins', 'begin', 'started', 'began']);

/**
 * "which starts Oct. 1", "that begins in April 2026", "starting April" at `k`: the month a twelve-month year
 * starts in, the year when one is given, and the token after the phrase.
 */
function startingMonth(ctx: Ctx, k: number): { m: number; y: number | null; next: number } | null {
  let at = k;
  if (w(ctx, at) === 'which' || w(ctx, at) === 'that') {
    at++;
    if (w(ctx, at) === 'will') at++;
    if (!STARTS.has(w(ctx, at))) return null;
    at++;
  } else if (w(ctx, at) === 'starting' || w(ctx, at) === 'beginning') at++;
  else return null;
  if (w(ctx, at) === 'in' || w(ctx, at) === 'on') at++;
  const m = MONTHS.get(w(ctx, at));
  if (m === undefined || !ctx.toks[at]?.upper) return null;
  at++;
  if (w(ctx, at) === '.') at++;
  // Only the first of the month starts a twelve-month year here; "starting April 15" is left to the day rules.
  if (w(ctx, at) === '1' || w(ctx, at) === '1st') at++;
  else if (/^[0-9]{1,2}(st|nd|rd|th)?$/.test(w(ctx, at))) return null;
  if (w(ctx, at) === ',' && fourDigitYear(w(ctx, at + 1)) !== null) at++;
  const y = fourDigitYear(w(ctx, at));
  return { m, y, next: y === null ? at : at + 1 };
}

const twelveFrom = (y: number, m: number): Range => ({ s: dayOf(y, m, 1), e: dayOf(y + 1, m, 1) - 1 });

/**
 * "the year that begins in April 2026", "the next fiscal year starting April" at the token after "year": the
 * twelve months from that month (of the year given, else the nearest such month not yet over).
 */
export function yearFromStart(ctx: Ctx, k: number): Parsed | null {
  // "The fiscal year, which starts Oct. 1, …": a relative clause set off by a comma says the same, in the present or
  // future ("which began in October" looks back, left alone).
  const which = w(ctx, k + 1) === 'which' || w(ctx, k + 1) === 'that';
  if (w(ctx, k) === ',' && which && !/^(started|began)$/.test(w(ctx, k + 2))) k++;
  const st = startingMonth(ctx, k);
  if (!st) return null;
  const y = st.y ?? (monthEnd(ctx.pubY, st.m) >= ctx.pub ? ctx.pubY : ctx.pubY + 1);
  return fixed(twelveFrom(y, st.m), st.next, 'the twelve months from that month');
}

/** Words that can follow a noun phrase closed by a bare "fiscal" ("by next fiscal and beyond"). */
const FISCAL_CLOSERS = new Set(['and', 'or', 'but', 'as', 'if', 'when', 'while', 'than', 'with', 'on', 'at']);

const NEXT_WORDS = new Set(['next', 'coming', 'following', 'upcoming']);

function countAt(ctx: Ctx, k: number): { n: number; next: number } {
  const t = w(ctx, k);
  const n = NUMBER_WORDS.get(t) ?? (isNum(t, 1) ? Number(t) : NaN);
  return Number.isNaN(n) || n < 2 || n > 5 ? { n: 1, next: k } : { n, next: k + 1 };
}

// The words that may open a current fiscal year before "current" or "next" ("the", "its", "the company's").
const CURRENT_OWNERS = new Set(['the', 'this', 'its', 'their', "company's"]);

/**
 * The current fiscal year and its relatives: "(this|the|its|the current) fiscal year", "next fiscal year",
 * "the next two fiscal years", "(the current) fiscal first quarter", "fiscal Q1", "the fiscal second half".
 */
export function parseCurrentFiscal(ctx: Ctx, j: number): Parsed | null {
  let k = j;
  if (CURRENT_OWNERS.has(w(ctx, k))) k++;
  let shift = 0;
  if (w(ctx, k) === 'current') k++;
  // "the upcoming fiscal year" is the next one, as "the coming fiscal year" is.
  else if (NEXT_WORDS.has(w(ctx, k))) {
    shift = 1;
    k++;
  }
  const count = shift ? countAt(ctx, k) : { n: 1, next: k };
  k = count.next;
  if (w(ctx, k) !== 'fiscal' && w(ctx, k) !== 'financial') return null;
  const { shape, note } = shapeAt(ctx, k);
  const fy = fiscalYearAround(ctx.pub, shape, shift);
  const u = w(ctx, k + 1);
  if ((u === 'year' || u === 'years') && /^(fy)?[0-9]{2,4}$/.test(w(ctx, k + 2))) return null;
  // "the next fiscal year, ending March 2026": the month it ends, set off by a comma, says which year is meant.
  const ending = u === 'year' && count.n === 1 ? endingAfterComma(ctx, k + 2, shift) : null;
  if (ending) return ending;
  // "the next fiscal year starting April": the twelve months from that month.
  const starting = u === 'year' && count.n === 1 ? yearFromStart(ctx, k + 2) : null;
  if (starting) return starting;
  if (u === 'year' || u === 'years') {
    const last = fiscalYearAround(ctx.pub, shape, shift + count.n - 1);
    return fixed({ s: fy.s, e: last.e }, k + 2, note);
  }
  // "double-digit margins by next fiscal.", "in the current fiscal, …": "fiscal" closing its noun phrase after a
  // determiner is the fiscal year, as "FY" is; "this fiscal policy" is no year.
  if (k > j && (!/^[a-z0-9]/.test(u) || FISCAL_CLOSERS.has(u))) return fixed(fy, k + 1, note);
  const ord = ORDINALS.get(u);
  if (ord !== undefined && ord <= 4 && (w(ctx, k + 2) === 'quarter' || w(ctx, k + 2) === 'half')) {
    const unit = w(ctx, k + 2) as 'quarter' | 'half';
    return fixed(fiscalPart(fy, unit, ord), k + 3, note);
  }
  if (/^q[1-4]$/.test(u)) return fixed(fiscalPart(fy, 'quarter', Number(u[1])), k + 2, note);
  if (/^h[12]$/.test(u)) return fixed(fiscalPart(fy, 'half', Number(u[1])), k + 2, note);
  return null;
}

/** A fiscal year referred to after "of" ("half of fiscal 2027", "quarter of its next fiscal year"). */
export function fiscalYearRef(ctx: Ctx, k: number): { r: Range; next: number; note: string } | null {
  const p = parseFiscalYear(ctx, k) ?? parseCurrentFiscal(ctx, k);
  if (!p?.spec.fixed) return null;
  return { r: p.spec.fixed, next: p.next, note: p.spec.note ?? '' };
}

/** A league season named "the 2026-27 season" / "27/28 season": the league's months, else the calendar years. */
export function seasonOf(ctx: Ctx, at: number, y: number): { r: Range; note: string } | null {
  const league = ctx.orgAt(at, 'season');
  if (!league) return null;
  return { r: fiscalYearStarting(y, league), note: `${league.names[0] ?? ''} season` };
}

/** Calendar years `y`..`y2` as one range. */
export function yearsRange(y: number, y2: number): Range {
  return monthsRange(y, 1, 12 * (y2 - y + 1));
}
