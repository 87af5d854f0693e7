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
      } else if (!second || r.s < second.s) second = r;
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

/** The event named at token `k` (with an optional year or month in front or a year after), or null. */
export function parseEvent(ctx: Ctx, k: number): Parsed | null {
  let i = k;
  const year = yearBefore(ctx, i);
  if (year) i = year.next;
  const month = year ? null : monthAt(ctx, i);
  if (month !== null) i++;
  const hit = matchAt(ctx.cal.events, ctx.toks, i) ?? (month !== null ? ownersMeeting(ctx, k, i) : null);
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
  const best = y === undefined ? nextCovered(ctx, hit.value, month) : inYear(hit.value, y, month);
  const note = ctx.toks
    .slice(i, hit.next)
    .map((t) => t.raw)
    .join(' ');
  if (!best) return { spec: { unit: 'span', discard: true }, next };
  return { spec: { unit: 'day', fixed: best, event: true, note }, next };
}
