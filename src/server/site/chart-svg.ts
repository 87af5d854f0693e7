import type { LeaderboardRow } from '../../shared/api/leaderboard.js';
import { LEADERBOARD_CHART_TICK_LENGTH as TICK_LENGTH, leaderboardChart } from '../../shared/leaderboard-chart.js';
import { escapeHtml as e } from './head.js';

/** An element with its attributes escaped; `null` leaves an attribute out. */
function tag(name: string, attrs: Record<string, string | number | null>, body = ''): string {
  const list = Object.entries(attrs)
    .filter(([, v]) => v !== null)
    .map(([k, v]) => ` ${k}="${e(String(v))}"`)
    .join('');
  return `<${name}${list}>${body}</${name}>`;
}

const line = (x1: string | number, x2: string | number, y1: number, y2: number, stroke: string | null = null) =>
  tag('line', { x1, x2, y1, y2, stroke });

/**
 * The leaderboard's bar chart as static HTML and SVG, the markup the app's LeaderboardChart (inside
 * its ChartFigure) renders from the same geometry, so the page shows it before any script runs and
 * the app's first render puts the same chart in its place.
 */
export function leaderboardChartHtml(rows: readonly LeaderboardRow[], priorMean: number): string {
  const chart = leaderboardChart(rows, priorMean);
  const { top, bottom, band } = chart;
  const labels = chart.bars
    .map((b) => tag('li', { style: `height:${band}px;line-height:${band}px`, title: b.name }, e(b.name)))
    .join('');
  const bars = chart.bars.map((b) =>
    tag(
      'g',
      { class: 'bar-chart-row' },
      tag('title', {}, e(b.title)) +
        tag('rect', { class: 'bar-chart-bar', x: 0, y: b.barY, width: b.barWidth, height: b.barHeight }) +
        tag(
          'g',
          { class: 'bar-chart-whisker' },
          line(b.low, b.high, b.mid, b.mid) +
            line(b.low, b.low, b.capY1, b.capY2) +
            line(b.high, b.high, b.capY1, b.capY2),
        ),
    ),
  );
  const axis = tag(
    'g',
    { class: 'bar-chart-axis' },
    line(0, 0, top, bottom) +
      line(0, '100%', bottom, bottom) +
      chart.ticks
        .map((t) =>
          tag(
            'g',
            {},
            line(t.x, t.x, bottom, bottom + TICK_LENGTH) +
              tag('text', { x: t.x, y: bottom + TICK_LENGTH, dy: '1em', 'text-anchor': 'middle' }, e(t.label)),
          ),
        )
        .join(''),
  );
  const svg = tag(
    'svg',
    { class: 'bar-chart-plot', width: '100%', height: chart.height },
    [
      ...chart.ticks.map((t) => line(t.x, t.x, top, bottom, 'var(--grid)')),
      ...bars,
      tag('line', { class: 'bar-chart-average', x1: chart.average, x2: chart.average, y1: top, y2: bottom }),
      axis,
    ].join(''),
  );
  const drawing = tag(
    'div',
    { class: 'bar-chart' },
    tag('ol', { class: 'bar-chart-labels', style: `padding-top:${top}px` }, labels) + svg,
  );
  const table = tag(
    'table',
    {},
    tag('caption', {}, e(chart.tableCaption)) +
      tag('thead', {}, tag('tr', {}, chart.columns.map((c) => tag('th', { scope: 'col' }, e(c))).join(''))) +
      tag(
        'tbody',
        {},
        chart.bars
          .map((b) =>
            tag('tr', {}, tag('th', { scope: 'row' }, e(b.name)) + `<td>${e(b.hitRate)}</td><td>${e(b.interval)}</td>`),
          )
          .join(''),
      ),
  );
  return tag(
    'figure',
    { class: 'chart', 'aria-label': chart.label },
    tag('div', { style: `height:${chart.height}px`, 'aria-hidden': 'true' }, drawing) +
      tag('figcaption', {}, e(chart.caption)) +
      tag('div', { class: 'visually-hidden' }, table),
  );
}
