/**
 * Months, days and seasons (TIME-WINDOWS.md, "Periods" and "More conventions"): "March", "Sept. 2027",
 * "Jan. 15, 2027", "15 April 2026", numeric US dates "3/15/2027", "the week of July 19", seasons with a
 * hemisphere ("the southern hemisphere winter", "austral autumn": six months on from the northern season).
 */
import { dayOf, isoWeekMonday, monthEnd, monthsRange, partsOf, type Range } from './dates.js';
import { monthFiscalYear } from './fiscal-periods.js';
import { apostropheYear, fourDigitYear, isNum, named, w, yearSuffix, type Ctx, type Parsed } from './period-core.js';
import { AMBIGUOUS_MONTHS, DATE_CONTEXT, MONTHS, QUANTITY_AFTER, SEASON_CODES, SEASONS } from './vocab.js';
import { MODALS as CORE_MODALS } from './modal-words.js';

const MODALS = new Set<string>([...CORE_MODALS, 'can', "won't", 'not']);
const SOUTH = new Set(['southern', 'austral']);
const HEMISPHERE = new Set(['southern', 'austral', 'northern', 'boreal']);

/** A day of the month ("15", "15th"), or null. */
export function dayNumber(t: string): number | null {
  // A day's token starts with a digit, before any suffix: most tokens read here stop at once.
  const c = t.charCodeAt(0);
  if (!(c >= 48 && c <= 57)) return null;
  let s = t;
  for (const suf of ['st', 'nd', 'rd', 'th']) if (s.endsWith(suf)) s = s.slice(0, -2);
  if (!isNum(s, 1) && !isNum(s, 2)) return null;
  const d = Number(s);
  return d >= 1 && d <= 31 ? d : null;
}

const OWNERS = new Set(['its', 'their', 'his', 'her', 'our', 'the']);
const STRETCH_NOUNS = new Set(['window', 'windows', 'period', 'stretch', 'slot']);
const MEETINGS = new Set(['meeting', 'meetings', 'session', 'hearing', 'summit', 'conference', 'auction', 'vote']);

/** Words before a day number that introduce it as a date ("by 31 March", "on 2 May", "until 6 March"). */
const DAY_INTRO = new Set([
  'on',
  'by',
  'from',
  'until',
  'till',
  'til',
  'before',
  'after',
  'since',
  'to',
  'through',
  'thru',
]);
const DAY_INTRO_MARKS = new Set(['-', '–', '—', '(', ':']);
const WEEKDAY_WORDS = new Set(
  ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'].flatMap((d) => [d, d.slice(0, 3)]),
);

/** The token at `k` (the one before a day number) introduces the day as a date, or the day opens the sentence. */
function dayIntroduced(ctx: Ctx, k: number): boolean {
  if (k < 0) return true;
  const t = w(ctx, k);
  if (DAY_INTRO.has(t) || DAY_INTRO_MARKS.has(t) || WEEKDAY_WORDS.has(t)) return true;
  // "Friday, 31 March" / "Fri. 2 May": a weekday before a comma or a full stop.
  return (t === ',' || t === '.') && WEEKDAY_WORDS.has(w(ctx, k - 1));
}

// In a lower-case note only a preposition of time makes a month word a month: "to march higher", "the apr on new
// cards", "me and jan think" are a verb, a rate and a name.
const LOWER_MONTH_INTRO = new Set([
  'in',
  'by',
  'since',
  'until',
  'till',
  'til',
  'before',
  'after',
  'through',
  'thru',
  'during',
  'from',
  'into',
  'early',
  'mid',
  'late',
  'next',
  'last',
  'this',
]);
const PERIOD_EDGES = new Set(['end', 'start', 'beginning', 'middle', 'rest']);
// "march on", "march higher": a verb of motion, whatever stands before it.
const MOTION_AFTER = new Set(['on', 'higher', 'lower', 'toward', 'towards', 'up', 'down', 'back', 'forward', 'ahead']);

