/**
 * Validation and defaults of `ScoringOptions` (SCORING.md B1 "Params").
 */
import { assertIsoDate } from './dates.js';
import { ScoringInputError } from './errors.js';
import { KINDS, type Kind, type ScoringOptions } from './types.js';

/** Default prior strength m (SCORING.md B1). */
export const DEFAULT_PRIOR_STRENGTH = 10;
/** Default provisional threshold (SCORING.md B1, B5.6). */
export const DEFAULT_PROVISIONAL_BELOW = 5;

/** `ScoringOptions` with the SCORING.md B1 defaults applied and every value validated. */
export interface ResolvedOptions {
  priorMean: number | 'pooled';
  priorStrength: number;
  impliedProbability: Readonly<Partial<Record<Kind, number>>> | null;
  asOf: string | null;
  provisionalBelow: number;
}

/**
 * Applies the SCORING.md B1 defaults (`defaultPriorMean` is 0.5 for a scorecard,
 * `'pooled'` for a leaderboard) and throws `ScoringInputError` on invalid values:
 * priorMean not in [0,1] nor 'pooled', priorStrength ≤ 0 or not finite,
 * impliedProbability values outside (0.5, 1) or keys that are not kinds,
 * asOf not a real date, provisionalBelow NaN.
 */
export function resolveOptions(
  options: ScoringOptions | undefined,
  defaultPriorMean: number | 'pooled',
): ResolvedOptions {
  const o = options ?? {};
  return {
    priorMean: resolvePriorMean(o.priorMean, defaultPriorMean),
    priorStrength: resolvePriorStrength(o.priorStrength),
    impliedProbability: resolveImplied(o.impliedProbability),
    asOf: o.asOf === undefined || o.asOf === null ? null : assertIsoDate('asOf', o.asOf),
    provisionalBelow: resolveProvisionalBelow(o.provisionalBelow),
  };
}

function resolvePriorMean(value: unknown, fallback: number | 'pooled'): number | 'pooled' {
  if (value === undefined) return fallback;
  if (value === 'pooled') return value;
  if (typeof value !== 'number' || !(value >= 0 && value <= 1)) {
    throw new ScoringInputError('priorMean', value, "must be a number in [0,1] or 'pooled'");
  }
  return value;
}

function resolvePriorStrength(value: unknown): number {
  if (value === undefined) return DEFAULT_PRIOR_STRENGTH;
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
    throw new ScoringInputError('priorStrength', value, 'must be a finite number > 0');
  }
  return value;
}

function resolveProvisionalBelow(value: unknown): number {
  if (value === undefined) return DEFAULT_PROVISIONAL_BELOW;
  if (typeof value !== 'number' || Number.isNaN(value)) {
    throw new ScoringInputError('provisionalBelow', value, 'must be a number');
  }
  return value;
}

function resolveImplied(value: unknown): Readonly<Partial<Record<Kind, number>>> | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'object' || Array.isArray(value)) {
    throw new ScoringInputError('impliedProbability', value, 'must be null or a map kind → value');
  }
  const map: Partial<Record<Kind, number>> = {};
  for (const [key, p] of Object.entries(value as Record<string, unknown>)) {
    if (!(KINDS as readonly string[]).includes(key)) {
      throw new ScoringInputError(
        `impliedProbability.${key}`,
        key,
        `unknown kind; expected one of ${KINDS.join(', ')}`,
      );
    }
    if (p === undefined) continue;
    if (typeof p !== 'number' || !(p > 0.5 && p < 1)) {
      throw new ScoringInputError(`impliedProbability.${key}`, p, 'must be a number in (0.5, 1)');
    }
    map[key as Kind] = p;
  }
  return map;
}
