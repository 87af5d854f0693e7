/**
 * Which clauses of a sentence can bound its outcome (TIME-WINDOWS.md, "Not windows"): dates in a clause that
 * states the past ("the Q3 report showed …", "has pushed … to 2028"), a current plan ("is scheduled for
 * 2027"), a habit ("usually … over summer"), a concession ("though … isn't impossible") or a listing verb
 * ("benefits expire Sept. 6", "the committee meets on March 18") do not count, wherever the verb stands; a
 * present-tense clause about a period already under way describes the present. A participle used as an
 * adjective ("the bill signed in March will …") only takes its own date out. One pass over the tokens.
 */
import {
  BACKSHIFT_AHEAD,
  clauseText,
  copulaBefore,
  DATED,
  datedAfterAgent,
  FIGURE_OF,
  FORECAST_FIGURE,
  FUTURE_PARTICIPLES,
  headWord,
  HELD_ON,
  isBoundary,
  isPastForm,
  listingDate,
  maturityDate,
  dueDate,
  predicateFollows,
  namedPastDatedBack,
  reportsPresent,
  markAttributions,
  markOwnDate,
  MONTH_WORD,
  nounAfterTo,
  NOT_UNTIL,
  purposeInfinitive,
  QUESTION_START,
  reportedAt,
  takesObject,
  termDate,
  fiscalYearAt,
  definedPeriod,
  verbless,
} from './clause-checks.js';
import { dayOf, partsOf } from './dates.js';
import { w, type Ctx } from './period-core.js';
import { classesAt, lyAdverb, wordSet, type Token } from './tokens.js';
import { WEEKDAYS, outcomeJoined } from './weekdays.js';
import {
  ADJECTIVES,
  everyPeriodAt,
  AHEAD_AFTER_COPULA,
  EXPECTANT_STANCE,
  STANCE_OUTCOME,
  CONCESSIVE,
  COPULA,
  DATE_SETTING,
  DETERMINERS,
  FORECASTING,
  FUTURE,
  HABIT,
  INTENDS,
  IN_THE_PAST,
  LISTING,
  MEETING,
  MEETING_WORDS,
  nameWordAt,
  NOT_SUBJECT,
  NOUN_OPENERS,
  PARTICIPLE_DATE,
  PAST,
  PERFECT_AUX,
  PLAN,
  POINTING,
  PRESENT_COPULA,
  PRONOUN,
  SAME_FORM,
  SCHEDULED_HAPPENINGS,
  TERM_NOUNS,
  IN_EFFECT,
  IN_FORCE,
} from './clause-words.js';
import { MODALS } from './modal-words.js';
import { measuredFigure, participleAfterCount, participleOpensSubject } from './participles.js';
import { ownDatedMeeting, planCallsFor } from './set-aside-dates.js';
import { MONTHS, POSTPONING_VERB } from './vocab.js';

/** "was forecasting that …": the past progressive of a forecaster's verb. */
const FORECASTING_PROGRESSIVE = wordSet(['forecasting', 'predicting', 'projecting']);
/** Past reporting verbs whose own date may follow them ("said in April", "told reporters on March 3"). */
const PASSIVE_AUX = wordSet(['be', 'been', 'being', 'is', 'are', 'was', 'were', 'will', 'to', "'s"]);
const SAID = wordSet([
  'said',
  'told',
  'wrote',
  'added',
  'noted',
  'stated',
  'announced',
  'predicted',
  'warned',
  'guided',
]);

const MODAL_SET = wordSet(MODALS);
// Particles of a phrasal verb, which stand between it and its object.
const PARTICLES = wordSet(['off', 'up', 'out']);

/**
 * "…, the Swiss Re Institute forecast this week.": in an attribution after a comma, "forecast" right after the
 * forecaster's name is the past of the saying, so the date after it is the saying's, as after "said".
 */
function trailingForecast(ctx: Ctx, i: number): boolean {
  if (w(ctx, i) !== 'forecast' || ctx.toks[i - 1]?.upper !== true) return false;
  for (let k = i - 1; k >= 0 && k >= i - 6; k--) if (w(ctx, k) === ',') return true;
  return false;
}
const RELATIVE_SAYING = wordSet(['this', 'last', 'today', 'yesterday']);
const ARTICLE_AFTER_TO = wordSet(['a', 'an', 'the']);
const EDGES = wordSet(['end', 'start', 'beginning', 'close']);
const POSSESSED = wordSet(['a', 'an', 'the', 'its', 'their', 'his', 'her', 'our', 'my', 'no', 'some', 'two', 'three']);
const PAST_TO_PLAN = wordSet(['used', 'agreed', 'decided', 'planned', 'promised', 'pledged', 'vowed', 'hoped']);
const STANDING = wordSet(['current', 'official', 'existing', 'stated', 'present']);
const PLAN_NOUN = wordSet(['target', 'targets', 'plan', 'plans', 'goal', 'goals', 'timetable', 'schedule', 'timeline']);
const PLAN_DETERMINERS = new Set(['a', 'an', 'the', 'its', 'their', 'our', 'his', 'her', 'this', 'that', 'any', 'no']);
const PLAN_SETTING = wordSet(['scheduled', 'rescheduled', 'set', 'slated', 'planned', 'booked', 'fixed']);
// A plan noun's own verb that gives it up ("The plan to list in 2027 failed", "was scrapped").
const PLAN_FAILING = new Set(['failed', 'collapsed', 'stalled', 'foundered', 'fizzled', 'faltered', 'died']);
const PLAN_GIVEN_UP = new Set(['abandoned', 'scrapped', 'shelved', 'dropped', 'withdrawn', 'rejected', 'blocked']);
const PLAN_BE = new Set(['is', 'are', 'was', 'were', "'s"]);

const REVIEWS = new Set(['review', 'renewal', 're-election', 'reelection', 'reauthorization', 'election', 'vote']);

/** "up for a joint review", "up for renewal": a review noun within three words after "for". */
function upForReview(ctx: Ctx, k: number): boolean {
  for (let x = k; x < k + 3; x++) {
    const t = w(ctx, x);
    if (REVIEWS.has(t) || (t === 're' && w(ctx, x + 2) === 'election')) return true;
    if (!/^[a-z]+$/.test(t)) return false;
  }
  return false;
}

/**
 * Whether "plan to" at `i` is a noun opening its clause (a determiner first, nothing but it or one word between) whose
 * own verb sets it ("is set for", "is slated") or gives it up ("failed", "was scrapped"): then the clause states the
 * current plan or a past failure, not an intention.
 */
function planSubjectSettled(ctx: Ctx, i: number, a: number, b: number): boolean {
  const d = w(ctx, a) === ',' ? a + 1 : a;
  if (!PLAN_DETERMINERS.has(w(ctx, d)) || i - d > 2 || i === d) return false;
  for (let k = i + 2; k < b; k++) {
    const t = w(ctx, k);
    if (PLAN_FAILING.has(t)) return true;
    if (PLAN_BE.has(t)) {
      const next = w(ctx, k + 1);
      return PLAN_SETTING.in(classesAt(ctx.toks, k + 1)) || PLAN_GIVEN_UP.has(next) || next === 'due';
    }
    if (t === 'will' || t === 'would' || t === 'has' || t === 'have' || t === 'had') return false;
  }
  return false;
}

/** Mark of a clause stating a plan beside a forecast (see {@link clauseMask}). */
export const PLAN_ONLY = 3;
/** Mark of a clause in the present tense ("Markets are pricing two cuts in 2026"): a period that is already
 * under way when the issue is published describes the present there, not a forecast. */
export const PRESENT_STATE = 4;

/**
 * Marks tokens whose dates do not bound the outcome: 1 for a clause that states the past, a plan, a habit,
 * a concession or a listing; 2 for the date right after a participle used as an adjective; PLAN_ONLY for a
 * plan's clause beside a forecast, whose dates count only when nothing else dates it. A WATCH block's
 * trigger (`watchTrigger`) may point at its event ("Watch the June 17 FOMC"). `statesOnly`: the text states
 * the present and forecasts nothing, so a condition's dates do not date it either.
 */
const ORDINALS = wordSet(['first', 'second', 'third', 'fourth', 'next', 'last', 'final', 'latest', 'new']);
const MOVING = wordSet([
  'rising',
  'falling',
  'ending',
  'finishing',
  'closing',
  'climbing',
  'dropping',
  'growing',
  'declining',
  'reaching',
  'averaging',
  'easing',
  'slipping',
  'increasing',
  'decreasing',
  'hitting',
  'topping',
]);
const REPORTED_FORECAST = wordSet(['predicted', 'forecast', 'forecasted', 'projected']);
const FORECAST_OBJECT = wordSet(['a', 'an', 'another', 'two', 'three', 'further', 'more']);
const QUANTIFIERS = wordSet([
  'more',
  'no',
  'any',
  'every',
  'each',
  'another',
  'its',
  'their',
  'our',
  'his',
  'her',
  'these',
  'those',
]);

/** Subordinators whose clause dates the main one: "before the tournament starts on June 11". */
// "when it opens on July 31", "when the new rates take effect on November 30": a "when" clause's event dates the main
// clause too, as a "when" clause's passive does ("wins the award when the votes are counted in June").
const DATING_SUB = wordSet(['before', 'until', 'till', 'when']);

