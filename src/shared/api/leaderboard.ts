import { z } from 'zod';
import { Handle, PageQuery, safeText } from './common.js';
import { ClaimKind } from './claims.js';
import { SourceKind } from './sources.js';

/** Measures a leaderboard can be sorted by (SCORING.md B5 ranks by shrunkRate). */
export const LEADERBOARD_SORTS = [
  'rank',
  'shrunkRate',
  'hitRate',
  'wilsonLow',
  'nDirectional',
  'brier',
  'logScore',
  'baselineScore',
  'open',
  'due',
  'handle',
] as const;

export const PERIODS = ['all', '30d', '90d', '12m', 'ytd'] as const;

export const LeaderboardQuery = PageQuery.extend({
  kind: ClaimKind.optional(),
  tag: safeText().trim().toLowerCase().max(40).optional(),
  /** Resolved within this period before today ("all" = everything). */
  period: z.enum(PERIODS).default('all'),
  minResolved: z.coerce.number().int().min(0).max(100000).default(0),
  sort: z.enum(LEADERBOARD_SORTS).default('rank'),
  order: z.enum(['asc', 'desc']).optional(),
});
export type LeaderboardQuery = z.infer<typeof LeaderboardQuery>;

export const CalibrationBucket = z.object({
  index: z.number(),
  lower: z.number(),
  upper: z.number(),
  count: z.number(),
  meanProbability: z.number().nullable(),
  observedRate: z.number().nullable(),
});
export type CalibrationBucket = z.infer<typeof CalibrationBucket>;

/** One source's scorecard (SCORING.md B4). */
export const Scorecard = z.object({
  n: z.number(),
  nVoid: z.number(),
  nScored: z.number(),
  nDirectional: z.number(),
  nProbabilistic: z.number(),
  nImpliedProbability: z.number(),
  hits: z.number(),
  hitRate: z.number().nullable(),
  wilsonLow: z.number().nullable(),
  wilsonHigh: z.number().nullable(),
  shrunkRate: z.number(),
  brier: z.number().nullable(),
  logScore: z.number().nullable(),
  baselineScore: z.number().nullable(),
  calibration: z.array(CalibrationBucket),
  reliability: z.number().nullable(),
  resolution: z.number().nullable(),
  uncertainty: z.number().nullable(),
  decompositionResidual: z.number().nullable(),
});
export type Scorecard = z.infer<typeof Scorecard>;

/** One ranked source: the scorecard's headline measures (not its buckets) plus who and counts. */
export const LeaderboardRow = Scorecard.pick({
  n: true,
  nVoid: true,
  nDirectional: true,
  nProbabilistic: true,
  hits: true,
  hitRate: true,
  wilsonLow: true,
  wilsonHigh: true,
  shrunkRate: true,
  brier: true,
  logScore: true,
  baselineScore: true,
}).extend({
  handle: z.string(),
  displayName: z.string(),
  sourceKind: SourceKind,
  /** SCORING.md B5 rank among every source with a resolved call, provisional ones included; null for none. */
  rank: z.number().nullable(),
  provisional: z.boolean(),
  /**
   * The number a reader sees: the position within the source's group — settled (ranked, not
   * provisional) 1..n, provisional 1..m — with no gaps; null when nothing is resolved.
   */
  place: z.number().nullable(),
  open: z.number(),
  due: z.number(),
});
export type LeaderboardRow = z.infer<typeof LeaderboardRow>;

export const LeaderboardResponse = z.object({
  items: z.array(LeaderboardRow),
  nextCursor: z.string().nullable(),
  total: z.number(),
  priorMean: z.number(),
  asOf: z.string(),
  headSeq: z.number(),
});
export type LeaderboardResponse = z.infer<typeof LeaderboardResponse>;

export const RollingPoint = z.object({
  month: z.string(),
  n: z.number(),
  hits: z.number(),
  hitRate: z.number().nullable(),
  wilsonLow: z.number().nullable(),
  wilsonHigh: z.number().nullable(),
});
export type RollingPoint = z.infer<typeof RollingPoint>;

/** Claims by status: open (window not ended), due (ended, unresolved), resolved (not void) and void. */
export const ClaimCounts = z.object({ open: z.number(), due: z.number(), resolved: z.number(), void: z.number() });
export type ClaimCounts = z.infer<typeof ClaimCounts>;

export const ScorecardQuery = z.object({
  kind: ClaimKind.optional(),
  tag: safeText().trim().toLowerCase().max(40).optional(),
  period: z.enum(PERIODS).default('all'),
  /** Months in the rolling hit-rate series, and the trailing window of each point. */
  months: z.coerce.number().int().min(1).max(120).default(24),
  windowMonths: z.coerce.number().int().min(1).max(36).default(6),
});

export const ScorecardResponse = z.object({
  handle: z.string(),
  displayName: z.string(),
  asOf: z.string(),
  scorecard: Scorecard,
  byKind: z.array(z.object({ kind: ClaimKind, scorecard: Scorecard })),
  rolling: z.array(RollingPoint),
  /** The claims the source made (the ones its scores count), by status. */
  counts: ClaimCounts,
  /** The claims that only cite the source, or dispute it (not its calls, never scored), by status. */
  citedCounts: ClaimCounts,
});
export type ScorecardResponse = z.infer<typeof ScorecardResponse>;

export const HandleParam = Handle;
