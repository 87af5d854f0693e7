/**
 * Named periods of TIME-WINDOWS.md ("Periods"): quarters in all spellings, halves, years and year ranges,
 * decades, months (with days), seasons, fiscal and calendar years, year-end. Each parser reads a few tokens
 * from a position and returns a {@link Spec}; resolution against `published` happens in windows.ts.
 */
import { dayOf, monthsRange, type Range } from './dates.js';
import { parseEvent } from './events.js';
import { fiscalPart, fiscalYearStarting, SPLIT_FINANCIAL_YEAR } from './fiscal.js';
import {
  fiscalYearRef,
  parseCurrentFiscal,
  parseFiscalYear,
  yearFiscalYear,
  parseYearEnding,
  seasonOf,
  splitYear,
  yearsRange,
} from './fiscal-periods.js';
import { parseMonth, parseNumericDate, parseSeason, parseSeasonCode, parseWeekOf, skipHemisphere } from './months.js';
import { apostropheYear, fourDigitYear, isNum, looksLikeName, named, w, type Ctx, type Parsed } from './period-core.js';
import { DATE_CONTEXT, NUMBER_WORDS, ORDINALS, POSTPONING_VERB } from './vocab.js';
import { parseWeekday } from './weekdays.js';

export { w, type Ctx, type Parsed, type Spec, type Unit } from './period-core.js';

const UPCOMING = new Set(['next', 'upcoming', 'coming', 'forthcoming']);
const SEASON_WORDS = new Set(['season', 'seasons', 'campaign']);
const FISCAL_WORDS = new Set(['fiscal', 'financial']);

/** A part (quarter or half) of a fiscal year named after "of" ("the second half of fiscal 2027"). */
function partOfFiscal(ctx: Ctx, next: number, unit: 'quarter' | 'half', n: number): Parsed | null {
  let k = next;
  if (w(ctx, k) !== 'of') {
    const direct = fiscalYearRef(ctx, k);
    return direct && /^(fy|fiscal)/.test(w(ctx, k)) ? fixedPart(direct, unit, n) : null;
  }
  k = afterOwner(ctx, k + 1);
  // "the first half of the 2026 fiscal year", "… of the 2026 financial year": the year before "fiscal year" names it,
  // as "fiscal 2026" does.
  const y = w(ctx, k) === 'the' ? fourDigitYear(w(ctx, k + 1)) : null;
  const fy = y !== null ? yearFiscalYear(ctx, k + 2, y) : null;
  if (fy?.spec.fixed) return fixedPart({ r: fy.spec.fixed, next: fy.next, note: fy.spec.note ?? '' }, unit, n);
  const ref = fiscalYearRef(ctx, k);
  return ref ? fixedPart(ref, unit, n) : null;
}

/**
 * "the second quarter of Nvidia's fiscal 2027", "the second half of Palo Alto Networks' fiscal 2026", "the fourth
 * quarter of the Company's fiscal 2025", "… of its fiscal 2027": the owner (at most three capitalised words after
 * an optional "the", the last one possessive, or "its" / "their") sits between "of" and the fiscal year; the index of the fiscal word, else `k`.
 */
function afterOwner(ctx: Ctx, k: number): number {
  let i = w(ctx, k) === 'the' ? k + 1 : k;
  for (const end = i + 3; i < end; i++) {
    const t = w(ctx, i);
    const glued = w(ctx, i + 1) === "'" && ctx.toks[i + 1]?.glued === true && t.endsWith('s');
    const poss = t.endsWith("'s") || (i === k && (t === 'its' || t === 'their')) ? i + 1 : glued ? i + 2 : -1;
    if (poss > 0) return FISCAL_WORDS.has(w(ctx, poss)) ? poss : k;
    if (!ctx.toks[i]?.upper) return k;
  }
  return k;
}

