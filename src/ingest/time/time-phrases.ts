/**
 * Finds the time phrases of a text (TIME-WINDOWS.md, "Rules" 2–5 and "Periods"): a trigger ("by", "before",
 * "through", "not until", "in", "since", …), optional modifiers and a period or duration. Each phrase becomes
 * a {@link Hit}; windows.ts resolves and combines them. One left-to-right pass; every step reads a bounded
 * number of tokens.
 */
import { withMods, parseMods } from './modifiers.js';
import { parseNamed, w, type Ctx, type Parsed, type Spec } from './periods.js';
import { parseDuration, parseRelative, parseVague } from './relative.js';
import { addMonthsClamped, dayOf, isoWeekMonday, monthsRange, partsOf, type Range } from './dates.js';
import { fiscalPart } from './fiscal.js';
import { yearFromStart } from './fiscal-periods.js';
import { parseMonth } from './months.js';
import {
  CURRENCY_CODES,
  FORWARD_PARTICIPLES,
  MONTHS,
  NUMBER_WORDS,
  ORDINALS,
  phrasesByFirstWord,
  POSTPONING_VERB,
  SCALE_WORDS,
  SEASON_CODES,
  SEASONS,
  UN_ADJECTIVES,
} from './vocab.js';
import { DAY_WORDS, WEEKDAYS } from './weekdays.js';
import { nameWordAt, PAST_VERBS } from './clause-words.js';
import { lyAdverb, wordSet, wordToken } from './tokens.js';
import { yearBeforeNoun } from './names.js';
import { hyphenatedNameEnd, measuredFigure } from './participles.js';

/** How a phrase bounds the outcome: deadline (rules 2–3), strict before (rule 4), the period itself (rules 2, 5), or not at all. */
export type Mode = 'deadline' | 'before' | 'period' | 'discard';

/** One time phrase: tokens `i0`..`i1` (exclusive), its spec and mode; `nullish` for the "eventually" list. */
export interface Hit {
  i0: number;
  i1: number;
  spec: Spec;
  mode: Mode;
  trigger: string;
  nullish: boolean;
}

const TRIGGER_LIST: Array<[string, Mode]> = [
  ['by the end of', 'deadline'],
  ['in or before', 'deadline'],
  ['on or before', 'deadline'],
  ['between now and', 'deadline'],
  ['in time for', 'deadline'],
  ['until after', 'discard'],
  ['not earlier than', 'period'],
  ['no sooner than', 'period'],
  ['not sooner than', 'period'],
  ['by end of', 'deadline'],
  ['before the end of', 'deadline'],
  ['by the close of', 'deadline'],
  ['no later than', 'deadline'],
  ['through the end of', 'deadline'],
  ['until the end of', 'deadline'],
  ['up until', 'deadline'],
  // "neutral conditions continue through at least the spring": still a deadline at the period's end.
  ['through at least', 'deadline'],
  ['thru at least', 'deadline'],
  ['by', 'deadline'],
  ['through', 'deadline'],
  ['thru', 'deadline'],
  ['until', 'deadline'],
  ['till', 'deadline'],
  ['til', 'deadline'],
  ['within', 'deadline'],
  ['by the start of', 'before'],
  ['by the beginning of', 'before'],
  ['before the start of', 'before'],
  ['before', 'before'],
  ['ahead of', 'before'],
  ['earlier than', 'before'],
  ['prior to', 'before'],
  ['pre', 'before'],
  // "on the shelf until at least the end of August" is "the end of August at the earliest" (rule 5).
  ['until at least', 'period'],
  ['till at least', 'period'],
  ['not until', 'period'],
  ['not till', 'period'],
  ['not before', 'period'],
  ['no earlier than', 'period'],
  ['as early as', 'period'],
  ['as soon as', 'period'],
  ['delayed until', 'period'],
  ['delayed to', 'period'],
  ['delayed into', 'period'],
  ['pushed to', 'period'],
  ['pushed into', 'period'],
  ['pushed back to', 'period'],
  ['pushed back into', 'period'],
  ['pushed out to', 'period'],
  ['postponed to', 'period'],
  ['postponed until', 'period'],
  ['slips into', 'period'],
  ['slip into', 'period'],
  ['slipping into', 'period'],
  ['slipped into', 'period'],
  ['slides into', 'period'],
  ['slide into', 'period'],
  ['slips to', 'period'],
  ['slip to', 'period'],
  ['deferred to', 'period'],
  ['deferred until', 'period'],
  ['sometime in', 'period'],
  ['some time in', 'period'],
  ['starting in', 'period'],
  ['beginning in', 'period'],
  ['later in', 'period'],
  ['in', 'period'],
  ['during', 'period'],
  ['over', 'period'],
  ['across', 'period'],
  ['throughout', 'period'],
  ['for', 'period'],
  ['around', 'period'],
  ['circa', 'period'],
  ['starting', 'period'],
  ['from', 'period'],
  ['at', 'period'],
  ['into', 'period'],
  ['on', 'period'],
  ['later', 'period'],
  ['since', 'discard'],
  ['earlier', 'discard'],
  ['so far', 'discard'],
  ['vs', 'discard'],
  ['versus', 'discard'],
  ['compared to', 'discard'],
  ['up on', 'discard'],
  ['down on', 'discard'],
  ['matching', 'discard'],
  ['compared with', 'discard'],
  ['relative to', 'discard'],
  ['same as', 'discard'],
  ['similar to', 'discard'],
  ['than', 'discard'],
  ['after', 'discard'],
  ['later than', 'discard'],
  ['beyond', 'discard'],
  ['post', 'discard'],
  ['past', 'discard'],
];

// Each trigger keeps its phrase, so a match names it without joining its words again.
const TRIGGERS = phrasesByFirstWord(TRIGGER_LIST.map(([phrase, mode]) => [phrase, { phrase, mode }] as const));
/** The triggers' first words as a class, so a word that opens none is told by its bits, not looked up. */
const TRIGGER_FIRST = wordSet(TRIGGERS.keys());

function matchTrigger(ctx: Ctx, i: number): { words: string[]; phrase: string; mode: Mode; next: number } | null {
  // Read at every word of every sentence: most words open no trigger.
  if (!TRIGGER_FIRST.at(ctx.toks, i)) return null;
  const seqs = TRIGGERS.get(w(ctx, i));
  if (!seqs) return null;
  for (const [seq, { phrase, mode }] of seqs) {
    let k = i;
    let ok = true;
    for (const word of seq) {
      if (w(ctx, k) !== word) {
        ok = false;
        break;
      }
      k++;
    }
    if (!ok) continue;
    if ((seq[0] === 'pre' || seq[0] === 'post') && w(ctx, k) === '-') k++;
    return { words: seq, phrase, mode, next: k };
  }
  return null;
}

const BACKWARD_AFTER = new Set([
  'levels',
  'level',
  'highs',
  'high',
  'lows',
  'low',
  'peak',
  'peaks',
  'baseline',
  'ago',
  'comps',
  'lows,',
]);
const OPEN_END = new Set(['onward', 'onwards']);

/** "doesn't expect the watch to see any radical design changes until at least 2018": the negation of the clause. */
function negated(ctx: Ctx, i: number): boolean {
  // Sixteen words back; marks glued inside a word ("mid-point", "Australia’s") do not count as words.
  for (let k = i - 1, words = 0; k >= 0 && words < 16; k--) {
    const t = w(ctx, k);
    if (!(ctx.toks[k]?.glued && (t === '-' || t === "'") && ctx.toks[k + 1]?.glued)) words++;
    if (t === ',' || t === '.' || t === ';' || t === 'but' || t === 'while' || t === 'although') return false;
    if (t === 'not' || t === 'never' || t === 'cannot' || t.endsWith("n't")) return true;
    // "sign no more than three starters before …": "no more / fewer / less than" is a quantity, not a negation.
    if (t === 'no' && ['more', 'fewer', 'less'].includes(w(ctx, k + 1)) && w(ctx, k + 2) === 'than') continue;
    if (t === 'no') return !objectOfAction(ctx, k);
    if (NEGATIVE_SUBJECT.has(t) || (t === 'one' && w(ctx, k - 1) === 'no')) return true;
  }
  return false;
}

