/**
 * Per-claim probabilistic scores (SCORING.md B3): Brier, log and baseline.
 */

/** Log clip ε (SCORING.md B1 constants). */
export const LOG_CLIP = 0.001;
/** Upper log clip 1 − ε, written as the literal 0.999 (SCORING.md B3). */
export const LOG_CLIP_HIGH = 0.999;

/** SCORING.md B3: p̃ = min(max(p, 0.001), 0.999). */
export function clipProbability(p: number): number {
  return Math.min(Math.max(p, LOG_CLIP), LOG_CLIP_HIGH);
}

/** SCORING.md B3: Brier = (p − y)², on the raw (unclipped) p; 0 best … 1 worst. */
export function brierScore(p: number, y: number): number {
  const d = p - y;
  return d * d;
}

/** SCORING.md B3: log score = y·ln p̃ + (1 − y)·ln(1 − p̃); ≤ 0, higher is better. */
export function logScore(p: number, y: number): number {
  const q = clipProbability(p);
  return y * Math.log(q) + (1 - y) * Math.log(1 - q);
}

/**
 * SCORING.md B3: baseline = 100·(1 + y·log2 p̃ + (1 − y)·log2(1 − p̃));
 * 0 = coin flip, at most 99.86.
 */
export function baselineScore(p: number, y: number): number {
  const q = clipProbability(p);
  return 100 * (1 + y * Math.log2(q) + (1 - y) * Math.log2(1 - q));
}
