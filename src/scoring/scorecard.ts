/**
 * One source's scorecard (SCORING.md B4), from raw calls or from totals.
 */
import { brierDecomposition, calibrationBuckets } from './calibration.js';
import { hitRate, pooledPriorMean, shrunkRate } from './hit-rate.js';
import { resolveOptions } from './options.js';
import { accumulateCall, assertTotals, emptyTotals, totalHits } from './totals.js';
import type { ResolvedCall, Scorecard, ScoreTotals, ScoringOptions } from './types.js';
import { WILSON_Z, wilsonInterval } from './wilson.js';

/**
 * Scores one source's calls (SCORING.md B2–B4, B6). Implemented as a fold of
 * the `addCall` code path into `ScoreTotals` followed by `scorecardFromTotals`,
 * so both paths agree. `priorMean` defaults to 0.5; `'pooled'` here pools over
 * the given calls (μ = hits / n_directional, or 0.5 when that is 0).
 * Throws `ScoringInputError` on invalid calls (field `calls[i]…`) or options.
 */
export function scoreCalls(calls: readonly ResolvedCall[], options?: ScoringOptions): Scorecard {
  const resolved = resolveOptions(options, 0.5);
  const totals = emptyTotals();
  for (let i = 0; i < calls.length; i++) {
    accumulateCall(totals, calls[i] as ResolvedCall, resolved, 1, `calls[${i}]`);
  }
  return scorecardWithPrior(totals, priorFor(resolved.priorMean, totals), resolved.priorStrength);
}

/**
 * The scorecard of maintained totals (SCORING.md B4). Uses `priorMean`
 * (default 0.5; `'pooled'` pools over these totals alone) and `priorStrength`;
 * `asOf` and `impliedProbability` were applied when the totals were built.
 */
export function scorecardFromTotals(totals: ScoreTotals, options?: ScoringOptions): Scorecard {
  assertTotals(totals);
  const resolved = resolveOptions(options, 0.5);
  return scorecardWithPrior(totals, priorFor(resolved.priorMean, totals), resolved.priorStrength);
}

function priorFor(priorMean: number | 'pooled', totals: ScoreTotals): number {
  if (priorMean !== 'pooled') return priorMean;
  return pooledPriorMean([{ hits: totalHits(totals), nDirectional: totals.nDirectional }]);
}

/**
 * SCORING.md B4 aggregates from totals with a resolved prior mean μ and
 * strength m (the leaderboard passes its board-wide μ).
 */
export function scorecardWithPrior(totals: ScoreTotals, priorMean: number, priorStrength: number): Scorecard {
  const hits = totalHits(totals);
  const nDirectional = totals.nDirectional;
  // Clamp float drift (≤ a few ulps) so Wilson's 0 ≤ k ≤ n check always holds.
  const k = Math.min(Math.max(hits, 0), nDirectional);
  const wilson = wilsonInterval(k, nDirectional, WILSON_Z);
  const N = totals.nProbabilistic;
  const brier = N === 0 ? null : totals.sumBrier / N;
  const decomposition = brierDecomposition(totals, brier);
  return {
    n: totals.n,
    nVoid: totals.nVoid,
    nScored: totals.nScored,
    nDirectional,
    nProbabilistic: N,
    nImpliedProbability: totals.nImpliedProbability,
    hits,
    hitRate: hitRate(hits, nDirectional),
    wilsonLow: wilson === null ? null : wilson.low,
    wilsonHigh: wilson === null ? null : wilson.high,
    shrunkRate: shrunkRate(hits, nDirectional, priorMean, priorStrength),
    brier,
    logScore: N === 0 ? null : totals.sumLogScore / N,
    baselineScore: N === 0 ? null : totals.sumBaselineScore / N,
    calibration: calibrationBuckets(totals),
    reliability: decomposition === null ? null : decomposition.reliability,
    resolution: decomposition === null ? null : decomposition.resolution,
    uncertainty: decomposition === null ? null : decomposition.uncertainty,
    decompositionResidual: decomposition === null ? null : decomposition.decompositionResidual,
  };
}
