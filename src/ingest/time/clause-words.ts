/**
 * The word lists the clause rules read (clauses.ts, TIME-WINDOWS.md "Not windows"): forward and past verbs,
 * plans, habits, listings, clause openers and the words around a copula.
 */
import { PAST_MODALS } from './modal-words.js';
import { wordSet, type Token } from './tokens.js';

export const FUTURE = wordSet([
  'will',
  "won't",
  'wont',
  'shall',
  "'ll",
  'going',
  'expect',
  'expects',
  'expected',
  'expecting',
  'likely',
  'unlikely',
  'should',
  'could',
  'would',
  'might',
  'predict',
  'predicts',
  'predicting',
  'anticipate',
  'anticipates',
  'anticipated',
  'anticipating',
  'sees',
  'see',
  'targeting',
  'aims',
  'betting',
  'believes',
  'thinks',
  'think',
  'hopes',
  'hoping',
  'must',
  'needs',
  'guides',
  'poised',
  'promises',
  'promised',
  'vows',
  'intends',
  'suggests',
  'suggest',
  'suggested',
  'pencilling',
  'guided',
  'forecasting',
  'projecting',
  'chance',
  'chances',
  'likelihood',
  'probability',
  'odds',
  'risk',
]);

export const IN_THE_PAST = wordSet(PAST_MODALS);

/** "plans to", "is planning to": an intention looks ahead like "aims to". */
export const INTENDS = wordSet(['plan', 'plans', 'planning']);

export const FORECASTING = wordSet([
  'forecast',
  'forecasts',
  'forecasted',
  'predicted',
  'projected',
  'projects',
  'estimated',
  'tipped',
  'penciled',
  'pencilled',
  'signaled',
  'signalled',
]);

export const PAST = wordSet([
  'was',
  'were',
  'did',
  'rose',
  'fell',
  'grew',
  'began',
  'sank',
  'came',
  'went',
  'saw',
  'took',
  'ran',
  'shrank',
  'gave',
  'broke',
  'chose',
  'drew',
  'drove',
  'knew',
  'rang',
  'stood',
  'swung',
  'threw',
  'wrote',
  'ago',
  'slid',
  'underwent',
  'withdrew',
  'overtook',
  'undertook',
  'spoke',
  'froze',
  'shook',
]);

/** Irregular forms that are past or a participle ("made in India", "struck down by June"). */
export const PAST_OR_PARTICIPLE = wordSet([
  'made',
  'won',
  'lost',
  'spent',
  'sold',
  'paid',
  'left',
  'led',
  'met',
  'held',
  'brought',
  'bought',
  'built',
  'fought',
  'found',
  'got',
  'kept',
  'meant',
  'struck',
  'thought',
  'told',
  'sought',
  'caught',
  'taught',
  'sent',
]);

/**
 * Verbs whose simple past and past participle have the base's form ("The Fed cut rates in December", "has already put
 * the keynote on its site"): their tense is read from the words around them.
 */
export const SAME_FORM = wordSet([
  'put',
  'set',
  'cut',
  'hit',
  'shut',
  'let',
  'cost',
  'hurt',
  'spread',
  'read',
  'quit',
  'beat',
]);

export const PERFECT_AUX = wordSet(['has', 'have', "'ve", 'had', "'d"]);

export const NOT_SUBJECT = wordSet([
  'is',
  'are',
  'be',
  'been',
  'being',
  'get',
  'gets',
  'got',
  'getting',
  'will',
  'to',
  'would',
  'could',
  'should',
  'may',
  'might',
  'must',
  'can',
  'the',
  'a',
  'an',
  'and',
  'or',
  'of',
  'in',
  'on',
  'at',
  'by',
  'for',
  'with',
  'as',
  'newly',
  'recently',
  'just',
  'not',
  'when',
  'if',
  'once',
  'until',
  'unless',
  'was',
  'were',
]);

// "is supposed to go live in 2027" states the current plan as "is due to" does.
export const PLAN = wordSet([
  'supposed',
  'scheduled',
  'slated',
  'set',
  'planned',
  'due',
  'timetabled',
  'booked',
  'target',
  'agenda',
]);

export const COPULA = wordSet(['is', 'are', 'was', 'were', "'s", 'remains', 'remain', 'be', 'been', 'now']);

