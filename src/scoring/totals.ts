/**
 * Sufficient statistics for a scorecard, maintained one call at a time
 * (SCORING.md B2–B4). A server can keep `ScoreTotals` per source inside the
 * ledger transaction and never rescan claims.
 *
 * Precision: counts and whole hits are integers and stay exact. Sums of
 * partial credits, Brier, log and baseline scores and per-bin Σf/Σy are
 * floating point: removing then re-adding a call may move them by a few ulps
 * (≈1e-15 relative), so scorecards agree with a full recompute to ~1e-9 or
 * better. Whenever a count returns to 0, its sums are reset to exactly 0, so
 * drift never outlives the calls that caused it.
 */
import { baselineScore, brierScore, logScore } from './brier.js';
import { CALIBRATION_BINS, calibrationBin } from './calibration.js';
import { ScoringInputError } from './errors.js';
import { hitCredit } from './hit-rate.js';
import { resolveOptions, type ResolvedOptions } from './options.js';
import { countsAsOf, effectiveProbability, usesImpliedProbability, validateCall } from './outcomes.js';
import { BIN_FIELDS, COUNT_FIELDS, SUM_FIELDS, assertTotals } from './totals-shape.js';
import type { ResolvedCall, ScoreTotals, ScoringOptions } from './types.js';

/**
 * Whether two maintained figures agree: sums added up in another order (a replay, another engine)
 * round differently, so within a relative 1e-9 (absolute below 1), as this module promises.
 */
