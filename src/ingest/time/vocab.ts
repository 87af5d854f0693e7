/**
 * Word lists of TIME-WINDOWS.md ("Periods", the vague-phrase table, rule 7 look-alikes), in token form.
 */
import { wordSet } from './tokens.js';

/** Month names and abbreviations → month number. "march", "may" and abbreviations count only when capitalised (see periods.ts). */
export const MONTHS = new Map<string, number>([
  ['january', 1],
  ['february', 2],
  ['march', 3],
  ['april', 4],
  ['may', 5],
  ['june', 6],
  ['july', 7],
  ['august', 8],
  ['september', 9],
  ['october', 10],
  ['november', 11],
  ['december', 12],
  ['jan', 1],
  ['feb', 2],
  ['mar', 3],
  ['apr', 4],
  ['jun', 6],
  ['jul', 7],
  ['aug', 8],
  ['sep', 9],
  ['sept', 9],
  ['oct', 10],
  ['nov', 11],
  ['dec', 12],
]);

/** Month words that are also ordinary English words or names: only capitalised and in a dated context. */
export const AMBIGUOUS_MONTHS = new Set([
  'march',
  'may',
  'jan',
  'mar',
  'jun',
  'jul',
  'aug',
  'sep',
  'oct',
  'nov',
  'dec',
  'feb',
  'apr',
  'sept',
]);

/** Northern meteorological seasons (TIME-WINDOWS.md, "Periods"): first month of each; winter YYYY = Dec YYYY – Feb YYYY+1. */
export const SEASONS = new Map<string, number>([
  ['spring', 3],
  ['summer', 6],
  ['fall', 9],
  ['autumn', 9],
  ['winter', 12],
]);

/**
 * Three-month seasons written as their months' initials, as climate outlooks write them ("DJF", "MAM", "SON"): the
 * first month of each. Read only in capitals, since "son" and "mam" are also words.
 */
export const SEASON_CODES = new Map<string, number>([
  ['djf', 12],
  ['jfm', 1],
  ['fma', 2],
  ['mam', 3],
  ['amj', 4],
  ['mjj', 5],
  ['jja', 6],
  ['jas', 7],
  ['aso', 8],
  ['son', 9],
  ['ond', 10],
  ['ndj', 11],
]);

/** Number words for durations; "couple" = 2, "few" = 3 (TIME-WINDOWS.md, "Periods"). */
export const NUMBER_WORDS = new Map<string, number>([
  ['a', 1],
  ['an', 1],
  ['one', 1],
  ['two', 2],
  ['three', 3],
  ['four', 4],
  ['five', 5],
  ['six', 6],
  ['seven', 7],
  ['eight', 8],
  ['nine', 9],
  ['ten', 10],
  ['eleven', 11],
  ['twelve', 12],
  ['fifteen', 15],
  ['eighteen', 18],
  ['twenty', 20],
  ['thirty', 30],
  ['couple', 2],
  ['few', 3],
]);

/** Ordinals naming quarters and halves. */
export const ORDINALS = new Map<string, number>([
  ['first', 1],
  ['1st', 1],
  ['second', 2],
  ['2nd', 2],
  ['third', 3],
  ['3rd', 3],
  ['fourth', 4],
  ['4th', 4],
  ['final', 4],
  ['front', 1],
  ['back', 2],
  ['latter', 2],
]);

/** Words after which a capitalised-looking season, half or year still reads as a date (not a name like "Vision 2030"). */
export const DATE_CONTEXT = new Set([
  'in',
  'by',
  'during',
  'through',
  'thru',
  'until',
  'till',
  'til',
  'before',
  'after',
  'into',
  'for',
  'from',
  'to',
  'over',
  'across',
  'since',
  'of',
  'and',
  'or',
  'early',
  'mid',
  'late',
  'end',
  'the',
  'this',
  'next',
  'last',
  'as',
  'than',
  'around',
  'circa',
  'throughout',
  'within',
  'between',
  'vs',
  'versus',
  'fiscal',
  'fy',
  'calendar',
  'cy',
  'q1',
  'q2',
  'q3',
  'q4',
  'h1',
  'h2',
  'starting',
  'beginning',
  'sometime',
  'pre',
  'post',
  'ahead',
  'about',
  'at',
  'on',
  'toward',
  'towards',
  'spring',
  'summer',
  'fall',
  'autumn',
  'winter',
  'latest',
  'earliest',
  'later',
  'earlier',
  'ye',
  'year',
  'end-',
  'until',
  'circa',
]);