// "it almost always resolves all its pending cases by the end of June": a habit, as "usually" is.
export const HABIT = wordSet([
  'usually',
  'typically',
  'historically',
  'normally',
  'traditionally',
  'tends',
  'tend',
  'always',
  'regularly',
  'routinely',
]);

export const LISTING = wordSet([
  'expire',
  'expires',
  'opens',
  'kicks',
  'matures',
  'mature',
  'begins',
  'starts',
  'ends',
  'closes',
  'shuts',
]);

/**
 * "gets underway", "get under way", "kicks off": a phrasal verb of a start at `k`, with the number of its words (0
 * when there is none); the calendar, season and weekday rules all read a start through this one list.
 */
export function phrasalStartAt(word: (k: number) => string, k: number): number {
  const v = word(k);
  if (v === 'kicks' || v === 'kick') return word(k + 1) === 'off' ? 2 : 0;
  if (v !== 'gets' && v !== 'get') return 0;
  if (word(k + 1) === 'underway') return 2;
  return word(k + 1) === 'under' && word(k + 2) === 'way' ? 3 : 0;
}

/** The first word of a phrasal start ending at `k` ("… gets under way | on Friday"), or -1. */
export function phrasalStartEnding(word: (k: number) => string, k: number): number {
  for (let n = 2; n <= 3; n++) if (phrasalStartAt(word, k - n + 1) === n) return k - n + 1;
  return -1;
}

/** "The committee meets on March 18": a meeting on a date is a calendar entry, unless it dates a forecast ("when it meets on …"). */
export const MEETING = wordSet(['meets', 'meet', 'convenes', 'reconvenes', 'gathers']);

/** The period units of a routine after "every" / "each" ("every year", "each spring"); "every month since January" is a count. */
export const HABIT_UNITS = wordSet([...['year', 'spring', 'summer', 'fall', 'autumn', 'winter', 'season', 'edition']]);

/**
 * "every year", "each spring", "annually": a routine's period at `x`, the one habit marker the event rules and the
 * clause rules read; "every time", "every cycle" name no period.
 */
export function everyPeriodAt(toks: readonly Token[], x: number): boolean {
  const t = toks[x]?.t;
  if (t === 'annually' || t === 'yearly') return true;
  return (t === 'every' || t === 'each') && HABIT_UNITS.at(toks, x + 1);
}

/** Verbs of saying in the past, after which "would" is the reported "will" ("announced that we would hold …"). */
export const REPORTED_PAST = wordSet(['said', 'announced', 'told', 'confirmed', 'added', 'noted']);

/** Words in "-s" that are no plural subject before a verb ("this", "news", "always"). */
export const NOT_PLURAL = wordSet([
  'is',
  'was',
  'has',
  'this',
  'its',
  'his',
  'us',
  'thus',
  'news',
  'always',
  'plus',
  'less',
]);

/** "Watch the June 17 FOMC": an imperative pointing at a dated event is a calendar entry, not a forecast. */
export const POINTING = wordSet(['watch', 'mark', 'note']);

/** "is set to open in 2027" states a plan; "is set to rise in Q3" is the idiom for "likely to". */
export const SCHEDULED_HAPPENINGS = wordSet([
  'open',
  'begin',
  'start',
  'launch',
  'take',
  'be',
  'meet',
  'close',
  'end',
  'expire',
  'run',
  'debut',
  'go',
  'kick',
  'hold',
  'vote',
  'resume',
  'air',
  'premiere',
  'arrive',
]);

/** Past forms of verbs that set or move a date: with an object after them they are finite ("delayed its decision"). */
export const DATE_SETTING = wordSet([
  'delayed',
  'pushed',
  'postponed',
  'deferred',
  'scheduled',
  'rescheduled',
  'planned',
  'slated',
]);

export const DETERMINERS = wordSet(['the', 'its', 'their', 'a', 'an', 'his', 'her', 'our', 'this', 'that']);

// "a", "an" or an owner: opens a noun phrase ("a CES regular", "its Tour de France deal"), as an object after a verb.
export const NOUN_OPENERS = wordSet(['a', 'an', 'its', 'their', 'his', 'her', 'our', 'my', 'your']);

