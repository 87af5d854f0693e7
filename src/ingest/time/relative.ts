/**
 * Relative periods, rolling durations and the vague-word lists of TIME-WINDOWS.md ("Periods"):
 * this / next week, month, quarter, year, decade; "within the next N units"; duration ranges (upper bound);
 * "coming weeks" (+56 days), "imminent" (+90 days, a default), "eventually" (null).
 */
import { addMonthsClamped, dayOf, isoWeekMonday, monthsRange, partsOf, type Range } from './dates.js';
import { w, type Ctx, type Parsed, type Spec } from './periods.js';
import { isPastForm } from './clause-checks.js';
import { parseEvent } from './events.js';
import { MONTHS, NUMBER_WORDS, phrasesByFirstWord, SEASONS } from './vocab.js';
import { wordSet } from './tokens.js';

type Vague = 'd14' | 'w56' | 'm6' | 'y3' | 'default' | 'null';

const VAGUE_LIST: Array<[string, Vague]> = [
  ['in the coming days', 'd14'],
  ['the coming days', 'd14'],
  ['coming days', 'd14'],
  // "the upcoming months" are "the coming months", as "the upcoming quarter" is the coming one.
  ['in the upcoming days', 'd14'],
  ['the upcoming days', 'd14'],
  ['upcoming days', 'd14'],
  ['within days', 'd14'],
  ['in a matter of days', 'd14'],
  ['next few days', 'd14'],
  ['in the coming weeks', 'w56'],
  ['the coming weeks', 'w56'],
  ['coming weeks', 'w56'],
  ['in the upcoming weeks', 'w56'],
  ['the upcoming weeks', 'w56'],
  ['upcoming weeks', 'w56'],
  ['next few weeks', 'w56'],
  ['within weeks', 'w56'],
  ['in a matter of weeks', 'w56'],
  ['in the coming months', 'm6'],
  ['the coming months', 'm6'],
  ['coming months', 'm6'],
  ['in the upcoming months', 'm6'],
  ['the upcoming months', 'm6'],
  ['upcoming months', 'm6'],
  ['next few months', 'm6'],
  ['within months', 'm6'],
  ['in a matter of months', 'm6'],
  ['in the coming years', 'y3'],
  ['the coming years', 'y3'],
  ['coming years', 'y3'],
  ['in the upcoming years', 'y3'],
  ['the upcoming years', 'y3'],
  ['upcoming years', 'y3'],
  ['next few years', 'y3'],
  ['imminent', 'default'],
  ['imminently', 'default'],
  ['soon', 'default'],
  ['shortly', 'default'],
  ['any day now', 'default'],
  ['in the near term', 'default'],
  ['near term', 'default'],
  ['around the corner', 'default'],
  ['in the near future', 'default'],
  ['near future', 'default'],
  ['before long', 'default'],
  ['any moment now', 'default'],
  ['any minute now', 'default'],
  ['eventually', 'null'],
  ['someday', 'null'],
  ['some day', 'null'],
  ['at some point', 'null'],
  ['over time', 'null'],
  ['in the long run', 'null'],
  ['long run', 'null'],
  ['in the long term', 'null'],
  ['long term', 'null'],
  ['medium term', 'null'],
  ['in the medium term', 'null'],
  ['down the road', 'null'],
  ['sooner or later', 'null'],
  ['one day', 'null'],
  ['in due course', 'null'],
  ['over the long haul', 'null'],
  ['long haul', 'null'],
  ['in the fullness of time', 'null'],
];

const VAGUE_SEQS = phrasesByFirstWord(VAGUE_LIST);
/** The vague phrases' first words as a class, so a word that opens none is told by its bits, not looked up. */
const VAGUE_FIRST = wordSet(VAGUE_SEQS.keys());

const AHEAD_SPANS = new Map<string, (pub: number) => number>([
  ['days', (pub) => pub + 14],
  ['weeks', (pub) => pub + 56],
  ['months', (pub) => addMonthsClamped(pub, 6)],
]);

function matchSeq(ctx: Ctx, i: number, seq: readonly string[]): number {
  let k = i;
  for (const word of seq) {
    if (w(ctx, k) === '-' && ctx.toks[k]?.glued && k > i) k++;
    if (w(ctx, k) !== word) return -1;
    k++;
  }
  return k;
}

