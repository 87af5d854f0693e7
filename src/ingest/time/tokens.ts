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

/** Splits `text` into tokens in one left-to-right pass (TIME-WINDOWS.md: phrases are matched on these). */
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
    if (isWordChar(text, i)) {
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
    let t = raw.toLowerCase();
    if (raw.length === 1) t = PUNCT_NORMAL.get(raw) ?? t;
    else if (t.includes('’')) t = t.split('’').join("'");
    const first = raw.charCodeAt(0);
    const upper = first >= 65 && first <= 90;
    // "midyear", "yearend": a closed compound reads as its two words ("mid year", "year end").
    const cut = CLOSED_COMPOUNDS.get(t);
    if (cut !== undefined) {
      out.push({
        t: t.slice(0, cut),
        raw: raw.slice(0, cut),
        s: start,
        e: start + cut,
        glued: start === lastEnd,
        upper,
      });
      out.push({ t: t.slice(cut), raw: raw.slice(cut), s: start + cut, e: i, glued: true, upper: false });
      lastEnd = i;
      continue;
    }
    out.push({ t, raw, s: start, e: i, glued: start === lastEnd, upper });
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