function fixedPart(ref: { r: Range; next: number; note: string }, unit: 'quarter' | 'half', n: number): Parsed {
  return { spec: { unit, fixed: fiscalPart(ref.r, unit, n), fiscalYear: ref.r, note: ref.note }, next: ref.next };
}

const PAIRING = new Set(['and', 'or', 'to', '-', 'through']);

/** "the second and third quarters of 2024": the hull of both quarters (rule 8), with the year that follows. */
function pairedQuarters(ctx: Ctx, j: number): Parsed | null {
  const a = ORDINALS.get(w(ctx, j)) ?? 9;
  // "from the second to the fourth quarter": the article may stand again before the second ordinal.
  const k = w(ctx, j + 2) === 'the' ? j + 3 : j + 2;
  const b = ORDINALS.get(w(ctx, k)) ?? 9;
  if (!PAIRING.has(w(ctx, j + 1)) || a > 4 || b > 4 || b <= a) return null;
  if (w(ctx, k + 1) !== 'quarters' && w(ctx, k + 1) !== 'quarter') return null;
  return named('quarter', (y: number): Range => monthsRange(y, 3 * a - 2, 3 * b), ctx, k + 2, true);
}

/** "the last quarter of 2020", "the last half of fiscal 2027": the final part of the period named after "of". */
function lastOf(ctx: Ctx, j: number, unit: 'quarter' | 'half'): boolean {
  return w(ctx, j) === 'last' && w(ctx, j + 1) === unit && w(ctx, j + 2) === 'of';
}

// The quarter and half spellings, tested on every word that may start a period: made once, not at each test.
const Q_PLAIN = /^q[1-4]$|^[1-4]q$/;
const Q_YEAR = /^[1-4]q([0-9]{2}|(19|20)[0-9]{2})$/;
const YEAR_Q = /^(19|20)[0-9]{2}q[1-4]$/;
const Q_CY = /^q[1-4]cy([0-9]{2}|[0-9]{4})$/;
const H_PLAIN = /^h[12]$|^[12]h$/;
const H_YEAR = /^[12]h[0-9]{2}$/;
const YEAR_H = /^(19|20)[0-9]{2}h[12]$/;

/**
 * "the first quarter (Q1) of FY26", "the second half (2H) of 2027": a bracketed short form of the same part restates
 * it, so the year after the bracket still places the part; a bracket naming another part is left alone.
 */
function afterGloss(ctx: Ctx, next: number, letter: 'q' | 'h', n: number): number {
  if (w(ctx, next) !== '(' || w(ctx, next + 2) !== ')') return next;
  const gloss = w(ctx, next + 1);
  return gloss === `${letter}${n}` || gloss === `${n}${letter}` ? next + 3 : next;
}

