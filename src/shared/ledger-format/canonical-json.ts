/**
 * Canonical JSON (DESIGN.md "The ledger"): object keys sorted, no whitespace, `undefined`
 * members dropped. The same value always gives the same text, so the text can be hashed.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'number' && !Number.isFinite(value)) throw new Error('cannot hash a non-finite number');
    return JSON.stringify(value) ?? 'null';
  }
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? 'null' : canonicalJson(v))).join(',')}]`;
  const entries = Object.keys(value)
    .sort()
    .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
    .map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`);
  return `{${entries.join(',')}}`;
}

/**
 * Whether `text` is the canonical JSON of `parsed` (its JSON.parse): exactly
 * `canonicalJson(parsed) === text`. The import and verify hot paths ask this of every event, so
 * it is answered by one pass over the text (see scanCanonical) and falls back to rebuilding the
 * canonical text only for the rare texts that pass cannot decide.
 */
export function isCanonicalJson(text: string, parsed: unknown): boolean {
  const verdict = scanCanonical(text);
  return verdict === UNSURE ? canonicalJson(parsed) === text : verdict === CANONICAL;
}

/** isCanonicalJson for a text not parsed yet: it is parsed only when the one pass cannot decide (false when it is not JSON). */
export function isCanonicalJsonText(text: string): boolean {
  const verdict = scanCanonical(text);
  if (verdict !== UNSURE) return verdict === CANONICAL;
  try {
    return canonicalJson(JSON.parse(text)) === text;
  } catch {
    return false;
  }
}

const NOT_CANONICAL = 0;
const CANONICAL = 1;
const UNSURE = 2;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/**
 * One pass over a text that JSON.parse accepted. Canonical text is what JSON.stringify writes
 * for each scalar, with object keys in strictly increasing UTF-16 order (Array.prototype.sort's
 * order, so no duplicates) and no whitespace. JSON.stringify escapes only `"`, `\`, control
 * characters (\b \f \n \r \t, else \u00xx in lower case) and lone surrogates; it writes numbers
 * as String(number). Texts with surrogates or \u escapes outside the control range, or keys
 * with escapes, are left UNSURE: decoding decides those.
 */
function scanCanonical(text: string): typeof NOT_CANONICAL | typeof CANONICAL | typeof UNSURE {
  if (SURROGATE.test(text)) return UNSURE;
  const n = text.length;
  // Per open object: where its previous key's raw text starts and ends (-1: no key yet).
  const keyStart: number[] = [];
  const keyEnd: number[] = [];
  const inObject: boolean[] = [];
  let depth = 0;
  let expectKey = false;
  // String bodies are skipped with indexOf (native); only escapes are looked at one by one.
  let nextEscape = text.indexOf('\\');
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      const start = i + 1;
      let j = start;
      let escaped = false;
      for (;;) {
        const close = text.indexOf('"', j);
        if (nextEscape !== -1 && nextEscape < j) nextEscape = text.indexOf('\\', j);
        if (nextEscape === -1 || nextEscape > close) {
          j = close;
          break;
        }
        escaped = true;
        const e = text.charCodeAt(nextEscape + 1);
        if (e === 0x75 /* u */) {
          const code = lowerHex4(text, nextEscape + 2);
          if (code < 0) return code === -2 ? UNSURE : NOT_CANONICAL;
          if (code >= 0x20 || code === 0x08 || code === 0x09 || code === 0x0a || code === 0x0c || code === 0x0d)
            return NOT_CANONICAL;
          j = nextEscape + 6;
        } else {
          // \" \\ \b \f \n \r \t are how JSON.stringify writes those; \/ is not.
          if (e !== QUOTE && e !== BACKSLASH && e !== 0x62 && e !== 0x66 && e !== 0x6e && e !== 0x72 && e !== 0x74)
            return NOT_CANONICAL;
          j = nextEscape + 2;
        }
        nextEscape = text.indexOf('\\', j);
      }
      i = j + 1;
      if (expectKey) {
        const level = depth - 1;
        if (escaped) return UNSURE;
        const prev = keyStart[level]!;
        if (prev >= 0 && compareRaw(text, prev, keyEnd[level]!, start, j) >= 0) return NOT_CANONICAL;
        keyStart[level] = start;
        keyEnd[level] = j;
        expectKey = false;
      }
      continue;
    }
    switch (c) {
      case 0x7b: // {
        inObject[depth] = true;
        keyStart[depth] = -1;
        depth += 1;
        expectKey = true;
        i += 1;
        break;
      case 0x5b: // [
        inObject[depth] = false;
        depth += 1;
        i += 1;
        break;
      case 0x7d: // }
      case 0x5d: // ]
        depth -= 1;
        i += 1;
        break;
      case 0x2c: // ,
        expectKey = inObject[depth - 1] === true;
        i += 1;
        break;
      case 0x3a: // :
        i += 1;
        break;
      case 0x74: // true
      case 0x6e: // null
        i += 4;
        break;
      case 0x66: // false
        i += 5;
        break;
      default: {
        if (c !== 0x2d && (c < 0x30 || c > 0x39)) return NOT_CANONICAL; // whitespace
        let j = i + 1;
        while (j < n && isNumberChar(text.charCodeAt(j))) j += 1;
        const token = text.slice(i, j);
        if (String(Number(token)) !== token) return NOT_CANONICAL;
        i = j;
      }
    }
  }
  return CANONICAL;
}

const SURROGATE = /[\ud800-\udfff]/;

function isNumberChar(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || c === 0x2e || c === 0x65 || c === 0x45 || c === 0x2b || c === 0x2d;
}

/** The four hex digits at `at` as a number; -1 if any is upper case; -2 for a surrogate. */
function lowerHex4(text: string, at: number): number {
  let code = 0;
  for (let k = at; k < at + 4; k++) {
    const h = text.charCodeAt(k);
    if (h >= 0x30 && h <= 0x39) code = code * 16 + (h - 0x30);
    else if (h >= 0x61 && h <= 0x66) code = code * 16 + (h - 0x61 + 10);
    else return -1;
  }
  return code >= 0xd800 && code <= 0xdfff ? -2 : code;
}

/** Compares two unescaped slices of `text` by UTF-16 code units, as `<` compares strings. */
function compareRaw(text: string, aStart: number, aEnd: number, bStart: number, bEnd: number): number {
  const la = aEnd - aStart;
  const lb = bEnd - bStart;
  const common = la < lb ? la : lb;
  for (let k = 0; k < common; k++) {
    const d = text.charCodeAt(aStart + k) - text.charCodeAt(bStart + k);
    if (d !== 0) return d;
  }
  return la - lb;
}
