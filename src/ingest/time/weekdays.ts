/**
 * Weekdays and day words, relative to `published` (the issue date): "by Friday", "on Monday", "next Tuesday",
 * "Wednesday of next week", "Monday, May 17", "Monday the 12th", "today", "tomorrow". A weekday is a one-day
 * period, so rule 6 of TIME-WINDOWS.md picks the nearest one not yet ended (the issue date included); "next" and
 * "this" name the day of the next / current ISO week, as "next week" does. A bare weekday in news prose is as
 * often the day something was said as the day something will happen, so it counts only in a forward-looking
 * clause (rule 7: backward-looking dates do not bound the outcome).
 */
import { dayOf, isoWeekMonday, monthEnd, partsOf } from './dates.js';
import { dayNumber, parseMonth, parseNumericDate } from './months.js';
import { w, type Ctx, type Parsed, type Spec } from './period-core.js';
import { lyAdverb } from './tokens.js';
import { FORWARD_PARTICIPLES, MONTHS, UN_ADJECTIVES } from './vocab.js';
import { OCCASION_NOUNS, PAST_VERBS, phrasalStartEnding } from './clause-words.js';
import { BELIEVING } from './modal-words.js';

/** ISO day of week, Monday = 1. */
export const WEEKDAYS = new Map<string, number>([
  ['monday', 1],
  ['tuesday', 2],
  ['wednesday', 3],
  ['thursday', 4],
  ['friday', 5],
  ['saturday', 6],
  ['sunday', 7],
]);

/** Day words counted from the issue date. */
export const DAY_WORDS = new Map<string, number>([
  ['today', 0],
  ['tonight', 0],
  ['tomorrow', 1],
]);

const AHEAD = new Set(['next', 'coming']);
const COORD = new Set(['and', 'or', 'to', '-', '/', ',']);
const BACK = new Set(['last', 'past', 'previous']);

/** Words that make a clause look forward: modals, "expected to", plans (a deadline word counts only right before the day). */
const FORWARD = new Set([
  'will',
  'would',
  'shall',
  'could',
  'may',
  'might',
  'should',
  'can',
  'must',
  'to',
  'expect',
  'expects',
  'expected',
  'expecting',
  'likely',
  'unlikely',
  'plan',
  'plans',
  'planned',
  'set',
  'scheduled',
  'slated',
  'due',
  'going',
  'aims',
  'aiming',
  'hope',
  'hopes',
  'hoping',
  'await',
  'awaits',
  'awaiting',
  'forecast',
  'forecasts',
  'predict',
  'predicts',
  'predicted',
  'projects',
  'projected',
  'sees',
]);

// "We think Mexico win the opener on Thursday": a belief stated looks ahead, as "we expect" does, unless a past form
// stands between it and the day ("I think the market got it wrong on Friday"); "bet" is its own past, so it is left out.
const BELIEF: ReadonlySet<string> = new Set(BELIEVING.filter((t) => t !== 'bet'));

/** Past forms that are not "-ed" words: those that mark a time phrase as past, and verbs of reporting and meeting. */
const PAST_IRREGULAR = new Set([
  ...PAST_VERBS,
  'said',
  'told',
  'wrote',
  'spoke',
  'met',
  'held',
  'gave',
  'sold',
  'left',
  'sent',
  'struck',
  'broke',
  // "I think the market got it wrong on Friday": past forms that make a belief look back.
  'got',
  'thought',
  'knew',
]);

const FORWARD_ED = new Set(FORWARD_PARTICIPLES);
const BOUNDARY = new Set([',', ';', ':', '.', '(', ')', '?', '!', 'that', 'but', 'while', 'although']);
/** "must be passed by Friday": a participle after these is passive or future, not the past. */
const NOT_PAST_BEFORE = new Set(['be', 'been', 'being', 'get', 'gets', 'getting', 'is', 'are', 'will', 'to']);
/** Words after a past verb that carry its adverbial on to the day ("said in a note Tuesday"). */
const LINKS = new Set(['in', 'on', 'at', 'during', 'late', 'early', 'a', 'the', 'this', 'last']);
/** Words that open a fronted clause whose main clause follows its comma. */
const FRONTING = new Set(['on', 'at', 'during', 'for', 'when', 'once', 'after', 'as', 'by', 'until', 'before']);
const PAST_AUX = new Set(['was', 'were', 'had', 'did']);
const DAY_PARTS = new Set(['morning', 'afternoon', 'evening', 'night']);
const OBJECT_START = /^([0-9$€£]|a$|an$|the$|no$|some$|more$|its$|their$)/;
const DEADLINE = new Set(['by', 'until', 'till', 'before', 'than']);

