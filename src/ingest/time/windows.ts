/**
 * From time phrases to one resolution window (TIME-WINDOWS.md, "Rules"): resolve each phrase against
 * `published` (rules 1–6), drop backward-looking ones, look-alikes, names, given-up alternatives and dates of
 * clauses that state the past or a plan (rule 7, "Not windows"), set aside those inside an "If …" condition
 * unless nothing else is dated (rule 7), and take the hull (rules 7–8).
 */
import type { Calendars, OrganisationCalendar, Window, WindowRule } from '../types.js';
import { compileCalendars, organisationsIn } from './calendars.js';
import { CLAUSE_BREAKS, SENTENCE_STARTS } from './clause-words.js';
import { clauseMask, PLAN_ONLY, PRESENT_STATE } from './clauses.js';
import { dayOf, isoOf, parsePublished, partsOf, type Range } from './dates.js';
import { southern } from './months.js';
import { POSTPONING_VERB } from './vocab.js';
import { asForecastThen, isNameOrRejected, monthPicksNoun, yearQualifiesNoun } from './names.js';
import { w, type Ctx } from './period-core.js';
import { scanPhrases, type Hit } from './time-phrases.js';
import { lyAdverb, tokenize, type Token } from './tokens.js';
import { looksAhead, outcomeJoined } from './weekdays.js';
import { describeHit } from './window-rule.js';
import { ownBreaks, rejectedPossibilities } from './set-aside-dates.js';

/** Where a sentence stands: the organisations named in its item, with their character offsets. */
export interface ItemContext {
  mentions: ReadonlyArray<{ s: number; org: OrganisationCalendar }>;
}

/** Options of {@link findWindow} and {@link analyzeWindow}. */
export interface WindowOptions {
  calendars?: Calendars;
  context?: ItemContext;
  /** The sentence is a WATCH block's trigger: its dates count even when they name a thing. */
  watchTrigger?: boolean;
  /**
   * The text is a Desk Note, which restates calls in headline style: a bare participle ("Downtown deal closed
   * in Q2") stands for the outcome called, not a past event; a period wholly past still gives nothing.
   */
  headline?: boolean;
  /** The text is a BULL or BEAR block, a call by its label: a date a listing verb sets ("a shutdown begins on
   * October 1") is the call's, not a calendar entry's. */
  call?: boolean;
}

/** The window of a text, whether only phrases inside an "If …" condition dated it, and the rule that set it. */
export interface WindowAnalysis {
  window: Window | null;
  conditionalOnly: boolean;
  rule: WindowRule;
}

/** Named calendar periods, which a present-tense clause can describe as under way ("pricing two cuts in 2026"). */
const CALENDAR_UNITS = new Set(['year', 'half', 'quarter', 'month', 'season']);
const PLAN_PARTICIPLES = new Set(['planned', 'scheduled', 'slated', 'penciled', 'pencilled']);
const PLAN_COPULA = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", 'remains', 'remain']);
const CONNECTORS = new Set(['or', 'and', 'to', '-', '/', ',', '&', 'thru']);

/**
 * "the new facility, most recently slated to open on May 15, won't be ready until autumn": a plan set off by
 * commas, named by its participle, dates the forecast only when nothing else does.
 */
function planAside(ctx: Ctx, i0: number): boolean {
  for (let k = i0 - 1; k >= 0 && k >= i0 - 6; k--) {
    const t = w(ctx, k);
    if (t === ',' || t === ';' || t === '.') return false;
    // ", currently scheduled for completion in 2018," as ", slated to open on May 15,".
    if (PLAN_PARTICIPLES.has(t) && (w(ctx, k + 1) === 'to' || w(ctx, k + 1) === 'for')) {
      let x = k - 1;
      while (x >= 0 && (lyAdverb(ctx.toks[x]) || w(ctx, x) === 'most' || w(ctx, x) === 'once')) x--;
      return w(ctx, x) === ',';
    }
  }
  return false;
}
const MERGE_TRIGGERS = new Set(['through', 'until', 'till', 'thru', 'to', 'into']);

