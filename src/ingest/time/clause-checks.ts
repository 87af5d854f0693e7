/**
 * The word-level checks the clause rules make (clauses.ts, TIME-WINDOWS.md "Not windows"): where a clause ends,
 * whether a word is a past form, a purpose infinitive, a participle's own date, an attribution, a question.
 */
import { w, type Ctx } from './period-core.js';
import { matchAt } from './calendars.js';
import { FORWARD_PARTICIPLES, MONTHS, UN_ADJECTIVES } from './vocab.js';
import { classesAt, wordSet, type Token } from './tokens.js';
import {
  AUX_AFTER_AND,
  COPULA,
  DETERMINERS,
  FORECASTING,
  FUTURE,
  INTENDS,
  NOT_OBJECT,
  NOT_SUBJECT,
  OPENERS,
  PARTICIPLE_DATE,
  PAST,
  PAST_OR_PARTICIPLE,
  PERFECT_AUX,
  PRONOUN,
  RESUMING,
  TAIL_VERBS,
  TERM_NOUNS,
} from './clause-words.js';

export const FUTURE_PARTICIPLES = wordSet([...FORWARD_PARTICIPLES, 'reported', 'stated', 'noted', 'added']);
/** A finite past verb takes an object or a complement ("showed Rotterdam", "pulled imports", "rose 30%"). */
export function takesObject(ctx: Ctx, k: number): boolean {
  return !NOT_OBJECT.at(ctx.toks, k);
}

const REPORTING =
  /^(said|says|say|told|tells|confirmed|confirms|announced|announces|reported|reports|noted|notes|added|adds|believes|thinks|expects|suggested|suggests|warned|warns|indicated|indicates|showed|shows|argued|argues|predicted|predicts|anticipated|anticipates|projected|projects|estimated|estimates|found|finds|concluded|concludes)$/;

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
        ctx.toks[x - 1]?.upper === true ||
        PRONOUN.at(ctx.toks, x - 1) ||
        (x - 2 >= k && ctx.toks[x - 2]?.upper === true) ||
        (pluralSpeaker(ctx, k) && audienceEnds(ctx, x + 1))
      );
  }
  return false;
}

const REPORTING_ING = wordSet(['adding', 'saying', 'noting', 'warning', 'explaining', 'stressing']);

/** ', adding that …' (after a closing quotation mark too: '"very, very soon," adding that …'). */
function reportingOn(ctx: Ctx, k: number): boolean {
  const q = w(ctx, k) === '"' || w(ctx, k) === '”' ? k + 1 : k;
  return REPORTING_ING.at(ctx.toks, q) && w(ctx, q + 1) === 'that';
}