/** The vague phrase at token `i` (TIME-WINDOWS.md, vague-phrase table), as a fixed window from `published`, or a null-window marker. */
export function parseVague(ctx: Ctx, i: number): (Parsed & { nullish: boolean }) | null {
  return vagueAt(ctx, i) ?? (w(ctx, i) === 'the' ? vagueAt(ctx, i + 1) : null);
}

function vagueAt(ctx: Ctx, i: number): (Parsed & { nullish: boolean }) | null {
  // Read at every word of every sentence: most words open no vague phrase.
  if (!VAGUE_FIRST.at(ctx.toks, i)) return null;
  const seqs = VAGUE_SEQS.get(w(ctx, i));
  if (!seqs) return null;
  for (const [seq, kind] of seqs) {
    const next = matchSeq(ctx, i, seq);
    if (next < 0) continue;
    const first = seq[0];
    if (first === 'soon' || first === 'shortly') {
      if (w(ctx, i - 1) === 'as' || (w(ctx, next) === '-' && ctx.toks[next]?.glued)) return null;
      if (w(ctx, next) === 'after' || w(ctx, next) === 'thereafter')
        return { spec: { unit: 'span', tied: true }, next, nullish: true };
    }
    if (
      (w(ctx, next) === 'of' || w(ctx, next) === 'after') &&
      !['now', 'today', 'publication', 'writing'].includes(w(ctx, next + 1))
    )
      return { spec: { unit: 'span', tied: true }, next, nullish: true };
    const pub = ctx.pub;
    const ends: Record<Vague, number> = {
      d14: pub + 14,
      w56: pub + 56,
      m6: addMonthsClamped(pub, 6),
      y3: addMonthsClamped(pub, 36),
      default: pub + 90,
      null: pub,
    };
    const spec: Spec = { unit: 'span', fixed: { s: pub, e: ends[kind] }, isDefault: kind === 'default' };
    return { spec, next, nullish: kind === 'null' };
  }
  return null;
}

function parseCount(ctx: Ctx, i: number): { n: number; next: number; range: boolean } | null {
  let k = i;
  let t = w(ctx, k);
  // 'in a "couple of days"': the quote mark only encloses the phrase.
  if (t === 'a' && w(ctx, k + 1) === '"') k++;
  if (t === 'a' && (w(ctx, k + 1) === 'couple' || w(ctx, k + 1) === 'few')) t = w(ctx, ++k);
  // "last only about 1.5 years": a half written as a decimal, as "one and a half years" is.
  let n = NUMBER_WORDS.get(t) ?? (/^[0-9]{1,3}$/.test(t) || /^[0-9]{1,2}\.5$/.test(t) ? Number(t) : NaN);
  if (t === 'twenty' && w(ctx, k + 1) === '-' && NUMBER_WORDS.get(w(ctx, k + 2)) !== undefined) {
    n = 20 + (NUMBER_WORDS.get(w(ctx, k + 2)) as number);
    k += 2;
  }
  if (Number.isNaN(n) || n === 0) return null;
  k++;
  if ((t === 'couple' || t === 'few') && w(ctx, k) === 'of') k++;
  const sep = w(ctx, k);
  if (sep === '-' || sep === 'to' || sep === 'or') {
    const u = w(ctx, k + 1);
    const m = NUMBER_WORDS.get(u) ?? (/^[0-9]{1,3}$/.test(u) ? Number(u) : NaN);
    if (!Number.isNaN(m) && m > n) return { n: m, next: k + 2, range: true };
  }
  return { n, next: k, range: false };
}

const UNIT_MONTHS = new Map<string, number>([
  ['month', 1],
  ['quarter', 3],
  ['year', 12],
  ['decade', 120],
]);

function unitOf(t: string): string | null {
  const bare = t.endsWith("'s") ? t.slice(0, -2) : t.endsWith("s'") ? t.slice(0, -1) : t;
  const s = bare.endsWith('s') ? bare.slice(0, -1) : bare;
  return s === 'day' || s === 'week' || UNIT_MONTHS.get(s) !== undefined ? s : null;
}

function addUnits(pub: number, unit: string, n: number): number {
  if (unit === 'day') return pub + n;
  if (unit === 'week') return pub + 7 * n;
  return addMonthsClamped(pub, n * (UNIT_MONTHS.get(unit) as number));
}

// Words after a hyphenated count that are no noun it qualifies ("a two-week-long …" aside).
const FUNCTION_AFTER = new Set([
  'from',
  'for',
  'and',
  'the',
  'out',
  'old',
  'long',
  'before',
  'after',
  'into',
  'with',
  'ago',
]);