function nearest(hit: Hit, pub: number, at: (y: number) => Range | null): Range | undefined {
  const spec = hit.spec;
  const y0 = partsOf(pub).y;
  for (let y = y0 - 1; y <= y0 + 3; y++) {
    const c = at(y);
    if (!c) continue;
    const ok =
      spec.pickNext || (hit.mode === 'before' && !spec.toEnd)
        ? c.s > pub
        : spec.midYear && hit.mode === 'deadline' && hit.trigger === 'by'
          ? dayOf(partsOf(c.s).y, 6, 30) >= pub
          : c.e >= pub;
    if (ok) return c;
  }
  return undefined;
}

function resolveHit(hit: Hit, pub: number): Range | null {
  const spec = hit.spec;
  if (hit.nullish || spec.discard || spec.tied || hit.mode === 'discard') return null;
  let r: Range | null | undefined = spec.fixed;
  if (!r && spec.at) r = spec.year !== undefined ? spec.at(spec.year) : nearest(hit, pub, spec.at);
  if (!r) return null;
  if (spec.toEnd) return r.e >= pub ? { s: pub, e: r.e } : null;
  let out: Range;
  const midPoint = spec.midYear && hit.trigger === 'by';
  if (hit.mode === 'deadline') out = { s: pub, e: midPoint ? dayOf(partsOf(r.s).y, 6, 30) : spec.event ? r.s : r.e };
  else if (hit.mode === 'before') out = { s: pub, e: r.s - 1 };
  else out = { s: Math.max(pub, r.s), e: r.e };
  return out.e >= out.s ? out : null;
}

/** "this autumn or winter in the southern hemisphere": the seasons just before take the southern months. */
function trailingHemisphere(ctx: Ctx, hits: Hit[], h: number): void {
  const hit = hits[h] as Hit;
  const k = hit.i1;
  if (!(
    w(ctx, k) === 'in' &&
    w(ctx, k + 1) === 'the' &&
    w(ctx, k + 2) === 'southern' &&
    w(ctx, k + 3) === 'hemisphere'
  ))
    return;
  for (let x = h; x >= 0; x--) {
    const s = hits[x]?.spec.season;
    if (!s || !hits[x]) break;
    const first = southern(s.first);
    (hits[x] as Hit).spec = {
      ...(hits[x] as Hit).spec,
      at: (y) => ({ s: dayOf(y, first, 1), e: dayOf(y, first + 3, 0) }),
    };
  }
}

const PLACED_UNITS = new Set(['month', 'day', 'quarter', 'half', 'week']);
const FRONTING = new Set(['in', 'this', 'next', 'during']);
const SITTINGS = new Set(['session', 'term', 'season']);
const MODALS = new Set(['must', 'will', 'should', 'has', 'is']);

const NEW_CLAUSE = new Set(['but', 'while', 'whereas']);
const SUBJECT_WORDS = new Set(['the', 'a', 'an', 'its', 'their', 'it', 'they', 'we', 'he', 'she', 'i', 'this', 'that']);

/**
 * Where the fronted year's clause ends: at ";" or at ", but" / ", while" before a new subject ("In 2027, prices will
 * rise; the Fed meets in March": the Fed's March is the next one, not 2027's).
 */
function frontedClauseEnd(ctx: Ctx, from: number): number {
  for (let k = from; k < ctx.toks.length; k++) {
    const t = w(ctx, k);
    if (t === ';') return k;
    if (t === ',' && NEW_CLAUSE.has(w(ctx, k + 1))) {
      const subj = ctx.toks[k + 2];
      if (subj && (subj.upper || SUBJECT_WORDS.has(subj.t))) return k;
    }
  }
  return ctx.toks.length;
}

/**
 * "In 2027, the Fed cuts in March", "This year Diwali will be celebrated on 24 October": a year opening the sentence
 * sets the scene; a year-less month, day or quarter after it is taken in that year (rule 6 read from the year
 * named, not from the date), and the narrower period bounds the outcome, not the whole year.
 */
