/**
 * A calendar entry in a shape the listed schedule rules do not spell out ("More on claims": a scheduled event written
 * as prose is no forecast unless the sentence asserts an outcome of it). What unites the shapes: a predicate of
 * occurrence (something meets, runs, starts, falls on, is staged, there will be a sitting, a body will hold a
 * hearing …), a day or a span of days, and nothing asserted that could be measured (no amount, level, comparative,
 * change verb, judgement or hedge). Such a sentence is read as an entry whatever its other clauses only describe.
 */
import type { Token } from './tokens.js';
import { lyAdverb, wordSet } from './tokens.js';
import { IN_EFFECT, IN_FORCE, MEETING, MEETING_WORDS, NOT_PLURAL, REPORTED_PAST } from './clause-words.js';
import { BELIEVING, EXPECTING, MODALS } from './modal-words.js';
import { MONTHS, SEASONS } from './vocab.js';
import { WEEKDAYS } from './weekdays.js';

// Verbs that say an event takes place, in the present or after "will / to" (base form).
const OCCURS = wordSet([
  ...MEETING,
  ...['convene', 'reconvene', 'sits', 'sit', 'gather'],
  ...['runs', 'run', 'starts', 'start', 'begins', 'begin', 'commences', 'commence', 'opens', 'open', 'reopens'],
  ...['closes', 'close', 'ends', 'end', 'finishes', 'finish', 'concludes', 'conclude', 'resumes', 'resume'],
  ...['spans', 'span', 'votes', 'vote', 'reopen'],
  // A release on its day with no object ("The console will launch on June 5", "will now release on Thursday").
  ...['launches', 'launch', 'debuts', 'debut', 'premieres', 'premiere', 'releases', 'release'],
]);
// Participles of an event held, after "is / are / will be".
const HELD = wordSet([
  ...['held', 'staged', 'hosted', 'played', 'celebrated', 'observed', 'contested', 'convened', 'run'],
]);
// Participles of a scheduled thing carried out or made public on its day ("will be fully implemented on 1 January",
// "will be released on 19 November", "will be announced on October 15th"): the event's passive too, no outcome.
const CARRIED_OUT = wordSet([
  ...['implemented', 'enforced', 'released', 'published', 'announced', 'launched', 'issued', 'canvassed', 'revealed'],
]);
// Verbs of a release among the occurrence verbs: only a thing already on the calendar is released on its day.
const RELEASING = wordSet(['launches', 'launch', 'debuts', 'debut', 'premieres', 'premiere', 'releases', 'release']);
// What opens a subject that is no thing already scheduled ("A new Xbox will launch", "New sanctions will be …").
const INDEFINITE = wordSet(['a', 'an', 'new', 'some', 'another']);
// What ends the clause before a subject ("confirmed that Grand Theft Auto VI …", "Mumbai, January 2: …").
const SUBJECT_OPENERS = wordSet([',', ';', ':', 'that', 'which', '(', '"', '“']);

/**
 * Whether the release or measure at `i` is a thing already on the calendar: its subject opens on no indefinite word,
 * and no indefinite object follows in the clause ("Nintendo will launch on June 5 a new console" launches a product).
 */
function scheduledThing(toks: readonly Token[], i: number): boolean {
  let j = i - 1;
  while (j > 0 && !SUBJECT_OPENERS.at(toks, j - 1)) j--;
  if (INDEFINITE.at(toks, j)) return false;
  for (let k = i + 1; k < toks.length && !SUBJECT_OPENERS.at(toks, k); k++) if (INDEFINITE.at(toks, k)) return false;
  return true;
}

