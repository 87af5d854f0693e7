/**
 * Recognises the lines of an issue in the house format (TIME-WINDOWS.md, "What counts as a claim"): section
 * headings (plain, markdown, **bold**, emoji, ALL CAPS), Tradecraft labels in any style (`BULL`, `**BULL:**`,
 * `Bull —`, `🐂 BULL`), callout labels ("IMPORTANT"), bullets, markdown table rows and a label glued to the end
 * of a line.
 */
import type { ClaimKind } from '../types.js';
import { bulletBody } from './bullets.js';

/** What a line is. Offsets (`bodyStart`) are absolute positions in the original text. */
export type LineKind =
  | { type: 'blank' }
  | { type: 'heading'; name: string }
  | { type: 'label'; kind: Exclude<ClaimKind, 'CLAIM'>; bodyStart: number }
  | { type: 'callout' }
  | { type: 'bullet'; bodyStart: number }
  | { type: 'text'; bodyStart: number };

const CANONICAL = new Map<string, string>([
  ['thesignal', 'The Signal'],
  ['signal', 'The Signal'],
  ['whatsmoving', "What's Moving"],
  ['crosscurrents', 'Crosscurrents'],
  ['tradecraft', 'Tradecraft'],
  ['desknotes', 'Desk Notes'],
  ['desknote', 'Desk Notes'],
  ['fromthedesk', 'Desk Notes'],
]);

const CALLOUTS = new Set([
  'important',
  'note',
  'key',
  'takeaway',
  'key takeaway',
  'bottom line',
  'why it matters',
  'the take',
  'context',
  'update',
  'breaking',
  'alert',
  'tl;dr',
  'tldr',
  'nb',
  'fyi',
  'must read',
  'big picture',
  'signal',
  'noise',
]);

const SMALL_WORDS = new Set(['of', 'the', 'and', 'on', 'in', 'to', 'a', 'for', '&', 'at', 'from', 'vs', 'vs.', 'with']);

function isLetterCode(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** Letters-only lower-case key of a heading ("What’s Moving" → "whatsmoving"). */
function keyOf(name: string): string {
  let k = '';
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (!isLetterCode(c)) continue;
    // Every line of an issue is asked whether it is a heading: a key longer than any heading's is none.
    if (k.length === LONGEST_KEY) return '';
    k += String.fromCharCode(c <= 90 ? c + 32 : c);
  }
  return k;
}
const LONGEST_KEY = Math.max(...[...CANONICAL.keys()].map((key) => key.length));

/** The canonical house section name for a heading text, or null (TIME-WINDOWS.md sections; DraftClaim.section). */
export function canonicalSection(name: string): string | null {
  return CANONICAL.get(keyOf(name)) ?? null;
}

/** Strips markdown and emoji decoration around a heading: "## 📈 **What’s Moving:**" → "What’s Moving". */
export function stripDecoration(line: string): string {
  let a = 0;
  let b = line.length;
  while (a < b) {
    const c = line.charCodeAt(a);
    if (isLetterCode(c) || (c >= 48 && c <= 57) || c === 64 || c === 39 || c === 34 || c === 0x2019 || c === 0x201c)
      break;
    a++;
  }
  while (b > a) {
    const c = line.charCodeAt(b - 1);
    if (isLetterCode(c) || (c >= 48 && c <= 57) || c === 41 || c === 0x2019 || c === 39) break;
    b--;
  }
  return line.slice(a, b).trim();
}

/** "4) POLL", "b. CORRECTIONS": a numbered or lettered line that is only an ALL-CAPS name heads a section. */
function numberedHeading(line: string, bullet: number): string | null {
  const mark = line[bullet - 2];
  if (mark !== ')' && mark !== '.') return null;
  const name = stripDecoration(line.slice(bullet));
  return name.length > 0 && name.length <= 30 && isAllCaps(name) ? name : null;
}

