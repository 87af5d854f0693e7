/**
 * The shared vocabulary of the time-phrase parsers (TIME-WINDOWS.md, "Periods"): the {@link Spec} a phrase
 * parses to, the parsing context, and the year readers with the rule-7 look-alike check ("Vision 2030").
 */
import type { OrganisationCalendar } from '../types.js';
import type { CompiledCalendars } from './calendars.js';
import type { Range } from './dates.js';
import type { Token } from './tokens.js';
import { DATE_CONTEXT, MONTHS, QUANTITY_AFTER, QUANTITY_BEFORE } from './vocab.js';

/** The grain of a period, which decides how early / mid / late split it. */
export type Unit = 'day' | 'month' | 'quarter' | 'half' | 'season' | 'year' | 'decade' | 'span';

/**
 * A parsed period: either `fixed` (already concrete) or `at(year)` with an optional explicit `year`
 * (TIME-WINDOWS.md rule 6: without a year it is the nearest such period that has not yet ended).
 */
export interface Spec {
  unit: Unit;
  at?: (y: number) => Range;
  year?: number;
  fixed?: Range;
  /** Runs from `published` to the period's end whatever the trigger ("year-end", "end of the year"). */
  toEnd?: boolean;
  /** "mid-YYYY" / "mid-year": with "by" it is the point Jun 30 (rule 3). */
  midYear?: boolean;
  /** "next summer": the nearest such period that has not yet started. */
  pickNext?: boolean;
  /** A reference to the current unit ("the year", "this quarter"): "end of" it runs to its end. */
  current?: boolean;
  isDefault?: boolean;
  /** Backward-looking or otherwise not bounding (rule 7). */
  discard?: boolean;
  /** A duration tied to an undated event (rule 7): gives null. */
  tied?: boolean;
  /** A day named by a schedule stated in the present ("Nvidia reports Wednesday"): a calendar entry, which dates
   * the sentence only when it also looks ahead ("… and will beat estimates"). */
  schedule?: boolean;
  /** A calendar event ("Thanksgiving", "the 2026 midterms"): "by E" ends on E, "before E" the day before. */
  event?: boolean;
  /** A season that can take a hemisphere ("this autumn … in the southern hemisphere"). */
  season?: { first: number };
  /** The fiscal year a fiscal quarter or half belongs to ("Q2 FY26"): a bare quarter listed after it shares it. */
  fiscalYear?: Range;
  /** What the phrase is, in words, for the desk ("Microsoft's fiscal year", "Thanksgiving"). */
  note?: string;
}

/** A spec and the index of the first token after it. */
export interface Parsed {
  spec: Spec;
  next: number;
}

/** What the period parsers need: the tokens, `published` and the calendars. */
export interface Ctx {
  toks: readonly Token[];
  pub: number;
  pubY: number;
  cal: CompiledCalendars;
  /** The organisation of `kind` named nearest to token `i` in the sentence, else in its item, else null. */
  orgAt: (i: number, kind: OrganisationCalendar['kind']) => OrganisationCalendar | null;
  /** A Desk Note: a bare participle restates a call in headline style ("Downtown deal closed in Q2"). */
  headline?: boolean;
  /** A BULL or BEAR block: a listed date is the call's ({@link WindowOptions.call}). */
  call?: boolean;
  /** No token is capitalised (a note typed in lower case); set on first use. */
  lowerCase?: boolean;
}

/** Lower-cased token text at `i` ('' past the end). */
export function w(ctx: Ctx, i: number): string {
  // Checked against the bounds first: reading an array at -1 or past its end is a slow property lookup, and the
  // look-behinds ask for index -1 on every sentence's first token.
  const toks = ctx.toks;
  return i >= 0 && i < toks.length ? (toks[i] as Token).t : '';
}