/** A lower-case month word at `i` (no day or year beside it) introduced as a month in a lower-case note. */
function lowerCaseMonth(ctx: Ctx, i: number, prev: string): boolean {
  const t = w(ctx, i);
  if ((t === 'march' || t === 'mar') && MOTION_AFTER.has(w(ctx, i + 1))) return false;
  if (LOWER_MONTH_INTRO.has(prev)) return true;
  // "by end of march", "mid-march".
  if (prev === 'of') return PERIOD_EDGES.has(w(ctx, i - 2));
  return prev === '-' && (w(ctx, i - 2) === 'mid' || w(ctx, i - 2) === 'early' || w(ctx, i - 2) === 'late');
}

/** The month named at token `i` ("March" only capitalised and in a dated context), or null. */
export function monthAt(ctx: Ctx, i: number): number | null {
  const tok = ctx.toks[i];
  if (!tok) return null;
  const m = MONTHS.get(tok.t);
  if (m === undefined) return null;
  if (!AMBIGUOUS_MONTHS.has(tok.t)) return m;
  // A sentence written wholly in lower case ("fed cuts on dec 9 and again in march", a mobile note) has no capitals
  // to tell the month from the word: there the dated context below decides alone ("may" stays the modal).
  if (!tok.upper && (tok.t === 'may' || !lowerCaseSentence(ctx))) return null;
  const prev = w(ctx, i - 1);
  const next = w(ctx, i + (w(ctx, i + 1) === '.' ? 2 : 1));
  if (dayNumber(next) !== null || fourDigitYear(next) !== null || apostropheYear(next) !== null) return m;
  // "by 31 March, per @desk", "the Guineas on 2 May will …": a day before the capitalised month makes it the month,
  // as a day after it does, when the day is itself introduced as a date (a time preposition, a weekday or the
  // sentence start before it); "Our top 10 March Madness picks", "Our 5 May picks" count things.
  if (dayNumber(prev) !== null && ctx.toks[i - 1]?.upper === false && /^[0-9]/.test(prev) && dayIntroduced(ctx, i - 2))
    return m;
  if (!tok.upper) return lowerCaseMonth(ctx, i, prev) ? m : null;
  // "at its May board meeting", "the March policy meeting": no modal follows a determiner, and a meeting is dated by
  // its month ("its March policy update" still names the update).
  const noun = ctx.toks[i + 1];
  const meeting = MEETINGS.has(w(ctx, i + 1)) || MEETINGS.has(w(ctx, i + 2));
  if (OWNERS.has(prev) && noun && !noun.upper && meeting) return m;
  return DATE_CONTEXT.has(prev) || prev === '-' || prev === '"' || w(ctx, i + 1) === '.' ? m : null;
}

/** No token of the sentence is capitalised (computed once, only when a lower-case month word asks). */
function lowerCaseSentence(ctx: Ctx): boolean {
  if (ctx.lowerCase === undefined) ctx.lowerCase = !ctx.toks.some((t) => t.upper);
  return ctx.lowerCase;
}

function dayRange(y: number, mo: number, d: number): Range {
  const dn = dayOf(y, mo, Math.min(d, partsOf(monthEnd(y, mo)).d));
  return { s: dn, e: dn };
}

const OR_DAY_ENDS = new Set(['', 'and', 'in', 'at', 'before', 'after', 'when', 'if', 'as', 'with', 'for', 'but', 'or']);

/**
 * "from July 8 to 11", "between July 8 and 11", "on July 8 or 9": a span of days in one month spelled out after "from"
 * or "between" (or a spaced dash after "from"), or two days as alternatives, its last day a bare number (the last day, or null). A number that a quantity, a month or a year follows ("from
 * July 8 to 11 percent", "to 10 per cent", "to 11 August") is no day of this month.
 */
