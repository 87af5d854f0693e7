/**
 * A linear tokenizer for time-phrase matching (TIME-WINDOWS.md, "Rules"): words, numbers, `@handles`,
 * apostrophe years (`'26`) and single punctuation marks. No regular expressions over the whole text,
 * so adversarial input costs one pass.
 */

/** One token: `t` is the lower-cased normal form ("–", "—" become "-", "’" becomes "'"); `s`..`e` are offsets into the scanned string. */
export interface Token {
  t: string;
  raw: string;
  s: number;
  e: number;
  /** No whitespace between this token and the previous one. */
  glued: boolean;
  /** The raw token starts with an upper-case letter. */
  upper: boolean;
  /** The {@link WordClass}es its word `t` belongs to, looked up once here so that rules test them without a lookup. */
  classes: WordClasses;
}

/** One bit per {@link WordClass}: a rule's test of a token is a bit test, where a `Set` would hash the word again. */
export type WordClasses = Readonly<Int32Array>;

/** Room for 512 classes, so a word's bits are allocated once when it first joins a class. */
const CLASS_SLOTS = 16;
const NO_CLASSES: WordClasses = new Int32Array(CLASS_SLOTS);
const LEXICON = new Map<string, Int32Array>();
let classCount = 0;

/** The classes of token `i` of `toks`; past either end those of '', the word `w` reads there. */
export function classesAt(toks: readonly Token[], i: number): WordClasses {
  return i >= 0 && i < toks.length ? (toks[i] as Token).classes : classesOf('');
}

/** The word's own bits, made when it first joins a class (or is made a token by a rule). */
function lexiconEntry(word: string): Int32Array {
  let classes = LEXICON.get(word);
  if (!classes) LEXICON.set(word, (classes = new Int32Array(CLASS_SLOTS)));
  return classes;
}

/** The classes of a lower-cased word (none for a word no class lists). */
export function classesOf(word: string): WordClasses {
  return LEXICON.get(word) ?? NO_CLASSES;
}

/**
 * A fixed set of lower-cased words that rules test tokens against. As a `Set` it looks a word up; `at(toks, i)` and
 * `in(classes)` read the bit a token carries instead.
 */
class WordClass extends Set<string> {
  private readonly slot: number;
  private readonly bit: number;

  constructor(words: Iterable<string>) {
    super(words);
    if (classCount >= CLASS_SLOTS * 32) throw new Error('too many word classes');
    this.slot = classCount >> 5;
    this.bit = 1 << (classCount & 31);
    classCount++;
    for (const word of this) {
      const classes = lexiconEntry(word);
      classes[this.slot] = (classes[this.slot] as number) | this.bit;
    }
  }

  /** Whether token `i` of `toks` is a word of the class. */
  at(toks: readonly Token[], i: number): boolean {
    return this.in(classesAt(toks, i));
  }

  /** Whether a word with these classes is in the class. */
  in(classes: WordClasses): boolean {
    return ((classes[this.slot] as number) & this.bit) !== 0;
  }
}

/** The {@link WordClass} of `words`. */
export function wordSet(words: Iterable<string>): WordClass {
  return new WordClass(words);
}

/**
 * A token made by a rule rather than read from text ("next" in "this year and next"). It holds its word's own
 * bits, so a class built after the token (a module loaded later) still reaches it.
 */
export function wordToken(t: string): Token {
  return { t, raw: t, s: 0, e: 0, glued: false, upper: false, classes: lexiconEntry(t) };
}

/** A word longer than this is cut into glued pieces: no lookup ever hashes an unbounded string. */
const MAX_TOKEN_LENGTH = 64;

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

const LETTER = /\p{L}/u;

function isLetter(ch: string, c: number): boolean {
  if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return true;
  return c > 127 && LETTER.test(ch);
}

function isWordChar(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false;
  const c = text.charCodeAt(i);
  return isDigit(c) || isLetter(text[i] as string, c);
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 160 || c === 0x2009 || c === 0x202f;
}

