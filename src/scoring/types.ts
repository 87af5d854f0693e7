/**
 * Plain-data types of the scoring engine. Everything here is JSON-serialisable.
 * Definitions: SCORING.md B1 (inputs), B4 (scorecard), B5 (leaderboard).
 */

/** The kinds of claim (SCORING.md B1). `kind` never changes the arithmetic. */
export type Kind = 'BULL' | 'BEAR' | 'WATCH' | 'CLAIM';

/** All valid kinds, for runtime validation (SCORING.md B1). */
export const KINDS: readonly Kind[] = ['BULL', 'BEAR', 'WATCH', 'CLAIM'];

/**
 * A resolved claim as scored (SCORING.md B1).
 * - `probability`: the stated probability that the statement is true, in [0,1]; `null` = none stated.
 * - `outcome`: credit of the latest resolution — true 1, false 0, partial in [0,1], void `null`.
 * - `resolvedOn`: resolution date `YYYY-MM-DD`, used by `asOf` (B2.1) and rolling series.
 * - `source`: the handle, informational only (leaderboards group by the `handle` given to them).
 */
export interface ResolvedCall {
  probability: number | null;
  outcome: number | null;
  kind: Kind;
  resolvedOn?: string;
  source?: string;
}

/**
 * Scoring parameters (SCORING.md B1).
 * - `priorMean` μ: a number in [0,1] or `'pooled'` (B5.2). Default 0.5 for a lone
 *   scorecard, `'pooled'` for leaderboards.
 * - `priorStrength` m > 0, default 10.
 * - `impliedProbability`: `null` (default) or a map kind → value in (0.5, 1) (B2.5).
 * - `asOf`: `YYYY-MM-DD` or null; claims resolved after it count nowhere (B2.1).
 * - `provisionalBelow`: default 5 (B5.6).
 */
export interface ScoringOptions {
  priorMean?: number | 'pooled';
  priorStrength?: number;
  impliedProbability?: Partial<Record<Kind, number>> | null;
  asOf?: string | null;
  provisionalBelow?: number;
}

/**
 * One of the 10 calibration buckets (SCORING.md B4): bucket k covers
 * [k/10, (k+1)/10) (bucket 9 also holds p = 1). `meanProbability` f̄_k and
 * `observedRate` ō_k (mean outcome) are null when `count` is 0.
 */
export interface CalibrationBucket {
  index: number;
  lower: number;
  upper: number;
  count: number;
  meanProbability: number | null;
  observedRate: number | null;
}

/**
 * One source's scorecard (SCORING.md B4, edge cases B6).
 * `n` counts claims kept after the `asOf` filter, void included; `nScored = n − nVoid`.
 * Rates are null when their denominator is 0; `shrunkRate` is μ then.
 * Brier/log/baseline and the decomposition fields are null when `nProbabilistic` = 0.
 */
export interface Scorecard {
  n: number;
  nVoid: number;
  nScored: number;
  nDirectional: number;
  nProbabilistic: number;
  nImpliedProbability: number;
  hits: number;
  hitRate: number | null;
  wilsonLow: number | null;
  wilsonHigh: number | null;
  shrunkRate: number;
  brier: number | null;
  logScore: number | null;
  baselineScore: number | null;
  calibration: CalibrationBucket[];
  reliability: number | null;
  resolution: number | null;
  uncertainty: number | null;
  decompositionResidual: number | null;
}

/**
 * A leaderboard row (SCORING.md B5): the source's scorecard (with the board's μ),
 * its handle, its 1-based rank (`null` when `nDirectional` = 0) and whether the
 * rank is provisional (`nDirectional < provisionalBelow`).
 */
export type LeaderboardRow = Scorecard & {
  handle: string;
  rank: number | null;
  provisional: boolean;
};

/**
 * Sufficient statistics of one source's claims (SCORING.md B4), maintained
 * incrementally with `addCall` / `removeCall`. Plain numbers and number arrays
 * only, so it can be stored as JSON.
 *
 * Hits are split so that binary outcomes stay exact integers under add/remove:
 * `hits = fullHits + partialHitCredit`, where `fullHits` counts directional calls
 * with credit exactly 1 and `partialHitCredit` sums credits strictly in (0,1)
 * over `nPartialHits` calls. The `bin*` arrays always have length 10.
 */
export interface ScoreTotals {
  n: number;
  nVoid: number;
  nScored: number;
  nDirectional: number;
  nProbabilistic: number;
  nImpliedProbability: number;
  fullHits: number;
  nPartialHits: number;
  partialHitCredit: number;
  sumBrier: number;
  sumLogScore: number;
  sumBaselineScore: number;
  binCount: number[];
  binSumProbability: number[];
  binSumOutcome: number[];
}

/** A Wilson score interval (SCORING.md B4, A7). */
export interface WilsonInterval {
  low: number;
  high: number;
}

/** Options of `rollingHitRate` (SCORING.md B4 hit rate over trailing windows): window length, end date, series length. */
export interface RollingOptions {
  windowMonths: number;
  asOf: string;
  months: number;
}

/**
 * One month of a rolling hit-rate series (SCORING.md B4 applied to the directional
 * calls resolved in the trailing window ending with `month`).
 */
export interface RollingPoint {
  month: string;
  n: number;
  hits: number;
  hitRate: number | null;
  wilsonLow: number | null;
  wilsonHigh: number | null;
}