/** True when `t` is exactly `len` ASCII digits. */
export function isNum(t: string, len: number): boolean {
  if (t.length !== len) return false;
  for (let i = 0; i < len; i++) {
    const c = t.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

function stripPossessive(t: string): string {
  return t.endsWith("'s") ? t.slice(0, -2) : t;
}

/** A four-digit year 1900–2099 in token `t` (possessive allowed), else null. */
export function fourDigitYear(t: string): number | null {
  const s = stripPossessive(t);
  if (!isNum(s, 4)) return null;
  const y = Number(s);
  return y >= 1900 && y <= 2099 ? y : null;
}

/** An apostrophe year ("'26" → 2026), else null. */
export function apostropheYear(t: string): number | null {
  return t.length === 3 && t[0] === "'" && isNum(t.slice(1), 2) ? 2000 + Number(t.slice(1)) : null;
}

const COMING_YEAR = new Set(['upcoming', 'coming', 'following', 'next']);

/** A year written after a named period: "2026", "'26", ", 2026", "of 2026", "of this / next / the year", "this / next year". */
export function yearSuffix(ctx: Ctx, i: number, allowTwoDigit = false): { y: number; next: number } | null {
  const t = w(ctx, i);
  const four = fourDigitYear(t);
  if (four !== null) return { y: four, next: i + 1 };
  const apos = apostropheYear(t);
  if (apos !== null) return { y: apos, next: i + 1 };
  if (allowTwoDigit && isNum(t, 2) && ctx.toks[i]?.glued) return { y: 2000 + Number(t), next: i + 1 };
  if (t === 'this' && w(ctx, i + 1) === 'year') return { y: ctx.pubY, next: i + 2 };
  if (t === 'next' && w(ctx, i + 1) === 'year') return { y: ctx.pubY + 1, next: i + 2 };
  // "his forecast of 4400 points in December last year": that month of the year before.
  if (t === 'last' && w(ctx, i + 1) === 'year') return { y: ctx.pubY - 1, next: i + 2 };
  // "Q4-2026", and "Q4/2021" or "H2/26" where a quarter or half takes its year after a slash.
  const slash = t === '/' && allowTwoDigit;
  if ((t === '-' || slash) && ctx.toks[i]?.glued && ctx.toks[i + 1]?.glued) {
    const u = w(ctx, i + 1);
    const y = fourDigitYear(u) ?? (isNum(u, 2) ? 2000 + Number(u) : null);
    if (y !== null) return { y, next: i + 2 };
  }
  if (t === 'of' || t === ',') {
    const u = w(ctx, i + 1);
    // "the first quarter of the year 2027": the year named after "the year".
    const spelled = t === 'of' && u === 'the' && w(ctx, i + 2) === 'year' ? fourDigitYear(w(ctx, i + 3)) : null;
    if (spelled !== null) return { y: spelled, next: i + 4 };
    if (t === 'of' && u === 'the' && w(ctx, i + 2) === 'year') return { y: ctx.pubY, next: i + 3 };
    // "the fourth quarter of the upcoming year": a part of the coming calendar year, as "of next year" is.
    if (t === 'of' && u === 'the' && COMING_YEAR.has(w(ctx, i + 2)) && w(ctx, i + 3) === 'year')
      return { y: ctx.pubY + 1, next: i + 4 };
    const cal = t === 'of' && u === 'the' ? fourDigitYear(w(ctx, i + 2)) : null;
    if (cal !== null && w(ctx, i + 3) === 'calendar' && w(ctx, i + 4) === 'year') return { y: cal, next: i + 5 };
    if (t === 'of' && u === 'calendar' && fourDigitYear(w(ctx, i + 2)) !== null)
      return { y: fourDigitYear(w(ctx, i + 2)) as number, next: i + 3 };
    // "in October and November of last year": that month of the year before, as "in December last year" is.
    if (u === 'this' || u === 'next' || u === 'last' || fourDigitYear(u) !== null || apostropheYear(u) !== null)
      return yearSuffix(ctx, i + 1);
  }
  return null;
}

/** True when the number at `i` is a name or a quantity, not a year (rule 7: "Vision 2030", "2030 MW", "$2030"). */
export function looksLikeName(ctx: Ctx, i: number): boolean {
  const next = w(ctx, i + 1);
  if (QUANTITY_AFTER.has(next)) return true;
  let p = i - 1;
  if (w(ctx, p) === '-' && ctx.toks[i]?.glued) p--;
  const prev = ctx.toks[p];
  if (!prev) return false;
  if (QUANTITY_BEFORE.has(prev.t)) return true;
  if (!prev.upper || DATE_CONTEXT.has(prev.t) || MONTHS.get(prev.t) !== undefined) return false;
  return true;
}

/** A period with an optional year after it ("March 2027", "Q3 '26", "summer of next year"). */
export function named(unit: Unit, at: (y: number) => Range, ctx: Ctx, next: number, allowTwoDigit = false): Parsed {
  const ys = yearSuffix(ctx, next, allowTwoDigit);
  return ys ? { spec: { unit, at, year: ys.y }, next: ys.next } : { spec: { unit, at }, next };
}
