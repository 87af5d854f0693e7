/**
 * Calibration buckets and the Murphy decomposition of the Brier score
 * (SCORING.md B3 "bin", B4).
 */
import type { CalibrationBucket, ScoreTotals } from './types.js';

/** Number of calibration bins (SCORING.md B1 constants). */
export const CALIBRATION_BINS = 10;

/**
 * SCORING.md B3: bin = min(9, floor(10·p)); 0 → 0, 0.1 → 1, 1.0 → 9.
 * No epsilon fudge: floor(10·p) is exact for p = k/d, d ≤ 10000.
 */
export function calibrationBin(p: number): number {
  return Math.min(CALIBRATION_BINS - 1, Math.floor(10 * p));
}

/**
 * SCORING.md B4: always 10 buckets k = 0..9 with lower k/10, upper (k+1)/10,
 * count n_k, mean probability f̄_k and observed rate ō_k (nulls when n_k = 0).
 */
export function calibrationBuckets(totals: ScoreTotals): CalibrationBucket[] {
  const buckets: CalibrationBucket[] = [];
  for (let k = 0; k < CALIBRATION_BINS; k++) {
    const count = totals.binCount[k] ?? 0;
    buckets.push({
      index: k,
      lower: k / 10,
      upper: (k + 1) / 10,
      count,
      meanProbability: count === 0 ? null : (totals.binSumProbability[k] ?? 0) / count,
      observedRate: count === 0 ? null : (totals.binSumOutcome[k] ?? 0) / count,
    });
  }
  return buckets;
}

/** Reliability, resolution, uncertainty and residual of SCORING.md B4. */
export interface BrierDecomposition {
  reliability: number;
  resolution: number;
  uncertainty: number;
  decompositionResidual: number;
}

/**
 * SCORING.md B4, from per-bin sufficient statistics (n_k, Σf, Σy):
 *
 *   reliability = (1/N) Σ_k n_k (f̄_k − ō_k)² = (1/N) Σ_k (Σf_k − Σy_k)² / n_k
 *   resolution  = (1/N) Σ_k n_k (ō_k − ō)²
 *   uncertainty = ō (1 − ō),  ō = Σy / N
 *   residual    = brier − (reliability − resolution + uncertainty)
 *
 * `brier` is the mean per-claim Brier. Returns null when N = 0.
 */
export function brierDecomposition(totals: ScoreTotals, brier: number | null): BrierDecomposition | null {
  const total = totals.nProbabilistic;
  if (total === 0 || brier === null) return null;
  let sumOutcome = 0;
  for (let k = 0; k < CALIBRATION_BINS; k++) sumOutcome += totals.binSumOutcome[k] ?? 0;
  const meanOutcome = sumOutcome / total;
  let reliability = 0;
  let resolution = 0;
  for (let k = 0; k < CALIBRATION_BINS; k++) {
    const count = totals.binCount[k] ?? 0;
    if (count === 0) continue;
    const sumP = totals.binSumProbability[k] ?? 0;
    const sumY = totals.binSumOutcome[k] ?? 0;
    const gap = sumP / count - sumY / count;
    const spread = sumY / count - meanOutcome;
    reliability += count * gap * gap;
    resolution += count * spread * spread;
  }
  reliability /= total;
  resolution /= total;
  const uncertainty = meanOutcome * (1 - meanOutcome);
  return {
    reliability,
    resolution,
    uncertainty,
    decompositionResidual: brier - (reliability - resolution + uncertainty),
  };
}
