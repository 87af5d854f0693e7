/**
 * Desk Notes that restate a claim (TIME-WINDOWS.md, "More on claims": only when the note asserts the same
 * outcome — the same event, the same direction — not merely the same handle or an overlapping window; a note
 * with a new dated call is a new claim). A note restates an earlier claim outside Tradecraft that is its
 * handle's or the desk's, makes the same dated call (the same date or the same one at a coarser grain, no figure
 * of its own, no opposite direction, no name the claim's item lacks, no "too" / "also" beside a new outcome),
 * shares a content word, a figure or a year with the clause that holds the claim's date (outcome.ts) and, for a
 * desk claim, a content word with its item (a year alone does not say what happens).
 * Among candidates: the handle's own claims first, then the same window end, then the most shared words.
 */
import type { DraftClaim } from '../types.js';
import { MONTHS } from '../time/vocab.js';
import {
  addsCall,
  addsDatedClause,
  datedClauses,
  figuresOf,
  nameSet,
  namesAgree,
  namesIn,
  otherSubject,
  sameCall,
  spellingsOf,
  type Spellings,
} from './outcome.js';

/** An earlier claim and the text of the item it came from (its title and neighbouring sentences). */
export interface Earlier {
  claim: DraftClaim;
  context: string;
  /** The end of each time phrase of the claim's window, when it has several (the hull's parts); read on demand. */
  phraseEnds?: () => readonly string[];
}

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

const LETTER = /\p{L}/u;

function addWord(out: Set<string>, cur: string): void {
  // Month names say when, not what: the windows are compared already ("by May" is no shared outcome).
  if (cur.length < 3 || STOP.has(cur) || MONTHS.get(cur) !== undefined) return;
  if (isDigitAt(cur, 0)) out.add(cur);
  else out.add((cur.endsWith('s') ? cur.slice(0, -1) : cur).slice(0, 6));
}

