/** RFC 5545 helpers: TEXT escaping, 75-octet line folding, date and timestamp forms. */

/** TEXT values (RFC 5545 3.3.11): backslash, semicolon, comma and newlines are escaped. */
export function icsText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/**
 * Folds a content line (RFC 5545 3.1): no line longer than 75 octets, continuation lines start
 * with one space; never splits a UTF-8 sequence. Lines end with CRLF.
 */
export function foldLine(line: string): string {
  if (Buffer.byteLength(line, 'utf8') <= 75) return `${line}\r\n`;
  let out = '';
  let current = '';
  let bytes = 0;
  let limit = 75;
  for (const ch of line) {
    const size = Buffer.byteLength(ch, 'utf8');
    if (bytes + size > limit) {
      out += `${current}\r\n`;
      current = ' ';
      bytes = 1;
      limit = 75;
    }
    current += ch;
    bytes += size;
  }
  return `${out}${current}\r\n`;
}

/** YYYY-MM-DD -> YYYYMMDD (a DATE value). */
export const icsDate = (isoDate: string) => isoDate.replace(/-/g, '');

/** An ISO timestamp -> YYYYMMDDTHHMMSSZ (a UTC DATE-TIME value). */
export const icsTimestamp = (iso: string) => `${new Date(iso).toISOString().replace(/[-:]/g, '').slice(0, 15)}Z`;