/** "before the tournament starts", "before the 2027 season starts": a dating subordinator opens the verb's subject. */
function datingSubBefore(ctx: Ctx, i: number): boolean {
  for (let k = i - 2; k >= i - 5 && k >= 0; k--) {
    const t = w(ctx, k);
    if (DATING_SUB.has(t)) return true;
    if (!/^[a-z0-9][a-z0-9'-]*$/.test(t) || COPULA.has(t) || MODAL_SET.has(t)) return false;
  }
  return false;
}

const HAPPENING_PASSIVES = wordSet([
  ...['played', 'held', 'staged', 'sold', 'signed', 'built', 'completed', 'launched', 'delivered', 'shipped'],
  ...['approved', 'passed', 'awarded', 'hired', 'cut', 'raised', 'lowered', 'issued', 'won', 'lost', 'introduced'],
  // "At least one announced campus is cancelled this year": a plan called off is a happening too.
  ...['cancelled', 'canceled', 'scrapped', 'terminated'],
]);
const STATE_PARTICLES = wordSet(['out', 'up', 'off', 'down', 'over']);
const LINKING_BEFORE = wordSet([
  ...['go', 'goes', 'remain', 'remains', 'stay', 'stays', 'become', 'becomes', 'get', 'gets', 'keep', 'keeps'],
]);
const EXPECTATION_NOUNS = wordSet(['expectations', 'bets', 'hopes', 'speculation', 'odds', 'calls', 'fears']);
const MOUNTING = wordSet(['rising', 'growing', 'mounting', 'building', 'increasing', 'shortening', 'lengthening']);
// "once" and "whether" state no supposition a plan rests on ("Once the deal closes the company is due to report …").
const SUPPOSING = new Set(['if', 'unless']);

/**
 * A supposition ("if", "unless") governs `i`: it opens the clause before `i` with no comma between, and no verb of
 * another clause stands between ("If the deal closes the company is due to …": the condition has its own verb, the
 * plan is asserted). The plan's own copula ("If the plan is on the agenda") is passed over.
 */
function supposedSince(ctx: Ctx, a: number, i: number): boolean {
  let ownCopula = false;
  for (let k = i - 1; k >= a; k--) {
    const t = w(ctx, k);
    if (SUPPOSING.has(t)) return true;
    // "if needed, a runoff election is scheduled for October 15": the condition has closed, the plan is asserted.
    if (t === ',' || t === ';') return false;
    if (COPULA.at(ctx.toks, k) && !ownCopula) ownCopula = true;
    else if (COPULA.at(ctx.toks, k) || (/^[a-z]{3,}(s|ed)$/.test(t) && DETERMINERS.at(ctx.toks, k + 1))) return false;
  }
  return false;
}

// Verbs of anticipating or pricing what lies ahead, whose progressive after "already" is under way now.
const ANTICIPATING = wordSet([
  ...['pricing', 'factoring', 'bracing', 'preparing', 'betting', 'positioning', 'planning', 'gearing', 'budgeting'],
  ...['anticipating', 'hedging', 'penciling', 'pencilling', 'eyeing', 'expecting', 'forecasting', 'projecting'],
]);
// "Bond markets are already counting on the Fed boosting rates next week": relying on what lies ahead, only with "on"
// right after ("already counting inventory for the April audit", "counting down to" count something now).
const RELYING = wordSet(['counting', 'banking']);

/** A modal or forecasting verb before `i` ("now forecast zero cuts through 2026, followed by …"). */
function forecastBefore(ctx: Ctx, i: number): boolean {
  for (let k = i - 1; k >= 0; k--) if (FUTURE.at(ctx.toks, k) || FORECASTING.at(ctx.toks, k)) return true;
  return false;
}

/**
 * "Bets are rising for a cut", "Expectations for a cut later this month are rising": the expectation noun at `i`
 * mounts now (a present copula and a mounting participle, after at most a short "for …" phrase).
 */
function mountingNow(ctx: Ctx, i: number, b: number): boolean {
  for (let k = i + 1; k < b && k <= i + 10; k++) {
    if (COPULA.at(ctx.toks, k)) return PRESENT_COPULA.at(ctx.toks, k) && MOUNTING.at(ctx.toks, k + 1);
    if (k === i + 1 && w(ctx, k) !== 'for') return false;
  }
  return false;
}

/**
 * "in fiscal 2026, which ends June 30": a relative clause after a fiscal year says which months it spans (the
 * fiscal reading takes it), no term's end listed.
 */
function fiscalDefined(ctx: Ctx, a: number): boolean {
  const which = w(ctx, a) === ',' ? a + 1 : a;
  if (w(ctx, which) !== 'which' || w(ctx, which - 1) !== ',') return false;
  for (let k = which - 2; k >= 0 && k >= which - 5; k--)
    if (w(ctx, k) === 'fiscal' || /^fy/.test(w(ctx, k))) return true;
  return false;
}

/** A month without a year in `[from, b)` that has already begun at publication (read as this year's, not next). */
function monthBegun(ctx: Ctx, from: number, b: number): boolean {
  for (let k = from; k < b; k++) {
    const m = MONTHS.get(w(ctx, k));
    if (m !== undefined && ctx.toks[k]?.upper && !/^[0-9]{4}$/.test(w(ctx, k + 1)) && dayOf(ctx.pubY, m, 1) <= ctx.pub)
      return true;
  }
  return false;
}

const AGENDA = wordSet(['reviews', 'considers', 'discusses', 'debates', 'weighs', 'examines', 'hears', 'revisits']);
// "Guidance for 2011 will be discussed at the earnings call on 26 January": the agenda in the passive.
const AGENDA_PASSIVE = wordSet([
  'reviewed',
  'considered',
  'discussed',
  'debated',
  'weighed',
  'examined',
  'heard',
  'revisited',
]);
const MEETING_NOUNS = wordSet(MEETING_WORDS);

// Verbs whose past is their base form: after a singular subject the present would take an "-s".
const DUE_WORDS = wordSet(['due', 'owe', 'owes', 'expiration', 'expiry']);
// "is set to go up in 2020", "set to go higher": a move of a level is a forecast, not a date something goes ahead on.
const LEVEL_MOVES = wordSet(['up', 'down', 'higher', 'lower']);

/** The happening at `k` after "set to" is a schedule's ("set to open on May 1", "set to go live"), not a move. */
function scheduledHappening(ctx: Ctx, k: number): boolean {
  if (!SCHEDULED_HAPPENINGS.at(ctx.toks, k) || (w(ctx, k) === 'go' && LEVEL_MOVES.at(ctx.toks, k + 1))) return false;
  // "set to be fully operational by 2026": a state the thing reaches (no participle after "be") is an outcome, not
  // a date something is held on ("set to be held on June 3").
  if (w(ctx, k) === 'be') {
    const state = lyAdverb(ctx.toks[k + 1]) ? k + 2 : k + 1;
    // "The vote is set to be next Tuesday", "set to be early next year": "be" before its date is the happening held
    // then (as "set to be held next week"), no state.
    const dated = BE_DATED.has(w(ctx, state)) || WEEKDAYS.has(w(ctx, state)) || MONTHS.get(w(ctx, state)) !== undefined;
    if (
      /^[a-z]{3,}$/.test(w(ctx, state)) &&
      !isPastForm(ctx.toks, state) &&
      !STATE_PREPOSITIONS.at(ctx.toks, state) &&
      !dated
    )
      return false;
  }
  // "set to open by 2026": a deadline is a forecast of the happening; a schedule dates it ("set to open on May 1").
  for (let x = k + 1; x < ctx.toks.length && x < k + 8 && !/^[,;.:]$/.test(w(ctx, x)); x++)
    if (w(ctx, x) === 'by' && DEADLINE_AFTER_BY.test(w(ctx, x + 1))) return false;
  return true;
}
// Words that open a date right after "be" ("set to be next week", "set to be later this month").
const BE_DATED = new Set(['next', 'this', 'early', 'mid', 'late', 'later', 'today', 'tomorrow', 'tonight', 'sometime']);
// "set to be in place on …", "set to be on sale": a preposition after "be" keeps the schedule.
const STATE_PREPOSITIONS = wordSet(['in', 'on', 'at', 'for', 'the', 'a', 'an', 'held', 'out', 'back']);
const DEADLINE_AFTER_BY =
  /^((19|20)[0-9]{2}|the|end|early|mid|late|next|this|q[1-4]|h[12]|year-end|january|february|march|april|may|june|july|august|september|october|november|december)$/;

// Nouns that form a compound with such a verb ("a rate cut in March", "the tax cut in 2025"): no subject.
const COMPOUND_HEADS = wordSet([
  'rate',
  'tax',
  'price',
  'budget',
  'spending',
  'job',
  'wage',
  'pay',
  'cost',
  'fee',
  'output',
  'production',
  'supply',
  'dividend',
  'power',
  'service',
  'capacity',
  'emissions',
  'record',
  'target',
]);
const NOT_A_SUBJECT = wordSet([
  'to',
  'will',
  'would',
  'could',
  'should',
  'may',
  'might',
  'must',
  'can',
  'not',
  'i',
  'you',
]);
const PRESENT_PASSIVE = wordSet(['is', 'are', 'be', 'being', 'get', 'gets']);
const SUBJECT_DETERMINERS = wordSet(['a', 'an', 'the', 'this', 'that', 'another', 'any', 'no', 'each', 'every', 'one']);

const ANCHOR_OPENERS = wordSet([
  'the',
  'a',
  'an',
  'its',
  'their',
  'his',
  'her',
  'our',
  'current',
  'ongoing',
  'it',
  'they',
  'we',
]);

/**
 * The end of an "after" clause (a subject and a finite verb, up to the next comma, semicolon or dash), or -1 when
 * "after" opens no clause ("after March", "the year after next", "after the midterms").
 */
function afterClauseEnd(ctx: Ctx, j: number, b: number): number {
  if (!ANCHOR_OPENERS.at(ctx.toks, j)) return -1;
  let verb = false;
  let k = j;
  for (; k < b; k++) {
    const t = w(ctx, k);
    if (t === ',' || t === ';' || t === '—' || t === '–' || t === '.' || t === ':') break;
    if (k > j && (CLAUSE_VERB.test(t) || PERFECT_AUX.has(t) || COPULA.has(t))) verb = true;
  }
  // "months after the Olympic closing ceremony in August": a dated event after "after" is the anchor's too.
  return verb || k > j + 1 ? k : -1;
}

/** A present or past verb of an anchor's clause ("drags dissipate", "the Olympics close", "issues have delayed"). */
const CLAUSE_VERB =
  /^(close|closes|closed|dissipate|dissipates|ends|end|ended|finish|finishes|starts|start|begins|begin|opens|open|resumes|resume|passes|pass|clears|clear|cuts|signs|lands|land|arrives|arrive|fades|fade)$/;

/** Verbs of a level reached ("peaked at", "closed at"): their past form before "at" states where a thing stood. */
const LEVEL_PAST = wordSet([
  'peaked',
  'bottomed',
  'topped',
  'closed',
  'ended',
  'finished',
  'settled',
  'stood',
  'hovered',
  'averaged',
  'troughed',
]);

/**
 * "Australia's central bank cut in August": a verb whose past is its base form, after a singular noun that is
 * no determiner's only noun and heads no compound ("a rate cut in March"), followed by its date or object, is
 * the past; the present would read "cuts".
 */
function sameFormPast(ctx: Ctx, i: number, a: number): boolean {
  if (!SAME_FORM.at(ctx.toks, i)) return false;
  const subject = w(ctx, i - 1);
  // "budgets are cut in 15 states": after an auxiliary of the present passive the verb is a participle.
  if (PRESENT_PASSIVE.has(subject)) return false;
  if (/^[a-z]{3,}[^s']s$/.test(subject) && !COMPOUND_HEADS.has(subject)) return recentMonthAfter(ctx, i);
  if (!/^[a-z]{3,}$/.test(subject) || subject.endsWith('s') || NOT_A_SUBJECT.has(subject)) return false;
  if (COMPOUND_HEADS.has(subject) || SUBJECT_DETERMINERS.has(subject) || ORDINALS.has(subject)) return false;
  // "the central bank cut its key rate", "a quake hit Hualien": an object right after the verb makes it finite, so
  // a determiner before the subject heads no compound ("we expect to see the bank cut its rate" is no past).
  if (objectFollows(ctx, i + 1) && !perceivedOrCaused(ctx, i - 2) && !compoundSubject(ctx, i - 2)) return true;
  const next = w(ctx, i + 1);
  const dated = next === 'in' || next === 'on' || next === 'last' || next === 'earlier';
  // "The Fed cut rates in December", "Gold hit a record in January", "The strike cost GM $2 billion in the fourth
  // quarter": a singular subject opening its clause (a name, or "the" and its noun), then the verb's object and its
  // date; the present would read "cuts" ("Expect a Fed cut in June" has no such subject).
  const determined = SUBJECT_DETERMINERS.at(ctx.toks, i - 2);
  if (determined && (w(ctx, i - 2) !== 'the' || !opensClause(ctx, i - 2, a))) return false;
  if (dated) return true;
  const named = ctx.toks[i - 1]?.upper === true && opensClause(ctx, i - 1, a);
  return (determined || named || bareSubject(ctx, i, a) || longTheSubject(ctx, i, a)) && objectThenDate(ctx, i + 1);
}

/**
 * "Office loan delinquencies at banks hit 11% in May" (published in July): after a plural noun a same-form verb may
 * be the plain present, a forecast for the month's next occurrence, or the past; a bare month "in" its object's date
 * whose last occurrence ended fewer than six months before the issue is nearer behind than ahead, so the verb is the
 * past. "Central banks cut rates in June" (published in February) and "Sales hit a record in December" (published in
 * November) name a month nearer ahead and stay forecasts, as "hit 11% by May" does by its deadline.
 */
function recentMonthAfter(ctx: Ctx, i: number): boolean {
  if (w(ctx, i + 1) !== 'in' && !objectThenDate(ctx, i + 1)) return false;
  let x = i + 1;
  while (x < i + 10 && !DATE_PREPOSITIONS.at(ctx.toks, x)) x++;
  const month = MONTHS.get(w(ctx, x + 1));
  if (w(ctx, x) !== 'in' || month === undefined || ctx.toks[x + 1]?.upper !== true) return false;
  // A day or a year after the month dates it on its own.
  if (/^[0-9]/.test(w(ctx, x + 2)) || w(ctx, x + 2) === "'") return false;
  const behind = (partsOf(ctx.pub).m - month + 12) % 12;
  return behind >= 1 && behind <= 5;
}

/** "that may …", "that could …": a "that" opening a clause whose verb is a modal's. */
function thatModal(ctx: Ctx, i: number): boolean {
  return w(ctx, i) === 'that' && MODAL_SET.at(ctx.toks, i + 1);
}

/**
 * "The interim trade deal cut US tariffs … in February": "the" opening the clause, then up to two plain words before
 * the subject's noun, is a singular subject as "the bank" is.
 */
function longTheSubject(ctx: Ctx, i: number, a: number): boolean {
  for (let k = i - 3; k >= i - 4 && k >= a; k--) {
    const t = w(ctx, k + 1);
    if (!/^[a-z]{3,}$/.test(t) || ctx.toks[k + 1]?.upper || NOT_A_SUBJECT.has(t) || SUBJECT_DETERMINERS.has(t))
      return false;
    if (w(ctx, k) === 'the') return opensClause(ctx, k, a);
  }
  return false;
}

/**
 * "CME degree-day volume set a record in October", "Cat bond issuance hit $18 billion this year": a singular noun
 * phrase with no determiner, capitalised where it opens its clause, is the subject as a name is.
 */
function bareSubject(ctx: Ctx, i: number, a: number): boolean {
  let x = i - 1;
  let words = 0;
  while (x >= a && words < 5) {
    const t = w(ctx, x);
    if (t === '-' && ctx.toks[x]?.glued) {
      x--;
      continue;
    }
    if (!/^[a-z]{2,}$/.test(t) || NOT_A_SUBJECT.has(t) || SUBJECT_DETERMINERS.has(t) || CLAUSE_LEAD.has(t)) break;
    words++;
    x--;
  }
  return words >= 2 && ctx.toks[x + 1]?.upper === true && opensClause(ctx, x + 1, a);
}

/**
 * "Rates cut in December feed through to housing by the spring": a same-form participle after a plural noun, then its
 * date and the clause's own verb, describes the subject; only its date is out.
 */
function sameFormParticiple(ctx: Ctx, i: number): boolean {
  if (!SAME_FORM.at(ctx.toks, i) || !/^[a-z]{3,}[^s']s$/.test(w(ctx, i - 1))) return false;
  const at = w(ctx, i + 1);
  const date = w(ctx, i + 2);
  if ((at !== 'in' && at !== 'on') || !DATED.test(date) || (/^[0-9]/.test(date) && !/^(19|20)[0-9]{2}$/.test(date)))
    return false;
  const verb = w(ctx, i + 3);
  return /^[a-z]{3,}$/.test(verb) && !NOT_NOUN.has(verb) && !MONTHS.has(verb) && !/^[0-9]/.test(w(ctx, i + 3));
}

/** Whether the token at `k` is the first word of the clause that starts at `a` (after its punctuation and "and"). */
function opensClause(ctx: Ctx, k: number, a: number): boolean {
  let x = a;
  while (x < k && CLAUSE_LEAD.at(ctx.toks, x)) x++;
  return x === k;
}
const CLAUSE_LEAD = wordSet([',', ';', ':', '-', 'and', 'but', 'so', 'while']);
const DATE_PREPOSITIONS = wordSet(['in', 'on', 'during', 'last', 'earlier', 'this']);

/**
 * "rates in December", "GM $2 billion in the fourth quarter": a verb's object (no verb of its own), then its date;
 * "cut costs to reach profitability in the third quarter" dates the purpose, which looks ahead.
 */
function objectThenDate(ctx: Ctx, k: number): boolean {
  for (let x = k; x < k + 9; x++) {
    const t = w(ctx, x);
    if (DATE_PREPOSITIONS.has(t)) return x > k;
    // "cut US tariffs on Indian goods to 18% in February": "to" before a figure is the level reached, no purpose.
    if (t === 'to' && /^[0-9$€£]/.test(w(ctx, x + 1)) && x > k) continue;
    // "Energy cost inflation eases by June": a verb after the noun makes the same-form word a compound's noun.
    // "cut US tariffs on …": after a name or acronym the "-s" word is the plural it qualifies.
    if (x > k && /^[a-z]{3,}[^s]s$/.test(t) && !ctx.toks[x]?.upper && !ctx.toks[x - 1]?.upper) return false;
    if (t === '' || t === ',' || t === ';' || t === '.' || t === 'to' || FUTURE.has(t) || COPULA.has(t)) return false;
    if (MODAL_SET.has(t)) return false;
  }
  return false;
}

// Past forms of verbs of looking ahead that report a "that" clause of their own ("anticipated that …").
const REPORTED_BY_PAST = wordSet(['anticipated', 'suggested', 'promised']);

/** "anticipated that …": a past verb of looking ahead whose future is the "that" clause's after it. */
function reportsThat(ctx: Ctx, i: number): boolean {
  return REPORTED_BY_PAST.at(ctx.toks, i) && w(ctx, i + 1) === 'that';
}
const MOVED_FROM_OR_TO = wordSet(['from', 'to', 'into', 'back']);

/** A past form of a verb that moves a date ("slipped", "pushed", "moved") right after a word of its subject, then "from" or "to". */
function movedDate(ctx: Ctx, i: number): boolean {
  const t = w(ctx, i);
  const prev = w(ctx, i - 1);
  if (!MOVED_FROM_OR_TO.at(ctx.toks, i + 1) || !isPastForm(ctx.toks, i) || !POSTPONING_VERB.test(t)) return false;
  return /^[a-z]/.test(prev) && !NOT_SUBJECT.has(prev) && !PERFECT_AUX.has(prev) && !PASSIVE_AUX.has(prev);
}

const FINITE_OPENERS = wordSet(['why', 'because']);

/** Whether the words before `i` are a short subject (one to four plain words) right after "why" or "because". */
function finiteClauseSubject(ctx: Ctx, i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 5; k--) {
    const t = w(ctx, k);
    if (FINITE_OPENERS.has(t)) return k < i - 1;
    const plain = /^[a-z][a-z'-]*$/.test(t) && (!NOT_SUBJECT.has(t) || DETERMINERS.has(t));
    if (!plain || FUTURE.has(t) || isPastForm(ctx.toks, k)) return false;
  }
  return false;
}

const POSSESSIVE_OBJECTS = wordSet(['its', 'their', 'his', 'her', 'our']);
// Verbs that take an object and a bare infinitive ("see the bank cut its rate", "let the peso hit 21").
const PERCEIVING_OR_CAUSING = wordSet([
  ...['see', 'sees', 'seeing', 'watch', 'watches', 'watching', 'let', 'lets', 'letting'],
  ...['make', 'makes', 'making', 'help', 'helps', 'helping'],
]);

/** A possessive or a capitalised name (no month or weekday) at `k`: the object of a finite verb before it. */
function objectFollows(ctx: Ctx, k: number): boolean {
  const t = w(ctx, k);
  return POSSESSIVE_OBJECTS.has(t) || (ctx.toks[k]?.upper === true && /^[a-z]{3,}$/.test(t) && !DATED.test(t));
}

/** "The ECB and the Fed cut their rates": a subject joined by "and" / "or" is plural, so the base form is its present. */
function compoundSubject(ctx: Ctx, k: number): boolean {
  for (let x = k; x >= 0 && x > k - 3; x--) if (JOINED_SUBJECT.at(ctx.toks, x)) return true;
  return false;
}
const JOINED_SUBJECT = wordSet(['and', 'or', 'nor', '&']);

/** Whether a verb of perceiving or causing stands within three words before the subject's phrase ending at `k`. */
function perceivedOrCaused(ctx: Ctx, k: number): boolean {
  for (let x = k; x >= 0 && x > k - 4; x--) if (PERCEIVING_OR_CAUSING.at(ctx.toks, x)) return true;
  return false;
}

/** The comma closing a participle's aside when a present or future verb follows it, else -1. */
function asideCloses(ctx: Ctx, i: number, b: number): number {
  for (let k = i + 1; k < b && k < i + 14; k++) {
    const t = w(ctx, k);
    if (t === ';' || t === '.' || t === ':') return -1;
    if (t !== ',') continue;
    const v = w(ctx, k + 1);
    const verb = FUTURE.has(v) || PRESENT_COPULA.has(v) || (/^[a-z]{3,}[^s]s$/.test(v) && !ctx.toks[k + 1]?.upper);
    return verb ? k : -1;
  }
  return -1;
}

// "trimmed its forecast twice in August": how a forecast was revised, between the noun and the date.
const REVISION_ADVERBS = wordSet(['twice', 'again', 'once', 'further', 'sharply', 'slightly', 'up', 'down']);

// Verbs that only forecast: "was estimated at 8.4% on October 21" measures, "was expected at" held an expectation.
const FORECAST_AT = wordSet(['forecast', 'forecasted', 'projected', 'predicted']);

/** "was forecast to climb": the forecaster's verb at `i + 1`, then "to" and a verb. */
function forecastTo(ctx: Ctx, i: number): boolean {
  return w(ctx, i + 2) === 'to' && /^[a-z]{3,}$/.test(w(ctx, i + 3)) && !ctx.toks[i + 3]?.upper;
}

/** "at 1.9 billion", "at $5bn", "at 3%": "at" and a figure at `k`. */
function figureAt(ctx: Ctx, k: number): boolean {
  if (w(ctx, k) !== 'at') return false;
  const v = w(ctx, k + 1);
  return /^[0-9]/.test(v) || ((v === '$' || v === '€' || v === '£') && /^[0-9]/.test(w(ctx, k + 2)));
}

const AGENDA_BASE = wordSet(['consider', 'review', 'discuss', 'debate', 'weigh', 'examine', 'hear', 'revisit']);

/** "on Dec. 14", "on Monday" later in the clause: a day the agenda is set for. */
function dayAhead(ctx: Ctx, from: number, b: number): boolean {
  for (let k = from; k < b && k < from + 12; k++) if (w(ctx, k) === 'on' && DATED.test(w(ctx, k + 1))) return true;
  return false;
}

/** "August 4", "4 August", "Aug. 4" at `k`: a month and its day, either way round. */
function exactDayAfter(ctx: Ctx, k: number): boolean {
  const a = w(ctx, k);
  if (/^[0-9]{1,2}$/.test(a)) return MONTH_WORD.test(w(ctx, k + 1));
  if (!MONTH_WORD.test(a) || !ctx.toks[k]?.upper) return false;
  return /^[0-9]{1,2}(st|nd|rd|th)?$/.test(w(ctx, w(ctx, k + 1) === '.' ? k + 2 : k + 1));
}

/**
 * "at the June 16, 2026 meeting", "at its June meeting": a meeting noun later in the clause with its date in front of
 * it (a month, a day or a year among the four words before it), as a meeting "on Dec. 14" is dated after it.
 */
function datedMeetingAhead(ctx: Ctx, from: number, b: number): boolean {
  for (let k = from; k < b && k < from + 20; k++) {
    if (!MEETING_NOUNS.at(ctx.toks, k)) continue;
    for (let j = k - 1; j >= from && j >= k - 4; j--) if (DATED.test(w(ctx, j)) && w(ctx, j) !== 'may') return true;
  }
  return false;
}

/** A meeting noun later in the clause ("at its November meeting"), within twenty words of the agenda's verb. */
function meetingAhead(ctx: Ctx, from: number, b: number): boolean {
  for (let k = from; k < b && k < from + 20; k++) if (MEETING_NOUNS.at(ctx.toks, k)) return true;
  return false;
}

const EXPECTING_LATER = wordSet(['expect', 'expects', 'predict', 'predicts', 'likely', 'think', 'believe', 'bet']);
const REFERRING = wordSet(['it', 'they', 'them']);
const OWN_DATE =
  /^((19|20)[0-9]{2}|january|february|march|april|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|q[1-4]|h[12]|year|quarter|month|week|spring|summer|fall|autumn|winter|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;

/**
 * "The Fed will consider a cut at its meeting on June 12, and we expect it to cut": a later clause of the
 * sentence that asserts an outcome of the agenda, with no date of its own, makes the meeting's day its window.
 */
function outcomeLater(ctx: Ctx, b: number): boolean {
  let expecting = false;
  let referring = false;
  for (let k = b; k < ctx.toks.length; k++) {
    const t = w(ctx, k);
    if (OWN_DATE.test(t)) return false;
    if (EXPECTING_LATER.has(t)) expecting = true;
    if (REFERRING.has(t) && (expecting || w(ctx, k + 1) === 'will' || w(ctx, k + 1).endsWith("'ll"))) referring = true;
  }
  return expecting && referring;
}

const ASSERTING_LATER = wordSet(['will', 'expect', 'expects', 'expected', 'likely', 'think', 'believe', 'see']);

/** A later clause of the sentence (from `b`) asserts an outcome ("and will cut", "; we expect a hold") and names no date. */
function assertedLater(ctx: Ctx, b: number): boolean {
  let asserted = false;
  for (let k = b; k < ctx.toks.length; k++) {
    const t = w(ctx, k);
    if (OWN_DATE.test(t)) return false;
    // "and will vote on the budget": the meeting's business is its agenda, no outcome of it.
    if ((ASSERTING_LATER.has(t) || t.endsWith("'ll")) && !AGENDA_LATER.at(ctx.toks, k + 1)) asserted = true;
  }
  return asserted;
}
/**
 * "The ECB meets on Thursday and cuts by 50bp": a present verb of the same subject joined by "and" after the day (from
 * `i` to `b`) asserts an outcome, as "and will cut" does and as "Nvidia reports on Wednesday and beats handily" dates;
 * "and votes on the budget" is the meeting's business.
 */
function outcomeInClause(ctx: Ctx, i: number, b: number): boolean {
  for (let k = i + 1; k < b; k++)
    if (w(ctx, k) === 'and' && outcomeJoined(ctx, k) && !agendaJoined(ctx, k + 1)) return true;
  return false;
}
/** "and publishes new staff forecasts", "and takes up the funding bill": a present verb of the meeting's business. */
function agendaJoined(ctx: Ctx, k: number): boolean {
  const t = w(ctx, k);
  if (t === 'takes' && w(ctx, k + 1) === 'up') return true;
  return AGENDA_LATER.has(t.replace(/s$/, '')) || AGENDA_LATER.has(t.replace(/es$/, ''));
}
const ENDING = wordSet(['expires', 'expire', 'ends', 'end', 'lapses', 'lapse']);

/** "fiscal 2026, which starts Oct. 1": the relative clause says which months the fiscal year holds, no listing. */
function fiscalYearsStart(ctx: Ctx, i: number): boolean {
  if (w(ctx, i - 1) !== 'which' || w(ctx, i - 2) !== ',') return false;
  const y = w(ctx, i - 3);
  return /^fy[0-9]{2,4}$/.test(y) || (/^[0-9]{4}$/.test(y) && /^(fiscal|year|fy)$/.test(w(ctx, i - 4)));
}
const AGENDA_LATER = wordSet([...AGENDA_BASE, 'vote', 'decide', 'meet', 'announce', 'publish', 'release', 'update']);

const UNTIL_WORDS = wordSet(['until', 'till', 'through']);

function inForceUntil(ctx: Ctx, i: number, a: number): boolean {
  if (w(ctx, i) !== 'in' || !IN_FORCE.at(ctx.toks, i + 1) || !UNTIL_WORDS.at(ctx.toks, i + 2)) return false;
  for (let k = i - 1; k >= a && k >= i - 4; k--)
    if (MODAL_SET.at(ctx.toks, k) || w(ctx, k).endsWith("'ll")) return false;
  // "Tariffs stay in effect through 2027, we expect": a forecast of the term anywhere in the sentence.
  return !ctx.toks.some((x) => FORESEEING.has(x.t));
}
const EFFECT_DATE = wordSet(['until', 'till', 'from', 'in', 'on']);
// "Venice's day-tripper fee returns on April 3": a term that returns or resumes starts again.
const STARTS = wordSet(['start', 'starts', 'begin', 'begins', 'returns', 'resumes', 'restarts']);
const KICKS = wordSet(['kick', 'kicks']);
const RESTARTS = wordSet(['returns', 'resumes', 'restarts']);

/**
 * "Venice's day-tripper fee returns on April 3": a term named with its determiner or owner that starts again on a day.
 * "Tax returns in April will show …" is the noun, no term.
 */
function termRestarts(ctx: Ctx, i: number, a: number): boolean {
  if (w(ctx, i + 1) !== 'on') return false;
  for (let k = i - 2; k >= a && k >= i - 5; k--) {
    const t = w(ctx, k);
    if (DETERMINERS.has(t) || t.endsWith("'s") || t.endsWith('’s')) return true;
    if (!/^[a-z-]+$/.test(t)) return false;
  }
  return false;
}
const OF_WORDS = wordSet(['of', 'on', 'from', 'for', 'with', 'under', 'over', 'about', 'in', 'to', 'after', 'before']);

/**
 * An agreement or rule heads the subject of the verb at `i` ("The new deals start …", not "Talks on a new deal start
 * …" nor "Negotiations over a longer-term supply deal start …"): no preposition back to the clause's start.
 */
function agreementSubject(ctx: Ctx, i: number, a: number): boolean {
  if (!TERM_NOUNS.at(ctx.toks, i - 1)) return false;
  for (let k = i - 2; k >= a; k--) {
    const t = w(ctx, k);
    if (OF_WORDS.has(t)) return false;
    if (t === ',' || t === ';' || t === '.') break;
  }
  return true;
}
/** What a term does once it starts ("the deals start paying", "the rules start applying"), unlike an effect it has. */
const IN_FORCE_GERUNDS = wordSet(['paying', 'applying', 'running']);

/**
 * The date after "apply / applies" (`k` is the next word): right after it ("applies from March"), or after a short
 * "to" phrase naming what the rule covers ("apply to new devices from 12 September 2026"); -1 otherwise.
 */
function appliedTo(ctx: Ctx, k: number): number {
  if (w(ctx, k) !== 'to') return k;
  for (let x = k + 1; x <= k + 5; x++) {
    const t = w(ctx, x);
    if (t === 'from' || t === 'on') return x;
    if (!/^[a-z][a-z-]*$/.test(t)) return -1;
  }
  return -1;
}

/** The index of the date of a rule taking effect in the present ("applies from March", "comes into force on …"), or -1. */
function takesEffect(ctx: Ctx, i: number, a: number): number {
  const t = w(ctx, i);
  let at = -1;
  if (t === 'apply' || t === 'applies') at = appliedTo(ctx, i + 1);
  else if (t === 'becomes' || t === 'become') {
    const k = w(ctx, i + 1) === 'fully' ? i + 2 : i + 1;
    if (IN_EFFECT.at(ctx.toks, k)) at = k + 1;
  }
  // "the main rules for high-risk systems start applying on August 2": a start of applying is a rule's, whatever
  // heads the subject.
  else if (STARTS.at(ctx.toks, i) && w(ctx, i + 1) === 'applying') at = i + 2;
  else if ((t === 'comes' || t === 'come') && w(ctx, i + 1) === 'into' && IN_FORCE.at(ctx.toks, i + 2)) at = i + 3;
  else if ((t === 'takes' || t === 'take') && w(ctx, i + 1) === 'effect') at = i + 2;
  // "The new deals start paying in the 2026-27 season", "the tariffs kick in on March 1": an agreement's own start,
  // stated in the present, is its term, as a rule taking effect is.
  else if (
    (STARTS.at(ctx.toks, i) || (KICKS.at(ctx.toks, i) && w(ctx, i + 1) === 'in')) &&
    agreementSubject(ctx, i, a) &&
    (!RESTARTS.has(t) || termRestarts(ctx, i, a))
  )
    at = KICKS.has(t) ? i + 2 : IN_FORCE_GERUNDS.at(ctx.toks, i + 1) ? i + 2 : i + 1;
  // "they still take effect August 2, 2026": a date may follow "take effect" with no preposition.
  const bareDate = (t === 'takes' || t === 'take') && at === i + 2 && MONTHS.has(w(ctx, at));
  if (at < 0 || !(EFFECT_DATE.at(ctx.toks, at) || bareDate)) return -1;
  for (let k = i - 1; k >= a && k >= i - 4; k--)
    if (MODAL_SET.at(ctx.toks, k) || w(ctx, k).endsWith("'ll") || w(ctx, k) === 'to') return -1;
  // A word of foreseeing in the rule's own clause makes its start a forecast ("We think the ban takes effect in
  // May"); one in a clause joined after it (", and we expect the filings to be delayed …") leaves the start a schedule.
  for (let k = 0; k < ctx.toks.length; k++) {
    if (k > i && (w(ctx, k) === ';' || (w(ctx, k) === ',' && JOINED_CLAUSE.has(w(ctx, k + 1))))) break;
    if (FORESEEING.has(w(ctx, k))) return -1;
  }
  return at;
}

const JOINED_CLAUSE = new Set(['and', 'but', 'while']);

const FORESEEING = wordSet([
  'expect',
  'expects',
  'expected',
  'likely',
  'think',
  'believe',
  'predict',
  'forecast',
  'see',
]);

const BASELINE_AUX = wordSet(['did', 'was', 'were', 'had', 'used']);

/**
 * "orders Open RAN at scale", "LED lighting": a word in capitals among words that are not is an acronym, a name,
 * never a verb form that reads as past ("ran", "led", "saw"), when a capitalised word inside the sentence stands next
 * to it or a bare noun follows it; before a determiner or a figure ("The board APPROVED the merger", "Revenue ROSE
 * 5%") the capitals are emphasis on a verb.
 */
function acronymAt(ctx: Ctx, i: number): boolean {
  const tok = ctx.toks[i];
  if (!capitals(tok) || capitals(ctx.toks[i - 1]) || capitals(ctx.toks[i + 1])) return false;
  if ((i > 1 && ctx.toks[i - 1]?.upper === true) || ctx.toks[i + 1]?.upper === true) return true;
  const next = w(ctx, i + 1);
  return /^[a-z]{3,}$/.test(next) && !DETERMINERS.has(next) && !SUBJECT_DETERMINERS.has(next) && !NOT_NOUN.has(next);
}
const NOT_NOUN = wordSet([
  ...['in', 'on', 'at', 'by', 'for', 'from', 'with', 'into', 'over', 'after', 'before', 'during', 'through', 'since'],
  ...['and', 'but', 'all', 'some', 'more', 'less', 'most', 'out', 'off', 'down', 'back', 'again', 'than', 'as'],
]);

/** A word of two or more capital letters only (read without a regular expression: this runs on every token). */
function capitals(tok: Token | undefined): boolean {
  if (!tok?.upper || tok.raw.length < 2) return false;
  for (let k = 1; k < tok.raw.length; k++) {
    const c = tok.raw.charCodeAt(k);
    if (c < 65 || c > 90) return false;
  }
  return true;
}

const REACHING_LEVEL =
  /^(hit|hits|reach|reaches|top|tops|be|is|are|become|becomes|get|gets|stay|stays|remain|remains)$/;

/**
 * "the pension fund hits 80% funded within three years", "is 90% built by June": a participle right after a figure
 * that a verb of reaching sets is the level reached, not a past verb ("the 9.6% projected in April" is no level).
 */
function levelReached(ctx: Ctx, i: number): boolean {
  let k = i - 1;
  if (w(ctx, k) === '%' || w(ctx, k) === 'percent') k--;
  if (!/^[0-9]/.test(w(ctx, k))) return false;
  return REACHING_LEVEL.test(w(ctx, k - 1)) && !FUTURE_PARTICIPLES.at(ctx.toks, i);
}

/** The end of a clause after "than" whose subject is a pronoun and whose verb is a past auxiliary, else -1. */
function thanClauseEnd(ctx: Ctx, k: number, b: number): number {
  if (!PRONOUN.at(ctx.toks, k) || !BASELINE_AUX.at(ctx.toks, k + 1)) return -1;
  let x = k + 2;
  while (x < b && !/^[,;.:]$/.test(w(ctx, x))) x++;
  return x;
}

/** "raised its forecast in August", "its forecast, …": the forecast noun at `i` is followed by its date or a stop. */
function forecastNounAt(ctx: Ctx, i: number): boolean {
  const afterNoun = REVISION_ADVERBS.at(ctx.toks, i + 1) ? i + 2 : i + 1;
  return HELD_ON.at(ctx.toks, afterNoun) || /^[.,;:]$/.test(w(ctx, afterNoun));
}

export function clauseMask(ctx: Ctx, watchTrigger = false): { mask: Uint8Array; statesOnly: boolean } {
  const n = ctx.toks.length;
  const mask = new Uint8Array(n);
  const asks = w(ctx, n - 1) === '?';
  const clauses: Array<{
    a: number;
    b: number;
    fut: boolean;
    drop: boolean;
    plan: boolean;
    present: boolean;
    when?: boolean;
    fallback?: boolean;
  }> = [];
  let a = 0;
  let anyFuture = false;
  let parenOwner: number | null = null;
  // "Typically, …": a habit adverb opening the sentence before a comma.
  const frontedHabit = HABIT.at(ctx.toks, 0) && w(ctx, 1) === ',';
  while (a < n) {
    const first = w(ctx, a) === ',' ? w(ctx, a + 1) : w(ctx, a);
    const leadingSub = CONCESSIVE.has(first) || first === 'after' || first === 'since' || first === 'with';
    let b = a + 1;
    while (b < n && !isBoundary(ctx, b, leadingSub)) b++;
    let fut = false;
    let past = false;
    let plan = false;
    let habit = false;
    let listing = false;
    let whether = false;
    let heldExpectation = false;
    let present = false;
    let infinitive = false;
    let comparison = false;
    let projectedFigure = false;
    let agendaAhead = false;
    const lead0 = a === 0 && !watchTrigger ? 0 : -1;
    const reported = reportedAt(ctx, a);
    let firstPast = -1;
    let purposeAt = -1;
    let relativeAt = -1;
    for (let i = a; i < b; i++) {
      if (past && firstPast < 0) firstPast = i - 1;
      // "kicked off labor talks on Wednesday that may pave the way …": a "that" clause with a modal after the simple
      // past is a clause of its own; the past before it is dropped, and the "that" clause is read on its own terms.
      if (relativeAt < 0 && past && !fut && !plan && !habit && !listing && thatModal(ctx, i)) {
        relativeAt = i;
        clauses.push({ a, b: i, fut: false, plan: false, present: false, drop: true });
        past = false;
        firstPast = -1;
        purposeAt = -1;
      }
      const t = w(ctx, i);
      const prev = w(ctx, i - 1);
      const cls = classesAt(ctx.toks, i);
      const prevCls = classesAt(ctx.toks, i - 1);
      const nextCls = classesAt(ctx.toks, i + 1);
      if (purposeAt < 0 && firstPast >= 0 && purposeInfinitive(ctx, i)) purposeAt = i;
      // Reported speech shifts "is possible" to "was possible"; what it reports still lies ahead.
      if (reported && (t === 'was' || t === 'were') && BACKSHIFT_AHEAD.in(nextCls)) {
        fut = true;
        continue;
      }
      if (t === 'whether') whether = true;
      // "Market expectations are rising for a Fed rate cut later this month": expectations that mount look ahead, as
      // "hopes are rising" does; what they are for is the forecast.
      // Only in the present: "Bets were growing for a cut in January, but the Fed held" tells what was expected then.
      if (EXPECTATION_NOUNS.in(cls) && mountingNow(ctx, i, b)) fut = true;
      // "sell 30,000 more cars before Easter than they did last year": the clause after "than" is the comparison's
      // baseline, its past tense and its dates its own.
      const thanEnd = t === 'than' && i > a ? thanClauseEnd(ctx, i + 1, b) : -1;
      if (thanEnd > 0) {
        for (let x = i; x < thanEnd; x++) mask[x] = mask[x] || 2;
        i = thanEnd - 1;
        continue;
      }
      // "Corn exports … were forecast at 1.9 billion bushels": the figure of a forecast reported in the past passive
      // is still a forecast (as "are forecast to climb" is), unlike an expectation held then ("was expected to open")
      // or an estimate, which measures.
      // So is a forecast's movement ("Brazil's crop was forecast to climb to 71 million bags"): the forecaster's verb
      // is reported in the past, the outcome lies ahead.
      // "Prices for robusta were seen ending 2025 at $4,200", "the crop was seen rising in 2025/26": "seen" with a
      // movement reports the forecast, as "was forecast to climb" does.
      const seenMoving = w(ctx, i + 1) === 'seen' && MOVING.at(ctx.toks, i + 2);
      if (
        (t === 'was' || t === 'were') &&
        ((FORECAST_AT.in(nextCls) && (figureAt(ctx, i + 2) || forecastTo(ctx, i))) || seenMoving)
      ) {
        fut = true;
        i++;
        continue;
      }
      // "the OBR was forecasting that the economy would surpass its peak later this year": a forecaster's verb in the
      // past progressive reports the forecast, as "forecast that … would" does ("was expecting" stays an expectation
      // held then, as "was expected to" is). "In June, we were forecasting …" dates a forecast since superseded.
      if ((t === 'was' || t === 'were') && FORECASTING_PROGRESSIVE.in(nextCls) && !datedBefore(ctx, a, i)) {
        fut = true;
        i++;
        continue;
      }
      // "the average projected growth for the rest of the year is 3.2%": a forecast figure, not a present state
      // and not a past verb.
      // "raised its forecast in August" names the forecast itself, a noun before the date: the past verb still holds.
      if (FORECAST_FIGURE.in(cls) && (DETERMINERS.in(prevCls) || FIGURE_OF.in(prevCls)) && !forecastNounAt(ctx, i)) {
        projectedFigure = true;
        fut = true;
        continue;
      }
      // "are focused on one question" is a state; "is delayed to 2027", "is expected to" look ahead.
      // "Fewer than 40 Tests are played in calendar 2026", "rates are cut in June": the present passive of a happening
      // is the event, not a state of the present ("are sold out" still is one).
      // The words after a present copula are read only there, the one place their tests count.
      if (PRESENT_COPULA.in(cls) && i > a && !AHEAD_AFTER_COPULA.in(nextCls)) {
        const happening = HAPPENING_PASSIVES.in(nextCls) && !STATE_PARTICLES.at(ctx.toks, i + 2);
        const stateAfter =
          !isPastForm(ctx.toks, i + 1) || !(FUTURE_PARTICIPLES.in(nextCls) || DATE_SETTING.in(nextCls) || happening);
        const expectant = EXPECTANT_STANCE.in(nextCls) && STANCE_OUTCOME.at(ctx.toks, i + 2);
        if (!expectant && stateAfter) present = true;
      }
      // "experts are picking the 49ers to come out of the NFC this fall": an infinitive looks ahead.
      if (t === 'to' && /^[a-z]+$/.test(w(ctx, i + 1)) && !DETERMINERS.in(nextCls) && !MONTH_WORD.test(w(ctx, i + 1)))
        infinitive = true;
      // "was expected to open", "had hoped": an expectation held in the past is a past state, not a forecast.
      const heldBefore = prev === 'was' || prev === 'were' || prev === 'had';
      // "better than expected in Q3", ", as forecast,": a result measured against an expectation.
      const measured = prev === 'than' || (prev === 'as' && (i - 1 === a || w(ctx, i - 2) === ','));
      // "than expected five months ago": the past is the expectation's, not the outcome's.
      if (measured && (FUTURE.in(cls) || FORECASTING.in(cls))) comparison = true;
      if (comparison && t === 'ago') continue;
      // "it is targeting August 4 for the opening": a day targeted now is the current plan, as "is set for August 4"
      // is; "is targeting 2% inflation by 2027" still looks ahead.
      if (t === 'targeting' && PRESENT_COPULA.in(prevCls) && exactDayAfter(ctx, i + 1)) {
        plan = true;
        continue;
      }
      // "cut its key rate and anticipated that …": a past verb reporting a "that" clause leaves the future to it.
      if (!whether && !measured && (FUTURE.in(cls) || t.endsWith("'ll")) && !reportsThat(ctx, i)) {
        if (heldBefore) past = heldExpectation = true;
        // "it was expected that the lockdown would end": the future of a past expectation is past too.
        else if (!(heldExpectation && IN_THE_PAST.in(cls))) fut = true;
      }
      // "are forecast to climb", "has predicted": a forecasting verb looks ahead whatever its tense.
      if (
        !whether &&
        !heldBefore &&
        !measured &&
        FORECASTING.in(cls) &&
        (w(ctx, i + 1) === 'to' || PERFECT_AUX.in(prevCls))
      )
        fut = true;
      // "A plan to spend $772 million is set for …": a plan noun opening its clause is the subject of its own verb, so
      // a schedule verb makes it the current plan and a failing verb gives it up; as the object of a verb ("Ford
      // announced a plan to cut 3,000 jobs by June") or with any other verb ("was approved") it still looks ahead.
      if (!whether && !heldBefore && INTENDS.in(cls) && w(ctx, i + 1) === 'to' && !planSubjectSettled(ctx, i, a, b))
        fut = true;
      // "Capital Economics predicted an even faster pace, arguing for a rise … in September": a forecaster's past verb
      // with its object reports the forecast, whose outcome lies ahead.
      // "The previous poll in late April predicted …" is an old forecast: the forecaster is named right before.
      if (REPORTED_FORECAST.in(cls) && FORECAST_OBJECT.in(nextCls) && !whether && !measured) {
        const forecaster = (ctx.toks[i - 1]?.upper === true && !MONTH_WORD.test(prev)) || PRONOUN.in(prevCls);
        if (forecaster) fut = true;
      }
      // "the next policy meeting is on March 19-20": a calendar entry stated as a present fact (a plan).
      if (w(ctx, i + 1) === 'on' && COPULA.in(cls) && t !== 'now' && DATED.test(w(ctx, i + 2))) plan = true;
      // "The end construction date is September 15, 2027": a date stated as a present fact is the plan.
      if (COPULA.in(cls) && t !== 'now' && MONTH_WORD.test(w(ctx, i + 1)) && /^[0-9]/.test(w(ctx, i + 2))) plan = true;
      if (COPULA.in(cls) && t !== 'now' && WEEKDAYS.has(w(ctx, i + 1))) plan = true;
      // ", already at 2019 levels,": an aside on the present state, not the tense of the clause.
      // "markets are already factoring in two more cuts before the end of 2025": "already" before a progressive is
      // what is under way now, with its dates ahead, no habit.
      // Only a verb of anticipating or pricing is under way ("Airlines are already seeing strong bookings for the
      // summer" observes the present), and never with a month already begun ("already discounting in January").
      const underWay =
        t === 'already' &&
        (ANTICIPATING.at(ctx.toks, i + 1) || (RELYING.at(ctx.toks, i + 1) && w(ctx, i + 2) === 'on')) &&
        COPULA.in(prevCls) &&
        !monthBegun(ctx, i + 2, b);
      if (HABIT.in(cls) || (t === 'already' && prev !== ',' && !underWay)) habit = true;
      // "L&I publishes the new figure by September 30 as it does every year": the clause restates a yearly routine.
      if (t === 'as' && asEveryYear(ctx, i)) habit = true;
      // "shows up in your account by Jan 31 every year": a routine's period right after a month or day is when the
      // routine recurs, as "every March" is.
      if (everyPeriodAt(ctx.toks, i) && dayOrMonthBefore(ctx, i)) habit = true;
      // "lower before the tournament starts on June 11": the event's date bounds the main clause, no listing.
      const datesMain = (LISTING.in(cls) || MEETING.in(cls)) && datingSubBefore(ctx, i);
      // "The stopgap expires on Sept. 30, and the government will shut down": an asserted outcome of the listed date, as
      // after a meeting.
      const listed =
        LISTING.in(cls) &&
        !datesMain &&
        !fiscalYearsStart(ctx, i) &&
        listingDate(ctx, i + 1, first === 'which' || first === 'that') &&
        !fiscalDefined(ctx, a);
      if (listed && !assertedLater(ctx, b) && ctx.call !== true) listing = true;
      if (t.charCodeAt(0) === 109 && maturityDate(ctx, i)) markOwnDate(ctx, mask, i + 1); // m: "mature", …
      const owed = DUE_WORDS.in(cls) ? dueDate(ctx, i) : -1;
      // "The ruling is due by the end of June, and it will strike down …": an asserted outcome of the date dates it.
      if (owed > 0 && !assertedLater(ctx, b)) markOwnDate(ctx, mask, owed);
      // "The tariff pause expires on July 9, and prices will jump": a term's end with an asserted outcome of it dates
      // that outcome; a term's run ("runs through 2028") does not.
      // "runs out on July 23" is a term's end, as "expires on" is.
      const runsOut = w(ctx, i + 1) === 'out';
      const term = termDate(ctx, i);
      const fiscalEnd = term && fiscalYearAt(ctx, i - 1);
      if (term && (fiscalEnd || !((ENDING.in(cls) || runsOut) && assertedLater(ctx, b)))) {
        markOwnDate(ctx, mask, runsOut ? i + 2 : i + 1);
        // The fiscal year defined is no period of the outcome either, nor are the months it runs ("April to March").
        if (fiscalEnd) for (let k = Math.max(a, i - 3); k < Math.min(b, i + 5); k++) mask[k] = mask[k] || 2;
      }
      // "The restrictions, tentatively in place until Sept. 1, require …", "they remain in place until we are above 50
      // percent for a month's time": a rule's term in force is its schedule, not a forecast ("will remain in place
      // until March" forecasts).
      if (inForceUntil(ctx, i, a))
        for (let x = i + 2; x < b && !/^[,;.:"]$/.test(w(ctx, x)); x++) mask[x] = mask[x] || 2;
      // "Others don't apply until 2027", "the VAT increase, which comes into effect in January": a rule taking
      // effect, stated in the present, is its schedule (a calendar entry), not a forecast of it.
      const effectAt = takesEffect(ctx, i, a);
      if (effectAt > 0 && !datingSubBefore(ctx, i))
        for (let x = effectAt; x < b && x < effectAt + 6 && !/^([,;.:"]|and|but|while)$/.test(w(ctx, x)); x++)
          mask[x] = mask[x] || 2;
      // "Peak hurricane months are August through October": the whole range is the definition's.
      if (definedPeriod(ctx, i))
        for (let x = i + 1; x < b && !/^[,;.:]$/.test(w(ctx, x)) && w(ctx, x) !== 'but'; x++) mask[x] = 2;
      // "expected to be out … after receiving an injection this week": the date of an "after" + gerund phrase is
      // its own event's (an open-ended anchor, like "after the midterms"), not the outcome's.
      if (t === 'after' && i > a && /^[a-z]{3,}ing$/.test(w(ctx, i + 1)))
        for (let x = i; x < b && w(ctx, x) !== ',' && w(ctx, x) !== ';'; x++) mask[x] = 2;
      // "… in the next three months after roof issues have delayed the opening", "months after the Olympics close
      // in August": an "after" clause is an open-ended anchor with its own tense and dates, not the outcome's.
      // "No return is expected in the next two months despite the statement on 25 November that …": what a
      // "despite" phrase concedes dates the sentence only when nothing else does (a concession, as "though …" is).
      if (t === 'despite' || t === 'notwithstanding') {
        let x = i;
        for (; x < b && !/^[,;.:]$/.test(w(ctx, x)); x++) mask[x] = mask[x] || PLAN_ONLY;
        i = x - 1;
        continue;
      }
      // "… increase in 2023 and 2024 following a contraction this year": "following" as a preposition is "after".
      const afterWord = t === 'after' || (t === 'following' && !DETERMINERS.in(prevCls) && prev !== 'the');
      const anchorEnd = afterWord && i > a ? afterClauseEnd(ctx, i + 1, b) : -1;
      if (anchorEnd > 0) {
        for (let x = i; x < anchorEnd; x++) mask[x] = 2;
        i = anchorEnd - 1;
        continue;
      }
      // "What is not on the Senate agenda for the summer is …": what is on an agenda is the current plan.
      // "If the two-tier plan is on the agenda, a vote follows by July": a plan only supposed is no current plan (the
      // condition's own dates are the condition's, rule 7).
      const onAgenda = t === 'agenda' && (prev === 'on' || w(ctx, i - 2) === 'on' || w(ctx, i - 3) === 'on');
      if (onAgenda && !supposedSince(ctx, a, i)) plan = true;
      // "The USMCA is up for a joint review in July 2026", "is up for renewal in 2027": the scheduled review, as "is
      // due for" one is, a current plan ("Prices are up for the year" is a level).
      if (t === 'up' && (prev === 'is' || prev === 'are') && w(ctx, i + 1) === 'for' && upForReview(ctx, i + 2))
        plan = true;
      // "The ECB meets on April 16 and will cut rates": a later clause asserting an outcome with no date of its own
      // makes the meeting's day its date (More on claims: "unless the sentence asserts an outcome of it").
      if (
        MEETING.in(cls) &&
        first !== 'when' &&
        !datesMain &&
        w(ctx, i + 1) === 'on' &&
        !assertedLater(ctx, b) &&
        !outcomeInClause(ctx, i, b)
      )
        listing = true;
      // "the commission reviews US status at its November meeting": a body's agenda at a dated meeting is a
      // calendar entry (More on claims); "the Fed cuts at its June meeting" asserts an outcome of it.
      const passiveAgenda = AGENDA_PASSIVE.in(cls) && (prev === 'be' || prev === 'is' || prev === 'are');
      // "Council will have the opportunity to consider the reductions on Dec. 14": an agenda set for a day.
      const agendaTo = prev === 'to' && AGENDA_BASE.in(cls) && dayAhead(ctx, i + 1, b);
      // "Officials will present a revised schedule at Metro's next board meeting on Sept. 25": an agenda in the future
      // at a dated meeting, as "will be discussed at …" is.
      const agendaWill =
        prev === 'will' &&
        (AGENDA_BASE.in(cls) || t === 'present') &&
        meetingAhead(ctx, i + 1, b) &&
        (dayAhead(ctx, i + 1, b) || datedMeetingAhead(ctx, i + 1, b));
      if (
        (((AGENDA.in(cls) || passiveAgenda) && first !== 'when' && meetingAhead(ctx, i + 1, b)) ||
          agendaTo ||
          agendaWill) &&
        !outcomeLater(ctx, b)
      ) {
        listing = true;
        // "will be discussed at …", "to consider … on Dec. 14": the future is the meeting's own, no outcome.
        if (passiveAgenda || agendaTo || agendaWill) agendaAhead = true;
      }
      // "which was set to operate … from December": a plan held then and since replaced is the past, not a forecast.
      const setToLikely = t === 'set' && w(ctx, i + 1) === 'to' && !scheduledHappening(ctx, i + 2) && !heldBefore;
      if (setToLikely && !whether) fut = true;
      else if (
        PLAN.in(cls) &&
        (copulaBefore(ctx, i) || (t === 'due' && COPULA.at(ctx.toks, i + 2))) &&
        !supposedSince(ctx, a, i) &&
        !(t === 'supposed' && SUPPOSED_MOVES.at(ctx.toks, i + 2))
      )
        plan = true;
      const pointing = i === lead0 && POINTING.in(cls) && (w(ctx, i + 1) === 'the' || w(ctx, i + 1) === 'for');
      if (pointing && !assertedLater(ctx, b)) listing = true;
      const futurePerfect = prev === 'to' || MODAL_SET.in(prevCls);
      if (futurePerfect) continue;
      // "The school board has scheduled its vote … for April 22": a date set and still ahead is the current plan.
      const planSet = PLAN_SETTING.in(nextCls) && DETERMINERS.at(ctx.toks, i + 2);
      if (PERFECT_AUX.in(cls) && (t === 'has' || t === 'have') && planSet) {
        plan = true;
        continue;
      }
      if (PERFECT_AUX.in(cls) && isPastForm(ctx.toks, i + 1)) past = true;
      // "Bordeaux had its worst campaign this spring": "had" before a determiner is the past of "have", no auxiliary.
      if (t === 'had' && POSSESSED.in(nextCls) && !MODAL_SET.in(prevCls) && prev !== 'if') past = true;
      // "Dates … have been announced, from August 16 to May 24": the span set off after a published schedule is
      // what was announced, a schedule and no forecast.
      if (PERFECT_AUX.in(cls) && w(ctx, i + 1) === 'been' && PUBLISHED.has(w(ctx, i + 2)) && w(ctx, i + 3) === ',') {
        if (w(ctx, i + 4) === 'from') markOwnDate(ctx, mask, i + 4);
        past = true;
      }
      // "have caused Toyota to delay the start … to around June 2026": a postponement a past cause already brought
      // about states the current plan, as "has been postponed until March" does.
      const moved = CAUSED.in(cls) && PERFECT_OR_SUBJECT.test(prev) ? causedDelay(ctx, i + 1) : -1;
      if (moved > 0) for (let k = moved; k < moved + 3; k++) markOwnDate(ctx, mask, k);
      // "lawmakers recessed until June 12": a pause already made that runs until a later day sets a schedule, as a
      // postponement already made does ("will recess until June 12" still forecasts).
      if (PAUSED.in(cls) && UNTIL_WORDS.at(ctx.toks, i + 1) && pauseSubject(prev, prevCls)) past = true;
      // "has been postponed until March": a move of the date already made states the current plan.
      if (PERFECT_AUX.in(cls) && w(ctx, i + 1) === 'been' && DATE_SETTING.at(ctx.toks, i + 2)) past = true;
      // "The company has not confirmed growth for 2026": a present perfect denied states the present too.
      if (
        PERFECT_AUX.in(cls) &&
        ['now', 'also', 'already', 'just', 'since', 'always', 'never', 'recently', 'not'].includes(w(ctx, i + 1)) &&
        isPastForm(ctx.toks, i + 2)
      )
        past = true;
      // '"We will be back … by the fourth quarter," CEO Brian Niccol said in April.': the date of the saying.
      const saying = (SAID.in(cls) || trailingForecast(ctx, i)) && !PASSIVE_AUX.in(prevCls);
      if (saying && (w(ctx, i + 1) === 'in' || w(ctx, i + 1) === 'on') && DATED.test(w(ctx, i + 2)))
        markOwnDate(ctx, mask, i + 1);
      // "said in its updated long-range forecast on Tuesday": the day right after the report that carried the saying.
      const carried = saying && w(ctx, i + 1) === 'in' ? reportDatedAt(ctx, i + 2) : -1;
      if (carried > 0) markOwnDate(ctx, mask, carried);
      // "TEL raised its FY2026 net sales forecast to ¥2.6 trillion on Oct. 30": the day after a revised figure is the
      // revision's, as a saying's is.
      if (REVISING.in(cls)) {
        const on = revisionDayAt(ctx, i + 1, b);
        if (on > 0) markOwnDate(ctx, mask, on);
      }
      // "In February, the IMF said Germany would grow 1% in 2026": a month set before the saying is the saying's date.
      if (saying && i < 12) markFrontedMonth(ctx, mask, i);
      // "Boeing said this week that it expects …", "said today": a relative date of the saying.
      if (saying && RELATIVE_SAYING.in(nextCls)) markOwnDate(ctx, mask, i + 1);
      // "predicted at the end of July that …": the saying's own date, at an edge of a period.
      if (saying && w(ctx, i + 1) === 'at' && w(ctx, i + 2) === 'the' && EDGES.at(ctx.toks, i + 3))
        markOwnDate(ctx, mask, i + 1);
      if (reportsPresent(ctx, i, b)) continue;
      // From here on the token is tested for a past form, which an acronym never is.
      if (acronymAt(ctx, i)) continue;
      // "240,000 annualized in Q1 2027": how a figure was measured, no past verb with a date of its own.
      if (measuredFigure(ctx, i)) continue;
      // "at Galaxy Unpacked in late July": a capitalised word in "-ed" after a capitalised word or a preposition is a
      // name's word, no participle with a date of its own.
      if (t.length > 4 && t.endsWith('ed') && !PAST.in(cls) && nameWordAt(ctx.toks, i)) continue;
      if (PAST.in(cls) && !NOT_SUBJECT.in(prevCls)) {
        past = true;
        continue;
      }
      if (sameFormParticiple(ctx, i)) {
        markOwnDate(ctx, mask, i + 1);
        continue;
      }
      if (!ctx.headline && sameFormPast(ctx, i, a)) {
        past = true;
        continue;
      }
      // "inflation, which peaked at 9% in January, …": right after a relative pronoun the verb is finite.
      if ((prev === 'which' || prev === 'who') && isPastForm(ctx.toks, i) && !FUTURE_PARTICIPLES.in(cls)) {
        past = true;
        continue;
      }
      // "Cooper and Briley advanced to a September 12 runoff": a past verb moving its subject on is the past.
      // "Spending shifted to services in January", "Pfizer sold to Blackstone": so is a move to a plural noun or a name.
      // The words around "to" are read only after a "to".
      if (w(ctx, i + 1) === 'to' && (ctx.toks[i - 1]?.upper === true || PRONOUN.in(prevCls))) {
        const destination = ARTICLE_AFTER_TO.at(ctx.toks, i + 2) || nounAfterTo(ctx, i + 2);
        if (destination && isPastForm(ctx.toks, i)) {
          if (!FUTURE_PARTICIPLES.in(cls) && !DATE_SETTING.in(cls) && !PAST_TO_PLAN.in(cls)) past = true;
        }
      }
      // "The current target is for no gas boilers … by 2025": a target or plan stated as it stands is the plan.
      if (STANDING.in(prevCls) && PLAN_NOUN.in(cls) && COPULA.in(nextCls) && i - 1 <= lead0 + 2) plan = true;
      // "The space agency's schedule calls for … by 2025": what a plan calls for is the plan as it stands.
      if (planCallsFor(ctx, i, lead0)) plan = true;
      // "Pork prices increased by 1.1% in September": "by" and a figure give the size of the move, as "to" does.
      const pastMove =
        (w(ctx, i + 1) === 'to' || (w(ctx, i + 1) === 'by' && !/^(?:19|20)[0-9]{2}$/.test(w(ctx, i + 2)))) &&
        /^[0-9$€£]/.test(w(ctx, i + 2)) &&
        isPastForm(ctx.toks, i) &&
        !FUTURE_PARTICIPLES.in(cls) &&
        !NOT_SUBJECT.in(prevCls) &&
        !PERFECT_AUX.in(prevCls);
      // "jumped to 9.4%": a past verb moving to a figure, unlike "expected to rise".
      if (pastMove) past = true;
      // "the fab's opening slipped from 2027 to 2028": a date already moved, after its subject, is the past too.
      if (t.endsWith('ed') && !ctx.headline && movedDate(ctx, i)) past = true;
      // "Snowpack … peaked at 71% of median on April 1": a level verb's past stating where it stood.
      if (LEVEL_PAST.in(cls) && w(ctx, i + 1) === 'at' && !NOT_SUBJECT.in(prevCls) && !PERFECT_AUX.in(prevCls))
        past = true;
      if (!isPastForm(ctx.toks, i) || NOT_SUBJECT.in(prevCls) || PERFECT_AUX.in(prevCls) || w(ctx, i + 1) === 'to')
        continue;
      if (namedPastDatedBack(ctx, i, b)) {
        past = true;
        continue;
      }
      // "which is why consumer spending held up through the autumn": "why" and "because" open a finite clause, so
      // the first past form after its subject is the simple past, not a participle.
      if (!FUTURE_PARTICIPLES.in(cls) && finiteClauseSubject(ctx, i)) {
        past = true;
        continue;
      }
      if (levelReached(ctx, i)) continue;
      // A Desk Note's bare participle ("Downtown deal closed in Q2") is a headline for the call it restates.
      // "| Interfor | Posted a Q4 loss of $62 million |": a capitalised past form with an object is the simple past.
      const pastWithObject = ctx.toks[i]?.upper === true && !FUTURE_PARTICIPLES.in(cls) && NOUN_OPENERS.in(nextCls);
      if (ctx.headline && !PAST.in(cls) && !pastWithObject) continue;
      if (predicateFollows(ctx, i, b)) continue;
      if (participleOpensSubject(ctx, i, a)) continue;
      // "A new analysis, released today by CGS, shows how …": a participle set off by commas describes the subject
      // before its verb; only the aside's own dates are out.
      const asideEnd = prev === ',' ? asideCloses(ctx, i, b) : -1;
      if (asideEnd > 0) {
        for (let x = i; x < asideEnd; x++) mask[x] = 2;
        continue;
      }
      if (ctx.toks[i - 1]?.glued && w(ctx, i - 2) === '-') continue;
      // "coal-fired power", "the retinal-diseases-focused biotech": a participle closing a compound is an adjective.
      if (ctx.toks[i]?.glued && w(ctx, i - 1) === '-' && ctx.toks[i - 1]?.glued) continue;
      // "one more retired reactor announces …": after a quantifier or possessive the participle is an adjective.
      if (QUANTIFIERS.in(prevCls) || participleAfterCount(ctx, i)) continue;
      // "its first unattributed votes record", "the next revised estimate": after a determiner's ordinal too.
      if (ORDINALS.in(prevCls) && (QUANTIFIERS.at(ctx.toks, i - 2) || SUBJECT_DETERMINERS.at(ctx.toks, i - 2)))
        continue;
      // "a materially revamped interface": a participle between an article and its noun is an adjective.
      if (lyAdverb(ctx.toks[i - 1]) && NOT_SUBJECT.at(ctx.toks, i - 2)) continue;
      // "is expected to go unserved this summer", "stays closed through March": after a linking verb the participle is
      // the subject's state, and the date after it is the forecast's.
      if (LINKING_BEFORE.in(prevCls)) continue;
      // "zero cuts through 2026, followed by a potential hike in 2027": ", followed by" orders the next step of the
      // forecast ("and then"), no past event with its agent; after a past narrative ("Sales slumped in December,
      // followed by a rebound in January") it is that narrative's next step, past too.
      if (t === 'followed' && prev === ',' && w(ctx, i + 1) === 'by' && forecastBefore(ctx, i)) continue;
      const nextTok = w(ctx, i + 1);
      const finiteExpect = FUTURE_PARTICIPLES.in(cls) && (ctx.toks[i - 1]?.upper === true || PRONOUN.in(prevCls));
      if (PARTICIPLE_DATE.in(nextCls) && !finiteExpect) {
        // "$1 billion less than projected in January", "up from the 9.6% projected in April": a forecast measured
        // against, or a figure's earlier forecast, is dated by when it was made.
        const earlier = prev === 'than' || prev === '%' || /^[0-9]/.test(prev);
        if (!FUTURE_PARTICIPLES.in(cls) || earlier) {
          markOwnDate(ctx, mask, i + 1);
          // "Sales slumped in Italy in February", "closed in Milan on February 22": a place between the participle
          // and its date leaves the date its own.
          const placed = dateAfterPlace(ctx, i + 1);
          if (placed > 0) markOwnDate(ctx, mask, placed);
        }
        continue;
      }
      // "below what the OBR expected in March": a finite expectation dated right after its verb was held then.
      if (finiteExpect && HELD_ON.in(nextCls) && (DATED.test(w(ctx, i + 2)) || ownDatedMeeting(ctx, i + 2))) {
        markOwnDate(ctx, mask, i + 1);
        // "at its September meeting": the month may open a phrase of its own.
        if (!DATED.test(w(ctx, i + 2))) markOwnDate(ctx, mask, i + 3);
        continue;
      }
      // "economists polled by Reuters in early April": the agent sits between the participle and its date.
      // "well above the 2.25% projected by the central bank in June": a figure's earlier forecast, agent and all.
      const figureForecast = prev === '%' || /^[0-9]/.test(prev) || prev === 'than';
      const agentDate =
        nextTok === 'by' && (!FUTURE_PARTICIPLES.in(cls) || figureForecast) ? datedAfterAgent(ctx, i + 2) : -1;
      if (agentDate >= 0 && !finiteExpect) {
        markOwnDate(ctx, mask, agentDate);
        continue;
      }
      const subject = ctx.toks[i - 1]?.upper === true || PRONOUN.in(prevCls);
      const finiteMove = DATE_SETTING.in(cls) && DETERMINERS.in(nextCls);
      if (FUTURE_PARTICIPLES.in(cls) && !subject && !finiteMove) continue;
      // "kicked off annual labor talks on Wednesday": a particle, then the object, is a phrasal verb's object.
      const particleObject =
        PARTICLES.at(ctx.toks, i + 1) && /^[a-z0-9$]/.test(w(ctx, i + 2)) && takesObject(ctx, i + 2);
      if (!ADJECTIVES.in(cls) && (takesObject(ctx, i + 1) || particleObject || (subject && FUTURE_PARTICIPLES.in(cls))))
        past = true;
    }
    const lead = w(ctx, a) === ',' ? a + 1 : a;
    const existential = w(ctx, lead) === 'there' && ['is', 'are', "'s", 'remain', 'remains'].includes(w(ctx, lead + 1));
    const concession = CONCESSIVE.has(first) && !NOT_UNTIL.test(clauseText(ctx, a, b));
    const drop =
      concession ||
      ((first === 'after' || first === 'since') && w(ctx, lead + 1).endsWith('ing')) ||
      (existential && !fut);
    // "is scheduled to host the Olympics …, and a Super Bowl in 2027": a verbless conjunct shares its clause's verb.
    const before = clauses[clauses.length - 1];
    // "The current target is for no gas boilers … by 2025, and for the phasing out … in 2033": a conjunct that
    // continues the copula's complement shares its clause.
    const andAt = w(ctx, a) === ',' ? a + 1 : a;
    const sameComplement = before?.plan === true && w(ctx, andAt) === 'and' && w(ctx, andAt + 1) === 'for';
    if (before && !fut && !past && !present && (sameComplement || (w(ctx, a) === 'and' && verbless(ctx, a + 1, b)))) {
      clauses.push({ ...before, a, b });
      a = b;
      continue;
    }
    // "Wizz posted a €114m (£97m) loss during its first quarter": after an aside the clause goes on.
    const resumed = w(ctx, a) === ')' && parenOwner !== null ? clauses[parenOwner] : undefined;
    if (resumed && !fut && !past && !present && !plan) {
      clauses.push({ ...resumed, a, b });
      a = b;
      continue;
    }
    // "The profit for the second quarter of the fiscal year ending March 2026 (April to September) was 43.7 billion
    // yen": a past verb right after the aside is the sentence's opening subject's, so the subject and the aside state
    // the past with it.
    if (resumed && parenOwner === 0 && past && !fut && !plan && !resumed.fut && !resumed.plan && pastRightAfter(ctx, a))
      for (const c of clauses) c.drop = true;
    if (w(ctx, a) === '(') parenOwner = clauses.length > 0 ? clauses.length - 1 : null;
    // ": Will control of Congress shift?": an open question asserts no outcome.
    if (asks && QUESTION_START.has(headWord(ctx, a))) fut = false;
    // "The election is set to go ahead on Thursday and will decide who shapes …": the business of a scheduled event,
    // in a conjunct that shares its subject, is its agenda, no outcome of it (as "and will vote on the budget" after a
    // meeting is).
    const lastClause = clauses[clauses.length - 1];
    if (
      lastClause?.plan === true &&
      !lastClause.fut &&
      w(ctx, andAt) === 'and' &&
      w(ctx, andAt + 1) === 'will' &&
      AGENDA_LATER.at(ctx.toks, andAt + 2)
    ) {
      fut = false;
      plan = true;
    }
    // "Typically, flu cases start to rise in November, …, and peak in February": a conjunct with no subject of its
    // own, its verb right before its date, goes on with the fronted habit.
    if (frontedHabit && !fut && w(ctx, andAt) === 'and' && subjectlessVerb(ctx, andAt + 1)) habit = true;
    const pastOnly = past && !fut && !habit && !listing && !drop;
    // "SpaceX skipped Monday to prepare its attempt for Tuesday": the purpose looks ahead of the past.
    if (pastOnly && purposeAt > 0) clauses.push({ a, b: purposeAt, fut, plan, present: false, drop: true });
    clauses.push({
      a: pastOnly && purposeAt > 0 ? purposeAt : relativeAt > 0 ? relativeAt : a,
      b,
      fut,
      plan,
      present: present && !fut && !plan && !infinitive && !projectedFigure,
      drop: drop || agendaAhead || ((past || habit || listing) && !fut && !(pastOnly && purposeAt > 0)),
      when: first === 'when',
      // "Musk said …, though it would take six to eight weeks": a concession that forecasts dates the sentence
      // when nothing else does, as a condition does (rule 7).
      fallback: concession && fut && !past,
    });
    if (fut && !plan && !concession && !agendaAhead) anyFuture = true;
    a = b;
  }
  markAttributions(ctx, mask);
  // "Proponents are facing an uphill battle when the council takes its next look on Jan. 3": beside a present
  // state and with nothing forecast, a "when" clause dates the state, and a circumstance or condition
  // ("With the midterms looming on 3 November, analysts are focused on one question") is no outcome's date.
  // The state is another clause's: "wins the award when the voting is announced in May" forecasts the award, and the
  // "when" clause's own passive is no state beside it.
  const statesOnly = !anyFuture && clauses.some((c) => c.present && !c.when);
  for (const c of clauses) {
    const drop = c.drop || (c.plan && !c.fut && !anyFuture) || (statesOnly && c.when);
    if (c.fallback) for (let i = c.a; i < c.b; i++) mask[i] = mask[i] || PLAN_ONLY;
    else if (drop) for (let i = c.a; i < c.b; i++) mask[i] = mask[i] || 1;
    // "The vote is scheduled for March, and we expect it to fail": the plan dates the forecast only when
    // the forecast has no date of its own.
    else if (c.plan && !c.fut) for (let i = c.a; i < c.b; i++) mask[i] = mask[i] || PLAN_ONLY;
    else if (c.present) for (let i = c.a; i < c.b; i++) mask[i] = mask[i] || PRESENT_STATE;
  }
  return { mask, statesOnly };
}

const FRONTED_EDGES = wordSet(['early', 'mid', 'late']);

const PAUSED = wordSet(['recessed', 'adjourned', 'paused', 'suspended', 'halted', 'closed', 'shut']);
const CAUSED = wordSet(['caused', 'forced', 'prompted', 'led']);
const PERFECT_OR_SUBJECT = /^(have|has|had|[a-z]{3,}s)$/;
const DELAY_BASES = new Set(['delay', 'postpone', 'defer', 'push']);

/**
 * "Toyota to delay the start … to around June 2026" at `k`: an object of up to three words, "to", a verb that moves a
 * date, and the "to" of the new date within twelve words (no clause break); that "to", or -1.
 */
function causedDelay(ctx: Ctx, k: number): number {
  let x = k;
  while (x < k + 4 && w(ctx, x) !== 'to' && /^[a-z]+$/.test(w(ctx, x))) x++;
  if (x === k || w(ctx, x) !== 'to' || !DELAY_BASES.has(w(ctx, x + 1))) return -1;
  for (let y = x + 2; y < x + 16; y++) {
    const t = w(ctx, y);
    if (t === '' || t === ';' || t === '.' || t === 'and' || t === 'but') return -1;
    if ((t === 'to' || t === 'until') && (DATED.test(w(ctx, y + 1)) || w(ctx, y + 1) === 'around')) return y;
  }
  return -1;
}

// Words before "closed until …" that make it a state ("stays closed", "remain shut"), not a pause already made.
const LINKING = new Set(['stay', 'stays', 'stayed', 'remain', 'remains', 'remained', 'keep', 'keeps', 'kept', 'left']);

/** A subject right before the pausing verb: not a modal, "to", a linking verb, a copula or a comma. */
function pauseSubject(prev: string, prevCls: ReturnType<typeof classesAt>): boolean {
  if (MODAL_SET.in(prevCls) || LINKING.has(prev) || /^(to|be|been|is|are|was|were|,)$/.test(prev)) return false;
  return /^[a-z]+$/.test(prev);
}
const PUBLISHED = new Set(['announced', 'published', 'released', 'confirmed', 'unveiled', 'revealed', 'set']);
const REPORT_OWNERS = new Set(['its', 'their', 'his', 'her', 'the', 'a', 'an', 'our']);
const REPORT_NOUNS = new Set([
  'forecast',
  'report',
  'statement',
  'outlook',
  'update',
  'interview',
  'note',
  'release',
  'bulletin',
  'briefing',
  'testimony',
  'speech',
  'letter',
  'filing',
  'remarks',
  'comments',
]);

/**
 * After "said in", a report named by a short noun phrase ("its updated long-range forecast") and then "on" or "in"
 * with a date: the index of that preposition, or -1. Anything else between (a "that" clause, a comma) is no report.
 */
function reportDatedAt(ctx: Ctx, k: number): number {
  if (!REPORT_OWNERS.has(w(ctx, k))) return -1;
  for (let x = k + 1; x <= k + 5; x++) {
    const u = w(ctx, x);
    if (REPORT_NOUNS.has(u)) {
      const p = w(ctx, x + 1);
      return (p === 'on' || p === 'in') && DATED.test(w(ctx, x + 2)) ? x + 1 : -1;
    }
    if (u !== '-' && !/^[a-z]+$/.test(u)) return -1;
  }
  return -1;
}

/** Marks a fronted "In February," / "On Tuesday," / "In early March," that opens the sentence before the saying at `i`. */
/**
 * "in Italy in February", "at Walmart on March 3": after the preposition at `k`, a place (one to four capitalised words,
 * maybe after "the", no date among them) and then a preposition of time before a date; that preposition, or -1.
 */
function dateAfterPlace(ctx: Ctx, k: number): number {
  let j = w(ctx, k + 1) === 'the' ? k + 2 : k + 1;
  const first = j;
  while (j < first + 4 && ctx.toks[j]?.upper === true && !DATED.test(w(ctx, j))) j++;
  if (j === first || !PARTICIPLE_DATE.at(ctx.toks, j)) return -1;
  const v = w(ctx, j + 1);
  return DATED.test(v === 'early' || v === 'mid' || v === 'late' ? w(ctx, j + 2) : v) ? j : -1;
}

function markFrontedMonth(ctx: Ctx, mask: Uint8Array, i: number): void {
  const at = w(ctx, 0);
  if (at !== 'in' && at !== 'on') return;
  let k = FRONTED_EDGES.at(ctx.toks, 1) ? 2 : 1;
  // "In mid-October, NRF forecast …": the edge may be glued to its month by a hyphen.
  if (k === 2 && w(ctx, 2) === '-' && ctx.toks[2]?.glued) k = 3;
  if (MONTHS.get(w(ctx, k)) === undefined && !WEEKDAYS.has(w(ctx, k))) return;
  k++;
  if (/^[0-9]{1,2}$/.test(w(ctx, k))) k++;
  // Only the speaker stands between the comma and the saying ("In June, we expect …, Powell said" dates the outcome).
  if (w(ctx, k) !== ',' || k >= i || i - k > 5) return;
  for (let x = k + 1; x < i; x++) if (!/^[a-z'+&.-]+$/.test(w(ctx, x)) || MODAL_SET.at(ctx.toks, x)) return;
  for (let x = 0; x < k; x++) mask[x] = 2;
}

/** A month or a year before `i` in the sentence's opening ("In June, we were forecasting …", "In 2023 they were …"). */
function datedBefore(ctx: Ctx, a: number, i: number): boolean {
  for (let k = Math.max(0, a - 8); k < i; k++) {
    const t = w(ctx, k);
    if (/^(?:19|20)[0-9]{2}$/.test(t) || (ctx.toks[k]?.upper === true && MONTHS.get(t) !== undefined)) return true;
  }
  return false;
}

const ROUTINE_DOER = wordSet(['it', 'they', 'he', 'she', 'we', 'one']);

/**
 * "as it does every year", "as they do each spring", "as it does annually": a clause likening the outcome to what
 * happens each period is a habit, as "usually" is; "as it did last year" compares with one past period. A period is
 * needed ("as it does every time the Fed cuts" likens no routine), and a level or amount in the likened clause ("Oil
 * spikes above $90 by August, as it does each summer") is a call on this period's level, no routine.
 */
function asEveryYear(ctx: Ctx, i: number): boolean {
  // "resets on November 1 as usual", "is held on June 26 as every year": the routine named without its doer.
  if (everyPeriodAt(ctx.toks, i + 1)) return !amountBefore(ctx, i);
  // "as usual" likens a thing set for a calendar day; "launches new iPhones in September as usual" is this year's call.
  if (w(ctx, i + 1) === 'usual') return !amountBefore(ctx, i) && exactDayBefore(ctx, i);
  if (!ROUTINE_DOER.at(ctx.toks, i + 1) || !/^(does|do)$/.test(w(ctx, i + 2))) return false;
  return everyPeriodAt(ctx.toks, i + 3) && !amountBefore(ctx, i);
}

// Past verbs that revise a forecast's figure ("raised its forecast to …", "cut its guidance to …").
const REVISING = wordSet([
  ...['raised', 'lowered', 'lifted', 'trimmed', 'revised', 'upgraded', 'downgraded', 'boosted', 'reduced', 'cut'],
]);
const REVISED_NOUNS = wordSet(['forecast', 'forecasts', 'guidance', 'outlook', 'projection', 'estimate', 'target']);

/**
 * "raised its FY2026 net sales forecast to ¥2.6 trillion on Oct. 30": the token of "on" before the day that follows a
 * revised forecast and its new figure (within the clause up to `b`), or -1.
 */
function revisionDayAt(ctx: Ctx, from: number, b: number): number {
  let k = from;
  while (k < b && k < from + 7 && !REVISED_NOUNS.at(ctx.toks, k)) k++;
  if (!REVISED_NOUNS.at(ctx.toks, k) || w(ctx, k + 1) !== 'to' || !/^[^a-z]/.test(w(ctx, k + 2))) return -1;
  for (let x = k + 2; x < b && x < k + 8; x++) {
    const t = w(ctx, x);
    if (t === 'on') return DATED.test(w(ctx, x + 1)) ? x : -1;
    if (/^[,;:]$/.test(t) || t === 'in' || t === 'by') return -1;
  }
  return -1;
}

/** "… (April to September) was 43.7 billion yen": a past copula or past form right after the closing bracket at `a`. */
function pastRightAfter(ctx: Ctx, a: number): boolean {
  const t = w(ctx, a + 1);
  return t === 'was' || t === 'were' || (isPastForm(ctx.toks, a + 1) && !FUTURE_PARTICIPLES.at(ctx.toks, a + 1));
}

// "Inflation is supposed to fall below 3% by June": a level that moves is no plan, whatever is supposed of it.
const SUPPOSED_MOVES = wordSet([
  ...['rise', 'fall', 'climb', 'drop', 'decline', 'jump', 'increase', 'decrease', 'ease', 'peak', 'reach', 'top'],
  ...['exceed', 'stay', 'remain', 'grow', 'slow', 'cool', 'hit', 'recover', 'rebound', 'slip', 'soften', 'tighten'],
]);

/** "… and peak in February": a lower-case word that is no determiner or pronoun, right before a date's preposition. */
function subjectlessVerb(ctx: Ctx, k: number): boolean {
  const t = w(ctx, k);
  if (!/^[a-z]{3,}$/.test(t) || DETERMINERS.at(ctx.toks, k) || PRONOUN.at(ctx.toks, k)) return false;
  return PARTICIPLE_DATE.at(ctx.toks, k + 1) && DATED.test(w(ctx, k + 2));
}

/** Whether the clause before `i` names a day of a month ("on November 1", "on 1 November"). */
function exactDayBefore(ctx: Ctx, i: number): boolean {
  for (let k = i - 1; k > 0 && !/^[.;:!?]$/.test(w(ctx, k)); k--) {
    if (!/^[0-9]{1,2}(st|nd|rd|th)?$/.test(w(ctx, k))) continue;
    if (MONTHS.get(w(ctx, k - 1)) !== undefined || MONTHS.get(w(ctx, k + 1)) !== undefined) return true;
  }
  return false;
}

/** Whether the token before `i` is a month's name or the figure of a day after its month ("by Jan 31"). */
function dayOrMonthBefore(ctx: Ctx, i: number): boolean {
  const prev = w(ctx, i - 1);
  if (ctx.toks[i - 1]?.upper === true && MONTHS.get(prev) !== undefined) return true;
  return /^[0-9]{1,2}(st|nd|rd|th)?$/.test(prev) && MONTHS.get(w(ctx, i - 2)) !== undefined;
}

/** Whether the clause before `i` (back to the sentence's start) states an amount: a figure that is no day or year. */
function amountBefore(ctx: Ctx, i: number): boolean {
  for (let k = i - 1; k >= 0 && !/^[.;!?]$/.test(w(ctx, k)); k--) {
    const t = w(ctx, k);
    if (/^[$£€%]$/.test(t) || t === 'percent') return true;
    if (!/^[0-9]/.test(t) || /^(19|20)[0-9]{2}$/.test(t)) continue;
    if (!MONTHS.has(w(ctx, k - 1)) && !MONTHS.has(w(ctx, k + 1))) return true;
  }
  return false;
}
