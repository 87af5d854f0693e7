/**
 * The shape of `ScoreTotals` (SCORING.md B4): which fields are counts, sums and calibration bins,
 * and the guard for totals read back from storage.
 */
import { CALIBRATION_BINS } from './calibration.js';
import { ScoringInputError } from './errors.js';
import type { ScoreTotals } from './types.js';

/** Fields that count calls: integers, exact. */
export const COUNT_FIELDS = [
  'n',
  'nVoid',
  'nScored',
  'nDirectional',
  'nProbabilistic',
  'nImpliedProbability',
  'fullHits',
  'nPartialHits',
] as const;
/** Fields that sum floating-point scores. */
export const SUM_FIELDS = ['partialHitCredit', 'sumBrier', 'sumLogScore', 'sumBaselineScore'] as const;
/** Per-bucket calibration arrays. */
export const BIN_FIELDS = ['binCount', 'binSumProbability', 'binSumOutcome'] as const;

/**
 * Throws `ScoringInputError` unless `totals` has the `ScoreTotals` shape (SCORING.md B4):
 * finite non-negative counts, finite sums and bin arrays of length 10 — a
 * guard for totals read back from storage.
 */
export function assertTotals(totals: ScoreTotals, field = 'totals'): void {
  if (totals === null || typeof totals !== 'object') {
    throw new ScoringInputError(field, totals, 'expected a ScoreTotals object');
  }
  for (const f of COUNT_FIELDS) {
    const v = totals[f];
    if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) {
      throw new ScoringInputError(`${field}.${f}`, v, 'must be a finite count ≥ 0');
    }
  }
  for (const f of SUM_FIELDS) {
    if (typeof totals[f] !== 'number' || !Number.isFinite(totals[f])) {
      throw new ScoringInputError(`${field}.${f}`, totals[f], 'must be a finite number');
    }
  }
  for (const f of BIN_FIELDS) {
    const bins = totals[f];
    if (
      !Array.isArray(bins) ||
      bins.length !== CALIBRATION_BINS ||
      !bins.every((v) => typeof v === 'number' && Number.isFinite(v))
    ) {
      throw new ScoringInputError(`${field}.${f}`, bins, `must be an array of ${CALIBRATION_BINS} finite numbers`);
    }
  }
}