function labelAt(line: string, from: number): { kind: Exclude<ClaimKind, 'CLAIM'>; body: number } | null {
  let k = from;
  while (k < line.length && !isLetterCode(line.charCodeAt(k))) {
    const c = line.charCodeAt(k);
    if ((c >= 48 && c <= 57) || c === 64 || c === 40 || c === 34) return null;
    k++;
  }
  const start = k;
  while (k < line.length && isLetterCode(line.charCodeAt(k))) k++;
  const word = line.slice(start, k);
  const kind = word.toUpperCase();
  if (kind !== 'BULL' && kind !== 'BEAR' && kind !== 'WATCH') return null;
  const caps = word === kind;
  if (line.slice(k, k + 5).toLowerCase() === ' case') k += 5;
  while (line[k] === '*' || line[k] === '_') k++;
  let p = k;
  while (line[p] === ' ' || line[p] === '\t') p++;
  if (p >= line.length) return { kind, body: line.length };
  const c = line[p] as string;
  // Separators after the label: "BULL:", "Bull —", "BULL |", "[BULL]", "BULL >>", and the full-width colon and bar of
  // a paste from a CJK keyboard ("BULL：").
  if (':—–-.|]>»：｜'.includes(c)) {
    p++;
    while ('*_ \t->»'.includes(line[p] ?? 'x')) p++;
    return { kind, body: p };
  }
  if (caps && p > k) return { kind, body: p };
  return null;
}

/**
 * "10/12 WATCH: …": a thread's post counter ("n/m", n at most m) opening the line is the post's number, so a label
 * after it is read as it would be at the line's start. Returns where the post's text starts, or `a`.
 */
function postCounterEnd(line: string, a: number): number {
  const m = /^([0-9]{1,2})\/([0-9]{1,2}) +/.exec(line.slice(a, a + 8));
  return m && Number(m[1]) >= 1 && Number(m[1]) <= Number(m[2]) ? a + m[0].length : a;
}

function isAllCaps(s: string): boolean {
  let letters = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 97 && c <= 122) return false;
    if (c >= 65 && c <= 90) letters++;
  }
  return letters >= 2;
}

function looksLikeTitle(name: string): boolean {
  const words = name.split(' ').filter((x) => x.length > 0);
  if (words.length === 0 || words.length > 6 || name.length > 48) return false;
  const last = name[name.length - 1] as string;
  if ('.,;!?'.includes(last)) return false;
  return words.every(
    (x) =>
      SMALL_WORDS.has(x.toLowerCase()) ||
      !isLetterCode(x.charCodeAt(0)) ||
      (x.charCodeAt(0) >= 65 && x.charCodeAt(0) <= 90),
  );
}

const PICTOGRAPH = /^\p{Extended_Pictographic}/u;

/** "🔋 3 things", "💬 Our take": a short line led by an emoji (not a list marker) and ending without punctuation. */
function emojiTitle(line: string, name: string): boolean {
  if (!PICTOGRAPH.test(line) || name.length > 40 || '.,;:!?'.includes(name[name.length - 1] as string)) return false;
  return name.split(' ').filter((x) => x.length > 0).length <= 5;
}

/**
 * A forum post's byline ("▲ 212 · u/tips_and_tricks · 5h", "r/Bonds · Posted by u/ladder_larry · 6h"): short fields
 * joined by middle dots, one of them a user's name ("u/…"), and no stop at the end. It separates posts and says
 * nothing, so no sentence runs on from it into the post.
 */
export function forumByline(trimmed: string): boolean {
  const fields = trimmed.split(/\s[·•]\s/);
  if (fields.length < 2 || /[.!?]$/.test(trimmed)) return false;
  return fields.every((f) => f.split(' ').length <= 4) && fields.some((f) => /(?:^|\s)u\/[A-Za-z0-9_-]{2,}/.test(f));
}

// "Read more: https://…", "Continue reading →", "Full story »": a feed's link to the article, no text of the snippet.
const LINK_LINE =
  /^(?:read more|read the full (?:story|article)|continue reading|full (?:story|article)|more)\b[\s:»›→>.-]*(?:https?:\/\/\S+|www\.\S+)?$/i;

/** A line that only links elsewhere: a "Read more" link (with or without its address) or a bare web address. */
export function linkLine(trimmed: string): boolean {
  if (trimmed.length > 600 || !'rRcCfFmMhHwW'.includes(trimmed[0] ?? ' ')) return false;
  return LINK_LINE.test(trimmed) || /^(?:https?:\/\/|www\.)\S+$/i.test(trimmed);
}

/**
 * Classifies one line (without its line break) starting at absolute offset `base`. `afterBreak` says whether
 * the previous line ended a paragraph, which an unknown plain heading requires.
 */
