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
