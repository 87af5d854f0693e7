import type { LeaderboardRow } from '../../shared/api/leaderboard.js';
import { interval, pct } from '../format.js';
import { ChartFigure } from './ChartFigure.js';
import {
  LEADERBOARD_CHART_AXIS,
  LEADERBOARD_CHART_ROWS,
  LEADERBOARD_CHART_TOP,
  leaderboardChartHeight,
} from './sizes.js';

const TICKS = [0, 0.25, 0.5, 0.75, 1];
const BAR = 14;
const WHISKER_CAP = 6;
const TICK_LENGTH = 6;

/** A rate (0..1) as an SVG x coordinate: a share of the plot's width, so it fits any width unmeasured. */
const x = (rate: number) => `${(Math.min(1, Math.max(0, rate)) * 100).toFixed(2)}%`;

/**
 * Ranked sources' hit rates with their 95% Wilson interval as whiskers, and the pooled average.
 * Plain SVG rather than recharts: it draws in the page's first render, from the data the server
 * put in the page, with no chart library to fetch and run and no measuring pass before it shows.
 */
export function LeaderboardChart({ rows, priorMean }: { rows: LeaderboardRow[]; priorMean: number }) {
  const data = rows
    .filter((r) => r.hitRate !== null)
    .slice(0, LEADERBOARD_CHART_ROWS)
    .map((r) => ({
      name: `${r.place ?? '–'}${r.provisional ? '*' : ''}. ${r.displayName}`,
      rate: r.hitRate ?? 0,
      row: r,
    }));
  const height = leaderboardChartHeight(data.length);
  const plot = height - LEADERBOARD_CHART_TOP - LEADERBOARD_CHART_AXIS;
  const band = plot / Math.max(1, data.length);
  const bottom = LEADERBOARD_CHART_TOP + plot;
  const label = `Bar chart: hit rate of the top ${data.length} sources with 95% intervals; the dashed line is the average of all sources, ${pct(priorMean)}.`;
  return (
    <ChartFigure
      label={label}
      style={{ height }}
      caption={
        <>
          Bars: hit rate. Whiskers: 95% interval — wide when a source has few resolved calls. Dashed line: average of
          all sources ({pct(priorMean)}). Order follows the rank, which is adjusted for sample size; * marks provisional
          sources, numbered apart.
        </>
      }
      tableCaption="Hit rate by source"
      columns={['Source', 'Hit rate', '95% interval']}
      rows={data.map((d) => (
        <tr key={d.row.handle}>
          <th scope="row">{d.name}</th>
          <td>{pct(d.row.hitRate)}</td>
          <td>{interval(d.row.wilsonLow, d.row.wilsonHigh)}</td>
        </tr>
      ))}
    >
      <div className="bar-chart">
        <ol className="bar-chart-labels" style={{ paddingTop: LEADERBOARD_CHART_TOP }}>
          {data.map((d) => (
            <li key={d.row.handle} style={{ height: band, lineHeight: `${band}px` }} title={d.name}>
              {d.name}
            </li>
          ))}
        </ol>
        <svg className="bar-chart-plot" width="100%" height={height}>
          {TICKS.map((t) => (
            <line key={t} x1={x(t)} x2={x(t)} y1={LEADERBOARD_CHART_TOP} y2={bottom} stroke="var(--grid)" />
          ))}
          {data.map((d, i) => {
            const mid = LEADERBOARD_CHART_TOP + band * (i + 0.5);
            const low = x(d.row.wilsonLow ?? d.rate);
            const high = x(d.row.wilsonHigh ?? d.rate);
            const cap = { y1: mid - WHISKER_CAP / 2, y2: mid + WHISKER_CAP / 2 };
            return (
              <g key={d.row.handle} className="bar-chart-row">
                <title>{`${d.name}: ${pct(d.row.hitRate)} (95% CI ${interval(d.row.wilsonLow, d.row.wilsonHigh)}), ${d.row.nDirectional} calls`}</title>
                <rect className="bar-chart-bar" x={0} y={mid - BAR / 2} width={x(d.rate)} height={BAR} />
                <g className="bar-chart-whisker">
                  <line x1={low} x2={high} y1={mid} y2={mid} />
                  <line x1={low} x2={low} {...cap} />
                  <line x1={high} x2={high} {...cap} />
                </g>
              </g>
            );
          })}
          <line
            className="bar-chart-average"
            x1={x(priorMean)}
            x2={x(priorMean)}
            y1={LEADERBOARD_CHART_TOP}
            y2={bottom}
          />
          <g className="bar-chart-axis">
            <line x1={0} x2={0} y1={LEADERBOARD_CHART_TOP} y2={bottom} />
            <line x1={0} x2="100%" y1={bottom} y2={bottom} />
            {TICKS.map((t) => (
              <g key={t}>
                <line x1={x(t)} x2={x(t)} y1={bottom} y2={bottom + TICK_LENGTH} />
                <text x={x(t)} y={bottom + TICK_LENGTH} dy="1em" textAnchor="middle">
                  {pct(t)}
                </text>
              </g>
            ))}
          </g>
        </svg>
      </div>
    </ChartFigure>
  );
}
