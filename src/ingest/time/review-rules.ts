/**
 * Rules from the review of the extractor against ordinary forecast text (issue 23, findings 9–16): each a general
 * reading of TIME-WINDOWS.md that a plain sentence had tripped, kept apart from the clause loop that calls it.
 */
import { w, type Ctx } from './period-core.js';
import { DETERMINERS, NOT_OBJECT } from './clause-words.js';
import { MONTHS } from './vocab.js';

// Words ending in "s" that are no present-tense verb after a noun ("its", "this") or only an auxiliary ("has").
const NOT_PRESENT_S = new Set(['its', 'this', 'his', 'has', 'was', 'is', 'does', 'whereas', 'hers', 'ours', 'theirs']);

/** A lower-case plain word that can stand in a noun phrase (no preposition, conjunction or determiner). */
function plainWord(ctx: Ctx, k: number): boolean {
  const t = w(ctx, k);
  return /^[a-z]{3,}$/.test(t) && ctx.toks[k]?.upper !== true && !NOT_OBJECT.has(t) && !DETERMINERS.has(t);
}

/** What a present-tense verb's object opens with: a determiner, a name, a figure. */
function objectAt(ctx: Ctx, k: number): boolean {
  return DETERMINERS.has(w(ctx, k)) || ctx.toks[k]?.upper === true || /^[0-9$€£]/.test(w(ctx, k));
}

/**
 * "Increased spending lifts GDP in 2027", "Expanded buybacks lift Apple's EPS in 2027": an "-ed" participle opening
 * its clause, then a noun and the clause's present-tense verb, is the subject's adjective, not the past ("Not
 * windows": a participle used as an adjective does not make the sentence past). Without that verb ("Raised prices in
 * January", a headline's elided subject) the word is still read as the past.
 */
export function participleOpensSubject(ctx: Ctx, i: number, a: number): boolean {
  const lead = w(ctx, a) === ',' || w(ctx, a) === ';' ? a + 1 : a;
  if (i !== lead || !w(ctx, i).endsWith('ed')) return false;
  for (let k = i + 2; k <= i + 4; k++) {
    if (!plainWord(ctx, k - 1) || !plainWord(ctx, k)) return false;
    const noun = w(ctx, k - 1);
    const t = w(ctx, k);
    // "spending lifts": a singular noun, then a verb's third person.
    if (!/s$/.test(noun) && /[^su]s$/.test(t) && !NOT_PRESENT_S.has(t)) return true;
    // "buybacks lift EPS": a plural noun, then a base form that takes an object.
    if (/[^s]s$/.test(noun) && !/(?:s|ed|ing|ly)$/.test(t) && objectAt(ctx, k + 1)) return true;
  }
  return false;
}

const POSSIBLE = new Set(['could', 'might', 'may', 'can']);
const CONDITION = new Set(['if', 'unless', 'whether', 'assuming', 'provided']);
const CLAUSE_END = new Set([',', ';', '.', ':', '?', '!']);

/** A possibility modal ("could", "might", lower-case "may") in tokens `a`…`b`. */
function possibleIn(ctx: Ctx, a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (POSSIBLE.has(w(ctx, k)) && ctx.toks[k]?.upper !== true) return true;
  return false;
}

/**
 * "A cut could come in April, but we expect June": the dates of a possibility that a later "but" clause, asserting
 * (no possibility, no condition) and dated by a phrase of its own, sets aside are a rejected alternative ("Not
 * windows"); the window is the asserted clause's. `hits` are in text order; returns the hits to leave out.
 */
export function rejectedPossibilities<H extends { i0: number; i1: number }>(ctx: Ctx, hits: readonly H[]): H[] {
  if (hits.length < 2) return [];
  // Most sentences have no "but" after their first date: one look for it before any clause is read.
  let but = false;
  for (let k = (hits[0] as H).i1; k < ctx.toks.length && !but; k++) but = w(ctx, k) === 'but';
  if (!but) return [];
  const out: H[] = [];
  for (const hit of hits) {
    let a = hit.i0;
    while (a > 0 && !CLAUSE_END.has(w(ctx, a - 1))) a--;
    if (!possibleIn(ctx, a, hit.i0)) continue;
    // The "but" that opens the asserted clause, before the sentence ends.
    let k = hit.i1;
    while (k < ctx.toks.length && w(ctx, k) !== 'but' && w(ctx, k) !== '.' && w(ctx, k) !== ';') k++;
    if (w(ctx, k) !== 'but') continue;
    let e = k + 1;
    while (e < ctx.toks.length && !CLAUSE_END.has(w(ctx, e))) e++;
    if (possibleIn(ctx, k + 1, e)) continue;
    let condition = false;
    for (let x = k + 1; x < e; x++) if (CONDITION.has(w(ctx, x))) condition = true;
    if (!condition && hits.some((h) => h.i0 > k && h.i0 < e)) out.push(hit);
  }
  return out;
}

/**
 * "The judge will sentence Bankman-Fried in April": a capitalised word closing a hyphenated name is part of the name,
 * not a past form before its date.
 */
export function hyphenatedNameEnd(ctx: Ctx, k: number): boolean {
  const tok = ctx.toks[k];
  return tok?.upper === true && tok.glued && w(ctx, k - 1) === '-' && ctx.toks[k - 1]?.glued === true && k >= 2;
}

const OWN = new Set(['its', 'their', 'his', 'her']);

/**
 * "up from the 2.2% it projected at its September meeting": the body's own meeting of a month, after a finite
 * expectation, dates when the expectation was held, as "expected in March" does.
 */
export function ownDatedMeeting(ctx: Ctx, k: number): boolean {
  return OWN.has(w(ctx, k)) && MONTHS.has(w(ctx, k + 1)) && w(ctx, k + 2) === 'meeting';
}
