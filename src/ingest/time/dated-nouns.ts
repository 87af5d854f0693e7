/**
 * A date right before a noun or an event's start or end: whether it names the thing (rule 7) or dates the clause,
 * beyond the lists of names.ts, which calls these.
 */
import { w, type Ctx } from './period-core.js';
import { DETERMINERS, NOT_OBJECT } from './clause-words.js';

// Words after a date that do not open the noun it would qualify.
const NOT_NOUN_AFTER = new Set([
  'which',
  'who',
  'is',
  'are',
  'was',
  'were',
  'will',
  'would',
  'could',
  'may',
  'might',
  'should',
  'has',
  'have',
  'had',
  'year',
  'years',
  'quarter',
  'half',
  'month',
  'season',
]);

/** A lower-case word at `k` that can open the noun a date qualifies ("launch", "budget amendment"). */
function nounAt(ctx: Ctx, k: number): boolean {
  const t = w(ctx, k);
  if (!/^[a-z]{3,}$/.test(t) || ctx.toks[k]?.upper === true || t.endsWith('ly')) return false;
  return !NOT_OBJECT.has(t) && !DETERMINERS.has(t) && !NOT_NOUN_AFTER.has(t);
}

/** A day of the month among the tokens `[i0, i1)`: "18 April 2021", "April 18, 2021" ("a March 2027 release" has none). */
function dayIn(ctx: Ctx, i0: number, i1: number): boolean {
  for (let k = i0; k < i1; k++) if (/^[0-9]{1,2}$/.test(w(ctx, k)) && Number(w(ctx, k)) <= 31) return true;
  return false;
}

/**
 * "planning for a No Earlier Than 18 April 2021 launch", "an April 18, 2021 launch": a full date between an
 * indefinite article and its noun names a kind of thing, as "a 2027 launch" and "a March launch" already do (rule 7:
 * "a March 20 launch date" is a name). "the April 18 launch" and "by the March 15 deadline" still date the outcome.
 *
 * "a mid-year budget amendment", "the midyear review": the middle of the year before a noun qualifies it, as a
 * bare season does ("winter wheat"), so it is no period ("by mid-year" still is).
 */
export function dateQualifiesNoun(ctx: Ctx, i0: number, i1: number): boolean {
  if (!nounAt(ctx, i1)) return false;
  const last = w(ctx, i1 - 1);
  const article = w(ctx, i0 - 1);
  if ((article === 'a' || article === 'an') && /^[0-9]{1,4}$/.test(last) && dayIn(ctx, i0, i1)) return true;
  const mid = last === 'year' && (w(ctx, i1 - 2) === 'mid' || (w(ctx, i1 - 2) === '-' && w(ctx, i1 - 3) === 'mid'));
  const lead = w(ctx, i0) === 'the' ? i0 : i0 - 1;
  if (mid && i1 - i0 <= 4 && (DETERMINERS.has(w(ctx, lead)) || w(ctx, i0) === 'the')) return true;
  // "in the mid-year economic and financial outlook": after a preposition and "the", adjectives joined by "and"
  // may stand before the noun, so the whole is a report's name ("in the mid-year, sales rise" is still mid-year).
  const m = w(ctx, i1 - 2) === 'mid' ? i1 - 2 : i1 - 3;
  return mid && m - i0 === 2 && w(ctx, m - 1) === 'the' && adjectivesBeforeNoun(ctx, i1);
}

const ADJECTIVE_END = /^[a-z]{3,}(ic|al|ary|ive|ous)$/;

/** "economic and financial outlook": adjectives (joined by "and" / "or") ending in a noun that is no period. */
function adjectivesBeforeNoun(ctx: Ctx, k: number): boolean {
  let adj = 0;
  while (adj < 4 && ADJECTIVE_END.test(w(ctx, k))) {
    adj++;
    k++;
    if (w(ctx, k) === 'and' || w(ctx, k) === 'or') k++;
  }
  return adj > 0 && nounAt(ctx, k) && !/(ly|ed)$/.test(w(ctx, k));
}

const DAY_NOUN_TRIGGERS = new Set(['on', 'by', 'before', 'until', 'till', 'at']);
const DAY_NOUNS = new Set(['date', 'deadline']);

/**
 * "approves it by its March 28 PDUFA date", "on its Dec. 2 goal date": a day of the month after a preposition of time
 * and before a noun that is itself a date names that day, as "at its PDUFA date of January 30" and "by the March 15
 * deadline" do; "a March 20 launch date" and "has set an August 21 launch date" (no preposition) still name the date.
 */
export function dayBeforeDateNoun(ctx: Ctx, i0: number, i1: number): boolean {
  if (!dayIn(ctx, i0, i1)) return false;
  let head = false;
  for (let k = i1; k < i1 + 3 && !head; k++) {
    if (DAY_NOUNS.has(w(ctx, k))) head = true;
    else if (!/^[a-z-]+$/.test(w(ctx, k))) return false;
  }
  if (!head) return false;
  for (let k = i0; k >= 0 && k >= i0 - 3; k--) {
    const t = w(ctx, k);
    if (DAY_NOUN_TRIGGERS.has(t)) return true;
    if (k < i0 && !DETERMINERS.has(t)) return false;
  }
  return false;
}

const YEAR_TRIGGERS = new Set(['by', 'before', 'until', 'through', 'in', 'during']);

/**
 * "By 2028 shipments double", "in 2027 deliveries rise": a year right after its own preposition is the period, and
 * the noun that follows is the clause's subject, not a thing the year names ("as 2026 deliveries keep landing" and
 * "2026 output" still name the thing).
 */
export function yearAfterTrigger(ctx: Ctx, i0: number, i1: number): boolean {
  return i1 - i0 === 2 && YEAR_TRIGGERS.has(w(ctx, i0)) && /^(19|20)[0-9]{2}$/.test(w(ctx, i1 - 1));
}

const EDGE = /^(starts?|begins?|opens?|ends?|closes?|finish(es)?|kicks?)$/;
const EVENT_SUBORDINATORS = new Set(['before', 'until', 'till', 'when', 'once', 'after', 'as']);

/**
 * "before the 2019 games begin", "until the 2027 season starts": an event named by its year, as the subject of its
 * start or end with no day given, is an event the table does not date ("More conventions": such an event gives null),
 * not the year itself. With a day ("… starts on 1 January") the day dates it, as before.
 */
export function yearNamesUndatedEvent(ctx: Ctx, i1: number): boolean {
  if (!/^(19|20)[0-9]{2}$/.test(w(ctx, i1 - 1)) || w(ctx, i1 - 2) !== 'the') return false;
  if (!EVENT_SUBORDINATORS.has(w(ctx, i1 - 3))) return false;
  let v = i1;
  while (v < i1 + 3 && /^[a-z]{3,}$/.test(w(ctx, v)) && !EDGE.test(w(ctx, v)) && !ctx.toks[v]?.upper) v++;
  if (v === i1 || !EDGE.test(w(ctx, v))) return false;
  const after = w(ctx, v + 1);
  return after === '' || /^[.,;:!?)]$/.test(after) || after === 'and' || after === 'or';
}