/** "There is no doubt a cut is imminent", "Nobody doubts that …": a denied doubt asserts what follows. */
function doubtDenied(ctx: Ctx, i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 16; k--) {
    const t = w(ctx, k);
    if (t === ',' || t === '.' || t === ';') return false;
    if (DOUBTING.has(t)) return true;
  }
  return false;
}
const DOUBTING = new Set(['doubt', 'doubts', 'doubted', 'doubting', 'question', 'questions', 'deny', 'denies']);

/** "Nobody will pour concrete before 2028": a negated subject, as "won't … before X". */
const NEGATIVE_SUBJECT = new Set(['nobody', 'none', 'nothing', 'neither']);
const SAYING = new Set([
  'says',
  'sees',
  'expects',
  'thinks',
  'predicts',
  'means',
  'suggests',
  'signals',
  'implies',
  'shows',
  'argues',
  'believes',
  'forecasts',
  'projects',
  'reads',
  'calls',
  'is',
  'was',
  'has',
  'does',
]);

/**
 * "Congress passes no tariff-refund legislation before the midterms": "no" as the object of a present-tense
 * action is a forecast that nothing happens by the deadline (rule 4), unlike "no top before 2027" or "says no
 * rebound until 2027", which read as "won't … before X" (the thing happens in X).
 */
function objectOfAction(ctx: Ctx, k: number): boolean {
  const verb = ctx.toks[k - 1];
  const t = w(ctx, k - 1);
  return verb !== undefined && !verb.upper && /^[a-z]{3,}[^s]s$/.test(t) && !SAYING.has(t);
}

// "will not wrap up until June": "up until" after a phrasal verb is "until".
const NEGATABLE = new Set(['until', 'up until', 'till', 'til', 'before', 'earlier than', 'prior to', 'ahead of']);
const POSTPONABLE = new Set(['until', 'till', 'til', 'to', 'into']);

/** "postpone the vote until March": a postponing verb earlier in the clause makes "until X" mean X itself. */
function postponed(ctx: Ctx, i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 8; k--) {
    const t = w(ctx, k);
    if (t === ',' || t === ';' || t === '.') return false;
    if (POSTPONING_VERB.test(t)) return true;
    // "the other waits until 2028": what waits until X happens in X, as what is delayed until X does.
    if (k === i - 1 && /^wait(s|ed|ing)?$/.test(t) && w(ctx, i) !== 'to') return true;
    // "expected to hold off on raising rates until July": what is held off until X happens in X.
    if (t === 'off' && /^hold(s|ing)?$/.test(w(ctx, k - 1))) return true;
  }
  return false;
}

/** "It holds until May 2027 and then cuts again": the step after "until X, then …" happens in X (rule 5). */
function thenFollows(ctx: Ctx, end: number): boolean {
  const k = w(ctx, end) === ',' || w(ctx, end) === 'and' ? end + 1 : end;
  return w(ctx, k) === 'then' || (w(ctx, k) === 'and' && w(ctx, k + 1) === 'then');
}

const THIS = wordToken('this');

const FUTURE_PARTICIPLES = new Set([...FORWARD_PARTICIPLES, 'projected', 'sold', 'signed']);
const PASSIVE = wordSet([
  'if',
  'when',
  'once',
  'unless',
  'until',
  'be',
  'is',
  'are',
  'been',
  'being',
  'get',
  'gets',
  'getting',
  'will',
  'to',
  "'s",
  'would',
  'should',
]);

const LEVEL_UNITS = wordSet(['%', 'percent', 'pct', 'bp', 'bps']);
// The look-backs below test every word before a period: their patterns are made once, not at each test.
const FIGURE = /^[$€£]?[0-9]/;
const NUMBER = /^[0-9][0-9.,]*$/;
const PLAIN_WORD = /^[a-z]{3,}$/;
const COUNTRY_LETTERS = /^[a-z]{1,2}$/;
const SHARE_OF = /^[a-z]{2,}$/;

/** "up from 22 percent of respondents in September": a few words may stand between the level and its date. */
function upFrom(ctx: Ctx, i: number): boolean {
  let figure = false;
  for (let k = i - 1; k >= 0 && k >= i - 7; k--) {
    const t = w(ctx, k);
    if (RESET.at(ctx.toks, k)) return false;
    if (FIGURE.test(t)) figure = true;
    if (t === 'from') return figure && (w(ctx, k - 1) === 'up' || w(ctx, k - 1) === 'down');
  }
  return false;
}

/** Words of an amount or a range of amounts ("$18 billion to $19 billion", "about 4.2%"). */
const AMOUNT_WORDS = wordSet([
  '$',
  '€',
  '£',
  'million',
  'billion',
  'trillion',
  'to',
  '-',
  '–',
  'and',
  'about',
  'around',
  'roughly',
]);

/**
 * ", following $18 billion to $19 billion in 2021", "compared with 4.1% in 2025": an amount measured against an
 * earlier one dates the earlier amount, a baseline as "up from" gives (rule 7); only an amount may stand between.
 */
function amountMeasuredAgainst(ctx: Ctx, i: number): boolean {
  let figure = false;
  for (let k = i - 1; k >= 0 && k >= i - 10; k--) {
    const t = w(ctx, k);
    if (NUMBER.test(t) || LEVEL_UNITS.at(ctx.toks, k)) {
      figure = true;
      continue;
    }
    if (AMOUNT_WORDS.at(ctx.toks, k)) continue;
    if (t === 'following') return figure && w(ctx, k - 1) === ',';
    return figure && (t === 'with' || t === 'to') && w(ctx, k - 1) === 'compared';
  }
  return false;
}

/** "up from 3.1% in April": the period of a starting level is a baseline, not the forecast's (rule 7). */
function startingLevel(ctx: Ctx, i: number): boolean {
  if (upFrom(ctx, i) || amountMeasuredAgainst(ctx, i)) return true;
  let k = i - 1;
  if (LEVEL_UNITS.at(ctx.toks, k)) k--;
  // "from USD 9.6 billion this year to USD 18.8 billion in 2026", "from 3 billion yen this year": a level's scale word
  // (and a currency after it) stands between it and its date.
  else if (SCALE_WORDS.at(ctx.toks, k)) k--;
  else if (CURRENCY_CODES.at(ctx.toks, k) && SCALE_WORDS.at(ctx.toks, k - 1)) k -= 2;
  // "from US$2,400 a tonne in the fourth quarter": a price per unit stands between the level and its date.
  else if (PLAIN_WORD.test(w(ctx, k)) && w(ctx, k - 1) === 'a') k -= 2;
  // "from 4.5% of GDP in 2025/26": the whole a share is of stands between the level and its date.
  else if (SHARE_OF.test(w(ctx, k)) && w(ctx, k - 1) === 'of' && LEVEL_UNITS.at(ctx.toks, k - 2)) k -= 3;
  if (!FIGURE.test(w(ctx, k))) return false;
  k--;
  if (w(ctx, k) === '$' || w(ctx, k) === '€' || w(ctx, k) === '£' || CURRENCY_CODES.at(ctx.toks, k)) k--;
  // "US$2,400", "A$90": a currency's country letters glued to its sign.
  if (COUNTRY_LETTERS.test(w(ctx, k)) && ctx.toks[k + 1]?.glued) k--;
  return w(ctx, k) === 'from';
}

/**
 * "by the company's May 2026 fiscal year", "by its fiscal 2027": the owner between a trigger and its period.
 * Skipped only when a period follows, so "by the governor's office" stays an agent.
 */
function afterOwner(ctx: Ctx, start: number): number {
  let k = start;
  if (w(ctx, k) === 'the') k++;
  const t = w(ctx, k);
  const owner = t === 'its' || t === 'their' || (t.endsWith("'s") && k > start);
  return owner && mayStart(ctx, k + 1) ? k + 1 : start;
}

function lookingBack(ctx: Ctx, i: number): boolean {
  const a = w(ctx, i - 2);
  const b = w(ctx, i - 1);
  return ((a === 'so' || a === 'thus') && b === 'far') || (a === 'to' && b === 'date') || pastThenBack(ctx, i, a, b);
}

// Participles after which "back" is the subject's return, not a look back ("is expected back in March").
const BACK_RETURNS = new Set(['expected', 'scheduled', 'slated', 'planned', 'pencilled', 'penciled', 'targeted']);

/**
 * "what the report predicted back in October", "Back in 2019, …": "back" before a period after a past form (or
 * opening the sentence) looks back (rule 7), where "bounces back in Q3" or "is expected back in March" do not.
 */