const ROLLING_TRIGGERS = new Set([
  'within',
  'over',
  'in',
  'during',
  'inside',
  'next',
  'around',
  'about',
  'roughly',
  'approximately',
  'another',
  'take',
  'takes',
  'taking',
  'need',
  'needs',
]);
/** "its current 3.7 percent level", "3.7%", "$4": a level a figure starts from. */
function startsLevel(ctx: Ctx, k: number): boolean {
  let x = k;
  if (['its', 'their', 'the', 'a'].includes(w(ctx, x))) x++;
  if (['current', 'present', 'recent'].includes(w(ctx, x))) x++;
  if (/^[0-9$€£]/.test(w(ctx, x))) return true;
  // "from the recent all-time lows", "from current levels": a level named by its noun, a few words on at most.
  for (let n = 0; n < 4; n++, x++) if (LEVEL_NOUNS.has(w(ctx, x))) return true;
  return false;
}
const LEVEL_NOUNS = new Set(['low', 'lows', 'high', 'highs', 'level', 'levels', 'peak', 'peaks', 'trough', 'bottom']);

const NOT_TIED = wordSet(['now', 'today', 'here', 'publication', 'this', 'writing', 'the']);
const THE_NOW = wordSet([
  'present',
  'publication',
  'writing',
  'year',
  'month',
  'week',
  'quarter',
  'end',
  'start',
  'beginning',
  'close',
  'new',
  'current',
  'next',
  'first',
  'second',
  'third',
  'fourth',
  'last',
]);
const HORIZON = wordSet(['horizon', 'window', 'view', 'target', 'outlook', 'timeframe', 'period', 'runway']);

/**
 * A rolling duration at `j` ("within the next 18 months", "2–3 years", "12 months from now"): `published` + N
 * units, the upper bound of a range; months clamp (TIME-WINDOWS.md, "Periods"). Tied to an undated event
 * ("within 18 months of launch") it is marked `tied` (rule 7: null).
 */
const ADVERBS = wordSet([
  'just',
  'only',
  'about',
  'roughly',
  'around',
  'some',
  'maybe',
  'perhaps',
  'almost',
  'nearly',
  'approximately',
  'another',
  'barely',
  'under',
  'over',
]);
const TAKES = wordSet(['take', 'takes', 'taking']);
const OBJECTS = new Set(['us', 'them', 'you', 'me', 'him', 'her', 'it']);
const LASTS = wordSet(['last', 'lasts']);
const MORE = wordSet(['more', 'additional', 'further', 'extra']);
const EXIST = wordSet(['has', 'have', 'had', 'be', 'is', 'got', "'s", 'gets', 'get']);

const ARTICLES = wordSet(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'this', 'that']);

/** A clause at `j` whose finite verb is past ("storms delayed the work", "issues have delayed the opening"). */
function pastClauseAt(ctx: Ctx, j: number): boolean {
  for (let k = j + 1; k < j + 8; k++) {
    const t = w(ctx, k);
    if (t === '' || t === ',' || t === ';' || t === '.' || t === ':') return false;
    const perfect = t === 'have' || t === 'has' || t === 'had';
    if (perfect && isPastForm(ctx.toks, k + 1)) return true;
    if (isPastForm(ctx.toks, k) && !ARTICLES.at(ctx.toks, k - 1) && !perfect) return true;
  }
  return false;
}

/**
 * "frozen for another three years from 2025": N years counted from a named year run from its first day, as "N years
 * from now" run from publication; "from 2020 levels" names a baseline (rule 7), so a noun after the year stops it.
 */
function yearCountedFrom(ctx: Ctx, k: number): number | null {
  const t = w(ctx, k);
  if (!/^(19|20)[0-9]{2}$/.test(t)) return null;
  const after = w(ctx, k + 1);
  return /^[a-z]/.test(after) && !/^(onwards?|on|and|or|but)$/.test(after) ? null : Number(t);
}

