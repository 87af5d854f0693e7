/**
 * Rules from the r22 round (issue 23, held out): each a general reading of TIME-WINDOWS.md that text of that round
 * tripped, kept apart from the clause loop and the name checks that call them.
 */
import { w, type Ctx } from './period-core.js';
import { DETERMINERS, NOT_OBJECT } from './clause-words.js';

// Words that follow a verb rather than open a noun: "The FTSE 100 closed higher", "the S&P 500 rallied in June".
const AFTER_VERB = new Set(['higher', 'lower', 'up', 'down', 'flat', 'out', 'off', 'back', 'over', 'again']);

/**
 * "tops 2023's 450,000 idled workers", "its 12 closed stores": a participle between an owned count and its noun is an
 * adjective, as after a quantifier ("each closed store"), so it does not make the clause past. A year is no count
 * ("in 2023 closed …"), and a participle followed by an adverb or a preposition is still a verb.
 */
export function participleAfterCount(ctx: Ctx, i: number): boolean {
  const prev = w(ctx, i - 1);
  if (!/^[0-9][0-9,.]*$/.test(prev) || /^(1[89]|20)[0-9]{2}$/.test(prev)) return false;
  // Only a count owned by a determiner or a possessive ("2023's 450,000 idled workers", "its 12 closed stores"):
  // "16 announced closures this year" alone still counts what was announced.
  const owner = w(ctx, i - 2);
  if (!DETERMINERS.has(owner) && !owner.endsWith("'s")) return false;
  const next = w(ctx, i + 1);
  if (!/^[a-z]{3,}$/.test(next) || ctx.toks[i + 1]?.upper === true) return false;
  return !NOT_OBJECT.has(next) && !DETERMINERS.has(next) && !AFTER_VERB.has(next) && !next.endsWith('ly');
}

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
  return mid && i1 - i0 <= 4 && (DETERMINERS.has(w(ctx, lead)) || w(ctx, i0) === 'the');
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

const PLAN_NOUNS = new Set(['plan', 'plans', 'schedule', 'timetable', 'timeline', 'roadmap', 'blueprint']);

/**
 * "The space agency's schedule calls for using the SLS … by 2025", "The plan calls for the plant to open in 2027":
 * a plan, schedule or timeline that heads its clause and "calls for" something states the current plan ("Not
 * windows": "is scheduled for 2027"), not a forecast. "The analyst calls for a cut by June" is a call.
 */
export function planCallsFor(ctx: Ctx, i: number, lead: number): boolean {
  return PLAN_NOUNS.has(w(ctx, i)) && w(ctx, i + 1) === 'calls' && w(ctx, i + 2) === 'for' && i - lead <= 4;
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