function isPast(ctx: Ctx, k: number): boolean {
  const t = w(ctx, k);
  // "is expected to be overwhelmingly supported tomorrow": an adverb may stand between the auxiliary and its participle.
  const adverb = lyAdverb(ctx.toks[k - 1]);
  if (NOT_PAST_BEFORE.has(w(ctx, k - 1)) || (adverb && NOT_PAST_BEFORE.has(w(ctx, k - 2)))) return false;
  if (PAST_IRREGULAR.has(t)) return true;
  return t.length > 4 && t.endsWith('ed') && !FORWARD_ED.has(t) && !UN_ADJECTIVES.has(t);
}

function forward(t: string): boolean {
  return FORWARD.has(t) || t.endsWith("'ll") || t.endsWith("'d");
}

/**
 * Whether the day phrase at tokens `i0`..`i1` bounds a forecast: not next to a past verb ("said Tuesday",
 * "Monday announced"), and in a clause with a forward-looking word, or after a present-tense verb of a schedule
 * ("which reports Tuesday").
 */
function forwardClause(ctx: Ctx, i0: number, i1: number): Reading {
  const before = w(ctx, i0 - 1);
  if (DEADLINE.has(before) || (before === 'as' && (w(ctx, i0 - 2) === 'soon' || w(ctx, i0 - 2) === 'early')))
    return 'ahead';
  // "by the end of the day Tuesday" is a deadline on Tuesday.
  if (before === 'day' && w(ctx, i0 - 2) === 'the' && w(ctx, i0 - 3) === 'of' && w(ctx, i0 - 4) === 'end')
    return 'ahead';
  let ahead = false;
  let k = i0 - 1;
  let crossed = false;
  let pastSince = false;
  // Back to the clause's start: a comma of a list ("in Alberni, Ladysmith and Powell River on Thursday") does not end it.
  for (let n = 0; k >= 0 && n < 24; k--, n++) {
    const t = w(ctx, k);
    if (t === ',') crossed = true;
    if (BOUNDARY.has(t) && t !== ',' && !shortStop(ctx, k)) break;
    // "said Tuesday", "told reporters Thursday", "said in a note Tuesday", "was scrubbed just before blast-off
    // Sunday" (not "argued cases on Tuesday", nor a past verb beyond a forward-looking one).
    const verbOfDay = n < 3 || (!crossed && !ahead && (LINKS.has(w(ctx, k + 1)) || PAST_AUX.has(t)));
    if (verbOfDay && isPast(ctx, k)) return 'past';
    if (forward(t)) ahead = true;
    if (BELIEF.has(t) && !pastSince) ahead = true;
    if (isPast(ctx, k)) pastSince = true;
  }
  const fronted = k < 0 && (FRONTING.has(w(ctx, 0)) || i0 <= 2);
  let commas = 0;
  for (let x = i1, n = 0; x < ctx.toks.length && n < 10; x++, n++) {
    const t = w(ctx, x);
    // "On Friday, union members will vote", "When the ONS publishes on Wednesday, economists expect …".
    if (t === ',' && fronted && commas++ === 0) continue;
    if (BOUNDARY.has(t) && !shortStop(ctx, x)) break;
    if ((n < 2 || (commas > 0 && !ahead)) && isPast(ctx, x)) return 'past';
    if (forward(t)) ahead = true;
  }
  if (ahead) return 'ahead';
  // ", Wednesday evening offers a 90 percent chance": the day opening its clause as the subject of a present verb.
  const v = DAY_PARTS.has(w(ctx, i1)) ? i1 + 1 : i1;
  const opens = i0 === 0 || w(ctx, i0 - 1) === ',' || w(ctx, i0 - 1) === 'and';
  if (opens && WEEKDAYS.has(w(ctx, i0)) && presentVerb(w(ctx, v)) && OBJECT_START.test(w(ctx, v + 1))) return 'ahead';
  // "BEAR: wind keeps totals under in all three games on Sunday": a BULL or BEAR block is a call by its label, so a day
  // no past verb holds is the call's.
  if (levelCalled(ctx, i0) || (ctx.call === true && dayOfCall(ctx, i0, i1))) return 'ahead';
  let p = i0 - 1;
  if (w(ctx, p) === 'on') p--;
  // "the season gets underway on Friday", "kicks off Sunday": the verb of a phrasal start.
  const phrasal = phrasalStartEnding((k) => w(ctx, k), p);
  const verb = w(ctx, phrasal >= 0 ? phrasal : p);
  // "which reports Tuesday", "the next game is on Wednesday": a schedule stated in the present.
  return verb === 'is' || verb === 'are' || presentVerb(verb) ? 'schedule' : 'past';
}