function frontedYear(ctx: Ctx, hits: Hit[]): void {
  const a = hits[0];
  if (!a || a.i0 > 1 || a.spec.unit !== 'year' || a.mode !== 'period' || a.spec.discard || hits.length < 2) return;
  // Only "In 2027", "This year", "Next year", "During 2027" open it ("For the current fiscal year …" names a forecast),
  // or a dated sitting as the subject of a modal ("The 2018 session must be wrapped up no later than March 14").
  const sitting = a.i0 === 0 && a.i1 === 2 && w(ctx, 0) === 'the' && SITTINGS.has(w(ctx, 2)) && MODALS.has(w(ctx, 3));
  if (!sitting && (!FRONTING.has(w(ctx, 0)) || (a.i0 === 1 && w(ctx, 0) !== 'in' && w(ctx, 0) !== 'during'))) return;
  const r = resolveHit(a, ctx.pub);
  if (!r || partsOf(r.s).y !== partsOf(r.e).y) return;
  const y = partsOf(r.e).y;
  let placed = false;
  const end = frontedClauseEnd(ctx, a.i1);
  for (const b of hits.slice(1)) {
    if (b.i0 >= end) break;
    if (b.mode === 'discard' || b.nullish || b.spec.discard || b.spec.fixed || b.spec.year !== undefined) continue;
    if (!b.spec.at || !PLACED_UNITS.has(b.spec.unit)) continue;
    b.spec = { ...b.spec, year: y };
    placed = true;
  }
  if (placed) a.mode = 'discard';
}

const DAY_SITTINGS = new Set(["today's", "tomorrow's"]);

/**
 * "The FOMC is expected to cut … at today's meeting": the body's meeting is the one held that day, so the body's
 * name no longer adds its next meeting from the table.
 */
function bodyMetThatDay(ctx: Ctx, hits: Hit[]): void {
  const day = hits.find((h) => h.trigger === 'at' && DAY_SITTINGS.has(w(ctx, h.i0 + 1)) && h.mode !== 'discard');
  if (!day) return;
  for (const h of hits) {
    if (h.i1 > day.i0 || !h.spec.event || h.trigger !== '') continue;
    // Another clause between ("…, and the ECB follows at today's meeting") may hold another body's meeting.
    let joined = true;
    for (let k = h.i1; k < day.i0 && joined; k++)
      joined = w(ctx, k) !== ',' && w(ctx, k) !== ';' && w(ctx, k) !== 'and';
    if (joined) h.mode = 'discard';
  }
}

/** Rule 8 and ranges: a year-less period borrows the year of the next one ("Q3 or Q4 2026"); "X through Y" is the period X..Y. */
function linkHits(ctx: Ctx, hits: Hit[]): void {
  frontedYear(ctx, hits);
  bodyMetThatDay(ctx, hits);
  for (let h = 0; h < hits.length; h++) {
    trailingHemisphere(ctx, hits, h);
    const a = hits[h] as Hit;
    const b = hits[h + 1];
    if (!b) continue;
    const of = w(ctx, b.i0 - 1) === 'of' && ['quarter', 'period', 'months'].includes(w(ctx, b.i0 - 2));
    if (of && b.spec.fixed && b.i0 - a.i1 <= 3 && a.spec.at && !a.spec.fixed) {
      // "the April–June quarter of FY27": the fiscal year only places the months.
      const fy = b.spec.fixed;
      const at = a.spec.at;
      a.spec = { ...a.spec, fixed: at(partsOf(fy.s).y) ?? undefined };
      if (a.spec.fixed && a.spec.fixed.s < fy.s) a.spec.fixed = at(partsOf(fy.s).y + 1) ?? undefined;
      b.mode = 'discard';
      continue;
    }
    if (
      b.spec.event &&
      b.i0 === a.i1 &&
      !RANGE_JOINS.has(b.trigger) &&
      (a.spec.unit === 'day' || a.spec.unit === 'month')
    ) {
      // "the March 18 FOMC decision", "in February for Lunar New Year": the date already says which one ("from
      // Thanksgiving through Christmas", joined by "through" or "until", is a range).
      b.mode = 'discard';
      continue;
    }
    const gap = b.i0 - a.i1;
    // "in H2, a six-month period which …": a duration in apposition restates the period before it.
    const apposition = gap === 2 && w(ctx, a.i1) === ',' && (w(ctx, a.i1 + 1) === 'a' || w(ctx, a.i1 + 1) === 'the');
    if (apposition && b.trigger === '' && b.spec.unit === 'span' && b.spec.fixed && !b.spec.note && !a.spec.discard) {
      b.mode = 'discard';
      continue;
    }
    let connected = gap >= 0 && gap <= 2;
    for (let k = a.i1; k < b.i0 && connected; k++) connected = CONNECTORS.has(w(ctx, k));
    if (!connected) continue;
    if (spanBetween(ctx, a, b)) continue;
    if (a.spec.at && a.spec.year === undefined && b.spec.at && b.spec.year !== undefined && !a.spec.fixed)
      a.spec = { ...a.spec, year: b.spec.year };
    monthsInTurn(ctx, a, b);
    if (a.mode === 'period' && !a.nullish && !a.spec.discard && MERGE_TRIGGERS.has(b.trigger) && b.mode === 'deadline')
      b.mode = 'period';
  }
}

