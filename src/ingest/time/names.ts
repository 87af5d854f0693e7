/**
 * Dates that do not bound the outcome even in a forward-looking clause (TIME-WINDOWS.md, rule 7 and
 * "Not windows"): names ("the Q3 figures", "a 2027 forecast", "2026 output", "the September jobs report"),
 * rejected or withdrawn alternatives ("rather than the originally planned 2027", "in 2029, not 2028",
 * "autumn is off the table", "scrapped its plan to list in 2027", "won't ship in June as planned"), dated
 * subjects ("the next halving in 2028 will …"), comparisons ("later in 2015 than stated") and spans counted
 * backward ("the biggest in five years", "the third cut in six months").
 */
import { w, type Ctx } from './period-core.js';
import { MODALS } from './modal-words.js';
import { OCCASION_NOUNS, phrasalStartAt } from './clause-words.js';
import { dateQualifiesNoun, dayBeforeDateNoun, yearAfterTrigger, yearNamesUndatedEvent } from './dated-nouns.js';

const NAME_NOUNS = new Set([
  'figures',
  'figure',
  'numbers',
  'results',
  'report',
  'reports',
  'forecast',
  'forecasts',
  'outlook',
  'guidance',
  'estimate',
  'estimates',
  'projection',
  'projections',
  'output',
  'print',
  'reading',
  'poll',
  'polls',
  'survey',
  'minutes',
  'filing',
  'plans',
  'model',
  'halving',
  'earnings',
  'tally',
  'data',
  'receipts',
  'statement',
  'election',
  'expectations',
  'payrolls',
  'regulations',
  'rules',
  'organizers',
  'organisers',
  'officials',
  'tickets',
  'venue',
  'venues',
  'stadiums',
  'sponsors',
  'elections',
  'referendum',
  'summit',
  'call',
  'date',
  'dates',
  'list',
  'lists',
  'ballot',
  'primaries',
  'qualifier',
  'qualifiers',
  'exports',
  'imports',
  'shipments',
  'volumes',
  'delivery',
  'deliveries',
]);
const NAME_AFTER_FOR = new Set([
  'forecasts',
  'guidance',
  'outlook',
  'estimates',
  'projections',
  'period',
  'target',
  'targets',
  'goal',
  'goals',
]);
const ARTICLE = new Set(['a', 'an', 'the', 'its', 'their', 'our', 'his', 'her']);
const DATA_FOR = new Set(['data', 'report', 'reports', 'figures', 'numbers', 'print', 'release', 'reading']);
const TARGET_NOUNS = new Set(['target', 'targets', 'goal', 'goals']);

/** "forecasts for 2027", "a forecast for the three months" (a noun; not "an 8% slide forecast for H2"). */
function forecastNoun(ctx: Ctx, k: number): boolean {
  const t = w(ctx, k);
  if (NAME_AFTER_FOR.has(t)) return true;
  return t === 'forecast' && (ARTICLE.has(w(ctx, k - 1)) || ARTICLE.has(w(ctx, k - 2)));
}
const SETTING_VERBS = new Set(
  ['raise', 'lift', 'cut', 'lower', 'set', 'increase', 'reduce', 'trim', 'put'].flatMap((v) => [v, `${v}s`]),
);
const GUIDING = new Set(['guides', 'guide', 'guided']);

/**
 * "For FY3/27 the company guides operating profit of 3.2 trillion yen": a sentence opened by "for" + a period before
 * a verb of guiding names the guide's period (guidance "for" a period names the figure, as "raises its guidance for
 * 2027" does); "For fiscal 2026, BHP projects …" and "Microsoft guides capex flat-to-down in FY27" still date.
 */
function frontedGuideFor(ctx: Ctx, at: number, i1: number): boolean {
  if (at > 0 && !/^[.:;—–]$/.test(w(ctx, at - 1))) return false;
  let k = w(ctx, i1) === ',' ? i1 + 1 : i1;
  for (const end = k + 5; k < end && !/^[,;:.]$/.test(w(ctx, k)); k++) if (GUIDING.has(w(ctx, k))) return true;
  return false;
}

/**
 * "raises the cap by at least $15 million for 2028": after a verb that sets a figure and its object, "for" + a date
 * names the figure set (as "raises its guidance for 2027" does), not when it is set; "Revenue rises 5% for 2027" has
 * no object and stays the period.
 */
function figureSetFor(ctx: Ctx, at: number): boolean {
  for (let k = at - 1; k >= 0 && k >= at - 9; k--) {
    const t = w(ctx, k);
    if (/^[,;:]$/.test(t) || t === 'and' || t === 'to') return false;
    if (SETTING_VERBS.has(t)) return ARTICLE.has(w(ctx, k + 1)) && w(ctx, k + 2) !== 'for';
  }
  return false;
}
/** Words of a span between "for" and the date that starts it: "a forecast for the three months from July". */
const SPAN_WORDS =
  /^(the|next|coming|[0-9]+|one|two|three|four|five|six|nine|twelve|days?|weeks?|months?|quarters?|years?)$/;

/** "In a forecast for the three months from July": the span a forecast covers names the forecast. */
function forecastSpan(ctx: Ctx, i0: number): boolean {
  for (let k = i0 - 1; k >= 0 && k >= i0 - 5; k--) {
    const t = w(ctx, k);
    if (t === 'for') return forecastNoun(ctx, k - 1);
    if (!SPAN_WORDS.test(t)) return false;
  }
  return false;
}
const ONCE_PLANNED = /^(set|planned|scheduled|slated|targeted|expected|due|penciled|pencilled|projected|touted)$/;
const REJECTING_BEFORE = new Set(['rather', 'instead', 'originally', 'previously', 'initially', 'formerly', 'earlier']);
const CONSEQUENCE_VERBS = new Set(['means', 'mean', 'will', 'would', 'should', 'could', 'may', 'might', 'must']);
/** After "earlier": a time it dates ("earlier this week"), or a saying that still stands ("earlier said it expects"). */
const SPAN_UNIT = /^(days?|weeks?|months?|quarters?|years?|decades?)$/;
const EARLIER_TIME = new Set(['this', 'today', 'tonight', 'yesterday', 'last', 'in', 'on', 'that', 'the']);
const EARLIER_SAYING =
  /^(said|says|announced|signalled|signaled|flagged|indicated|told|noted|confirmed|reiterated|guided|warned|stated)$/;
const BACKSHIFTED = new Set(['would', 'was', 'were', 'had', "wouldn't"]);

/**
 * "earlier than the market thinks" compares, "Powell earlier this week signalled …" dates the saying, and "The company
 * earlier said it expects …" reports a view still held (not "… said it would …", a plan since replaced): none of them
 * gives up a date, as "the earlier target of March" does.
 */
function earlierDatesOrCompares(ctx: Ctx, k: number): boolean {
  const next = w(ctx, k + 1);
  if (next === 'than' || EARLIER_TIME.has(next)) return true;
  // "rise 8% from a year earlier by Christmas": a span before "earlier" sets the comparison point, no given-up plan.
  if (SPAN_UNIT.test(w(ctx, k - 1))) return true;
  if (!EARLIER_SAYING.test(next)) return false;
  for (let x = k + 2; x < ctx.toks.length && x < k + 12; x++) if (BACKSHIFTED.has(w(ctx, x))) return false;
  return true;
}
const REJECTED_AFTER = [
  'off the table',
  'is out',
  'is off',
  'has been abandoned',
  'was abandoned',
  'was withdrawn',
  'has been withdrawn',
  'was scrapped',
  'was dropped',
  'has been dropped',
  'is now off',
  'are now off',
  'is no longer',
  'are no longer',
  'fell through',
  'falls through',
  'has fallen through',
  'collapsed',
];
const RULE_OUT = /^rul(e|es|ed|ing)$/;
const COMPARED_IN = new Set(['in', 'during', 'at', 'on', 'over']);
const ROLLING = new Set(['next', 'coming', 'following', 'upcoming']);
const COMPARATIVE = new Set(['later', 'earlier', 'sooner']);
const RECORD_AS_VERB = new Set(['to', 'will', 'would', 'could', 'may', 'might', 'should', 'can']);
const SUPERLATIVE = new Set([
  'first',
  'second',
  'third',
  'fourth',
  'record',
  'most',
  'highest',
  'longest',
  'shortest',
  'deepest',
  'sharpest',
  'steepest',
  'greatest',
  'hottest',
  'coldest',
  'busiest',
  'weakest',
  'lowest',
  'biggest',
  'largest',
  'smallest',
  'best',
  'worst',
  'fastest',
  'slowest',
  'strongest',
  'weakest',
]);

const LIKELIHOOD = new Set(['likely', 'probable', 'probably', 'unlikely']);

