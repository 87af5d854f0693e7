/** Chart heights, known before recharts loads so the page keeps its layout. */
export const LEADERBOARD_CHART_ROWS = 15;

export function leaderboardChartHeight(rows: number): number {
  return Math.max(120, Math.min(rows, LEADERBOARD_CHART_ROWS) * 28 + 50);
}

export const ROLLING_CHART_HEIGHT = 260;
export const CALIBRATION_CHART_HEIGHT = 300;
export const KIND_CHART_HEIGHT = 200;
/** Room for the caption under a chart. */
export const CAPTION_ALLOWANCE = 64;
