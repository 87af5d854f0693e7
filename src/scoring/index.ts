/**
 * Public surface of the pure scoring engine (SCORING.md B1–B6). Imports
 * nothing outside src/scoring and reads no clock: "now" is the `asOf` option.
 */
export type {
  CalibrationBucket,
  Kind,
  LeaderboardRow,
  ResolvedCall,
  RollingOptions,
  RollingPoint,
  Scorecard,
  ScoreTotals,
  ScoringOptions,
  WilsonInterval,
} from './types.js';
export { KINDS } from './types.js';
export { ScoringInputError } from './errors.js';
export { scoreCalls, scorecardFromTotals } from './scorecard.js';
export {
  leaderboard,
  leaderboardFromTotals,
  rankedFromTotals,
  type RankedSource,
  type ScorecardMemo,
} from './leaderboard.js';
export { addCall, adjustTotals, assertTotals, emptyTotals, mergeTotals, removeCall, sameFigure } from './totals.js';
export { COUNT_FIELDS } from './totals-shape.js';
export { type Difference, firstDifference } from './difference.js';
export { rollingHitRate } from './rolling.js';
export { wilsonInterval } from './wilson.js';
export { baselineScore, brierScore, logScore } from './brier.js';
export { calibrationBin } from './calibration.js';
export { callDirection, hitCredit, shrunkRate } from './hit-rate.js';