const REJECTED_WORDS = REJECTED_AFTER.map((p) => p.split(' '));
const PLANNED = new Set([
  'planned',
  'scheduled',
  'slated',
  'expected',
  'targeted',
  'set',
  'due',
  'penciled',
  'pencilled',
]);
const POSTPONING =
  /^(postpone[sd]?|postponing|delay(s|ed|ing)?|push(es|ed|ing)?|defer(s|red|ring)?|slip(s|ped|ping)?|mov(e|es|ed|ing)|shift(s|ed|ing)?|reschedul(e|es|ed|ing)|slid(e|es|ing)?)$/;
const TO_LATER = new Set(['to', 'into', 'until', 'till', 'back']);

/**
 * "the chips planned for early 2017 will be moving back to late 2017", "delayed from Feb. 7 to March": the
 * plan a postponement replaces is a given-up alternative, like "rather than the originally planned March".
 */
function replacedPlan(ctx: Ctx, i0: number, i1: number): boolean {
  const t = w(ctx, i0);
  if (t === 'from') {
    if (POSTPONING.test(w(ctx, i0 - 1)) || POSTPONING.test(w(ctx, i0 - 2))) return true;
    // "pushing its target for volume production from 2026 to either 2027 or 2028": the verb may stand further back.
    if (w(ctx, i1) !== 'to') return false;
    for (let k = i0 - 3; k >= 0 && k >= i0 - 8; k--) {
      const u = w(ctx, k);
      if (u === ',' || u === ';' || u === '.') return false;
      if (POSTPONING.test(u)) return true;
    }
    return false;
  }
  if (!((t === 'for' || t === 'in') && PLANNED.has(w(ctx, i0 - 1)))) return false;
  for (let k = i1; k < i1 + 8; k++) {
    const u = w(ctx, k);
    if (u === '' || u === '.' || u === ';') return false;
    if (POSTPONING.test(u) && (TO_LATER.has(w(ctx, k + 1)) || TO_LATER.has(w(ctx, k + 2)))) return true;
  }
  return false;
}

/** Verbs that give up a plan: the dates of the plan they govern ("scrapped its plan to list in 2027") count for nothing. */
const WITHDRAWING =
  /^(scrap(s|ped|ping)?|withdr(aw|aws|ew|awn|awing)|abandon(s|ed|ing)?|shelve[sd]?|shelving|cancel(s|ed|led|ing|ling)?|ditch(es|ed|ing)?|drop(s|ped|ping)?|axe[sd]?|axing|rescind(s|ed|ing)?|retract(s|ed|ing)?)$/;
const PREVIOUS = new Set(['previous', 'prior', 'earlier']);
const HELD_VIEWS = new Set([
  ...['estimate', 'estimates', 'expectation', 'expectations', 'forecast', 'forecasts', 'projection', 'projections'],
  ...['plan', 'plans', 'predictions', 'guidance'],
]);
// Verbs that revise or drop a view: "cut / lowered / revised / abandoned previous estimates that …"; a view held
// ("stuck to / reiterated / confirms its previous forecast that …") keeps its dates.
const REVISING =
  /^(cut|cuts|cutting|lower(s|ed|ing)?|rais(e|es|ed|ing)|revis(e|es|ed|ing)|abandon(s|ed|ing)?|scrap(s|ped|ping)?|drop(s|ped|ping)?|ditch(es|ed|ing)?|walk(s|ed|ing)|withdr(aw|aws|ew|awn|awing)|replac(e|es|ed|ing)|trim(s|med|ming)?|slash(es|ed|ing)?|shelve[sd]?|revers(e|es|ed|ing)|overturn(s|ed|ing)?|rescind(s|ed|ing)?|retract(s|ed|ing)?|reject(s|ed|ing)?|upend(s|ed|ing)?|downgrad(e|es|ed|ing)|upgrad(e|es|ed|ing)|below|above|beat|beats|beating|exceed(s|ed|ing)?|from|than|contrary|contradict(s|ed|ing)?|unlike)$/;

const HOLDING =
  /^(confirm|match|back|support|reinforce|echo|validate|vindicate|bear|stuck|stick|stand|stood|reiterat|reaffirm|maintain|kept|keep|repeat)/;

/**
 * Whether the view at `k` ("previous estimates that …") is given up: a verb of revising or dropping among the three
 * words before it ("lowered its previous estimates", "later than"); with neither that nor a verb of holding it
 * ("stuck to", "confirms"), a view reported in the past tense ("… that the model would be released this summer").
 */
function viewGivenUp(ctx: Ctx, k: number): boolean {
  for (let j = k - 1; j >= k - 3 && j >= 0; j--) {
    const t = w(ctx, j);
    if (REVISING.test(t)) return true;
    if (HOLDING.test(t) || t === 'line') return false;
  }
  for (let j = k + 3; j < k + 12; j++) {
    const t = w(ctx, j);
    if (t === 'would') return true;
    if (t === '' || t === ',' || t === '.' || t === ';') return false;
  }
  return false;
}
const PLAN_NOUNS = new Set([
  'plan',
  'plans',
  'schedule',
  'timeline',
  'date',
  'targets',
  'estimate',
  'expectation',
  'proposal',
  'proposals',
  'bid',
  'idea',
  'target',
  'goal',
  'offer',
  'intention',
]);
const CLAUSE_EDGE = new Set([',', ';', '.', ':', 'and', 'but', 'will', 'now', 'instead', 'then', '']);

// "won't drop to its target until mid-2025": a withdrawing verb before a preposition moves a level, it drops no plan.
const MOVED_TO = new Set(['to', 'into', 'below', 'above', 'under', 'toward', 'towards', 'back', 'by']);

function withdrawnPlan(ctx: Ctx, i0: number): boolean {
  let plan = false;
  for (let k = i0 - 1; k >= 0 && k >= i0 - 12; k--) {
    const t = w(ctx, k);
    if (CLAUSE_EDGE.has(t)) return false;
    if (PLAN_NOUNS.has(t)) plan = true;
    if (WITHDRAWING.test(t)) return plan && !MOVED_TO.has(w(ctx, k + 1));
  }
  return false;
}

/** "won't ship the system in June as planned": a plan denied in its own clause is an alternative given up. */
function deniedPlan(ctx: Ctx, i0: number, i1: number): boolean {
  const as = w(ctx, i1) === 'as' ? i1 + 1 : -1;
  if (as < 0) return false;
  const how = w(ctx, as) === 'originally' || w(ctx, as) === 'previously' ? w(ctx, as + 1) : w(ctx, as);
  if (!['planned', 'scheduled', 'promised', 'intended', 'hoped'].includes(how)) return false;
  for (let k = i0 - 1; k >= 0 && k >= i0 - 10; k--) {
    const t = w(ctx, k);
    if (t === ',' || t === ';' || t === '.') return false;
    if (t === 'not' || t === 'never' || t.endsWith("n't") || t === 'wont') return true;
  }
  return false;
}

/** Events whose own result is what a forecast about them asserts ("the election in November will be close"). */
const DECIDING_EVENTS = new Set(['election', 'elections', 'referendum', 'summit', 'poll', 'polls', 'vote']);

/** "The next halving in 2028 will lift prices": a dated event that is the subject names a thing. */
function datedSubject(ctx: Ctx, i0: number, i1: number): boolean {
  if (w(ctx, i0) !== 'in' && w(ctx, i0) !== 'on') return false;
  if (!NAME_NOUNS.has(w(ctx, i0 - 1)) || DECIDING_EVENTS.has(w(ctx, i0 - 1))) return false;
  const det = w(ctx, i0 - 2) === 'next' || w(ctx, i0 - 2) === 'upcoming' ? i0 - 3 : i0 - 2;
  if (w(ctx, det) !== 'the' || !(det === 0 || [',', ';', ':', '.'].includes(w(ctx, det - 1)))) return false;
  return MODAL_OR_COPULA.has(w(ctx, i1));
}

const STATE_COPULA = new Set(['is', 'are', 'was', 'were', 'remains', 'remain']);

/**
 * "The 2027 capex cycle is the largest in a decade": a date between "the" and the noun that opens the
 * sentence, before a copula, names the subject of a judgement (like "2026 output"); the outcome is undated.
 */
function subjectName(ctx: Ctx, i0: number, i1: number): boolean {
  const det = w(ctx, i0) === 'the' ? i0 : i0 - 1;
  if (w(ctx, det) !== 'the' || !(det === 0 || ['.', ';', ':'].includes(w(ctx, det - 1)))) return false;
  for (let k = i1; k < i1 + 4; k++) {
    const t = w(ctx, k);
    if (STATE_COPULA.has(t)) return k > i1;
    if (!/^[a-z-]+$/.test(t) || LINKS.has(t) || ctx.toks[k]?.upper) return false;
  }
  return false;
}

