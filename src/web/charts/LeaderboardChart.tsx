import type { LeaderboardRow } from '../../shared/api/leaderboard.js';
import { LEADERBOARD_CHART_TICK_LENGTH as TICK_LENGTH, leaderboardChart } from '../../shared/leaderboard-chart.js';
import { ChartFigure } from './ChartFigure.js';

/**
 * Ranked sources' hit rates with their 95% Wilson interval as whiskers, and the pooled average.
 * Plain SVG rather than recharts: it draws in the page's first render, from the data the server
 * put in the page, with no chart library to fetch and run and no measuring pass before it shows.
 * The server draws the same chart from the same geometry into the page's HTML (site/chart-svg.ts).
 */
export function LeaderboardChart({ rows, priorMean }: { rows: LeaderboardRow[]; priorMean: number }) {
  const chart = leaderboardChart(rows, priorMean);
  const { top, bottom, band } = chart;
  return (
    <ChartFigure
      label={chart.label}
      style={{ height: chart.height }}
      caption={chart.caption}
      tableCaption={chart.tableCaption}
      columns={chart.columns}
      rows={chart.bars.map((b) => (
        <tr key={b.handle}>
          <th scope="row">{b.name}</th>
          <td>{b.hitRate}</td>
          <td>{b.interval}</td>
        </tr>
      ))}
    >
      <div className="bar-chart">
        <ol className="bar-chart-labels" style={{ paddingTop: top }}>
          {chart.bars.map((b) => (
            <li key={b.handle} style={{ height: band, lineHeight: `${band}px` }} title={b.name}>
              {b.name}
            </li>
          ))}
        </ol>
        <svg className="bar-chart-plot" width="100%" height={chart.height}>
          {chart.ticks.map((t) => (
            <line key={t.label} x1={t.x} x2={t.x} y1={top} y2={bottom} stroke="var(--grid)" />
          ))}
          {chart.bars.map((b) => {
            const cap = { y1: b.capY1, y2: b.capY2 };
            return (
              <g key={b.handle} className="bar-chart-row">
                <title>{b.title}</title>
                <rect className="bar-chart-bar" x={0} y={b.barY} width={b.barWidth} height={b.barHeight} />
                <g className="bar-chart-whisker">
                  <line x1={b.low} x2={b.high} y1={b.mid} y2={b.mid} />
                  <line x1={b.low} x2={b.low} {...cap} />
                  <line x1={b.high} x2={b.high} {...cap} />
                </g>
              </g>
            );
          })}
          <line className="bar-chart-average" x1={chart.average} x2={chart.average} y1={top} y2={bottom} />
          <g className="bar-chart-axis">
            <line x1={0} x2={0} y1={top} y2={bottom} />
            <line x1={0} x2="100%" y1={bottom} y2={bottom} />
            {chart.ticks.map((t) => (
              <g key={t.label}>
                <line x1={t.x} x2={t.x} y1={bottom} y2={bottom + TICK_LENGTH} />
                <text x={t.x} y={bottom + TICK_LENGTH} dy="1em" textAnchor="middle">
                  {t.label}
                </text>
              </g>
            ))}
          </g>
        </svg>
      </div>
    </ChartFigure>
  );
}