function pastThenBack(ctx: Ctx, i: number, a: string, b: string): boolean {
  if (b !== 'back') return false;
  if (i === 1) return true;
  const pastForm = PAST_VERBS.has(a) || (a.length > 4 && a.endsWith('ed') && !UN_ADJECTIVES.has(a));
  return pastForm && !BACK_RETURNS.has(a) && !PASSIVE.at(ctx.toks, i - 3);
}

/** A period right after a past-tense verb ("inflows resumed in December") looks backward (rule 7). */
function pastVerbBefore(ctx: Ctx, i: number): boolean {
  const p = w(ctx, i - 1);
  if (ctx.headline && !PAST_VERBS.has(p)) return false;
  const pastForm =
    PAST_VERBS.has(p) || (p.length > 4 && p.endsWith('ed') && !FUTURE_PARTICIPLES.has(p) && !UN_ADJECTIVES.has(p));
  // "is expected to be overwhelmingly supported in May": an adverb may stand between the auxiliary and its participle.
  const aux = lyAdverb(ctx.toks[i - 2]) && PASSIVE.at(ctx.toks, i - 3) ? w(ctx, i - 3) : w(ctx, i - 2);
  return (
    pastForm &&
    !PASSIVE.has(aux) &&
    !LINKING.has(aux) &&
    !hyphenatedNameEnd(ctx, i - 1) &&
    !nameWordInEd(ctx, i - 1) &&
    !measuredFigure(ctx, i - 1)
  );
}

/** "at Galaxy Unpacked in late July": a capitalised past form at `k` that is a name's word ({@link nameWordAt}). */
function nameWordInEd(ctx: Ctx, k: number): boolean {
  return !PAST_VERBS.has(w(ctx, k)) && nameWordAt(ctx.toks, k);
}

// "Supply is likely to remain elevated next year": after a linking verb in the present a participle is an adjective.
const LINKING = new Set([
  ...['remain', 'remains', 'stay', 'stays', 'become', 'becomes', 'seem', 'seems'],
  ...['look', 'looks', 'appear', 'appears', 'keep', 'keeps', 'get', 'gets'],
  // "is expected to go unserved this summer": "go" before a participle is a linking verb too.
  ...['go', 'goes'],
]);

const WHOLE = wordSet(['full', 'whole', 'entire']);

function currentRef(ctx: Ctx, j: number): Parsed | null {
  let k = w(ctx, j) === 'the' ? j + 1 : j;
  // "for the full year" is the year.
  if (k > j && WHOLE.at(ctx.toks, k) && w(ctx, k + 1) === 'year') k++;
  // "the end of the calendar year" is the current year.
  if (w(ctx, k) === 'calendar' && w(ctx, k + 1) === 'year') k++;
  const u = w(ctx, k);
  const y = ctx.pubY;
  if (u === 'year') {
    const named = /^[0-9]{4}$/.test(w(ctx, k + 1)) ? Number(w(ctx, k + 1)) : undefined;
    const at = (yy: number) => monthsRange(yy, 1, 12);
    if (named !== undefined) return { spec: { unit: 'year', at, year: named }, next: k + 2 };
    return { spec: { unit: 'year', at, current: true }, next: k + 1 };
  }
  if (u === 'decade') {
    const y0 = y - (y % 10);
    return {
      spec: { unit: 'decade', fixed: { s: dayOf(y0, 1, 1), e: dayOf(y0 + 9, 12, 31) }, current: true },
      next: k + 1,
    };
  }
  if (u === 'quarter' || u === 'month' || u === 'week' || u === 'half') {
    const unitTok = ctx.toks[k];
    const rel = unitTok ? parseRelative({ ...ctx, toks: [THIS, unitTok] }, 0) : null;
    return rel ? { spec: rel.spec, next: k + 1 } : null;
  }
  return null;
}

/** Units a count can span back from a day it ends on ("the three months to Sep. 30"). */
const SPAN_UNITS = new Map<string, 'day' | 'week' | 'month'>([
  ['days', 'day'],
  ['weeks', 'week'],
  ['months', 'month'],
]);

/**
 * "the three months to Sep. 30", "the six months ending March 31, 2026": the N units that end on that day or month,
 * as "the week ending February 4th" is the seven days ending there; `k` is the count after "the".
 */
function spanEndingOn(ctx: Ctx, k: number): Parsed | null {
  const t = w(ctx, k);
  const n = NUMBER_WORDS.get(t) ?? (/^[0-9]{1,2}$/.test(t) ? Number(t) : NaN);
  const unit = SPAN_UNITS.get(w(ctx, k + 1));
  const edge = w(ctx, k + 2);
  if (!(n > 1) || unit === undefined || (edge !== 'to' && edge !== 'ending')) return null;
  const end = parseMonth(ctx, k + 3);
  const at = end && (end.spec.unit === 'day' || end.spec.unit === 'month') ? end.spec.at : undefined;
  if (!end || !at) return null;
  const { y } = partsOf(ctx.pub);
  let r = at(end.spec.year ?? y);
  if (end.spec.year === undefined && r.e < ctx.pub) r = at(y + 1);
  const e = r.e;
  const s = unit === 'day' ? e - n + 1 : unit === 'week' ? e - 7 * n + 1 : addMonthsClamped(e + 1, -n);
  return { spec: { unit: 'span', fixed: { s, e } }, next: end.next };
}

/** "year's", "quarter's", "month's", "week's" of this (`n` 0) or the next (`n` 1) such period, as a fixed spec. */
function possessivePeriod(word: string, n: number, pub: number): Spec | null {
  const { y, m } = partsOf(pub);
  if (word === "year's") return { unit: 'year', fixed: monthsRange(y + n, 1, 12) };
  if (word === "month's") return { unit: 'month', fixed: monthsRange(y, m + n, m + n) };
  const q = m - ((m - 1) % 3) + 3 * n;
  if (word === "quarter's") return { unit: 'quarter', fixed: { s: dayOf(y, q, 1), e: dayOf(y, q + 3, 0) } };
  if (word !== "week's") return null;
  const monday = isoWeekMonday(pub) + 7 * n;
  return { unit: 'span', fixed: { s: monday, e: monday + 6 } };
}

/** "w/c" / "w/b" (week commencing / beginning) or "w/e" (week ending) written glued at `j`: its edge, or null. */
function weekShorthand(ctx: Ctx, j: number): 'ending' | 'beginning' | null {
  if (w(ctx, j) !== 'w' || w(ctx, j + 1) !== '/' || !ctx.toks[j + 1]?.glued || !ctx.toks[j + 2]?.glued) return null;
  const edge = w(ctx, j + 2);
  return edge === 'c' || edge === 'b' ? 'beginning' : edge === 'e' ? 'ending' : null;
}

/**
 * "this time next year" (the same month a year on), "today" / "tonight", "the rest / remainder of the year"
 * (to its end), "the year after" (after next), "before the decade is out" / "within the decade".
 */
