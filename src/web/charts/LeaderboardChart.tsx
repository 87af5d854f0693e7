import { Bar, BarChart, CartesianGrid, ErrorBar, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import type { LeaderboardRow } from '../../shared/api/leaderboard.js';
import { interval, pct } from '../format.js';
import { ChartFigure } from './ChartFigure.js';
import { LEADERBOARD_CHART_ROWS, leaderboardChartHeight } from './sizes.js';

/** Room for one line of label at 12px in the 150px axis. */
const LABEL_CHARS = 18;

function chartLabel(text: string): string {
  return text.length <= LABEL_CHARS ? text : `${text.slice(0, LABEL_CHARS - 1).trimEnd()}…`;
}

/**
 * A source's label on one line: recharts' own tick wraps a label it measures as too wide onto a
 * second line that runs into the next row; chartLabel already keeps it short enough to fit.
 */
function SourceTick({
  x,
  y,
  payload,
}: {
  x?: number | string;
  y?: number | string;
  payload?: { value?: string | number };
}) {
  return (
    <text
      x={x}
      y={y}
      dy="0.35em"
      textAnchor="end"
      fontSize={12}
      fill="var(--muted)"
      className="recharts-cartesian-axis-tick-value"
    >
      {String(payload?.value ?? '')}
    </text>
  );
}

/** Ranked sources' hit rates with their 95% Wilson interval as whiskers, and the pooled average. */
export function LeaderboardChart({ rows, priorMean }: { rows: LeaderboardRow[]; priorMean: number }) {
  const data = rows
    .filter((r) => r.hitRate !== null)
    .slice(0, LEADERBOARD_CHART_ROWS)
    .map((r) => ({
      name: chartLabel(`${r.place ?? '–'}${r.provisional ? '*' : ''}. ${r.displayName}`),
      rate: r.hitRate ?? 0,
      ci: [(r.hitRate ?? 0) - (r.wilsonLow ?? 0), (r.wilsonHigh ?? 0) - (r.hitRate ?? 0)],
      row: r,
    }));
  const height = leaderboardChartHeight(data.length);
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
      <BarChart data={data} layout="vertical" margin={{ top: 8, right: 24, bottom: 8, left: 8 }}>
        <CartesianGrid horizontal={false} stroke="var(--grid)" />
        <XAxis
          type="number"
          domain={[0, 1]}
          tickFormatter={(v: number) => pct(v)}
          stroke="var(--muted)"
          fontSize={12}
        />
        <YAxis
          type="category"
          dataKey="name"
          width={150}
          stroke="var(--muted)"
          fontSize={12}
          interval={0}
          tickLine={false}
          tick={SourceTick}
        />
        <Tooltip
          isAnimationActive={false}
          formatter={(_v, _n, item) => {
            const r = (item.payload as { row: LeaderboardRow }).row;
            return [
              `${pct(r.hitRate)} (95% CI ${interval(r.wilsonLow, r.wilsonHigh)}), ${r.nDirectional} calls`,
              'Hit rate',
            ];
          }}
        />
        <ReferenceLine x={priorMean} stroke="var(--muted)" strokeDasharray="4 3" />
        <Bar dataKey="rate" fill="var(--accent)" barSize={14} isAnimationActive={false}>
          <ErrorBar dataKey="ci" direction="x" width={6} stroke="var(--ink)" strokeWidth={1.5} />
        </Bar>
      </BarChart>
    </ChartFigure>
  );
}