function parseQuarter(ctx: Ctx, j: number): Parsed | null {
  const t = w(ctx, j);
  // "for the holiday quarter": the quarter that holds December, October–December when no company is named or its
  // quarters are the calendar's (Apple's first fiscal quarter); a named company's fiscal quarter otherwise, as
  // TIME-WINDOWS.md reads a named organisation's periods (Walmart's year starts in February: November–January).
  // "its holiday quarter" is the owner's quarter, a name of its results (quoted-29 lulu1).
  if (t === 'holiday' && w(ctx, j + 1) === 'quarter' && w(ctx, j - 1) === 'the') {
    const org = ctx.orgAt(j, 'fiscal');
    const off = org && org.months === 12 ? (org.startMonth - 1) % 3 : 0;
    const at = (y: number): Range => (off === 0 ? monthsRange(y, 10, 12) : monthsRange2(y, 10 + off, y + 1, off));
    const y = fourDigitYear(w(ctx, j + 2));
    if (y !== null) return { spec: { unit: 'quarter', at, year: y }, next: j + 3 };
    return named('quarter', at, ctx, j + 2, true);
  }
  let q = 0;
  let next = j + 1;
  let year: number | undefined;
  const spelled = t === 'quarter' ? (NUMBER_WORDS.get(w(ctx, j + 1)) ?? Number(w(ctx, j + 1))) : 0;
  if (Q_PLAIN.test(t)) q = Number(t[0] === 'q' ? t[1] : t[0]);
  else if (spelled >= 1 && spelled <= 4 && !/^(a|an)$/.test(w(ctx, j + 1))) {
    // "a further cut in quarter two": the quarter by its number.
    q = spelled;
    next = j + 2;
  } else if (Q_YEAR.test(t)) {
    // "2Q26" and "2Q2024" (the four-digit year, as aviation and broker notes write it).
    q = Number(t[0]);
    year = t.length === 4 ? 2000 + Number(t.slice(2)) : Number(t.slice(2));
  } else if (YEAR_Q.test(t)) {
    // "2026Q4": the year glued before the quarter, as statistics tables write it.
    q = Number(t[5]);
    year = Number(t.slice(0, 4));
  } else if (Q_CY.test(t)) {
    // "Q2CY2021", roadmap shorthand for the calendar quarter (not a fiscal one).
    q = Number(t[1]);
    year = t.length === 6 ? 2000 + Number(t.slice(4)) : Number(t.slice(4));
  } else if (lastOf(ctx, j, 'quarter')) {
    q = 4;
    next = j + 2;
  } else if ((ORDINALS.get(t) ?? 9) <= 4 && !['front', 'back', 'latter'].includes(t)) {
    let k = j + 1;
    if (w(ctx, k) === '-') k++;
    const pair = pairedQuarters(ctx, j);
    if (pair) return pair;
    if (w(ctx, k) !== 'quarter') return null;
    q = ORDINALS.get(t) ?? 0;
    next = k + 1;
  } else return null;
  if (year === undefined) {
    next = afterGloss(ctx, next, 'q', q);
    const fiscal = partOfFiscal(ctx, next, 'quarter', q);
    if (fiscal) return fiscal;
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
  if (H_PLAIN.test(t)) h = Number(t[0] === 'h' ? t[1] : t[0]);
  else if (H_YEAR.test(t)) {
    h = Number(t[0]);
    year = 2000 + Number(t.slice(2));
  } else if (YEAR_H.test(t)) {
    // "2026H2": the year glued before the half.
    h = Number(t[5]);
    year = Number(t.slice(0, 4));
  } else if (lastOf(ctx, j, 'half')) {
    h = 2;
    next = j + 2;
  } else if ((ORDINALS.get(t) ?? 9) <= 2) {
    let k = j + 1;
    if (w(ctx, k) === '-') k++;
    // "flat in the first half and we see them flat again in the second": the unit left out after "the" is the half
    // named just before, in the same sentence.
    const elided = w(ctx, k) !== 'half' && elidedHalf(ctx, j);
    if (w(ctx, k) !== 'half' && !elided) return null;
    if ((t === 'back' || t === 'front') && !halfLeads(ctx, j)) return null;
    h = ORDINALS.get(t) ?? 0;
    next = elided ? j + 1 : k + 1;
  } else return null;
  if (year === undefined) {
    next = afterGloss(ctx, next, 'h', h);
    const fiscal = partOfFiscal(ctx, next, 'half', h);
    if (fiscal) return fiscal;
    const ofDecade = halfOfDecade(ctx, next, h);
    if (ofDecade) return ofDecade;
  }
  const at = (y: number): Range => monthsRange(y, 6 * h - 5, 6 * h);
  if (year !== undefined) return { spec: { unit: 'half', at, year }, next };
  const p = named('half', at, ctx, next, true);
  if (t.length === 2 && p.spec.year === undefined && !DATE_CONTEXT.has(w(ctx, j - 1)) && w(ctx, j - 1) !== '/')
    return null;
  return p;
}

/**
 * "the latter half of the decade", "the first half of the 2030s": the decade's first or last five years, as "H1"
 * is a year's first six months.
 */
function halfOfDecade(ctx: Ctx, k: number, h: number): Parsed | null {
  if (w(ctx, k) !== 'of') return null;
  let y0: number | null = null;
  const next = k + 3;
  if ((w(ctx, k + 1) === 'the' || w(ctx, k + 1) === 'this') && w(ctx, k + 2) === 'decade')
    y0 = ctx.pubY - (ctx.pubY % 10);
  else if (w(ctx, k + 1) === 'the' && /^(19|20)[0-9]0s$/.test(w(ctx, k + 2))) y0 = Number(w(ctx, k + 2).slice(0, 4));
  if (y0 === null) return null;
  const first = y0 + 5 * (h - 1);
  return {
    spec: { unit: 'span', fixed: monthsRange2(first, 1, first + 4, 12), note: 'that half of the decade' },
    next,
  };
}

// "in the back half", "a front-half recovery", "Back half: …": what may stand before "back / front half" as a period.
const HALF_LEADS = new Set([
  ...['', 'the', 'a', 'an', 'this', 'that', 'its', 'their', 'our', 'in', 'into', 'during', 'through', 'for', 'of'],
  ...['by', 'over', 'until', 'from', 'to', 'and', 'or', ',', '(', ':', '-', '"'],
]);

const CLAUSE_END = new Set(['', '.', ',', ';', ':', 'and', 'but', 'while', ')']);

/** "in the second" closing its clause, after "the first half" earlier in the sentence: that half, the unit left out. */
function elidedHalf(ctx: Ctx, j: number): boolean {
  if ((w(ctx, j) !== 'second' && w(ctx, j) !== 'first') || w(ctx, j - 1) !== 'the') return false;
  if (w(ctx, j - 2) !== 'in' || !CLAUSE_END.has(w(ctx, j + 1))) return false;
  for (let k = j - 3; k >= 0 && k >= j - 20; k--)
    if (
      w(ctx, k) === 'half' &&
      (w(ctx, k - 1) === 'first' || w(ctx, k - 1) === 'second') &&
      w(ctx, k - 1) !== w(ctx, j)
    )
      return true;
  return false;
}

/** "Kenya bought back half of its 2028 bond": "back" is the verb's particle there, not the back half of a year. */
function halfLeads(ctx: Ctx, j: number): boolean {
  return HALF_LEADS.has(w(ctx, j - 1));
}

/** From the first day of month `m1` of `y1` to the last day of month `m2` of `y2`. */
function monthsRange2(y1: number, m1: number, y2: number, m2: number): Range {
  return { s: monthsRange(y1, m1, m1).s, e: monthsRange(y2, m2, m2).e };
}

function decade(y0: number, next: number): Parsed {
  return { spec: { unit: 'decade', at: () => ({ s: dayOf(y0, 1, 1), e: dayOf(y0 + 9, 12, 31) }), year: y0 }, next };
}

/**
 * A split year "2026-27" / "2026/27" / "27/28 season": the league's season when one is named, one fiscal year
 * with "financial year" / "fiscal" or a fiscal organisation in context, else every calendar year in the range
 * (TIME-WINDOWS.md, "More conventions").
 */
function parseSplitYear(ctx: Ctx, j: number): Parsed | null {
  const split = splitYear(ctx, j);
  let y = split?.y;
  let next = split?.next ?? j;
  const two = w(ctx, j);
  if (y === undefined && isNum(two, 2) && w(ctx, j + 1) === '/' && isNum(w(ctx, j + 2), 2)) {
    if (Number(w(ctx, j + 2)) !== Number(two) + 1 || !SEASON_WORDS.has(w(ctx, j + 3))) return null;
    y = 2000 + Number(two);
    next = j + 3;
  }
  if (y === undefined) return null;
  const after = w(ctx, next);
  // "through the 2026-27 winter season": the winter that spans the two years, December to February.
  if (after === 'winter') {
    const end = SEASON_WORDS.has(w(ctx, next + 1)) ? next + 2 : next + 1;
    return {
      spec: { unit: 'span', fixed: monthsRange2(y, 12, y + 1, 2), note: 'the winter of the two years' },
      next: end,
    };
  }
  const found = ctx.orgAt(j, 'fiscal');
  // A year that runs October to September (the US federal year, Apple's) is named by one year ("FY2026"), so a bare
  // "2025/26" beside USDA is a marketing or calendar span, not that fiscal year.
  const fiscalOrg = found && (found.startMonth !== 10 || FISCAL_WORDS.has(after)) ? found : null;
  if (SEASON_WORDS.has(after) || (!FISCAL_WORDS.has(after) && ctx.orgAt(j, 'season'))) {
    const season = seasonOf(ctx, j, y);
    const end = SEASON_WORDS.has(after) ? next + 1 : next;
    if (season) return { spec: { unit: 'span', fixed: season.r, note: season.note }, next: end };
    if (SEASON_WORDS.has(after)) return { spec: { unit: 'span', at: () => yearsRange(y, y + 1), year: y }, next: end };
  }
  if (FISCAL_WORDS.has(after) || (fiscalOrg && fiscalOrg.startMonth !== 1)) {
    const shape = fiscalOrg && fiscalOrg.startMonth !== 1 ? fiscalOrg : SPLIT_FINANCIAL_YEAR;
    let end = next;
    if (FISCAL_WORDS.has(after)) end = w(ctx, next + 1) === 'year' ? next + 2 : next + 1;
    const note = fiscalOrg ? `${fiscalOrg.names[0] ?? ''} fiscal year` : 'financial year, April to March';
    return { spec: { unit: 'year', fixed: fiscalYearStarting(y, shape), note }, next: end };
  }
  const last = fourDigitYear(w(ctx, j + 2)) ?? y + 1;
  return { spec: { unit: 'span', at: () => yearsRange(y, last), year: y }, next };
}

const SHORT_YEAR_MODS = new Set(['end', 'mid', 'early', 'late']);

/** "end-26", "mid-27": analysts' shorthand for a two-digit year glued to its modifier. */
function shortAfterMod(ctx: Ctx, j: number): number | null {
  const t = w(ctx, j);
  const glued = ctx.toks[j]?.glued && ctx.toks[j - 1]?.glued && w(ctx, j - 1) === '-';
  return glued && isNum(t, 2) && SHORT_YEAR_MODS.has(w(ctx, j - 2)) ? 2000 + Number(t) : null;
}

function parseYearish(ctx: Ctx, j: number): Parsed | null {
  const t = w(ctx, j);
  if (t.length === 5 && t.endsWith('0s') && isNum(t.slice(0, 4), 4)) return decade(Number(t.slice(0, 4)), j + 1);
  if (t.length === 4 && t[0] === "'" && t.endsWith('0s')) return decade(2000 + Number(t.slice(1, 3)), j + 1);
  const split = parseSplitYear(ctx, j);
  if (split) return split;
  const y = fourDigitYear(t) ?? (DATE_CONTEXT.has(w(ctx, j - 1)) ? apostropheYear(t) : null) ?? shortAfterMod(ctx, j);
  if (y === null || looksLikeName(ctx, j)) return null;
  const sep = w(ctx, j + 1);
  const second = w(ctx, j + 2);
  if (sep === '-' && ctx.toks[j + 1]?.glued && isNum(second, 2) && w(ctx, j + 3) === '-' && isNum(w(ctx, j + 4), 2)) {
    const day = dayOf(y, Number(second), Number(w(ctx, j + 4)));
    return { spec: { unit: 'day', at: () => ({ s: day, e: day }), year: y }, next: j + 5 };
  }
  // "slips from 2026 to 2028": a date moved from one year to another, not the years between them.
  const moved =
    w(ctx, j - 1) === 'from' && (POSTPONING_VERB.test(w(ctx, j - 2)) || POSTPONING_VERB.test(w(ctx, j - 3)));
  if (sep === '-' || sep === '/' || (sep === 'to' && !moved)) {
    const y2 = fourDigitYear(second);
    if (y2 !== null && y2 > y && y2 <= y + 10)
      return { spec: { unit: 'span', at: () => yearsRange(y, y2), year: y }, next: j + 3 };
  }
  let next = j + 1;
  const fiscalYear = yearFiscalYear(ctx, next, y);
  if (fiscalYear) return fiscalYear;
  if (w(ctx, next) === 'calendar' && w(ctx, next + 1) === 'year') next += 2;
  return { spec: { unit: 'year', at: (yy) => monthsRange(yy, 1, 12), year: y }, next };
}

function parseYearEnd(ctx: Ctx, j: number): Parsed | null {
  const t = w(ctx, j);
  let next: number;
  if (t === 'yearend' || t === 'year-end') next = j + 1;
  else if (
    (t === 'year' || t === "year's") &&
    (w(ctx, j + 1) === 'end' || (w(ctx, j + 1) === '-' && w(ctx, j + 2) === 'end'))
  )
    next = w(ctx, j + 1) === 'end' ? j + 2 : j + 3;
  else if (/^ye([0-9]{2}|[0-9]{4})$/.test(t)) {
    const y = t.length === 4 ? 2000 + Number(t.slice(2)) : Number(t.slice(2));
    return { spec: { unit: 'year', at: (yy) => monthsRange(yy, 1, 12), year: y, toEnd: true }, next: j + 1 };
  } else if (t === 'ye' && ctx.toks[j]?.upper) next = j + 1;
  else return null;
  const p = named('year', (yy) => monthsRange(yy, 1, 12), ctx, next, true);
  p.spec.toEnd = true;
  return p;
}

/** "mid-century" (2050) and "mid-year YYYY". */
function parseIdiom(ctx: Ctx, j: number): Parsed | null {
  const t = w(ctx, j);
  const glued = w(ctx, j + 1) === '-';
  const u = w(ctx, glued ? j + 2 : j + 1);
  if (t === 'mid' && u === 'century')
    return { spec: { unit: 'year', at: () => monthsRange(2050, 1, 12), year: 2050 }, next: j + (glued ? 3 : 2) };
  if ((t === 'mid' && u === 'year') || t === 'midyear') {
    const k = t === 'midyear' ? j + 1 : j + (glued ? 3 : 2);
    const y = fourDigitYear(w(ctx, k));
    if (y !== null)
      return { spec: { unit: 'span', at: () => monthsRange(y, 5, 8), year: y, midYear: true }, next: k + 1 };
  }
  return null;
}

/** Parses a named period at token `j` (after an optional "the"), or returns null (TIME-WINDOWS.md, "Periods"). */
export function parseNamed(ctx: Ctx, j: number): Parsed | null {
  let k = w(ctx, j) === 'the' ? j + 1 : j;
  if (w(ctx, k) === '"') k++;
  k = skipHemisphere(ctx, k);
  // "the upcoming Autumn Budget", "the next Diwali": the nearest occurrence not yet past, as the bare name is.
  const ahead = UPCOMING.has(w(ctx, k)) ? parseEvent(ctx, k + 1) : null;
  return (
    ahead ??
    parseIdiom(ctx, k) ??
    parseEvent(ctx, k) ??
    parseYearEnd(ctx, k) ??
    parseYearEnding(ctx, k) ??
    parseCurrentFiscal(ctx, k) ??
    parseFiscalYear(ctx, k) ??
    parseQuarter(ctx, k) ??
    parseHalf(ctx, k) ??
    parseNumericDate(ctx, k) ??
    parseYearish(ctx, k) ??
    parseWeekOf(ctx, k) ??
    parseWeekday(ctx, k) ??
    parseMonth(ctx, k) ??
    parseSeason(ctx, k) ??
    parseSeasonCode(ctx, k)
  );
}
