/**
 * Named events and holidays (TIME-WINDOWS.md, "More conventions"): "Thanksgiving", "the 2026 midterms",
 * "next year's midterms", "the June FOMC", "Christmas 2027". The date comes from the events table for the
 * year meant, or the nearest one not yet past; an event not in the table is not read at all.
 */
import { matchAt } from './calendars.js';
import type { EventRule } from './event-rules.js';
import { partsOf, type Range } from './dates.js';
import { monthAt } from './months.js';
import { fourDigitYear, w, type Ctx, type Parsed } from './period-core.js';
import { type Token, wordToken } from './tokens.js';
import {
  CLAUSE_BREAKS,
  DETERMINERS,
  everyPeriodAt,
  FUTURE,
  NOT_OBJECT,
  NOUN_OPENERS,
  OCCASION_NOUNS,
  SENTENCE_STARTS,
} from './clause-words.js';
import { MODALS } from './modal-words.js';
import { WEEKDAYS } from './weekdays.js';

function yearBefore(ctx: Ctx, k: number): { y: number; next: number } | null {
  const four = fourDigitYear(w(ctx, k));
  if (four !== null) return { y: four, next: k + 1 };
  const rel = w(ctx, k);
  if (w(ctx, k + 1) !== "year's") return null;
  if (rel === 'next') return { y: ctx.pubY + 1, next: k + 2 };
  if (rel === 'this') return { y: ctx.pubY, next: k + 2 };
  return null;
}

function inYear(rules: readonly EventRule[], y: number, month: number | null): Range | null {
  let best: Range | null = null;
  for (const rule of rules) {
    const r = rule(y);
    if (!r || (month !== null && partsOf(r.s).m !== month)) continue;
    if (!best || r.s < best.s) best = r;
  }
  return best;
}

/**
 * The nearest occurrence not yet past, when the table covers the date: it holds an earlier
 * occurrence, or the next one is no further off than about one interval between its rows. A table that
 * starts years after the issue (the 2025 FOMC meetings for an issue of 2019) does not know the next
 * meeting, so the event gives nothing, as an event missing from the table does.
 */
function nextCovered(ctx: Ctx, rules: readonly EventRule[], month: number | null): Range | null {
  let earlier = false;
  let best: Range | null = null;
  let second: Range | null = null;
  for (let yy = ctx.pubY - 8; yy <= ctx.pubY + 6 && !second; yy++) {
    for (const rule of rules) {
      const r = rule(yy);
      if (!r || (month !== null && partsOf(r.s).m !== month)) continue;
      if (r.e < ctx.pub) earlier = true;
      else if (!best || r.s < best.s) {
        second = best;
        best = r;
        // A second name of the same day ("BOJ meeting" beside "BoJ meeting") is the same occurrence, no interval.
      } else if (r.s !== best.s && (!second || r.s < second.s)) second = r;
    }
    if (best && earlier) break;
  }
  if (!best || earlier || !second) return best;
  return best.s - ctx.pub <= 1.5 * (second.s - best.s) ? best : null;
}

const MEETING: Token = wordToken('meeting');
const OWNER_STOPS = new Set(['.', ';', ':', '?', '!']);

/**
 * "The Fed cuts at its June meeting": "its <month> meeting" is the meeting of the name that heads the clause before
 * it, so it is that name's meeting in the events table ("Fed meeting", the FOMC) when the table has one; so is "the
 * <month> meeting" of a name before it ("The Fed cuts at the June meeting"). The month `k` stands at and the meeting
 * after it at `i`.
 */
function ownersMeeting(ctx: Ctx, k: number, i: number): ReturnType<typeof matchAt<EventRule[]>> {
  const article = w(ctx, k - 1);
  if ((article !== 'its' && article !== 'the') || w(ctx, i) !== 'meeting') return null;
  let o = k - 2;
  while (o >= 0 && o >= k - 12 && !ctx.toks[o]?.upper && !OWNER_STOPS.has(w(ctx, o))) o--;
  const before = ctx.toks[o]?.upper ? ownerMeetingAt(ctx, o) : null;
  // "At its June meeting, the Fed cuts …", "At the June meeting, the Fed …": a phrase that opens the sentence
  // belongs to the name that heads the clause after it (finding 10's other forms).
  const opens = k - 3 < 0 || OWNER_STOPS.has(w(ctx, k - 3));
  const found = before ?? (opens ? ownerAfter(ctx, i + 1) : null);
  return found ? { value: found, next: i + 1 } : null;
}