const RANGE_JOINS = new Set(['to', 'through', 'thru', 'until', '-']);

/**
 * "The ECB cuts in January and March": year-less months joined by "and" are named in turn, so the later one is the
 * first such month after the earlier (rule 6 read over the list), not this March before next January.
 */
function monthsInTurn(ctx: Ctx, a: Hit, b: Hit): void {
  if (a.spec.unit !== 'month' || b.spec.unit !== 'month' || b.i0 - a.i1 !== 1 || w(ctx, a.i1) !== 'and') return;
  if (a.spec.year !== undefined || b.spec.year !== undefined || a.spec.fixed || b.spec.fixed || !b.spec.at) return;
  const ra = rawRange(a, ctx.pub);
  if (!ra || a.mode === 'discard' || b.mode === 'discard') return;
  const y = partsOf(ra.s).y;
  const rb = b.spec.at(y);
  b.spec = { ...b.spec, year: rb.s < ra.s ? y + 1 : y };
}

/** The range a phrase names without the trigger's reading: the period itself, its year found by rule 6. */
function rawRange(hit: Hit, pub: number): Range | null {
  const spec = hit.spec;
  if (hit.nullish || spec.discard || spec.tied || hit.mode === 'discard' || spec.toEnd || spec.current) return null;
  if (spec.fixed) return spec.fixed;
  if (!spec.at) return null;
  return (spec.year !== undefined ? spec.at(spec.year) : nearest({ ...hit, mode: 'period' }, pub, spec.at)) ?? null;
}

/**
 * "from May to December", "between Thanksgiving and the end of 2016": one span from the start of the first
 * period to the end of the second, the first taken in the year of the second (or the one before, when its month
 * comes later), so a range under way is not split across two years.
 */
function spanBetween(ctx: Ctx, a: Hit, b: Hit): boolean {
  const join = w(ctx, b.i0 - 1);
  // "over the November-March period": two months joined by a hyphen are one range, as "from … to …" is.
  const hyphened =
    join === '-' && ctx.toks[b.i0 - 1]?.glued === true && ctx.toks[b.i0]?.glued === true && a.spec.unit === 'month';
  const opener = hyphened || w(ctx, a.i0) === 'from' || w(ctx, a.i0) === 'between' || w(ctx, a.i0 - 1) === 'between';
  const joined =
    RANGE_JOINS.has(join) || RANGE_JOINS.has(w(ctx, b.i0)) || (join === 'and' && w(ctx, a.i0 - 1) === 'between');
  if (!opener || !joined || a.mode === 'discard' || b.mode === 'discard') return false;
  // "slips from April to September": a date moved from one to the other, not a span.
  const from = w(ctx, a.i0) === 'from' ? a.i0 : a.i0 - 1;
  if (POSTPONING_VERB.test(w(ctx, from - 1)) || POSTPONING_VERB.test(w(ctx, from - 2))) return false;
  const rb = rawRange(b, ctx.pub);
  if (!rb) return false;
  let ra = a.spec.at && a.spec.year === undefined && !a.spec.fixed ? a.spec.at(partsOf(rb.s).y) : rawRange(a, ctx.pub);
  if (ra && a.spec.at && a.spec.year === undefined && !a.spec.fixed && ra.s > rb.s) ra = a.spec.at(partsOf(rb.s).y - 1);
  if (!ra || ra.s > rb.e) return false;
  a.spec = { ...a.spec, unit: 'span', fixed: { s: ra.s, e: rb.e }, at: undefined, event: false };
  a.mode = 'period';
  a.i1 = b.i1;
  b.mode = 'discard';
  return true;
}

const COND_STOP = new Set([',', ';', '.', '?', '!', 'then', ':']);
const CIRCUMSTANCE = new Set(['with', 'given', 'amid']);