/**
 * In a BULL or BEAR block, a day that is a time phrase ("on Sunday", "this Friday", "Sunday night", one closing its
 * clause), not one before the noun it names ("The Sunday papers", "Sunday trading laws").
 */
function dayOfCall(ctx: Ctx, i0: number, i1: number): boolean {
  const before = w(ctx, i0 - 1);
  if (before === 'on' || before === 'this' || before === 'next' || before === 'by') return true;
  const after = w(ctx, i1);
  return after === '' || BOUNDARY.has(after) || DAY_PARTS.has(after);
}

// A level a present verb reaches: "closes above 7,000", "opens higher".
const LEVEL_WORDS = new Set(['above', 'below', 'higher', 'lower', 'beyond']);

/**
 * "The S&P closes above 7,000 on Friday": a present verb right before a level, the level within five words of the
 * day, is the house's plain-present call on the day (as "The S&P closes above 7,000 in March" is), not a schedule.
 */
function levelCalled(ctx: Ctx, i0: number): boolean {
  for (let k = i0 - 1; k >= 1 && k >= i0 - 5; k--) {
    if (BOUNDARY.has(w(ctx, k)) && w(ctx, k) !== ',') return false;
    if (LEVEL_WORDS.has(w(ctx, k))) return presentVerb(w(ctx, k - 1)) && ctx.toks[k - 1]?.upper !== true;
  }
  return false;
}

/** How a day phrase reads: a forecast's date, a schedule stated in the present, or the past (not a window). */
type Reading = 'ahead' | 'schedule' | 'past';

function daySpec(reading: Reading, d: number): Spec {
  if (reading === 'past') return DISCARD;
  return reading === 'schedule' ? { ...oneDay(d), schedule: true } : oneDay(d);
}

const NOT_VERBS = new Set(['this', 'its', 'his', 'hers', 'ours', 'yours', 'theirs', 'thus', 'plus', 'less', 'as']);

/**
 * "Nvidia reports on Wednesday and beats handily", "The ECB meets on Thursday and cuts by 50bp": a present verb of
 * the entry's subject joined after its day asserts an outcome of the entry, as "… and will beat" does.
 */
export function outcomeJoined(ctx: Ctx, i1: number): boolean {
  let k = w(ctx, i1) === ',' ? i1 + 1 : i1;
  if (w(ctx, k) !== 'and') return false;
  k++;
  if (w(ctx, k) === 'then') k++;
  const t = w(ctx, k);
  return ctx.toks[k]?.upper === false && presentVerb(t) && !NOT_VERBS.has(t);
}

/** Whether any word of the text looks ahead (one pass): a schedule dates a sentence only then. */
export function looksAhead(ctx: Ctx): boolean {
  for (let k = 0; k < ctx.toks.length; k++) if (forward(w(ctx, k))) return true;
  return false;
}

function presentVerb(t: string): boolean {
  return t.length > 3 && t.endsWith('s') && !t.endsWith("'s") && !t.endsWith('ss');
}

/** A full stop inside "a.m." / "p.m." and the colon of "10:30" end no clause. */
function shortStop(ctx: Ctx, k: number): boolean {
  const t = w(ctx, k);
  if (t === ':') return /^[0-9]/.test(w(ctx, k - 1)) && /^[0-9]/.test(w(ctx, k + 1));
  return t === '.' && w(ctx, k - 1).length === 1;
}

function isoDow(day: number): number {
  return ((((day + 3) % 7) + 7) % 7) + 1;
}

function oneDay(d: number) {
  return { unit: 'day' as const, fixed: { s: d, e: d } };
}

const DISCARD: Spec = { unit: 'day', discard: true };

/**
 * "on Monday, January 27" in an issue of January 28, 2025: a day given with its weekday and no year is in the year,
 * of the one before, the one of publication and the next, nearest to publication where it falls on that weekday; one
 * already past bounds nothing (the day a past briefing was held), and a weekday that fits none leaves the day as read.
 */