export function classifyLine(line: string, base: number, afterBreak: boolean): LineKind {
  let a = 0;
  while (a < line.length && (line[a] === ' ' || line[a] === '\t' || line[a] === '>')) a++;
  if (a >= line.length) return { type: 'blank' };
  const trimmed = line.slice(a).trimEnd();
  // A markdown table: each row is an item of its own (a listing row is then no claim); the rule row separates.
  if (trimmed.startsWith('|'))
    return /^[|:\s-]+$/.test(trimmed) ? { type: 'blank' } : { type: 'bullet', bodyStart: base + a + 1 };
  // A rule or a setext underline ("==========" under "THE SIGNAL", "---") separates; it says nothing.
  if (/^(?:={3,}|-{3,}|_{3,}|\*{3,})$/.test(trimmed)) return { type: 'blank' };
  if (forumByline(trimmed)) return { type: 'blank' };
  const markdown = trimmed.startsWith('#');
  const bold =
    (trimmed.startsWith('**') && (trimmed.endsWith('**') || trimmed.endsWith('**:'))) ||
    (trimmed.startsWith('__') && trimmed.endsWith('__'));
  const bullet = bulletBody(line, a);
  const label = labelAt(line, bullet >= 0 ? bullet : postCounterEnd(line, a));
  if (label) return { type: 'label', kind: label.kind, bodyStart: base + label.body };
  const name = stripDecoration(trimmed);
  const canonical = canonicalSection(name);
  if (canonical && name.length <= 24) return { type: 'heading', name: canonical };
  if (isAllCaps(name) && CALLOUTS.has(name.toLowerCase()) && name.length <= 20) return { type: 'callout' };
  if (name.length > 0 && bullet < 0 && (markdown || (bold && !trimmed.slice(2, -2).includes('**'))))
    return { type: 'heading', name };
  const numbered = bullet >= 0 ? numberedHeading(line, bullet) : null;
  if (numbered) return { type: 'heading', name: numbered };
  if (bullet >= 0) return { type: 'bullet', bodyStart: base + bullet };
  if (
    afterBreak &&
    name.length > 0 &&
    name[0] !== '@' &&
    (looksLikeTitle(name) || (isAllCaps(name) && name.length <= 30) || emojiTitle(trimmed, name))
  )
    return { type: 'heading', name };
  return { type: 'text', bodyStart: base + a };
}

/**
 * A label glued to the end of a line, as in the sample's `…rationed."IMPORTANT`: returns the offset (within the
 * line) where the glued tail starts, or -1. The tail must follow closing punctuation and be ALL CAPS, a house
 * section name or a Tradecraft label.
 */
export function gluedTail(line: string): number {
  const end = line.trimEnd().length;
  let k = end;
  while (k > 0 && end - k < 32) {
    const c = line.charCodeAt(k - 1);
    if (isLetterCode(c) || c === 32 || c === 39 || c === 0x2019) k--;
    else break;
  }
  while (k < end && line[k] === ' ') k++;
  if (k <= 0 || k >= end || !isLetterCode(line.charCodeAt(k))) return -1;
  const before = line[k - 1] as string;
  if (!'.!?"”)\''.includes(before) && before !== '’') return -1;
  const tail = line.slice(k, end);
  const ok = isAllCaps(tail) || canonicalSection(tail) !== null;
  if (!ok) return -1;
  const head = line.slice(0, k).trim();
  return head.length >= 20 ? k : -1;
}

/**
 * "the signal: Global Dairy Trade prices fell …": a line that opens with a house section name and a colon, then its
 * text, heads that section inline. Returns where the text starts, or -1. Only a whole name counts ("Signal:" alone is
 * a callout), and only at the start of the line, undecorated or in markdown emphasis.
 */
export function inlineHeading(line: string): number {
  const colon = line.indexOf(':');
  if (colon < 0 || colon > 40) return -1;
  const name = line.slice(0, colon).replace(/[*_#]/g, '').trim();
  const key = keyOf(name);
  if (key === 'signal' || !CANONICAL.has(key) || !/^[A-Za-z’' ]+$/.test(name)) return -1;
  let body = colon + 1;
  while (line[body] === ' ' || line[body] === '*' || line[body] === '_' || line[body] === '\t') body++;
  return body < line.trimEnd().length ? body : -1;
}