/** The events-table meeting of the run of capitalised words ending at `o` ("Federal Reserve", "Fed"), without "The". */
function ownerMeetingAt(ctx: Ctx, o: number): EventRule[] | null {
  let first = o;
  while (first > 0 && ctx.toks[first - 1]?.upper && w(ctx, first - 1) !== 'the') first--;
  for (let f = first; f <= o; f++) {
    const found = matchAt(ctx.cal.events, [...ctx.toks.slice(f, o + 1), MEETING], 0);
    if (found && found.next === o - f + 2) return found.value;
  }
  return null;
}

/** The meeting of the name that opens the clause at `j` (after a comma and an optional "the"), or null. */
function ownerAfter(ctx: Ctx, j: number): EventRule[] | null {
  let o = w(ctx, j) === ',' ? j + 1 : j;
  if (w(ctx, o) === 'the') o++;
  if (!ctx.toks[o]?.upper || w(ctx, o) === 'the') return null;
  while (ctx.toks[o + 1]?.upper && o < j + 6) o++;
  return ownerMeetingAt(ctx, o);
}

/** "the company's autumn budget", "its midterm review": a lower-case name its owner holds is the owner's, no event. */
function ownedLowerCase(ctx: Ctx, i: number): boolean {
  if (ctx.toks[i]?.upper) return false;
  const before = w(ctx, i - 1);
  return /^[a-z]+'s$/.test(before) || before === 'its' || before === 'our' || before === 'their';
}

// "a record for any World Cup", "every Olympics", "No Super Bowl has …": a quantifier before the name makes it the kind
// of event, no occurrence the table could date.
const KIND_QUANTIFIERS = new Set(['any', 'every', 'each', 'no']);

// "tickets for the 2026 World Cup", "the US rights to the World Cup", "visas for the Olympics": an event after one of
// these nouns and "for" / "to" is what the thing is for, a name of it (rule 7), not when anything happens; after a
// verb ("Hotel prices double for the World Cup") or "in time for" it still dates.
const FOR_EVENT_NOUNS = new Set([
  ...['tickets', 'ticket', 'seats', 'applications', 'visas', 'visa', 'rights', 'bid', 'bids', 'venues', 'venue'],
  ...['stadiums', 'stadium', 'preparations', 'budget', 'sponsors', 'sponsorship', 'squad', 'squads', 'kits'],
]);

/** Whether the event whose words start at `k` (after "the" and a year, if any) is the object of a noun's "for / to". */
function forWhatEvent(ctx: Ctx, k: number): boolean {
  const j = w(ctx, k - 1) === 'the' ? k - 2 : k - 1;
  return (w(ctx, j) === 'for' || w(ctx, j) === 'to') && FOR_EVENT_NOUNS.has(w(ctx, j - 1));
}

// "the Club World Cup", "the Women's World Cup", "the Rugby World Cup": a competition's qualifier before a table
// event's name names another competition, which the table does not date.
const OTHER_COMPETITION = new Set([
  'club',
  "women's",
  'womens',
  'rugby',
  'cricket',
  't20',
  'youth',
  'junior',
  'esports',
]);

// What an event holds on its days, or the days themselves: after the name they still date ("the World Cup final",
// "Masters week", "the WWDC keynote", "Melbourne Cup Day").
const EVENT_PARTS = new Set([
  ...['final', 'finals', 'opener', 'keynote', 'keynotes', 'ceremony', 'round', 'stage', 'stages', 'kickoff'],
  ...['day', 'days', 'week', 'weekend', 'eve', 'night', 'morning', 'afternoon', 'evening', 'period', 'time'],
]);
// Things an event leaves behind after its days, so that "its Tour de France deal" or "a CES regular" names the thing;
// what happens on the days ("its Christmas sales", "a Thanksgiving travel record", "a Black Friday surge") dates.
const OUTLIVING_NOUNS = new Set([
  ...['deal', 'deals', 'contract', 'contracts', 'rights', 'sponsorship', 'sponsor', 'sponsors', 'regular'],
  ...['regulars', 'appearance', 'appearances', 'winner', 'winners', 'champion', 'champions', 'title', 'titles'],
]);
// Prepositions whose object is when the outcome happens ("at its WWDC keynote", "ahead of a Masters appearance").
const TIME_PREPOSITIONS = new Set(['at', 'during', 'before', 'after', 'by', 'until', 'for']);

/** Where the preposition of time ending at `p` starts ("ahead of" is two words), or -1 when `p` ends none. */
function timePreposition(ctx: Ctx, p: number): number {
  if (TIME_PREPOSITIONS.has(w(ctx, p))) return p;
  return w(ctx, p) === 'of' && w(ctx, p - 1) === 'ahead' ? p - 1 : -1;
}