/** Where a condition ends: a stop that is not an initial's ("U.S."), a spaced dash, "then", … */
function condStop(ctx: Ctx, k: number): boolean {
  const t = w(ctx, k);
  if (t === '.' && ctx.toks[k]?.glued && /^[a-z]$/.test(w(ctx, k - 1))) return false;
  return COND_STOP.has(t) || (t === '-' && !ctx.toks[k]?.glued);
}

const IF_NOT_CONDITION = new Set([',', 'for', 'then', 'so', '.', ';', '']);

/**
 * "will be lowered if not removed in the coming months", "weeks, if not days": "if not" inside a clause before a
 * word of the same kind means "or even", no condition; "if not for the strike" and "If not, …" stay conditions.
 */
function orEven(ctx: Ctx, i: number): boolean {
  if (w(ctx, i + 1) !== 'not' || IF_NOT_CONDITION.has(w(ctx, i + 2))) return false;
  return i > 0 && !['.', ';', ':', '"', '('].includes(w(ctx, i - 1));
}

/** Marks tokens inside an "If …" / "unless …" condition (rule 7), and a leading "With …," circumstance. */
function conditionMask(ctx: Ctx): Uint8Array {
  const n = ctx.toks.length;
  const mask = new Uint8Array(n);
  let i = 0;
  while (i < n) {
    const t = w(ctx, i);
    const starts =
      (t === 'if' && !orEven(ctx, i)) ||
      t === 'unless' ||
      t === 'assuming' ||
      // "Should Nintendo manage to sell 20 million consoles in the next fiscal year, it would …": an inverted condition.
      (i === 0 && t === 'should' && ctx.toks[0]?.upper === true) ||
      (i === 0 && CIRCUMSTANCE.has(t)) ||
      // "Absent a resurgence in the second half, we expect …", "Barring delays": a condition in all but name.
      ((t === 'absent' || t === 'barring') && (i === 0 || [',', '"', "'", ';', ':'].includes(w(ctx, i - 1)))) ||
      // "on track for liftoff in February, pending successful testing in January", ", subject to approval by June".
      ((t === 'pending' || (t === 'subject' && w(ctx, i + 1) === 'to')) && w(ctx, i - 1) === ',') ||
      ((t === 'provided' || t === 'providing') && w(ctx, i + 1) === 'that') ||
      ((t === 'as' || t === 'so') && w(ctx, i + 1) === 'long' && w(ctx, i + 2) === 'as');
    if (!starts) {
      i++;
      continue;
    }
    let k = i + 1;
    while (k < n && !condStop(ctx, k)) k++;
    for (let x = i; x < k; x++) mask[x] = 1;
    i = k;
  }
  return mask;
}

/** The organisations named in an item (its tokens), for the sentences of that item (one pass). */
export function itemContext(toks: readonly Token[], calendars?: Calendars): ItemContext {
  return {
    mentions: organisationsIn(toks, compileCalendars(calendars)).map((m) => ({
      s: (toks[m.i] as Token).s,
      org: m.org,
    })),
  };
}