function yearOfWeekday(spec: Spec, dow: number, pub: number): Spec {
  if (!spec.at || spec.fixed || spec.year !== undefined) return spec;
  const y = partsOf(pub).y;
  let best = -1;
  for (const year of [y - 1, y, y + 1]) {
    const d = spec.at(year).s;
    if (isoDow(d) === dow && (best < 0 || Math.abs(d - pub) < Math.abs(best - pub))) best = d;
  }
  if (best < 0) return spec;
  return best < pub ? DISCARD : oneDay(best);
}

/** "Monday the 12th": the nearest 12th not yet past that falls on a Monday (else the nearest 12th). */
function weekdayOfMonth(pub: number, dow: number, dom: number): number {
  const { y, m } = partsOf(pub);
  let fallback = -1;
  for (let i = 0; i < 14; i++) {
    const last = partsOf(monthEnd(y, m + i)).d;
    if (dom > last) continue;
    const d = dayOf(y, m + i, dom);
    if (d < pub) continue;
    if (isoDow(d) === dow) return d;
    if (fallback < 0) fallback = d;
  }
  return fallback;
}

/** "of next week", "next week", "this week": the ISO week meant, as an offset in weeks, and where it ends. */
function weekAfter(ctx: Ctx, k: number): { weeks: number; next: number } | null {
  const of = w(ctx, k) === 'of' ? 1 : 0;
  const rel = w(ctx, k + of);
  if (w(ctx, k + of + 1) !== 'week') return null;
  if (AHEAD.has(rel)) return { weeks: 1, next: k + of + 2 };
  if (rel === 'this') return { weeks: 0, next: k + of + 2 };
  return null;
}

const SITTINGS = new Set(['meeting', 'session', 'vote', 'hearing', 'auction']);

/** "at today's meeting": "at" before the possessive day word at `k` (no "next" / "this" at `j`), a sitting after it. */
function sittingThatDay(ctx: Ctx, j: number, k: number): boolean {
  return j === k && w(ctx, j - 1) === 'at' && SITTINGS.has(w(ctx, k + 1)) && w(ctx, k + 2) !== 'minutes';
}

// Words after a weekday that are no noun it could qualify ("a Tuesday in March", "a Friday or Saturday").
const NOT_NOUN = new Set(['in', 'on', 'at', 'of', 'or', 'and', 'to', 'for', 'when', 'before', 'after', 'than']);

// Occasions held on one day: "a Friday deadline", "a Monday keynote", "a Thursday vote" name that day's event, as
// "by Friday's deadline" does, where "a Tuesday afternoon group match" names a kind of match. The shared occasions
// (OCCASION_NOUNS: sittings, votes, deadlines, auctions …) and the one-day events a weekday holds.
const OCCASIONS = new Set([
  'keynote',
  'decision',
  'launch',
  'release',
  'close',
  'opening',
  'ruling',
  'verdict',
  'debate',
  'speech',
  'address',
  'announcement',
  'briefing',
  'expiry',
]);

/** An occasion noun among the up to three words of the noun phrase at `next`, after a weekday. */
function occasionAfter(ctx: Ctx, next: number): boolean {
  for (let x = next; x < next + 3; x++) {
    const t = w(ctx, x);
    if (!/^[a-z]+$/.test(t) || NOT_NOUN.has(t)) return false;
    if (OCCASIONS.has(t) || OCCASION_NOUNS.at(ctx.toks, x)) return true;
  }
  return false;
}

/** "a Tuesday …", "an early Monday …": "a" / "an" before the weekday at `k`, maybe with one adjective between. */
function kindArticleBefore(ctx: Ctx, k: number): boolean {
  const a = w(ctx, k - 1);
  if (a === 'a' || a === 'an') return true;
  return (w(ctx, k - 2) === 'a' || w(ctx, k - 2) === 'an') && /^(early|late|quiet|busy|typical|slow)$/.test(a);
}

/** A weekday or day word at `j` (with "next" / "this" / "last" before it), or null. */
/**
 * A capitalised part of the day and a capitalised noun after a weekday: a programme's title ("Night Football",
 * "Night Lights"), not a title-case headline's "Wednesday Night After Jobs Data".
 */