function spelledDaySpan(ctx: Ctx, monthAt: number, dayAt: number, d: number): number | null {
  const opener = w(ctx, monthAt - 1);
  const joiner = w(ctx, dayAt + 1);
  // A spaced dash joins the days as "to" does ("from October 26 - 29, 2020"); a glued one is read as a range elsewhere.
  const dash = (joiner === '-' || joiner === '–') && !ctx.toks[dayAt + 1]?.glued;
  const from = opener === 'from' && (joiner === 'to' || joiner === 'through' || dash);
  // "on Dec. 18 or 19": alternative days give their hull (rule 8), as "Dec. 18 or Dec. 19" does.
  if (!(from || joiner === 'or' || (opener === 'between' && joiner === 'and'))) return null;
  const d2 = dayNumber(w(ctx, dayAt + 2));
  const after = w(ctx, dayAt + 3);
  if (
    d2 === null ||
    d2 <= d ||
    QUANTITY_AFTER.has(after) ||
    after === 'per' ||
    MONTHS.has(after) ||
    /^[0-9]/.test(after)
  )
    return null;
  // After "or" the second number is a day only where the phrase ends ("on June 1 or 15, …"), not a count ("or 15
  // business days after approval", "or 12 hours later").
  if (joiner === 'or' && !OR_DAY_ENDS.has(after) && !/^[.,;:)!?—–]$/.test(after)) return null;
  return d2;
}

/** "March", "March 15", "March 15th, 2027", "Sept. 2027", "Jan. 15, 2027", "15 April 2026", "May 2026 fiscal year". */
export function parseMonth(ctx: Ctx, j: number): Parsed | null {
  let m = monthAt(ctx, j);
  let day: number | null = null;
  let next = j + 1;
  if (m === null) {
    day = dayNumber(w(ctx, j));
    if (day === null) return null;
    let k = j + 1;
    // "the ICC board meeting on 14-15 April": a span of days before its month, as "April 14-15" after it.
    let last: number | null = null;
    // "14 to 15 April" spells the span out.
    const joined = (w(ctx, k) === '-' && ctx.toks[k]?.glued && ctx.toks[k + 1]?.glued) || w(ctx, k) === 'to';
    if (joined) {
      last = dayNumber(w(ctx, k + 1));
      if (last !== null && last > day) k += 2;
      else last = null;
    }
    if (w(ctx, k) === 'of') k++;
    m = monthAt(ctx, k);
    if (m === null) return null;
    next = k + 1;
    if (last !== null) {
      const [mo, first, end] = [m, day, last];
      return named('day', (y) => ({ s: dayRange(y, mo, first).s, e: dayRange(y, mo, end).e }), ctx, next);
    }
  } else {
    if (w(ctx, next) === '.' && ctx.toks[next]?.glued) next++;
    const d = dayNumber(w(ctx, next));
    const range = w(ctx, next + 1) === '-' && ctx.toks[next + 1]?.glued;
    const spelled = d !== null && !range ? spelledDaySpan(ctx, j, next, d) : null;
    if (spelled !== null) {
      const [mo, d2] = [m, spelled];
      return named('day', (y) => ({ s: dayRange(y, mo, d as number).s, e: dayRange(y, mo, d2).e }), ctx, next + 3);
    }
    if (d !== null && !QUANTITY_AFTER.has(w(ctx, next + 1)) && !range) {
      day = d;
      next++;
    } else if (d !== null && range) {
      // "the March 17-18 meeting", "between February 14-20": a span of days in one month.
      const d2 = dayNumber(w(ctx, next + 2));
      if (d2 !== null && d2 > d && ctx.toks[next + 2]?.glued && !QUANTITY_AFTER.has(w(ctx, next + 3))) {
        const mo = m;
        return named('day', (y) => ({ s: dayRange(y, mo, d).s, e: dayRange(y, mo, d2).e }), ctx, next + 3);
      }
    }
  }
  const mo = m;
  if (day === null) {
    const ys = yearSuffix(ctx, next);
    if (ys) {
      const fy = monthFiscalYear(ctx, ys.next, mo, ys.y);
      if (fy) return fy;
    }
    // "an April-May window next year": a noun of a stretch of time between the month and its year.
    // "an April window in 2027": the year may follow "in".
    const yearAt = w(ctx, next + 1) === 'in' && /^[0-9]{4}$/.test(w(ctx, next + 2)) ? next + 2 : next + 1;
    const held = STRETCH_NOUNS.has(w(ctx, next)) ? yearSuffix(ctx, yearAt) : null;
    if (held) return { spec: { unit: 'month', at: (y) => monthsRange(y, mo, mo), year: held.y }, next: held.next };
    return named('month', (y) => monthsRange(y, mo, mo), ctx, next);
  }
  const dd = day;
  return named('day', (y) => dayRange(y, mo, dd), ctx, next);
}