function words(text: string): Set<string> {
  const out = new Set<string>();
  // Each word is sliced out whole (no string grown a letter at a time); a letter outside ASCII is read as a whole
  // code point, as the pattern for letters expects.
  const lower = text.toLowerCase();
  let start = -1;
  for (let i = 0; i < lower.length;) {
    const c = lower.charCodeAt(i);
    let len = 1;
    let letter = (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
    if (!letter && c > 0x7f) {
      const lo = lower.charCodeAt(i + 1);
      if (c >= 0xd800 && c <= 0xdbff && lo >= 0xdc00 && lo <= 0xdfff) len = 2;
      letter = LETTER.test(lower.slice(i, i + len));
    }
    if (letter) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      addWord(out, lower.slice(start, i));
      start = -1;
    }
    i += len;
  }
  if (start >= 0) addWord(out, lower.slice(start));
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
/** What a claim's item says, each part read once and only when asked (claims of one item share it). */
class ItemText {
  private names?: Set<string>;
  private wordSet?: Set<string>;
  private spelled?: Spellings;
  constructor(private readonly context: string) {}
  get nameSet(): Set<string> {
    return (this.names ??= nameSet(this.context));
  }
  get words(): Set<string> {
    return (this.wordSet ??= words(this.context));
  }
  get spellings(): Spellings {
    return (this.spelled ??= spellingsOf(this.context));
  }
}

const items = new WeakMap<Earlier, ItemText>();

/** The names, content words and acronym spellings of a claim's item. */
function itemOf(e: Earlier): ItemText {
  let f = items.get(e);
  if (!f) {
    f = new ItemText(e.context);
    items.set(e, f);
  }
  return f;
}

function featuresOf(claim: DraftClaim): { words: Set<string>; years: Set<string> } {
  let f = cache.get(claim);
  if (!f) {
    const dated = datedClauses(claim);
    f = { words: words(dated), years: years(dated) };
    cache.set(claim, f);
  }
  return f;
}

/** The content words of a claim's clauses that hold none of its dates. */
function undatedWords(claim: DraftClaim): Set<string> {
  const dated = featuresOf(claim).words;
  const out = new Set<string>();
  for (const x of words(claim.text)) if (!dated.has(x)) out.add(x);
  return out;
}

/** Whether the two share a word that is not a number or a year. */
function sharesWord(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  for (const x of a) if (b.has(x) && !isDigitAt(x, 0)) return true;
  return false;
}

const DAY_MS = 86_400_000;

/**
 * Whether a note's window end names the claim's date at a coarser grain: the same end, the same month ("by
 * December" for "by Dec 1", "in October" for "October 22–23") or a few days apart ("before August" for "before
 * August 2").
 */
function sameEnd(note: string, claim: string): boolean {
  if (note === claim || note.slice(0, 7) === claim.slice(0, 7)) return true;
  return Math.abs(Date.parse(note) - Date.parse(claim)) <= 7 * DAY_MS;
}

/** Whether every phrase of a draft's window reads as a period in itself (not a deadline from publication). */
function periodOnly(c: DraftClaim): boolean {
  const detail = c.windowRule?.kind === 'phrase' ? c.windowRule.detail : '';
  return detail.length > 0 && detail.split('; ').every((d) => d.includes('the period itself'));
}

/**
 * "Cobre Panamá restart not before 2027" for "restarts in H1 2027 at the earliest": a period that holds the
 * claim's whole period names it at a coarser grain. Deadlines are left out: a later deadline ("by June" for
 * "by May 10") is a new call.
 */
function coarserPeriod(note: DraftClaim, claim: DraftClaim): boolean {
  const a = note.window;
  const b = claim.window;
  return !!a && !!b && a.start <= b.start && b.end <= a.end && periodOnly(note) && periodOnly(claim);
}

/** The words, years and figures of a text, each kind in a map of its own. */
interface Keys {
  words: ReadonlySet<string>;
  years: ReadonlySet<string>;
  figures: ReadonlySet<string>;
}

type Postings = [Map<string, number[]>, Map<string, number[]>, Map<string, number[]>];

function post(map: Map<string, number[]>, key: string, i: number): void {
  const list = map.get(key);
  if (!list) map.set(key, [i]);
  else if (list[list.length - 1] !== i) list.push(i);
}

/**
 * The most earlier claims one Desk Note is compared with, the first in the issue: far more than an issue holds of
 * one handle's (or the desk's) claims sharing a word with the note, and the bound that keeps a long paste linear.
 */
export const MAX_RESTATE_CANDIDATES = 200;

/**
 * The claims a Desk Note may restate, indexed by who made them (the note's handle or the desk) and by the words,
 * years and figures a match needs, so a note is compared only with the claims that could match it.
 */
export class RestateIndex {
  private readonly earlier: Earlier[] = [];
  /** Per group (a handle, or '' for the desk): words, years, figures → indices into `earlier`, ascending. */
  private readonly groups = new Map<string, Postings>();
  /** Per group, the claims added since a note of that group last asked, indexed only then. */
  private readonly unindexed = new Map<string, number[]>();
  private last: Earlier | undefined;

  constructor(private readonly deskNotes: string) {}

  /** Adds the next claim of the issue (every draft, in order, so that indices are the drafts' own). */
  add(e: Earlier): void {
    const i = this.earlier.length;
    this.earlier.push(e);
    // Claims of one item share its text: it is read once (an item may hold many claims).
    const prev = this.last;
    this.last = e;
    if (prev && prev.context === e.context) items.set(e, itemOf(prev));
    const claim = e.claim;
    if (claim.section === this.deskNotes || claim.kind !== 'CLAIM' || !claim.window) return;
    // Most handles write no Desk Note: a claim's words are read only when a note of its group asks for them.
    for (const g of claim.sources.length === 0 ? [''] : new Set(claim.sources)) {
      const pending = this.unindexed.get(g);
      if (pending) pending.push(i);
      else this.unindexed.set(g, [i]);
    }
  }

  /** The postings of group `g`, with the claims added to it since they were last read. */
  private postings(g: string): Postings | undefined {
    const pending = this.unindexed.get(g);
    if (!pending) return this.groups.get(g);
    this.unindexed.delete(g);
    let p = this.groups.get(g);
    if (!p) {
      p = [new Map(), new Map(), new Map()];
      this.groups.set(g, p);
    }
    for (const i of pending) {
      const e = this.earlier[i] as Earlier;
      const f = featuresOf(e.claim);
      // A handle's claim may be matched by a word of its item alone ("Thunder back-to-back" for "OKC wins the title");
      // a desk claim always shares a word, year or figure of its dated clause, so its item need not be read here.
      const itemWords = e.claim.sources.length > 0 ? itemOf(e).words : new Set<string>();
      for (const w of f.words) post(p[0], w, i);
      for (const w of itemWords) post(p[0], w, i);
      for (const y of f.years) post(p[1], y, i);
      for (const x of figuresOf(e.claim)) post(p[2], x, i);
    }
    return p;
  }

  /** Index of the earlier claim a Desk Note restates, or -1 (rule above). */
  find(note: DraftClaim): number {
    if (!note.window || addsCall(note.text) || addsDatedClause(note)) return -1;
    const handle = note.sources[0];
    const keys: Keys = { words: words(note.text), years: years(note.text), figures: figuresOf(note) };
    // The first candidates of each posting list, then the first of all of them, compared in issue order (among
    // equal matches the first claim of the call wins, as it would against every claim).
    const seen = new Set<number>();
    for (const g of handle === undefined ? [''] : [handle, '']) {
      const p = this.postings(g);
      if (!p) continue;
      const kinds = [keys.words, keys.years, keys.figures];
      kinds.forEach((set, k) => {
        for (const key of set) {
          const list = p[k]?.get(key);
          if (!list) continue;
          for (let j = 0; j < list.length && j < MAX_RESTATE_CANDIDATES; j++) seen.add(list[j] as number);
        }
      });
    }
    const first = [...seen].sort((a, b) => a - b).slice(0, MAX_RESTATE_CANDIDATES);
    return restatedAmong(this.earlier, first, note, keys, this.deskNotes);
  }
}

/** The best of the candidates `among` (indices into `earlier`, ascending), or -1; `keys` are the note's, read by {@link RestateIndex.find}. */
function restatedAmong(
  earlier: readonly Earlier[],
  among: readonly number[],
  note: DraftClaim,
  keys: Keys,
  deskNotes: string,
): number {
  const w = note.window;
  if (!w) return -1;
  const handle = note.sources[0];
  const noteWords = keys.words;
  const noteYears = keys.years;
  let best = -1;
  let bestScore = 0;
  // Names inside the note's own time phrase ("before New Year's Day", "by Christmas Eve") say when, not what.
  const when = nameSet(w.phrase);
  const noteNames = namesIn(note.text).filter((n) => !when.has(n));
  const noteFigures = keys.figures;
  for (const i of among) {
    const e = earlier[i] as Earlier;
    const claim = e.claim;
    if (claim.section === deskNotes || claim.kind !== 'CLAIM' || !claim.window) continue;
    const own = handle !== undefined && claim.sources.includes(handle);
    if (!own && claim.sources.length > 0) continue;
    const exactEnd = sameEnd(w.end, claim.window.end) || coarserPeriod(note, claim);
    if (!exactEnd && !e.phraseEnds) continue;
    if (!sameCall(note, claim)) continue;
    const item = itemOf(e);
    if (!namesAgree(noteNames, item.nameSet, item.spellings)) continue;
    if (otherSubject(note.text, claim.text, item.nameSet)) continue;
    // Echoing the desk's claim (not the handle's own) takes a word of what happens, not only the year.
    if (!own && !sharesWord(noteWords, item.words)) continue;
    const f = featuresOf(claim);
    let shared = 0;
    for (const x of f.words) if (noteWords.has(x)) shared++;
    for (const y of f.years) if (noteYears.has(y)) shared++;
    // A figure both name ("euro at 1.30" for "EUR/USD reaches 1.30") is a shared outcome.
    for (const x of figuresOf(claim)) if (noteFigures.has(x)) shared++;
    // The handle's own claim may be worded from its item ("Thunder back-to-back" for "OKC wins the title" under
    // "The Thunder are -140 to repeat"): the names already agree, so a word of the item will do.
    // A word found only in the claim's undated clause ("…; Meta still refuses to sign the code") means the note
    // dates that other outcome, which the claim does not.
    if (shared === 0 && own && !sharesWord(noteWords, undatedWords(claim)) && sharesWord(noteWords, item.words))
      shared = 1;
    if (shared === 0) continue;
    // The handle's own claim comes first only when the note says what happens in it: a year alone ("sector growth
    // not positive until H2 2027" beside the handle's "prices flat in 2027") does not outrank the claim it echoes.
    let onlyYears = true;
    for (const x of f.words) if (noteWords.has(x) && !isDigitAt(x, 0)) onlyYears = false;
    for (const x of figuresOf(claim)) if (noteFigures.has(x) && !/^20[0-9]{2}$/.test(x)) onlyYears = false;
    if (onlyYears && sharesWord(noteWords, item.words)) onlyYears = false;
    // "La Niña by early August" restates "… develop by early August and persist through the winter": the note
    // may date one part of the claim's hull (its phrases are read only for a candidate that passes the rest).
    if (!exactEnd && !(e.phraseEnds?.() ?? []).some((x) => sameEnd(w.end, x))) continue;
    if (claim.window.end === w.end) shared += 2;
    const score = (own && !onlyYears ? 8 : 0) + shared;
    if (score > bestScore) {
      bestScore = score;
      best = i;
    }
  }
  return best;
}
