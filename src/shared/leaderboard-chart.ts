import type { LeaderboardRow } from './api/leaderboard.js';
import { interval, pct } from './format.js';

/**
 * The leaderboard's bar chart as plain data: which sources it draws and where, and what it says.
 * The web app (charts/LeaderboardChart.tsx) and the server's first paint (site/chart-svg.ts) both
 * draw from it, so the chart a page arrives with is the one the app puts in its place.
 */

/** The most sources the chart draws: the top of the ranked list, then the provisional ones. */
export const LEADERBOARD_CHART_ROWS = 15;
/** The chart's room above its first bar and below its last one (the axis and its labels), in px. */
export const LEADERBOARD_CHART_TOP = 8;
export const LEADERBOARD_CHART_AXIS = 42;

const ROW_HEIGHT = 28;
const TICKS = [0, 0.25, 0.5, 0.75, 1];
const BAR = 14;
const WHISKER_CAP = 6;
/** How far the axis's tick marks reach below it, in px. */
export const LEADERBOARD_CHART_TICK_LENGTH = 6;

/** The drawing's height for `rows` sources, known before the data comes so the page keeps its layout. */
export function leaderboardChartHeight(rows: number): number {
  return Math.max(
    120,
    Math.min(rows, LEADERBOARD_CHART_ROWS) * ROW_HEIGHT + LEADERBOARD_CHART_TOP + LEADERBOARD_CHART_AXIS,
  );
}

/**
 * The rows the leaderboard page charts: its ranked sources, then its provisional ones (SCORING.md
 * B5), each with a hit rate; sources with nothing resolved have no bar.
 */
export function chartedRows(items: readonly LeaderboardRow[]): LeaderboardRow[] {
  const ranked = items.filter((r) => r.rank !== null && !r.provisional);
  const provisional = items.filter((r) => r.rank !== null && r.provisional);
  return [...ranked, ...provisional].filter((r) => r.hitRate !== null);
}

/** A rate (0..1) as an SVG x coordinate: a share of the plot's width, so it fits any width unmeasured. */
const x = (rate: number) => `${(Math.min(1, Math.max(0, rate)) * 100).toFixed(2)}%`;

/** One source's bar and whisker; x values are percentages of the plot's width, y values px. */
export interface LeaderboardChartBar {
  handle: string;
  /** "3. Name", "2*. Name" for a provisional source: the label beside the bar. */
  name: string;
  /** The bar's tooltip: rate, interval and calls. */
  title: string;
  hitRate: string;
  interval: string;
  /** The middle of the bar's band. */
  mid: number;
  barY: number;
  barHeight: number;
  barWidth: string;
  low: string;
  high: string;
  capY1: number;
  capY2: number;
}

export interface LeaderboardChart {
  /** What a screen reader hears for the drawing. */
  label: string;
  caption: string;
  /** The same figures as a table, for screen readers: its caption and header row. */
  tableCaption: string;
  columns: string[];
  height: number;
  /** Each bar's band (the label's line height). */
  band: number;
  top: number;
  bottom: number;
  bars: LeaderboardChartBar[];
  /** The dashed line at the average of all sources. */
  average: string;
  ticks: { x: string; label: string }[];
}

/** Where the chart draws the first `LEADERBOARD_CHART_ROWS` of `rows`, against the pooled average `priorMean`. */
export function leaderboardChart(rows: readonly LeaderboardRow[], priorMean: number): LeaderboardChart {
  const shown = rows.filter((r) => r.hitRate !== null).slice(0, LEADERBOARD_CHART_ROWS);
  const height = leaderboardChartHeight(shown.length);
  const plot = height - LEADERBOARD_CHART_TOP - LEADERBOARD_CHART_AXIS;
  const band = plot / Math.max(1, shown.length);
  const bars = shown.map((r, i): LeaderboardChartBar => {
    const rate = r.hitRate ?? 0;
    const name = `${r.place ?? '–'}${r.provisional ? '*' : ''}. ${r.displayName}`;
    const mid = LEADERBOARD_CHART_TOP + band * (i + 0.5);
    return {
      handle: r.handle,
      name,
      title: `${name}: ${pct(r.hitRate)} (95% CI ${interval(r.wilsonLow, r.wilsonHigh)}), ${r.nDirectional} calls`,
      hitRate: pct(r.hitRate),
      interval: interval(r.wilsonLow, r.wilsonHigh),
      mid,
      barY: mid - BAR / 2,
      barHeight: BAR,
      barWidth: x(rate),
      low: x(r.wilsonLow ?? rate),
      high: x(r.wilsonHigh ?? rate),
      capY1: mid - WHISKER_CAP / 2,
      capY2: mid + WHISKER_CAP / 2,
    };
  });
  return {
    label: `Bar chart: hit rate of the top ${shown.length} sources with 95% intervals; the dashed line is the average of all sources, ${pct(priorMean)}.`,
    caption: `Bars: hit rate. Whiskers: 95% interval — wide when a source has few resolved calls. Dashed line: average of all sources (${pct(priorMean)}). Order follows the rank, which is adjusted for sample size; * marks provisional sources, numbered apart.`,
    tableCaption: 'Hit rate by source',
    columns: ['Source', 'Hit rate', '95% interval'],
    height,
    band,
    top: LEADERBOARD_CHART_TOP,
    bottom: LEADERBOARD_CHART_TOP + plot,
    bars,
    average: x(priorMean),
    ticks: TICKS.map((t) => ({ x: x(t), label: pct(t) })),
  };
}
