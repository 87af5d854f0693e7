/**
 * Validation of a resolved claim and the SCORING.md B2 rules on which claims count.
 */
import { assertIsoDate } from './dates.js';
import { ScoringInputError } from './errors.js';
import type { ResolvedOptions } from './options.js';
import { KINDS, type ResolvedCall } from './types.js';

/**
 * Throws `ScoringInputError` unless `call` is a valid resolved claim (SCORING.md B1):
 * `probability` null or a number in [0,1]; `outcome` (credit) null or a number in
 * [0,1]; `kind` one of BULL, BEAR, WATCH, CLAIM; `resolvedOn` absent/null or a real
 * `YYYY-MM-DD` date. `field` prefixes the reported field name (e.g. `calls[3]`).
 */
export function validateCall(call: ResolvedCall, field = 'call'): void {
  if (call === null || typeof call !== 'object') {
    throw new ScoringInputError(field, call, 'expected a resolved call object');
  }
  const { probability, outcome, kind, resolvedOn } = call;
  if (probability !== null && (typeof probability !== 'number' || !(probability >= 0 && probability <= 1))) {
    throw new ScoringInputError(`${field}.probability`, probability, 'must be null or a number in [0,1]');
  }
  if (outcome !== null && (typeof outcome !== 'number' || !(outcome >= 0 && outcome <= 1))) {
    throw new ScoringInputError(`${field}.outcome`, outcome, 'must be null (void) or a credit in [0,1]');
  }
  if (kind !== 'BULL' && kind !== 'BEAR' && kind !== 'WATCH' && kind !== 'CLAIM') {
    throw new ScoringInputError(`${field}.kind`, kind, `unknown kind; expected one of ${KINDS.join(', ')}`);
  }
  if (resolvedOn !== undefined && resolvedOn !== null) {
    assertIsoDate(`${field}.resolvedOn`, resolvedOn);
  }
}

/**
 * SCORING.md B2.1: false when `asOf` is set and the claim resolved after it
 * (inclusive boundary); claims without a date always count.
 */
export function countsAsOf(call: ResolvedCall, asOf: string | null): boolean {
  return asOf === null || call.resolvedOn === undefined || call.resolvedOn === null || call.resolvedOn <= asOf;
}

/** SCORING.md B2.2: a void claim is one whose outcome is `null`. */
export function isVoid(call: ResolvedCall): boolean {
  return call.outcome === null;
}

/**
 * SCORING.md B2.5: the probability used for Brier/log/calibration — the stated p,
 * else the implied probability of the claim's kind when the map has one, else null.
 * Use `usesImpliedProbability` to tell whether the map supplied it.
 */
export function effectiveProbability(
  call: ResolvedCall,
  impliedProbability: ResolvedOptions['impliedProbability'],
): number | null {
  if (call.probability !== null) return call.probability;
  return impliedProbability?.[call.kind] ?? null;
}

/** SCORING.md B2.5: true when the claim's p comes from the implied-probability map (`n_implied_probability`). */
export function usesImpliedProbability(
  call: ResolvedCall,
  impliedProbability: ResolvedOptions['impliedProbability'],
): boolean {
  return call.probability === null && impliedProbability?.[call.kind] !== undefined;
}