function parseSpecial(ctx: Ctx, j: number): Parsed | null {
  const t = w(ctx, j);
  const { y, m } = partsOf(ctx.pub);
  // "by this year's end", "by next year's end": that year's end, as "by the end of next year" is; so too the
  // week's, month's and quarter's ("by next week's end"), not a compound ("next week's end-of-session rush").
  if ((t === 'this' || t === 'next') && w(ctx, j + 2) === 'end' && !(w(ctx, j + 3) === '-' && ctx.toks[j + 3]?.glued)) {
    const r = possessivePeriod(w(ctx, j + 1), t === 'next' ? 1 : 0, ctx.pub);
    if (r) return { spec: { ...r, toEnd: true }, next: j + 3 };
  }
  if (t === 'this' && w(ctx, j + 1) === 'time' && w(ctx, j + 2) === 'next' && w(ctx, j + 3) === 'year')
    return { spec: { unit: 'month', fixed: monthsRange(y + 1, m, m), note: 'the same month next year' }, next: j + 4 };
  if ((t === 'today' || t === 'tonight') && ['later', 'by', 'until', 'before', 'of'].includes(w(ctx, j - 1)))
    return { spec: { unit: 'day', fixed: { s: ctx.pub, e: ctx.pub } }, next: j + 1 };
  // "at its meeting later in the day": the issue date.
  if (t === 'the' && w(ctx, j + 1) === 'day' && w(ctx, j - 1) === 'in' && w(ctx, j - 2) === 'later')
    return { spec: { unit: 'day', fixed: { s: ctx.pub, e: ctx.pub } }, next: j + 2 };
  const k = t === 'the' ? j + 1 : j;
  const u = w(ctx, k);
  if ((u === 'rest' || u === 'remainder' || u === 'balance') && (w(ctx, k + 1) === 'of' || w(ctx, k + 1) === 'for')) {
    const ref = currentRef(ctx, k + 2);
    if (ref) return { spec: { ...ref.spec, toEnd: true }, next: ref.next };
  }
  // "in the year starting Sept. 1": the twelve months from that day (the nearest such day not yet past).
  if (u === 'year' && k > j && (w(ctx, k + 1) === 'starting' || w(ctx, k + 1) === 'beginning')) {
    const day = parseMonth(ctx, k + 2);
    const at = day?.spec.unit === 'day' ? day.spec.at : undefined;
    if (day && at) {
      let r = at(day.spec.year ?? y);
      if (day.spec.year === undefined && r.e < ctx.pub) r = at(y + 1);
      return { spec: { unit: 'span', fixed: { s: r.s, e: addMonthsClamped(r.s, 12) - 1 } }, next: day.next };
    }
  }
  // "the year that begins in April 2026", "the year starting April": the twelve months from that month.
  if (u === 'year' && k > j) {
    const from = yearFromStart(ctx, k + 1);
    if (from) return from;
  }
  // "for the week ending February 4th": the seven days that end on that day, as "the year starting Sept. 1" is
  // the twelve months from its day; "the week beginning …" the seven days from it.
  const weekEdge = w(ctx, k + 1);
  // "w/c 21 Sep", "w/e 4 Oct" (a schedule's shorthand): the week commencing or ending on that day, as written out.
  const short = weekShorthand(ctx, j);
  if (
    short ||
    (u === 'week' && k > j && (weekEdge === 'ending' || weekEdge === 'starting' || weekEdge === 'beginning'))
  ) {
    const day = parseMonth(ctx, short ? j + 3 : k + 2);
    const at = day?.spec.unit === 'day' ? day.spec.at : undefined;
    if (day && at) {
      let r = at(day.spec.year ?? y);
      if (day.spec.year === undefined && r.e < ctx.pub) r = at(y + 1);
      const fixed = (short ?? weekEdge) === 'ending' ? { s: r.e - 6, e: r.e } : { s: r.s, e: r.s + 6 };
      return { spec: { unit: 'span', fixed }, next: day.next };
    }
  }
  if (u === 'year' && w(ctx, k + 1) === 'after' && k > j) {
    const after = w(ctx, k + 2) === 'next' ? 1 : 0;
    return { spec: { unit: 'year', fixed: monthsRange(y + 2, 1, 12) }, next: k + 2 + after };
  }
  const isOut = w(ctx, k + 1) === 'is' && (w(ctx, k + 2) === 'out' || w(ctx, k + 2) === 'over');
  if (k > j && isOut && (u === 'year' || u === 'month' || u === 'quarter' || u === 'week')) {
    // "before the year is out": the current one, to its end (as "before the decade is out").
    const ref = currentRef(ctx, j);
    if (ref) return { spec: { ...ref.spec, toEnd: true }, next: k + 3 };
  }
  if (u === 'decade' && w(ctx, k + 1) === 'is' && w(ctx, k + 2) === 'out') {
    const y0 = y - (y % 10);
    return {
      spec: { unit: 'decade', fixed: { s: dayOf(y0, 1, 1), e: dayOf(y0 + 9, 12, 31) }, current: true },
      next: k + 3,
    };
  }
  return null;
}

const STARTERS = wordSet([
  'decade',
  'rest',
  'remainder',
  'balance',
  'today',
  'tonight',
  ...DAY_WORDS.keys(),
  'day',
  ...WEEKDAYS.keys(),
  'its',
  'their',
  'southern',
  'northern',
  'austral',
  'boreal',
  'week',
  '"',
  'just',
  'only',
  'about',
  'almost',
  'nearly',
  'maybe',
  'some',
  'another',
  'the',
  'this',
  'next',
  'coming',
  'following',
  'upcoming',
  'current',
  'last',
  'past',
  'previous',
  'prior',
  'early',
  'mid',
  'midway',
  'halfway',
  'middle',
  'late',
  'end',
  'start',
  'beginning',
  'close',
  'conclusion',
  'tail',
  'toward',
  'towards',
  'year',
  'quarter',
  'days',
  'weeks',
  'months',
  'whole',
  'entire',
  'yearend',
  'fiscal',
  'calendar',
  'midyear',
  ...MONTHS.keys(),
  ...SEASONS.keys(),
  ...SEASON_CODES.keys(),
  ...NUMBER_WORDS.keys(),
  ...ORDINALS.keys(),
]);

/** Words that only start a phrase together with the next one ("the Q3", "about 18 months"). */
const LEADERS = wordSet(['the', 'its', 'their', 'some', 'about', 'just', 'only', 'maybe', 'almost', 'nearly', '"']);

/** Cheap pre-check: can a period or duration start with token `i`? Keeps the scan fast on long texts. */
function mayStart(ctx: Ctx, i: number): boolean {
  if (STARTERS.at(ctx.toks, i)) return true;
  const t = w(ctx, i);
  const c = t.charCodeAt(0);
  if ((c >= 48 && c <= 57) || c === 39) return true;
  if ((c === 113 || c === 104 || c === 102 || c === 99 || c === 121) && t.length <= 8) return true; // q h f c y: Q3, H2, FY27, CY27, YE26, Q2CY2021
  if ((t === "today's" || t === "tomorrow's") && w(ctx, i - 1) === 'at') return true; // "at today's meeting"
  if (c === 119 && t.length === 1 && w(ctx, i + 1) === '/') return true; // "w/c 21 Sep", "w/e 4 Oct"
  return ctx.cal.events.has(t) || (t.endsWith("'s") && ctx.cal.events.has(t.slice(0, -2)));
}

const EDGE_MONTHS = new Set(['first', 'last', 'final']);

/**
 * "the first two weeks of April", "over the last two weeks of June", "the first week of May": those days of the
 * month, seven a week counted from its first or last day, as "the first three months of 2026" are months of a year.
 */
function weeksOfMonth(ctx: Ctx, k: number, edge: string): Parsed | null {
  const one = w(ctx, k + 1) === 'week';
  const n = one ? 1 : (NUMBER_WORDS.get(w(ctx, k + 1)) ?? (/^[1-4]$/.test(w(ctx, k + 1)) ? Number(w(ctx, k + 1)) : 0));
  const at = one ? k + 2 : k + 3;
  if (n < 1 || n > 4 || (!one && w(ctx, k + 2) !== 'weeks') || w(ctx, at) !== 'of') return null;
  const inner = parseNamed(ctx, at + 1);
  if (!inner || inner.spec.unit !== 'month') return null;
  const cut = (r: Range): Range =>
    edge === 'first' ? { s: r.s, e: Math.min(r.e, r.s + 7 * n - 1) } : { s: Math.max(r.s, r.e - 7 * n + 1), e: r.e };
  const { fixed, at: of } = inner.spec;
  const spec: Spec = { ...inner.spec, unit: 'span', fixed: fixed && cut(fixed), at: of && ((y: number) => cut(of(y))) };
  return { spec, next: inner.next };
}

/** "the first six months of this year", "the last three months of 2026": those months of the period. */
function monthsOfPeriod(ctx: Ctx, j: number): Parsed | null {
  const k = w(ctx, j) === 'the' ? j + 1 : j;
  const edge = w(ctx, k);
  if (!EDGE_MONTHS.has(edge)) return null;
  const weeks = weeksOfMonth(ctx, k, edge);
  if (weeks) return weeks;
  const n = NUMBER_WORDS.get(w(ctx, k + 1)) ?? (/^[0-9]{1,2}$/.test(w(ctx, k + 1)) ? Number(w(ctx, k + 1)) : 0);
  if (n < 1 || n > 11 || w(ctx, k + 2) !== 'months' || w(ctx, k + 3) !== 'of') return null;
  const inner = parseRelative(ctx, k + 4) ?? parseNamed(ctx, k + 4) ?? currentRef(ctx, k + 4);
  if (!inner || (inner.spec.unit !== 'year' && inner.spec.unit !== 'half')) return null;
  const cut = (r: Range): Range => {
    const a = partsOf(r.s);
    const b = partsOf(r.e);
    return edge === 'first' ? monthsRange(a.y, a.m, a.m + n - 1) : monthsRange(b.y, b.m - n + 1, b.m);
  };
  // "the first four months of the year": of the current year, even when they are over.
  const ofCurrent = inner.spec.at && !inner.spec.fixed && inner.spec.year === undefined;
  const { fixed, at } = ofCurrent && inner.spec.at ? { fixed: inner.spec.at(ctx.pubY), at: undefined } : inner.spec;
  const spec: Spec = {
    ...inner.spec,
    unit: 'span',
    fixed: fixed && cut(fixed),
    at: at && ((y: number) => cut(at(y))),
    current: false,
  };
  return { spec, next: inner.next };
}