// What a body is on a day in a season's calendar: "Japan will be round three on March 29", "will be the opener".
const ROUNDS = wordSet(['round', 'opener', 'race', 'leg', 'stage', 'final', 'premiere', 'launch', 'event']);
// Words that order a round before its noun ("the first European round", "the season-opener").
const ORDERING = wordSet(['first', 'second', 'third', 'last', 'final', 'opening', 'closing', 'season', 'next']);
// What a body holds, convenes or has, and what "there will be" announces: an event, not an outcome.
const EVENT_NOUNS = wordSet([
  ...MEETING_WORDS,
  ...['meetings', 'hearings', 'sessions', 'sitting', 'vote', 'votes', 'debate'],
  ...['election', 'elections', 'referendum', 'briefing', 'plenum', 'committee'],
  ...['ceremony', 'festival', 'holiday', 'race', 'match', 'game', 'draw', 'auction', 'poll', 'primary', 'runoff'],
]);
const HOLDING = wordSet(['hold', 'holds', 'host', 'hosts', 'convene', 'convenes', 'have', 'has', 'stage', 'stages']);
// A date or occasion that is, or falls on, a day: "The deadline falls on March 6", "the season opener is Thursday".
const OCCASIONS = wordSet([
  ...['date', 'day', 'holiday', 'deadline', 'anniversary', 'festival', 'opener', 'final', 'kickoff', 'start'],
  ...['end', 'deadline', 'draft', 'election', 'vote', 'hearing', 'meeting', 'premiere', 'launch', 'event'],
]);
// A window for submissions that is open through a day: "is accepting comments through Feb. 10".
const SUBMISSIONS = wordSet(['comments', 'applications', 'nominations', 'entries', 'submissions', 'bids']);