function followedBy(ctx: Ctx, i: number, words: readonly string[]): boolean {
  let k = i;
  if (w(ctx, k) === 'are' && words[0] === 'is') k++;
  else if (w(ctx, k) !== words[0]) return false;
  else k++;
  for (let x = 1; x < words.length; x++, k++) if (w(ctx, k) !== words[x]) return false;
  return true;
}

/** Whether the date phrase `i0`..`i1` (tokens, end exclusive) names a thing or an alternative given up. */
/** Words that end a noun compound: "into year-end as growth data softens" names no data. */
const LINKS = new Set([
  'and',
  'or',
  'but',
  'as',
  'so',
  'to',
  'in',
  'on',
  'at',
  'by',
  'of',
  'for',
  'from',
  'with',
  'into',
  'over',
  'than',
  'that',
  'when',
  'if',
  'while',
  'because',
  'after',
  'before',
  'since',
  'until',
  'the',
  'a',
  'an',
  'is',
  'are',
  'was',
  'were',
  'be',
  'will',
  'would',
]);

/**
 * "the September jobs report", "January consumer inflation expectations": a date naming a noun up to three words on,
 * or four after a determiner that opens the noun phrase ("its August gross domestic product report").
 */
function namesNoun(ctx: Ctx, i1: number, nouns: ReadonlySet<string> = NAME_NOUNS, reach = 3): boolean {
  // "March and April primaries", "June and November elections": paired dates name the same noun.
  const paired = (w(ctx, i1) === 'and' || w(ctx, i1) === 'or') && MONTH_START.test(w(ctx, i1 + 1));
  const from = paired ? i1 + 2 : i1;
  for (let k = from, n = 0; n < reach; k++, n++) {
    const t = w(ctx, k);
    if (nouns.has(t)) return true;
    // "the 2035 petrol-car date": a hyphenated compound is one word.
    if (t === '-' && ctx.toks[k]?.glued && ctx.toks[k + 1]?.glued) {
      k++;
      continue;
    }
    if (!/^[a-z-]+$/.test(t) || LINKS.has(t)) return false;
  }
  return false;
}

/**
 * "skip the July increase on Sunday", "cuts the July OSP … in early June": the noun right after "the <Month>" at `i1`
 * picks out which one of a monthly series is meant (rule 7, as "the September jobs report" names a report): a
 * lower-case noun or an acronym that is no occasion held in the month ("the July meeting") and no name's noun
 * ({@link NAME_NOUNS}, which {@link namesNoun} reads as a name outright). One reading of "the <Month> <noun>" with
 * namesNoun's: a name's noun gives no date, an occasion its month, any other noun its month only alone (windows.ts).
 */
export function monthPicksNoun(ctx: Ctx, i1: number): boolean {
  const noun = ctx.toks[i1];
  if (!noun || OCCASION_NOUNS.at(ctx.toks, i1) || NAME_NOUNS.has(noun.t)) return false;
  return /^[A-Z]{2,5}$/.test(noun.raw) || (!noun.upper && /^[a-z]{3,}$/.test(noun.t));
}