export function parseDuration(ctx: Ctx, j: number, trigger: string): Parsed | null {
  let k = j;
  if (w(ctx, k) === 'the') k++;
  if (w(ctx, k) === 'at' && w(ctx, k + 1) === 'least') k += 2;
  let another = false;
  while (ADVERBS.at(ctx.toks, k) && k - j < 3) another = w(ctx, k++) === 'another' || another;
  // 'another "few months"': the quote mark only encloses the phrase.
  if (another && w(ctx, k) === '"') k++;
  const lead = w(ctx, k);
  const hasNext = lead === 'next' || lead === 'coming' || lead === 'following' || lead === 'upcoming';
  if (hasNext) k++;
  // "could spend another month on the DL": one more unit.
  // "another quarter point" is a size, not a quarter.
  const bare = another && unitOf(w(ctx, k)) !== null && !w(ctx, k).startsWith('quarter');
  // "within the next week or two": one unit, counted up to the number after "or".
  const unitFirst = hasNext && unitOf(w(ctx, k)) !== null && w(ctx, k + 1) === 'or';
  const count = bare || unitFirst ? { n: 1, next: k, range: unitFirst } : parseCount(ctx, k);
  if (!count) return null;
  k = count.next;
  // "for at least 10 more months", "another 10 months": counted on from now.
  const more = MORE.at(ctx.toks, k) || another;
  if (MORE.at(ctx.toks, k)) k++;
  const hyphen = w(ctx, k) === '-' && ctx.toks[k]?.glued;
  if (hyphen) k++;
  // "one year in the next five": the unit left out after "the next N" is the one named just before "in".
  const elided =
    hasNext && !unitOf(w(ctx, k)) && trigger === 'in' && w(ctx, j - 1) === 'in' ? unitOf(w(ctx, j - 2)) : null;
  const unit = elided ?? unitOf(w(ctx, k));
  if (!unit) return null;
  if (!elided) k++;
  let n = count.n;
  let ranged = count.range;
  // "in a month or two", "the next week or two": a range of durations, whose upper bound counts (TIME-WINDOWS.md).
  const orMore = w(ctx, k) === 'or' ? NUMBER_WORDS.get(w(ctx, k + 1)) : undefined;
  if (orMore !== undefined && orMore > n) {
    n = orMore;
    ranged = true;
    k += 2;
    if (unitOf(w(ctx, k)) === unit) k++;
  }
  if (w(ctx, k) === 'and' && w(ctx, k + 1) === 'a' && w(ctx, k + 2) === 'half') {
    n += 0.5;
    k += 3;
  }
  const after = w(ctx, k);
  // "During the two-day meeting concluding on Friday", "a three-month delay": a hyphenated count before its noun is an
  // adjective that measures the thing, no span of the outcome ("a 12-month period", "a three-month window" still are).
  // After "over / within" or "the next / coming" the count is the stretch the outcome runs over, whatever its noun
  // ("over the next two-year span", "over a three-month run").
  const stretch = hasNext || trigger === 'over' || trigger === 'within' || trigger === 'inside';
  if (hyphen && !stretch && !HORIZON.has(after) && /^[a-z]{3,}$/.test(after) && !FUNCTION_AFTER.has(after)) return null;
  const fromNow =
    (after === 'from' && NOT_TIED.at(ctx.toks, k + 1)) ||
    after === 'out' ||
    after === "'s" ||
    after === 'time' ||
    after === "years'";
  let p = j - 1;
  // 'it would take "six to eight weeks"': a quote mark stands between the verb and its duration.
  if (w(ctx, p) === '"') p--;
  while (ADVERBS.at(ctx.toks, p) && j - p < 4) p--;
  if (w(ctx, p) === 'to' && w(ctx, p - 1) === 'up') p -= 2;
  if (w(ctx, p) === 'least' && w(ctx, p - 1) === 'at') p -= 2;
  const prev = w(ctx, p);
  // "extend the freeze by at least two more years", "delayed by six months": after "by" a count of units is the amount
  // something changes by, not a span from now ("by two years from now" still counts from now).
  if (prev === 'by' && !fromNow && !hasNext) return null;
  // 'we are looking at "a period of one year"', "a runway of 18 months": a span that bounds the outcome.
  const horizonOf = prev === 'of' && HORIZON.at(ctx.toks, p - 1);
  // "has maybe 18 months before …", "could take up to 13 days for results to be tabulated": bounds the outcome.
  // "will take us a year to …", "could last for six months": the time something takes or lasts, from now.
  const takesWhom = OBJECTS.has(prev) && TAKES.at(ctx.toks, p - 1);
  const lasts = LASTS.has(prev) || (prev === 'for' && LASTS.at(ctx.toks, p - 1));
  const bounds =
    (after === 'before' && (EXIST.has(prev) || EXIST.at(ctx.toks, p - 1))) || TAKES.has(prev) || takesWhom || lasts;
  const rolling =
    bounds ||
    more ||
    horizonOf ||
    ROLLING_TRIGGERS.has(trigger) ||
    ROLLING_TRIGGERS.has(prev) ||
    (trigger === 'for' && hasNext) ||
    hasNext ||
    fromNow ||
    ranged ||
    (hyphen && HORIZON.has(after));
  // Only a span that lasts ("for / another three years from 2025") runs from the year: "ten years from 2020" is a point.
  const lasting = prev === 'for' || prev === 'another';
  const fromYear =
    lasting && after === 'from' && unit === 'year' && Number.isInteger(n) ? yearCountedFrom(ctx, k + 1) : null;
  if (fromYear !== null)
    return {
      spec: { unit: 'span', fixed: { s: dayOf(fromYear, 1, 1), e: dayOf(fromYear + n - 1, 12, 31) } },
      next: k + 2,
    };
  if (!rolling) return null;
  // "two months after the close of the deal" is as tied as "after launch": only "of/from the" can still mean now.
  const sequel = after === 'after' || after === 'following' || after === 'post';
  // "within 30 days of the order" is tied as "of launch" is; "of the present", "of the year-end" still mean now.
  const theEvent = w(ctx, k + 1) === 'the' && !THE_NOW.at(ctx.toks, k + 2) && !/^[0-9]/.test(w(ctx, k + 2));
  // "in the next three months after storms delayed the work": "next" counts from now, and an "after" clause of what
  // has already happened gives the reason, not the anchor.
  const fromNowAfterPast = hasNext && sequel && pastClauseAt(ctx, k + 1);
  // "rise to 4.4 percent in a year from its current 3.7 percent level": "from" a level is the baseline, not an anchor.
  const fromLevel = after === 'from' && startsLevel(ctx, k + 1);
  const tied =
    !fromNowAfterPast &&
    !fromLevel &&
    (after === 'between' ||
      ((sequel || (after === 'of' && !horizonOf) || after === 'from') && (!NOT_TIED.at(ctx.toks, k + 1) || theEvent)) ||
      (sequel && w(ctx, k + 1) === 'the'));
  if (fromNow && after === 'from' && !fromLevel) k += 2;
  if (hasNext && Number.isInteger(n) && w(ctx, j - 1) === 'of' && w(ctx, j - 2) === 'each' && unit !== 'quarter') {
    // "2.7 per cent in each of the next two years": each one a whole calendar unit, as "next year" is the next
    // calendar year, so the span ends with the Nth full year (month) after the current one.
    const { y, m } = partsOf(ctx.pub);
    if (unit === 'year') return { spec: { unit: 'span', fixed: { s: ctx.pub, e: dayOf(y + n, 12, 31) } }, next: k };
    if (unit === 'month')
      return { spec: { unit: 'span', fixed: { s: ctx.pub, e: monthsRange(y, m + n, m + n).e } }, next: k };
  }
  if (unit === 'quarter' && hasNext && Number.isInteger(n)) {
    // "the next N quarters": to the end of the Nth full quarter after the current one (TIME-WINDOWS.md).
    const { y, m } = partsOf(ctx.pub);
    const q0 = Math.floor((m - 1) / 3);
    const end = monthsRange(y, 3 * (q0 + n) + 1, 3 * (q0 + n) + 3).e;
    return { spec: { unit: 'span', fixed: { s: ctx.pub, e: end }, tied, note: `the next ${n} quarters` }, next: k };
  }
  const months = unit === 'day' || unit === 'week' ? 0 : Math.round(n * (UNIT_MONTHS.get(unit) as number));
  const end = months ? addMonthsClamped(ctx.pub, months) : addUnits(ctx.pub, unit, Math.round(n));
  return { spec: { unit: 'span', fixed: { s: ctx.pub, e: end }, tied }, next: k };
}

