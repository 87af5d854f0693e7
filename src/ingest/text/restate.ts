/**
 * Desk Notes that restate a claim (TIME-WINDOWS.md, "More on claims": only when the note asserts the same
 * outcome — the same event, the same direction — not merely the same handle or an overlapping window; a note
 * with a new dated call is a new claim). A note restates an earlier claim outside Tradecraft that is its
 * handle's or the desk's, makes the same dated call (the same window end, no figure of its own, no opposite
 * direction) and shares a content word or year.
 * Among candidates: the handle's own claims first, then the most shared words.
 */
import type { ClaimSpan, DraftClaim } from '../types.js';

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
  'fiscal',
  'year',
  'years',
  'quarter',
  'month',
  'months',
  'week',
  'weeks',
  'end',
  'half',
  'before',
  'after',
  'next',
]);

function words(text: string): Set<string> {
  const out = new Set<string>();
  let cur = '';
  const flush = (): void => {
    if (cur.length >= 3 && !STOP.has(cur)) out.add(/^[0-9]/.test(cur) ? cur : cur.replace(/s$/, '').slice(0, 6));
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

/** "$50B", "22%", "1.4": the figures a call names, years aside ("TSMC capex tops $50B" names a new outcome). */
function figures(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(/(?:^|[\s(~$€£<>])(\d+(?:[.,]\d+)?)(?![\d-])/g)) {
    const f = (m[1] as string).replace(',', '.');
    if (!/^(19|20)\d\d$/.test(f)) out.add(f);
  }
  return out;
}

const UP =
  /^(rise|rises|climb|climbs|gain|gains|up|higher|above|top|tops|exceed|exceeds|beat|beats|rebound|rebounds|recover|recovers|grow|grows|increase|increases|jump|jumps|surge|surges|double|doubles|over)$/;
const DOWN =
  /^(fall|falls|drop|drops|decline|declines|down|lower|below|under|shrink|shrinks|slump|slumps|miss|misses|halve|halves|halved|sub|cut|cuts|lose|loses)$/;

/** +1 for a call upward, -1 downward, 0 when the words say neither or both. */
function direction(text: string): number {
  let up = false;
  let down = false;
  for (const t of text.toLowerCase().split(/[^a-z]+/)) {
    if (UP.test(t)) up = true;
    else if (DOWN.test(t)) down = true;
  }
  return up === down ? 0 : up ? 1 : -1;
}

/** Whether a note's figures and direction leave room for the same outcome as `claim` (not a new call). */
function sameCall(note: DraftClaim, claim: DraftClaim): boolean {
  const theirs = figures(claim.text);
  for (const f of figures(note.text)) if (!theirs.has(f)) return false;
  return direction(note.text) * direction(claim.text) >= 0;
}

/** Index in `earlier` of the claim a Desk Note `note` restates, or -1 (rule above). */
export function findRestated(earlier: readonly ClaimSpan[], note: DraftClaim, deskNotes: string): number {
  const w = note.window;
  if (!w) return -1;
  const handle = note.sources[0];
  const noteWords = words(note.text);
  const noteYears = years(note.text);
  let best = -1;
  let bestScore = 0;
  earlier.forEach(({ claim }, i) => {
    if (claim.section === deskNotes || claim.kind !== 'CLAIM' || !claim.window) return;
    const own = handle !== undefined && claim.sources.includes(handle);
    if (!own && claim.sources.length > 0) return;
    if (claim.window.end !== w.end || !sameCall(note, claim)) return;
    const f = featuresOf(claim);
    let shared = 0;
    for (const x of f.words) if (noteWords.has(x)) shared++;
    for (const y of f.years) if (noteYears.has(y)) shared++;
    if (shared === 0) return;
    const score = (own ? 8 : 0) + shared;
    if (score > bestScore) {
      bestScore = score;
      best = i;
    }
  });
  return best;
}