function titleAfter(ctx: Ctx, k: number): boolean {
  const part = ctx.toks[k];
  const noun = ctx.toks[k + 1];
  if (!part?.upper || !DAY_PARTS.has(part.t) || !noun?.upper || !/^[a-z]{3,}$/.test(noun.t)) return false;
  return !MONTHS.has(noun.t) && !WEEKDAYS.has(noun.t) && !TITLE_LINKS.has(noun.t);
}
const TITLE_LINKS = new Set(['after', 'before', 'amid', 'with', 'from', 'into', 'over', 'when', 'and', 'for', 'the']);

export function parseWeekday(ctx: Ctx, j: number): Parsed | null {
  let k = j;
  const lead = w(ctx, k);
  const rel = AHEAD.has(lead) || lead === 'this' || BACK.has(lead) ? lead : '';
  if (rel) k++;
  const tok = w(ctx, k);
  const possessive = tok.endsWith("'s");
  const name = possessive ? tok.slice(0, -2) : tok;
  const pub = ctx.pub;
  const dayWord = DAY_WORDS.get(name);
  if (dayWord !== undefined) {
    if (rel) return null;
    // "at today's meeting": the meeting held that day dates the outcome, as "by Friday's deadline" does; "today's
    // meeting minutes show …" and "today's data" name a thing.
    if (possessive && !sittingThatDay(ctx, j, k)) return { spec: DISCARD, next: k + 1 };
    if (possessive) return { spec: daySpec(forwardClause(ctx, j, k + 1), pub + dayWord), next: k + 2 };
    return { spec: daySpec(forwardClause(ctx, j, k + 1), pub + dayWord), next: k + 1 };
  }
  const dow = WEEKDAYS.get(name);
  if (dow === undefined) return null;
  let next = k + 1;
  // "Friday's jobs report" names a thing; "by Friday's deadline" is the day.
  if (BACK.has(rel) || (possessive && w(ctx, next) !== 'deadline')) return { spec: DISCARD, next };
  // "to win Sunday Night Football", "Friday Night Lights": a weekday opening a name of capitalised words is no day.
  // After "on" ("cover on Sunday Night Football") it is still the game's day.
  if (!rel && !possessive && w(ctx, j - 1) !== 'on' && titleAfter(ctx, next)) return { spec: DISCARD, next: next + 2 };
  // "a Tuesday afternoon group match", "an early Monday start": a weekday between "a / an" and its noun names a kind
  // of thing, as "a 2027 launch" does, no day; an occasion held that day ("a Friday deadline") is the day.
  if (
    !rel &&
    !possessive &&
    kindArticleBefore(ctx, k) &&
    /^[a-z]+$/.test(w(ctx, next)) &&
    !NOT_NOUN.has(w(ctx, next)) &&
    !occasionAfter(ctx, next)
  )
    return { spec: DISCARD, next };
  if (possessive) next++;
  let d = next;
  if (w(ctx, d) === ',' || w(ctx, d) === '(') d++;
  const date = parseNumericDate(ctx, d) ?? parseMonth(ctx, d);
  if (date && date.spec.unit === 'day') {
    const end = w(ctx, date.next) === ')' ? date.next + 1 : date.next;
    // "Hamas on Thursday (March 7) announced …": a dated day next to a past verb is the past.
    if (isPast(ctx, end) || isPast(ctx, j - 1)) return { spec: DISCARD, next: end };
    return { spec: yearOfWeekday(date.spec, dow, pub), next: end };
  }
  const nearest = pub + ((dow - isoDow(pub) + 7) % 7);
  if (w(ctx, next) === 'the' && dayNumber(w(ctx, next + 1)) !== null) {
    const day = weekdayOfMonth(pub, dow, dayNumber(w(ctx, next + 1)) as number);
    if (day >= 0) return { spec: oneDay(day), next: next + 2 };
  }
  // "Tuesday and Wednesday of next week": the week named after the last weekday of a pair is both days' week.
  const pair = COORD.has(w(ctx, next)) && WEEKDAYS.has(w(ctx, next + 1));
  const named = rel ? null : weekAfter(ctx, pair ? next + 2 : next);
  const week = named && pair ? { ...named, next } : named;
  const monday = isoWeekMonday(pub);
  let day = nearest;
  if (AHEAD.has(rel) || week?.weeks === 1) day = monday + 7 + dow - 1;
  else if ((rel === 'this' || week?.weeks === 0) && monday + dow - 1 >= pub) day = monday + dow - 1;
  const end = week ? week.next : next;
  if (rel || week || possessive) return { spec: oneDay(day), next: end };
  return { spec: daySpec(forwardClause(ctx, j, end), day), next: end };
}
