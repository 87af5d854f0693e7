/**
 * Sentence splitting with offsets (TIME-WINDOWS.md, "What counts as a claim": outside Tradecraft a claim's
 * text is its sentence). A sentence ends at `.`, `!` or `?` (plus closing quotes / brackets) before a capital,
 * digit, quote or the end, unless the word before is an abbreviation ("vs.", "U.S.", "Jan.").
 */

import { MAX_SENTENCE_LENGTH } from './limits.js';
import { DETERMINERS, NAME_PREPOSITIONS } from '../time/clause-words.js';
import { ASSERTING_HEDGES, BELIEVING, MODALS } from '../time/modal-words.js';

// Titles before a name ("Rep. Mike Levin introduced …", "Sen. Lee", "Gov. Newsom"): abbreviations only when
// capitalised, as a title is; "in Q3 rev. We expect …" ends its sentence.
const TITLES = new Set([
  'rep',
  'reps',
  'sen',
  'sens',
  'gov',
  'gen',
  'lt',
  'col',
  'sgt',
  'capt',
  'prof',
  'pres',
  'rev',
  'hon',
  'amb',
]);

const ABBREVIATIONS = new Set([
  'vs',
  'e.g',
  'i.e',
  'etc',
  'mr',
  'mrs',
  'ms',
  'dr',
  'st',
  'inc',
  'corp',
  'co',
  'ltd',
  'jr',
  'sr',
  'no',
  'approx',
  'est',
  'fig',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'u.s',
  'u.k',
  'e.u',
  'a.m',
  'p.m',
  'gov',
  'sen',
  'rep',
]);

const CLOSERS = '"\'”’)]*';

/** A footnote's reference mark: "[1]", "[^1]" or superscript digits ("¹²"). */
const FOOTNOTE_MARK = /^(?:\[\^?\d{1,3}\]|[¹²³⁰⁴⁵⁶⁷⁸⁹]{1,3})/;

function isUpperOrDigit(c: number): boolean {
  return (
    (c >= 65 && c <= 90) ||
    (c >= 48 && c <= 57) ||
    c === 34 ||
    c === 0x201c ||
    c === 40 ||
    c === 64 ||
    c === 42 ||
    c === 0x2018 ||
    // "… not investment advice. © 2026 Pipeline Pulse.": a copyright line opens a sentence of its own.
    c === 0xa9
  );
}