const FUTURE_OR_MODAL: ReadonlySet<string> = new Set([...MODALS, ...FUTURE, 'can', 'shall']);

// Capitalised words that open a sentence or phrase without naming anything ("Before CES", "And WWDC").
const OPENING_WORDS = new Set(['and', 'but', 'or', 'so', 'if', 'when', 'while', 'before', 'after', 'since', 'once']);

/** A capitalised word at `x` that is a word of a proper name: no month, weekday, article or preposition. */
function nameWord(ctx: Ctx, x: number): boolean {
  const tok = ctx.toks[x];
  if (!tok?.upper || /^[IVXLC]+$/.test(tok.raw) || !/^[A-Z][a-z]+$/.test(tok.raw)) return false;
  const t = w(ctx, x);
  if (monthAt(ctx, x) !== null || WEEKDAYS.has(t) || OPENING_WORDS.has(t)) return false;
  return !DETERMINERS.at(ctx.toks, x) && !NOT_OBJECT.at(ctx.toks, x);
}

/**
 * "the Tour de France Femmes", "Old Masters": a name word right after (in "the …") or before the event's name makes a
 * longer proper name, another thing; what the event holds ("World Cup Final", "Masters Sunday") and an organisation
 * of the table before it ("Apple WWDC") keep the event.
 */
function longerName(ctx: Ctx, k: number, next: number): boolean {
  const t = w(ctx, next);
  // After "the" only: a fronted "Before CES Samsung will …" has the clause's subject after the name, and so has
  // "At the World Cup Messi will …", whose "the <event>" is a phrase opening its sentence after a preposition.
  const prep = timePreposition(ctx, k - 2);
  const fronted = prep >= 0 && SENTENCE_STARTS.has(w(ctx, prep - 1));
  const after = w(ctx, k - 1) === 'the' && !fronted && nameWord(ctx, next);
  if (after && !EVENT_PARTS.has(t) && !OCCASION_NOUNS.at(ctx.toks, next)) return true;
  // "the Masters 1000 in Rome": a number after the name that is no year names a series of other events.
  if (/^[0-9]{3,}$/.test(t) && fourDigitYear(t) === null) return true;
  // Before the name only when no article or owner opens the run: "the Milan Cortina Olympics" and "the North American
  // World Cup" name the edition by its hosts.
  let b = k - 1;
  while (nameWord(ctx, b)) b--;
  const opened = DETERMINERS.at(ctx.toks, b) || /'s$/.test(w(ctx, b));
  return b < k - 1 && !opened && !matchAt(ctx.cal.organisations, ctx.toks, k - 1);
}

/**
 * "renews its Tour de France deal", "his final Masters appearance", "a CES regular": the name between an owner or "a"
 * (one adjective may stand between) and a noun the event leaves behind qualifies the noun, naming a thing, as "a
 * Tuesday afternoon group match" names a kind of match (rule 7). A noun of what happens on the days ("Amazon's Black
 * Friday sales", "a Thanksgiving travel record") still dates, and so does any after a preposition of time ("at its
 * WWDC event").
 */
function modifiesNoun(ctx: Ctx, k: number, next: number): boolean {
  if (ctx.toks[next]?.upper || !OUTLIVING_NOUNS.has(w(ctx, next))) return false;
  const before = w(ctx, k - 1);
  const owner = NOUN_OPENERS.at(ctx.toks, k - 1) || /'s?$/.test(before);
  const adjective = !owner && NOUN_OPENERS.at(ctx.toks, k - 2) && !NOT_OBJECT.at(ctx.toks, k - 1) && before !== 'the';
  if (!owner && !adjective) return false;
  const p = owner ? k - 2 : k - 3;
  return timePreposition(ctx, p) < 0;
}

/**
 * "The Masters is the most bet-on golf event … every year": an event in a clause that says what happens every year
 * (or every season, or annually) is the event as a habit, no one occurrence. The marker must be in the event's own
 * clause, and a clause with a future or a modal ("As every year, gas prices will rise before Memorial Day") forecasts
 * this occurrence; "annually" marks the habit only as an adverb of the verb, not of a participle before its noun
 * ("our annually updated model").
 */
function habitual(ctx: Ctx, k: number, next: number): boolean {
  let a = k - 1;
  while (a >= 0 && !CLAUSE_BREAKS.has(w(ctx, a))) a--;
  let b = next;
  while (!CLAUSE_BREAKS.has(w(ctx, b))) b++;
  let marker = false;
  for (let x = a + 1; x < b; x++) {
    const t = w(ctx, x);
    if (FUTURE_OR_MODAL.has(t)) return false;
    if (t !== 'annually' && everyPeriodAt(ctx.toks, x)) marker = true;
    const participle = /^[a-z]+(ed|ing)$/.test(w(ctx, x + 1)) && /^[a-z]+$/.test(w(ctx, x + 2));
    if (t === 'annually' && !(participle && !NOT_OBJECT.at(ctx.toks, x + 2))) marker = true;
  }
  return marker;
}

