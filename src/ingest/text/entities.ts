/**
 * HTML character references in an issue pasted from a page's source ("&mdash;", "&amp;", "&#8212;"): decoded
 * before the issue is read, so labels, bullets and sentence ends look as they do in the browser. In a paste that
 * is markup (block tags such as <p>, <li>, <h2>), the tags are read as the browser lays them out: a block tag is
 * a line break, a list item is a "- " item, an inline tag (<em>, <strong>, <a …>) is nothing. Spans still point
 * into the text as given.
 */

const NAMED: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  mdash: '—',
  ndash: '–',
  minus: '−',
  bull: '•',
  middot: '·',
  hellip: '…',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  laquo: '«',
  raquo: '»',
  deg: '°',
  euro: '€',
  pound: '£',
  yen: '¥',
  cent: '¢',
  times: '×',
  copy: '©',
  reg: '®',
  trade: '™',
  shy: '',
  zwj: '',
  zwnj: '',
  thinsp: ' ',
  ensp: ' ',
  emsp: ' ',
};

const REFERENCE = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z]{2,8}));/g;
// The same, or an HTML tag (its name in group 4), for a paste that is markup.
const REFERENCE_OR_TAG =
  /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z]{2,8}));|<\/?([a-zA-Z][a-zA-Z0-9]{0,9})(?:\s[^<>]{0,300})?\/?>/g;
// Two block tags make a paste markup: a lone "<b>" or "<3" in plain text stays as written.
const BLOCK_TAG = /<\/?(?:p|li|ul|ol|h[1-6]|div|br|tr|td|th|table|blockquote|section|article)(?:\s[^<>]{0,300})?\/?>/gi;
const BLOCK = new Set([
  'p',
  'div',
  'br',
  'ul',
  'ol',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'tr',
  'table',
  'blockquote',
  'section',
  'article',
  'header',
  'footer',
  'figure',
  'figcaption',
  'hr',
]);
const INLINE = new Set([
  'em',
  'strong',
  'b',
  'i',
  'u',
  'a',
  'span',
  'small',
  'sup',
  'sub',
  'mark',
  'font',
  'img',
  'time',
  'cite',
  'abbr',
]);

/** The text with its character references decoded, and where each reference ended in both texts. */
export interface Decoded {
  text: string;
  /** Per reference, in order: its end in the decoded text and in the original; empty when there were none. */
  decodedEnds: number[];
  originalEnds: number[];
}

function decodeOne(dec: string | undefined, hex: string | undefined, name: string | undefined): string | null {
  if (name !== undefined) return NAMED[name.toLowerCase()] ?? null;
  const code = dec !== undefined ? Number(dec) : parseInt(hex as string, 16);
  if (!Number.isFinite(code) || code <= 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return null;
  return String.fromCodePoint(code);
}

/** What a tag reads as in a markup paste: a block tag a line break, a list item a "- " item, an inline tag nothing. */
function tagText(tag: string, name: string): string | null {
  const lower = name.toLowerCase();
  if (lower === 'li') return tag[1] === '/' ? '\n' : '\n- ';
  if (lower === 'td' || lower === 'th') return ' ';
  if (BLOCK.has(lower)) return '\n';
  return INLINE.has(lower) ? '' : null;
}

/** Whether the paste is a page's markup: at least two block tags. */
function isMarkup(source: string): boolean {
  if (!source.includes('<')) return false;
  BLOCK_TAG.lastIndex = 0;
  return BLOCK_TAG.test(source) && BLOCK_TAG.test(source);
}

/** Decodes character references (and, in a markup paste, tags) in one linear pass. */
export function decodeEntities(source: string): Decoded {
  const decodedEnds: number[] = [];
  const originalEnds: number[] = [];
  const markup = isMarkup(source);
  if (!markup && !source.includes('&')) return { text: source, decodedEnds, originalEnds };
  const pattern = markup ? REFERENCE_OR_TAG : REFERENCE;
  const parts: string[] = [];
  let length = 0;
  let last = 0;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(source); m; m = pattern.exec(source)) {
    const out = m[4] !== undefined ? tagText(m[0], m[4]) : decodeOne(m[1], m[2], m[3]);
    if (out === null) continue;
    parts.push(source.slice(last, m.index), out);
    length += m.index - last + out.length;
    last = m.index + m[0].length;
    decodedEnds.push(length);
    originalEnds.push(last);
  }
  if (decodedEnds.length === 0) return { text: source, decodedEnds, originalEnds };
  parts.push(source.slice(last));
  return { text: parts.join(''), decodedEnds, originalEnds };
}

/** The original offset of decoded offset `i` (a span's start or exclusive end). */
export function originalOffset(d: Decoded, i: number): number {
  const ends = d.decodedEnds;
  let lo = 0;
  let hi = ends.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((ends[mid] as number) <= i) lo = mid + 1;
    else hi = mid;
  }
  if (lo === 0) return i;
  return (d.originalEnds[lo - 1] as number) + (i - (ends[lo - 1] as number));
}
