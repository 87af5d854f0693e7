/**
 * Whether a Desk Note asserts the same outcome as an earlier claim (TIME-WINDOWS.md, "More on claims": the same
 * event, the same direction — not merely the same handle or an overlapping window; a new dated call is a new
 * claim). The tests here only rule a pair out: a figure of the note's own, the opposite direction, a name the
 * claim's item never mentions (its initials and tickers count as mentions), or a word that marks an added call
 * ("too", "as well", "also" — but "also sees" only says the source shares a view).
 */
import type { DraftClaim } from '../types.js';
import { MONTHS } from '../time/vocab.js';

const SCALE = new Map<string, number>([
  ['k', 1e3],
  ['thousand', 1e3],
  ['m', 1e6],
  ['mn', 1e6],
  ['million', 1e6],
  ['b', 1e9],
  ['bn', 1e9],
  ['billion', 1e9],
  ['tn', 1e12],
  ['trillion', 1e12],
]);

/**
 * "$50B", "22%", "1.4": the figures a call names, years and periods ("1H27", "2Q26") aside ("TSMC capex tops
 * $50B" names a new outcome), as values, so "$16k" is "$16,000" and "$170bn" is "$170 billion" (a comma before
 * three digits groups thousands).
 */
export function figures(text: string): Set<string> {
  const out = new Set<string>();
  // "the No. 1 seed", "#2 pick": a rank, the same as "the top seed" for first place, and no amount.
  for (const m of text.matchAll(RANK)) out.add(`#${m[1] ?? '1'}`);
  // "a 20-year low", "a three-month high": a level named by its span is a figure of its own.
  for (const m of text.matchAll(SPAN_LEVEL))
    out.add(`${(m[1] as string).toLowerCase()}-${m[2] as string} ${m[3] as string}`);
  for (const m of text.matchAll(
    /(?:^|[\s(~$€£<>])(\d{1,3}(?:,\d{3}){1,6}|\d+(?:[.,]\d+)?)(?![\d-]|[hq]\d)(?:(\s?)(kt|mt|k|m|mn|b|bn|tn|thousand|million|billion|trillion|metres?|meters?)\b)?/gi,
  )) {
    const raw = m[1] as string;
    if (/^(19|20)\d\d$/.test(raw) || RANK_BEFORE.test(text.slice(Math.max(0, (m.index ?? 0) - 8), m.index ?? 0)))
      continue;
    const grouped = /^\d{1,3}(?:,\d{3})+$/.test(raw);
    const value = Number(grouped ? raw.split(',').join('') : raw.replace(',', '.'));
    if (!Number.isFinite(value)) continue;
    const unit = m[3] ?? '';
    // "2 m of snow", "1,500 m", "2 metres": a lower-case "m" set apart from its figure, with no currency sign, is
    // the metre ("$2m", "40m users" are millions).
    const currency = /^[$€£]/.test(m[0]);
    if (/^met(?:re|er)s?$/i.test(unit) || (unit === 'm' && m[2] === ' ' && !currency)) {
      out.add(`${value} m`);
      continue;
    }
    // "560kt", "1.5mt": thousand and million tonnes written after their figure, as "560,000 tonnes" is; so are the
    // SI symbols set apart ("110 Mt", "560 kt"), while a spaced "mt" may be metric tons.
    if (/^[km]t$/i.test(unit) && (m[2] === '' || unit === 'Mt' || unit === 'kt')) {
      out.add(String(value * (unit[0]?.toLowerCase() === 'k' ? 1e3 : 1e6)));
      continue;
    }
    const scale = unit ? (SCALE.get(unit.toLowerCase()) ?? 1) : 1;
    out.add(String(value * scale));
  }
  return out;
}

const SPAN_LEVEL = /\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten)-(year|month|week|day)\s+(high|low)s?\b/gi;
const RANK = /(?:\bno\.\s?|#|\bnumber\s)(\d{1,3})\b|\b(?:the|a|its|their|his|her)\s+top\s+(?=[a-z])/gi;
const RANK_BEFORE = /(?:\bno\.|\bnumber)\s?$/i;

/** A draft's text without its window's time phrases: the day in "by February 28" is a date, not a figure. */
function withoutPhrases(claim: DraftClaim): string {
  let text = claim.text;
  for (const raw of (claim.window?.phrase ?? '').split('; ')) {
    const p = raw.replace(/[.,;:!?]+$/, '').trim();
    const at = p.length > 0 ? text.indexOf(p) : -1;
    if (at >= 0) text = `${text.slice(0, at)} ${text.slice(at + p.length)}`;
  }
  return text;
}

const UP =
  /^(rise|rises|climb|climbs|gain|gains|up|higher|above|top|tops|exceed|exceeds|beat|beats|rebound|rebounds|recover|recovers|grow|grows|increase|increases|jump|jumps|surge|surges|double|doubles|over|raise|raises|hike|hikes)$/;
const DOWN =
  /^(fall|falls|drop|drops|decline|declines|down|lower|below|under|shrink|shrinks|slump|slumps|miss|misses|halve|halves|halved|sub|cut|cuts|lose|loses)$/;

// "RBA on hold", "the Fed holds", "rates unchanged": no move, a direction of its own.
const HOLD = /^(hold|holds|pause|pauses|unchanged)$/;

/** +1 for a call upward, -1 downward, 2 for no move, 0 when the words say none or more than one of these. */
function direction(text: string): number {
  let up = false;
  let down = false;
  let hold = false;
  for (const t of text.toLowerCase().split(/[^a-z]+/)) {
    if (UP.test(t)) up = true;
    else if (DOWN.test(t)) down = true;
    else if (HOLD.test(t)) hold = true;
  }
  if (Number(up) + Number(down) + Number(hold) !== 1) return 0;
  return up ? 1 : down ? -1 : 2;
}

// Right after a negation, words that do not deny the outcome: a time trigger ("not before 2027", "no later than
// June" say when it happens), a bound ("no more than 3%"), an aside ("not only", "no doubt").
const AFTER_NEGATION = new Set([
  ...['before', 'until', 'till', 'later', 'earlier', 'sooner', 'only', 'just', 'more', 'less', 'fewer', 'longer'],
  ...['matter', 'doubt', 'least', 'surprise'],
]);
// Later in the clause, the time triggers of a negated verb ("won't ship before 2028", "not … until May").
const LATER_TRIGGERS = new Set(['before', 'until', 'till']);
const NEGATIONS = new Set(['no', 'not', 'never', 'cannot', 'wont']);
const NEGATION_LEADS = new Set(['if', 'or', 'whether']);
const CLAUSE_MARK = /^[.,;:]$/;

/**
 * Whether a call denies its outcome ("No Fed cut in June", "the strike won't happen in May", "no strike before 2030"
 * is not one: it says the strike does not come before): a negation whose clause names no time trigger after it;
 * "the No. 1 seed" is a rank, "if not" and "whether or not" no denial.
 */
export function denies(text: string): boolean {
  const toks =
    text
      .toLowerCase()
      .split('’')
      .join("'")
      .match(/[a-z']+|[0-9]+|[.,;:]/g) ?? [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i] as string;
    if (!NEGATIONS.has(t) && !t.endsWith("n't")) continue;
    const next = toks[i + 1] ?? '';
    if (t === 'no' && (next === '.' || /^[0-9]/.test(next))) continue;
    // "lands in 2029, not 2028": a negation after a comma sets aside an alternative, the call stands.
    if (NEGATION_LEADS.has(toks[i - 1] ?? '') || toks[i - 1] === ',' || AFTER_NEGATION.has(next)) continue;
    let trigger = false;
    for (let k = i + 1; k < toks.length && !CLAUSE_MARK.test(toks[k] as string) && !trigger; k++)
      trigger = LATER_TRIGGERS.has(toks[k] as string);
    if (!trigger) return true;
  }
  return false;
}

const figureCache = new WeakMap<DraftClaim, Set<string>>();
const directionCache = new WeakMap<DraftClaim, number>();

function directionOf(claim: DraftClaim): number {
  let d = directionCache.get(claim);
  if (d === undefined) {
    d = direction(claim.text);
    directionCache.set(claim, d);
  }
  return d;
}

/** The figures of a claim's text, read once per claim (a note is compared with every earlier claim). */
export function figuresOf(claim: DraftClaim): Set<string> {
  let f = figureCache.get(claim);
  if (!f) {
    f = figures(withoutPhrases(claim));
    figureCache.set(claim, f);
  }
  return f;
}

const COUNT_WORDS = new Map<string, number>([
  ...['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'].map(
    (x, k) => [x, k + 2] as [string, number],
  ),
  ['twice', 2],
  ['thrice', 3],
]);
const COUNT =
  /\b(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twice|thrice)(?:\s+(more|further|rate))?(?:\s+([a-z]+))?/gi;

/**
 * "three times", "two cuts", "twice": a count written in words is a figure of the call ("cuts three times" is not
 * "cuts twice"); a number word before another kind of word ("two-year", "one of") is not counted.
 */
export function counts(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(COUNT)) {
    const word = (m[1] as string).toLowerCase();
    const noun = (m[3] ?? '').toLowerCase();
    const counted = word === 'twice' || word === 'thrice' || noun === 'times' || /[^s]s$/.test(noun);
    if (counted && text[(m.index ?? 0) + (m[1] as string).length] !== '-') out.add(String(COUNT_WORDS.get(word)));
  }
  return out;
}

const countCache = new WeakMap<DraftClaim, Set<string>>();
const denialCache = new WeakMap<DraftClaim, boolean>();

/** A claim's counts in words, read once per claim and only when a note names a figure or a count. */
function countsOf(claim: DraftClaim): Set<string> {
  let c = countCache.get(claim);
  if (!c) {
    c = counts(claim.text);
    countCache.set(claim, c);
  }
  return c;
}

/** Whether a claim denies its outcome, read once per claim and only when a note denies one. */
function deniesOf(claim: DraftClaim): boolean {
  let d = denialCache.get(claim);
  if (d === undefined) {
    d = denies(claim.text);
    denialCache.set(claim, d);
  }
  return d;
}

/**
 * Whether a note's figures, counts, direction and denial leave room for the same outcome as `claim` (not a new
 * call): "raises" is not "cuts", "on hold" not a cut, "No Fed cut" not "the Fed cuts", "three times" not "twice".
 */
export function sameCall(note: DraftClaim, claim: DraftClaim): boolean {
  const theirs = figuresOf(claim);
  for (const f of figuresOf(note)) if (!theirs.has(f) && !countsOf(claim).has(f)) return false;
  for (const f of countsOf(note)) if (!theirs.has(f) && !countsOf(claim).has(f)) return false;
  // A note that denies the outcome restates only a claim that denies one too; a claim's negation may be worded
  // away in its note ("won't meet demand" as "the real constraint"), so only the note's is read strictly.
  if (deniesOf(note) && !deniesOf(claim)) return false;
  const a = directionOf(note);
  const b = directionOf(claim);
  return a === 0 || b === 0 || a === b;
}

// "Farmers returns to California by year-end too", "… against Meta by Q2 as well": the note adds a call. "Also
// sees …", "also expects …" says the source shares a view, which may be a claim made elsewhere in the issue.
const ADDED_CALL =
  /\balso\b(?!\s+(?:sees|expects|thinks|says|backs|calls for|predicts|forecasts|agrees|believes|reckons|argues|likes)\b)|\bas well\b(?! as)|\btoo\s*[.!]?\s*$/i;

/** Whether a note marks itself as a further call beside another ("too", "as well", "also"). */
export function addsCall(note: string): boolean {
  return ADDED_CALL.test(note);
}

/**
 * "hospital covenant breaches in 2027, and a bond default by a rural system by Q3": a note whose clauses joined by
 * ", and" or ";" each carry a time phrase of its own adds a dated call beside the one it may restate (TIME-WINDOWS.md,
 * "More on claims": a Desk Note that adds a new dated call is a new claim).
 */
export function addsDatedClause(note: DraftClaim): boolean {
  const phrase = note.window?.phrase ?? '';
  if (!phrase.includes('; ')) return false;
  const joint = note.text.search(/, and |; /);
  if (joint < 0) return false;
  const at = phrase.split('; ').map((p) => note.text.indexOf(p));
  return at.some((i) => i >= 0 && i < joint) && at.some((i) => i > joint);
}

const TOKEN = /[\p{L}\p{N}]+(?:[.'’][\p{L}\p{N}]+)*/gu;
const PERIOD_NAME = /^(?:q[1-4]|[12]?h[12]|fy\d*|cy\d*|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;

function normalise(token: string): string {
  // Read for every word of every candidate's item: the replacements run only on the words that need them.
  let t = token.toLowerCase();
  if (t.endsWith("'s") || t.endsWith('’s')) t = t.slice(0, -2);
  return t.includes('.') ? t.replaceAll('.', '') : t;
}

function isUpper(c: string): boolean {
  // Read for every word of an item: an ASCII character is told by its code, others by their case mappings.
  const code = c.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90;
  return c !== c.toLowerCase() && c === c.toUpperCase();
}

// "Canadian", "Asian", "Chinese", "European": a capitalised first word of this form names a place, not the sentence.
const PLACE_ADJECTIVE = /^\p{Lu}\p{Ll}+(?:an|ese|ish)$/u;

/** Units' symbols, which follow a figure ("110 Mt", "3 GW") and name nothing. */
const UNIT_SYMBOL = /^(Mt|kt|Gt|MW|GW|TW|kW|MWh|GWh|TWh|kWh|Mbps|Gbps|GHz|MHz|bcm|Bcf|Tcf)$/;

// Capitalised first words that open a note without naming anyone: determiners, pronouns, the desk's verbs.
const NOT_A_NAME = new Set(['the', 'a', 'an', 'no', 'our', 'we', 'it', 'this', 'that', 'expect', 'watch', 'still']);
const WORD = /[\p{L}\p{N}]+/gu;
let lastNote = '';
let lastHead: [string, string] = ['', ''];

/**
 * "Ford cuts prices in June" for "GM cuts prices in June": a note whose capitalised first word, which its claim's
 * item never names, stands before the very word that follows another capitalised name in the claim says the same of
 * someone else; "Barça back at a full Camp Nou" for "Barcelona returns …" shares no such word.
 */
export function otherSubject(note: string, claim: string, item: ReadonlySet<string>): boolean {
  // A note is compared with many claims in a row: its first two words are read once.
  if (note !== lastNote) {
    const words = note.match(WORD) ?? [];
    lastNote = note;
    lastHead = [words[0] ?? '', (words[1] ?? '').toLowerCase()];
  }
  const [subject, verb] = lastHead;
  if (!/^\p{Lu}/u.test(subject) || verb.length < 3 || NOT_A_NAME.has(subject.toLowerCase())) return false;
  if (namesAgree([normalise(subject)], item)) return false;
  const theirs = claim.match(WORD) ?? [];
  for (let k = 1; k < theirs.length; k++) {
    const before = theirs[k - 1] as string;
    const name = /^\p{Lu}/u.test(before) && !NOT_A_NAME.has(before.toLowerCase());
    if ((theirs[k] as string).toLowerCase() === verb && name && before !== subject) return true;
  }
  return false;
}

/**
 * The names a note relies on: capitalised words past the first; a first word only with two capitals ("GPAI",
 * "BoJ") or as a place adjective ("Canadian"), since a note's first word is capitalised whatever it is.
 */
export function namesIn(note: string): string[] {
  const out: string[] = [];
  let first = true;
  for (const m of note.matchAll(TOKEN)) {
    const raw = m[0];
    const counts = first
      ? [...raw].filter(isUpper).length >= 2 || PLACE_ADJECTIVE.test(raw)
      : isUpper(raw[0] as string);
    first = false;
    const n = normalise(raw);
    // "No. 1 seed": the rank's abbreviation is no name.
    const rank = n === 'no' && /^\.?\s?\d/.test(note.slice((m.index ?? 0) + raw.length));
    // "110 Mt", "3 GW": a unit's symbol after its figure is no name.
    const unit = UNIT_SYMBOL.test(raw) && /\d\s?$/.test(note.slice(Math.max(0, (m.index ?? 0) - 2), m.index ?? 0));
    if (!counts || rank || unit || n.length < 2 || PERIOD_NAME.test(n) || MONTHS.get(n) !== undefined) continue;
    out.push(n);
  }
  return out;
}

const JOINERS = new Set(['of', 'and', 'the', 'for', '&']);

/** Adds the initials of every run of two or more capitalised words ("Bank of England" → "boe", "be"). */
function addInitials(run: readonly string[], seen: Set<string>): void {
  for (let i = 0; i < run.length; i++) {
    if (JOINERS.has((run[i] as string).toLowerCase())) continue;
    let all = '';
    let caps = '';
    for (let j = i; j < run.length && j - i < 8; j++) {
      const w = run[j] as string;
      all += w[0]?.toLowerCase() ?? '';
      if (!JOINERS.has(w.toLowerCase())) caps += w[0]?.toLowerCase() ?? '';
      if (j > i && !JOINERS.has(w.toLowerCase())) {
        seen.add(all);
        seen.add(caps);
      }
    }
  }
}

const WHITE_SPACE = /\s/;

/** Whether `text` holds only white space (as `trim` reads it) from `a` to `b`, read in place. */
function blank(text: string, a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (text.charCodeAt(k) !== 32 && !WHITE_SPACE.test(text[k] as string)) return false;
  return true;
}

/**
 * The words of a claim's item, normalised for {@link namesAgree}, with the initials of its capitalised names
 * ("BoE", "WHA" for "World Health Assembly") and its tickers as `$glen` (a ticker abbreviates the company's name).
 */
export function nameSet(context: string): Set<string> {
  const seen = new Set<string>();
  let run: string[] = [];
  let prevEnd = 0;
  for (const m of context.matchAll(TOKEN)) {
    const raw = m[0];
    const at = m.index ?? 0;
    seen.add(normalise(raw));
    if (context[at - 1] === '$' && raw.length >= 3) seen.add(`$${raw.toLowerCase()}`);
    const capital = isUpper(raw[0] as string);
    // A run of names is broken by anything but spaces ("Bank of England", not "Bank, England").
    const joined = run.length > 0 && blank(context, prevEnd, at);
    prevEnd = at + raw.length;
    if (joined && (capital || JOINERS.has(raw.toLowerCase()))) {
      run.push(raw);
      continue;
    }
    if (run.length >= 2) addInitials(run, seen);
    run = capital ? [raw] : [];
  }
  if (run.length >= 2) addInitials(run, seen);
  return seen;
}

/** Whether a ticker of the item (`$glen`) begins the name ("Glencore"). */
function tickerOf(n: string, seen: ReadonlySet<string>): boolean {
  for (let k = 3; k <= Math.min(n.length, 5); k++) if (seen.has(`$${n.slice(0, k)}`)) return true;
  return false;
}

/**
 * Whether `acr` abbreviates 2 to 5 consecutive words starting at `j` ("rdn" ← "renal denervation", "tavr" ←
 * "transcatheter aortic valve replacement"): each word gives its first letter and maybe more of its own, in order.
 */
function abbreviates(acr: string, p: number, words: readonly string[], j: number, used: number): boolean {
  if (p === acr.length) return used >= 2;
  const word = words[j];
  if (word === undefined || used >= 5 || word[0] !== acr[p]) return false;
  // The letters this word may give beyond its first, taken in order (the most first, then fewer).
  const more: number[] = [];
  let q = p + 1;
  for (let k = 1; k < word.length && q < acr.length; k++) {
    if (word[k] !== acr[q]) continue;
    more.push(q);
    q++;
  }
  for (let n = more.length; n >= 0; n--) if (abbreviates(acr, p + 1 + n, words, j + 1, used + 1)) return true;
  return false;
}

const ACRONYM = /^[a-z]{2,6}$/;

/** An item's words for spelling out acronyms, with the first letters of each two neighbours ("rd"), read once. */
export interface Spellings {
  words: string[];
  pairs: Set<string>;
  /** The item's capitalised words of five letters or more, lower-cased ("walmart"), for tickers without "$". */
  names: string[];
}

export function spellingsOf(context: string): Spellings {
  const words = context
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter((x) => x.length > 0);
  const pairs = new Set<string>();
  for (let j = 0; j + 1 < words.length; j++) pairs.add(`${words[j]?.[0] ?? ''}${words[j + 1]?.[0] ?? ''}`);
  const names = [...new Set(context.match(/\b[A-Z][a-z]{4,}\b/g) ?? [])].map((x) => x.toLowerCase());
  return { words, pairs, names };
}

/**
 * Whether a note's short name ("WMT", "MSFT") is a ticker without its "$" for a name of the item: three or four
 * letters that a capitalised word of the item at least two letters longer holds in order from its first ("Walmart",
 * "Microsoft"), as "$GLEN" begins "Glencore".
 */
function tickerSpelled(n: string, item: Spellings | undefined): boolean {
  if (!item || !/^[a-z]{3,4}$/.test(n)) return false;
  return item.names.some((w) => {
    if (w[0] !== n[0] || w.length < n.length + 2) return false;
    let q = 1;
    for (let k = 1; k < w.length && q < n.length; k++) if (w[k] === n[q]) q++;
    return q === n.length;
  });
}

/** Whether an acronym the note uses ("RDN") is spelled out in the claim's item ("renal denervation"). */
function spelledOut(n: string, item: Spellings | undefined): boolean {
  if (!item || !ACRONYM.test(n)) return false;
  // Its first two words start with the acronym's first letter and one of its later ones: most items fail here.
  let pair = false;
  for (let q = 1; q < n.length && !pair; q++) pair = item.pairs.has(`${n[0] ?? ''}${n[q] ?? ''}`);
  if (!pair) return false;
  for (let j = 0; j < item.words.length; j++) if (abbreviates(n, 0, item.words, j, 0)) return true;
  return false;
}

// The acronyms of a measure name no one ("monthly CPI under 2%"): the item may name what they measure instead.
const MEASURES = new Map<string, readonly string[]>([
  ['cpi', ['inflation', 'prices']],
  ['hicp', ['inflation', 'prices']],
  ['pce', ['inflation', 'prices']],
  ['gdp', ['growth', 'economy', 'output']],
]);

/** Whether an acronym of a measure ("CPI", "GDP") stands for a word of the item ("inflation", "growth"). */
function measureOf(n: string, seen: ReadonlySet<string>): boolean {
  return MEASURES.get(n)?.some((x) => seen.has(x)) ?? false;
}

/**
 * Whether every name the note relies on appears in the claim's item (plural and demonym forms allowed: "Asian" ~
 * "Asia", "English" ~ "England"; an acronym spelled out in the item counts: "RDN" ~ "renal denervation").
 */
export function namesAgree(names: readonly string[], seen: ReadonlySet<string>, spellings?: Spellings): boolean {
  return names.every(
    (n) =>
      seen.has(n) ||
      seen.has(n.replace(/s$/, '')) ||
      seen.has(`${n}s`) ||
      seen.has(n.replace(/(?:ian|an|n)$/, '')) ||
      seen.has(n.replace(/n$/, '')) ||
      seen.has(n.replace(/ese$/, '')) ||
      seen.has(n.replace(/ese$/, 'a')) ||
      seen.has(n.replace(/[0-9]+$/, '')) ||
      tickerOf(n, seen) ||
      tickerSpelled(n, spellings) ||
      demonymOf(n, seen) ||
      measureOf(n, seen) ||
      spelledOut(n, spellings),
  );
}

const DEMONYM = /^[a-z]{4,}(?:ish|ian|ean|ese|an|ic)$/;

/** Demonyms that do not share the first four letters of their place's name ("Spanish" for "Spain"). */
const IRREGULAR_DEMONYMS = new Map([
  ['spanish', 'spain'],
  ['french', 'france'],
  ['dutch', 'netherlands'],
  ['swiss', 'switzerland'],
  ['danish', 'denmark'],
  ['finnish', 'finland'],
  ['polish', 'poland'],
  ['irish', 'ireland'],
  ['welsh', 'wales'],
  ['greek', 'greece'],
  ['thai', 'thailand'],
  ['filipino', 'philippines'],
]);

/**
 * "English" for "England", "Norwegian" for "Norway": a demonym shares the first four letters of its place's name;
 * the other way round, a place the note names ("2G off in Germany") is in an item that has its demonym ("German").
 */
function demonymOf(n: string, seen: ReadonlySet<string>): boolean {
  const place = IRREGULAR_DEMONYMS.get(n);
  if (place !== undefined && seen.has(place)) return true;
  for (const [dem, pl] of IRREGULAR_DEMONYMS) if (pl === n && seen.has(dem)) return true;
  const stem = n.slice(0, 4);
  if (!DEMONYM.test(n)) {
    if (n.length < 4) return false;
    for (const x of seen) if (x.length >= 5 && x.startsWith(stem) && DEMONYM.test(x)) return true;
    return false;
  }
  for (const x of seen) if (x.length >= 4 && x.startsWith(stem) && !DEMONYM.test(x)) return true;
  return false;
}

// Only a semicolon parts two statements: a date before ", and …" usually reaches the second conjunct too.
const CLAUSE_BREAK = /;/;

/** The clauses of a claim that hold its window's phrases (the dated outcome), or the whole text when none is found. */
export function datedClauses(claim: DraftClaim): string {
  const phrases = (claim.window?.phrase ?? '')
    .toLowerCase()
    .split('; ')
    .map((p) => p.replace(/[.,;:!?]+$/, '').trim())
    .filter((p) => p.length > 0);
  const kept = claim.text.split(CLAUSE_BREAK).filter((c) => {
    const lower = c.toLowerCase();
    return phrases.some((p) => lower.includes(p));
  });
  return kept.length > 0 ? kept.join('; ') : claim.text;
}
