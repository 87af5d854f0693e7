/** Chart heights, known before the data (or recharts) arrives so the page keeps its layout. */
export { leaderboardChartHeight } from '../../shared/leaderboard-chart.js';
export {
  CALIBRATION_CHART_HEIGHT,
  CAPTION_ALLOWANCE,
  KIND_CHART_HEIGHT,
  ROLLING_CHART_HEIGHT,
} from '../../shared/chart-sizes.js';