// What stands before a sentence's first word ('' before the text), so a word after one opens its sentence.
export const SENTENCE_STARTS: ReadonlySet<string> = new Set(['', '.', '!', '?', ':']);
// Punctuation and words that end a clause, so that what one clause says is not read into the next.
export const CLAUSE_BREAKS: ReadonlySet<string> = new Set([
  ...[',', ';', ':', '.', '!', '?', ''],
  ...['but', 'while', 'whereas', 'although', 'though', 'because'],
]);

// "whatever the doves say this week": a concession, as "though" opens one.
export const CONCESSIVE = wordSet(['though', 'although', 'whatever']);

export const OPENERS = wordSet([
  'though',
  'although',
  'whatever',
  'after',
  'since',
  'while',
  'whereas',
  'but',
  'yet',
  'which',
  'so',
  'once',
  'when',
  'because',
  'who',
]);

export const PRESENT_COPULA = wordSet(['is', 'are', "'s", "'re", 'remains', 'remain']);

/**
 * "We are hopeful of growth in H2", "are confident that rates fall in June": a stance of expectation looks ahead only
 * with "of / for / that" and the outcome ("confident about our performance" stays a present judgement).
 */
export const EXPECTANT_STANCE = wordSet(['hopeful', 'confident']);
export const STANCE_OUTCOME = wordSet(['of', 'for', 'that']);

/** After "is"/"are", these look ahead ("is set to", "are on track", "is likely"), so the clause is not a state. */
export const AHEAD_AFTER_COPULA = wordSet([
  'to',
  'set',
  'expected',
  'likely',
  'unlikely',
  'poised',
  'due',
  'slated',
  'scheduled',
  'on',
  'going',
  'about',
  'looking',
  'bound',
  'certain',
  'sure',
  'forecast',
  'projected',
  'headed',
  'heading',
  'tipped',
  'planned',
  'delayed',
  'postponed',
  'pushed',
  'seen',
  'not',
  'no',
  'still',
  'now',
  'then',
  // "is awaiting two trial results in CY25": what is awaited lies ahead.
  'awaiting',
  'eyeing',
  'targeting',
  // "Golden Pass LNG is coming online in 2025": the progressive of an arrival is an arranged future.
  'coming',
  'arriving',
  'launching',
  'returning',
]);

/** The auxiliaries that begin a finite verb group: after "and" or a comma they start a clause of their own. */
export const AUXILIARIES = ['is', 'are', 'was', 'were', 'will', 'would', 'could', 'should', 'has', 'have', 'had'];

export const AUX_AFTER_AND = wordSet([
  ...AUXILIARIES,
  'expects',
  'sees',
  'then',
  'we',
  'it',
  'they',
  'there',
  'a',
  'the',
]);

export const PARTICIPLE_DATE = wordSet([
  'between',
  'in',
  'on',
  'at',
  'into',
  'during',
  'last',
  'earlier',
  'this',
  'since',
  'from',
]);

export const ADJECTIVES = wordSet([
  'fixed',
  'united',
  'advanced',
  'detailed',
  'skilled',
  'related',
  'armed',
  'diversified',
  'integrated',
  'automated',
  'listed',
  'rated',
  'sized',
  'leveraged',
  'grounded',
  'renewed',
  'combined',
  'red',
  'bed',
  'need',
]);

export const NOT_OBJECT = wordSet([
  'in',
  'on',
  'at',
  'by',
  'to',
  'for',
  'from',
  'into',
  'until',
  'till',
  'through',
  'during',
  'over',
  'under',
  'with',
  'without',
  'as',
  'since',
  'after',
  'before',
  'than',
  'of',
  'off',
  'out',
  'up',
  'down',
  'back',
  'and',
  'or',
  'but',
  ',',
  '.',
  ';',
  ':',
  '-',
  ')',
  '(',
  'that',
  'when',
  'if',
  'once',
  'while',
  'because',
  'so',
  'then',
  'again',
  '',
]);

/** Auxiliaries that resume a main clause after a comma: "bills, which rose in April, are forecast to …". */
export const RESUMING = wordSet([...AUXILIARIES, 'may', 'might', 'must', 'remains', 'remain']);

export const TAIL_VERBS = wordSet([
  'said',
  'says',
  'told',
  'tells',
  'wrote',
  'writes',
  'added',
  'adds',
  'noted',
  'notes',
  'informed',
]);

