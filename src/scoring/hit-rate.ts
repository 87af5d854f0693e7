/**
 * Direction, hit credit, hit rate and the shrunk (empirical-Bayes) rate
 * (SCORING.md B2.4, B3, B4, B5.2).
 */

/**
 * SCORING.md B2.4: +1 when the claim asserts its statement (p null or p > 0.5),
 * −1 when it asserts the negation (p < 0.5), 0 when p = 0.5 (no call; left out
 * of the hit rate only).
 */
export function callDirection(probability: number | null): 1 | -1 | 0 {
  if (probability === null || probability > 0.5) return 1;
  return probability < 0.5 ? -1 : 0;
}

/**
 * SCORING.md B3: hit credit y for direction +1, 1 − y for direction −1, and
 * null (absent) for p = 0.5. `outcome` is a non-void credit in [0,1].
 */
export function hitCredit(probability: number | null, outcome: number): number | null {
  const direction = callDirection(probability);
  if (direction === 0) return null;
  return direction === 1 ? outcome : 1 - outcome;
}

/** SCORING.md B4: hits / n_directional, null when n_directional = 0. */
export function hitRate(hits: number, nDirectional: number): number | null {
  return nDirectional === 0 ? null : hits / nDirectional;
}

/**
 * SCORING.md B4: (hits + m·μ) / (n_directional + m); equals μ when n_directional = 0.
 */
export function shrunkRate(hits: number, nDirectional: number, priorMean: number, priorStrength: number): number {
  if (nDirectional === 0) return priorMean;
  return (hits + priorStrength * priorMean) / (nDirectional + priorStrength);
}

/**
 * SCORING.md B5.2: pooled μ = Σ hits / Σ n_directional over the board, or 0.5
 * when that denominator is 0.
 */
export function pooledPriorMean(rows: readonly { hits: number; nDirectional: number }[]): number {
  let hits = 0;
  let n = 0;
  for (const row of rows) {
    hits += row.hits;
    n += row.nDirectional;
  }
  return n === 0 ? 0.5 : hits / n;
}
