/**
 * List markers of an issue's bullets (TIME-WINDOWS.md, "What counts as a claim": each bullet is an item with its
 * own sources): dashes and dots, numbers, letters, and pointing or check-mark symbols.
 */

// Pointing and check-mark symbols used as list markers ("👉 Pricing — …"); other emoji decorate headings.
const MARKERS = ['👉', '➡️', '➡', '→', '▶️', '▶', '►', '➤', '✅', '✔️', '✔', '🔹', '🔸', '◆', '◦', '‣', '●', '○'];

const EMOJI_BEFORE_HANDLE = /^\p{Extended_Pictographic}\uFE0F?[ \t]+@/u;

/** Offset (within `line`) after a bullet marker (`-`, `--`, `*`, `+`, `•`, `–`, `—`, `~`, `»`, `1.`, `1)`, `(1)`, `o`, `👉`, `✅` …) and its space, or -1. */
export function bulletBody(line: string, from: number): number {
  for (const mark of MARKERS) {
    if (line.charCodeAt(from) < 0x2190) break;
    if (!line.startsWith(mark, from)) continue;
    let k = from + mark.length;
    if (line[k] !== ' ' && line[k] !== '\t') return -1;
    while (line[k] === ' ' || line[k] === '\t') k++;
    return k;
  }
  // "🗒️ @macleaks: M6 MacBook Pro in late October": any emoji before a handle marks an item, since a heading an emoji
  // decorates never opens with a handle.
  if (line.charCodeAt(from) >= 0x2190) {
    const m = EMOJI_BEFORE_HANDLE.exec(line.slice(from, from + 16));
    if (m) return from + m[0].length - 1;
  }
  const c = line[from];
  if (
    (c === '-' ||
      c === '*' ||
      c === '+' ||
      c === '•' ||
      c === '–' ||
      c === '—' ||
      c === '·' ||
      c === '▪' ||
      c === '~' ||
      c === '»') &&
    (line[from + 1] === ' ' || line[from + 1] === '\t')
  ) {
    if (c === '*' && line[from + 1] !== ' ') return -1;
    let k = from + 1;
    while (line[k] === ' ' || line[k] === '\t') k++;
    return k;
  }
  // "-- @handle: note": a plain-text mail's double hyphen, standing for a dash, marks an item as a single one does
  // ("-- " alone on a line is the signature delimiter, read before any line is classified).
  if (c === '-' && line[from + 1] === '-' && line[from + 2] === ' ' && from + 3 < line.trimEnd().length) {
    let k = from + 3;
    while (line[k] === ' ' || line[k] === '\t') k++;
    return k;
  }
  // A mis-formatted bullet without its space ("*Edwards: …", "-Vertex: …", "•Amgen …"): a marker glued to a
  // capital; a "*" that closes again on the line is emphasis ("*Note*"), not a marker.
  if (
    (c === '-' || c === '*' || c === '•' || c === '+') &&
    /[A-Z]/.test(line[from + 1] ?? '') &&
    (c !== '*' || !line.includes('*', from + 1))
  )
    return from + 1;
  // A word processor's outline bullet pasted as text: a lone "o" before a tab, or before a capital or a handle.
  if (c === 'o' && (line[from + 1] === '\t' || (line[from + 1] === ' ' && /[A-Z@]/.test(line[from + 2] ?? '')))) {
    let k = from + 1;
    while (line[k] === ' ' || line[k] === '\t') k++;
    return k;
  }
  // Numbered items: "1. ", "2) ", and "(3) " as lettered items take their brackets.
  const paren = c === '(' ? 1 : 0;
  let k = from + paren;
  while (k < line.length && k - from - paren < 2 && line.charCodeAt(k) >= 48 && line.charCodeAt(k) <= 57) k++;
  if (k > from + paren && (line[k] === ')' || (line[k] === '.' && !paren)) && line[k + 1] === ' ') return k + 2;
  // Lettered items: "a. ", "b) ", "(c) " (lower case only: "A. Smith" is an initial).
  const open = line[from] === '(' ? 1 : 0;
  const letter = line.charCodeAt(from + open);
  const close = line[from + open + 1];
  if (letter >= 97 && letter <= 122 && (close === ')' || (close === '.' && !open)) && line[from + open + 2] === ' ')
    return from + open + 3;
  return -1;
}

/**
 * "Pennsylvania -- the legislature legalizes …", "Banking — will SAFER pass?": a line that opens with a short
 * capitalised title and a spaced dash, as a bullet's title stands before its body. Offset `from` is the line's
 * first non-blank character.
 */
export function dashTitled(line: string, from: number): boolean {
  const m = /^([A-Z][A-Za-z'&.]*(?: [A-Za-z'&.]+){0,2}) (?:--|—|–) \S/.exec(line.slice(from, from + 48));
  return m !== null;
}