/** Numeric US dates "3/15/2027", "7/30/26" (month first), all glued. */
export function parseNumericDate(ctx: Ctx, j: number): Parsed | null {
  const a = w(ctx, j);
  if (!(isNum(a, 1) || isNum(a, 2)) || w(ctx, j + 1) !== '/' || w(ctx, j + 3) !== '/') return null;
  for (let k = j + 1; k <= j + 4; k++) if (!ctx.toks[k]?.glued) return null;
  const b = w(ctx, j + 2);
  const c = w(ctx, j + 4);
  const y = fourDigitYear(c) ?? (isNum(c, 2) ? 2000 + Number(c) : null);
  const mo = Number(a);
  const d = dayNumber(b);
  if (y === null || d === null || mo < 1 || mo > 12 || d > partsOf(monthEnd(y, mo)).d) return null;
  const day = dayOf(y, mo, d);
  return { spec: { unit: 'day', fixed: { s: day, e: day } }, next: j + 5 };
}

/** "the week of July 19": the ISO week (Monday–Sunday) containing that day. */
export function parseWeekOf(ctx: Ctx, j: number): Parsed | null {
  if (w(ctx, j) !== 'week' || w(ctx, j + 1) !== 'of') return null;
  const day = parseMonth(ctx, j + 2);
  if (!day || day.spec.unit !== 'day' || !day.spec.at) return null;
  const at = day.spec.at;
  const weekOf = (y: number): Range => {
    const mon = isoWeekMonday(at(y).s);
    return { s: mon, e: mon + 6 };
  };
  return { spec: { unit: 'day', at: weekOf, year: day.spec.year }, next: day.next };
}

/** Skips a hemisphere adjective ("southern hemisphere", "austral") in front of a season. */
export function skipHemisphere(ctx: Ctx, k: number): number {
  if (!HEMISPHERE.has(w(ctx, k))) return k;
  const dash = w(ctx, k + 1) === '-' && w(ctx, k + 2) === 'hemisphere' ? 1 : 0;
  const h = w(ctx, k + 1 + dash) === 'hemisphere' ? k + 2 + dash : k + 1;
  return SEASONS.get(w(ctx, h)) !== undefined ? h : k;
}

/** The hemisphere word before a season ("southern hemisphere", "austral"), skipping "the". */
function hemisphereBefore(ctx: Ctx, i: number): { south: boolean; at: number } | null {
  let p = i - 1;
  if (w(ctx, p) === 'hemisphere' || w(ctx, p) === "hemisphere's") p--;
  if (w(ctx, p) === '-' && HEMISPHERE.has(w(ctx, p - 1))) p--;
  return HEMISPHERE.has(w(ctx, p)) ? { south: SOUTH.has(w(ctx, p)), at: p } : null;
}

/** Words after "fall" or "spring" that make it the verb ("fall slightly", "spring back"). */
const VERB_AFTER = new Set([
  'slightly',
  'sharply',
  'further',
  'back',
  'short',
  'below',
  'behind',
  'apart',
  'off',
  'steeply',
]);