export function sameFigure(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

export { assertTotals };

/** Totals of no claims (SCORING.md B6 first row). */
export function emptyTotals(): ScoreTotals {
  return {
    n: 0,
    nVoid: 0,
    nScored: 0,
    nDirectional: 0,
    nProbabilistic: 0,
    nImpliedProbability: 0,
    fullHits: 0,
    nPartialHits: 0,
    partialHitCredit: 0,
    sumBrier: 0,
    sumLogScore: 0,
    sumBaselineScore: 0,
    binCount: new Array<number>(CALIBRATION_BINS).fill(0),
    binSumProbability: new Array<number>(CALIBRATION_BINS).fill(0),
    binSumOutcome: new Array<number>(CALIBRATION_BINS).fill(0),
  };
}

/** A deep copy of `totals` (after checking its shape; SCORING.md B4 statistics). */
export function cloneTotals(totals: ScoreTotals): ScoreTotals {
  assertTotals(totals);
  return {
    ...totals,
    binCount: totals.binCount.slice(),
    binSumProbability: totals.binSumProbability.slice(),
    binSumOutcome: totals.binSumOutcome.slice(),
  };
}

/** Σ hits = whole hits + partial credit (SCORING.md B4). */
export function totalHits(totals: ScoreTotals): number {
  return totals.fullHits + totals.partialHitCredit;
}

/**
 * Returns new totals including `call` (SCORING.md B2: dropped entirely when
 * resolved after `options.asOf`; void counts only in n and nVoid). Only `asOf`
 * and `impliedProbability` affect totals; keep them fixed for a given totals
 * value. Throws `ScoringInputError` on an invalid call or option.
 */
export function addCall(totals: ScoreTotals, call: ResolvedCall, options?: ScoringOptions): ScoreTotals {
  const next = cloneTotals(totals);
  accumulateCall(next, call, resolveOptions(options, 0.5), 1);
  return next;
}

/**
 * Returns new totals without `call` (SCORING.md B2–B4; e.g. when a resolution is corrected:
 * remove the old version, add the new one). Must be given the same call and
 * options that were added. Throws `ScoringInputError` if the totals cannot
 * contain the call (a count would go negative).
 */
export function removeCall(totals: ScoreTotals, call: ResolvedCall, options?: ScoringOptions): ScoreTotals {
  const next = cloneTotals(totals);
  accumulateCall(next, call, resolveOptions(options, 0.5), -1);
  return next;
}

/**
 * The totals of two disjoint sets of calls (SCORING.md B4: every aggregate is a sum over calls,
 * so totals add field by field), e.g. one source's claims scored in two parts. Sums may differ
 * from a single fold by rounding in the last places. Throws `ScoringInputError` unless both
 * have the ScoreTotals shape.
 */
export function mergeTotals(a: ScoreTotals, b: ScoreTotals): ScoreTotals {
  assertTotals(a, 'a');
  assertTotals(b, 'b');
  const out = cloneTotals(a);
  for (const f of COUNT_FIELDS) out[f] += b[f];
  for (const f of SUM_FIELDS) out[f] += b[f];
  for (const f of BIN_FIELDS) for (let k = 0; k < CALIBRATION_BINS; k++) out[f][k] = out[f][k]! + b[f][k]!;
  return out;
}

const DEFAULT_OPTIONS = resolveOptions(undefined, 0.5);

/**
 * `addCall` (`sign` = 1) or `removeCall` (`sign` = −1) with default options, changing `totals`
 * in place instead of returning a copy (SCORING.md B2–B4): for a caller that owns its totals and
 * adjusts them once per resolution, such as a replay of a million-event ledger. The result is
 * bit for bit what addCall/removeCall return. Checks the call as they do (`ScoringInputError`);
 * `totals` is trusted to have the ScoreTotals shape (see assertTotals).
 */
export function adjustTotals(totals: ScoreTotals, call: ResolvedCall, sign: 1 | -1): void {
  accumulateCall(totals, call, DEFAULT_OPTIONS, sign);
}

/**
 * Adds (`sign` = 1) or removes (`sign` = −1) one call in place — the single
 * code path behind `addCall`, `removeCall` and `scoreCalls` (SCORING.md B2, B3).
 */
export function accumulateCall(
  t: ScoreTotals,
  call: ResolvedCall,
  options: ResolvedOptions,
  sign: 1 | -1,
  field = 'call',
): void {
  validateCall(call, field);
  if (!countsAsOf(call, options.asOf)) return;
  t.n += sign;
  const y = call.outcome;
  if (y === null) {
    t.nVoid += sign;
  } else {
    t.nScored += sign;
    const credit = hitCredit(call.probability, y);
    if (credit !== null) {
      t.nDirectional += sign;
      if (credit === 1) t.fullHits += sign;
      else if (credit > 0) {
        t.nPartialHits += sign;
        t.partialHitCredit += sign * credit;
      }
    }
    const p = effectiveProbability(call, options.impliedProbability);
    if (p !== null) {
      t.nProbabilistic += sign;
      if (usesImpliedProbability(call, options.impliedProbability)) t.nImpliedProbability += sign;
      t.sumBrier += sign * brierScore(p, y);
      t.sumLogScore += sign * logScore(p, y);
      t.sumBaselineScore += sign * baselineScore(p, y);
      const k = calibrationBin(p);
      t.binCount[k] = (t.binCount[k] ?? 0) + sign;
      t.binSumProbability[k] = (t.binSumProbability[k] ?? 0) + sign * p;
      t.binSumOutcome[k] = (t.binSumOutcome[k] ?? 0) + sign * y;
    }
  }
  if (sign === -1) settleAfterRemoval(t, call, field);
}

function settleAfterRemoval(t: ScoreTotals, call: ResolvedCall, field: string): void {
  const negative = COUNT_FIELDS.some((f) => t[f] < 0) || t.binCount.some((c) => c < 0);
  if (negative) throw new ScoringInputError(field, call, 'cannot remove a call these totals do not contain');
  if (t.nPartialHits === 0) t.partialHitCredit = 0;
  if (t.nProbabilistic === 0) {
    t.sumBrier = 0;
    t.sumLogScore = 0;
    t.sumBaselineScore = 0;
  }
  for (let k = 0; k < CALIBRATION_BINS; k++) {
    if (t.binCount[k] === 0) {
      t.binSumProbability[k] = 0;
      t.binSumOutcome[k] = 0;
    }
  }
}