function phraseAt(ctx: Ctx, j: number, mode: Mode, trigger: string): (Parsed & { mode: Mode }) | null {
  const first = w(ctx, j);
  if (!mayStart(ctx, j)) return null;
  if (LEADERS.at(ctx.toks, j) && !mayStart(ctx, j + 1)) return null;
  const part = monthsOfPeriod(ctx, j);
  if (part) return { ...part, mode: mode === 'discard' ? 'discard' : 'period' };
  const ending = first === 'the' ? spanEndingOn(ctx, j + 1) : null;
  if (ending) return { ...ending, mode: mode === 'discard' ? 'discard' : 'period' };
  const dur = parseDuration(ctx, j, trigger);
  if (dur) return { ...dur, mode: mode === 'discard' ? 'discard' : 'period' };
  const { mods, next } = parseMods(ctx, j);
  const special = mods.length === 0 ? parseSpecial(ctx, next) : null;
  if (special) return { ...special, mode: special.spec.current ? 'deadline' : mode };
  const base =
    parseRelative(ctx, next) ??
    parseNamed(ctx, next) ??
    (mods.length > 0 ||
    trigger === 'of' ||
    trigger === 'within' ||
    forTheYear(ctx, trigger, next) ||
    throughTheDecade(ctx, trigger, next)
      ? currentRef(ctx, next)
      : null);
  if (!base) return null;
  let m = mode;
  let use = mods;
  if (mods.includes('end') && (mode === 'deadline' || mode === 'before')) {
    m = 'deadline';
    use = mods.filter((x) => x !== 'end');
  }
  if (mods.includes('start') && mode === 'deadline') {
    m = 'before';
    use = mods.filter((x) => x !== 'start');
  }
  // "will disconnect 3G at the end of this year": without a deadline word, "the end of this year" names the
  // year as "the end of 2019" does (its late part); "by the end of this year" still runs from publication.
  if (m === 'period' && use.length === 1 && use[0] === 'end' && w(ctx, next) === 'this' && w(ctx, next + 1) === 'year')
    use = ['late'];
  return { spec: withMods(base.spec, use), next: base.next, mode: m };
}

/**
 * "average production of 28.8 million barrels a day for the year": "the year" alone is the nearest year not
 * yet ended (rule 6), the current one (docs/ingest.md); "for the full year" too.
 */
function forTheYear(ctx: Ctx, trigger: string, j: number): boolean {
  // "decline throughout the year": the current year, as "for the year" is (the rest of it, by rule 1).
  if ((trigger !== 'for' && trigger !== 'throughout') || w(ctx, j) !== 'the') return false;
  const year = WHOLE.at(ctx.toks, j + 1) ? j + 2 : j + 1;
  // "throughout the year of the Olympics" is the year an event names, not the current one.
  return w(ctx, year) === 'year' && !(trigger === 'throughout' && w(ctx, year + 1) === 'of');
}

const APPROXIMATELY = wordSet(['about', 'around', 'roughly', 'approximately', 'circa']);
const THROUGH = new Set(['through', 'thru', 'until', 'till']);

/** "keeps falling through the decade": a deadline at the end of the current decade, as "within the decade" is. */
function throughTheDecade(ctx: Ctx, trigger: string, j: number): boolean {
  return THROUGH.has(trigger) && w(ctx, j) === 'the' && w(ctx, j + 1) === 'decade';
}

const UNIT_WORDS = new Set(['year', 'quarter', 'month', 'week']);
const NEXT = wordToken('next');

/**
 * "this year and next", "this quarter or next": a bare "next" right after a relative period takes that
 * period's unit, so it reads as "next year" (TIME-WINDOWS.md, "next month, next year").
 */
function ellipticalNext(ctx: Ctx, i: number, prev: Hit | undefined): (Parsed & { mode: Mode }) | null {
  // "later this year or early next": a part of the next one, its unit left out as well.
  const part = EDGE_PARTS.at(ctx.toks, i) && w(ctx, i + 1) === 'next' ? ctx.toks[i] : undefined;
  if ((w(ctx, i) !== 'next' && !part) || !prev || prev.i1 !== i - 1) return null;
  const joiner = w(ctx, i - 1);
  const unitTok = ctx.toks[i - 2];
  if ((joiner !== 'and' && joiner !== 'or') || !unitTok) return null;
  // "late this decade or early next": a part of the next calendar decade, as "the early 2030s" is.
  if (part && unitTok.t === 'decade' && w(ctx, i - 3) === 'this') {
    const y0 = ctx.pubY - (ctx.pubY % 10) + 10;
    const decade = { unit: 'decade' as const, fixed: { s: dayOf(y0, 1, 1), e: dayOf(y0 + 9, 12, 31) } };
    return { spec: withMods(decade, parseMods(ctx, i).mods), next: i + 2, mode: 'period' };
  }
  if (!UNIT_WORDS.has(unitTok.t)) return null;
  if (part) {
    const parsed = phraseAt({ ...ctx, toks: [part, NEXT, unitTok] }, 0, 'period', '');
    return parsed && parsed.next === 3 ? { spec: parsed.spec, next: i + 2, mode: 'period' } : null;
  }
  const rel = parseRelative({ ...ctx, toks: [NEXT, unitTok] }, 0);
  return rel ? { spec: rel.spec, next: i + 1, mode: prev.mode } : null;
}

const EDGE_PARTS = wordSet(['early', 'mid', 'late']);

const ENDS = wordSet(['ends', 'end', 'closes', 'expires', 'runs']);
const CLOSES = wordSet([
  'ends',
  'end',
  'ending',
  'closes',
  'close',
  'closing',
  'finishes',
  'finish',
  'finishing',
  'conclude',
  'concludes',
  'concluding',
]);

/**
 * "ends the year at 140", "closes 2027 above 4.5%", "conclude 2025 at approximately 6.4%": a point on Dec 31 of that
 * year (TIME-WINDOWS.md).
 */
function yearClose(ctx: Ctx, i: number): Parsed | null {
  const yearEnds = yearAsSubject(ctx, i);
  if (yearEnds) return yearEnds;
  if (!CLOSES.at(ctx.toks, i)) return null;
  const rel = w(ctx, i + 1);
  // "prices will end this year lower" is "end the year lower".
  if ((rel === 'this' || rel === 'next') && w(ctx, i + 2) === 'year') {
    const day = dayOf(ctx.pubY + (rel === 'next' ? 1 : 0), 12, 31);
    return { spec: { unit: 'day', fixed: { s: day, e: day }, note: 'the last day of that year' }, next: i + 3 };
  }
  const k = rel === 'the' ? i + 2 : i + 1;
  const u = w(ctx, k);
  // "expects to end the quarter with $2.9 billion": the last day of the current quarter, as for the year.
  if ((u === 'quarter' || u === 'month') && k === i + 2) {
    const { y: py, m: pm } = partsOf(ctx.pub);
    const last = u === 'quarter' ? 3 * Math.ceil(pm / 3) : pm;
    const day = monthsRange(py, last, last).e;
    return { spec: { unit: 'day', fixed: { s: day, e: day }, note: `the last day of that ${u}` }, next: k + 1 };
  }
  const y = u === 'year' && k === i + 2 ? ctx.pubY : /^[0-9]{4}$/.test(u) ? Number(u) : null;
  if (y === null) return periodClose(ctx, i + 1);
  const day = dayOf(y, 12, 31);
  return { spec: { unit: 'day', fixed: { s: day, e: day }, note: 'the last day of that year' }, next: k + 1 };
}

const LEVEL_AFTER_CLOSE = wordSet(['at', 'above', 'below', 'near', 'around', 'higher', 'lower', 'up', 'down']);
const CLOSED_UNITS = new Set(['quarter', 'half']);