/** Tokens after a year that make it a quantity, not a date ("2030 MW", "2030%"). */
export const QUANTITY_AFTER = new Set([
  '%',
  'percent',
  'mw',
  'gw',
  'kw',
  'twh',
  'gwh',
  'mwh',
  'units',
  'tons',
  'tonnes',
  'people',
  'jobs',
  'bps',
  'points',
  'pts',
  'barrels',
  'bpd',
  'x',
  'km',
  'miles',
  'employees',
  'users',
  'stores',
  'sites',
  'cars',
  'vehicles',
  'chips',
  'wafers',
  'deals',
]);

/** Tokens before a number that make it a quantity or an identifier, not a year. */
export const QUANTITY_BEFORE = new Set([
  '$',
  '€',
  '£',
  '¥',
  '#',
  'no',
  'number',
  'route',
  'section',
  'title',
  'model',
  'version',
  'v',
]);

/** Verbs that move a date ("postpone", "delayed", "slips", "pushed back"), by their stem. */
export const POSTPONING_VERB = /^(postpone|delay|push|defer|slip|move|shift|reschedul)/;

/**
 * Participles that point forward, to a plan or an expectation ("expected in Q3", "slated for May"):
 * the dates after them are still ahead (TIME-WINDOWS.md rule 7). clauses.ts and time-phrases.ts
 * each add a few of their own.
 */
export const FORWARD_PARTICIPLES: readonly string[] = [
  'expected',
  'scheduled',
  'slated',
  'planned',
  'delayed',
  'pushed',
  'postponed',
  'forecasted',
  'predicted',
  'projected',
  'targeted',
  'anticipated',
  'estimated',
  'guided',
  'timed',
  'deferred',
  'needed',
  'required',
  'priced',
  'based',
  'aimed',
  'designed',
  'tied',
  'limited',
  'capped',
  'locked',
  'booked',
  'penciled',
  'pencilled',
  'earmarked',
  'budgeted',
  'contracted',
  'committed',
  'reserved',
];

/** "unchanged", "unresolved": these un- participles have no verb behind them, so they are adjectives. */
export const UN_ADJECTIVES = wordSet([
  'unchanged',
  'unaltered',
  'unresolved',
  'unexpected',
  'unanticipated',
  'unsettled',
  'undecided',
  'unscheduled',
  'unaffected',
  'unabated',
  'unmatched',
  'unemployed',
  'unsecured',
  'unfilled',
]);

/**
 * Indexes multi-word phrases by their first word, each word list longest first, so that a matcher
 * reading the token at hand tries the longest phrase that starts with it first.
 */
export function phrasesByFirstWord<T>(phrases: ReadonlyArray<readonly [string, T]>): Map<string, Array<[string[], T]>> {
  const index = new Map<string, Array<[string[], T]>>();
  for (const [p, v] of phrases) {
    const seq = p.split(' ');
    const list = index.get(seq[0] as string) ?? [];
    list.push([seq, v]);
    list.sort((a, b) => b[0].length - a[0].length);
    index.set(seq[0] as string, list);
  }
  return index;
}

export { SCALE_WORDS } from './tokens.js';

/** Currency codes written as words beside an amount ("USD 9.6 billion", "3 billion yen"). */
export const CURRENCY_CODES = wordSet([
  ...['usd', 'eur', 'gbp', 'jpy', 'krw', 'cny', 'rmb', 'aud', 'cad', 'nzd', 'chf', 'inr', 'mxn', 'brl', 'hkd'],
  ...['sgd', 'twd', 'yen'],
]);
