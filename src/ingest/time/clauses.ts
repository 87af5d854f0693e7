/**
 * Which clauses of a sentence can bound its outcome (TIME-WINDOWS.md, "Not windows"): dates in a clause that
 * states the past ("the Q3 report showed …", "has pushed … to 2028"), a current plan ("is scheduled for
 * 2027"), a habit ("usually … over summer"), a concession ("though … isn't impossible") or a listing verb
 * ("benefits expire Sept. 6", "the committee meets on March 18") do not count, wherever the verb stands; a
 * present-tense clause about a period already under way describes the present. A participle used as an
 * adjective ("the bill signed in March will …") only takes its own date out. One pass over the tokens.
 */
import { w, type Ctx } from './period-core.js';
import { FORWARD_PARTICIPLES, UN_ADJECTIVES } from './vocab.js';
import { WEEKDAYS } from './weekdays.js';
import {
  ADJECTIVES,
  AHEAD_AFTER_COPULA,
  AUX_AFTER_AND,
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
  NOT_OBJECT,
  NOT_SUBJECT,
  OPENERS,
  PARTICIPLE_DATE,
  PAST,
  PAST_OR_PARTICIPLE,
  PERFECT_AUX,
  PLAN,
  POINTING,
  PRESENT_COPULA,
  PRONOUN,
  RESUMING,
  SCHEDULED_HAPPENINGS,
  TAIL_VERBS,
} from './clause-words.js';

const FUTURE_PARTICIPLES = new Set([...FORWARD_PARTICIPLES, 'reported', 'stated', 'noted', 'added']);
/** Mark of a clause stating a plan beside a forecast (see {@link clauseMask}). */
export const PLAN_ONLY = 3;
/** Mark of a clause in the present tense ("Markets are pricing two cuts in 2026"): a period that is already
 * under way when the issue is published describes the present there, not a forecast. */
export const PRESENT_STATE = 4;

/** A finite past verb takes an object or a complement ("showed Rotterdam", "pulled imports", "rose 30%"). */
function takesObject(ctx: Ctx, k: number): boolean {
  return !NOT_OBJECT.has(w(ctx, k));
}

const REPORTING =
  /^(said|says|say|told|tells|confirmed|confirms|announced|announces|reported|reports|noted|notes|added|adds|believes|thinks|expects|suggested|suggests|warned|warns|indicated|indicates|showed|shows|argued|argues|predicted|predicts|estimated|estimates|found|finds|concluded|concludes)$/;

/**
 * ", Midwest Fertilizer President Mike Chorlton told the Courier." — an attribution after a comma: a named
 * speaker (a capitalised word or a pronoun right before the verb) and a reporting verb within a few words.
 * Its tense says when the words were spoken, not when the forecast outcome falls.
 */
function attributionAt(ctx: Ctx, k: number): boolean {
  for (let x = k; x < k + 8; x++) {
    const t = w(ctx, x);
    if (t === '' || t === ',' || t === '.' || t === ';') return false;
    // "Nuaimi said", "OPEC sources said": the speaker's name stands right before the verb or one word earlier.
    if (TAIL_VERBS.has(t) && x > k)
      return (
        ctx.toks[x - 1]?.upper === true || PRONOUN.has(w(ctx, x - 1)) || (x - 2 >= k && ctx.toks[x - 2]?.upper === true)
      );
  }
  return false;
}

/** "was possible", "were aiming": after these a backshifted verb of reported speech still looks ahead. */
const BACKSHIFT_AHEAD = new Set([
  'possible',
  'likely',
  'aiming',
  'planning',
  'going',
  'poised',
  'hoping',
  'confident',
  'ready',
]);

/** A clause of reported words ("… said that staffers were aiming to …"): "that" opens it after a reporting verb. */
function reportedAt(ctx: Ctx, a: number): boolean {
  let k = a;
  while (k < a + 3 && w(ctx, k) !== 'that') k++;
  if (w(ctx, k) !== 'that') return false;
  for (let x = k - 1; x >= 0 && x >= k - 20; x--) if (REPORTING.test(w(ctx, x))) return true;
  return false;
}

/** ", instead of …", ", rather than …": the alternative set against the forecast is a phrase of its own. */
function contrastAt(ctx: Ctx, k: number): boolean {
  const t = w(ctx, k);
  return (t === 'instead' && w(ctx, k + 1) === 'of') || (t === 'rather' && w(ctx, k + 1) === 'than');
}