/**
 * "Brent ends the second quarter below $60", "finishes the first half of 2027 with $2bn": a named quarter or half that
 * a verb of closing ends at a level (or "with" an amount) is its last day only, as "ends the year at" is.
 */
function periodClose(ctx: Ctx, k: number): Parsed | null {
  const p = parseNamed(ctx, k);
  const amount = w(ctx, p?.next ?? k) === 'with' && /^[$£€0-9]/.test(w(ctx, (p?.next ?? k) + 1));
  if (!p || !CLOSED_UNITS.has(p.spec.unit) || (!LEVEL_AFTER_CLOSE.at(ctx.toks, p.next) && !amount)) return null;
  const { fixed, at } = p.spec;
  const lastDay = (r: Range): Range => ({ s: r.e, e: r.e });
  const spec: Spec = fixed
    ? { unit: 'day', fixed: lastDay(fixed), note: `the last day of that ${p.spec.unit}` }
    : { ...p.spec, at: at && ((yy: number) => lastDay(at(yy))), note: `the last day of that ${p.spec.unit}` };
  return { spec, next: p.next };
}

/** "The domestic year closes at $9.4 billion": the year as the subject that closes at a level is "closes the year at". */
function yearAsSubject(ctx: Ctx, i: number): Parsed | null {
  if (w(ctx, i) !== 'year' || !CLOSES.at(ctx.toks, i + 1) || !LEVEL_AFTER_CLOSE.at(ctx.toks, i + 2)) return null;
  // "the year", "the domestic year": an article at most one word before; "a year ends" is any year.
  if (w(ctx, i - 1) !== 'the' && w(ctx, i - 2) !== 'the' && w(ctx, i - 1) !== 'this') return null;
  const day = dayOf(ctx.pubY, 12, 31);
  return { spec: { unit: 'day', fixed: { s: day, e: day }, note: 'the last day of that year' }, next: i + 2 };
}

const WEAK = new Set([
  'in',
  'on',
  'at',
  'for',
  'during',
  'over',
  'across',
  'from',
  'around',
  'circa',
  'into',
  'starting',
  'throughout',
  'later',
  '',
]);
const RESET = wordSet([',', ';', '.', ':', '-', '(', ')']);
const QUANTITY = /^([0-9$€£%]|another$|about$|roughly$|around$|some$|more$|less$|up$|half$|double$|as$)/;

/**
 * A trigger whose period comes a few words later ("before a postponed vote on the ban March 26", "through
 * Powell's term, which ends in May"): kept for the next period of the clause, unless a quantity sits between.
 */
interface Pending {
  mode: Mode;
  trigger: string;
  at: number;
}

const RIVALS = wordSet(['any', 'anyone', 'anybody', 'everyone', 'everybody', 'rivals', 'peers', 'competitors']);
const PERIOD_NOUNS = new Set(['time', 'point', 'year', 'month', 'quarter', 'week', 'day', 'season', 'period']);

/** "than any other studio", "than its rivals": a comparison with others, not with another period. */
function rivalsCompared(ctx: Ctx, next: number): boolean {
  const k = w(ctx, next) === 'its' || w(ctx, next) === 'their' ? next + 1 : next;
  if (!RIVALS.at(ctx.toks, k)) return false;
  const noun = w(ctx, k + 1) === 'other' ? w(ctx, k + 2) : w(ctx, k + 1);
  return !PERIOD_NOUNS.has(noun) && !PERIOD_NOUNS.has(noun.replace(/s$/, ''));
}

// Plurals that measure rather than count: after "than" they are a baseline ("lower than levels in 2024").
const MEASURING_PLURALS = wordSet([
  ...['levels', 'estimates', 'forecasts', 'expectations', 'projections', 'figures', 'records', 'highs', 'lows'],
  ...['peaks', 'averages', 'years', 'months', 'quarters', 'weeks', 'days', 'times', 'seasons', 'prices', 'rates'],
]);
const NOT_PLAIN = wordSet(['the', 'a', 'an', 'its', 'their', 'last', 'this', 'next', 'that', 'those', 'these', 'any']);
const PERIOD_OPENERS = wordSet(['in', 'during', 'over', 'through', 'within', 'by', 'this', 'next']);

/**
 * "adds more river ships than ocean ships in each of the next three years": things of a kind compared in kind (a
 * plain plural noun, no figure or determiner) are compared within the forecast's period, as rivals are; what
 * measures ("than levels in 2024", "than forecasts in January") stays a baseline.
 */
