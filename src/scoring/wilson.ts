/**
 * Wilson score interval (SCORING.md B4, A7).
 */
import { ScoringInputError } from './errors.js';
import type { WilsonInterval } from './types.js';

/** z for a 95% interval (SCORING.md B1 constants). */
export const WILSON_Z = 1.96;

/**
 * Wilson score interval for k successes in n trials (SCORING.md B4, A7):
 *
 *   centre = (p̂ + z²/2n) / (1 + z²/n),  half = z/(1 + z²/n) · √(p̂(1−p̂)/n + z²/4n²),  p̂ = k/n
 *
 * with `low := 0` when k = 0 and `high := 1` when k = n (B4). k may be fractional
 * (partial credit). Returns null when n = 0. Throws `ScoringInputError` unless
 * 0 ≤ k ≤ n, n finite and z > 0.
 */
export function wilsonInterval(k: number, n: number, z: number = WILSON_Z): WilsonInterval | null {
  if (typeof n !== 'number' || !Number.isFinite(n) || n < 0) {
    throw new ScoringInputError('n', n, 'must be a finite number ≥ 0');
  }
  if (typeof k !== 'number' || !(k >= 0 && k <= n)) {
    throw new ScoringInputError('k', k, `must be a number in [0, n = ${n}]`);
  }
  if (typeof z !== 'number' || !Number.isFinite(z) || z <= 0) {
    throw new ScoringInputError('z', z, 'must be a finite number > 0');
  }
  if (n === 0) return null;
  const p = k / n;
  const z2 = z * z;
  const denominator = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denominator;
  const half = (z / denominator) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  return {
    low: k === 0 ? 0 : Math.max(0, centre - half),
    high: k === n ? 1 : Math.min(1, centre + half),
  };
}
