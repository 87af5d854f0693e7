/**
 * HTML character references in an issue pasted from a page's source ("&mdash;", "&amp;", "&#8212;"): decoded
 * before the issue is read, so labels, bullets and sentence ends look as they do in the browser. Spans still
 * point into the text as given.
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
  shy: '',
  zwj: '',
  zwnj: '',
  thinsp: ' ',
  ensp: ' ',
  emsp: ' ',
};

const REFERENCE = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z]{2,8}));/g;

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

/** Decodes character references in one linear pass. */
export function decodeEntities(source: string): Decoded {
  const decodedEnds: number[] = [];
  const originalEnds: number[] = [];
  if (!source.includes('&')) return { text: source, decodedEnds, originalEnds };
  const parts: string[] = [];
  let length = 0;
  let last = 0;
  REFERENCE.lastIndex = 0;
  for (let m = REFERENCE.exec(source); m; m = REFERENCE.exec(source)) {
    const out = decodeOne(m[1], m[2], m[3]);
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