function currentQuarter(pub: number, shift: number): Range {
  const { y, m } = partsOf(pub);
  const q0 = Math.floor((m - 1) / 3) + shift;
  return monthsRange(y, 3 * q0 + 1, 3 * q0 + 3);
}

const LATER_UNITS = wordSet(['year', 'quarter', 'month', 'week', 'decade']);

/**
 * "this / next / coming / last" + unit (TIME-WINDOWS.md, "Periods"): calendar units ("next quarter" = the next
 * calendar quarter, "next year" = the next calendar year), rolling ones after "the" ("in the next year" =
 * + 12 months), ISO weeks, named months and seasons ("next summer" = the nearest not yet started).
 */
const DESCRIBED_UNITS = new Set(['quarter', 'year', 'month', 'week', 'half', 'season']);
// Words shaped like adjectives ("critical", "busy", "all-important"); "this," and "next," before a clause are a pronoun
// and an adverb ("Because of this, profits fall each year"), never described.
const ADJECTIVE_SHAPE = /^[a-z]+(ed|al|ive|ous|ful|ic|ary|ble|ish|less|ing|ly|y|est|er|ant|ent)$/;
// Short adjectives of no telling shape ("the coming, weak quarter"); after an "-ly" adverb any word is its adjective.
const PLAIN_ADJECTIVES = new Set(['weak', 'strong', 'key', 'big', 'slow', 'soft', 'tough', 'quiet', 'short', 'long']);