const MODAL_OR_COPULA = new Set<string>([...MODALS, 'is', 'are']);
const PHRASE_OPENERS = new Set(['the', 'its', 'their', 'his', 'her', 'our', 'this', 'a', 'an']);
const PART_UNITS = new Set(['quarter', 'quarters', 'half', 'halves']);
const OWNER_SKIP = new Set(['the', 'this', 'next', 'last', 'its', 'their', 'our', 'current', 'coming']);
const CALENDAR_OWNERS =
  /^([0-9']|fy|cy|q[1-4]|h[12]|fiscal|financial|calendar|year|decade|century|current|spring|summer|fall|autumn|winter)/;

/**
 * "the fourth quarter of Sunday's victory", "the second half of the season": a quarter or half of a game,
 * a season or a match is no calendar period (a year, a fiscal year or a month still owns one).
 */
function partOfThing(ctx: Ctx, i1: number): boolean {
  if (!PART_UNITS.has(w(ctx, i1 - 1))) return false;
  // "win the second half against Denver", "covers the first half": a half won, covered or led against an
  // opponent is a game's, not the year's.
  if (OPPONENT.has(w(ctx, i1))) return true;
  if (w(ctx, i1 - 3) === 'the' && CONTESTS.test(w(ctx, i1 - 4))) return true;
  if (w(ctx, i1) !== 'of') return false;
  let k = i1 + 1;
  while (OWNER_SKIP.has(w(ctx, k))) k++;
  const owner = w(ctx, k);
  return owner !== '' && !CALENDAR_OWNERS.test(owner) && !MONTH_START.test(owner);
}
const OPPONENT = new Set(['against', 'vs', 'versus', 'v']);
const CONTESTS =
  /^(win|wins|won|winning|lose|loses|lost|losing|cover|covers|covering|lead|leads|leading|trail|trails|trailing|outscore|outscores|dominate|dominates)$/;
const MONTH_START = /^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/;

/** "would no longer be able to begin commercial operation of the wind farm by 2022": a plan given up. */
function noLongerBefore(ctx: Ctx, i0: number): boolean {
  for (let k = i0 - 1; k >= 1 && k >= i0 - 16; k--) {
    const t = w(ctx, k);
    if (t === 'longer') return w(ctx, k - 1) === 'no';
    if (t === ',' || t === ';' || t === '.') return false;
  }
  return false;
}

const MEETS =
  /^(hit|hits|hitting|meet|meets|meeting|beat|beats|beating|miss|misses|missing|reach|reaches|reaching|exceed|exceeds|exceeding|top|tops|topping|achieve|achieves|achieving|deliver|delivers|delivering)$/;

/**
 * "hits its 18M lb guidance for the full year": a verb of meeting a figure makes the guidance the measure of
 * the outcome, so its period bounds the outcome; "raises its guidance for 2027" still names the guidance.
 */
function measuredAgainst(ctx: Ctx, noun: number): boolean {
  for (let k = noun - 1; k >= 0 && k >= noun - 8; k--) {
    const t = w(ctx, k);
    if (MEETS.test(t)) return true;
    if (t === ',' || t === ';' || t === '.') return false;
  }
  return false;
}

const EDGE_VERB = /^(starts|begins|opens|ends|closes|finishes)$/;
const PERIOD_NOUNS =
  /^(season|seasons|year|years|calendar|financial|fiscal|fy|winter|summer|spring|fall|autumn|half|quarter|session|term|decade|cycle|and|or|to|through|-)$/;

/**
 * "adopt a 2027 budget", "the 2030 deadline": a bare year between an article and the noun it qualifies names the
 * thing (TIME-WINDOWS.md: "a 2027 forecast", "2026 output"); before a period noun it is still the period.
 */
/**
 * "before the 2027 season starts on 1 January": a period that starts or ends on a day of its own is an event, and
 * its year is its name; the day dates it.
 */
function yearNamesEvent(ctx: Ctx, i1: number): boolean {
  if (!/^(19|20)[0-9]{2}$/.test(w(ctx, i1 - 1)) || !ARTICLE.has(w(ctx, i1 - 2))) return false;
  const verb = EDGE_VERB.test(w(ctx, i1)) ? i1 : /^[a-z]{3,}$/.test(w(ctx, i1)) ? i1 + 1 : -1;
  return verb > 0 && EDGE_VERB.test(w(ctx, verb)) && (w(ctx, verb + 1) === 'on' || /^[0-9]/.test(w(ctx, verb + 1)));
}

const EDGE_WORDS = new Set(['early', 'mid', 'late']);
const SEASON_NOUNS = new Set(['season', 'seasons', 'campaign']);
const START_BASES = /^(start|begin|open|end|close|finish)$/;

/**
 * "The 2025-26 NBA season will start on Tuesday", "the 2025/26 Premier League season gets underway on Friday": a
 * season named as the subject of its start or end is the event, dated by the day given, as "the 2027 season
 * starts on 1 January" is.
 */
function seasonStarts(ctx: Ctx, i0: number, i1: number): boolean {
  // "The Premier League 2025/26 season will end on May 24": the league's name may stand between article and year.
  let a = i0 - 1;
  while (a > i0 - 5 && ctx.toks[a]?.upper && !ARTICLE.has(w(ctx, a))) a--;
  if (!ARTICLE.has(w(ctx, i0)) && !ARTICLE.has(w(ctx, i0 - 1)) && !ARTICLE.has(w(ctx, a))) return false;
  // The phrase may hold its season noun ("2025/26 season") or stop at the year ("2025-26" before "NBA season").
  const held = SEASON_NOUNS.has(w(ctx, i1 - 1));
  if (!held && !/^[0-9]{2,4}$/.test(w(ctx, i1 - 1))) return false;
  let k = held ? i1 - 1 : i1;
  while (k < i1 + 3 && !SEASON_NOUNS.has(w(ctx, k)) && /^[a-z]+$/.test(w(ctx, k))) k++;
  if (!SEASON_NOUNS.has(w(ctx, k))) return false;
  const v = w(ctx, k + 1);
  const word = (x: number) => w(ctx, x);
  if (EDGE_VERB.test(v) || phrasalStartAt(word, k + 1) > 0) return true;
  return (v === 'will' || v === 'to') && (START_BASES.test(w(ctx, k + 2)) || phrasalStartAt(word, k + 2) > 0);
}

// Words after a possessive year that read a part of the year ("2027's second half", "2026's end"), not a thing it owns.
const YEAR_PARTS =
  /^(first|second|third|fourth|final|last|early|late|opening|closing|remaining|end|start|beginning|close|rest|remainder)$/;

// Words after "2027's" that read the contraction of "is / has" ("2027's set to be", "2027's been"), not an owner.
const CONTRACTED_VERBS =
  /^(set|been|got|gone|seen|done|not|also|still|already|just|about|due|likely|poised|bound|sure|now|here|over)$/;
// Words that mark an "-ing" word after "2027's" as a verb in progress ("2027's going to be", "shaping up").
const PROGRESSIVE_NEXT = /^(to|up|out|into|as|like|well|a|an|the)$/;
const PERIOD_HEADS = /^(season|seasons|year|quarter|half|period|term|session|months|weeks|cycle)$/;

/** "2027's set to be", "2027's going to be": the year is the subject of "is / has", not an owner. */
function contractedVerb(ctx: Ctx, i1: number): boolean {
  const next = w(ctx, i1);
  if (CONTRACTED_VERBS.test(next) || /^[a-z]{4,}ed$/.test(next)) return true;
  return /^[a-z]{2,}ing$/.test(next) && PROGRESSIVE_NEXT.test(w(ctx, i1 + 1));
}

/**
 * "surpassing 2025's record", "2026's budget": a possessive year before a lower-case noun owns the thing and names it
 * (rule 7), unless the noun is a part of the year or a period ("2026's holiday quarter"), or a target that a verb of
 * meeting measures over it; "2027's set to be" is the contraction of "is", which leaves the year a period.
 */
function possessiveYear(ctx: Ctx, i1: number): boolean {
  if (!/^(19|20)[0-9]{2}'s$/.test(w(ctx, i1 - 1))) return false;
  const next = ctx.toks[i1];
  if (!next || next.upper || !/^[a-z]{3,}$/.test(next.t) || LINKS.has(next.t)) return false;
  if (PERIOD_NOUNS.test(next.t) || YEAR_PARTS.test(next.t) || PERIOD_HEADS.test(w(ctx, i1 + 1))) return false;
  if (contractedVerb(ctx, i1)) return false;
  return !(TARGET_NOUNS.has(next.t) && (MEETS.test(w(ctx, i1 - 2)) || MEETS.test(w(ctx, i1 - 3))));
}

const PLACED_IN = new Set(['to', 'on', 'onto', 'off', 'from', 'in', 'into']);

export function yearBeforeNoun(ctx: Ctx, i0: number, i1: number): boolean {
  // The phrase may have taken the article and a preposition ("from the 2026 crush", "the 2026 Worlds final").
  // A split year ("its 2026/27 farmgate milk price forecast", "the 2026-27 budget") names the thing as a year does.
  const split = /^[0-9]{2}([0-9]{2})?$/.test(w(ctx, i1 - 1)) && /^[/–-]$/.test(w(ctx, i1 - 2));
  const y = split ? i1 - 3 : i1 - 1;
  // "for the 2028-29 intake" is the measured season's own rule: it dates the sentence when nothing else does.
  if (split && w(ctx, y - 2) === 'for') return false;
  // "its early 2027 completion": a part of the year may stand between the article and the year.
  const article = ARTICLE.has(w(ctx, y - 1)) || (EDGE_WORDS.has(w(ctx, y - 1)) && ARTICLE.has(w(ctx, y - 2)));
  if (y < i0 || y - i0 > 2 || !/^(19|20)[0-9]{2}$/.test(w(ctx, y)) || !article) return false;
  const next = ctx.toks[i1];
  // "finalize the 2026 COLA", "on the 2026 F1 calendar": an acronym after the article and the year is the thing the
  // year names, as a lower-case noun is; a period's own letters ("the 2026 H1", "Q3") are no such noun, and a period
  // noun after it makes the whole the period ("the 2025-26 NBA season").
  // A capitalised word after it makes the acronym part of a name ("The 2027 US Open will be played in June").
  const acronym =
    next !== undefined && /^(?:[A-Z]{2,6}|[A-Z][0-9])$/.test(next.raw) && !/^[A-Z]/.test(ctx.toks[i1 + 1]?.raw ?? '');
  const races = w(ctx, i1 + 1) === 'calendar' && !/^(year|years)$/.test(w(ctx, i1 + 2));
  if (acronym && !/^(?:Q[1-4]|H[12]|FY|CY|YE)$/.test(next.raw) && (races || !PERIOD_NOUNS.test(w(ctx, i1 + 1))))
    return true;
  if (!next || !/^[a-z]{3,}$/.test(next.t) || LINKS.has(next.t)) return false;
  // "announce a 2028 calendar", "the 2027 calendar of races": a calendar is a schedule, a thing named by its year,
  // while "the 2027 calendar year" is the period.
  // An event placed in or out of it ("returns to the 2028 calendar", "drops off the 2028 calendar") is dated by the
  // calendar's year: only as a verb's object or a subject is the calendar the thing named.
  const placedIn = PLACED_IN.has(w(ctx, ARTICLE.has(w(ctx, y - 1)) ? y - 2 : y - 3));
  const schedule = next.t === 'calendar' && !placedIn && !/^(year|years|quarter|half)$/.test(w(ctx, i1 + 1));
  if (PERIOD_NOUNS.test(next.t) && !schedule) return false;
  // "its 2017 regular-season schedule": a hyphenated compound qualifies the noun after it, which names the thing.
  if (w(ctx, i1 + 1) === '-' && ctx.toks[i1 + 1]?.glued && ctx.toks[i1 + 2]?.glued) {
    const head = ctx.toks[i1 + 3];
    if (head && !head.upper && /^[a-z]{3,}$/.test(head.t) && !PERIOD_NOUNS.test(head.t) && !LINKS.has(head.t))
      return true;
  }
  // "through the 2026-27 marketing year": a period noun a word on makes it the period.
  if (PERIOD_NOUNS.test(w(ctx, i1 + 1)) && !LINKS.has(w(ctx, i1 + 1))) return false;
  // A capitalised noun ("the 2026 Worlds final") names the thing only when a lower-case noun follows it.
  return !next.upper || (/^[a-z]{3,}$/.test(w(ctx, i1 + 1)) && !ctx.toks[i1 + 1]?.upper);
}

/**
 * "Congress passes the fiscal 2027 defense bill by Friday", "The CY2027 fee schedule final rule lands by November
 * 1", "publish the final 2026 rate announcement by April 7", "The 2027 Part B premium rises … in mid-November": a
 * fiscal or calendar year after a determiner (one adjective may stand between), or a year before a capitalised name
 * of two or three words, qualifies the noun after it, as "the 2027 budget" does (rule 7). Like a baseline it is
 * dropped only when another phrase dates the outcome ("The federal FY27 deficit tops $2 trillion" is FY27); after a
 * preposition it stays the period ("in the federal FY27 budget", "before the FY2027 budget").
 */
export function yearQualifiesNoun(ctx: Ctx, i1: number): boolean {
  let y = i1 - 1;
  const glued = /^(fy|cy)([0-9]{2}|[0-9]{4})$/.test(w(ctx, y));
  if (!glued && !/^(19|20)[0-9]{2}$/.test(w(ctx, y))) return false;
  if (!glued && w(ctx, y - 1) === 'fiscal') y -= 1;
  else if (!glued && w(ctx, y - 1) === 'year' && w(ctx, y - 2) === 'fiscal') y -= 2;
  const fiscal = glued || y < i1 - 1;
  const adjective = !ARTICLE.has(w(ctx, y - 1)) && adjectiveBeforeYear(ctx, y - 1) && ARTICLE.has(w(ctx, y - 2));
  const det = adjective ? y - 2 : y - 1;
  const next = ctx.toks[i1];
  if (!next || !/^[a-z]{1,}$/.test(next.t) || LINKS.has(next.t) || PERIOD_NOUNS.test(next.t)) return false;
  if (fiscal && !adjective && bareFiscalBeforePlural(ctx, y, i1)) return true;
  if (!ARTICLE.has(w(ctx, det)) || YEAR_INTRODUCERS.has(w(ctx, det - 1))) return false;
  if (!next.upper) return (fiscal || adjective) && next.t.length >= 3 && !PERIOD_NOUNS.test(w(ctx, i1 + 1));
  // A capitalised name of two or three words before a lower-case noun ("The 2027 Part B premium"); "The 2027 US Open
  // will …" and "the 2028 Grand Prix season" are no such noun.
  let k = i1 + 1;
  while (k < i1 + 3 && ctx.toks[k]?.upper) k++;
  const head = ctx.toks[k];
  if (k === i1 + 1 || !head || head.upper || !/^[a-z]{3,}$/.test(head.t)) return false;
  return !NOT_NAME_HEAD.has(head.t) && !PERIOD_NOUNS.test(head.t);
}

/**
 * "to consider fiscal year 2026 appropriations bills this month": a fiscal year with no determiner, after a verb (no
 * preposition), before a lower-case noun phrase of one or two words that ends in a plural, names those things as
 * "the fiscal 2027 defense bill" does; "in fiscal year 2026 appropriations rise" keeps the period.
 */
function bareFiscalBeforePlural(ctx: Ctx, y: number, i1: number): boolean {
  const lead = ctx.toks[y - 1];
  if (!lead || lead.upper || !/^[a-z]{3,}$/.test(lead.t) || YEAR_INTRODUCERS.has(lead.t) || LINKS.has(lead.t))
    return false;
  // "sees fiscal 2027 comparable sales up 4%": a measured quantity is the year's outcome, read as before.
  if (ARTICLE.has(lead.t) || MEASURED_NOUNS.has(w(ctx, i1)) || MEASURED_NOUNS.has(w(ctx, i1 + 1))) return false;
  const plural = (k: number) => !ctx.toks[k]?.upper && /^[a-z]{3,}[^s']s$/.test(w(ctx, k));
  const second = ctx.toks[i1 + 1];
  if (plural(i1) && !(second && !second.upper && /^[a-z]{3,}$/.test(second.t) && !LINKS.has(second.t))) return true;
  return !!second && /^[a-z]{3,}$/.test(w(ctx, i1)) && plural(i1 + 1) && !PERIOD_NOUNS.test(second.t);
}

// Words after a capitalised name that make it a subject, not a noun's qualifier.
const NOT_NAME_HEAD = new Set([...MODALS, ...['can', 'has', 'have', 'had', 'are', 'was', 'were', 'and', 'but', 'for']]);

// Words after an article that are no adjective of the year after them ("by the end 2026" reads "the end of 2026").
const NOT_YEAR_ADJECTIVE = new Set([
  ...['end', 'start', 'beginning', 'close', 'middle', 'rest', 'turn', 'same', 'whole', 'full', 'entire'],
  ...['and', 'than', 'from', 'for', 'until', 'through', 'next', 'last', 'this', 'coming', 'current'],
]);

/** "the final 2027 rate announcement", "the remaining fiscal 2025 bills": one adjective between article and year. */
function adjectiveBeforeYear(ctx: Ctx, k: number): boolean {
  const t = ctx.toks[k];
  return !!t && !t.upper && /^[a-z]{3,}$/.test(t.t) && !NOT_YEAR_ADJECTIVE.has(t.t) && !YEAR_INTRODUCERS.has(t.t);
}

const MONTH_NAME =
  /^(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)$/;
const MONTH_INTRO =
  /^(in|by|on|at|until|till|through|thru|before|after|from|to|since|during|for|of|between|early|mid|late|end|and|or|next|last|this|every|each|around|about|-|–)$/;

/**
 * "warns October aircraft deliveries will come in lower", "March retail sales": a bare month that no preposition
 * introduces, set before the noun it qualifies, names the thing (as "the September jobs report" does).
 */
function monthBeforeNoun(ctx: Ctx, i0: number, i1: number): boolean {
  if (i1 !== i0 + 1 || !MONTH_NAME.test(w(ctx, i0)) || MONTH_INTRO.test(w(ctx, i0 - 1))) return false;
  // "a warm December empties the Alps", "its best December ever": after an article's adjective it is the month.
  if (ARTICLE.has(w(ctx, i0 - 1)) || ARTICLE.has(w(ctx, i0 - 2))) return false;
  const next = ctx.toks[i1];
  // "December could prove to be the ninth month in a row": a modal after the month makes it the subject.
  if (next && MODAL_OR_COPULA.has(next.t)) return false;
  // "January HDD futures trade above 1,000": an acronym between the month and its noun is part of the name.
  const noun = next && acronym(next.raw) ? ctx.toks[i1 + 1] : next;
  return !!noun && !noun.upper && /^[a-z]{3,}$/.test(noun.t) && !PERIOD_NOUNS.test(noun.t) && !LINKS.has(noun.t);
}

/**
 * "Earnings season of March-closing companies": a month hyphenated to a participle makes an adjective of a kind
 * ("March-closing", "June-dated"), as a month before its noun names the thing; "March-end" is still March's end.
 */
function monthCompound(ctx: Ctx, i0: number, i1: number): boolean {
  if (i1 !== i0 + 1 || !MONTH_NAME.test(w(ctx, i0)) || w(ctx, i1) !== '-') return false;
  const dash = ctx.toks[i1];
  const word = ctx.toks[i1 + 1];
  return !!dash?.glued && !!word?.glued && !word.upper && /^[a-z]{3,}(?:ing|ed)$/.test(word.t);
}

function acronym(raw: string): boolean {
  return /^[A-Z]{2,5}$/.test(raw);
}

const SIMILAR = new Set(['similar', 'same']);
const SEASON_WORDS = new Set(['spring', 'summer', 'fall', 'autumn', 'winter']);

function yearBeforeSeasonNoun(ctx: Ctx, i0: number, i1: number): boolean {
  if (i1 !== i0 + 1 || !/^(19|20)[0-9]{2}$/.test(w(ctx, i0)) || MONTH_INTRO.test(w(ctx, i0 - 1))) return false;
  if (!SEASON_WORDS.has(w(ctx, i1))) return false;
  const noun = ctx.toks[i1 + 1];
  return !!noun && !noun.upper && /^[a-z]{4,}$/.test(noun.t) && !PERIOD_NOUNS.test(noun.t) && !LINKS.has(noun.t);
}

const REACHING = /^(reach|reaches|reached|reaching|stretch|stretches|stretching|extend|extends|extending)$/;
const BACKLOG_NOUNS = /^(backlogs?|waitlists?|queues?|books?|waits?|times|slots|orders)$/;

/**
 * "Gas turbine backlogs reach 2031", "order books stretch into 2029": the year a backlog reaches measures the
 * backlog (how far out it is sold), not when the outcome happens.
 */
function backlogHorizon(ctx: Ctx, i0: number, i1: number): boolean {
  if (i1 - i0 > 2 || !/^(19|20)[0-9]{2}$/.test(w(ctx, i1 - 1))) return false;
  let v = i1 - 2;
  if (v >= i0 && (w(ctx, v) === 'to' || w(ctx, v) === 'into')) v--;
  if (v !== i0 - 1 || !REACHING.test(w(ctx, v))) return false;
  for (let k = v - 1; k >= 0 && k >= v - 3; k--) if (BACKLOG_NOUNS.test(w(ctx, k))) return true;
  return false;
}

const SOLD_STATES = new Set(['full', 'booked', 'out']);
const SOLD_ADVERBS = new Set(['both', 'all', 'fully', 'already', 'now', 'still', 'sold']);

/**
 * "Navantia and Fincantieri are both full through 2029", "capacity is sold out until 2027": how far out a maker is
 * booked is the order book stated as it stands, as the year a backlog reaches is ("will be full through 2029"
 * forecasts).
 */
function soldHorizon(ctx: Ctx, i0: number): boolean {
  const t = w(ctx, i0);
  if (t !== 'through' && t !== 'until' && t !== 'into' && t !== 'till') return false;
  let k = i0 - 1;
  if (!SOLD_STATES.has(w(ctx, k))) return false;
  if (w(ctx, k) === 'out' && w(ctx, k - 1) !== 'sold') return false;
  for (k--; k >= 0 && k >= i0 - 4 && SOLD_ADVERBS.has(w(ctx, k)); k--);
  return w(ctx, k) === 'is' || w(ctx, k) === 'are';
}

const FORECAST_ONE = new Set(['forecast', 'projection', 'estimate']);
const FORECAST_NOUNS = new Set<string>([
  ...FORECAST_ONE,
  'forecasts',
  'projections',
  'estimates',
  'outlook',
  'guidance',
]);
/** Words a noun phrase may hold between "the forecast for" and a date ("total red meat and poultry production in"). */
const PHRASE_LINKS = new Set(['and', 'or', 'of', 'in', 'the', 'a', 'an']);

/** "the Brent forecast", "The growth projection", "the USDA's first forecast": a forecast noun with its determiner. */
function forecastWithDeterminer(ctx: Ctx, k: number): boolean {
  if (!FORECAST_ONE.has(w(ctx, k))) return true;
  // "a forecast for 2026" is the noun; "a slide forecast for the second half" is a slide that is forecast.
  if (w(ctx, k - 1) === 'a' || w(ctx, k - 1) === 'an') return true;
  for (let j = k - 1; j >= 0 && j >= k - 3; j--) {
    const t = w(ctx, j);
    if ((ARTICLE.has(t) && t !== 'a' && t !== 'an') || t.endsWith("'s")) return true;
  }
  return false;
}

/**
 * "the Brent forecast for 2026 is $3 higher", "The forecast for total red meat and poultry production in 2016 and
 * 2017 is lowered": the period a forecast is made for names the forecast (as "a 2027 forecast" does), also when a
 * noun phrase stands between; "raises its forecast for 2027" still names it; a forecast that is met measures it.
 */
function forecastFor(ctx: Ctx, i0: number): boolean {
  // The phrase may have taken its preposition ("for 2026").
  for (let k = i0, n = 0; k >= 1 && n < 10; k--, n++) {
    const t = w(ctx, k);
    if ((t === 'for' || t === 'of') && FORECAST_NOUNS.has(w(ctx, k - 1)))
      return forecastWithDeterminer(ctx, k - 1) && !measuredAgainst(ctx, k - 1) && !forecastSetsScene(ctx, k - 1);
    if (k === i0) continue;
    if (!/^[a-z-]+$/.test(t) || (LINKS.has(t) && !PHRASE_LINKS.has(t)) || MODALS.includes(t as never)) return false;
  }
  return false;
}

// Verbs with which the forecaster states what its forecast holds ("Nintendo predicts that …").
const STATES_FORECAST = new Set(['predicts', 'expects', 'forecasts', 'projects', 'sees', 'anticipates', 'estimates']);

/**
 * "In its forecast for the next fiscal year, Nintendo predicts that it will sell …": a forecast that opens the
 * sentence after "In" and whose forecaster then states what it predicts sets the period of that prediction, so the
 * period bounds the outcome; "In a forecast for the three months from July, the agency said …" still names it.
 */
function forecastSetsScene(ctx: Ctx, noun: number): boolean {
  let k = noun - 1;
  while (k >= 0 && k >= noun - 3 && (ARTICLE.has(w(ctx, k)) || w(ctx, k).endsWith("'s"))) k--;
  if (w(ctx, k) !== 'in' || k > 1) return false;
  for (let x = noun + 1; x < noun + 20; x++) {
    const t = w(ctx, x);
    if (t === '' || t === '.' || t === ';') return false;
    if (t !== ',') continue;
    for (let y = x + 1; y <= x + 3; y++) if (STATES_FORECAST.has(w(ctx, y))) return true;
  }
  return false;
}

const POSSESSIVE_OR_GRADED = /^('|'s|higher|lower|bigger|smaller|larger|stronger|weaker|new|record)$/;

/**
 * "US toolmakers' 2027 sales", "higher 2027 premiums", "puts 2026-27 greening incidence above 45%": a year that no
 * preposition introduces, set after a possessive or a graded adjective, or a split year, before a lower-case noun,
 * qualifies the noun (as "2026 output" does); before a period noun ("2026-27 season") it is still the period.
 */
function yearAsAdjective(ctx: Ctx, i0: number, i1: number): boolean {
  const split = i1 === i0 + 3 && /^[/–-]$/.test(w(ctx, i0 + 1)) && /^[0-9]{2}$/.test(w(ctx, i0 + 2));
  if ((i1 !== i0 + 1 && !split) || !/^(19|20)[0-9]{2}$/.test(w(ctx, i0))) return false;
  const prev = w(ctx, i0 - 1);
  if (MONTH_INTRO.test(prev) || LINKS.has(prev) || (!split && !POSSESSIVE_OR_GRADED.test(prev))) return false;
  const next = ctx.toks[i1];
  return !!next && !next.upper && /^[a-z]{3,}$/.test(next.t) && !PERIOD_NOUNS.test(next.t) && !LINKS.has(next.t);
}

const BUDGET_NOUNS = new Set(['budget', 'gap', 'deficit', 'shortfall', 'surplus', 'allocation']);
const BALANCE_NOUNS = new Set(['gap', 'deficit', 'surplus']);
// The budget or a public body named ("the city deficit", "the federal deficit") makes a balance the budget's.
const FISCAL_WORDS =
  /^(budget|budgetary|fiscal|fy|fy[0-9]{2,4}|funding|city|state|county|federal|government|council|municipal|public)$/;

function fiscalContext(ctx: Ctx, noun: number, i0: number): boolean {
  for (let k = i0; k <= i0 + 2; k++) if (FISCAL_WORDS.test(w(ctx, k))) return true;
  const q = w(ctx, noun - 1);
  // A determiner or possessive right before the noun leaves it the budget's ("the gap", "the city's deficit").
  return FISCAL_WORDS.test(q) || !/^[a-z-]+$/.test(q) || BALANCE_DETERMINERS.has(q);
}
const BALANCE_DETERMINERS = new Set(['the', 'a', 'its', 'their', 'his', 'her', 'our', 'this', 'that', 'whose', 's']);

/**
 * "The city's budget gap for 2027 is $1.15 billion": a budget figure for a period, stated as it stands with a
 * present copula, is the plan's current number (a present state, as "a 2027 forecast" is a name); "the deficit for
 * 2027 narrows to 3%" still forecasts.
 */
function budgetFigureFor(ctx: Ctx, i0: number, i1: number): boolean {
  const at = w(ctx, i0) === 'for' ? i0 : w(ctx, i0 - 1) === 'for' ? i0 - 1 : -1;
  if (at < 1 || !BUDGET_NOUNS.has(w(ctx, at - 1))) return false;
  // A gap, deficit or surplus another noun qualifies is that market's or economy's ("the copper market deficit for
  // 2028 is 300,000 tonnes" forecasts); it is a budget's only with no such noun, the budget named, or a fiscal period.
  if (BALANCE_NOUNS.has(w(ctx, at - 1)) && !fiscalContext(ctx, at - 1, i0)) return false;
  const v = w(ctx, i1);
  const figure = (k: number) => /^[0-9$€£¥₹]/.test(w(ctx, k));
  return (
    (v === 'is' || v === 'are' || v === 'stands') && (figure(i1 + 1) || (w(ctx, i1 + 1) === 'at' && figure(i1 + 2)))
  );
}

const RECURRING = new Set(['every', 'each']);
const RECURRING_UNITS = new Set(['year', 'spring', 'summer', 'fall', 'autumn', 'winter', 'season']);

/**
 * "barge rates spike every late summer", "every March", "each year in March": a period that recurs is a habit's
 * (as "usually" marks one), never the window of an outcome.
 */
function recurring(ctx: Ctx, i0: number, i1: number): boolean {
  if (RECURRING.has(w(ctx, i0 - 1))) return true;
  if (w(ctx, i0) !== 'in' || !RECURRING_UNITS.has(w(ctx, i0 - 1)) || !RECURRING.has(w(ctx, i0 - 2))) return false;
  // Only a month or season with no year of its own recurs ("every year in March"); "every year in the next decade"
  // or "in 2028 and 2029" bounds the repeated outcome, so the period still dates it.
  let month = false;
  for (let k = i0 + 1; k < i1; k++) {
    const t = w(ctx, k);
    if (/[0-9]/.test(t) || BOUNDED_BY.has(t)) return false;
    if (MONTH_NAME.test(t) || SEASON_WORDS.has(t)) month = true;
  }
  return month;
}
const BOUNDED_BY = new Set(['next', 'coming', 'following', 'this', 'last', 'past']);

/**
 * "will take place in late 2009, with a target launch date of Dec. 4": a date given as the property of a noun that
 * "with" attaches names the date (as "a March 20 launch date" does); "at its PDUFA date of January 30" still dates.
 */
function dateWith(ctx: Ctx, i0: number): boolean {
  if (w(ctx, i0 - 1) !== 'of' || w(ctx, i0 - 2) !== 'date') return false;
  for (let k = i0 - 3; k >= 0 && k >= i0 - 7; k--) {
    const t = w(ctx, k);
    if (t === 'with') return true;
    if (!/^[a-z-]+$/.test(t)) return false;
  }
  return false;
}

/**
 * "has confirmed its decision to bring forward the phasing out of … by 2030": the dates in what a decision is to do
 * are the decision's, a plan already made ("is scheduled for 2027" states the current plan), not a forecast.
 */
function decidedPlan(ctx: Ctx, i0: number): boolean {
  for (let k = i0 - 1; k >= 1 && k >= i0 - 20; k--) {
    const t = w(ctx, k);
    if (t === ',' || t === ';' || t === '.' || t === ':' || t === 'will' || t === 'would') return false;
    // The decision as the object of a verb that made or stated it ("has confirmed its decision to …"); as the
    // subject ("The court's decision to delay … sends …") it names the cause of another outcome.
    if (t === 'to' && DECISION_NOUNS.has(w(ctx, k - 1)))
      return DECISION_DETERMINERS.has(w(ctx, k - 2)) && DECIDED.test(w(ctx, k - 3));
  }
  return false;
}
const DECISION_NOUNS = new Set(['decision', 'decisions']);
const DECISION_DETERMINERS = new Set(['its', 'their', 'his', 'her', 'our', 'the', 'a']);
const DECIDED = /^([a-z]+ed|made|took|confirms|announces|reaffirms|defends)$/;

// Quantities measured over a year, which a fiscal year right before them names ("fiscal 2025 operating profit").
const MEASURED_NOUNS = new Set([
  ...['output', 'profit', 'profits', 'capex', 'revenue', 'revenues', 'sales', 'earnings', 'income', 'ebitda'],
  ...['production', 'shipments', 'deliveries', 'spending', 'margin', 'margins', 'eps', 'dividend', 'dividends'],
]);
const MEASURE_MODIFIERS = new Set([
  ...['operating', 'net', 'gross', 'adjusted', 'annual', 'total', 'core', 'pretax', 'underlying', 'full-year'],
]);
const YEAR_INTRODUCERS = new Set(['in', 'by', 'for', 'during', 'through', 'until', 'before', 'to', 'from', 'of']);

/**
 * "reduce the group's fiscal 2025 operating profit", "GM's FY2027 capex": a fiscal year right before a measured
 * quantity names it, as "2026 output" does (TIME-WINDOWS.md "Not windows", rule 7), unless a preposition introduces
 * it ("in fiscal 2025 profit rises"); "profit falls in fiscal 2025" still dates the outcome.
 */
function fiscalYearBeforeMeasure(ctx: Ctx, i1: number): boolean {
  const y = w(ctx, i1 - 1);
  let first: number;
  if (/^fy([0-9]{2}|[0-9]{4})$/.test(y)) first = i1 - 1;
  // "FY3/27", "FY 3/27": a year labelled by the month it ends.
  else if (w(ctx, i1 - 2) === '/' && /^fy[0-9]{1,4}$/.test(w(ctx, i1 - 3))) first = i1 - 3;
  else if (w(ctx, i1 - 2) === '/' && w(ctx, i1 - 4) === 'fy') first = i1 - 4;
  else if (/^(19|20)[0-9]{2}$/.test(y) && w(ctx, i1 - 2) === 'fiscal') first = i1 - 2;
  else if (/^(19|20)[0-9]{2}$/.test(y) && w(ctx, i1 - 2) === 'year' && w(ctx, i1 - 3) === 'fiscal') first = i1 - 3;
  else return false;
  // "second-quarter fiscal 2027 revenue": a part of the year before it dates the part's outcome.
  const lead = w(ctx, first - 1);
  if (YEAR_INTRODUCERS.has(lead) || /(quarter|half)$|^[qh][1-4]$|^[1-4][qh]$/.test(lead)) return false;
  const noun = MEASURE_MODIFIERS.has(w(ctx, i1)) ? i1 + 1 : i1;
  return MEASURED_NOUNS.has(w(ctx, noun)) && !ctx.toks[noun]?.upper;
}

// What a price is quoted to do: "+600 to win the Super Bowl", "at +750 to reach the final".
const ODDS_VERBS = new Set(['win', 'reach', 'make', 'lift', 'claim', 'take']);

/**
 * "The Bills are +600 to win the Super Bowl", "Lions at +750 for the Super Bowl": odds quoted on an event name the
 * betting market, a price held now, so the event's day bounds no outcome (rule 7: a name, not a date).
 */
function oddsMarket(ctx: Ctx, i0: number, i1: number): boolean {
  // The hit may open at its trigger ("for the Super Bowl") or at the event's name.
  let k = w(ctx, i0) === 'for' ? i0 : i0 - 1;
  if (w(ctx, k) === 'the') k--;
  if (w(ctx, k) === 'for') k--;
  else if (ODDS_VERBS.has(w(ctx, k)) && w(ctx, k - 1) === 'to') {
    // "Bills to win Super Bowl LXI at +450": the price may follow the event (and its edition) instead.
    let a = EDITION.test(ctx.toks[i1]?.raw ?? '') ? i1 + 1 : i1;
    if (w(ctx, a) === 'at' || w(ctx, a) === '(') a++;
    if (oddsEndingAt(ctx, a + 1) || oddsEndingAt(ctx, a + 2)) return true;
    k -= 2;
  } else return false;
  return oddsEndingAt(ctx, k);
}

const FORECAST_PARTICIPLES = new Set(['forecast', 'forecasted', 'projected', 'predicted', 'estimated', 'assumed']);

/**
 * "compared to 8.9% as forecast in the Autumn Statement", "as projected in November": "as" and a forecast's
 * participle before the date say when the forecast was made, a baseline; "as expected in March" may date what is
 * expected, so it is left out.
 */
export function asForecastThen(ctx: Ctx, i0: number): boolean {
  const k = w(ctx, i0) === 'in' || w(ctx, i0) === 'at' || w(ctx, i0) === 'on' ? i0 - 1 : i0 - 2;
  if (!['in', 'at', 'on'].includes(w(ctx, k + 1))) return false;
  return (
    FORECAST_PARTICIPLES.has(w(ctx, k)) &&
    (w(ctx, k - 1) === 'as' || (w(ctx, k - 1) === 'been' && w(ctx, k - 3) === 'as'))
  );
}

// An event's edition after its name: "Super Bowl LXI", "Euro 2028" is a year (read as one already).
const EDITION = /^[IVXLC]{2,}$/;

/** Whether the tokens ending at `k` are American odds ("+600", "-150") or fractional ones ("11/8"). */
function oddsEndingAt(ctx: Ctx, k: number): boolean {
  if (/^[0-9]{3,}$/.test(w(ctx, k)) && (w(ctx, k - 1) === '+' || w(ctx, k - 1) === '-')) return true;
  return /^[0-9]+$/.test(w(ctx, k)) && w(ctx, k - 1) === '/' && /^[0-9]+$/.test(w(ctx, k - 2));
}

/**
 * "a $13.50-by-2027 bill", "its net-zero-by-2050 pledge": a date joined by hyphens to the words before it, with a
 * lower-case noun right after, is part of a compound that names the noun (rule 7), as "the 2035 petrol-car date" is;
 * spaced ("a $13.50 floor by 2027") or with no noun after ("rates fall 20%-by-June, we think") it dates the clause.
 */
function dateInCompound(ctx: Ctx, i0: number, i1: number): boolean {
  const hyphen = ctx.toks[i0 - 1];
  if (!hyphen || hyphen.t !== '-' || !hyphen.glued || !ctx.toks[i0]?.glued || i0 < 2) return false;
  for (let k = i0 + 1; k < i1; k++) if (!ctx.toks[k]?.glued) return false;
  const noun = ctx.toks[i1];
  return noun !== undefined && !noun.glued && !noun.upper && /^[a-z]{3,}$/.test(noun.t) && !LINKS.has(noun.t);
}

/**
 * "Mumbai, January 2: Rockstar has confirmed …", "NEW YORK, Jan 2 (Reuters) - …": a wire story's dateline, a place of
 * one to three capitalised words and a comma opening the sentence, then the day and a colon, a dash or the agency in
 * brackets, dates the story, not its outcome; "In Mumbai, January 2 brings a holiday" has no such opening.
 */
function wireDateline(ctx: Ctx, i0: number, i1: number): boolean {
  if (i0 < 2 || i0 > 4 || w(ctx, i0 - 1) !== ',') return false;
  for (let k = 0; k < i0 - 1; k++) if (!/^[A-Z]/.test(ctx.toks[k]?.raw ?? '')) return false;
  const next = w(ctx, i1);
  return next === ':' || ((next === '-' || next === '–' || next === '—') && !ctx.toks[i1]?.glued) || next === '(';
}

export function isNameOrRejected(ctx: Ctx, i0: number, i1: number, duration: boolean, watchTrigger: boolean): boolean {
  const after = w(ctx, i1);
  if (wireDateline(ctx, i0, i1)) return true;
  if (recurring(ctx, i0, i1) || dateWith(ctx, i0) || decidedPlan(ctx, i0)) return true;
  if (dateInCompound(ctx, i0, i1)) return true;
  if (oddsMarket(ctx, i0, i1)) return true;
  if (!watchTrigger && fiscalYearBeforeMeasure(ctx, i1)) return true;
  if (!watchTrigger && dateQualifiesNoun(ctx, i0, i1)) return true;
  if (!watchTrigger && (forecastFor(ctx, i0) || yearAsAdjective(ctx, i0, i1))) return true;
  if (budgetFigureFor(ctx, i0, i1)) return true;
  if (backlogHorizon(ctx, i0, i1) || soldHorizon(ctx, i0)) return true;
  if (partOfThing(ctx, i1)) return true;
  // "in at least one month this summer": a count of periods inside the period named next, not a duration.
  if (duration && (after === 'this' || after === 'next') && !ROLLING.has(w(ctx, i0 + 1))) return true;
  // "its August gross domestic product report": after a determiner the month is inside the noun phrase, whose head
  // may stand a word further.
  const reach = PHRASE_OPENERS.has(w(ctx, i0 - 1)) || PHRASE_OPENERS.has(w(ctx, i0)) ? 4 : 3;
  if (
    !watchTrigger &&
    namesNoun(ctx, i1, NAME_NOUNS, reach) &&
    !yearAfterTrigger(ctx, i0, i1) &&
    !dayBeforeDateNoun(ctx, i0, i1)
  )
    return true;
  if (yearNamesEvent(ctx, i1) || seasonStarts(ctx, i0, i1) || yearNamesUndatedEvent(ctx, i1)) return true;
  // "Tesla hits its 2026 targets": a verb of meeting a figure measures the outcome over the year.
  if (!watchTrigger && yearBeforeNoun(ctx, i0, i1) && !MEETS.test(w(ctx, i0 - 2)) && !MEETS.test(w(ctx, i0 - 3)))
    return true;
  if (!watchTrigger && (monthBeforeNoun(ctx, i0, i1) || monthCompound(ctx, i0, i1))) return true;
  if (!watchTrigger && possessiveYear(ctx, i1)) return true;
  // "We think 2022 spring prices will see a similar run": a season before its noun is an adjective ("spring
  // prices"), so the year before it qualifies the thing, as in "2026 output".
  if (!watchTrigger && yearBeforeSeasonNoun(ctx, i0, i1)) return true;
  // "on track with its Fiscal 2026 targets" names the targets, as "targets for 2026" does, unless they are met.
  if (!watchTrigger && namesNoun(ctx, i1, TARGET_NOUNS) && !measuredAgainst(ctx, i0) && !dayBeforeDateNoun(ctx, i0, i1))
    return true;
  const at = w(ctx, i0) === 'for' || w(ctx, i0) === 'of' ? i0 : i0 - 1;
  const before = w(ctx, at) === 'for' || w(ctx, at) === 'of' ? w(ctx, at - 1) : '';
  // "a period of one year" is the span itself, not a period it names.
  const spanItself = duration && before === 'period' && w(ctx, at) === 'of';
  // "retail sales data for April", "Friday's report for June": the month names the release, as "the September jobs
  // report" does.
  const release = DATA_FOR.has(before) && w(ctx, at) === 'for';
  const named = (NAME_AFTER_FOR.has(before) || release) && !spanItself && !measuredAgainst(ctx, at - 1);
  if ((named && !(FORECAST_NOUNS.has(before) && forecastSetsScene(ctx, at - 1))) || forecastSpan(ctx, i0)) return true;
  if (w(ctx, at) === 'for' && (figureSetFor(ctx, at) || frontedGuideFor(ctx, at, i1))) return true;
  if (after === 'than' && COMPARATIVE.has(w(ctx, i0 - 1) || w(ctx, i0))) return true;
  // "a similar run as 2021", "the same level as in 2019": the period compared with is the baseline (rule 7).
  if (w(ctx, i0) === 'as' || w(ctx, i0 - 1) === 'as') {
    const asAt = w(ctx, i0) === 'as' ? i0 : i0 - 1;
    for (let k = asAt - 1; k >= 0 && k >= asAt - 5; k--) if (SIMILAR.has(w(ctx, k))) return true;
  }
  if (after === 'than' && COMPARATIVE.has(w(ctx, i0))) return true;
  // "a lower contraction in the second half than in the first half": the period after "than" is the baseline.
  if (w(ctx, i0 - 1) === 'than' && COMPARED_IN.has(w(ctx, i0))) return true;
  // "instead of 20 deliveries in each of 2026 and 2027": the alternative given up can be a whole noun phrase.
  // Ten words back; the stops and letters of "8 p.m." do not count.
  let consequence = false;
  for (let k = i0 - 1, n = 0; k >= 0 && n < 10; k--) {
    const t = w(ctx, k);
    if (t !== '.' && !(t.length === 1 && w(ctx, k + 1) === '.')) n++;
    // "was originally scheduled to open in 2026 but will open in 2028": "but" opens the clause that replaces the plan.
    if (t === ',' || t === ';' || t === 'but' || (t === '-' && !ctx.toks[k]?.glued)) break;
    // "A 50bp cut rather than 25bp means the Selic is below 13% by Q3": an alternative set against a noun ends where
    // the verb of its consequence begins, so the date after that verb is the consequence's ("previously said it
    // would launch on May 26" still gives the plan up).
    if (CONSEQUENCE_VERBS.has(t)) consequence = true;
    if (REJECTING_BEFORE.has(t) && !(t === 'earlier' && earlierDatesOrCompares(ctx, k)))
      return !(consequence && (t === 'rather' || t === 'instead'));
    // "in the second quarter of 2024 as opposed to 2023": the date set against the forecast is given up.
    if (t === 'opposed' && w(ctx, k - 1) === 'as' && w(ctx, k + 1) === 'to') return true;
    // "initial plans to pass the bill before July 4", "the initial target of late 2024": a plan since replaced.
    if ((t === 'initial' || t === 'original') && (PLAN_NOUNS.has(w(ctx, k + 1)) || PLAN_NOUNS.has(w(ctx, k + 2))))
      return true;
    // "dropped previous estimates that the model would be released this summer": a view held before, set out in its
    // "that" clause, is given up as "the original plan" is when a verb of revising or dropping governs it or it is
    // reported in the past; "top previous estimates in Q3" keeps Q3, and a view held ("stuck to its previous forecast
    // that the Fed cuts in June") is still held.
    if (PREVIOUS.has(t) && HELD_VIEWS.has(w(ctx, k + 1)) && w(ctx, k + 2) === 'that' && viewGivenUp(ctx, k))
      return true;
    // "the maglev opening, once set for 2027, is now expected …": "once" before a plan's participle is a plan since
    // replaced ("once the merger closes in 2027" is a time clause).
    if (t === 'once' && ONCE_PLANNED.test(w(ctx, k + 1))) return true;
    // "its original schedule, which had been targeted for early 2026": a plan in the past perfect was held before
    // and has since been replaced, as "was expected to" was held then.
    if (t === 'been' && w(ctx, k - 1) === 'had' && ONCE_PLANNED.test(w(ctx, k + 1))) return true;
    // "ruling out any possibility of a rate cut in March": the date ruled out is given up.
    if (t === 'out' && RULE_OUT.test(w(ctx, k - 1))) return true;
  }
  if (w(ctx, i0 - 1) === 'not' && w(ctx, i0 - 2) === ',') return true;
  if (noLongerBefore(ctx, i0)) return true;
  if (replacedPlan(ctx, i0, i1) || withdrawnPlan(ctx, i0) || deniedPlan(ctx, i0, i1)) return true;
  if (!watchTrigger && (datedSubject(ctx, i0, i1) || subjectName(ctx, i0, i1))) return true;
  for (let k = i1; k <= i1 + 3; k++) if (REJECTED_WORDS.some((p) => followedBy(ctx, k, p))) return true;
  // "another month" counts on from now whatever ordinal stands before it ("second baseman … another month").
  // "its first copycats within weeks": "within" counts forward from now; only "in" looks back from a superlative.
  const onward = w(ctx, i0) === 'another' || w(ctx, i0 + 1) === 'another' || w(ctx, i0) === 'within';
  if (duration && !onward && !ROLLING.has(w(ctx, i0 + 1)) && !ROLLING.has(w(ctx, i0 + 2))) {
    // "the first interest-rate hike in over a decade": the superlative may stand a compound noun away.
    for (let k = i0 - 1; k >= 0 && k >= i0 - 8; k--) {
      const t = w(ctx, k);
      if (t === ',' || t === ';' || t === '.') break;
      // "is likely to record rain from September to November": after "to" or a modal, "record" is the verb.
      // "are most likely in September–November": "most" before a word of likelihood grades the odds, not a measure.
      if (t === 'most' && LIKELIHOOD.has(w(ctx, k + 1))) continue;
      if (SUPERLATIVE.has(t) && !(t === 'record' && RECORD_AS_VERB.has(w(ctx, k - 1)))) return true;
    }
  }
  return false;
}