function rawWordBefore(text: string, i: number): string {
  let k = i;
  while (k > 0 && text[k - 1] !== ' ' && i - k < 12) k--;
  return text.slice(k, i).replace(/^[("'“‘]+/, '');
}

function wordBefore(text: string, i: number): string {
  return rawWordBefore(text, i).toLowerCase();
}

/** Whether the word before the full stop at `i` is an abbreviation ("vs.", "Jan.", a capitalised title "Rep."). */
function abbreviationBefore(text: string, i: number): boolean {
  const raw = rawWordBefore(text, i);
  const word = raw.toLowerCase();
  return ABBREVIATIONS.has(word) || (TITLES.has(word) && /^[A-Z]/.test(raw));
}

/**
 * Where the sentence ends if the `.`, `!` or `?` at `i` ends one (the index after its closing quotes and
 * brackets), or -1: it must be followed by a space and a capital, digit or quote, or by the end, and a full
 * stop must not close an abbreviation ("vs.", "Jan.") or an initial.
 */
export function sentenceEndAfter(text: string, i: number, lowerStarts = false): number {
  const ch = text[i];
  if (ch !== '.' && ch !== '!' && ch !== '?') return -1;
  const n = text.length;
  let k = i + 1;
  while (k < n && (text[k] === '.' || CLOSERS.includes(text[k] as string))) k++;
  // "… close on 17 June.[1] We expect …": a footnote marker after the stop belongs to the sentence it ends.
  const mark = FOOTNOTE_MARK.exec(text.slice(k, k + 7));
  if (mark) k += mark[0].length;
  // "were down 3% in March.Prices rebound …": a paste that lost its space still ends the sentence before a
  // capitalised word, after a lower-case word that is no abbreviation ("U.S.Steel", "St.Louis" stay), or after a
  // year or a percentage ("fell below 15% in 2025.It stays …"; a decimal has a digit after its point).
  if (
    k === i + 1 &&
    ch === '.' &&
    /([a-z]{2}|[0-9]{4}|%)$/.test(text.slice(Math.max(0, i - 4), i)) &&
    /^[A-Z][a-z]/.test(text.slice(k, k + 2))
  )
    return abbreviationBefore(text, i) ? -1 : k;
  if (k < n && text[k] !== ' ') return -1;
  let m = k;
  while (m < n && text[m] === ' ') m++;
  // An automatic caption writes its sentences in lower case ("… in 2026. do you buy it?"): in a caption's turn a
  // stop after a lower-case word of two letters or more ("don't.") or a figure ends the sentence before a lower-case
  // word too.
  const lowerNext =
    lowerStarts && /[a-z]/.test(text[m] ?? '') && /(?:[a-z]{2}|'[a-z]|[0-9])$/.test(text.slice(i - 2, i));
  if (m < n && !isUpperOrDigit(text.charCodeAt(m)) && !lowerNext) return -1;
  if (ch === '.') {
    const word = wordBefore(text, i);
    if (abbreviationBefore(text, i) || (word.length === 1 && /[a-z]/.test(word))) return -1;
  }
  return k;
}

const EMOJI_RUN = /^\p{Extended_Pictographic}[\p{Extended_Pictographic}\uFE0F\u200D]*/u;

/**
 * Where the sentence ends if the space at `i` opens an emoji that ends one ("… from July 7 to July 10 🚀 Adobe had
 * …", a phone's note that ends its sentences with an emoji), or -1: the emoji (a run of them) must be followed by a
 * space and a capital, so an emoji inside a sentence ("Walmart 💙 its deals week …") stays there.
 */
function emojiEndAfter(text: string, i: number): number {
  // Emoji lie above the letters and punctuation of running text; the cheap test spares every other space a regex.
  if (text.charCodeAt(i + 1) < 0x2100) return -1;
  const run = EMOJI_RUN.exec(text.slice(i + 1, i + 17));
  if (!run) return -1;
  const k = i + 1 + run[0].length;
  return text[k] === ' ' && /[A-Z]/.test(text[k + 1] ?? '') && !opensClause(text, i) ? k : -1;
}

/** Words after which a clause cannot end: a preposition, a determiner, a subject, a modal or a verb awaiting its object. */
const CLAUSE_OPEN = new Set<string>([
  ...DETERMINERS,
  ...NAME_PREPOSITIONS,
  ...MODALS,
  ...ASSERTING_HEDGES,
  ...BELIEVING,
  ...['of', 'by', 'with', 'into', 'over', 'about', 'than', 'and', 'or', 'but', 'is', 'are', 'be'],
  ...['see', 'sees', 'forecast', 'forecasts', 'predict', 'predicts', 'reckon', 'bets', 'like', 'likes'],
  ...['we', 'i', 'they', 'he', 'she', 'you'],
]);

/** Whether the word ending before the space at `i` leaves its clause open ("We expect 📈 Nvidia to beat …"). */
function opensClause(text: string, i: number): boolean {
  let a = i;
  while (a > 0 && /[A-Za-z']/.test(text[a - 1] as string)) a--;
  return a < i && CLAUSE_OPEN.has(text.slice(a, i).toLowerCase());
}

/** Adds the sentence `[a, b)` of `text` to `out`, trimmed of spaces. */
function pushSentence(out: Array<[number, number]>, text: string, a: number, b: number): void {
  let s = a;
  let e = b;
  while (s < e && text[s] === ' ') s++;
  while (e > s && text[e - 1] === ' ') e--;
  // A run-on "sentence" is read in pieces of bounded size (at a space where there is one).
  while (e - s > MAX_SENTENCE_LENGTH) {
    let cut = text.lastIndexOf(' ', s + MAX_SENTENCE_LENGTH);
    if (cut <= s) cut = s + MAX_SENTENCE_LENGTH;
    out.push([s, cut]);
    s = cut;
    while (s < e && text[s] === ' ') s++;
  }
  if (e > s) out.push([s, e]);
}

/**
 * Splits `text` into sentence ranges `[start, end)` (trimmed), in one pass. `extraBreaks` adds break characters (";"
 * for Desk Notes); `lowerStarts` reads a caption's turn, whose sentences may open in lower case.
 */
export function splitSentences(text: string, extraBreaks = '', lowerStarts = false): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const n = text.length;
  let start = 0;
  for (let i = 0; i < n; i++) {
    const ch = text[i] as string;
    if (extraBreaks.includes(ch)) {
      pushSentence(out, text, start, i);
      start = i + 1;
      continue;
    }
    const k = ch === ' ' ? emojiEndAfter(text, i) : sentenceEndAfter(text, i, lowerStarts);
    if (k < 0) continue;
    pushSentence(out, text, start, k);
    start = k;
    i = k - 1;
  }
  pushSentence(out, text, start, n);
  return out;
}