/**
 * The unit's index after the adjectives of "the current, holiday-focused quarter" or "the coming all-important quarter"
 * (after "the current / coming" only: a comma, then up to three adjective-shaped or hyphen-joined words), else `k`.
 */
function describedUnit(ctx: Ctx, k: number, the: boolean, d: string): number {
  if (!the || (d !== 'current' && d !== 'coming')) return k;
  const comma = w(ctx, k) === ',';
  const from = comma ? k + 1 : k;
  let compound = false;
  for (let x = from; x <= from + 4; x++) {
    const t = w(ctx, x);
    // Without a comma only a compound ("holiday-focused") describes the unit; a plain word may be a noun ("the
    // current fiscal quarter" is read elsewhere).
    if (DESCRIBED_UNITS.has(t)) return x > from && (comma || compound) ? x : k;
    const hyphen = t === '-' && ctx.toks[x]?.glued === true && ctx.toks[x + 1]?.glued === true && x > from;
    if (hyphen) compound = true;
    else if (!/^[a-z]+$/.test(t) || ctx.toks[x]?.upper) return k;
    else if (
      !ADJECTIVE_SHAPE.test(t) &&
      !PLAIN_ADJECTIVES.has(t) &&
      !/^[a-z]+ly$/.test(w(ctx, x - 1)) &&
      !(ctx.toks[x]?.glued && w(ctx, x - 1) === '-') &&
      w(ctx, x + 1) !== '-'
    )
      return k;
  }
  return k;
}

