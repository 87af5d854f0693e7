import { describe, expect, it } from 'vitest';
import type { LeaderboardRow } from '../../../src/shared/api/leaderboard.js';
import { chartedRows, leaderboardChart, leaderboardChartHeight } from '../../../src/shared/leaderboard-chart.js';

const row = (handle: string, over: Partial<LeaderboardRow>): LeaderboardRow => ({
  n: 10,
  nVoid: 0,
  nDirectional: 10,
  nProbabilistic: 0,
  hits: 6,
  hitRate: 0.6,
  wilsonLow: 0.31,
  wilsonHigh: 0.83,
  shrunkRate: 0.58,
  brier: null,
  logScore: null,
  baselineScore: null,
  handle,
  displayName: `Source ${handle}`,
  sourceKind: 'person',
  rank: 1,
  provisional: false,
  place: 1,
  open: 0,
  due: 0,
  ...over,
});

describe('the leaderboard chart', () => {
  it('charts the ranked sources, then the provisional ones, and none with nothing resolved', () => {
    const items = [
      row('p', { provisional: true, place: 1, rank: 2 }),
      row('a', { place: 1, rank: 1 }),
      row('u', { rank: null, place: null, hitRate: null, nDirectional: 0 }),
      row('b', { place: 2, rank: 3 }),
    ];
    expect(chartedRows(items).map((r) => r.handle)).toEqual(['a', 'b', 'p']);
  });

  it('gives each source a 28 px band under an 8 px top, with 42 px for the axis, and never less than 120 px', () => {
    expect(leaderboardChartHeight(3)).toBe(3 * 28 + 8 + 42);
    expect(leaderboardChartHeight(1)).toBe(120);
    expect(leaderboardChartHeight(40)).toBe(15 * 28 + 8 + 42);
    const chart = leaderboardChart([row('a', {}), row('b', { place: 2 }), row('c', { place: 3 })], 0.5);
    expect(chart.height).toBe(134);
    expect(chart.band).toBe(28);
    expect(chart.bottom).toBe(8 + 84);
    expect(chart.bars.map((b) => b.mid)).toEqual([22, 50, 78]);
    expect(chart.bars[0]).toMatchObject({ barY: 15, barHeight: 14, capY1: 19, capY2: 25 });
  });

  it('draws rates as shares of the width, the interval as whiskers and the average as a line', () => {
    const chart = leaderboardChart([row('a', { hitRate: 0.625, wilsonLow: 0.3057, wilsonHigh: 0.8632 })], 0.4);
    expect(chart.bars[0]).toMatchObject({
      barWidth: '62.50%',
      low: '30.57%',
      high: '86.32%',
      hitRate: '63%',
      interval: '31–86%',
    });
    expect(chart.average).toBe('40.00%');
    expect(chart.ticks).toEqual([
      { x: '0.00%', label: '0%' },
      { x: '25.00%', label: '25%' },
      { x: '50.00%', label: '50%' },
      { x: '75.00%', label: '75%' },
      { x: '100.00%', label: '100%' },
    ]);
  });

  it('names each bar by its place, starred when provisional, and says what it shows', () => {
    const chart = leaderboardChart(
      [
        row('a', { place: 1 }),
        row('p', { place: 1, provisional: true, hitRate: 1, wilsonLow: null, wilsonHigh: null }),
      ],
      0.55,
    );
    expect(chart.bars.map((b) => b.name)).toEqual(['1. Source a', '1*. Source p']);
    expect(chart.bars[0]!.title).toBe('1. Source a: 60% (95% CI 31–83%), 10 calls');
    // no interval: the whisker shrinks to the rate
    expect(chart.bars[1]).toMatchObject({ low: '100.00%', high: '100.00%', interval: '—' });
    expect(chart.label).toBe(
      'Bar chart: hit rate of the top 2 sources with 95% intervals; the dashed line is the average of all sources, 55%.',
    );
  });

  it('draws at most 15 sources', () => {
    const rows = Array.from({ length: 20 }, (_, i) => row(`s${i}`, { place: i + 1 }));
    expect(leaderboardChart(rows, 0.5).bars).toHaveLength(15);
  });
});