function seasonOk(ctx: Ctx, i: number): boolean {
  const verbLike = w(ctx, i) === 'fall' || w(ctx, i) === 'spring';
  // 'expects prices to "fall slightly"': a quote mark may stand between "to" and the verb.
  const before = w(ctx, i - 1) === '"' ? w(ctx, i - 2) : w(ctx, i - 1);
  if (verbLike && (before === 'to' || MODALS.has(before) || VERB_AFTER.has(w(ctx, i + 1)))) return false;
  if (hemisphereBefore(ctx, i)) return true;
  // "return to normal during October as fall develops": a season that is the subject of its own "as / when" clause
  // is an anchor of that clause, not a period of the outcome.
  if (ANCHORING.has(before) && /^[a-z]{4,}s$/.test(w(ctx, i + 1)) && !ctx.toks[i + 1]?.upper) return false;
  if (ctx.toks[i]?.upper && ctx.toks[i + 1]?.upper && i > 0) return false; // "the Autumn Budget" is a name
  if (seasonAsAdjective(ctx, i)) return false;
  let p = i - 1;
  while (['possibly', 'maybe', 'perhaps', 'even'].includes(w(ctx, p))) p--;
  // 'in the "spring"': an article, a quote mark or both.
  if (w(ctx, p) === '"') p--;
  if (w(ctx, p) === 'the') p--;
  if (w(ctx, p) === '-') p--;
  // "through at least the spring": "at least" keeps the word before it.
  if (w(ctx, p) === 'least' && w(ctx, p - 1) === 'at') p -= 2;
  if (DATE_CONTEXT.has(w(ctx, p)) && w(ctx, p) !== 'the') return true;
  if ((w(ctx, p) === 'and' || w(ctx, p) === 'or') && SEASONS.get(w(ctx, p - 1)) === undefined) {
    for (let k = p - 1; k >= p - 6 && k >= 0; k--) if (SEASONS.get(w(ctx, k)) !== undefined) return true;
  }
  return yearSuffix(ctx, i + 1) !== null || seasonSubject(ctx, i);
}

const ANCHORING = new Set(['as', 'when', 'once']);
const SUBJECT_VERBS = new Set([...MODALS, 'is']);
// "Summer looks set to be hot", "Winter promises to be mild": a verb of outlook, only before what it forecasts.
const OUTLOOK_VERBS = new Map([
  ['looks', /^(set|likely|to|like)$/],
  ['promises', /^to$/],
]);
const PLACE_PREPOSITIONS = new Set(['in', 'across', 'on', 'over', 'for', 'along']);

/**
 * "Winter in the UK will be colder than last year", "The summer will be hot": a season opening the sentence as the
 * subject of its verb is the coming season (rule 6), unlike "Winter wheat will …", where it qualifies a noun.
 */
function seasonSubject(ctx: Ctx, i: number): boolean {
  if (i > (w(ctx, 0) === 'the' ? 1 : 0)) return false;
  const next = w(ctx, i + 1);
  if (SUBJECT_VERBS.has(next) || OUTLOOK_VERBS.get(next)?.test(w(ctx, i + 2))) return true;
  // "Fall in the dollar will hurt exports": "fall" and "spring" before a preposition may be the nouns of movement.
  if (!PLACE_PREPOSITIONS.has(next) || w(ctx, i) === 'fall' || w(ctx, i) === 'spring') return false;
  for (let k = i + 2; k <= i + 7; k++) {
    const t = w(ctx, k);
    if (MODALS.has(t)) return true;
    if (!/^[a-z.]+$/.test(t)) return false;
  }
  return false;
}

/** Words after a season that do not make it an adjective: periods it names and the words that join clauses. */
const NOT_A_NOUN_AFTER = new Set([
  'months',
  'season',
  'seasons',
  'quarter',
  'term',
  'session',
  'when',
  'while',
  'with',
  'will',
  'would',
  'before',
  'after',
  'into',
  'than',
  'then',
  'unless',
  'until',
  'through',
  'once',
  'that',
  'which',
  'because',
  'even',
  'ahead',
  'also',
  'since',
  'onward',
  'onwards',
  // "over the summer despite weak demand": a preposition opens the next phrase, it is no noun the season qualifies.
  'despite',
  'notwithstanding',
  'amid',
  'against',
  'without',
]);