/** ", insiders close to the process informed The Verge.": a plural noun opening the attribution is its speaker. */
function pluralSpeaker(ctx: Ctx, k: number): boolean {
  const t = w(ctx, k);
  return /^[a-z]{3,}[^s']s$/.test(t) && !ctx.toks[k]?.upper && !TAIL_VERBS.has(t);
}

const AUDIENCES = new Set(['reporters', 'investors', 'analysts', 'lawmakers', 'clients', 'staff', 'employees']);

/** What a reporting verb may take before the sentence ends: nothing, a name ("The Verge") or an audience. */
function audienceEnds(ctx: Ctx, k: number): boolean {
  let x = k;
  if (AUDIENCES.has(w(ctx, x))) x++;
  else while (x < k + 4 && ctx.toks[x]?.upper === true) x++;
  const t = w(ctx, x);
  return t === '' || t === '.' || t === '!' || t === '"' || t === '”';
}

/** "was possible", "were aiming": after these a backshifted verb of reported speech still looks ahead. */
export const BACKSHIFT_AHEAD = wordSet([
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
export function reportedAt(ctx: Ctx, a: number): boolean {
  let k = a;
  while (k < a + 3 && w(ctx, k) !== 'that') k++;
  if (w(ctx, k) !== 'that') return false;
  for (let x = k - 1; x >= 0 && x >= k - 20; x--) if (REPORTING.test(w(ctx, x))) return true;
  return false;
}

/** ", instead of …", ", rather than …": the alternative set against the forecast is a phrase of its own. */
function contrastAt(ctx: Ctx, k: number): boolean {
  const t = w(ctx, k);
  return (
    (t === 'instead' && w(ctx, k + 1) === 'of') ||
    (t === 'rather' && w(ctx, k + 1) === 'than') ||
    (t === 'as' && w(ctx, k + 1) === 'opposed' && w(ctx, k + 2) === 'to')
  );
}

/** "expects inflation, which reached 9% in June, to hit 13% in October": the infinitive resumes the main clause. */
function resumingInfinitive(ctx: Ctx, k: number): boolean {
  const v = w(ctx, k + 1);
  return w(ctx, k) === 'to' && /^[a-z]+$/.test(v) && !DETERMINERS.has(v) && !MONTH_WORD.test(v);
}

const GLOSS = /^[A-Z][A-Za-z&]{1,7}$/;

/**
 * "the Center for Global Sustainability (CGS) at …", "partner Novartis (NVS) this year": an abbreviation or a
 * ticker alone in brackets glosses the name before it, so its brackets end no clause.
 */
function glossAt(ctx: Ctx, k: number): boolean {
  const tok = ctx.toks[k];
  if (!tok || w(ctx, k - 1) !== '(' || w(ctx, k + 1) !== ')' || !GLOSS.test(tok.raw)) return false;
  return tok.raw.replace(/[^A-Z]/g, '').length >= 2;
}

const isSpacedDash = (ctx: Ctx, k: number) => w(ctx, k) === '-' && !ctx.toks[k]?.glued && !ctx.toks[k + 1]?.glued;

/**
 * "is set to open on the eve of Sukkot – or around September 23, 2018 – …": a spaced dash opening "or" and another
 * way of writing what stands before it, or the dash closing such an aside (within twelve words), ends no clause: the
 * aside is read with its clause.
 */
function orAside(ctx: Ctx, i: number): boolean {
  if (w(ctx, i + 1) === 'or') {
    for (let k = i + 2; k < i + 14; k++) if (isSpacedDash(ctx, k)) return true;
    return false;
  }
  for (let k = i - 1; k > i - 14 && k >= 0; k--) if (isSpacedDash(ctx, k)) return w(ctx, k + 1) === 'or';
  return false;
}

export function isBoundary(ctx: Ctx, i: number, leadingSub: boolean): boolean {
  const t = w(ctx, i);
  if (t === ':' && ctx.toks[i]?.glued && /^[0-9]/.test(w(ctx, i + 1))) return false;
  if (t === '.' && ABBREVIATED.test(w(ctx, i - 1))) return false;
  if (t === '.' && TITLE_ABBREVIATED.test(w(ctx, i - 1)) && ctx.toks[i - 1]?.upper) return false;
  // "the U.S. economy", "the E.U.": a stop glued to a single letter is an initial, not the end of a clause.
  if (t === '.' && ctx.toks[i]?.glued && /^[a-z]$/.test(w(ctx, i - 1))) return false;
  if ((t === '(' && glossAt(ctx, i + 1)) || (t === ')' && glossAt(ctx, i - 1))) return false;
  if (t === ';' || t === ':' || t === '(' || t === ')' || t === '?' || t === '.' || t === '!') return true;
  if (t === '-' && !ctx.toks[i]?.glued && !ctx.toks[i + 1]?.glued) return !orAside(ctx, i);
  if (t === ',')
    return (
      leadingSub ||
      OPENERS.at(ctx.toks, i + 1) ||
      w(ctx, i + 1) === 'and' ||
      RESUMING.at(ctx.toks, i + 1) ||
      contrastAt(ctx, i + 1) ||
      attributionAt(ctx, i + 1) ||
      resumingInfinitive(ctx, i + 1) ||
      // "…, adding that benchmark results have made the company confident": the speaker's next words, a clause of
      // their own whose tense is theirs.
      reportingOn(ctx, i + 1)
    );
  if (OPENERS.has(t) && i > 0 && w(ctx, i - 1) !== ',') return t !== 'since' && t !== 'after';
  // "told reporters Thursday that …": the reported words are a clause of their own.
  if (t === 'that' && (REPORTING.test(w(ctx, i - 1)) || REPORTING.test(w(ctx, i - 2)) || REPORTING.test(w(ctx, i - 3))))
    return true;
  // "between now and the end of the decade" is one phrase.
  if (t === 'and' && w(ctx, i - 1) === 'now' && w(ctx, i - 2) === 'between') return false;
  return t === 'and' && AUX_AFTER_AND.at(ctx.toks, i + 1) && w(ctx, i - 1) !== ',';
}

export const QUESTION_START = wordSet([
  'will',
  'would',
  'can',
  'could',
  'should',
  'is',
  'are',
  'does',
  'do',
  'did',
  'may',
]);
const LEAD_IN = wordSet([',', ':', ';', '-', 'and', 'but', 'so', 'or']);

/** The first word of a clause after its punctuation and conjunctions. */
export function headWord(ctx: Ctx, a: number): string {
  let k = a;
  while (k < a + 4 && LEAD_IN.at(ctx.toks, k)) k++;
  return w(ctx, k);
}

/** "although international travel may not restart until 2021": a concession that forecasts a date of its own. */
export const NOT_UNTIL =
  /\b((will|would|may|might|could|should) not|won't|wouldn't|will never)\b.* (until|till|before) /;

export function clauseText(ctx: Ctx, a: number, b: number): string {
  let out = '';
  for (let k = a; k < b && k < a + 40; k++) out += ` ${w(ctx, k)}`;
  return out;
}

/** No word of `a`..`b` can be a verb: no auxiliary, no past form, no lower-case word ending in -s. */
export function verbless(ctx: Ctx, a: number, b: number): boolean {
  for (let k = a; k < b; k++) {
    const t = w(ctx, k);
    if (FUTURE.has(t) || COPULA.has(t) || PERFECT_AUX.has(t) || RESUMING.has(t) || isPastForm(ctx.toks, k))
      return false;
    if (!ctx.toks[k]?.upper && t.length > 3 && /[^s]s$/.test(t)) return false;
  }
  return true;
}

/** Words after which "to" + a verb completes them ("decided to", "able to") rather than stating a purpose. */
const COMPLEMENTED = wordSet(['able', 'about', 'going', 'due', 'set', 'likely', 'unlikely', 'used', 'order', 'how']);
const DESTINATIONS = wordSet([
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
const TOWARD_NOUNS = wordSet([
  ...['return', 'shift', 'move', 'switch', 'transition', 'path', 'route', 'road', 'slide', 'drift', 'swing', 'turn'],
  ...['rise', 'fall', 'climb', 'decline', 'jump', 'drop', 'increase', 'cut', 'change', 'pivot', 'upgrade'],
  ...['downgrade', 'boost'],
]);
/** "fell 3% in May to close at $50": an infinitive of the result, which the past clause still states. */
const RESULTS = wordSet(['close', 'end', 'finish', 'settle', 'stand', 'trade', 'reach', 'hit', 'become', 'be', 'have']);

/** A name ("to Blackstone") or a plural noun ("to rivals", "to services"; not "to discuss", "to focus") at `k`. */
export function nounAfterTo(ctx: Ctx, k: number): boolean {
  const tok = ctx.toks[k];
  if (!tok || !LOWER_START.test(tok.t)) return false;
  return (tok.upper && !ctx.toks[k - 1]?.upper) || PLURAL_NOUN.test(tok.t);
}
// Tested after every "to": made once, not at each test.
const LOWER_START = /^[a-z]/;
const PLURAL_NOUN = /^[a-z]{2,}[^su'i]s$/;
const RATINGS = wordSet(['buy', 'sell', 'hold', 'neutral', 'overweight', 'underweight', 'outperform', 'underperform']);
/** A word in "-ing" among the five before `i`. */
function gerundBefore(ctx: Ctx, i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 5; k--) if (/^[a-z]{2,}ing$/.test(w(ctx, k))) return true;
  return false;
}
/** "upgraded the stock to buy": a verb of rating a few words before "to". */
function ratingChange(ctx: Ctx, i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 5; k--) if (/^(up|down)grade[ds]?$/.test(w(ctx, k))) return true;
  return false;
}

/** "skipped Monday to prepare …", "raised $5 billion to fund …": "to" + a verb after an object, a purpose. */
export function purposeInfinitive(ctx: Ctx, i: number): boolean {
  const v = w(ctx, i + 1);
  const prev = w(ctx, i - 1);
  if (w(ctx, i) !== 'to' || !/^[a-z]+$/.test(v) || DETERMINERS.has(v) || MONTH_WORD.test(v) || RESULTS.has(v))
    return false;
  // "pushed the landing to mid-2028", "moved the vote to next week": a destination, not a verb; so is a word only a
  // noun ends so ("a return to profitability"; "-ness" is no such ending: "to harness", "to witness"), and what "to"
  // joins to a determiner's noun of movement ("announced a return to growth"), whatever its ending ("hired a firm to
  // build" is still a purpose).
  if (DESTINATIONS.has(v) || w(ctx, i + 2) === '-' || /ity$/.test(v)) return false;
  // "lost share to rivals", "sold the unit to Blackstone", "upgraded the stock to buy": a plural noun, a name or a
  // rating after "to" is where the thing went, not a verb; after a gerund ("its goal of delivering 720 planes to
  // airlines by year-end") the phrase is the gerund's, which may look ahead.
  if ((nounAfterTo(ctx, i + 1) || (RATINGS.has(v) && ratingChange(ctx, i))) && !gerundBefore(ctx, i)) return false;
  if (TOWARD_NOUNS.has(prev) && DETERMINERS.at(ctx.toks, i - 2)) return false;
  if (!/^[a-z0-9$%]/.test(prev) || isPastForm(ctx.toks, i - 1) || COMPLEMENTED.has(prev) || NOT_SUBJECT.has(prev))
    return false;
  if (REPORTING.test(prev)) return false;
  return !FUTURE.has(prev) && !FORECASTING.has(prev) && !INTENDS.has(prev) && !PAST.has(prev);
}

const ATTRIBUTION_END = wordSet([',', ';', '.', ':', '(', ')', '?', '!']);

/**
 * "according to minutes of the Fed's June 23-24 meeting", "according to projections released Wednesday": the
 * source of a forecast is named there, with its own dates, which do not bound the outcome.
 */
export function markAttributions(ctx: Ctx, mask: Uint8Array): void {
  for (let i = 0; i + 1 < mask.length; i++) {
    if (w(ctx, i) !== 'according' || w(ctx, i + 1) !== 'to') continue;
    let k = i + 2;
    while (k < mask.length && !ATTRIBUTION_END.at(ctx.toks, k)) mask[k++] = 2;
    i = k;
  }
}

/** A listing verb is followed by its date: "expire Sept. 6", "opens on January 1", "kicks in". */
export function listingDate(ctx: Ctx, k: number, relative: boolean): boolean {
  const t = w(ctx, k);
  // "the yield ends 2027 above 4.5%" closes a year (a forecast), it lists no day.
  if (/^[0-9]{4}$/.test(t) && (w(ctx, k - 1) === 'ends' || w(ctx, k - 1) === 'closes')) return false;
  // "the second quarter, which ends this week": a relative clause stating where a period stands.
  if (relative && (t === 'this' || t === 'next')) return true;
  // "starts on schedule", "opens on time": "on" before a word that names no day lists no date.
  if (t === 'on') return !UNDATED_AFTER_ON.at(ctx.toks, k + 1);
  return (t === 'in' && w(ctx, k - 1) === 'kicks') || /^[0-9]/.test(t) || MONTH_WORD.test(t);
}

/** Words after "on" that say how, not when ("on schedule", "on time", "on track"). */
const UNDATED_AFTER_ON = wordSet(['schedule', 'time', 'track', 'target', 'budget', 'course', 'pace', 'plan', 'cue']);

const MATURITY_VERBS = wordSet(['mature', 'matures', 'maturing', 'matured']);
const MATURITY_PREPOSITIONS = wordSet(['in', 'by', 'through', 'between', 'over', 'during', 'before']);

/**
 * "office loans mature by the end of 2027", "$957 billion will mature in 2025", "loans maturing in 2025 will
 * default": the date after a maturity verb is the debt's schedule (a calendar), not when a forecast outcome falls.
 */
export function maturityDate(ctx: Ctx, i: number): boolean {
  const t = w(ctx, i);
  return t.startsWith('matur') && MATURITY_VERBS.has(t) && MATURITY_PREPOSITIONS.at(ctx.toks, i + 1);
}

const OWING = wordSet(['owe', 'owes']);
const DUE_BY = wordSet(['in', 'on', 'by', 'until', 'till', 'before']);
const NOT_FINITE_BEFORE = wordSet(['will', 'would', 'could', 'may', 'might', 'to', 'should', "'ll"]);

/**
 * "frontier governments owe about $38 billion of principal in 2027", "the next coupon is not due until March", "a
 * patent expiration in April": what is owed, when it falls due and when a term ends, stated in the present, is a
 * schedule (as a maturity is); the token of the date's preposition, or -1. "will owe" and "is due to rise" are none.
 */
export function dueDate(ctx: Ctx, i: number): number {
  const t = w(ctx, i);
  // "Combigan is facing a key patent expiration in April": a term's end named as a noun is its schedule too.
  if (t === 'expiration' || t === 'expiry') return DUE_BY.at(ctx.toks, i + 1) ? i + 1 : -1;
  if (t === 'due') {
    const aux = w(ctx, i - 1) === 'not' ? w(ctx, i - 2) : w(ctx, i - 1);
    return COPULAS.has(aux) && DUE_BY.at(ctx.toks, i + 1) ? i + 1 : -1;
  }
  if (!OWING.has(t) || NOT_FINITE_BEFORE.at(ctx.toks, i - 1)) return -1;
  for (let k = i + 1; k < i + 10; k++) {
    const x = w(ctx, k);
    if (x === '' || x === ',' || x === ';' || x === '.' || x === ':') return -1;
    if (MATURITY_PREPOSITIONS.has(x)) return k;
  }
  return -1;
}

const TERM_VERBS = wordSet(['runs', 'run', 'ends', 'end', 'expires', 'expire', 'lapses', 'lapse', 'lasts', 'last']);
// "Three big contracts expire this summer": a relative period names when the term ends, as a date does.
const TERM_PREPOSITIONS = wordSet([
  ...MATURITY_PREPOSITIONS,
  'until',
  'till',
  'on',
  'at',
  'to',
  'from',
  'this',
  'next',
]);
const COPULAS = wordSet(['is', 'are']);
// Periods whose run a sentence may define ("Hurricane season is from June 1 to Nov. 30"), as a term's is.
const DEFINED_PERIODS = wordSet(['season', 'seasons', 'months']);
/** Words before a term's own clause that point a deadline or a period at it, so its date bounds the outcome. */
const POINTING = wordSet(['before', 'until', 'till', 'through', 'when', 'during', 'throughout', 'over']);

/** "Hurricane season is from June 1 to Nov. 30", "Peak months are August through October": a period defined. */
export function definedPeriod(ctx: Ctx, i: number): boolean {
  return COPULAS.at(ctx.toks, i) && (w(ctx, i + 1) === 'from' || MONTH_WORD.test(w(ctx, i + 1))) && termDate(ctx, i);
}

/**
 * "The chief's contract runs through June 2028": the date a contract or term runs to, stated as its own
 * clause, is its schedule (a calendar, as a maturity is), not when a forecast outcome falls. After "before" or
 * "until" ("no strike before the contract expires in 2030"), or in a relative clause that a deadline points at
 * ("hold through Powell's term, which ends in May"), it dates the outcome.
 */
export function termDate(ctx: Ctx, i: number): boolean {
  const copula = COPULAS.at(ctx.toks, i) && (w(ctx, i + 1) === 'from' || MONTH_WORD.test(w(ctx, i + 1)));
  // "The 150-day clock on the Section 122 tariffs runs out on July 23": "runs out" is a term's end, as "expires" is.
  const p = w(ctx, i + 1) === 'out' && (w(ctx, i) === 'runs' || w(ctx, i) === 'run') ? i + 2 : i + 1;
  if (!copula && !TERM_VERBS.at(ctx.toks, i)) return false;
  const k0 = w(ctx, i - 1) === 'still' || w(ctx, i - 1) === 'now' ? i - 2 : i - 1;
  const fiscal = fiscalYearAt(ctx, k0);
  // "The fiscal year runs April to March": a fiscal year's months may follow its verb with no preposition.
  if (!copula && !TERM_PREPOSITIONS.at(ctx.toks, p) && !(fiscal && MONTH_WORD.test(w(ctx, p)))) return false;
  const k =
    fiscal || TERM_NOUNS.at(ctx.toks, k0) || DEFINED_PERIODS.at(ctx.toks, k0) ? k0 : termBeforeItsParties(ctx, k0);
  if (k < 0) return false;
  for (let x = k - 1; x >= 0 && x >= k - 4; x--) {
    const t = w(ctx, x);
    if (POINTING.has(t)) return false;
    if (t === ',' || t === ';' || t === '.') break;
  }
  return true;
}

/**
 * "its fiscal year", "the financial year", "Its FY2026": a fiscal year ending at `k`, whose end or run stated in the
 * present ("Micron, whose fiscal year ends in late August, …") defines its months, never an outcome's date.
 */
export function fiscalYearAt(ctx: Ctx, k: number): boolean {
  const t = w(ctx, k);
  if (/^fy[0-9]{2,4}$/.test(t)) return true;
  const before = w(ctx, k - 1);
  return (t === 'year' || /^(?:19|20)[0-9]{2}$/.test(t)) && (before === 'fiscal' || before === 'financial');
}

// Prepositions that name a term's parties or object ("the contract with the Detroit Three", "the ban on Russian oil").
const TERM_OF = wordSet(['with', 'between', 'on', 'for', 'of', 'over']);

/**
 * "the UAW contract with the Detroit Three runs to April 2028": the term noun before a phrase of its parties or
 * object (up to six words, no stop), which the verb at `k + 1` follows; -1 when there is none.
 */
function termBeforeItsParties(ctx: Ctx, k: number): number {
  for (let x = k; x >= 1 && x > k - 6; x--) {
    const t = w(ctx, x);
    if (t === ',' || t === ';' || t === '.' || t === ':' || POINTING.has(t)) return -1;
    if (TERM_OF.has(t)) return TERM_NOUNS.at(ctx.toks, x - 1) ? x - 1 : -1;
  }
  return -1;
}

const ABBREVIATED =
  /^(jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|st|mr|mrs|ms|dr|inc|corp|co|ltd|vs|no|jr|sr|u\.s|u\.k)$/;
// Titles before a name ("Rep. Mike Levin"): abbreviations only when capitalised, as in text/sentences.ts.
const TITLE_ABBREVIATED = /^(rep|reps|sen|sens|gov|gen|lt|col|sgt|capt|prof|pres|rev|hon|amb)$/;
export const MONTH_WORD = /^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/;

/**
 * A participle's own date, from its preposition: "between" and "to" ("Labor's term runs to 2028") are no triggers,
 * so the date after them is marked as well.
 */
export function markOwnDate(ctx: Ctx, mask: Uint8Array, k: number): void {
  mask[k] = 2;
  if ((w(ctx, k) === 'between' || w(ctx, k) === 'to') && k + 1 < mask.length) mask[k + 1] = 2;
  // "occurred in June and July": a month joined to the date with no preposition of its own shares it, when it closes
  // the phrase ("and June should see a decline" opens a clause of its own, as ", and June …" does).
  let x = k + 1;
  while (x < k + 5 && (MONTHS.has(w(ctx, x)) || /^(?:[0-9]+|\.)$/.test(w(ctx, x)))) x++;
  const joined = x + 1;
  if (x === k + 1 || !/^(and|or)$/.test(w(ctx, x)) || !MONTHS.has(w(ctx, joined)) || !ctx.toks[joined]?.upper) return;
  let after = joined + 1;
  while (/^[0-9]+$/.test(w(ctx, after)) || (w(ctx, after) === ',' && /^[0-9]{4}$/.test(w(ctx, after + 1)))) after++;
  if (JOINED_MONTH_END.test(w(ctx, after))) mask[joined] = mask[joined] || 2;
}
const JOINED_MONTH_END = /^(?:|[.,;:!?)]|—|–|-|in|on|at|for|of|from|to|by|with|during|after|before|and|or)$/;

export const FORECAST_FIGURE = wordSet(['expected', 'projected', 'forecast', 'anticipated', 'estimated', 'predicted']);
export const FIGURE_OF = wordSet(['average', 'median', 'consensus']);
export const HELD_ON = wordSet(['in', 'on', 'at', 'during']);

const AGENT_STOP = wordSet([',', ';', '.', ':', '(', ')', '-', 'and', 'but', 'to', 'will', 'would', 'is', 'are']);

/**
 * "polled by the National Association of Business Economists in early April": after a participle's "by", an
 * agent (a name or a noun phrase, not a date) and then the participle's own date; the date's token, or -1.
 */
export function datedAfterAgent(ctx: Ctx, k: number): number {
  const head = w(ctx, k) === 'the' || w(ctx, k) === 'a' || w(ctx, k) === 'an' ? k + 1 : k;
  if (DATED.test(w(ctx, head)) || !/^[a-z]/.test(w(ctx, head)) || w(ctx, head) === 'end') return -1;
  for (let x = head + 1; x < k + 10; x++) {
    const u = w(ctx, x);
    if (u === '' || AGENT_STOP.has(u)) return -1;
    const v = w(ctx, x + 1);
    if (PARTICIPLE_DATE.has(u) && DATED.test(v === 'early' || v === 'mid' || v === 'late' ? w(ctx, x + 2) : v))
      return x;
    // "odds released by William Hill this week": a date counted back from the issue is the participle's too.
    if (u === 'yesterday' || ((u === 'this' || u === 'last') && AGENT_DATE_UNITS.has(v))) return x;
  }
  return -1;
}
const AGENT_DATE_UNITS = wordSet(['week', 'weekend', 'month', 'morning', 'afternoon']);

export function copulaBefore(ctx: Ctx, i: number): boolean {
  for (let k = i - 1; k >= i - 4 && k >= 0; k--) if (COPULA.at(ctx.toks, k)) return true;
  return false;
}

export const DATED = /^([0-9]|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)/;

/** Present-tense verbs that can follow a noun phrase opened by a participle ("deals announced there signal …"). */
const PRESENT_PREDICATES = wordSet([
  'top',
  'tops',
  'signal',
  'signals',
  'mean',
  'means',
  'point',
  'points',
  'suggest',
  'suggests',
  'exceed',
  'exceeds',
  'reach',
  'reaches',
  'fall',
  'falls',
  'rise',
  'rises',
  'climb',
  'climbs',
  'drop',
  'drops',
  'remain',
  'remains',
  'stay',
  'stays',
  'outpace',
  'outpaces',
  'surpass',
  'surpasses',
  'grow',
  'grows',
  'keep',
  'keeps',
  'hold',
  'holds',
  'slip',
  'slips',
  'ease',
  'eases',
  'gain',
  'gains',
  'decline',
  'declines',
  'recover',
  'recovers',
  'rebound',
  'rebounds',
  // "Global observed inventories build by 1.5 million b/d in Q3": more verbs of movement, as stocks and gaps move.
  ...['build', 'builds', 'draw', 'draws', 'shrink', 'shrinks', 'swell', 'swells', 'widen', 'widens', 'narrow'],
  ...['narrows', 'double', 'doubles', 'jump', 'jumps', 'slide', 'slides', 'soar', 'soars', 'sink', 'sinks'],
]);

/**
 * "Challenger announced job cuts top 1 million", "deals announced there signal a rebound by Q4": a participle
 * followed, within a few plain words, by a present-tense verb opens the subject (or a reported clause); it
 * does not make the clause past.
 */
export function predicateFollows(ctx: Ctx, i: number, b: number): boolean {
  // "the banks surveyed believe in a cut in March", "economists polled expect …": a participle right after a plural
  // noun and right before a verb of belief is that noun's modifier, as "announced there" is.
  const noun = w(ctx, i - 1);
  if (POLLED_VIEW.at(ctx.toks, i + 1) && /^[a-z]{3,}s$/.test(noun) && !/ss$/.test(noun) && !SAYING_LIKE.has(noun))
    return i + 1 < b;
  for (let k = i + 1; k < b && k <= i + 5; k++) {
    const t = w(ctx, k);
    if (PRESENT_PREDICATES.has(t)) return k > i + 1;
    if (!/^[a-z][a-z'-]*$/.test(t) || CLAUSE_LINKS.has(t)) return false;
  }
  return false;
}
/** What a polled group holds ("the economists polled expect …"). */
const POLLED_VIEW = wordSet(['believe', 'expect', 'see', 'think', 'predict', 'forecast', 'anticipate']);
const SAYING_LIKE = wordSet(['was', 'has', 'is', 'its', 'this', 'thus', 'us', 'as']);
const REPORTED_PRESENT = wordSet(['is', 'are', 'will', 'expect', 'expects', 'see', 'sees']);
const FINDINGS = wordSet(['found', 'showed', 'shows', 'revealed', 'indicated', 'concluded', 'said', 'reported']);

/**
 * "The survey found 49% of brokers are optimistic …": after a verb reporting a finding, a present-tense verb a
 * few words on (figures and "of" allowed) opens the reported clause, which is not the past.
 */
export function reportsPresent(ctx: Ctx, i: number, b: number): boolean {
  if (!FINDINGS.at(ctx.toks, i)) return false;
  for (let k = i + 1; k < b && k <= i + 8; k++) {
    const t = w(ctx, k);
    // "showed trimmed-mean inflation at 2.6%": a word closing a hyphenated compound is no verb.
    if (ctx.toks[k]?.glued && w(ctx, k - 1) === '-') continue;
    if (PRESENT_PREDICATES.has(t) || REPORTED_PRESENT.has(t)) return k > i + 1;
    if (t === ',' || t === ';' || t === '.' || t === 'that') return false;
  }
  return false;
}

const CLAUSE_LINKS = wordSet([
  'and',
  'but',
  'or',
  'that',
  'which',
  'who',
  'to',
  'as',
  'in',
  'on',
  'at',
  'by',
  'for',
  'of',
  'from',
  'with',
]);

/** Words ending in "-ed" that are no verb's past form ("Indeed postings fall …", "exceed", "a hundred"). */
const NOT_PAST_ED = wordSet([
  'indeed',
  'exceed',
  'succeed',
  'proceed',
  'speed',
  'breed',
  'bleed',
  'greed',
  'creed',
  'steed',
  'hundred',
  'kindred',
  'sacred',
  'naked',
  'wicked',
  'rugged',
  'ragged',
  'wretched',
]);

/** Whether token `i` of `toks` is a verb's past form (or its participle), read from its word-class bits. */
export function isPastForm(toks: readonly Token[], i: number): boolean {
  const cls = classesAt(toks, i);
  if (UN_ADJECTIVES.in(cls) || NOT_PAST_ED.in(cls)) return false;
  if (PAST.in(cls) || PAST_OR_PARTICIPLE.in(cls)) return true;
  const t = i >= 0 && i < toks.length ? (toks[i] as Token).t : '';
  return t.length > 4 && t.endsWith('ed');
}

// A date that looks back from the issue: "last week", "yesterday".
const LAST_UNITS = wordSet(['week', 'weekend', 'month', 'year', 'night', 'quarter', 'season', 'spring', 'summer']);
// What may follow such a date in the simple past: the clause's end or a phrase of its own, no verb of the name's.
// "and", "but", "as" and "that" open a clause of their own ("wrapped last week and Android 17 ships by September"),
// which the past does not cover.
const AFTER_PAST_DATE = wordSet(['.', ',', ';', '!', 'with', 'in', 'at', 'on', 'after', 'for']);

/**
 * "Google I/O wrapped last week with the usual pile of announcements", "The Olympics closed yesterday": a past form
 * right after its name and dated back from the issue is the simple past, its subject the event that was held; a
 * verb after the date ("The Beige Book released last week shows …") keeps the participle.
 */
export function namedPastDatedBack(ctx: Ctx, i: number, b: number): boolean {
  if (ctx.toks[i - 1]?.upper !== true || ctx.toks[i]?.upper === true || !/ed$/.test(w(ctx, i))) return false;
  // "kicked off last week", "wrapped up yesterday": the verb's particle comes first.
  const d = ['off', 'up', 'out'].includes(w(ctx, i + 1)) ? i + 2 : i + 1;
  const after = w(ctx, d) === 'yesterday' ? d + 1 : w(ctx, d) === 'last' && LAST_UNITS.at(ctx.toks, d + 1) ? d + 2 : -1;
  if (!(after > 0 && (after >= b || AFTER_PAST_DATE.at(ctx.toks, after)))) return false;
  // The rule keeps an event of the calendars from giving its next occurrence: "Treasury warned last week in a letter
  // that the X-date arrives by August" has no event for a subject, and its reported clause is the forecast.
  for (let k = i - 1; k >= 0 && k >= i - 6; k--) if (matchAt(ctx.cal.events, ctx.toks, k)?.next === i) return true;
  return false;
}
