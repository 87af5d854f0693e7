/**
 * From time phrases to one resolution window (TIME-WINDOWS.md, "Rules"): resolve each phrase against
 * `published` (rules 1–6), drop backward-looking ones and look-alikes (rule 7), set aside those inside an
 * "If …" condition unless nothing else is dated (rule 7), and take the hull (rules 7–8).
 */
import { dayOf, isoOf, parsePublished, partsOf, type Range } from './dates.js';
import { fiscalStartMonth, FISCAL_YEAR_STARTS } from './fiscal.js';
import { w, type Ctx } from './periods.js';
import { scanPhrases, type Hit } from './time-phrases.js';
import { tokenize, type Token } from './tokens.js';
import type { Window } from './types.js';

/** Options of {@link findWindow}: a fiscal-year table (organisation → first month) to extend the default. */
export interface WindowOptions {
  fiscalYearStarts?: Readonly<Record<string, number>>;
}

/** The window of a text plus whether only phrases inside an "If …" condition dated it. */
export interface WindowAnalysis {
  window: Window | null;
  conditionalOnly: boolean;
}

const CONNECTORS = new Set(['or', 'and', 'to', '-', '/', ',', '&', 'thru']);
const MERGE_TRIGGERS = new Set(['through', 'until', 'till', 'thru', 'to', 'into']);

function resolveHit(hit: Hit, pub: number): Range | null {
  const spec = hit.spec;
  if (hit.nullish || spec.discard || spec.tied || hit.mode === 'discard') return null;
  let r: Range | undefined = spec.fixed;
  if (!r && spec.at) {
    if (spec.year !== undefined) r = spec.at(spec.year);
    else {
      const y0 = partsOf(pub).y;
      for (let y = y0 - 1; y <= y0 + 3 && !r; y++) {
        const c = spec.at(y);
        const ok =
          spec.pickNext || (hit.mode === 'before' && !spec.toEnd)
            ? c.s > pub
            : spec.midYear && hit.mode === 'deadline'
              ? dayOf(partsOf(c.s).y, 6, 30) >= pub
              : c.e >= pub;
        if (ok) r = c;
      }
    }
  }
  if (!r) return null;
  if (spec.toEnd) return r.e >= pub ? { s: pub, e: r.e } : null;
  let out: Range;
  if (hit.mode === 'deadline') out = { s: pub, e: spec.midYear ? dayOf(partsOf(r.s).y, 6, 30) : r.e };
  else if (hit.mode === 'before') out = { s: pub, e: r.s - 1 };
  else out = { s: Math.max(pub, r.s), e: r.e };
  return out.e >= out.s ? out : null;
}

/** Rule 8 and ranges: a year-less period borrows the year of the next one ("Q3 or Q4 2026"); "X through Y" is the period X..Y. */
function linkHits(ctx: Ctx, hits: Hit[]): void {
  for (let h = 0; h + 1 < hits.length; h++) {
    const a = hits[h] as Hit;
    const b = hits[h + 1] as Hit;
    const gap = b.i0 - a.i1;
    let connected = gap >= 0 && gap <= 2;
    for (let k = a.i1; k < b.i0 && connected; k++) connected = CONNECTORS.has(w(ctx, k));
    if (!connected) continue;
    if (a.spec.at && a.spec.year === undefined && b.spec.at && b.spec.year !== undefined && !a.spec.fixed)
      a.spec = { ...a.spec, year: b.spec.year };
    if (a.mode === 'period' && !a.nullish && !a.spec.discard && MERGE_TRIGGERS.has(b.trigger) && b.mode === 'deadline')
      b.mode = 'period';
  }
}

const COND_STOP = new Set([',', ';', '.', '?', '!', 'then', ':']);

/** Marks tokens inside an "If …" / "unless …" condition (rule 7): up to the next comma, "then" or sentence end. */
function conditionMask(ctx: Ctx): Uint8Array {
  const n = ctx.toks.length;
  const mask = new Uint8Array(n);
  let i = 0;
  while (i < n) {
    const t = w(ctx, i);
    const starts =
      t === 'if' ||
      t === 'unless' ||
      t === 'assuming' ||
      ((t === 'provided' || t === 'providing') && w(ctx, i + 1) === 'that') ||
      ((t === 'as' || t === 'so') && w(ctx, i + 1) === 'long' && w(ctx, i + 2) === 'as');
    if (!starts) {
      i++;
      continue;
    }
    let k = i + 1;
    while (k < n && !COND_STOP.has(w(ctx, k)) && !(w(ctx, k) === '-' && !ctx.toks[k]?.glued)) k++;
    for (let x = i; x < k; x++) mask[x] = 1;
    i = k;
  }
  return mask;
}

/** Builds the parsing context of a text for `published` (day number). */
export function makeCtx(toks: Token[], pub: number, options: WindowOptions = {}): Ctx {
  const table = options.fiscalYearStarts ? { ...FISCAL_YEAR_STARTS, ...options.fiscalYearStarts } : FISCAL_YEAR_STARTS;
  return { toks, pub, pubY: partsOf(pub).y, fiscalStart: (i) => fiscalStartMonth(toks, i, table) };
}

/**
 * The window a text implies, resolved against `pub` (a day number), and whether only conditional phrases
 * dated it (TIME-WINDOWS.md, rules 1–8).
 */
export function analyzeWindow(text: string, pub: number, options: WindowOptions = {}): WindowAnalysis {
  const ctx = makeCtx(tokenize(text), pub, options);
  const hits = scanPhrases(ctx);
  if (hits.length === 0) return { window: null, conditionalOnly: false };
  linkHits(ctx, hits);
  const mask = conditionMask(ctx);
  const plain: Array<[Hit, Range]> = [];
  const conditional: Array<[Hit, Range]> = [];
  for (const hit of hits) {
    const r = resolveHit(hit, pub);
    if (r) (mask[hit.i0] || mask[hit.i1 - 1] ? conditional : plain).push([hit, r]);
  }
  const use = plain.length > 0 ? plain : conditional;
  if (use.length === 0) return { window: null, conditionalOnly: false };
  let s = Number.POSITIVE_INFINITY;
  let e = Number.NEGATIVE_INFINITY;
  const phrases: string[] = [];
  for (const [hit, r] of use) {
    s = Math.min(s, r.s);
    e = Math.max(e, r.e);
    const from = ctx.toks[hit.i0] as Token;
    const to = ctx.toks[hit.i1 - 1] as Token;
    const phrase = text.slice(from.s, to.e);
    if (!phrases.includes(phrase)) phrases.push(phrase);
  }
  const isDefault = use.every(([hit]) => hit.spec.isDefault === true);
  return {
    window: { start: isoOf(s), end: isoOf(e), phrase: phrases.join('; '), isDefault },
    conditionalOnly: plain.length === 0,
  };
}

/**
 * The resolution window a sentence implies (TIME-WINDOWS.md): inclusive ISO dates, never starting before
 * `published`; `phrase` is the text that produced it; `isDefault` marks the + 90-day near-term default.
 * Returns null when no phrase bounds the outcome. Throws `IngestInputError` for a `published` that is not a
 * real YYYY-MM-DD date.
 */
export function findWindow(sentence: string, published: string, options: WindowOptions = {}): Window | null {
  const pub = parsePublished(published);
  if (typeof sentence !== 'string' || sentence.length === 0) return null;
  return analyzeWindow(sentence, pub, options).window;
}
