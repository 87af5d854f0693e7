/**
 * Desk Notes that restate a claim (TIME-WINDOWS.md, "What counts as a claim": "A Desk Note that restates a
 * claim made elsewhere in the issue is the same claim"). A note restates an earlier claim when that claim is
 * its handle's (the handle is among its sources) or the desk's, their windows overlap, and they share a dated
 * word, the window's end or a content word. Among candidates: the handle's own claims first, then claims
 * outside Tradecraft, then the most shared words.
 */
import type { ClaimSpan, DraftClaim } from './types.js';

const STOP = new Set([
  'the',
  'a',
  'an',
  'of',
  'to',
  'in',
  'on',
  'by',
  'and',
  'or',
  'as',
  'is',
  'are',
  'for',
  'with',
  'that',
  'this',
  'will',
  'be',
  'it',
  'its',
  'through',
  'until',
  'real',
]);

function words(text: string): Set<string> {
  const out = new Set<string>();
  let cur = '';
  const flush = (): void => {
    if (cur.length >= 3 && !STOP.has(cur)) out.add(/^[0-9]/.test(cur) ? cur : cur.slice(0, 6));
    cur = '';
  };
  for (const ch of text.toLowerCase()) {
    if ((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9')) cur += ch;
    else flush();
  }
  flush();
  return out;
}

function isDigitAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c >= 48 && c <= 57;
}

function years(text: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + 4 <= text.length; i++) {
    if (text[i] !== '2' || text[i + 1] !== '0' || !isDigitAt(text, i + 2) || !isDigitAt(text, i + 3)) continue;
    out.add(text.slice(i, i + 4));
    if (text[i + 4] === '-' && isDigitAt(text, i + 5) && isDigitAt(text, i + 6))
      out.add(`20${text.slice(i + 5, i + 7)}`);
  }
  return out;
}

const cache = new WeakMap<DraftClaim, { words: Set<string>; years: Set<string> }>();

function featuresOf(claim: DraftClaim): { words: Set<string>; years: Set<string> } {
  let f = cache.get(claim);
  if (!f) {
    f = { words: words(claim.text), years: years(claim.text) };
    cache.set(claim, f);
  }
  return f;
}

/** Index in `earlier` of the claim a Desk Note `note` restates, or -1 (rule above). */
export function findRestated(
  earlier: readonly ClaimSpan[],
  note: DraftClaim,
  tradecraft: string,
  deskNotes: string,
): number {
  const w = note.window;
  if (!w) return -1;
  const handle = note.sources[0];
  const noteWords = words(note.text);
  const noteYears = years(note.text);
  let best = -1;
  let bestScore = 0;
  earlier.forEach(({ claim }, i) => {
    if (claim.section === deskNotes || !claim.window) return;
    const own = handle !== undefined && claim.sources.includes(handle);
    if (!own && claim.sources.length > 0) return;
    if (claim.window.end < w.start || w.end < claim.window.start) return;
    const f = featuresOf(claim);
    let shared = 0;
    for (const x of f.words) if (noteWords.has(x)) shared++;
    let sharedYears = 0;
    for (const y of f.years) if (noteYears.has(y)) sharedYears++;
    const sameEnd = claim.window.end === w.end;
    if (!sameEnd && sharedYears === 0 && shared === 0) return;
    const score =
      (own ? 8 : 0) + (claim.section === tradecraft ? 0 : 4) + (sameEnd ? 2 : 0) + sharedYears + shared * 0.5;
    if (score > bestScore) {
      bestScore = score;
      best = i;
    }
  });
  return best;
}