/** "1.38 billion bushels of winter wheat", "the summer blockbusters": a bare season before a noun names a kind of thing. */
function seasonAsAdjective(ctx: Ctx, i: number): boolean {
  const before = w(ctx, i - 1);
  const next = w(ctx, i + 1);
  if (before !== 'of' && before !== 'the') return false;
  // "during the fall fire season", "the summer travel season": a kind of season named by its season is that season.
  if (w(ctx, i + 2) === 'season' && /^[a-z]{3,}$/.test(next)) return false;
  // "A ceasefire before the spring triggers a sell-off": after a time preposition, an "-s" word that takes an object
  // right away is the sentence's verb, not a noun the season qualifies ("before the winter storms arrive" still is).
  if (TIME_PREPOSITIONS.has(w(ctx, i - 2)) && /s$/.test(next) && OBJECT_AFTER_VERB.test(w(ctx, i + 2))) return false;
  return /^[a-z]{4,}$/.test(next) && !next.endsWith('ly') && !NOT_A_NOUN_AFTER.has(next) && !ctx.toks[i + 1]?.upper;
}

const TIME_PREPOSITIONS = new Set(['before', 'by', 'until', 'till', 'through', 'after', 'during', 'in', 'over']);
const OBJECT_AFTER_VERB = /^(a|an|the|its|their|his|her|our|[0-9$€£].*)$/;

/** The first month of the southern season named like the northern one starting in `north` (six months on). */
export function southern(north: number): number {
  return ((north + 5) % 12) + 1;
}

const CODE_PREPOSITIONS = new Set([
  ...['in', 'through', 'thru', 'by', 'during', 'until', 'till', 'into', 'for', 'from', 'over', 'to', 'before', 'after'],
]);

/**
 * A three-month season written as its months' initials in capitals ("DJF", "SON 2027"): those three months, the
 * nearest not yet ended unless a year follows, as a season named in words is; a year after one that spans the new
 * year is the year it starts in, as "winter 2026" is.
 */
export function parseSeasonCode(ctx: Ctx, j: number): Parsed | null {
  const first = SEASON_CODES.get(w(ctx, j));
  const raw = ctx.toks[j]?.raw;
  // "over the SON label": before its noun it names a thing, as "the summer blockbusters" does.
  if (first === undefined || raw !== raw?.toUpperCase() || seasonAsAdjective(ctx, j)) return null;
  const p = named('season', (y) => monthsRange(y, first, first + 2), ctx, j + 1, true);
  // Only where it can be no name or ticker ("ASO will unveil …", "JAS 39 Gripen"): after a time preposition, before
  // its year, or beside another code ("DJF–MAM").
  const codeNear = (k: number) => SEASON_CODES.has(w(ctx, k)) && ctx.toks[k]?.raw === ctx.toks[k]?.raw.toUpperCase();
  const spanned = (w(ctx, j - 1) === '-' && codeNear(j - 2)) || (w(ctx, j + 1) === '-' && codeNear(j + 2));
  return CODE_PREPOSITIONS.has(w(ctx, j - 1)) || p.spec.year !== undefined || spanned ? p : null;
}

/** A season (northern meteorological unless a southern hemisphere is named: six months on). */
export function parseSeason(ctx: Ctx, j: number): Parsed | null {
  const north = SEASONS.get(w(ctx, j));
  if (north === undefined || !seasonOk(ctx, j)) return null;
  const first = hemisphereBefore(ctx, j)?.south ? southern(north) : north;
  const p = named('season', (y) => monthsRange(y, first, first + 2), ctx, j + 1, true);
  // "during the northern hemisphere summer in 2020": a year right after the season, as "of 2020" is, is its year.
  const inYear = p.spec.year === undefined && w(ctx, p.next) === 'in' ? fourDigitYear(w(ctx, p.next + 1)) : null;
  if (inYear !== null) {
    p.spec.year = inYear;
    p.next += 2;
  }
  p.spec.season = { first: north };
  return p;
}
