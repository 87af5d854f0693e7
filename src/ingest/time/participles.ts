/**
 * When a word that looks like a past verb is not one (TIME-WINDOWS.md, "Not windows": a participle used as an
 * adjective does not make the sentence past), for the clause loop's past-tense check.
 */
import { w, type Ctx } from './period-core.js';
import { DETERMINERS, NOT_OBJECT } from './clause-words.js';
import { NUMBER_WORDS } from './vocab.js';

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

// Words that follow a verb rather than open a noun: "The FTSE 100 closed higher", "the S&P 500 rallied in June".
const AFTER_VERB = new Set(['higher', 'lower', 'up', 'down', 'flat', 'out', 'off', 'back', 'over', 'again']);

/**
 * "tops 2023's 450,000 idled workers", "its 12 closed stores": a participle between an owned count and its noun is an
 * adjective, as after a quantifier ("each closed store"), so it does not make the clause past. A year is no count
 * ("in 2023 closed …"), and a participle followed by an adverb or a preposition is still a verb.
 */
export function participleAfterCount(ctx: Ctx, i: number): boolean {
  const prev = w(ctx, i - 1);
  const count = /^[0-9][0-9,.]*$/.test(prev) || isCountWord(prev);
  if (!count || /^(1[89]|20)[0-9]{2}$/.test(prev)) return false;
  const next = w(ctx, i + 1);
  if (!/^[a-z]{3,}$/.test(next) || ctx.toks[i + 1]?.upper === true) return false;
  if (NOT_OBJECT.has(next) || DETERMINERS.has(next) || AFTER_VERB.has(next) || next.endsWith('ly')) return false;
  // A count owned by a determiner or a possessive ("2023's 450,000 idled workers", "its 12 closed stores"), or one
  // whose noun phrase is the subject of the clause's finite verb right after it ("At least one announced campus is
  // cancelled this year"): "16 announced closures this year" alone still counts what was announced.
  const owner = w(ctx, i - 2);
  if (DETERMINERS.has(owner) || owner.endsWith("'s")) return true;
  for (let k = i + 2; k <= i + 4; k++) {
    if (SUBJECT_VERBS.has(w(ctx, k))) return true;
    if (!plainWord(ctx, k)) return false;
  }
  return false;
}

// How a figure was measured, written after it ("240,000 annualized", "3% seasonally adjusted").
const MEASURED = new Set(['annualized', 'annualised', 'adjusted', 'unadjusted', 'compounded', 'weighted']);

/**
 * "Housing starts fall below 240,000 annualized in Q1 2027", "rise 0.3% seasonally adjusted in June": a participle
 * of measurement right after a figure (an "-ly" adverb may stand between) qualifies the figure, as an adjective does,
 * so the date after it is the outcome's, not the participle's; "The S&P 500 rallied in June" is still the past.
 */
export function measuredFigure(ctx: Ctx, i: number): boolean {
  if (!MEASURED.has(w(ctx, i))) return false;
  const k = /^[a-z]{3,}ly$/.test(w(ctx, i - 1)) ? i - 2 : i - 1;
  return /[0-9]/.test(w(ctx, k)) || w(ctx, k) === '%';
}

// A count in words: the vocabulary's number words, without the article that is also one of them.
const isCountWord = (word: string): boolean =>
  (NUMBER_WORDS.has(word) && word !== 'a' && word !== 'an') || word === 'dozen';
/** Finite verbs whose subject the noun phrase right before them is ("… campus is cancelled", "… stores will close"). */
const SUBJECT_VERBS = new Set(['is', 'are', 'will', 'would', 'could', 'can', 'may', 'might', 'should', 'must']);

/**
 * "The judge will sentence Bankman-Fried in April": a capitalised word closing a hyphenated name is part of the name,
 * not a past form before its date.
 */
export function hyphenatedNameEnd(ctx: Ctx, k: number): boolean {
  const tok = ctx.toks[k];
  return tok?.upper === true && tok.glued && w(ctx, k - 1) === '-' && ctx.toks[k - 1]?.glued === true && k >= 2;
}