export function parseRelative(ctx: Ctx, j: number): Parsed | null {
  let k = j;
  const the = w(ctx, k) === 'the';
  if (the) k++;
  // "later in the year" is "later this year" (TIME-WINDOWS.md, "More conventions": a deadline at the period's end).
  const laterInThe = the && w(ctx, j - 1) === 'in' && w(ctx, j - 2) === 'later' && LATER_UNITS.at(ctx.toks, k);
  if (laterInThe) k--;
  // "in the year ahead", "over the year ahead": the rolling year, as "the coming year" is.
  if (the && w(ctx, k) === 'year' && w(ctx, k + 1) === 'ahead')
    return { spec: { unit: 'span', fixed: { s: ctx.pub, e: addMonthsClamped(ctx.pub, 12) } }, next: k + 2 };
  // "in the days / weeks / months ahead" is "in the coming days / weeks / months" (the vague list).
  // "in the weeks ahead of the vote" counts back from the vote instead.
  const aheadSpan = the && w(ctx, k + 1) === 'ahead' && w(ctx, k + 2) !== 'of' ? AHEAD_SPANS.get(w(ctx, k)) : undefined;
  if (aheadSpan) return { spec: { unit: 'span', fixed: { s: ctx.pub, e: aheadSpan(ctx.pub) } }, next: k + 2 };
  const d = laterInThe ? 'this' : w(ctx, k);
  // "in the current, holiday-focused quarter": an adjective set off by a comma may stand before the unit.
  const u = describedUnit(ctx, k + 1, the, d);
  const rawUnit = w(ctx, u);
  const unit = rawUnit.endsWith("'s") ? rawUnit.slice(0, -2) : rawUnit;
  const next = u + 1;
  const backward = d === 'last' || d === 'past' || d === 'previous' || d === 'prior';
  const ahead = d === 'next' || d === 'coming' || d === 'following' || d === 'upcoming';
  if (!backward && !ahead && d !== 'this' && d !== 'current') return null;
  if (unit !== rawUnit)
    return ctx.cal.events.has(w(ctx, k + 2)) ? null : { spec: { unit: 'span', discard: true }, next };
  // "the last quarter of 2020" is its fourth quarter, not the quarter before this one.
  if (d === 'last' && (unit === 'quarter' || unit === 'half') && w(ctx, next) === 'of') return null;
  if (backward) return unitOrNamed(unit) ? { spec: { unit: 'span', discard: true }, next } : null;
  // "the upcoming Autumn Budget": an event named after "next" / "upcoming" is read as the event, not its first word,
  // when the calendar holds its next occurrence; past the table's last row the season word still dates it.
  const event = ahead ? parseEvent(ctx, k + 1) : null;
  if (event && !event.spec.discard) return null;
  const pub = ctx.pub;
  const { y, m } = partsOf(pub);
  const rolling = ahead && (the || d === 'coming');
  switch (unit) {
    case 'year':
      if (rolling) return { spec: { unit: 'span', fixed: { s: pub, e: addMonthsClamped(pub, 12) } }, next };
      return {
        spec: { unit: 'year', fixed: monthsRange(ahead ? y + 1 : y, 1, 12), current: !ahead, year: ahead ? y + 1 : y },
        next,
      };
    case 'decade': {
      if (ahead) return { spec: { unit: 'span', fixed: { s: pub, e: addMonthsClamped(pub, 120) } }, next };
      const y0 = y - (y % 10);
      return { spec: { unit: 'decade', fixed: { s: dayOf(y0, 1, 1), e: dayOf(y0 + 9, 12, 31) }, current: true }, next };
    }
    case 'quarter':
      return { spec: { unit: 'quarter', fixed: currentQuarter(pub, ahead ? 1 : 0), current: !ahead }, next };
    case 'half': {
      const h0 = m <= 6 ? 0 : 1;
      const h = h0 + (ahead ? 1 : 0);
      return { spec: { unit: 'half', fixed: monthsRange(y, 6 * h + 1, 6 * h + 6), current: !ahead }, next };
    }
    case 'month':
      if (rolling) return { spec: { unit: 'span', fixed: { s: pub, e: addMonthsClamped(pub, 1) } }, next };
      return {
        spec: { unit: 'month', fixed: monthsRange(y, ahead ? m + 1 : m, ahead ? m + 1 : m), current: !ahead },
        next,
      };
    case 'week': {
      if (rolling) return { spec: { unit: 'span', fixed: { s: pub, e: pub + 7 } }, next };
      const mon = isoWeekMonday(pub) + (ahead ? 7 : 0);
      return { spec: { unit: 'day', fixed: { s: mon, e: mon + 6 }, current: !ahead }, next };
    }
    case 'weekend': {
      // "this weekend" is the Saturday and Sunday of the current ISO week, "next weekend" those of the next one, as
      // "this week" and "next week" are read; "the coming weekend" is the nearest one not yet over.
      const sat = isoWeekMonday(pub) + 5 + (d === 'next' || d === 'following' ? 7 : 0);
      return { spec: { unit: 'day', fixed: { s: sat, e: sat + 1 }, current: sat <= pub }, next };
    }
    default:
      // "next summer" has not started yet; "the coming summer" is rule 6's nearest one not yet ended.
      return namedRelative(ctx, unit, d === 'next' || d === 'following', next);
  }
}

function unitOrNamed(u: string): boolean {
  return (
    [
      'year',
      'decade',
      'quarter',
      'half',
      'month',
      'week',
      'weekend',
      'day',
      'days',
      'weeks',
      'months',
      'years',
      'quarters',
    ].includes(u) ||
    SEASONS.get(u) !== undefined ||
    MONTHS.get(u) !== undefined
  );
}

function namedRelative(ctx: Ctx, unit: string, ahead: boolean, next: number): Parsed | null {
  const season = SEASONS.get(unit);
  if (season !== undefined)
    return {
      spec: {
        unit: 'season',
        at: (yy) => monthsRange(yy, season, season + 2),
        pickNext: ahead,
        season: { first: season },
      },
      next,
    };
  const month = MONTHS.get(unit);
  if (month !== undefined && ctx.toks[next - 1]?.upper)
    return { spec: { unit: 'month', at: (yy) => monthsRange(yy, month, month), pickNext: ahead }, next };
  return null;
}
