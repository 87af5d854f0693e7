/**
 * RFC 4180 CSV, written by hand: a field is quoted when it holds a comma, quote or line break,
 * quotes doubled; records end with CRLF. (csv-stringify did the same at a quarter of the speed,
 * which alone kept the export under 100,000 rows/s; see the issue note.)
 */
const NEEDS_QUOTES = /[",\r\n]/;

/**
 * A text cell a spreadsheet would run as a formula (OWASP "CSV injection": a leading `=`, `+`, `-`,
 * `@`, tab or carriage return) is written behind a `'`. Cells that already start with `'` before
 * such a character get one more, so the import can strip exactly one and read back the same text.
 * Numbers are written as numbers: only strings are ever prefixed.
 */
const FORMULA_START = /^'*[=+\-@\t\r]/;

/** First characters worth a closer look (the export's hot loop skips the rest without a regex). */
const RISKY_FIRST = new Set([..."'=+-@\t\r"].map((c) => c.charCodeAt(0)));

/** The text a neutralised cell stood for: exactly one `'` taken off where the export put one. */
export function unneutraliseCell(cell: string): string {
  return cell.startsWith("'") && FORMULA_START.test(cell) ? cell.slice(1) : cell;
}

export function csvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return String(value);
  const text = RISKY_FIRST.has(value.charCodeAt(0)) && FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(values: readonly (string | number | null | undefined)[]): string {
  let line = '';
  for (let i = 0; i < values.length; i++) line += (i ? ',' : '') + csvField(values[i]);
  return `${line}\r\n`;
}
