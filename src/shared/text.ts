/**
 * Text the ledger can seal and store exactly as given (DESIGN.md, "The ledger", item 4). Both
 * engines must hand back the very string that was hashed: a lone UTF-16 surrogate comes back from
 * SQLite as U+FFFD, and PostgreSQL refuses NUL outright; other C0 and C1 control characters are
 * refused too, since no text a person writes holds them. Tab and line breaks (LF, and CR only as
 * part of CRLF, as pasted from Windows) are text.
 */

/** Why `text` cannot be stored exactly as it would be sealed, or null when it can. */
export function unsafeTextReason(text: string): string | null {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        i++;
        continue;
      }
      return `contains a lone UTF-16 surrogate (\\u${c.toString(16)}) at character ${i}`;
    }
    if (c >= 0xdc00 && c <= 0xdfff) return `contains a lone UTF-16 surrogate (\\u${c.toString(16)}) at character ${i}`;
    if (c === 0) return `contains a NUL character at character ${i}`;
    if (c === 0x09 || c === 0x0a) continue;
    if (c === 0x0d && text.charCodeAt(i + 1) === 0x0a) continue;
    if (c < 0x20 || (c >= 0x7f && c <= 0x9f))
      return `contains the control character U+${c.toString(16).toUpperCase().padStart(4, '0')} at character ${i}`;
  }
  return null;
}

/** Where in a JSON value (its keys too) there is text that cannot be stored exactly, and why; null if nowhere. */
export function findUnsafeText(
  value: unknown,
  reasonOf: (text: string) => string | null = unsafeTextReason,
  path = '',
): { path: string; reason: string } | null {
  if (typeof value === 'string') {
    const reason = reasonOf(value);
    return reason ? { path: path || 'text', reason } : null;
  }
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = findUnsafeText(value[i], reasonOf, `${path}[${i}]`);
      if (found) return found;
    }
    return null;
  }
  if (value !== null && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      const name = path ? `${path}.${key}` : key;
      const reason = reasonOf(key);
      if (reason) return { path: name, reason: `(the name) ${reason}` };
      const found = findUnsafeText(v, reasonOf, name);
      if (found) return found;
    }
  }
  return null;
}

// One for test() (not global: it keeps no state), one for replace().
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const LONE_SURROGATES = new RegExp(LONE_SURROGATE.source, 'g');

/**
 * Whether `stored` is `text` as a UTF-8 database hands it back: each lone surrogate of `text` read
 * back as U+FFFD (PostgreSQL, whose driver encodes it so), or as three (SQLite, which is given the
 * surrogate's own three bytes and reads each back as invalid).
 */
export function isStoredForm(text: string, stored: string): boolean {
  if (text === stored || !LONE_SURROGATE.test(text)) return false;
  return (
    stored === text.replace(LONE_SURROGATES, '\uFFFD') || stored === text.replace(LONE_SURROGATES, '\uFFFD'.repeat(3))
  );
}

/**
 * Why `text` would not come back from the database as it was sealed, or null: a lone surrogate
 * (read back as U+FFFD) or NUL (refused by PostgreSQL). Other control characters are stored
 * exactly, so an event sealed with them can be imported and verified as it is.
 */
export function unstorableTextReason(text: string): string | null {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) return `contains a NUL character at character ${i}`;
    if (c < 0xd800 || c > 0xdfff) continue;
    const next = text.charCodeAt(i + 1);
    if (c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) i++;
    else return `contains a lone UTF-16 surrogate (\\u${c.toString(16)}) at character ${i}`;
  }
  return null;
}

/**
 * A quick look at JSON text as JSON.stringify writes it: lone surrogates and NUL are always written
 * as `\u` escapes, so JSON text without one holds neither (a surrogate pair is written as it is),
 * and only the rare payload needs `findUnsafeText` on its parsed value.
 */
export function jsonMayHoldUnstorableText(json: string): boolean {
  return json.includes('\\u');
}
