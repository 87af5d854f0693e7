/** Chart heights, known before the data (or recharts) arrives so the page keeps its layout. */
export { leaderboardChartHeight } from '../../shared/leaderboard-chart.js';

export const ROLLING_CHART_HEIGHT = 260;
export const CALIBRATION_CHART_HEIGHT = 300;
export const KIND_CHART_HEIGHT = 200;
/** Room for the caption under a chart. */
export const CAPTION_ALLOWANCE = 64;