function pluralCompared(ctx: Ctx, next: number): boolean {
  for (let k = next; k < next + 3; k++) {
    const t = w(ctx, k);
    if (!/^[a-z]{3,}$/.test(t) || ctx.toks[k]?.upper || NOT_PLAIN.has(t)) return false;
    if (/[^su'i]s$/.test(t)) return !MEASURING_PLURALS.has(t) && PERIOD_OPENERS.at(ctx.toks, k + 1);
  }
  return false;
}

const STANDARDS = wordSet([
  'normal',
  'usual',
  'average',
  'expected',
  'anticipated',
  'forecast',
  'planned',
  'projected',
  'previously',
  'before',
  'ever',
  'thought',
  'hoped',
  'feared',
  'estimated',
]);

function gerund(t: string): boolean {
  return t.length > 5 && t.endsWith('ing');
}

const ARTICLES = wordSet(['the', 'a', 'an', 'its', 'their']);

/** "before growth resumes late in 2016": a subject and its verb follow, so "before" joins the next step, as with a gerund. */
function clauseFollows(ctx: Ctx, next: number): boolean {
  const k = ARTICLES.at(ctx.toks, next) ? next + 1 : next;
  const verb = w(ctx, k + 1);
  return /^[a-z]+$/.test(w(ctx, k)) && verb.length > 3 && /[^s]s$|ed$/.test(verb) && !ctx.toks[k + 1]?.upper;
}

const EVENT_VERBS = wordSet([
  'starts',
  'begins',
  'opens',
  'kicks',
  'ends',
  'closes',
  'shuts',
  'expires',
  'finishes',
  'meets',
  'convenes',
  'adjourns',
  'concludes',
]);

/**
 * "before the tournament starts on June 11": an event's start dated in the same clause is the deadline of a
 * "before X" (rule 4; "before E" ends the day before E), unlike "before growth resumes late in 2016"; a session's
 * close reads so too ("before it adjourns on March 13", "before the conference concludes on June 5").
 */
function eventStarts(ctx: Ctx, next: number): boolean {
  const k = ARTICLES.at(ctx.toks, next) ? next + 1 : next;
  // "before the 2027 season starts", "before the new session opens": a short noun phrase names the event.
  for (let x = k; x < k + 3; x++) {
    if (EVENT_VERBS.at(ctx.toks, x + 1)) return true;
    if (!/^[a-z0-9]+$/.test(w(ctx, x + 1))) return false;
  }
  return false;
}

/** "the 2027 season starts on …": the index of the event verb after an article, a year and maybe a noun, or -1. */
function namedEventStart(ctx: Ctx, at: number): number {
  if (!ARTICLES.at(ctx.toks, at) || !/^(19|20)[0-9]{2}$/.test(w(ctx, at + 1))) return namedFiscalEventStart(ctx, at);
  const verb = EVENT_VERBS.at(ctx.toks, at + 2) ? at + 2 : /^[a-z]{3,}$/.test(w(ctx, at + 2)) ? at + 3 : -1;
  if (verb < 0 || !EVENT_VERBS.at(ctx.toks, verb)) return -1;
  return w(ctx, verb + 1) === 'on' || /^[0-9]/.test(w(ctx, verb + 1)) ? verb : -1;
}

/**
 * "before the FY2027 cap lottery opens in March": a fiscal year glued into an event's name (one or two nouns before
 * its start) names the event, and the month or day given dates its start; the index of the event verb, or -1.
 */
function namedFiscalEventStart(ctx: Ctx, at: number): number {
  if (!ARTICLES.at(ctx.toks, at) || !/^fy([0-9]{2}|[0-9]{4})$/.test(w(ctx, at + 1))) return -1;
  let verb = at + 2;
  while (verb < at + 4 && /^[a-z]{3,}$/.test(w(ctx, verb)) && !EVENT_VERBS.at(ctx.toks, verb)) verb++;
  if (verb === at + 2 || !EVENT_VERBS.at(ctx.toks, verb)) return -1;
  const after = w(ctx, verb + 1);
  if (after === 'on' || /^[0-9]/.test(after)) return verb;
  return after === 'in' && MONTHS.has(w(ctx, verb + 2)) && ctx.toks[verb + 2]?.upper === true ? verb : -1;
}

const DAY_PARTS = wordSet(['night', 'day', 'morning', 'afternoon', 'evening', 'weekend']);

// "another record year ahead of us in 2026": "ahead of" a person is in front of them, no deadline.
const OBJECT_PRONOUNS = wordSet(['us', 'them', 'you', 'me', 'him', 'her']);

// Verbs of passage: "passes through the Diet", "gets through the Senate", "makes it through the House".
const PASSAGE_VERBS = wordSet(
  ['pass', 'get', 'go', 'move', 'make', 'sail', 'clear', 'push', 'ram', 'steer', 'shepherd', 'force', 'rush']
    .flatMap((v) => [v, `${v}s`, `${v}es`, `${v}ed`, `${v}d`, `${v}ing`])
    .concat(['made', 'got', 'gotten', 'went', 'gone', 'rammed']),
);
// What a name names when it is an occasion rather than a body: "through the OPEC meeting", "the G7 summit".
const OCCASION_AFTER_NAME = wordSet([
  'meeting',
  'meetings',
  'summit',
  'vote',
  'votes',
  'election',
  'elections',
  'conference',
  'session',
  'season',
  'holidays',
  'holiday',
  'break',
  'deadline',
  'recess',
  'hearing',
  'hearings',
  'talks',
  'decision',
  'review',
  'final',
  'finals',
  'games',
  'tournament',
  'auction',
  'budget',
  'primary',
  'primaries',
  'festival',
  'week',
]);

/**
 * "runs dry through Albuquerque this summer": "through" before a name that opens no period is a place. So is "the"
 * before one after a verb of passage ("passes through the Diet in March", "gets through the Senate"), or when the name
 * names no occasion: "stays above $80 through the OPEC meeting in June" keeps its deadline.
 */
function throughPlace(ctx: Ctx, i: number, next: number): boolean {
  const the = w(ctx, next) === 'the';
  const place = the ? next + 1 : next;
  if (!ctx.toks[place]?.upper || mayStart(ctx, place)) return false;
  if (!the) return true;
  if (PASSAGE_VERBS.at(ctx.toks, i - 1) || (w(ctx, i - 1) === 'it' && PASSAGE_VERBS.at(ctx.toks, i - 2))) return true;
  let k = place;
  while (ctx.toks[k]?.upper || (w(ctx, k) === "'s" && k > place)) k++;
  return !OCCASION_AFTER_NAME.at(ctx.toks, k);
}

function holdTrigger(ctx: Ctx, i: number, next: number, mode: Mode, trigger: string): Pending | null {
  if (WEAK.has(trigger) || QUANTITY.test(w(ctx, next))) return null;
  if (trigger === 'ahead of' && OBJECT_PRONOUNS.at(ctx.toks, next)) return null;
  // "expected to post its fourth loss … Wednesday": "post" and "pre" are prefixes only when glued to their date.
  if (trigger === 'post' || trigger === 'pre') return null;
  // "hit 12% by October before falling back in 2023": before a gerund is the next step, not a deadline on it.
  if (mode === 'before' && (gerund(w(ctx, next)) || (clauseFollows(ctx, next) && !eventStarts(ctx, next)))) return null;
  // "more active than normal this year": the comparison is complete, the date that follows is the forecast's.
  if (trigger === 'than' && STANDARDS.at(ctx.toks, next)) return null;
  // "wins more Oscars than any other studio this year": rivals compared within the same period leave it the forecast's.
  if (trigger === 'than' && (rivalsCompared(ctx, next) || pluralCompared(ctx, next))) return null;
  // "tabulated through the night": the trigger has its own span of the day.
  if (w(ctx, next) === 'the' && DAY_PARTS.at(ctx.toks, next + 1)) return null;
  if ((trigger === 'through' || trigger === 'thru') && throughPlace(ctx, i, next)) return null;
  // "by" holds only as "by the time …": "signed by the governor" is an agent, not a deadline.
  if (trigger === 'by' && !(w(ctx, next) === 'the' && w(ctx, next + 1) === 'time')) return null;
  return { mode, trigger, at: i };
}

function stillPending(ctx: Ctx, p: Pending | null, i: number): Pending | null {
  if (!p || i - p.at > 9) return null;
  for (let k = p.at + 1; k < i; k++) {
    const t = w(ctx, k);
    if (RESET.has(t) && !(t === ',' && (w(ctx, k + 1) === 'which' || w(ctx, k + 1) === 'that'))) return null;
    // "before the 2027 season starts on …": a year between an article and its noun is a name, not a quantity.
    const nameYear = /^(19|20)[0-9]{2}$/.test(t) && ARTICLES.at(ctx.toks, k - 1);
    // "before the round of 32 starts on June 28": a number closing a stage's name, right before the event's verb.
    const stage =
      /^[0-9]{1,3}$/.test(t) &&
      w(ctx, k - 1) === 'of' &&
      ARTICLES.at(ctx.toks, k - 3) &&
      EVENT_VERBS.at(ctx.toks, k + 1);
    if (QUANTITY.test(t) && /^[0-9$€£%]/.test(t) && !nameYear && !stage) return null;
  }
  return p;
}

const ANAPHORIC_UNITS = new Set(['month', 'year', 'week', 'day']);

/** The month, year, … of a period, as a range: "January 11" → January. */
function widen(r: Range, unit: string): Range {
  const { y, m } = partsOf(r.s);
  return unit === 'month' ? monthsRange(y, m, m) : unit === 'year' ? monthsRange(y, 1, 12) : r;
}

/**
 * "Closing arguments are scheduled for January 11, and the judge expects a decision by the end of that month":
 * "that month" (year, week, day) is the one of the last date named before it in the sentence.
 */
function thatPeriod(ctx: Ctx, j: number, hits: readonly Hit[], mode: Mode): (Parsed & { mode: Mode }) | null {
  const unit = w(ctx, j + 1);
  if (w(ctx, j) !== 'that' || !ANAPHORIC_UNITS.has(unit)) return null;
  const prev = hits[hits.length - 1];
  if (!prev || prev.spec.discard || prev.spec.unit === 'span' || prev.spec.unit === 'decade') return null;
  const { fixed, at } = prev.spec;
  const spec: Spec = {
    unit: unit === 'year' || unit === 'month' ? unit : prev.spec.unit,
    fixed: fixed && widen(fixed, unit),
    at: at && ((y: number) => widen(at(y), unit)),
    year: prev.spec.year,
    pickNext: prev.spec.pickNext,
  };
  return { spec, next: j + 2, mode };
}

const THEN_TRIGGERS = new Set(['before', 'by', 'until', 'till', 'prior to']);

/**
 * "While the current agreement ends Friday, July 1, the groups are unlikely to reach a deal before then": "then" after
 * a deadline word is the date the sentence named last, so the deadline is that date's.
 */
function thenDate(
  ctx: Ctx,
  j: number,
  hits: readonly Hit[],
  mode: Mode,
  trigger: string,
): (Parsed & { mode: Mode }) | null {
  if (w(ctx, j) !== 'then' || !THEN_TRIGGERS.has(trigger)) return null;
  const prev = hits[hits.length - 1];
  if (!prev || prev.mode === 'discard' || prev.spec.discard || prev.nullish) return null;
  // Only a date of the same sentence: "Sine die on March 13. A referral by then …" refers across a stop.
  for (let k = prev.i1; k < j; k++) if (w(ctx, k) === '.' || w(ctx, k) === '?' || w(ctx, k) === '!') return null;
  return { spec: { ...prev.spec, schedule: undefined }, next: j + 1, mode };
}

/** The year of the sentence's last phrase when it named a whole year other than the current one, else null. */
function lastNamedYear(ctx: Ctx, hits: readonly Hit[]): number | null {
  const prev = hits[hits.length - 1];
  if (!prev || prev.mode === 'discard' || prev.spec.unit !== 'year' || prev.spec.year === undefined) return null;
  // "commits to the 2030 engine rules before the end of the year": a year that names a thing is no year of the outcome.
  if (yearBeforeNoun(ctx, prev.i0, prev.i1)) return null;
  return prev.spec.year !== ctx.pubY ? prev.spec.year : null;
}

/** Scans `ctx.toks` for time phrases, left to right (TIME-WINDOWS.md, "Rules" and "Periods"). */
export function scanPhrases(ctx: Ctx): Hit[] {
  const hits: Hit[] = [];
  const n = ctx.toks.length;
  let pending: Pending | null = null;
  let i = 0;
  while (i < n) {
    const c = w(ctx, i).charCodeAt(0);
    if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 39)) {
      i++;
      continue;
    }
    const vague = parseVague(ctx, i);
    if (vague) {
      // "The vote does not mean a strike is imminent": a near-term word under a negation says when it will not happen.
      const denied = vague.spec.isDefault === true && negated(ctx, i) && !doubtDenied(ctx, i);
      hits.push({
        i0: i,
        i1: vague.next,
        spec: vague.spec,
        mode: 'period',
        trigger: '',
        nullish: vague.nullish || denied,
      });
      i = vague.next;
      continue;
    }
    const close = yearClose(ctx, i);
    if (close) {
      hits.push({ i0: i, i1: close.next, spec: close.spec, mode: 'period', trigger: '', nullish: false });
      i = close.next;
      continue;
    }
    const trig = matchTrigger(ctx, i);
    let mode: Mode = trig?.mode ?? 'period';
    let trigger = trig ? trig.phrase : '';
    const toEndOf = trig !== null && trig.words.length > 2 && trig.words[trig.words.length - 2] === 'end';
    // "will not know how well the shot worked until next month": after a negation "until" binds to the negated verb,
    // not to the past verb right before it.
    const notUntil = (NEGATABLE.has(trigger) || (toEndOf && NEGATABLE.has(trig.words[0] as string))) && negated(ctx, i);
    if (notUntil) mode = 'period';
    if (POSTPONABLE.has(trigger) && postponed(ctx, i)) mode = 'period';
    // With no trigger, a word no phrase may start leaves nothing for the mode to apply to: the checks of what stands
    // before it are read only where a phrase may begin.
    const mayPhrase = trig !== null || mayStart(ctx, i);
    const pastBefore = mayPhrase && !notUntil && pastVerbBefore(ctx, i);
    // "slow from 2.1% this year to 0.8% in 2024": a starting level's period is a baseline with or without a trigger.
    if (mayPhrase && mode === 'period' && (pastBefore || startingLevel(ctx, i))) mode = 'discard';
    // "1,900 cases so far in 2026", "thus far this year", "to date in 2026": the count looks back (rule 7).
    if (mayPhrase && lookingBack(ctx, i)) mode = 'discard';
    const inner = trig && mode !== 'discard' ? parseVague(ctx, trig.next) : null;
    if (inner) {
      hits.push({ i0: i, i1: inner.next, spec: inner.spec, mode: 'period', trigger, nullish: inner.nullish });
      i = inner.next;
      continue;
    }
    let start = trig ? trig.next : i;
    // by “late second quarter, …”: the quote mark only encloses the phrase.
    if (trig && w(ctx, start) === '"') start++;
    if (toEndOf && mode === 'period') {
      // "won't … until the end of 2021": the thing happens at the end of 2021 (rule 5), read as "the end of X".
      start = i + 1;
    }
    if (trigger === 'by' && w(ctx, start) === 'later') start += w(ctx, start + 1) === 'in' ? 2 : 1;
    // "until about midway through next year", "by around March": an approximation keeps the trigger's deadline.
    if (trig && APPROXIMATELY.at(ctx.toks, start) && mayStart(ctx, start + 1)) start++;
    // "before the end of the day Tuesday": the day is the weekday named after it.
    if (toEndOf && w(ctx, start) === 'the' && w(ctx, start + 1) === 'day' && WEEKDAYS.has(w(ctx, start + 2)))
      start += 2;
    if (trig && mode !== 'discard') start = afterOwner(ctx, start);
    // "before the 2027 season starts on 1 January": the year names the event, whose own day is the deadline.
    const named = trig && mode === 'before' ? namedEventStart(ctx, start) : -1;
    if (trig && named > 0) {
      pending = holdTrigger(ctx, i, trig.next, mode, trigger) ?? pending;
      i = named;
      continue;
    }
    const found =
      phraseAt(ctx, start, mode, trig ? (trig.words[trig.words.length - 1] as string) : '') ??
      (trig
        ? (thatPeriod(ctx, start, hits, mode) ?? thenDate(ctx, start, hits, mode, trigger))
        : ellipticalNext(ctx, i, hits[hits.length - 1]));
    if (!found) {
      if (trig) pending = holdTrigger(ctx, i, trig.next, mode, trigger) ?? pending;
      i++;
      continue;
    }
    let end = found.next;
    let m = found.mode;
    // "expected to rise slightly next year, to 4.3% at the end of the year": "the year" is the one just named.
    const justNamed = lastNamedYear(ctx, hits);
    if (justNamed !== null && (found.spec.current || found.spec.toEnd) && w(ctx, end - 2) === 'the') {
      const base: Spec = { unit: 'year', at: (y: number) => monthsRange(y, 1, 12), year: justNamed };
      if (w(ctx, end - 1) === 'year') found.spec = found.spec.toEnd ? withMods(base, ['late']) : base;
    }
    const held = stillPending(ctx, pending, i);
    if (held && WEAK.has(trigger) && (held.mode !== 'discard' || !trig)) {
      m = held.mode;
      trigger = held.trigger;
    }
    pending = null;
    if (m === 'before' && ENDS.at(ctx.toks, end)) {
      m = 'deadline';
      end++;
    } else if (m === 'before' && w(ctx, end) === 'is' && (w(ctx, end + 1) === 'out' || w(ctx, end + 1) === 'over')) {
      // "before the summer is out" is "by the end of the summer", as "before the decade is out" is.
      m = 'deadline';
      end += 2;
    }
    if (m === 'deadline' && (trigger === 'until' || trigger === 'till') && thenFollows(ctx, end)) m = 'period';
    const after = w(ctx, end);
    if (
      after === 'at' &&
      w(ctx, end + 1) === 'the' &&
      (w(ctx, end + 2) === 'latest' || w(ctx, end + 2) === 'earliest')
    ) {
      m = w(ctx, end + 2) === 'latest' ? 'deadline' : 'period';
      end += 3;
    } else if (BACKWARD_AFTER.has(after)) m = 'discard';
    else if (
      OPEN_END.has(after) ||
      ((after === 'or' || after === 'and') && (w(ctx, end + 1) === 'later' || w(ctx, end + 1) === 'beyond'))
    )
      m = 'period';
    hits.push({ i0: i, i1: end, spec: listedFiscalPart(ctx, found.spec, hits, i), mode: m, trigger, nullish: false });
    i = end;
  }
  // "its forecast for fiscal year 2026 (FY26)": a period alone in brackets right after another one restates it, so it
  // shares that phrase's reading (a name there is a name here) and dates nothing of its own.
  for (let h = 1; h < hits.length; h++) {
    const cur = hits[h] as Hit;
    if (w(ctx, cur.i0 - 1) === '(' && w(ctx, cur.i1) === ')' && (hits[h - 1] as Hit).i1 === cur.i0 - 1)
      cur.mode = 'discard';
  }
  return hits;
}

