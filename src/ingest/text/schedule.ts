/**
 * A scheduled event written as prose (TIME-WINDOWS.md, "More on claims": "the hearing is set for March 3" is a
 * calendar entry, not a forecast, unless the sentence asserts an outcome of it): one clause in which something
 * reports, votes, meets, opens … on a given day, and nothing else is said of it.
 */
import type { Token } from '../time/tokens.js';
import { AMBIGUOUS_MONTHS, MONTHS, SEASONS } from '../time/vocab.js';
import { WEEKDAYS } from '../time/weekdays.js';
import { ASSERTING_HEDGES, BELIEVING, MODALS } from '../time/modal-words.js';
import { NOT_PLURAL, phrasalStartAt, REPORTED_PAST, SAME_FORM } from '../time/clause-words.js';
import { wordSet } from '../time/tokens.js';
import { isOccurrenceEntry } from '../time/occurrence.js';

const EVENT_VERBS = wordSet([
  'reports',
  'votes',
  'meets',
  'convenes',
  'holds',
  'hosts',
  'releases',
  'publishes',
  'testifies',
  'speaks',
  'starts',
  'begins',
  'commences',
  'opens',
  'kicks',
  'closes',
  'ends',
  'expires',
  'launches',
  'debuts',
  'premieres',
  'lands',
  'airs',
  // "Voters decide the parcel tax on June 2", "a second clinic runs on March 14": a decision due or an event held.
  'decide',
  'decides',
  'runs',
]);

// A level after an entry's verb ("closes above 7,000", "opens higher"): the verb's outcome, no event held.
const ENTRY_LEVELS = wordSet(['above', 'below', 'higher', 'lower', 'beyond']);

// What a "hold" keeps: "holds rates steady", "holds the deficit target at 4.0% of GDP".
const HOLD_VERBS = wordSet(['hold', 'holds']);
const HELD_LEVELS = wordSet(['steady', 'unchanged', 'flat']);

/**
 * "The Fed holds rates at 4% on 1 February", "the Centre holds the deficit target at 4.0% … on 1 February": a hold
 * with its object kept at a level (or steady, unchanged) is an outcome of the day, as "closes above 7,000" is, not an
 * event held; "The FOMC holds its meeting on June 17" is still an entry.
 */
function levelHeld(toks: readonly Token[], verb: number): boolean {
  if (!HOLD_VERBS.at(toks, verb)) return false;
  for (let i = verb + 1; i < verb + 10 && i < toks.length; i++) {
    const t = (toks[i] as Token).t;
    if (HELD_LEVELS.at(toks, i)) return true;
    // A clock time ("at 7pm", "at 10:30") is when the thing is held, no level.
    const after = toks[i + 2]?.t ?? '';
    const clock = /(am|pm)$/.test(toks[i + 1]?.t ?? '') || after === ':' || after === 'am' || after === 'pm';
    if (t === 'at' && /^[0-9$€£₹]/.test(toks[i + 1]?.t ?? '')) return !clock;
    if (t === 'on' || t === ',' || t === '.' || t === ';') return false;
  }
  return false;
}

// "the payouts end on December 31", "polls close on Tuesday": the same events after a plural subject.
const EVENT_BASES = wordSet([
  ...['report', 'vote', 'meet', 'convene', 'hold', 'host', 'release', 'publish', 'start', 'begin', 'open'],
  ...['close', 'end', 'expire', 'launch', 'debut', 'premiere', 'land', 'air', 'decide', 'run'],
]);

/** A plural noun or "they" at `k`, the subject of a base-form event verb after it ("payouts", not "this" or "its"). */
function pluralSubject(toks: readonly Token[], k: number): boolean {
  const t = toks[k]?.t ?? '';
  // "Truist, Citizens and KeyCorp report …": names joined by "and" are a plural subject.
  if (toks[k]?.upper) {
    let j = k - 1;
    while (j > k - 3 && toks[j]?.upper) j--;
    if ((toks[j]?.t === 'and' || toks[j]?.t === '&') && toks[j - 1]?.upper) return true;
  }
  return t === 'they' || plainPlural(t) || pluralHeadBefore(toks, k);
}