/** "expects inflation, which reached 9% in June, to hit 13% in October": the infinitive resumes the main clause. */
function resumingInfinitive(ctx: Ctx, k: number): boolean {
  const v = w(ctx, k + 1);
  return w(ctx, k) === 'to' && /^[a-z]+$/.test(v) && !DETERMINERS.has(v) && !MONTH_WORD.test(v);
}

function isBoundary(ctx: Ctx, i: number, leadingSub: boolean): boolean {
  const t = w(ctx, i);
  if (t === ':' && ctx.toks[i]?.glued && /^[0-9]/.test(w(ctx, i + 1))) return false;
  if (t === '.' && ABBREVIATED.test(w(ctx, i - 1))) return false;
  // "the U.S. economy", "the E.U.": a stop glued to a single letter is an initial, not the end of a clause.
  if (t === '.' && ctx.toks[i]?.glued && /^[a-z]$/.test(w(ctx, i - 1))) return false;
  if (t === ';' || t === ':' || t === '(' || t === ')' || t === '?' || t === '.' || t === '!') return true;
  if (t === '-' && !ctx.toks[i]?.glued && !ctx.toks[i + 1]?.glued) return true;
  if (t === ',')
    return (
      leadingSub ||
      OPENERS.has(w(ctx, i + 1)) ||
      w(ctx, i + 1) === 'and' ||
      RESUMING.has(w(ctx, i + 1)) ||
      contrastAt(ctx, i + 1) ||
      attributionAt(ctx, i + 1) ||
      resumingInfinitive(ctx, i + 1)
    );
  if (OPENERS.has(t) && i > 0 && w(ctx, i - 1) !== ',') return t !== 'since' && t !== 'after';
  // "told reporters Thursday that …": the reported words are a clause of their own.
  if (t === 'that' && (REPORTING.test(w(ctx, i - 1)) || REPORTING.test(w(ctx, i - 2)) || REPORTING.test(w(ctx, i - 3))))
    return true;
  // "between now and the end of the decade" is one phrase.
  if (t === 'and' && w(ctx, i - 1) === 'now' && w(ctx, i - 2) === 'between') return false;
  return t === 'and' && AUX_AFTER_AND.has(w(ctx, i + 1)) && w(ctx, i - 1) !== ',';
}

const QUESTION_START = new Set(['will', 'would', 'can', 'could', 'should', 'is', 'are', 'does', 'do', 'did', 'may']);
const LEAD_IN = new Set([',', ':', ';', '-', 'and', 'but', 'so', 'or']);

/** The first word of a clause after its punctuation and conjunctions. */
function headWord(ctx: Ctx, a: number): string {
  let k = a;
  while (k < a + 4 && LEAD_IN.has(w(ctx, k))) k++;
  return w(ctx, k);
}

/** "although international travel may not restart until 2021": a concession that forecasts a date of its own. */
const NOT_UNTIL = /\b((will|would|may|might|could|should) not|won't|wouldn't|will never)\b.* (until|till|before) /;

function clauseText(ctx: Ctx, a: number, b: number): string {
  let out = '';
  for (let k = a; k < b && k < a + 40; k++) out += ` ${w(ctx, k)}`;
  return out;
}

/** No word of `a`..`b` can be a verb: no auxiliary, no past form, no lower-case word ending in -s. */
function verbless(ctx: Ctx, a: number, b: number): boolean {
  for (let k = a; k < b; k++) {
    const t = w(ctx, k);
    if (FUTURE.has(t) || COPULA.has(t) || PERFECT_AUX.has(t) || RESUMING.has(t) || isPastForm(t)) return false;
    if (!ctx.toks[k]?.upper && t.length > 3 && /[^s]s$/.test(t)) return false;
  }
  return true;
}

/** Words after which "to" + a verb completes them ("decided to", "able to") rather than stating a purpose. */
const COMPLEMENTED = new Set(['able', 'about', 'going', 'due', 'set', 'likely', 'unlikely', 'used', 'order', 'how']);
const DESTINATIONS = new Set([
  'early',
  'mid',
  'late',
  'end',
  'next',
  'last',
  'record',
  'new',
  'zero',
  'around',
  'about',
]);
/** "fell 3% in May to close at $50": an infinitive of the result, which the past clause still states. */
const RESULTS = new Set(['close', 'end', 'finish', 'settle', 'stand', 'trade', 'reach', 'hit', 'become', 'be', 'have']);