// Words that assert a measurable outcome or look ahead by a hedge: any of them makes the sentence more than an entry.
const OUTCOME = wordSet([
  ...['above', 'below', 'higher', 'lower', 'record', 'beyond', 'more', 'less', 'fewer', 'than', 'up', 'down'],
  ...['rise', 'rises', 'rising', 'fall', 'falls', 'falling', 'climb', 'climbs', 'drop', 'drops', 'jump', 'jumps'],
  ...['surge', 'surges', 'soar', 'soars', 'slump', 'slumps', 'sink', 'sinks', 'slide', 'slides', 'tumble', 'tumbles'],
  ...['plunge', 'plunges', 'rally', 'rallies', 'gain', 'gains', 'lose', 'loses', 'beat', 'beats', 'miss', 'misses'],
  ...['top', 'tops', 'exceed', 'exceeds', 'cut', 'cuts', 'hike', 'hikes', 'raise', 'raises', 'ease', 'eases'],
  ...['tighten', 'tightens', 'win', 'wins', 'approve', 'approves', 'reject', 'rejects', 'fail', 'fails', 'slip'],
  ...[
    'pass',
    'sign',
    'signs',
    'highest',
    'lowest',
    'level',
    'levels',
    'passes',
    'slips',
    'collapse',
    'collapses',
    'double',
    'doubles',
    'grow',
    'grows',
    'shrink',
    'shrinks',
    'hit',
    'hits',
  ],
  ...['reach', 'reaches', 'break', 'breaks', 'surpass', 'surpasses', 'delay', 'delays', 'postpone', 'sell'],
  ...['sells', 'strong', 'weak', 'stronger', 'weaker', 'better', 'worse', 'best', 'worst', 'biggest', 'surprise'],
  ...MODALS.filter((m) => m !== 'will'),
  ...EXPECTING,
  ...BELIEVING,
  ...["won't", 'likely'],
  ...[
    'predicted',
    'projected',
    'forecasts',
    'estimated',
    'intends',
    'aims',
    'unlikely',
    'probably',
    'predict',
    'predicts',
    'forecast',
  ],
  ...['see', 'sees', 'poised', 'track', 'going', 'if', 'unless', 'when', 'once', 'whether', 'set', 'sure'],
]);
// Words that call an occurrence against a doubt about it ("will take effect on March 4 despite …", "as threatened").
const DOUBTED = wordSet(['despite', 'regardless', 'notwithstanding']);
const AS_DOUBTED = wordSet(['threatened', 'promised', 'feared', 'warned', 'vowed', 'pledged']);
// Before the predicate, these make it a clause that dates another: "before the tournament starts on June 11".
// "which ends this week": a relative clause's event describes its noun, no entry.
const SUBORDINATE = wordSet(['before', 'after', 'until', 'till', 'since', 'as', 'because', 'while', 'which', 'who']);
// Outcome words that, before the predicate, only name its subject ("Top officials", "the best-of-seven series").
const NAMING = wordSet(['top', 'up', 'down', 'record', 'best', 'biggest', 'final', 'set']);
// What follows "will": its event, or the business of an entry (an agenda) rather than an outcome. "hold", "have" and
// "host" are no agenda alone ("will hold rates"): only before an event noun ("will hold a hearing", read as HOLDING).
const AGENDA = wordSet([
  ...['decide', 'deliberate', 'discuss', 'consider', 'debate', 'review', 'weigh', 'hear', 'examine', 'vote'],
  ...['announce', 'publish', 'release', 'report', 'decides', 'deliberates', 'discusses', 'considers', 'debates'],
  ...['reviews', 'weighs', 'hears', 'examines', 'announces', 'publishes', 'releases', 'reports'],
]);
// Verbs that, joined by "and" to the entry's predicate, still describe the event: what it includes or features.
const DESCRIBING = wordSet(['includes', 'include', 'features', 'feature', 'lasts', 'marks', 'mark']);
// Words after "and" that open a new subject, a phrase or a figure rather than a second verb of the same subject.
const NOT_JOINED_VERB = wordSet([
  ...['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'my', 'this', 'that', 'these', 'those', 'some', 'all'],
  ...['at', 'in', 'on', 'from', 'for', 'with', 'by', 'to', 'after', 'before', 'then', 'again', 'also', 'it', 'they'],
  ...['we', 'he', 'she', 'i', 'you', 'there', 'no', 'not', 'is', 'are', 'will', 'would', 'then', 'so', 'thus'],
]);
// Words after a would-be joined verb that show it was a plural subject ("and rosters are thin", "and millions of fans
// are …").
const SUBJECT_FOLLOWERS = wordSet([
  ...['are', 'is', 'were', 'was', 'will', 'would', 'have', 'has', 'had', 'can', 'could', 'may', 'might', 'should'],
  ...['must', 'do', 'did', "won't", "can't", 'remain', 'stay', 'get', 'go', 'of', 'who', 'that'],
]);
const ADVERBS = wordSet(['next', 'again', 'also', 'then', 'first', 'formally', 'officially', 'now']);
// A match named by its opponent: "play the Indiana Pacers on Sunday April 21".
const PLAYING = wordSet(['play', 'plays', 'face', 'faces', 'host', 'hosts']);
// Words before which an occurrence word is a noun ("the end of", "its start"), not the predicate.
const NOUN_LEADS = wordSet([
  ...['the', 'a', 'an', 'of', 'its', 'their', 'his', 'her', 'our', 'this', 'that', 'these', 'those', 'for', 'in'],
  ...['at', 'by', 'into', 'from', 'with', 'on', 'early', 'late', 'mid', 'housing', 'no'],
]);
// What may stand before a base form that is the predicate: its auxiliary, a conjunction sharing the subject, a pronoun.
const BASE_LEADS = wordSet(['will', 'would', 'to', "'ll", 'and', 'they', 'we', 'you', 'i']);

/** Whether the occurrence word at `i` stands where a verb does: after its subject, an auxiliary or an adverb. */
function verbPosition(toks: readonly Token[], i: number): boolean {
  const prev = toks[i - 1];
  // "are considering canceling votes next week": after a gerund the word is its object.
  if (!prev || NOUN_LEADS.at(toks, i - 1) || /[a-z]{3,}ing$/.test(prev.t)) return false;
  if (/s$/.test(toks[i]?.t ?? '')) return true;
  if (BASE_LEADS.at(toks, i - 1) || ADVERBS.at(toks, i - 1)) return true;
  // A plural subject: names joined or a plain plural ("camps", "sales", "Bucks").
  return /^[a-z-]{3,}[^s']s$/.test(prev.t) && !NOT_PLURAL.at(toks, i - 1);
}

// Words after a weekday that leave it a day: its part of the day or the next word of the clause.
const DAY_FOLLOWERS = wordSet([
  ...['night', 'morning', 'afternoon', 'evening', 'at', 'and', 'or', 'in', 'on', 'to', 'through', 'so', 'for'],
  ...['with', 'before', 'after', 'the', 'that', 'when', 'as', 'but', 'while', 'until', 'is', 'was', 'will'],
]);
const isNumber = (t: string | undefined): boolean => t !== undefined && /^[0-9]{1,2}(?:st|nd|rd|th)?$/.test(t);
const isMonth = (tok: Token | undefined): boolean =>
  tok !== undefined && MONTHS.get(tok.t) !== undefined && (tok.upper || tok.t.length > 3);

/** Whether a day (a month and its figure, a weekday, "today" / "tomorrow", "this / next week", "w/c") stands at `i`. */
function dayAt(toks: readonly Token[], i: number): boolean {
  const t = toks[i]?.t ?? '';
  if (t === 'today' || t === 'tonight' || t === 'tomorrow') return true;
  if ((t === 'this' || t === 'next') && toks[i + 1]?.t === 'week') return true;
  // "Sunday parcel delivery": a weekday before a plain noun names the noun, no day.
  const modifier = /^[a-z]+$/.test(toks[i + 1]?.t ?? '') && !toks[i + 1]?.upper && !DAY_FOLLOWERS.at(toks, i + 1);
  if (WEEKDAYS.has(t) && toks[i]?.upper && toks[i - 1]?.t !== 'last') return !modifier;
  if (isMonth(toks[i])) return isNumber(toks[i + 1]?.t === '.' ? toks[i + 2]?.t : toks[i + 1]?.t);
  return isNumber(t) && isMonth(toks[i + 1]);
}

/**
 * A figure that is a date, an hour or an ordinal ("4 July", "2020", "4.30pm", "8th", "the 113th edition"), not an
 * amount; a figure of any other kind is a measure the sentence asserts.
 */
function dateFigure(toks: readonly Token[], k: number): boolean {
  const t = toks[k]?.t ?? '';
  if (/^(19|20)[0-9]{2}$/.test(t) || /^[0-9]+(st|nd|rd|th)$/.test(t)) return true;
  if (/^[0-9]{1,2}([.:][0-9]{2})?(am|pm)$/.test(t)) return true;
  if (isNumber(t) && (isMonth(toks[k + 1]) || isMonth(toks[k - 1]) || isMonth(toks[k - 2]))) return true;
  // "from 15 to 23 February", "October 26 - 29": the first or last day of a span before or after its month.
  if (isNumber(t) && /^(to|-|–)$/.test(toks[k + 1]?.t ?? '') && (isMonth(toks[k + 3]) || isMonth(toks[k - 1])))
    return true;
  if (isNumber(t) && /^(to|-|–)$/.test(toks[k - 1]?.t ?? '') && (isMonth(toks[k - 2]) || isMonth(toks[k - 3])))
    return true;
  // "at 6 p.m.", "at 2 p.m.": an hour.
  if (isNumber(t) && /^(a\.m|p\.m|am|pm|noon)$/.test(toks[k + 1]?.t ?? '')) return true;
  // "w/c 12 January": the British week commencing.
  return false;
}

/** Where the occurrence predicate ends at `i` (the index after it), or -1. */
function occurrenceAt(toks: readonly Token[], i: number): number {
  const t = toks[i]?.t ?? '';
  const prev = toks[i - 1]?.t ?? '';
  // "kicks off", "gets underway", "takes place", "goes into effect" in the present.
  if ((t === 'kicks' || t === 'kick') && toks[i + 1]?.t === 'off') return i + 2;
  if ((t === 'gets' || t === 'get') && toks[i + 1]?.t === 'underway') return i + 2;
  if ((t === 'takes' || t === 'take') && toks[i + 1]?.t === 'place') return i + 2;
  // "falls on July 30th": a date or occasion falling on a day (the subject's head among the words before).
  if ((t === 'falls' || t === 'fall') && toks[i + 1]?.t === 'on') return occasionBefore(toks, i) ? i + 1 : -1;
  // "Kickoff to the 2018 NFL season arrives Thursday night": an occasion that arrives on its day, as one that falls on it.
  if ((t === 'arrives' || t === 'arrive') && occasionBefore(toks, i) && intransitive(toks, i + 1)) return i + 1;
  if (OCCURS.at(toks, i) && verbPosition(toks, i) && intransitive(toks, i + 1))
    return !RELEASING.at(toks, i) || scheduledThing(toks, i) ? i + 1 : -1;
  const start = ruleStart(toks, i);
  if (start > 0) return start;
  if (PLAYING.at(toks, i) && verbPosition(toks, i)) {
    const k = toks[i + 1]?.t === 'the' ? i + 2 : i + 1;
    return toks[k]?.upper && !dayAt(toks, k) ? k + 1 : -1;
  }
  // "is staged at 4.30pm", "will be held in Beijing": an event's passive.
  if (passiveAt(toks, i)) return !CARRIED_OUT.at(toks, i) || scheduledThing(toks, i) ? i + 1 : -1;
  // "Japan will be round three as a standalone event on March 29": a place in a season's calendar.
  if (t === 'be' && (prev === 'will' || prev === 'to' || ADVERBS.at(toks, i - 1))) return roundAfter(toks, i + 1);
  // "there will be a Committee …", "There will be no votes": what the calendar holds.
  if (t === 'there' && (toks[i + 1]?.t === 'is' || toks[i + 1]?.t === 'are')) return eventObject(toks, i + 2);
  if (t === 'there' && toks[i + 1]?.t === 'will' && toks[i + 2]?.t === 'be') return eventObject(toks, i + 3);
  // "will convene a hearing", "we will have a General Election": a body holding an event.
  if (HOLDING.at(toks, i)) return eventObject(toks, i + 1);
  // "the season opener is Thursday", "The trade deadline is at 6 p.m. ET on July 31": an occasion that is a day.
  if ((t === 'is' || t === 'are') && occasionBefore(toks, i)) {
    let k = i + 1;
    if (toks[k]?.t === 'at' || toks[k]?.t === 'on') k++;
    return dayAt(toks, k) || dateFigure(toks, k) ? i + 1 : -1;
  }
  // "Next Friday, September 30, is the end of the fiscal year": a day that is an occasion.
  if ((t === 'is' || t === 'are') && dayBefore(toks, i)) {
    let k = toks[i + 1]?.t === 'the' ? i + 2 : i + 1;
    // "the last day of the session": one ordering word before the occasion.
    if (/^(last|final|first|official)$/.test(toks[k]?.t ?? '')) k++;
    return OCCASIONS.at(toks, k) ? k + 1 : -1;
  }
  // "is accepting comments through Feb. 10": a window for submissions open until a day.
  if (t === 'accepting' && (prev === 'is' || prev === 'are') && SUBMISSIONS.at(toks, i + 1)) return i + 2;
  return -1;
}

/**
 * Where a rule's or deal's start ends at `i` (the index after it), or -1: "take(s) effect", "go(es) / come(s) into
 * effect / force", "become(s) (fully) effective / applicable / enforceable". Stated in the present it is a
 * schedule the clause reader sets aside; after "will" it is the same entry in the future (the desk's convention: a
 * modal alone makes no forecast of an occurrence).
 */
function ruleStart(toks: readonly Token[], i: number): number {
  const t = toks[i]?.t ?? '';
  if ((t === 'take' || t === 'takes') && toks[i + 1]?.t === 'effect') return i + 2;
  if ((t === 'go' || t === 'goes' || t === 'come' || t === 'comes') && toks[i + 1]?.t === 'into')
    return IN_FORCE.at(toks, i + 2) ? i + 3 : -1;
  if (t !== 'become' && t !== 'becomes') return -1;
  const k = toks[i + 1]?.t === 'fully' ? i + 2 : i + 1;
  // "will become law on …" is no start of a rule already made: for a bill it forecasts passage and signature.
  return IN_EFFECT.at(toks, k) ? k + 1 : -1;
}

/** Whether `i` is the participle of an event held or a scheduled thing carried out, after "is / are / be" and adverbs. */
function passiveAt(toks: readonly Token[], i: number): boolean {
  if (!HELD.at(toks, i) && !CARRIED_OUT.at(toks, i)) return false;
  let k = i - 1;
  while (k > 0 && (ADVERBS.at(toks, k) || lyAdverb(toks[k]))) k--;
  const aux = toks[k]?.t;
  return aux === 'is' || aux === 'are' || aux === 'be';
}

/** The index after a round of a season named at `k` ("round three", "the first European round", "the season-opener"). */
function roundAfter(toks: readonly Token[], k: number): number {
  let j = /^(a|an|the)$/.test(toks[k]?.t ?? '') ? k + 1 : k;
  for (let n = 0; n < 3 && (ORDERING.at(toks, j) || toks[j]?.upper || toks[j]?.t === '-'); n++) j++;
  if (!ROUNDS.at(toks, j)) return -1;
  // "round three", "the opener on March 8", "round three as a standalone event": a noun after it ("the race winner",
  // "a first round upset") names an outcome of the round, no place in the calendar.
  const next = toks[j + 1]?.t;
  return intransitive(toks, j + 1) || next === 'one' || next === 'as' ? j + 1 : -1;
}

// What may follow an occurrence verb: its day, place, hour or span ("meets on", "starts in Lausanne", "runs from").
const AFTER_OCCURS = wordSet([
  ...['on', 'in', 'at', 'from', 'through', 'until', 'till', 'to', 'for', 'this', 'next', 'today', 'tonight'],
  ...['tomorrow', 'again', 'online', 'w', 'between', 'throughout', ',', ';', '.', 'and', 'eight', 'two', 'three'],
  ...['four', 'five', 'six', 'seven', 'nine', 'ten'],
]);

/**
 * Whether the occurrence verb's next word at `k` is its day, place or span rather than an object: "USPS ends Sunday
 * parcel delivery", "will close its plant", "ends with an external hire" are actions and outcomes, no event held.
 */
function intransitive(toks: readonly Token[], k: number): boolean {
  return k >= toks.length || AFTER_OCCURS.at(toks, k) || dayAt(toks, k);
}

/** An event named after its verb ("a hearing", "a General Election", "no votes"); the index after it, or -1. */
function eventObject(toks: readonly Token[], k: number): number {
  let j = k;
  if (/^(a|an|the|its|their|no)$/.test(toks[j]?.t ?? '')) j++;
  for (let n = 0; n < 4; n++, j++) {
    const tok = toks[j];
    if (!tok) return -1;
    if (EVENT_NOUNS.at(toks, j)) return j + 1;
    // A capitalised name of an event or a sitting ("a Committee of the whole House").
    if (tok.upper && n === 0 && toks[j - 1]?.t !== 'no' && /^[a-z]+$/.test(tok.t) && !MONTHS.get(tok.t)) return j + 1;
    if (!/^[a-z]+$/.test(tok.t) || OUTCOME.at(toks, j)) return -1;
  }
  return -1;
}

/** Whether an occasion noun heads the subject among the ten words before `i`, with no clause break between. */
function occasionBefore(toks: readonly Token[], i: number): boolean {
  for (let j = i - 1; j >= Math.max(0, i - 10); j--) {
    if (toks[j]?.t === ';') return false;
    if (OCCASIONS.at(toks, j) || (toks[j]?.t === 'it' && j === i - 1)) return true;
  }
  return false;
}

/** Whether a day, perhaps restated in commas, is the subject right before `i` ("Next Friday, September 30, is"). */
function dayBefore(toks: readonly Token[], i: number): boolean {
  for (let j = i - 1; j >= Math.max(0, i - 8); j--)
    if (dayAt(toks, j) && (j <= 1 || toks[j - 1]?.t === 'next')) return true;
  return false;
}

// A body's sitting: what "is expected to" dates as a schedule ("are expected to convene in Beijing on Monday"); a
// deal "expected to close" on a day is a forecast of it.
const SITTING = wordSet(['meet', 'convene', 'reconvene', 'gather', 'sit']);
const sitting = (toks: readonly Token[], k: number): boolean =>
  SITTING.at(toks, k) || (toks[k]?.t === 'be' && HELD.at(toks, k + 1));

/** Whether "will" at `i` (or "would" after a verb of saying, "to" after "expected") is an entry's own future. */
function entryFuture(toks: readonly Token[], i: number): boolean {
  let k = i + 1;
  while (ADVERBS.at(toks, k)) k++;
  // "there will be a sitting": the calendar's own "be".
  const there = toks[i - 1]?.t === 'there' && toks[k]?.t === 'be';
  if (toks[k]?.t === 'be') {
    let j = k + 1;
    while (ADVERBS.at(toks, j) || lyAdverb(toks[j])) j++;
    if (passiveAt(toks, j)) return true;
  }
  return there || AGENDA.at(toks, k) || occurrenceAt(toks, k) > 0;
}

/** Whether the occurrence verb at `k` (or what follows "will" there) describes the event or is its business. */
function eventVerb(toks: readonly Token[], k: number): boolean {
  return (
    OCCURS.at(toks, k) ||
    AGENDA.at(toks, k) ||
    DESCRIBING.at(toks, k) ||
    HOLDING.at(toks, k) ||
    PLAYING.at(toks, k) ||
    occurrenceAt(toks, k) > 0
  );
}

/**
 * Whether the "to" at `i` follows the event's own verb, perhaps with the day between ("will vote to", "votes on
 * Friday to"), rather than a noun ("the deadline for Congress to"): a lower-case word must follow it.
 */
function afterEventVerb(toks: readonly Token[], i: number): boolean {
  const next = toks[i + 1];
  if (!next || next.upper || !/^[a-z]+$/.test(next.t)) return false;
  let j = i - 1;
  // Skip back over the day: "on Friday", "on March 6", "next week", "today".
  for (let n = 0; n < 5 && j > 0; n++) {
    const t = toks[j]?.t ?? '';
    if (!(dayAt(toks, j) || isNumber(t) || isMonth(toks[j]) || /^(on|this|next|week|,)$/.test(t))) break;
    j--;
  }
  return OCCURS.at(toks, j) || AGENDA.at(toks, j);
}

/** Whether the infinitive at `k` is the event's business ("meet to discuss", "vote to hold a hearing"). */
function infinitiveAgenda(toks: readonly Token[], k: number): boolean {
  return AGENDA.at(toks, k) || occurrenceAt(toks, k) > 0 || OCCURS.at(toks, k);
}

/**
 * Whether the word at `k`, right after "and", is a second verb of the entry's subject that is no occurrence, agenda or
 * description: a base form after a "will" predicate, or a present verb in "-s" that no verb of its own follows.
 */
function joinedOutcome(toks: readonly Token[], k: number, predicate: number): boolean {
  const tok = toks[k];
  if (!tok || tok.upper || !/^[a-z]+$/.test(tok.t) || NOT_JOINED_VERB.at(toks, k) || eventVerb(toks, k)) return false;
  if (dayAt(toks, k) || isMonth(tok)) return false;
  // "and its plant reopens": a second subject opens its own clause (a verb follows the would-be verb).
  if (SUBJECT_FOLLOWERS.at(toks, k + 1) || occurrenceAt(toks, k + 1) > 0) return false;
  const base = BASE_LEADS.at(toks, predicate - 1) || ADVERBS.at(toks, predicate - 1);
  if (base && toks[predicate - 1]?.t !== 'and') return !/s$/.test(tok.t) || /ss$/.test(tok.t);
  return /s$/.test(tok.t) && !/(ss|'s)$/.test(tok.t) && tok.t.length > 3 && !NOT_PLURAL.at(toks, k);
}

/**
 * Whether the figure at `k` stands between two commas, or inside brackets, that both come before the predicate at `p`
 * ("Grand Theft Auto VI (GTA 6) will be released on …": the bracket restates the subject's name).
 */
function inAside(toks: readonly Token[], k: number, p: number): boolean {
  const closer = (t: string | undefined): boolean => t === ',' || t === ')';
  let open = '';
  for (let j = k - 1; j >= 0 && !open; j--) if (toks[j]?.t === ',' || toks[j]?.t === '(') open = toks[j]?.t ?? '';
  let close = '';
  for (let j = k + 1; j < p && !close; j++) if (closer(toks[j]?.t)) close = toks[j]?.t ?? '';
  return (open === ',' && close === ',') || (open === '(' && close === ')');
}

/**
 * Whether the predicate at `p` has a day of its own: a day before it, or one after it that no month, year or season
 * alone comes before ("will take place sometime in late 2009 with a target launch date of Dec. 4" is dated by 2009).
 */
function ownDay(toks: readonly Token[], p: number): boolean {
  for (let j = p + 1; j < toks.length; j++) {
    if (dayAt(toks, j) || (toks[j]?.t === 'w' && toks[j + 1]?.t === '/')) return true;
    const t = toks[j]?.t ?? '';
    if (/^(19|20)[0-9]{2}$/.test(t) || SEASONS.has(t) || isMonth(toks[j])) return false;
  }
  for (let j = 0; j < p; j++) if (dayAt(toks, j)) return true;
  return false;
}

/**
 * Whether the sentence is a calendar entry of the general shape: an occurrence predicate, a day, and nothing that
 * asserts a measurable outcome or looks ahead by a hedge (every "will" is the event's own, or its business).
 */
export function isOccurrenceEntry(toks: readonly Token[]): boolean {
  let predicate = -1;
  for (let i = 0; i < toks.length && predicate < 0; i++) {
    if (SUBORDINATE.at(toks, i) && toks[i]?.t !== 'as') return false;
    if (occurrenceAt(toks, i) > 0) predicate = i;
  }
  if (predicate < 0) return false;
  // "announced that we would hold …": after a verb of saying, "would" is the reported "will".
  const said = toks.findIndex((_, k) => REPORTED_PAST.at(toks, k));
  let dated = false;
  for (let i = 0; i < toks.length; i++) {
    const tok = toks[i] as Token;
    if (dayAt(toks, i) || (tok.t === 'w' && toks[i + 1]?.t === '/' && toks[i + 2]?.t === 'c')) dated = true;
    // "will vote to repeal the tariffs": the infinitive after the event's verb is the outcome it is held for.
    if (tok.t === 'to' && afterEventVerb(toks, i) && !infinitiveAgenda(toks, i + 1)) return false;
    // "meets on Tuesday and confirms Warsh", "will start on Monday and last a week": a second verb of the subject that
    // is no occurrence or agenda asserts an outcome (an allow-list: an outcome need not be a listed change verb).
    if (tok.t === 'and' && i > predicate && joinedOutcome(toks, i + 1, predicate)) return false;
    const future = tok.t === 'will' || (tok.t === 'would' && said >= 0 && said < i);
    if (future) {
      // A "will" that is not the event's own or its business ("and will cut rates") asserts an outcome.
      if (!entryFuture(toks, i)) return false;
      continue;
    }
    // "despite the legal challenge", "as threatened", "after all": the writer calls an occurrence that was in doubt.
    if (DOUBTED.at(toks, i) || (tok.t === 'after' && toks[i + 1]?.t === 'all')) return false;
    if (tok.t === 'as' && AS_DOUBTED.at(toks, i + 1)) return false;
    if (OUTCOME.at(toks, i)) {
      // "falls on October 4": an occasion's day, the predicate's own kind.
      if (tok.t.startsWith('fall') && toks[i + 1]?.t === 'on' && occasionBefore(toks, i)) continue;
      // "expected to convene", "set to be held": a hedge on the event itself is its schedule.
      if (/^(expected|set)$/.test(tok.t) && toks[i + 1]?.t === 'to' && sitting(toks, i + 2)) continue;
      // "is set to begin on June 11": "set to" a happening dated is its schedule ("is set to rise" forecasts).
      if (tok.t === 'set' && toks[i + 1]?.t === 'to' && occurrenceAt(toks, i + 2) > 0) continue;
      // "the deadline for Congress to pass …": an infinitive after a noun names a purpose or a deadline's business, no
      // outcome; after the event's own verb ("will vote to pass", "votes on Friday to approve") it is the outcome.
      if (toks[i - 1]?.t === 'to' && !OUTCOME.at(toks, i - 2) && !afterEventVerb(toks, i - 1)) continue;
      // "Top Chinese officials": a word naming the subject before the predicate.
      if (i < predicate && NAMING.at(toks, i)) continue;
      if (tok.t === 'may' && tok.upper) continue;
      return false;
    }
    // A figure that is no date, hour or ordinal is an amount the sentence asserts ("3,339"); one in an aside of the
    // subject ("the £1.5 million G1 Investec Derby,") names the event.
    const amount = /[0-9]/.test(tok.t) ? !dateFigure(toks, i) : /^[$£€%]$/.test(tok.t);
    // Before a rule's start the amount is the rule's content, already decided ("a tariff of 50% … that will take effect
    // on 6 August"), as an aside names an event.
    if (amount && (i > predicate || !(inAside(toks, i, predicate) || ruleStart(toks, predicate) > 0))) return false;
    // "a sales process that ends in 2026": a year of its own after the predicate dates something beyond the entry.
    if (i > predicate && /^(19|20)[0-9]{2}$/.test(tok.t) && /^(in|by|of|for|until|since)$/.test(toks[i - 1]?.t ?? ''))
      return false;
    // "by Nov. 13", "by Friday": a deadline is a forecast's bound, no day held.
    if (tok.t === 'by' && !toks[i + 1]?.upper && toks[i + 1]?.t !== 'the') return false;
    if (tok.t === 'by' && (dayAt(toks, i + 1) || MONTHS.get(toks[i + 1]?.t ?? '') !== undefined)) return false;
    if (tok.t === 'by' && toks[i + 1]?.t === 'the' && /^(end|close|start)$/.test(toks[i + 2]?.t ?? '')) return false;
    // "… expires on January 30. A shutdown …": a claim's text that holds a sentence before it is no one entry.
    if (
      tok.t === '.' &&
      i < toks.length - 1 &&
      toks[i + 1]?.upper &&
      !toks[i - 1]?.upper &&
      /^([a-z]+|[0-9]+)$/.test(toks[i - 1]?.t ?? '')
    )
      return false;
  }
  return dated && ownDay(toks, predicate);
}