/**
 * "it is time to run the Melbourne Cup": the event as the object of a verb after "it is / it's / now is time to" is
 * the occasion at hand, said of the present, not a forecast of it; "in time to celebrate Thanksgiving" dates.
 */
function occasionAtHand(ctx: Ctx, k: number): boolean {
  const v = w(ctx, k - 1) === 'the' ? k - 2 : k - 1;
  if (w(ctx, v - 1) !== 'to' || w(ctx, v - 2) !== 'time' || !/^[a-z]+$/.test(w(ctx, v))) return false;
  const cop = w(ctx, v - 3);
  return cop === "it's" || (cop === 'is' && (w(ctx, v - 4) === 'it' || w(ctx, v - 4) === 'now'));
}

const FIRST_DAY = new Set(['opening', 'first']);
const LAST_DAY = new Set(['final', 'last', 'closing']);

/** "on the opening day of WWDC", "the final day of the Masters": 1 for the event's first day, -1 its last, else 0. */
function edgeDay(ctx: Ctx, k: number): number {
  const of = w(ctx, k - 1) === 'the' ? k - 2 : k - 1;
  if (w(ctx, of) !== 'of' || w(ctx, of - 1) !== 'day') return 0;
  return FIRST_DAY.has(w(ctx, of - 2)) ? 1 : LAST_DAY.has(w(ctx, of - 2)) ? -1 : 0;
}

/**
 * "the Masters", "at CES": a row's name written after a lower-case "the" or preposition matches only after that word
 * (which stays the sentence's: "before CES" is still a deadline), the form in which a short name that also reads as
 * something else ("Masters students", "CES payroll revisions") is unambiguous.
 */
function ledName(ctx: Ctx, i: number): ReturnType<typeof matchAt<EventRule[]>> {
  if (i < 1) return null;
  const hit = matchAt(ctx.cal.events, ctx.toks, i - 1);
  return hit && hit.next > i ? hit : null;
}

/** The event named at token `k` (with an optional year or month in front or a year after), or null. */
export function parseEvent(ctx: Ctx, k: number): Parsed | null {
  let i = k;
  const year = yearBefore(ctx, i);
  if (year) i = year.next;
  const month = year ? null : monthAt(ctx, i);
  if (month !== null) i++;
  const hit =
    matchAt(ctx.cal.events, ctx.toks, i) ?? ledName(ctx, i) ?? (month !== null ? ownersMeeting(ctx, k, i) : null);
  if (!hit || ownedLowerCase(ctx, i)) return null;
  const kind = KIND_QUANTIFIERS.has(w(ctx, k - 1)) || forWhatEvent(ctx, k) || OTHER_COMPETITION.has(w(ctx, k - 1));
  let next = hit.next;
  let y = year?.y;
  const after = fourDigitYear(w(ctx, next));
  if (y === undefined && after !== null) {
    y = after;
    next++;
  } else if (y === undefined && (w(ctx, next) === 'next' || w(ctx, next) === 'this') && w(ctx, next + 1) === 'year') {
    // "before Thanksgiving next year": the year named after the event.
    y = ctx.pubY + (w(ctx, next) === 'next' ? 1 : 0);
    next += 2;
  }
  if (kind && month === null) return { spec: { unit: 'span', discard: true }, next };
  // A name that names a thing ("its Tour de France deal", "the Tour de France Femmes"), a habit or the occasion at
  // hand gives no date (rule 7).
  const named = month === null && (longerName(ctx, k, next) || modifiesNoun(ctx, k, next));
  if (named || habitual(ctx, k, next) || occasionAtHand(ctx, k)) return { spec: { unit: 'span', discard: true }, next };
  let best = y === undefined ? nextCovered(ctx, hit.value, month) : inYear(hit.value, y, month);
  const edge = best ? edgeDay(ctx, k) : 0;
  if (best && edge !== 0) best = edge > 0 ? { s: best.s, e: best.s } : { s: best.e, e: best.e };
  const note = ctx.toks
    .slice(i, hit.next)
    .map((t) => t.raw)
    .join(' ');
  if (!best) return { spec: { unit: 'span', discard: true }, next };
  return { spec: { unit: 'day', fixed: best, event: true, note }, next };
}