/** "skipped Monday to prepare …", "raised $5 billion to fund …": "to" + a verb after an object, a purpose. */
function purposeInfinitive(ctx: Ctx, i: number): boolean {
  const v = w(ctx, i + 1);
  const prev = w(ctx, i - 1);
  if (w(ctx, i) !== 'to' || !/^[a-z]+$/.test(v) || DETERMINERS.has(v) || MONTH_WORD.test(v) || RESULTS.has(v))
    return false;
  // "pushed the landing to mid-2028", "moved the vote to next week": a destination, not a verb.
  if (DESTINATIONS.has(v) || w(ctx, i + 2) === '-') return false;
  if (!/^[a-z0-9$%]/.test(prev) || isPastForm(prev) || COMPLEMENTED.has(prev) || NOT_SUBJECT.has(prev)) return false;
  if (REPORTING.test(prev)) return false;
  return !FUTURE.has(prev) && !FORECASTING.has(prev) && !INTENDS.has(prev) && !PAST.has(prev);
}

const ATTRIBUTION_END = new Set([',', ';', '.', ':', '(', ')', '?', '!']);

/**
 * "according to minutes of the Fed's June 23-24 meeting", "according to projections released Wednesday": the
 * source of a forecast is named there, with its own dates, which do not bound the outcome.
 */
function markAttributions(ctx: Ctx, mask: Uint8Array): void {
  for (let i = 0; i + 1 < mask.length; i++) {
    if (w(ctx, i) !== 'according' || w(ctx, i + 1) !== 'to') continue;
    let k = i + 2;
    while (k < mask.length && !ATTRIBUTION_END.has(w(ctx, k))) mask[k++] = 2;
    i = k;
  }
}

/** A listing verb is followed by its date: "expire Sept. 6", "opens on January 1", "kicks in". */
function listingDate(ctx: Ctx, k: number, relative: boolean): boolean {
  const t = w(ctx, k);
  // "the yield ends 2027 above 4.5%" closes a year (a forecast), it lists no day.
  if (/^[0-9]{4}$/.test(t) && (w(ctx, k - 1) === 'ends' || w(ctx, k - 1) === 'closes')) return false;
  // "the second quarter, which ends this week": a relative clause stating where a period stands.
  if (relative && (t === 'this' || t === 'next')) return true;
  return t === 'on' || (t === 'in' && w(ctx, k - 1) === 'kicks') || /^[0-9]/.test(t) || MONTH_WORD.test(t);
}

const ABBREVIATED =
  /^(jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|st|mr|mrs|ms|dr|inc|corp|co|ltd|vs|no|jr|sr|u\.s|u\.k)$/;
const MONTH_WORD = /^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/;

/** A participle's own date, from its preposition: "between" is no trigger, so its date is marked as well. */
function markOwnDate(ctx: Ctx, mask: Uint8Array, k: number): void {
  mask[k] = 2;
  if (w(ctx, k) === 'between' && k + 1 < mask.length) mask[k + 1] = 2;
}

const FORECAST_FIGURE = new Set(['expected', 'projected', 'forecast', 'anticipated', 'estimated', 'predicted']);
const FIGURE_OF = new Set(['average', 'median', 'consensus']);
const HELD_ON = new Set(['in', 'on', 'at', 'during']);

const AGENT_STOP = new Set([',', ';', '.', ':', '(', ')', '-', 'and', 'but', 'to', 'will', 'would', 'is', 'are']);

/**
 * "polled by the National Association of Business Economists in early April": after a participle's "by", an
 * agent (a name or a noun phrase, not a date) and then the participle's own date; the date's token, or -1.
 */
function datedAfterAgent(ctx: Ctx, k: number): number {
  const head = w(ctx, k) === 'the' || w(ctx, k) === 'a' || w(ctx, k) === 'an' ? k + 1 : k;
  if (DATED.test(w(ctx, head)) || !/^[a-z]/.test(w(ctx, head)) || w(ctx, head) === 'end') return -1;
  for (let x = head + 1; x < k + 10; x++) {
    const u = w(ctx, x);
    if (u === '' || AGENT_STOP.has(u)) return -1;
    const v = w(ctx, x + 1);
    if (PARTICIPLE_DATE.has(u) && DATED.test(v === 'early' || v === 'mid' || v === 'late' ? w(ctx, x + 2) : v))
      return x;
  }
  return -1;
}