// A bare part's number is read from the month its range starts in, which is the same in every year.
const ANY_YEAR = 2001;

/**
 * "inflation at 1.8% in Q2 FY26, 1.8% in Q3, 4.0% in Q4": a bare quarter (or half) listed right after a part of a
 * named fiscal year is a part of that fiscal year, its year left out as in "Q3 or Q4 2026" (rule 8).
 */
function listedFiscalPart(ctx: Ctx, spec: Spec, hits: readonly Hit[], i: number): Spec {
  if ((spec.unit !== 'quarter' && spec.unit !== 'half') || spec.fixed || spec.year !== undefined || !spec.at)
    return spec;
  const prev = hits[hits.length - 1];
  const fy = prev?.spec.fiscalYear;
  if (!prev || !fy || prev.spec.unit !== spec.unit || i - prev.i1 > 6) return spec;
  for (let k = prev.i1; k < i; k++) if (/^[.;:]$/.test(w(ctx, k))) return spec;
  const first = partsOf(spec.at(ANY_YEAR).s).m;
  const n = spec.unit === 'quarter' ? (first + 2) / 3 : (first + 5) / 6;
  return { ...spec, at: undefined, fixed: fiscalPart(fy, spec.unit, n), fiscalYear: fy, note: prev.spec.note };
}
