/** Chart heights, known before the data (or recharts) arrives so the page keeps its layout. */
export const LEADERBOARD_CHART_ROWS = 15;
/** The leaderboard chart's room above its first bar and below its last one (the axis and its labels). */
export const LEADERBOARD_CHART_TOP = 8;
export const LEADERBOARD_CHART_AXIS = 42;

export function leaderboardChartHeight(rows: number): number {
  return Math.max(120, Math.min(rows, LEADERBOARD_CHART_ROWS) * 28 + LEADERBOARD_CHART_TOP + LEADERBOARD_CHART_AXIS);
}

export const ROLLING_CHART_HEIGHT = 260;
export const CALIBRATION_CHART_HEIGHT = 300;
export const KIND_CHART_HEIGHT = 200;
/** Room for the caption under a chart. */
export const CAPTION_ALLOWANCE = 64;
