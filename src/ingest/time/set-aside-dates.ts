/**
 * Dates in a forward-looking sentence that are not the outcome's ("Not windows"): a possibility a later clause
 * sets aside, a plan's own schedule, and the meeting at which an expectation was held.
 */
import { w, type Ctx } from './period-core.js';
import { MONTHS } from './vocab.js';

const POSSIBLE = new Set(['could', 'might', 'may', 'can']);
const CONDITION = new Set(['if', 'unless', 'whether', 'assuming', 'provided']);
const CLAUSE_END = new Set([',', ';', '.', ':', '?', '!']);

/** A possibility modal ("could", "might", lower-case "may") in tokens `a`…`b`. */
function possibleIn(ctx: Ctx, a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (POSSIBLE.has(w(ctx, k)) && ctx.toks[k]?.upper !== true) return true;
  return false;
}

/**
 * "A cut could come in April, but we expect June": the dates of a possibility that a later "but" clause, asserting
 * (no possibility, no condition) and dated by a phrase of its own, sets aside are a rejected alternative ("Not
 * windows"); the window is the asserted clause's. `hits` are in text order; returns the hits to leave out.
 */
export function rejectedPossibilities<H extends { i0: number; i1: number }>(ctx: Ctx, hits: readonly H[]): H[] {
  if (hits.length < 2) return [];
  // Most sentences have no "but" after their first date: one look for it before any clause is read.
  let but = false;
  for (let k = (hits[0] as H).i1; k < ctx.toks.length && !but; k++) but = w(ctx, k) === 'but';
  if (!but) return [];
  const out: H[] = [];
  for (const hit of hits) {
    let a = hit.i0;
    while (a > 0 && !CLAUSE_END.has(w(ctx, a - 1))) a--;
    if (!possibleIn(ctx, a, hit.i0)) continue;
    // The "but" that opens the asserted clause, before the sentence ends.
    let k = hit.i1;
    while (k < ctx.toks.length && w(ctx, k) !== 'but' && w(ctx, k) !== '.' && w(ctx, k) !== ';') k++;
    if (w(ctx, k) !== 'but') continue;
    let e = k + 1;
    while (e < ctx.toks.length && !CLAUSE_END.has(w(ctx, e))) e++;
    if (possibleIn(ctx, k + 1, e)) continue;
    let condition = false;
    for (let x = k + 1; x < e; x++) if (CONDITION.has(w(ctx, x))) condition = true;
    if (!condition && hits.some((h) => h.i0 > k && h.i0 < e)) out.push(hit);
  }
  return out;
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

const OWN = new Set(['its', 'their', 'his', 'her']);

/**
 * "up from the 2.2% it projected at its September meeting": the body's own meeting of a month, after a finite
 * expectation, dates when the expectation was held, as "expected in March" does.
 */
export function ownDatedMeeting(ctx: Ctx, k: number): boolean {
  return OWN.has(w(ctx, k)) && MONTHS.has(w(ctx, k + 1)) && w(ctx, k + 2) === 'meeting';
}

/**
 * "We're off next week, but expect the Fed to cut in March": the date of the writers' own break dates no outcome when
 * another phrase dates the sentence's call (Housekeeping in docs/ingest.md); returns the hits to leave out.
 */
export function ownBreaks<H extends { i0: number; i1: number }>(ctx: Ctx, hits: readonly H[]): H[] {
  if (hits.length < 2) return [];
  const out = hits.filter((h) => {
    if (w(ctx, h.i0 - 1) !== 'off') return false;
    const be = w(ctx, h.i0 - 2);
    return be === "we're" || be === 'we’re' || (be === 'are' && w(ctx, h.i0 - 3) === 'we');
  });
  return out.length < hits.length ? out : [];
}
