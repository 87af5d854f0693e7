/**
 * early / mid / late and "the end / start of" (TIME-WINDOWS.md, "Periods"): early / mid / late YYYY =
 * Jan–Apr / May–Aug / Sep–Dec; of a quarter, its first / second / third month; of a month, days 1–10 / 11–20 /
 * 21–end; of a decade, years 0–3 / 4–6 / 7–9. Other whole-month periods split in thirds the same way.
 */
import { dayOf, monthsRange, partsOf, type Range } from './dates.js';
import { w, type Ctx, type Spec, type Unit } from './periods.js';

/** A period modifier. "end" (without "by") reads as late; "start" as early. */
export type Mod = 'early' | 'mid' | 'late' | 'end' | 'start';

const MOD_WORDS = new Map<string, Mod>([
  ['early', 'early'],
  ['mid', 'mid'],
  ['middle', 'mid'],
  ['late', 'late'],
  ['end', 'end'],
  ['close', 'end'],
  // "by the conclusion of 2025" is "by the end of 2025", as "by the close of" is.
  ['conclusion', 'end'],
  ['start', 'start'],
  ['beginning', 'start'],
  ['tail', 'end'],
  ['latter', 'late'],
]);

const IN_UNITS = new Set(['year', 'quarter', 'month', 'decade']);
const PART_ORDINALS = new Set(['first', 'second', 'third', 'fourth', 'final', 'last', '1st', '2nd', '3rd', '4th']);

/** "early in the fourth quarter", "late in Q3", "early in the second half": a quarter or half after "in", as "early Q4" is. */
function partAfterIn(ctx: Ctx, k: number): boolean {
  if (/^([qh][1-4]|[1-4][qh])$/.test(w(ctx, k))) return true;
  const unit = w(ctx, k + 2) === '-' ? w(ctx, k + 3) : w(ctx, k + 2);
  return w(ctx, k) === 'the' && PART_ORDINALS.has(w(ctx, k + 1)) && (unit === 'quarter' || unit === 'half');
}

/** Reads modifiers at `j`: "late", "mid-", "early-to-mid", "the end of", "towards the end of", "the tail end of". */
export function parseMods(ctx: Ctx, j: number): { mods: Mod[]; next: number } {
  let k = j;
  const toward = w(ctx, k) === 'toward' || w(ctx, k) === 'towards';
  if (toward) k++;
  if (w(ctx, k) === 'the' && MOD_WORDS.get(w(ctx, k + 1)) !== undefined) k++;
  if (w(ctx, k) === 'tail' && w(ctx, k + 1) === 'end') k++;
  const word = w(ctx, k);
  // "until about midway through next year", "halfway through 2023": the middle of the period, as "mid-2023" is.
  if ((word === 'midway' || word === 'halfway') && w(ctx, k + 1) === 'through') return { mods: ['mid'], next: k + 2 };
  const first = MOD_WORDS.get(word);
  if (first === undefined) return { mods: [], next: j };
  const after = w(ctx, k + (w(ctx, k + 1) === '-' ? 2 : 1));
  if (word === 'mid' && after === 'century') return { mods: [], next: j };
  // "the latter half of 2024" is the second half, an ordinal, not "late" of a half.
  if (word === 'latter' && after === 'half') return { mods: [], next: j };
  k++;
  const glued = w(ctx, k) === '-' && ctx.toks[k]?.glued;
  const needsOf =
    word === 'end' ||
    word === 'start' ||
    word === 'beginning' ||
    word === 'middle' ||
    word === 'close' ||
    word === 'conclusion';
  if (needsOf) {
    // "towards the end of the year" (no "by") is late in the year, as "toward the end of 2026" is.
    if (w(ctx, k) === 'of') return { mods: [toward && first === 'end' ? 'late' : first], next: k + 1 };
    if (glued && word === 'end') return { mods: [first], next: k + 1 };
    // "by end 2019": the newswire's short form of "the end of 2019".
    if (word === 'end' && /^[0-9]{4}$/.test(w(ctx, k))) return { mods: [first], next: k };
    return { mods: [], next: j };
  }
  const mods: Mod[] = [first];
  if (glued) k++;
  // "growth resumes late in 2016", "early in the year": the same as "late 2016", "early this year".
  const unitAfterIn = w(ctx, k + 1) === 'the' && IN_UNITS.has(w(ctx, k + 2));
  if (!glued && w(ctx, k) === 'in' && (/^[0-9]{4}$/.test(w(ctx, k + 1)) || unitAfterIn || partAfterIn(ctx, k + 1))) k++;
  // "the early part of 2027", "the latter part of …" is "early 2027".
  if (w(ctx, k) === 'part' && w(ctx, k + 1) === 'of') return { mods, next: k + 2 };
  if (w(ctx, k) === 'to') {
    let p = k + 1;
    if (w(ctx, p) === '-') p++;
    const second = MOD_WORDS.get(w(ctx, p));
    if (second === 'early' || second === 'mid' || second === 'late') {
      mods.push(second);
      k = p + 1;
      if (w(ctx, k) === '-') k++;
    }
  }
  return { mods, next: k };
}

function monthIndex(day: number): number {
  const { y, m } = partsOf(day);
  return y * 12 + m - 1;
}

/** The early / mid / late part of `r` for its unit (TIME-WINDOWS.md, "Periods"). */
export function applyMod(r: Range, unit: Unit, mod: Mod): Range {
  const m = mod === 'end' ? 'late' : mod === 'start' ? 'early' : mod;
  if (unit === 'day') return r;
  if (unit === 'month') {
    if (m === 'early') return { s: r.s, e: r.s + 9 };
    if (m === 'mid') return { s: r.s + 10, e: r.s + 19 };
    return { s: r.s + 20, e: r.e };
  }
  const a = partsOf(r.s);
  if (unit === 'decade') {
    const [from, to] = m === 'early' ? [0, 3] : m === 'mid' ? [4, 6] : [7, 9];
    return { s: dayOf(a.y + from, 1, 1), e: dayOf(a.y + to, 12, 31) };
  }
  const n = monthIndex(r.e) - monthIndex(r.s) + 1;
  const k = Math.max(1, Math.round(n / 3));
  if (n < 3) return r;
  if (m === 'early') return monthsRange(a.y, a.m, a.m + k - 1);
  if (m === 'late') return monthsRange(a.y, a.m + n - k, a.m + n - 1);
  return monthsRange(a.y, a.m + k, a.m + n - k - 1);
}

function hullOf(ranges: Range[]): Range {
  let s = Number.POSITIVE_INFINITY;
  let e = Number.NEGATIVE_INFINITY;
  for (const r of ranges) {
    s = Math.min(s, r.s);
    e = Math.max(e, r.e);
  }
  return { s, e };
}

/** Applies modifiers to a spec (several: their hull, "mid-to-late 2027" = May–Dec). "mid" of a year marks `midYear` (rule 3). */
export function withMods(spec: Spec, mods: readonly Mod[]): Spec {
  if (mods.length === 0) return spec;
  if (mods.length === 1 && mods[0] === 'end' && spec.current) return { ...spec, toEnd: true };
  const unit = spec.unit;
  const apply = (r: Range): Range => hullOf(mods.map((m) => applyMod(r, unit, m)));
  const midYear = mods.length === 1 && mods[0] === 'mid' && unit === 'year';
  const at = spec.at;
  if (spec.fixed) return { ...spec, unit: 'span', fixed: apply(spec.fixed), midYear, current: false };
  if (at) return { ...spec, unit: 'span', at: (y) => apply(at(y)), midYear };
  return spec;
}