const PUNCT_NORMAL = new Map<string, string>([
  ['–', '-'],
  ['—', '-'],
  ['‒', '-'],
  ['―', '-'],
  ['‐', '-'],
  ['‑', '-'],
  ['−', '-'],
  ['’', "'"],
  ['‘', "'"],
  ['“', '"'],
  ['”', '"'],
]);

const CLOSED_COMPOUNDS = new Map<string, number>([
  ['midyear', 3],
  ['midmonth', 3],
  ['midcentury', 3],
  ['yearend', 4],
]);
/** The closed compounds as a class: a token's bits say whether to look its cut up. */
const CLOSED_COMPOUND = wordSet(CLOSED_COMPOUNDS.keys());

/** Scale words of an amount ("9.6 billion"), for the rules that read a level written out in words. */
export const SCALE_WORDS = wordSet(['thousand', 'million', 'billion', 'trillion']);

/**
 * "won" after an amount ("3 trillion won", "500 won") is the currency, never the past of "win"; a year before it
 * ("which in 2025 won the title") is no amount, nor is "Korean" ("a Korean won the marathon").
 */
function currencyWon(prev: Token | undefined): boolean {
  if (prev === undefined) return false;
  const p = prev.t;
  const year = p.length === 4 && (p.startsWith('19') || p.startsWith('20'));
  return SCALE_WORDS.has(p) || (isDigit(p.charCodeAt(p.length - 1)) && !year);
}

/** Splits `text` into tokens in one left-to-right pass (TIME-WINDOWS.md: phrases are matched on these). */
const isLetterCode = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/** The normal form of a web address's token: no word, so no rule reads it as a date, a month or a name. */
export const URL_TOKEN = '<url>';

/**
 * The end of a web address starting at `i` ("https://…", "http://…", "www.…", not inside a word), before the space
 * that ends it and any stop, comma or bracket that closes the sentence around it; 0 when none.
 */
function urlEnd(text: string, i: number): number {
  const c = text.charCodeAt(i) | 32; // lower case
  // Most words start with neither letter, or are no address: test the next letters before anything else.
  if (c === 104) {
    if ((text.charCodeAt(i + 1) | 32) !== 116 || (text.charCodeAt(i + 2) | 32) !== 116) return 0; // "tt"
    if ((text.charCodeAt(i + 3) | 32) !== 112) return 0; // "p"
    const s = (text.charCodeAt(i + 4) | 32) === 115 ? i + 5 : i + 4; // "s"
    if (text[s] !== ':' || text[s + 1] !== '/' || text[s + 2] !== '/') return 0;
  } else if (c === 119) {
    if ((text.charCodeAt(i + 1) | 32) !== 119 || (text.charCodeAt(i + 2) | 32) !== 119 || text[i + 3] !== '.') return 0;
  } else return 0;
  if (i > 0 && (isWordChar(text, i - 1) || text[i - 1] === '.' || text[i - 1] === '/')) return 0;
  let k = i + 4;
  while (k < text.length && !isSpace(text.charCodeAt(k))) k++;
  while (k > i + 4 && '.,;:!?)]}"\'’”>'.includes(text[k - 1] as string)) k--;
  return k;
}

/**
 * The end (after its last stop) of an initialism starting at `i`: two or more single letters, each followed by a
 * full stop ("U.S.", "U.K.", "e.g.", "p.m."), not inside a word; 0 when none. Constant work per call.
 */