/** A lower-case word that ends in a plural "s" and is no common word that merely ends so ("this", "news"). */
function plainPlural(t: string): boolean {
  return /^[a-z-]{3,}[^s']s$/.test(t) && !NOT_PLURAL.has(t);
}

/**
 * "Applications for tickets for the 2026 World Cup open Sept. 10": the sentence's subject opens with a plural noun
 * (after at most an article or one modifier) whose "for / of" phrase runs, with no clause word, up to the verb.
 */
function pluralHeadBefore(toks: readonly Token[], k: number): boolean {
  let j = k;
  while (j > 0 && k - j < 10 && !MORE.at(toks, j) && !SUBORDINATE.at(toks, j)) j--;
  // j is now the first word or a clause word: the subject opens right after a clause word or at 0.
  const start = MORE.at(toks, j) || SUBORDINATE.at(toks, j) ? j + 1 : j;
  for (let h = start; h <= start + 2 && h < k; h++) {
    if (!plainPlural(toks[h]?.t ?? '')) continue;
    return toks[h + 1]?.t === 'for' || toks[h + 1]?.t === 'of';
  }
  return false;
}

// "Spain shorten to 4/1 before the tournament starts on June 11": an event verb inside a clause that dates the
// main one is no calendar entry; the main clause says what happens.
const SUBORDINATE = wordSet(['before', 'after', 'until', 'till', 'when', 'once', 'unless', 'if', 'since', 'as']);

// A second clause or an asserted outcome makes the sentence more than a calendar entry.
const MORE = wordSet([
  ',',
  ';',
  ':',
  'and',
  'but',
  'while',
  'then',
  'so',
  'will',
  "won't",
  'expect',
  'expects',
  'likely',
]);

function isNumber(t: string | undefined): boolean {
  return t !== undefined && /^[0-9]{1,2}(?:st|nd|rd|th)?$/.test(t);
}

/** "on July 22", "on 15 July": `on` and an exact day at `i`. */
function exactDayAt(toks: readonly Token[], i: number): boolean {
  if (toks[i]?.t !== 'on') return false;
  const a = toks[i + 1]?.t;
  // "on 14-15 April", "on 14 to 15 April": a span of days before its month, as "on April 14-15".
  const span = isNumber(a) && (toks[i + 2]?.t === '-' || toks[i + 2]?.t === 'to') && isNumber(toks[i + 3]?.t) ? 2 : 0;
  // "on Nov. 16": an abbreviated month keeps its full stop.
  const b = toks[i + 2]?.t === '.' && MONTHS.get(a ?? '') !== undefined ? toks[i + 3]?.t : toks[i + 2 + span]?.t;
  return (
    (a !== undefined && MONTHS.get(a) !== undefined && isNumber(b)) ||
    (isNumber(a) && b !== undefined && MONTHS.get(b) !== undefined)
  );
}

/** "Dec. 31", "May 24": a month and its day with no "on", as a schedule may write it right after its verb. */
function bareDayAt(toks: readonly Token[], i: number): boolean {
  if (MONTHS.get(toks[i]?.t ?? '') === undefined || !toks[i]?.upper) return false;
  return isNumber(toks[i + 1]?.t === '.' ? toks[i + 2]?.t : toks[i + 1]?.t);
}

/** "September 29", "29 September", "Dec. 31": a month and its day either way round at `i`; the index after it, or -1. */
function dayEnd(toks: readonly Token[], i: number): number {
  const a = toks[i]?.t;
  if (isNumber(a) && MONTHS.get(toks[i + 1]?.t ?? '') !== undefined) return i + 2;
  if (a === undefined || MONTHS.get(a) === undefined || !toks[i]?.upper) return -1;
  const k = toks[i + 1]?.t === '.' ? i + 2 : i + 1;
  return isNumber(toks[k]?.t) ? k + 1 : -1;
}

const RANGE_JOINS = new Set(['to', '-', 'through', 'until', 'till']);

/**
 * "from September 29 to October 1", "from February 4 to 6": a span of exact days at `i`, as "on 14-15 April" is; the
 * index after it, or -1. With no joining word after the first day ("will open from April 9") the span is open-ended
 * and its first day dates it, as "on April 9" would: the index after that day.
 */
function dayRangeEnd(toks: readonly Token[], i: number): number {
  if (toks[i]?.t !== 'from') return -1;
  const first = dayEnd(toks, i + 1);
  if (first < 0) return -1;
  if (!RANGE_JOINS.has(toks[first]?.t ?? '')) return first;
  const second = dayEnd(toks, first + 1);
  if (second > 0) return second;
  return isNumber(toks[first + 1]?.t) ? first + 2 : -1;
}

const CLOCK = new Set(['a.m', 'p.m', 'am', 'pm', 'noon', 'gmt', 'utc', 'edt', 'est', 'et', 'bst', 'cet', 'ist', 'jst']);

// What a market closes, opens or ends at: a level, not a place ("will close at record highs on Friday").
const LEVEL_WORDS = new Set([
  'record',
  'high',
  'highs',
  'low',
  'lows',
  'level',
  'levels',
  'discount',
  'premium',
  'par',
]);
const AT_OPENERS = new Set(['a', 'an', 'the', 'its', 'their', 'his', 'her', 'our']);
// Verbs whose "at" phrase is a level: after them only an hour is passed over ("will close at 1 p.m. on Friday").
const LEVEL_VERBS = new Set(['close', 'open', 'end', 'finish', 'settle', 'trade']);

/** "2 p.m.", "4:30 p.m. ET", "10 a.m.": a figure at `k` that a clock word follows; the index after it, or -1. */
function clockEnd(toks: readonly Token[], k: number): number {
  if (!isNumber(toks[k]?.t)) return -1;
  let x = k + 1;
  if (toks[x]?.t === ':' && /^[0-5][0-9]$/.test(toks[x + 1]?.t ?? '')) x += 2;
  if (!CLOCK.has(toks[x]?.t ?? '')) return -1;
  while (CLOCK.has(toks[x]?.t ?? '') || toks[x]?.t === '.') x++;
  return x;
}

/**
 * "at a press conference on October 1", "at its Kaohsiung plant on March 31", "at 2 p.m. EDT Wednesday": an "at"
 * phrase of place or hour (up to six plain words, names and clock words, opening on a determiner, a name or an hour)
 * right before the event's day; the index of the day's first word, or -1. A level ("at record highs", "at 90", "at a
 * discount") is what the sentence says of the day, no place; with `hourOnly` (after a verb of closing) only an hour is.
 */
function atPhraseEnd(toks: readonly Token[], i: number, hourOnly = false): number {
  if (toks[i]?.t !== 'at') return -1;
  const first = toks[i + 1];
  const clock = clockEnd(toks, i + 1);
  if (clock > 0) return toks[clock]?.t === 'on' || relativeDayAt(toks, clock) ? clock : -1;
  if (hourOnly || !first || !(AT_OPENERS.has(first.t) || first.upper)) return -1;
  for (let k = i + 2; k <= i + 7; k++) {
    const tok = toks[k];
    if (!tok) return -1;
    if (tok.t === 'on' || relativeDayAt(toks, k)) return k;
    if (MORE.has(tok.t) || SUBORDINATE.has(tok.t) || MONTHS.get(tok.t) !== undefined) return -1;
    if (LEVEL_WORDS.has(tok.t) || /[0-9]/.test(tok.t) || !/^[a-z]+$/.test(tok.t)) return -1;
  }
  return -1;
}

/**
 * "convene in Beijing on Monday", "meet in New York on June 3": an "in" phrase of one to three capitalised words (no
 * month) before the event's day; the index of the day's word, or -1.
 */
function inPlaceEnd(toks: readonly Token[], i: number): number {
  if (toks[i]?.t !== 'in') return -1;
  let k = i + 1;
  while (k <= i + 3 && toks[k]?.upper && MONTHS.get(toks[k]?.t ?? '') === undefined && /^[a-z]/.test(toks[k]?.t ?? ''))
    k++;
  if (k === i + 1) return -1;
  return toks[k]?.t === 'on' || relativeDayAt(toks, k) ? k : -1;
}

/** The day after the event's words at `k`, past an "at" or "in" phrase of place or hour: `k` or the day's index. */
function dayAfterPlace(toks: readonly Token[], k: number, hourOnly = false): number {
  const day = atPhraseEnd(toks, k, hourOnly);
  if (day > 0) return day;
  const place = hourOnly ? -1 : inPlaceEnd(toks, k);
  return place > 0 ? place : k;
}

/** "this week", "next week", "today", "tomorrow", "(on) Thursday": a day or week named from the date. */
function relativeDayAt(toks: readonly Token[], i: number): boolean {
  const t = toks[i]?.t;
  // "report the week of July 20": the week that holds a day, as "the week beginning July 20" is, dates an entry.
  if (t === 'the' && toks[i + 1]?.t === 'week' && toks[i + 2]?.t === 'of') return dayEnd(toks, i + 3) > 0;
  if (t === 'today' || t === 'tonight' || t === 'tomorrow') return true;
  if ((t === 'this' || t === 'next') && toks[i + 1]?.t === 'week') return true;
  return t !== undefined && WEEKDAYS.has(t) && toks[i - 1]?.t !== 'last';
}

const PUBLISHING = wordSet(['update', 'publish', 'release', 'report', 'post', 'issue', 'announce']);
// "The Producers Guild announces its winner on February 27": the present of publishing a result not yet known.
const PUBLISHES = wordSet(['updates', 'publishes', 'releases', 'posts', 'issues', 'announces']);
const DATA_NOUNS = new Set([
  'data',
  'prices',
  'figures',
  'numbers',
  'results',
  'earnings',
  'index',
  'minutes',
  'report',
  // An award's or a body's result, whatever it turns out to be.
  'winner',
  'winners',
  'nominations',
  'nominees',
  'decision',
  'verdict',
  // "will release its 2017 regular-season schedule Thursday night": a calendar published, whatever it holds.
  'schedule',
  'calendar',
  'fixtures',
  'shortlist',
]);
const OBJECT_LEADS = wordSet(['its', 'the', 'their', 'our', 'new', 'updated', 'latest']);

/**
 * "SMU will update lead time data on Thursday", "will publish its results on May 5": publishing data on a day is a
 * schedule, whatever data it is; "will report a loss on Tuesday" names an outcome, so only data nouns count.
 */
function publishesData(toks: readonly Token[], k: number): boolean {
  if (!PUBLISHING.at(toks, k) && !PUBLISHES.at(toks, k)) return false;
  let j = k + 1;
  if (OBJECT_LEADS.at(toks, j)) j++;
  for (let n = 0; n < 5; n++, j++) {
    const t = toks[j]?.t ?? '';
    if (DATA_NOUNS.has(t)) return WHEN_NEXT.at(toks, dayAfterPlace(toks, j + 1)) || ofWhatThenDay(toks, j + 1);
    // "its 2017 regular-season schedule": a year and a hyphenated name stand before the noun.
    if ((/^(19|20)[0-9]{2}$/.test(t) || t === '-') && n < 4) continue;
    // "will report record earnings", "stronger results": a word that judges the data names an outcome.
    if (!/^[a-z]+$/.test(t) || t === 'on' || t === 'record' || /er$/.test(t)) return false;
  }
  return false;
}

const JUDGING = new Set(['record', 'higher', 'lower', 'stronger', 'weaker', 'better', 'worse', 'bigger', 'smaller']);

/**
 * "the schedule for the Lok Sabha polls on Saturday", "the results of its annual stress test for 32 of the largest US
 * banks on Wednesday": what the data is of, then its day (plain words and counts, a dozen at most).
 */
function ofWhatThenDay(toks: readonly Token[], j: number): boolean {
  // "results from its annual bank stress tests on June 26": what the data comes from, as "of" says what it is of.
  if (toks[j]?.t !== 'for' && toks[j]?.t !== 'of' && toks[j]?.t !== 'from') return false;
  for (let k = j + 1; k < j + 13; k++) {
    const t = toks[k]?.t ?? '';
    if (t === 'on') return exactDayAt(toks, k) || relativeDayAt(toks, k + 1);
    // "… with record losses on Wednesday": a word that judges the data names an outcome, as in publishesData.
    if (!/^[a-z0-9]+(?:'s)?$/.test(t) || MORE.has(t) || JUDGING.has(t)) return false;
  }
  return false;
}

/** The base forms that follow "will" in a schedule ("the transfer window will close on Thursday, February 1"). */
const WILL_EVENTS = wordSet([
  'close',
  'open',
  'start',
  'begin',
  'commence',
  'shut',
  'end',
  'expire',
  'meet',
  'convene',
]);
const FUTURE_TO = wordSet(['expected', 'set', 'scheduled', 'slated', 'due', 'rumored', 'rumoured']);
const PASSIVE_EVENTS = wordSet([
  'released',
  'launched',
  'published',
  'held',
  'unveiled',
  'revealed',
  'opened',
  'closed',
  'announced',
  'sworn',
  'inaugurated',
  'seated',
  'canvassed',
  'certified',
  'tallied',
  // "Closing arguments will be heard on Thursday": a proceeding's passive, as "will be held" is.
  'heard',
  'argued',
  // "Diwali will be celebrated on 24 October": the occasion itself.
  'celebrated',
  'observed',
]);
// "the budget will be presented on March 4": a fiscal address's passive, an event only with the address as subject
// ("the aircraft will be delivered on 3 March" is an outcome).
const ADDRESS_PASSIVES = wordSet(['presented', 'delivered']);
// "are sworn in on January 4": a particle between the participle and its day.
const PARTICLES = new Set(['in', 'up', 'out']);
// "the new commissioners are sworn in on January 4": the present passive of a scheduled event, as "will be" is.
const PRESENT_PASSIVE = wordSet(['is', 'are']);
const EVENT_ADVERBS = wordSet(['next', 'again', 'also', 'then', 'first', 'formally', 'officially']);
const AFTER_EVENT = wordSet(['again', 'online', 'virtually', 'remotely', 'privately', 'formally']);
const WHEN_NEXT_WORDS = wordSet(['on', 'this', 'next', 'today', 'tonight', 'tomorrow', ...WEEKDAYS.keys()]);
// "the week of July 20" is a day's week, as "this week" is.
const WHEN_NEXT = {
  at: (toks: readonly Token[], k: number): boolean =>
    WHEN_NEXT_WORDS.at(toks, k) || (toks[k]?.t === 'the' && relativeDayAt(toks, k)),
};

/** "close on Thursday", "get underway on Friday": the words of a scheduled event's base form right before its day, or 0. */
function eventThenDay(toks: readonly Token[], k: number): number {
  // "It will next meet on Aug. 20", "will formally open on Monday": an adverb of sequence or manner before the event.
  if (EVENT_ADVERBS.at(toks, k)) {
    const m = eventThenDay(toks, k + 1);
    return m > 0 ? m + 1 : 0;
  }
  // "will wrap up next week": the phrasal end of a session, as "will end" is.
  const wrap = toks[k]?.t === 'wrap' && toks[k + 1]?.t === 'up' ? 2 : 0;
  let n = WILL_EVENTS.at(toks, k) ? 1 : wrap || phrasalStartAt((x) => toks[x]?.t ?? '', k);
  // "The group will meet again on Nov. 30", "will meet online on October 5": an adverb after the event's verb.
  while (n > 0 && n < 4 && AFTER_EVENT.at(toks, k + n)) n++;
  // "will meet with Mexico the week of July 20": the party met, a name of up to three words, before the day.
  if (n > 0 && toks[k + n]?.t === 'with' && toks[k + n + 1]?.upper) {
    let m = n + 2;
    while (m < n + 4 && toks[k + m]?.upper) m++;
    n = m;
  }
  // "The season will end Dec. 31": the day may follow its verb with no "on".
  // "will meet from September 29 to October 1": a span of days, as one day.
  if (
    n > 0 &&
    (WHEN_NEXT.at(toks, dayAfterPlace(toks, k + n, LEVEL_VERBS.has(toks[k]?.t ?? ''))) ||
      bareDayAt(toks, k + n) ||
      dayRangeEnd(toks, k + n) > 0)
  )
    return n;
  const p = proceedingAt(toks, k) || attemptAt(toks, k);
  return p > 0 && WHEN_NEXT.at(toks, dayAfterPlace(toks, k + p)) ? p : 0;
}

const ATTEMPTS = wordSet(['try', 'attempt']);

/**
 * "Carriers will try a general rate increase on March 15": an attempt set for a day is the plan, a scheduled event
 * whose outcome the sentence does not assert ("More on claims"); the number of its words up to the day, or 0.
 * "will try to sell the unit by June" states an intention, not an attempt on a day.
 */
function attemptAt(toks: readonly Token[], k: number): number {
  if (!ATTEMPTS.at(toks, k) || toks[k + 1]?.t === 'to') return 0;
  for (let j = k + 1; j <= k + 5; j++) {
    const t = toks[j];
    if (!t) return 0;
    if (WHEN_NEXT.at(toks, j)) return j - k;
    // Plain words and acronyms ("another GRI") only: a name or a figure opens another clause.
    if (!/^[a-z]+$/.test(t.t) || (t.upper && !/^[A-Z]{2,6}s?$/.test(t.raw))) return 0;
  }
  return 0;
}

// What a court, a committee or a jury holds, hears or starts on a day: the proceeding itself, no outcome of it.
const PROCEEDINGS = new Set([
  ...['hearing', 'hearings', 'argument', 'arguments', 'case', 'appeal', 'testimony', 'deliberations'],
  ...['proceedings', 'trial', 'dispute', 'evidence', 'statements', 'session'],
  ...['briefing', 'briefings'],
]);
const PROCEEDING_VERBS = new Set(['hear', 'hold', 'begin', 'start', 'open', 'resume', 'convene']);
// What a minister delivers or presents on a day: "will deliver her first full autumn budget on 26 November".
const ADDRESSES = new Set(['budget', 'statement', 'speech', 'address']);
const ADDRESS_VERBS = new Set(['deliver', 'present']);
// The only words between the verb and the address: an evaluative word ("a hawkish speech") or another object
// ("deliver the project under budget") makes the phrase an outcome.
const ADDRESS_WORDS = new Set([
  ...['a', 'an', 'the', 'her', 'his', 'its', 'their', 'first', 'second', 'full', 'annual', 'maiden', 'next', 'final'],
  ...['autumn', 'spring', 'summer', 'winter', 'interim', 'union', 'keynote', 'policy'],
]);

/** Whether one of `nouns` stands among the `span` words before `k`, with no clause break between. */
function nounBefore(toks: readonly Token[], k: number, nouns: ReadonlySet<string>, span: number): boolean {
  for (let j = k - 1; j >= Math.max(0, k - span); j--) {
    const t = toks[j]?.t ?? '';
    if (nouns.has(t)) return true;
    if (t === ',' || t === ';') return false;
  }
  return false;
}

// "The official announcement of the final plans will be made tomorrow": an announcement or decision made on a day is
// the body's calendar, whatever it says.
const ANNOUNCEMENTS = new Set(['announcement', 'announcements', 'decision', 'decisions']);

/** "deliver her budget", "present the autumn statement": the number of words up to the address, or 0. */
function addressAt(toks: readonly Token[], k: number): number {
  if (!ADDRESS_VERBS.has(toks[k]?.t ?? '')) return 0;
  for (let j = k + 1; j <= k + 5; j++) {
    const t = toks[j]?.t ?? '';
    if (ADDRESSES.has(t)) return j - k + 1;
    if (!ADDRESS_WORDS.has(t)) return 0;
  }
  return 0;
}

/**
 * "(will) take place", "(will) hear arguments", "(will) begin deliberations", "(will) hold a hearing": a proceeding
 * in the future at `k`, with the number of its words, or 0; a scheduled proceeding is a calendar entry ("More on
 * claims": "the hearing is set for March 3"), whatever tense states it.
 */
function proceedingAt(toks: readonly Token[], k: number): number {
  const v = toks[k]?.t ?? '';
  if (v === 'take' && toks[k + 1]?.t === 'place') return 2;
  if (!PROCEEDING_VERBS.has(v)) return addressAt(toks, k);
  // "hear the case", "hear closing arguments", "hold a hearing": up to three words ending in the proceeding.
  for (let j = k + 1; j <= k + 3; j++) {
    const t = toks[j]?.t ?? '';
    if (PROCEEDINGS.has(t)) return j - k + 1;
    if (!/^[a-z]+$/.test(t) || MORE.has(t) || t === 'on') return 0;
  }
  return 0;
}

/** "… and Target on May 20": a conjunct with no verb of its own, only names and a day, shares the listing's verb. */
function verblessDayConjunct(toks: readonly Token[], i: number): number {
  let k = i + 1;
  while (toks[k]?.upper) k++;
  if (k === i + 1 || !exactDayAt(toks, k)) return -1;
  return k;
}

/**
 * "… and the big clubs have barely started", "…, but some big-name players are out with injuries": a clause that
 * states only what has happened or what is the case now forecasts nothing.
 */
// "Golden Week starts on Thursday and will be the tell": what the event will be to the reader, no outcome of it.
const SIGNIFICANCE = wordSet([
  'tell',
  'test',
  'focus',
  'catalyst',
  'highlight',
  'signal',
  'decider',
  'moment',
  'gauge',
]);
// Adjectives that may stand before the noun ("the key test", "a big tell").
const WEIGHING_ADJECTIVES = wordSet(['key', 'big', 'real', 'main', 'major', 'first', 'next', 'crucial', 'critical']);

/**
 * "and will be the tell", "and will be a key test for Macau": a conjunct that only weighs the entry (a significance
 * noun, then nothing or "for / of" and a name); "and will be the key driver of euro weakness" asserts an outcome.
 */
function weighsOnly(toks: readonly Token[], i: number): boolean {
  if (toks[i]?.t !== 'and' || toks[i + 1]?.t !== 'will' || toks[i + 2]?.t !== 'be') return false;
  if (toks[i + 3]?.t !== 'the' && toks[i + 3]?.t !== 'a') return false;
  let noun = i + 4;
  while (noun < i + 6 && WEIGHING_ADJECTIVES.at(toks, noun)) noun++;
  if (!SIGNIFICANCE.at(toks, noun)) return false;
  let k = noun + 1;
  if (toks[k]?.t === 'for' || toks[k]?.t === 'of') {
    k++;
    if (toks[k]?.t === 'the') k++;
    if (!toks[k]?.upper) return false;
    while (toks[k]?.upper) k++;
  }
  return k >= toks.length || /^[.!;]$/.test((toks[k] as Token).t);
}

const PERFECT_ADVERBS = wordSet(['already', 'just', 'also', 'now', 'since', 'recently', 'never']);

function perfectOnly(toks: readonly Token[], i: number): boolean {
  if (weighsOnly(toks, i)) return true;
  let perfect = false;
  for (let k = i + 1; k < toks.length; k++) {
    const t = (toks[k] as Token).t;
    if (MORE.has(t) || SUBORDINATE.has(t) || t === 'to') return false;
    // "…, but two starters are injured" states the present; "…, but the title is decided by May" dates an outcome.
    if ((t === 'is' || t === 'are') && toks[i]?.t === 'but' && !datedFrom(toks, i + 1)) perfect = true;
    if ((t === 'have' || t === 'has') && /(ed|en|un|one)$/.test(toks[k + 1]?.t ?? '')) perfect = true;
    if ((t === 'have' || t === 'has') && /ly$/.test(toks[k + 1]?.t ?? '') && /(ed|en)$/.test(toks[k + 2]?.t ?? ''))
      perfect = true;
    // "and Apple has already put the keynote on its site": an adverb of time, then a participle in "-ed" or "-en" or
    // one with the base's form (put, set, cut …), is the present perfect too.
    const adverb = PERFECT_ADVERBS.at(toks, k + 1) ? 1 : 0;
    const participle = toks[k + 1 + adverb]?.t ?? '';
    if ((t === 'have' || t === 'has') && adverb && (/(ed|en)$/.test(participle) || SAME_FORM.at(toks, k + 1 + adverb)))
      perfect = true;
  }
  return perfect;
}

const PERIOD_NOUNS = new Set(['week', 'month', 'quarter', 'half', 'year', 'season', 'decade']);
const PERIOD_LEADS = new Set(['next', 'this', 'coming', 'following']);

/**
 * Whether the words from `k` name a date or period: a number, a month, a weekday, a season, "today" / "tomorrow",
 * or "next week", "the end of the year".
 */
function datedFrom(toks: readonly Token[], k: number, yearsOnly = false): boolean {
  for (let j = k; j < toks.length; j++) {
    const tok = toks[j] as Token;
    const t = tok.t;
    // With `yearsOnly`, a figure dates only as a year ("the expanded 48-team tournament" names a size).
    const figure = yearsOnly ? /^(19|20)[0-9]{2}/.test(t) : /[0-9]/.test(t);
    if (figure || WEEKDAYS.has(t) || SEASONS.has(t) || t === 'today' || t === 'tomorrow' || t === 'tonight')
      return true;
    if (MONTHS.get(t) !== undefined && (!AMBIGUOUS_MONTHS.has(t) || tok.upper)) return true;
    const lead = toks[j - 1]?.t ?? '';
    const periodLead = PERIOD_LEADS.has(lead) || (lead === 'the' && toks[j - 2]?.t === 'of');
    if (PERIOD_NOUNS.has(t) && periodLead) return true;
  }
  return false;
}

/**
 * From `k` to the end: a phrase opened by "following" (the event's occasion), with no modal and no date of its own;
 * "…, drawing 10,000 guests" is an outcome of the event, "following which …" a clause.
 */
function participleTail(toks: readonly Token[], k: number): boolean {
  if (toks[k]?.t !== 'following' || toks[k + 1]?.t === 'which') return false;
  for (let j = k; j < toks.length; j++) if (AHEAD.at(toks, j)) return false;
  return !datedFrom(toks, k);
}

// "marking the start of", "setting the tone for", "kicking off": a participle that places the entry in a sequence.
const SEQUENCE_PARTICIPLES = wordSet(['marking', 'setting', 'kicking', 'ushering', 'opening', 'closing', 'ending']);
const SEQUENCE_OBJECTS = wordSet([
  'start',
  'end',
  'beginning',
  'close',
  'opening',
  'tone',
  'stage',
  'pace',
  'off',
  'in',
]);

// The desk's own forecast in a sequence participle's tail.
const FIRST_PERSON = wordSet(['we', 'i']);
const OWN_CALL_VERBS = wordSet(['expect', 'see', 'think', 'believe', 'forecast', 'predict', 'bet', 'reckon']);

/**
 * From `k`: a participle phrase that only says where the entry stands in a sequence (", marking the start of …",
 * ", setting the tone for …", ", kicking off …", ", ushering in …"), with no modal and no date of its own before its
 * object's "of / for"; what follows describes that sequence ("what is expected to be a complex sales process"), no
 * outcome of the entry. ", drawing 10,000 guests" and ", sending prices higher" assert one.
 */
function sequenceTail(toks: readonly Token[], k: number): boolean {
  if (!SEQUENCE_PARTICIPLES.at(toks, k)) return false;
  const object = toks[k + 1]?.t === 'the' || toks[k + 1]?.t === 'a' ? k + 2 : k + 1;
  if (!SEQUENCE_OBJECTS.at(toks, object)) return false;
  // "kicking off", "ushering in": the particle is the object's place; "the start of", "the tone for" name the next.
  const phrasal = toks[object]?.t === 'off' || toks[object]?.t === 'in';
  if (phrasal !== (object === k + 1)) return false;
  if (!phrasal && toks[object + 1]?.t !== 'of' && toks[object + 1]?.t !== 'for') return false;
  // "kicking off what we expect to be a bidding war": the desk's own call on the entry's outcome.
  for (let j = object + 1; j < toks.length - 1; j++)
    if (FIRST_PERSON.at(toks, j) && OWN_CALL_VERBS.at(toks, j + 1)) return false;
  return !datedFrom(toks, k, true);
}

const ANNOUNCING = wordSet(['said', 'says', 'announced', 'announces', 'confirmed', 'confirms', 'told']);

/**
 * From `k` to the end: who announced the entry (a subject of up to five words, "has / have" and a verb of saying or
 * announcing: ", the Treasury has announced", ", the company said"), then nothing or ", as" and a clause of the present
 * with no modal and no date of its own (", as speculation mounts over tax rises").
 */
function announcedTail(toks: readonly Token[], k: number): boolean {
  let v = k;
  while (v < k + 6 && !ANNOUNCING.at(toks, v)) {
    const t = toks[v]?.t ?? '';
    if (!/^[a-z]+$/.test(t) || MORE.has(t) || SUBORDINATE.has(t) || AHEAD.has(t)) return false;
    v++;
  }
  if (v === k || !ANNOUNCING.at(toks, v)) return false;
  let j = v + 1;
  if (toks[j]?.t === 'reporters') j++;
  if (j >= toks.length || (toks[j]?.t === '.' && j === toks.length - 1)) return true;
  if (toks[j]?.t !== ',' || toks[j + 1]?.t !== 'as') return false;
  for (let x = j + 2; x < toks.length; x++) {
    const t = (toks[x] as Token).t;
    if (MODALS.includes(t as never) || ASSERTING_HEDGES.includes(t as never) || t === ',' || t === ';') return false;
    if (WEEKDAYS.has(t) || /^(19|20)[0-9]{2}$/.test(t) || (MONTHS.get(t) !== undefined && (toks[x] as Token).upper))
      return false;
  }
  return true;
}

const isLongDash = (tok: Token | undefined) => tok !== undefined && (tok.raw === '—' || tok.raw === '–');

/** The closing dash of an aside opened by a long dash at `i` and closed before `end`, holding no look-ahead and no date; -1. */
function dashAsideEnd(toks: readonly Token[], i: number, end: number): number {
  if (!isLongDash(toks[i])) return -1;
  for (let k = i + 1; k < end; k++) {
    if (isLongDash(toks[k])) return k > i + 1 && !datedFrom(toks.slice(i + 1, k), 0) ? k : -1;
    if (AHEAD.at(toks, k) || SUBORDINATE.at(toks, k)) return -1;
  }
  return -1;
}

// What is "out" on a day when it is released: a decision, data, a list.
const RELEASE_NOUNS = wordSet([
  ...['decision', 'decisions', 'result', 'results', 'data', 'figures', 'numbers', 'report', 'reports', 'list'],
  ...['lists', 'ratings', 'scores', 'schedule', 'draw', 'fixtures', 'nominations', 'grades', 'offers', 'statistics'],
  ...['stats', 'minutes', 'rankings', 'guidance', 'update', 'estimates', 'forecast', 'survey', 'index', 'release'],
]);
const OUT_AUXILIARIES = wordSet(['be', 'will', 'to', 'is', 'are', 'should', 'would', 'expected', 'set', 'due']);

/** The head of the subject before "… will be out" at `k` (skipping the auxiliaries) is a release noun. */
function releaseSubject(toks: readonly Token[], k: number): boolean {
  let j = k - 1;
  while (j > 0 && OUT_AUXILIARIES.at(toks, j)) j--;
  return RELEASE_NOUNS.at(toks, j);
}

/** "released on June 5th", "sworn in on January 4": an event's participle at `k` followed by its day. */
function passiveEventAt(toks: readonly Token[], k: number): boolean {
  // "their decisions will be out March 27": data or a decision out on a day is released then; a person out on a day
  // ("the CEO will be out March 31") leaves, an outcome.
  if (toks[k]?.t === 'out') return releaseSubject(toks, k) && (bareDayAt(toks, k + 1) || exactDayAt(toks, k + 1));
  const made = toks[k]?.t === 'made' && nounBefore(toks, k, ANNOUNCEMENTS, 8);
  if (!PASSIVE_EVENTS.at(toks, k) && !(ADDRESS_PASSIVES.at(toks, k) && nounBefore(toks, k, ADDRESSES, 6)) && !made)
    return false;
  const next = toks[k + 1]?.t ?? '';
  // "would be released March 18": the day may follow the participle with no "on", as after "will end".
  return (
    WHEN_NEXT.at(toks, dayAfterPlace(toks, k + 1)) ||
    bareDayAt(toks, k + 1) ||
    (PARTICLES.has(next) && WHEN_NEXT.at(toks, k + 2))
  );
}

// Words that make a clause look ahead or hold a date: such a clause is no statement of the present.
const AHEAD = wordSet([...MODALS, ...ASSERTING_HEDGES, ...BELIEVING, 'to', 'going', 'likely', 'set']);
const STATE_VERBS = new Set(['is', 'are', 'was', 'were', 'has', 'have', "'s"]);

/**
 * "The recount is over; …": the end of a leading clause before a semicolon that only states the present or the past
 * (a copula or "has", no modal, hedge, infinitive, number or month), or -1. A calendar entry beside it stays one, as
 * it does beside a clause of what has already happened.
 */
function stateClauseEnd(toks: readonly Token[]): number {
  let state = false;
  for (let i = 0; i < toks.length; i++) {
    const t = (toks[i] as Token).t;
    if (t === ';') return state && i > 1 ? i : -1;
    // "Samsung has finally announced the date of its event, and it falls on July 26": ", and" ends it too.
    if (t === ',' && toks[i + 1]?.t === 'and') return state && i > 1 ? i + 1 : -1;
    if (AHEAD.has(t) || SUBORDINATE.has(t) || /[0-9]/.test(t) || MONTHS.get(t) !== undefined || WEEKDAYS.has(t))
      return -1;
    if (STATE_VERBS.has(t) && i > 0) state = true;
  }
  return -1;
}

const SAYING = wordSet(['said', 'says', 'say', 'told', 'added', 'noted']);

/** "Gossom also said votes will be canvassed on Nov. 16": where the reported words start after a named speaker, or -1. */
function reportedFrom(toks: readonly Token[]): number {
  for (let i = 1; i < 5 && i < toks.length; i++) {
    if (!SAYING.at(toks, i)) continue;
    const speaker = toks[i - 1]?.upper === true || (toks[i - 1]?.t === 'also' && toks[i - 2]?.upper === true);
    if (!speaker) return -1;
    return toks[i + 1]?.t === 'that' ? i + 2 : i + 1;
  }
  return -1;
}

const EVENT_NOUNS = wordSet([
  'results',
  'earnings',
  'report',
  'data',
  'minutes',
  'meeting',
  'vote',
  'hearing',
  'auction',
  'release',
  'print',
  'decision',
  'clinic',
  'briefing',
  'conference',
  'webinar',
  'workshop',
]);

/** "Q2 results on August 5", "FOMC minutes on Wednesday": a verbless noun phrase of a scheduled event and its day. */
function eventNounWithDay(toks: readonly Token[]): boolean {
  const on = toks.findIndex((tok) => tok.t === 'on');
  let noun: number;
  if (on >= 1) {
    if (on > 4 || !EVENT_NOUNS.at(toks, on - 1)) return false;
    if (!exactDayAt(toks, on) && !relativeDayAt(toks, on)) return false;
    noun = on - 1;
  } else {
    // "clinic March 14": a note's shorthand may leave out the "on".
    const month = toks.findIndex((tok, k) => k > 0 && MONTHS.get(tok.t) !== undefined);
    if (month < 1 || month > 4 || !EVENT_NOUNS.at(toks, month - 1) || !isNumber(toks[month + 1]?.t)) return false;
    noun = month - 1;
  }
  for (let i = 0; i < noun; i++) if (!/^[a-z0-9]+$/.test((toks[i] as Token).t) || MORE.at(toks, i)) return false;
  // Nothing may follow the day but its year or a stop.
  let k = noun + 3;
  while (k < toks.length && /^([0-9]+|\.|,)$/.test((toks[k] as Token).t)) k++;
  return k >= toks.length;
}

const WINDOW_VERBS = /^(re)?(opens?|closes?)$/;
const WINDOW_NOUNS =
  /^(sign|signups|enrollment|enrolment|registration|registrations|applications|nominations|bidding|comments)$/;

/**
 * "The Tree Assistance Program reopens sign-ups in August": an agency opening or closing a window for sign-ups,
 * applications or comments sets a schedule, whatever period it names; one clause, nothing else said of it.
 */
function opensWindow(toks: readonly Token[]): boolean {
  const v = toks.findIndex((tok, k) => k > 0 && WINDOW_VERBS.test(tok.t));
  if (v < 0) return false;
  const n = toks[v + 1]?.t === 'its' || toks[v + 1]?.t === 'the' ? v + 2 : v + 1;
  if (!WINDOW_NOUNS.test(toks[n]?.t ?? '')) return false;
  for (let i = 0; i < toks.length; i++) {
    const t = (toks[i] as Token).t;
    if ((MORE.has(t) && t !== ',') || SUBORDINATE.has(t) || MODALS.includes(t as never)) return false;
  }
  return true;
}

/** Whether a sentence only says that an event happens on a given day ("Chipotle reports on July 22."). */
const RULINGS = wordSet(['decision', 'ruling', 'verdict', 'determination']);
const AWAITED = wordSet(['expected', 'due', 'scheduled', 'set', 'slated']);
const LOOKING_AHEAD = wordSet(['will', "won't", 'expect', 'expects', 'likely', 'should', 'could', 'may', 'might']);

/** "the Rochester Board of Education": a body's name after "by" (capitalised words, "the", "of"); the word after it. */
function agentEnd(toks: readonly Token[], k: number): number {
  const first = toks[k]?.t === 'the' ? k + 1 : k;
  let j = first;
  while (j < first + 8 && (toks[j]?.upper === true || (toks[j]?.t === 'of' && j > first))) j++;
  // A month after "by" is a deadline ("by Oct. 19"), no body.
  return j > first && MONTHS.get(toks[first]?.t ?? '') === undefined ? j : -1;
}

/**
 * "… is under FDA review, with a decision expected on November 18, 2025": a ruling awaited on a day, closing a
 * sentence that asserts nothing else ahead, is the agency's calendar, whatever the ruling turns out to be.
 */
function rulingAwaitedOn(toks: readonly Token[]): boolean {
  // "with a decision expected on …", "A decision is expected on …": the present copula may stand between.
  const copula = (k: number) => (toks[k + 1]?.t === 'is' || toks[k + 1]?.t === 'are' ? 1 : 0);
  const r = toks.findIndex((_, k) => RULINGS.at(toks, k) && AWAITED.at(toks, k + 1 + copula(k)));
  if (r < 1) return false;
  const after = r + 2 + copula(r);
  // "A decision is expected by the Rochester Board of Education on Oct. 19": the body that decides may stand between.
  const on = toks[after]?.t === 'by' ? agentEnd(toks, after + 1) : after;
  if (on < 0 || toks[on]?.t !== 'on' || !(exactDayAt(toks, on) || relativeDayAt(toks, on + 1))) return false;
  for (let i = 0; i < r; i++) if (LOOKING_AHEAD.at(toks, i)) return false;
  // Nothing may follow the day but its year or a stop.
  let k = on + 3;
  while (k < toks.length && /^([0-9]+|\.|,)$/.test((toks[k] as Token).t)) k++;
  return k >= toks.length;
}

/** From `k` to the end: capitalised names, commas and "and" only (maybe "the"), then at most a stop. */
function namesOnly(toks: readonly Token[], k: number): boolean {
  let names = 0;
  for (let j = k; j < toks.length; j++) {
    const tok = toks[j] as Token;
    if (tok.upper) names++;
    else if (tok.t === '.' && j === toks.length - 1) break;
    else if (tok.t !== ',' && tok.t !== 'and' && tok.t !== '&' && tok.t !== 'the') return false;
  }
  return names > 0;
}

// Conditions and concessions open with these: they are no scene set for an entry.
const NOT_SCENE = new Set(['barring', 'assuming', 'pending', 'including', 'excluding', 'following', 'notwithstanding']);
const sceneParticiple = (t: string): boolean => /^[a-z]{3,}ing$/.test(t) && !NOT_SCENE.has(t);

/** "Trade shows: …", "Earnings: …": the colon after one to three plain words opening the sentence, or -1. */
function labelColon(toks: readonly Token[]): number {
  for (let k = 1; k <= 3; k++) {
    if (toks[k]?.t === ':') return k;
    if (!/^[a-z]+$/.test(toks[k - 1]?.t ?? '') || MORE.at(toks, k - 1)) return -1;
  }
  return -1;
}

/** Whether the words from `a` to `b` are only names (no month or weekday), commas and "and", at least two names. */
function namesListed(toks: readonly Token[], a: number, b: number): boolean {
  let names = 0;
  for (let k = a; k < b; k++) {
    const tok = toks[k] as Token;
    if (tok.upper && MONTHS.get(tok.t) === undefined && !WEEKDAYS.has(tok.t)) names++;
    else if (tok.t !== ',' && tok.t !== 'and' && tok.t !== '&') return false;
  }
  return names > 1;
}

const FALLS = wordSet(['falls', 'fall']);
// What falls on a day as the calendar has it: a date or an occasion, or "it" that points back to one.
const OCCASION_SUBJECTS = wordSet([
  ...['it', 'date', 'dates', 'day', 'holiday', 'holidays', 'deadline', 'deadlines', 'anniversary', 'event'],
  ...['meeting', 'festival', 'opener', 'final', 'election', 'vote', 'hearing', 'keynote', 'launch'],
]);

/** Whether a sentence only says that an event happens on a given day, in one of the listed shapes or the general one. */
export function isCalendarEntry(toks: readonly Token[]): boolean {
  return isListedEntry(toks) || isOccurrenceEntry(toks);
}

function isListedEntry(toks: readonly Token[]): boolean {
  if (eventNounWithDay(toks) || opensWindow(toks) || rulingAwaitedOn(toks)) return true;
  // "For Premier League and EFL clubs, the transfer window will close …": a leading "for" phrase sets the scene.
  // "Looking at confirmed decisions, UC Santa Barbara announced …": an opening participle phrase does so too, and
  // "Trade shows: Computex runs June 2–5" a short label before a colon (a title within a paragraph).
  const comma =
    toks[0]?.t === 'for' || sceneParticiple(toks[0]?.t ?? '')
      ? toks.findIndex((tok) => tok.t === ',')
      : labelColon(toks);
  const state = comma > 0 ? -1 : stateClauseEnd(toks);
  const said = comma > 0 || state > 0 ? -1 : reportedFrom(toks);
  const from = comma > 0 ? comma + 1 : state > 0 ? state + 1 : said > 0 ? said : 0;
  let verb = -1;
  // "The Fed announced on Monday it would publish the results on June 23": after a past verb of saying, "would" is the
  // reported "will".
  const saidAt = toks.findIndex((_, k) => k < 14 && REPORTED_PAST.at(toks, k));
  const willAt = (x: number): boolean => toks[x]?.t === 'will' || (toks[x]?.t === 'would' && saidAt >= 0 && saidAt < x);
  // One reader of the words for every position, not one made per word.
  const wordAt = (x: number): string => toks[x]?.t ?? '';
  for (let i = from; i < toks.length && verb < 0; i++) {
    const t = (toks[i] as Token).t;
    const phrasal = phrasalStartAt(wordAt, i);
    // Only a "will" or a "to" takes an event after it: the event is read there alone.
    const next = willAt(i) || t === 'to' ? eventThenDay(toks, i + 1) : 0;
    // "Votes will be canvassed …": the clause's first word is its subject, not its verb.
    if ((EVENT_VERBS.at(toks, i) || (EVENT_BASES.at(toks, i) && pluralSubject(toks, i - 1))) && i > from) verb = i;
    // "it falls on July 26", "the deadline falls on a Friday": a date or occasion falling on a day is the calendar;
    // "Nvidia falls on Friday" is a move.
    else if (FALLS.at(toks, i) && OCCASION_SUBJECTS.at(toks, i - 1) && i > from && toks[i + 1]?.t === 'on') verb = i;
    // "the season gets underway on Friday night": the phrasal verb of a start ends at its particle.
    else if (phrasal > 0 && i > from) verb = i + phrasal - 1;
    // "will close on Thursday" is a schedule; "will close below 4% by Friday" a forecast.
    else if (willAt(i) && next > 0) verb = i + next;
    else if (willAt(i) && publishesData(toks, i + 1)) verb = i + 1;
    else if (PUBLISHES.at(toks, i) && i > from && publishesData(toks, i)) verb = i;
    // "The group is expected to release final holiday results Thursday": "is expected / set / scheduled to" is the
    // future of a schedule, as "will" is.
    else if (
      t === 'to' &&
      FUTURE_TO.at(toks, i - 1) &&
      PRESENT_PASSIVE.at(toks, i - 2) &&
      (publishesData(toks, i + 1) || next > 0)
    )
      verb = i + Math.max(next, 1);
    // "The Nintendo Switch 2 will be released on June 5th": the passive of a release date is a schedule too.
    else if (willAt(i) && toks[i + 1]?.t === 'be' && passiveEventAt(toks, i + 2)) verb = i + 2;
    // "The ceremony is expected to be held on December 6": the passive after "is expected / set to" as well.
    else if (
      t === 'to' &&
      FUTURE_TO.at(toks, i - 1) &&
      PRESENT_PASSIVE.at(toks, i - 2) &&
      toks[i + 1]?.t === 'be' &&
      passiveEventAt(toks, i + 2)
    )
      verb = i + 2;
    else if (PRESENT_PASSIVE.at(toks, i) && i > from && passiveEventAt(toks, i + 1)) verb = i + 1;
  }
  if (verb < from + 1) return false;
  // "Truist, Citizens and KeyCorp report …": a subject of names listed with commas and "and" joins no clauses.
  const listed = namesListed(toks, from, verb);
  for (let i = listed ? verb : from; i < verb; i++) {
    // "The outcome—including the MPC's decision … and other key measures—will be announced …": an aside set off by
    // dashes in the subject, with no word that looks ahead and no date, says what the entry is of.
    const aside = dashAsideEnd(toks, i, verb);
    if (aside > 0) {
      i = aside;
      continue;
    }
    const own =
      (willAt(i) &&
        (i === verb - 1 || (i === verb - 2 && toks[verb - 1]?.t === 'be') || eventThenDay(toks, i + 1) === verb - i)) ||
      (PRESENT_PASSIVE.at(toks, i) && i === verb - 1) ||
      // "will then open from April 9th": the adverb of sequence the entry's verb took ("then" also joins clauses).
      (EVENT_ADVERBS.at(toks, i) && willAt(i - 1));
    if ((MORE.at(toks, i) && !own) || SUBORDINATE.at(toks, i)) return false;
  }
  // "The S&P closes above 7,000 on Friday", "opens higher on Monday": a level the verb reaches is an outcome.
  if (ENTRY_LEVELS.at(toks, verb + 1) || levelHeld(toks, verb)) return false;
  let dated = false;
  for (let i = verb + 1; i < toks.length; i++) {
    const t = (toks[i] as Token).t;
    // "on Thursday, February 1", "on Thursday, 17 November": the comma between a weekday and its date.
    const dateAfter = MONTHS.get(toks[i + 1]?.t ?? '') !== undefined || isNumber(toks[i + 1]?.t);
    if (t === ',' && WEEKDAYS.has(toks[i - 1]?.t ?? '') && dateAfter) continue;
    // "tomorrow, Tuesday, March 25": a day word restated by its weekday.
    const dayWord = toks[i - 1]?.t === 'tomorrow' || toks[i - 1]?.t === 'today';
    if (t === ',' && dayWord && WEEKDAYS.has(toks[i + 1]?.t ?? '')) continue;
    // "… will start on Tuesday, but some players are out": a comma before the joining word.
    if (t === ',' && dated && toks[i + 1]?.t === 'but') return perfectOnly(toks, i + 1);
    // "WWDC runs from June 8 to June 12, and Apple has already put …": a comma before "and" joins as "and" does.
    if (t === ',' && dated && toks[i + 1]?.t === 'and') continue;
    // "…, marking the start of …", "…, setting the tone for …": what the entry opens or ends, no outcome of it.
    if (t === ',' && dated && sequenceTail(toks, i + 1)) return true;
    // "… held on December 6, following the election, positioning it as a landmark": the occasion's phrase, with no
    // date of its own, asserts no dated outcome beside the entry.
    if (t === ',' && dated && participleTail(toks, i + 1)) return true;
    // "…, the Treasury has announced": who set the entry, and at most a present circumstance after it.
    if (t === ',' && dated && announcedTail(toks, i + 1)) return true;
    const range = dayRangeEnd(toks, i);
    if (range > 0) {
      dated = true;
      i = range - 1;
      continue;
    }
    if (t === 'and' && dated) {
      const conjunct = verblessDayConjunct(toks, i);
      if (conjunct > 0) {
        i = conjunct;
        continue;
      }
      // "…, and UC Berkeley announced their decisions will be out March 27": a second entry of its own.
      return perfectOnly(toks, i) || (toks[i + 1]?.upper === true && isCalendarEntry(toks.slice(i + 1)));
    }
    // "Second-quarter bank earnings start on July 14 with JPMorgan, Citi, Wells Fargo and BNY": after the day, "with"
    // and only a list of names says who takes part; the entry stays one.
    if (t === 'with' && dated && namesOnly(toks, i + 1)) return true;
    // "on June 26 at 4:30 p.m. ET": the colon of a clock time on the entry's day.
    if (t === ':' && dated && isNumber(toks[i - 1]?.t) && /^[0-5][0-9]$/.test(toks[i + 1]?.t ?? '')) continue;
    // "on May 24, 2026": the year after the day, set off by its comma.
    if (t === ',' && dated && /^(19|20)[0-9]{2}$/.test(toks[i + 1]?.t ?? '') && isNumber(toks[i - 1]?.t)) continue;
    // "opens on December 18.The film crosses $1bn …": a full stop inside the text, after the day's figure and before
    // a capital, ends the entry where a paste lost its space; what follows is another sentence.
    const stop = t === '.' && i < toks.length - 1 && isNumber(toks[i - 1]?.t) && toks[i + 1]?.upper === true;
    if (stop || MORE.at(toks, i) || (t === '-' && !(toks[i] as Token).glued)) return false;
    if (exactDayAt(toks, i) || relativeDayAt(toks, i) || (i === verb + 1 && bareDayAt(toks, i))) dated = true;
  }
  return dated;
}