/** The first index in `xs` (sorted by `s`) whose `s` is at least `at`. */
function lowerBound(xs: ReadonlyArray<{ s: number }>, at: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((xs[mid] as { s: number }).s < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Builds the parsing context of a text for `published` (day number). The organisation for a fiscal phrase is
 * the nearest one named in the sentence, else the first in its item: found by binary search over the
 * mentions, so a sentence full of names and dates stays linear.
 */
export function makeCtx(toks: Token[], pub: number, options: WindowOptions = {}): Ctx {
  const cal = compileCalendars(options.calendars);
  const item =
    options.context?.mentions ?? organisationsIn(toks, cal).map((m) => ({ s: (toks[m.i] as Token).s, org: m.org }));
  const orgAt = nearestOrganisation(toks, item);
  return {
    toks,
    pub,
    pubY: partsOf(pub).y,
    cal,
    orgAt,
    headline: options.headline === true,
    call: options.call === true,
  };
}

/** {@link Ctx.orgAt} over the mentions of an item, for the sentence `toks`. */
function nearestOrganisation(toks: readonly Token[], item: ItemContext['mentions']): Ctx['orgAt'] {
  const from = toks[0]?.s ?? 0;
  const to = toks[toks.length - 1]?.e ?? 0;
  const kinds = {
    fiscal: item.filter((m) => m.org.kind === 'fiscal'),
    season: item.filter((m) => m.org.kind === 'season'),
  };
  return (i, kind) => {
    const list = kinds[kind];
    if (list.length === 0) return null;
    const at = toks[i]?.s ?? from;
    const k = lowerBound(list, at);
    const after = list[k];
    const before = list[k - 1];
    const b = before !== undefined && before.s >= from && before.s <= to ? before : undefined;
    const a = after !== undefined && after.s >= from && after.s <= to ? after : undefined;
    const near = a && (!b || a.s - at < at - b.s) ? a : b;
    return (near ?? list[0])?.org ?? null;
  };
}

const RANGE_TO = new Set(['to', 'until', 'till', 'through', 'thru', '-', 'and']);
const CHANGE_VERBS =
  /^(accelerat|decelerat|slow|rise|rises|rising|climb|grow|fall|falls|falling|drop|improv|recover|rebound|increas|decreas|declin|jump|ease|eases|easing|pick|widen|narrow)/;

/**
 * "fourth-quarter growth is anticipated to accelerate from the third quarter": the period after a verb of change and
 * "from" is the baseline compared against (rule 7, as "up from 3.1% in April" is) when another phrase dates the outcome.
 */
function changeFrom(ctx: Ctx, hit: Hit): boolean {
  if (hit.trigger !== 'from' || RANGE_TO.has(w(ctx, hit.i1))) return false;
  return CHANGE_VERBS.test(w(ctx, hit.i0 - 1)) && !ctx.toks[hit.i0 - 1]?.upper;
}

const FINITE_AFTER = /^(will|would|could|may|might|should|is|are|was|were|has|have|had|[a-z]{3,}[^s]s)$/;

/**
 * "as … the front-loading of cargo from 2025 fades out": a date after "of <noun> from", with the clause's verb right
 * after it, says where the subject's thing comes from (a name, rule 7), so it dates the outcome only when nothing
 * else does; "demand will rise from 2025" and "imports from 2025 to 2027" are untouched.
 */
function originFrom(ctx: Ctx, hit: Hit): boolean {
  if (hit.trigger !== 'from' || w(ctx, hit.i0 - 2) !== 'of') return false;
  for (let k = hit.i0 + 1; k < hit.i1; k++) if (RANGE_TO.has(w(ctx, k))) return false;
  const noun = w(ctx, hit.i0 - 1);
  return /^[a-z]{3,}$/.test(noun) && !CHANGE_VERBS.test(noun) && FINITE_AFTER.test(w(ctx, hit.i1));
}

const THAN_DETERMINERS = new Set(['a', 'an', 'the', 'its', 'their', 'last']);

/**
 * "will increase 2.8 percent in fiscal 2026, faster than an estimated 1.9 percent rise for the current fiscal year":
 * a period inside the noun phrase after a comparative's "than" is the baseline (rule 7) when another phrase dates
 * the outcome, as "than in the first half" is.
 */
function thanBaseline(ctx: Ctx, hit: Hit): boolean {
  for (let k = hit.i0 - 1; k >= 0 && k >= hit.i0 - 16; k--) {
    const t = w(ctx, k);
    if (t === ',' || t === ';' || t === '.') return false;
    if (t !== 'than') continue;
    const comparative = w(ctx, k - 1);
    return (
      THAN_DETERMINERS.has(w(ctx, k + 1)) && (/^[a-z]{3,}er$/.test(comparative) || /^(more|less)$/.test(comparative))
    );
  }
  return false;
}

/**
 * "sales for 2027/28 come in lower when it reports in early December", "completions for the 2027-28 cycle rise 10%
 * over the next three months": a season or cycle named by its two years after "for" says what is measured (a
 * name, rule 7), so it dates the outcome only when nothing else does.
 */
function cycleFor(ctx: Ctx, hit: Hit): boolean {
  if (hit.trigger !== 'for') return false;
  let split = false;
  for (let k = hit.i0 + 1; k < hit.i1; k++) {
    // "for the 2026-27 financial year" names the fiscal year the outcome falls in.
    if (/^(financial|fiscal|fy)$/.test(w(ctx, k))) return false;
    if (/^(19|20)[0-9]{2}$/.test(w(ctx, k)) && (w(ctx, k + 1) === '/' || w(ctx, k + 1) === '-')) split = true;
  }
  return split;
}

/**
 * "cuts next week for the first time this year": the period a first is counted in measures the record, as a baseline
 * does (rule 7), so it dates the outcome only when nothing else does.
 */
function firstTimeIn(ctx: Ctx, h: Hit): boolean {
  const k = w(ctx, h.i0 - 1) === 'in' ? h.i0 - 2 : h.i0 - 1;
  return w(ctx, k) === 'time' && w(ctx, k - 1) === 'first';
}

const BARE_MONTH =
  /^(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)$/;
/**
 * "skip the July increase on Sunday", "cuts the July OSP … in early June": a bare month between "the" and a noun
 * picks out which one of a monthly series is meant (rule 7, as "the September jobs report" names a report), so it
 * dates the outcome only when nothing else does ("We expect the July increase" is July).
 */
function monthPicksThing(ctx: Ctx, h: Hit): boolean {
  if (h.trigger !== '' || h.i1 !== h.i0 + 2 || w(ctx, h.i0) !== 'the' || !BARE_MONTH.test(w(ctx, h.i0 + 1)))
    return false;
  return monthPicksNoun(ctx, h.i1);
}

/**
 * "The Masters stays on CBS until at least 2030": an event opening its sentence as the subject is what the outcome is
 * about, so, like a baseline, it dates the outcome only when another phrase of its clause does ("The World Cup draws
 * record crowds" is the World Cup; "The Masters starts on 9 April" keeps its day; "The FOMC is expected to hold, and
 * the ECB cuts at today's meeting" keeps the FOMC's next meeting). `others` are the phrases left after the other
 * drops: a baseline ("over 2025 levels") or a discarded phrase dates nothing, so it leaves the event the date.
 */
function eventSubject(ctx: Ctx, h: Hit, others: readonly Hit[]): boolean {
  if (h.spec.event !== true || h.trigger !== '' || !SENTENCE_STARTS.has(w(ctx, h.i0 - 1))) return false;
  let end = h.i1;
  while (!CLAUSE_BREAKS.has(w(ctx, end))) end++;
  return others.some((g) => g !== h && g.i0 >= h.i1 && g.i0 < end);
}

/**
 * The window a text implies, resolved against `pub` (a day number), whether only conditional phrases dated
 * it, and the rule that set it (TIME-WINDOWS.md, rules 1–8 and "More conventions").
 */
export function analyzeWindow(
  text: string,
  pub: number,
  options: WindowOptions = {},
  tokens?: Token[],
): WindowAnalysis {
  const ctx = makeCtx(tokens ?? tokenize(text), pub, options);
  const hits = scanPhrases(ctx);
  const none: WindowAnalysis = {
    window: null,
    conditionalOnly: false,
    rule: { kind: 'none', detail: 'no phrase bounds the outcome' },
  };
  if (hits.length === 0) return none;
  const named =
    hits.length > 1
      ? hits.filter(
          (h) =>
            changeFrom(ctx, h) ||
            thanBaseline(ctx, h) ||
            asForecastThen(ctx, h.i0) ||
            firstTimeIn(ctx, h) ||
            originFrom(ctx, h) ||
            monthPicksThing(ctx, h) ||
            yearQualifiesNoun(ctx, h.i1),
        )
      : [];
  const dating = hits.filter((g) => !named.includes(g) && !g.nullish && !g.spec.discard && g.mode !== 'discard');
  const compared = hits.length > 1 ? hits.filter((h) => named.includes(h) || eventSubject(ctx, h, dating)) : [];
  // Rule 7: a baseline is dropped only when another phrase dates the outcome; when every phrase is one, they date it.
  const baselines = compared.length < hits.length ? compared : [];
  linkHits(ctx, hits);
  const mask = conditionMask(ctx);
  const { mask: clauses, statesOnly } = clauseMask(ctx, options.watchTrigger === true);
  const plain: Array<[Hit, Range]> = [];
  const conditional: Array<[Hit, Range]> = [];
  const planned: Array<[Hit, Range]> = [];
  const scheduled: Array<[Hit, Range]> = [];
  let dropped: Hit | null = null;
  const setAside = [...rejectedPossibilities(ctx, hits), ...ownBreaks(ctx, hits)];
  for (const hit of hits) {
    if (setAside.includes(hit)) continue;
    const marks = [clauses[hit.i0], clauses[hit.i1 - 1]];
    if (marks.some((x) => x === 1 || x === 2)) continue;
    // "with further additions planned by April": a plan named by its participle dates the forecast only when
    // nothing else does, as "is scheduled for …" beside a forecast does.
    const planParticiple =
      (PLAN_PARTICIPLES.has(w(ctx, hit.i0 - 1)) && !PLAN_COPULA.has(w(ctx, hit.i0 - 2))) || planAside(ctx, hit.i0);
    const plan = marks.includes(PLAN_ONLY) || planParticiple || cycleFor(ctx, hit);
    const present = marks.includes(PRESENT_STATE);
    // "early this year" is a part of a named year, not a count of time, so "the first cargo … early this year" is no
    // look-back from a superlative as "the first hike in over a decade" is.
    const duration = hit.spec.unit === 'span' && !!hit.spec.fixed && !hit.spec.note && hit.spec.year === undefined;
    // "slips from April to September": a plan dropped after "from" is replaced by the date after "to", not extended.
    const rangeOfDropped =
      dropped !== null &&
      hit.i0 - dropped.i1 <= 1 &&
      CONNECTORS.has(w(ctx, dropped.i1)) &&
      !(w(ctx, dropped.i0) === 'from' && w(ctx, dropped.i1) === 'to');
    const baseline = baselines.includes(hit) && hit.mode !== 'discard';
    if (baseline || rangeOfDropped || isNameOrRejected(ctx, hit.i0, hit.i1, duration, options.watchTrigger === true)) {
      dropped = hit;
      continue;
    }
    dropped = null;
    const r = resolveHit(hit, pub);
    // A period already under way, in a present-tense clause, is the present described.
    if (present && r && hit.mode === 'period' && r.s === pub && CALENDAR_UNITS.has(hit.spec.unit)) continue;
    if (r && hit.spec.schedule) scheduled.push([hit, r]);
    else if (r) (plan ? planned : mask[hit.i0] || mask[hit.i1 - 1] ? conditional : plain).push([hit, r]);
  }
  // "Nvidia reports Wednesday" is a calendar entry; "… and will beat estimates" asserts an outcome of it, and a BULL or
  // BEAR block is a call by its label ("BEAR: totals stay under in all three games on Sunday").
  const dated =
    scheduled.length > 0 &&
    (options.call === true || looksAhead(ctx) || scheduled.some(([h]) => outcomeJoined(ctx, h.i1)))
      ? scheduled
      : [];
  const use =
    plain.length > 0 ? plain : planned.length > 0 ? planned : dated.length > 0 ? dated : statesOnly ? [] : conditional;
  if (use.length === 0) return none;
  let s = Number.POSITIVE_INFINITY;
  let e = Number.NEGATIVE_INFINITY;
  const phrases: string[] = [];
  const seen = new Set<string>();
  const details: string[] = [];
  for (const [hit, r] of use) {
    s = Math.min(s, r.s);
    e = Math.max(e, r.e);
    const from = ctx.toks[hit.i0] as Token;
    const to = ctx.toks[hit.i1 - 1] as Token;
    const phrase = text.slice(from.s, to.e);
    if (!seen.has(phrase)) {
      seen.add(phrase);
      phrases.push(phrase);
      details.push(describeHit(phrase, hit));
    }
  }
  const isDefault = use.every(([hit]) => hit.spec.isDefault === true);
  return {
    window: { start: isoOf(s), end: isoOf(e), phrase: phrases.join('; '), isDefault },
    conditionalOnly: plain.length === 0 && planned.length === 0 && dated.length === 0,
    rule: isDefault
      ? { kind: 'default', detail: `near-term default (+90 days) for "${phrases.join('; ')}"` }
      : { kind: 'phrase', detail: details.join('; ') + (use.length > 1 ? ' — the hull of these' : '') },
  };
}

/**
 * The resolution window a sentence implies (TIME-WINDOWS.md): inclusive ISO dates, never starting before
 * `published`; `phrase` is the text that produced it; `isDefault` marks the + 90-day near-term default.
 * Returns null when no phrase bounds the outcome. Throws `IngestInputError` for a `published` that is not a
 * real YYYY-MM-DD date.
 */
export function findWindow(sentence: string, published: string, options: WindowOptions = {}): Window | null {
  const pub = parsePublished(published);
  if (typeof sentence !== 'string' || sentence.length === 0) return null;
  return analyzeWindow(sentence, pub, options).window;
}