function initialismEnd(text: string, i: number): number {
  if (i > 0 && (isWordChar(text, i - 1) || text[i - 1] === '.')) return 0;
  let k = i;
  while (k + 1 < text.length && isLetterCode(text.charCodeAt(k)) && text[k + 1] === '.' && k - i < 16) k += 2;
  if (k - i < 4) return 0;
  // "U.S.A.", "U.S.Steel" both end after a stop; a letter glued after a single stop ("U.Sx") is no initialism.
  return k;
}

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  const n = text.length;
  let i = 0;
  let lastEnd = -1;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      i++;
      continue;
    }
    const start = i;
    const ch = text[i] as string;
    const initials = initialismEnd(text, i);
    const url = urlEnd(text, i);
    if (url > 0) {
      // A web address is one token with no word of its own, so the dates in its path ("/2026/dec/07/") bound nothing.
      i = url;
    } else if (initials > 0) {
      // "U.S.", "U.K.", "p.m.": an initialism is one word, so its stops end no clause ("in the U.S. by six months").
      i = initials;
    } else if (isWordChar(text, i)) {
      i++;
      while (i < n && i - start < MAX_TOKEN_LENGTH) {
        if (isWordChar(text, i)) {
          i++;
          continue;
        }
        const cc = text[i] as string;
        const prevDigit = isDigit(text.charCodeAt(i - 1));
        const nextDigit = i + 1 < n && isDigit(text.charCodeAt(i + 1));
        if ((cc === '.' || cc === ',') && prevDigit && nextDigit) {
          i++;
          continue;
        }
        if (
          (cc === "'" || cc === '’') &&
          isWordChar(text, i + 1) &&
          !(nextDigit && i + 2 < n && isDigit(text.charCodeAt(i + 2)))
        ) {
          i++;
          continue;
        }
        break;
      }
    } else if (
      (ch === "'" || ch === '’') &&
      i + 2 < n &&
      isDigit(text.charCodeAt(i + 1)) &&
      isDigit(text.charCodeAt(i + 2))
    ) {
      i += 3;
      if (i < n && text[i] === 's') i++;
      if (isWordChar(text, i)) {
        i = start + 1; // not an apostrophe year: emit the apostrophe alone
      }
    } else if (ch === '@' && i + 1 < n && isWordChar(text, i + 1) && !isWordChar(text, i - 1)) {
      i++;
      while (i < n && (isWordChar(text, i) || text[i] === '_')) i++;
    } else {
      i += ch.length === 1 && c >= 0xd800 && c <= 0xdbff ? 2 : 1;
    }
    const raw = text.slice(start, i);
    let t = url > 0 ? URL_TOKEN : initials > 0 ? raw.slice(0, -1).toLowerCase() : raw.toLowerCase();
    if (raw.length === 1) t = PUNCT_NORMAL.get(raw) ?? t;
    else if (t.includes('’')) t = t.split('’').join("'");
    const first = raw.charCodeAt(0);
    const upper = first >= 65 && first <= 90;
    // "midyear", "yearend": a closed compound reads as its two words ("mid year", "year end").
    const classes = classesOf(t);
    const cut = CLOSED_COMPOUND.in(classes) ? CLOSED_COMPOUNDS.get(t) : undefined;
    if (cut !== undefined) {
      const head = t.slice(0, cut);
      const rest = t.slice(cut);
      out.push({
        t: head,
        raw: raw.slice(0, cut),
        s: start,
        e: start + cut,
        glued: start === lastEnd,
        upper,
        classes: classesOf(head),
      });
      out.push({
        t: rest,
        raw: raw.slice(cut),
        s: start + cut,
        e: i,
        glued: true,
        upper: false,
        classes: classesOf(rest),
      });
      lastEnd = i;
      continue;
    }
    if (t === 'won' && currencyWon(out[out.length - 1])) {
      out.push({ t: 'krw', raw, s: start, e: i, glued: start === lastEnd, upper, classes: classesOf('krw') });
    } else out.push({ t, raw, s: start, e: i, glued: start === lastEnd, upper, classes });
    lastEnd = i;
  }
  return out;
}

/**
 * An adverb in "-ly" that may stand between an auxiliary and its participle ("is overwhelmingly supported"): a
 * lower-case word, so no name ("Italy") or month ("July"), and none of the nouns and verbs spelt so ("supply").
 */
export function lyAdverb(tok: Token | undefined): boolean {
  if (tok === undefined || tok.upper) return false;
  const t = tok.t;
  return (
    t.length > 4 && t.charCodeAt(t.length - 1) === 121 && t.charCodeAt(t.length - 2) === 108 && !LY_NOT_ADVERB.has(t)
  );
}
const LY_NOT_ADVERB = new Set([
  ...['supply', 'assembly', 'family', 'rally', 'reply', 'apply', 'comply', 'multiply', 'monopoly', 'anomaly'],
  ...['rely', 'imply', 'butterfly', 'italy', 'july', 'ally'],
]);