function copulaBefore(ctx: Ctx, i: number): boolean {
  for (let k = i - 1; k >= i - 4 && k >= 0; k--) if (COPULA.has(w(ctx, k))) return true;
  return false;
}

const DATED = /^([0-9]|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)/;

function isPastForm(t: string): boolean {
  if (UN_ADJECTIVES.has(t)) return false;
  return PAST.has(t) || PAST_OR_PARTICIPLE.has(t) || (t.length > 4 && t.endsWith('ed'));
}

/**
 * Marks tokens whose dates do not bound the outcome: 1 for a clause that states the past, a plan, a habit,
 * a concession or a listing; 2 for the date right after a participle used as an adjective; PLAN_ONLY for a
 * plan's clause beside a forecast, whose dates count only when nothing else dates it. A WATCH block's
 * trigger (`watchTrigger`) may point at its event ("Watch the June 17 FOMC"). `statesOnly`: the text states
 * the present and forecasts nothing, so a condition's dates do not date it either.
 */
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
  }> = [];
  let a = 0;
  let anyFuture = false;
  let parenOwner: number | null = null;
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
    const lead0 = a === 0 && !watchTrigger ? 0 : -1;
    const reported = reportedAt(ctx, a);
    let firstPast = -1;
    let purposeAt = -1;
    for (let i = a; i < b; i++) {
      if (past && firstPast < 0) firstPast = i - 1;
      const t = w(ctx, i);
      const prev = w(ctx, i - 1);
      if (purposeAt < 0 && firstPast >= 0 && purposeInfinitive(ctx, i)) purposeAt = i;
      // Reported speech shifts "is possible" to "was possible"; what it reports still lies ahead.
      if (reported && (t === 'was' || t === 'were') && BACKSHIFT_AHEAD.has(w(ctx, i + 1))) {
        fut = true;
        continue;
      }
      if (t === 'whether') whether = true;
      // "the average projected growth for the rest of the year is 3.2%": a forecast figure, not a present state
      // and not a past verb.
      if (FORECAST_FIGURE.has(t) && (DETERMINERS.has(prev) || FIGURE_OF.has(prev))) {
        projectedFigure = true;
        fut = true;
        continue;
      }
      // "are focused on one question" is a state; "is delayed to 2027", "is expected to" look ahead.
      const stateAfter =
        !isPastForm(w(ctx, i + 1)) || !(FUTURE_PARTICIPLES.has(w(ctx, i + 1)) || DATE_SETTING.has(w(ctx, i + 1)));
      if (PRESENT_COPULA.has(t) && i > a && !AHEAD_AFTER_COPULA.has(w(ctx, i + 1)) && stateAfter) present = true;
      // "experts are picking the 49ers to come out of the NFC this fall": an infinitive looks ahead.
      if (
        t === 'to' &&
        /^[a-z]+$/.test(w(ctx, i + 1)) &&
        !DETERMINERS.has(w(ctx, i + 1)) &&
        !MONTH_WORD.test(w(ctx, i + 1))
      )
        infinitive = true;
      // "was expected to open", "had hoped": an expectation held in the past is a past state, not a forecast.
      const heldBefore = prev === 'was' || prev === 'were' || prev === 'had';
      // "better than expected in Q3", ", as forecast,": a result measured against an expectation.
      const measured = prev === 'than' || (prev === 'as' && (i - 1 === a || w(ctx, i - 2) === ','));
      // "than expected five months ago": the past is the expectation's, not the outcome's.
      if (measured && (FUTURE.has(t) || FORECASTING.has(t))) comparison = true;
      if (comparison && t === 'ago') continue;
      if (!whether && !measured && (FUTURE.has(t) || t.endsWith("'ll"))) {
        if (heldBefore) past = heldExpectation = true;
        // "it was expected that the lockdown would end": the future of a past expectation is past too.
        else if (!(heldExpectation && IN_THE_PAST.has(t))) fut = true;
      }
      // "are forecast to climb", "has predicted": a forecasting verb looks ahead whatever its tense.
      if (
        !whether &&
        !heldBefore &&
        !measured &&
        FORECASTING.has(t) &&
        (w(ctx, i + 1) === 'to' || PERFECT_AUX.has(prev))
      )
        fut = true;
      if (!whether && !heldBefore && INTENDS.has(t) && w(ctx, i + 1) === 'to') fut = true;
      // "the next policy meeting is on March 19-20": a calendar entry stated as a present fact (a plan).
      if (w(ctx, i + 1) === 'on' && COPULA.has(t) && t !== 'now' && DATED.test(w(ctx, i + 2))) plan = true;
      // "The end construction date is September 15, 2027": a date stated as a present fact is the plan.
      if (COPULA.has(t) && t !== 'now' && MONTH_WORD.test(w(ctx, i + 1)) && /^[0-9]/.test(w(ctx, i + 2))) plan = true;
      if (COPULA.has(t) && t !== 'now' && WEEKDAYS.has(w(ctx, i + 1))) plan = true;
      // ", already at 2019 levels,": an aside on the present state, not the tense of the clause.
      if (HABIT.has(t) || (t === 'already' && prev !== ',')) habit = true;
      if (LISTING.has(t) && listingDate(ctx, i + 1, first === 'which' || first === 'that')) listing = true;
      // "What is not on the Senate agenda for the summer is …": what is on an agenda is the current plan.
      if (t === 'agenda' && (prev === 'on' || w(ctx, i - 2) === 'on' || w(ctx, i - 3) === 'on')) plan = true;
      if (MEETING.has(t) && first !== 'when' && w(ctx, i + 1) === 'on') listing = true;
      const setToLikely = t === 'set' && w(ctx, i + 1) === 'to' && !SCHEDULED_HAPPENINGS.has(w(ctx, i + 2));
      if (setToLikely && !whether) fut = true;
      else if (PLAN.has(t) && (copulaBefore(ctx, i) || (t === 'due' && COPULA.has(w(ctx, i + 2))))) plan = true;
      if (i === lead0 && POINTING.has(t) && (w(ctx, i + 1) === 'the' || w(ctx, i + 1) === 'for')) listing = true;
      const futurePerfect = ['to', 'will', 'would', 'should', 'could', 'may', 'might', 'must'].includes(prev);
      if (futurePerfect) continue;
      if (PERFECT_AUX.has(t) && isPastForm(w(ctx, i + 1).replace(/^(now|also|already|just)$/, ''))) past = true;
      // "has been postponed until March": a move of the date already made states the current plan.
      if (PERFECT_AUX.has(t) && w(ctx, i + 1) === 'been' && DATE_SETTING.has(w(ctx, i + 2))) past = true;
      if (
        PERFECT_AUX.has(t) &&
        ['now', 'also', 'already', 'just', 'since', 'always', 'never', 'recently'].includes(w(ctx, i + 1)) &&
        isPastForm(w(ctx, i + 2))
      )
        past = true;
      if (PAST.has(t) && !NOT_SUBJECT.has(prev)) {
        past = true;
        continue;
      }
      // "inflation, which peaked at 9% in January, …": right after a relative pronoun the verb is finite.
      if ((prev === 'which' || prev === 'who') && isPastForm(t) && !FUTURE_PARTICIPLES.has(t)) {
        past = true;
        continue;
      }
      const pastMove =
        w(ctx, i + 1) === 'to' &&
        /^[0-9$€£]/.test(w(ctx, i + 2)) &&
        isPastForm(t) &&
        !FUTURE_PARTICIPLES.has(t) &&
        !NOT_SUBJECT.has(prev) &&
        !PERFECT_AUX.has(prev);
      // "jumped to 9.4%": a past verb moving to a figure, unlike "expected to rise".
      if (pastMove) past = true;
      if (!isPastForm(t) || NOT_SUBJECT.has(prev) || PERFECT_AUX.has(prev) || w(ctx, i + 1) === 'to') continue;
      if (ctx.toks[i - 1]?.glued && w(ctx, i - 2) === '-') continue;
      // "a materially revamped interface": a participle between an article and its noun is an adjective.
      if (prev.length > 4 && prev.endsWith('ly') && NOT_SUBJECT.has(w(ctx, i - 2))) continue;
      const nextTok = w(ctx, i + 1);
      const finiteExpect = FUTURE_PARTICIPLES.has(t) && (ctx.toks[i - 1]?.upper === true || PRONOUN.has(prev));
      if (PARTICIPLE_DATE.has(nextTok) && !finiteExpect) {
        if (!FUTURE_PARTICIPLES.has(t)) markOwnDate(ctx, mask, i + 1);
        continue;
      }
      // "below what the OBR expected in March": a finite expectation dated right after its verb was held then.
      if (finiteExpect && HELD_ON.has(nextTok) && DATED.test(w(ctx, i + 2))) {
        markOwnDate(ctx, mask, i + 1);
        continue;
      }
      // "economists polled by Reuters in early April": the agent sits between the participle and its date.
      const agentDate = nextTok === 'by' && !FUTURE_PARTICIPLES.has(t) ? datedAfterAgent(ctx, i + 2) : -1;
      if (agentDate >= 0 && !finiteExpect) {
        markOwnDate(ctx, mask, agentDate);
        continue;
      }
      const subject = ctx.toks[i - 1]?.upper === true || PRONOUN.has(prev);
      const finiteMove = DATE_SETTING.has(t) && DETERMINERS.has(nextTok);
      if (FUTURE_PARTICIPLES.has(t) && !subject && !finiteMove) continue;
      if (!ADJECTIVES.has(t) && (takesObject(ctx, i + 1) || (subject && FUTURE_PARTICIPLES.has(t)))) past = true;
    }
    const lead = w(ctx, a) === ',' ? a + 1 : a;
    const existential = w(ctx, lead) === 'there' && ['is', 'are', "'s", 'remain', 'remains'].includes(w(ctx, lead + 1));
    const drop =
      (CONCESSIVE.has(first) && !NOT_UNTIL.test(clauseText(ctx, a, b))) ||
      ((first === 'after' || first === 'since') && w(ctx, lead + 1).endsWith('ing')) ||
      (existential && !fut);
    // "is scheduled to host the Olympics …, and a Super Bowl in 2027": a verbless conjunct shares its clause's verb.
    const before = clauses[clauses.length - 1];
    if (before && w(ctx, a) === 'and' && !fut && !past && !present && verbless(ctx, a + 1, b)) {
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
    if (w(ctx, a) === '(') parenOwner = clauses.length > 0 ? clauses.length - 1 : null;
    // ": Will control of Congress shift?": an open question asserts no outcome.
    if (asks && QUESTION_START.has(headWord(ctx, a))) fut = false;
    const pastOnly = past && !fut && !habit && !listing && !drop;
    // "SpaceX skipped Monday to prepare its attempt for Tuesday": the purpose looks ahead of the past.
    if (pastOnly && purposeAt > 0) clauses.push({ a, b: purposeAt, fut, plan, present: false, drop: true });
    clauses.push({
      a: pastOnly && purposeAt > 0 ? purposeAt : a,
      b,
      fut,
      plan,
      present: present && !fut && !plan && !infinitive && !projectedFigure,
      drop: drop || ((past || habit || listing) && !fut && !(pastOnly && purposeAt > 0)),
      when: first === 'when',
    });
    if (fut && !plan) anyFuture = true;
    a = b;
  }
  markAttributions(ctx, mask);
  // "Proponents are facing an uphill battle when the council takes its next look on Jan. 3": beside a present
  // state and with nothing forecast, a "when" clause dates the state, and a circumstance or condition
  // ("With the midterms looming on 3 November, analysts are focused on one question") is no outcome's date.
  const statesOnly = !anyFuture && clauses.some((c) => c.present);
  for (const c of clauses) {
    const drop = c.drop || (c.plan && !c.fut && !anyFuture) || (statesOnly && c.when);
    if (drop) for (let i = c.a; i < c.b; i++) mask[i] = mask[i] || 1;
    // "The vote is scheduled for March, and we expect it to fail": the plan dates the forecast only when
    // the forecast has no date of its own.
    else if (c.plan && !c.fut) for (let i = c.a; i < c.b; i++) mask[i] = mask[i] || PLAN_ONLY;
    else if (c.present) for (let i = c.a; i < c.b; i++) mask[i] = mask[i] || PRESENT_STATE;
  }
  return { mask, statesOnly };
}