export const PRONOUN = wordSet(['he', 'she', 'it', 'they', 'we', 'i', 'you', 'who']);

/** Irregular simple past forms that mark a clause as past right before a time phrase. */
export const PAST_VERBS = wordSet([
  'rose',
  'fell',
  'grew',
  'was',
  'were',
  'began',
  'sank',
  'hit',
  'did',
  'had',
  'came',
  'went',
  'saw',
  'took',
  'made',
  'won',
  'lost',
  'ran',
  'spent',
]);

/**
 * Agreements, rules and terms whose own start, run or end stated in the present is their schedule (TIME-WINDOWS.md:
 * a statement of the current plan, as "is scheduled for 2027" is): "the contract runs through 2028", "the ban starts
 * in January", "the levy kicks in next year".
 */
export const TERM_NOUNS = wordSet([
  ...['contract', 'contracts', 'agreement', 'agreements', 'deal', 'deals', 'lease', 'leases', 'licence', 'license'],
  ...['treaty', 'pact', 'term', 'terms', 'tenure', 'mandate', 'patent', 'patents', 'law', 'laws', 'rule', 'rules'],
  ...['regulation', 'regulations', 'policy', 'ban', 'bans', 'tax', 'taxes', 'levy', 'levies', 'fee', 'fees'],
  ...['tariff', 'tariffs', 'sanctions', 'cap'],
  // "Macau's six concessions run until December 31, 2032": a right granted for a term.
  ...['concession', 'concessions', 'licences', 'licenses', 'permit', 'permits', 'franchise', 'charter'],
]);

/** "in effect", "into force", "in place": a rule's state of applying ("comes into force", "stays in effect until"). */
export const IN_FORCE = wordSet(['place', 'effect', 'force']);

/** What a rule becomes on its first day: "becomes effective / applicable / enforceable on …". */
export const IN_EFFECT = wordSet(['effective', 'applicable', 'enforceable']);

// Prepositions before a name ("at Galaxy Unpacked", "for Unpacked").
export const NAME_PREPOSITIONS = wordSet(['at', 'in', 'on', 'for', 'to', 'from', 'during', 'before', 'after', 'until']);

const HEADLINES = new WeakMap<readonly Token[], boolean>();

/**
 * "Fed Signaled Two Cuts In September": a sentence in headline case (seven in ten of at least four words capitalised),
 * whose capitals mark no names. Computed once per sentence.
 */
export function headlineCase(toks: readonly Token[]): boolean {
  const known = HEADLINES.get(toks);
  if (known !== undefined) return known;
  let words = 0;
  let upper = 0;
  for (const tok of toks) {
    if (!/^[a-z]/.test(tok.t)) continue;
    words++;
    if (tok.upper) upper++;
  }
  const headline = words >= 4 && upper * 10 >= words * 7;
  HEADLINES.set(toks, headline);
  return headline;
}

/**
 * "at Galaxy Unpacked in late July", "at Unpacked in July": a capitalised word at `k` after a capitalised word or a
 * preposition is a name's word, outside a headline (a sentence's first word is no name's).
 */
export function nameWordAt(toks: readonly Token[], k: number): boolean {
  if (k < 1 || toks[k]?.upper !== true) return false;
  return (toks[k - 1]?.upper === true || NAME_PREPOSITIONS.at(toks, k - 1)) && !headlineCase(toks);
}

// Sittings a date says when they are held ("at its June meeting", "the July 23 session"): the agenda rules' nouns.
export const MEETING_WORDS = ['meeting', 'session', 'hearing', 'summit', 'conference', 'plenary', 'call'];
// Occasions a date says when they are held, not which one of a series ("the June meeting", "the March deadline"): the
// sittings and their plurals, votes, elections, deadlines, windows and auctions. One list for a month before its noun
// (names.ts) and a weekday before its noun (weekdays.ts, which adds the one-day events a weekday holds).
export const OCCASION_NOUNS = wordSet([
  ...MEETING_WORDS,
  ...MEETING_WORDS.map((m) => `${m}s`),
  ...['vote', 'votes', 'election', 'elections', 'deadline', 'deadlines', 'window', 'windows', 'auction', 'auctions'],
]);
