import {
  Area,
  CartesianGrid,
  ComposedChart,
  ResponsiveContainer,
  Line,
  ReferenceLine,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { RollingPoint } from '../../shared/api/leaderboard.js';
import { interval, month, pct } from '../format.js';
import { ChartFigure } from './ChartFigure.js';
import { ROLLING_CHART_HEIGHT } from './sizes.js';

/** Rolling hit rate by month with its 95% interval as a shaded band (points come scored from the server). */
export function RollingChart({ points, windowMonths }: { points: RollingPoint[]; windowMonths: number }) {
  const data = points.map((p) => ({
    month: p.month,
    rate: p.hitRate,
    band: p.wilsonLow !== null && p.wilsonHigh !== null ? [p.wilsonLow, p.wilsonHigh] : null,
    point: p,
  }));
  const withData = points.filter((p) => p.hitRate !== null);
  const label = `Line chart: hit rate over the trailing ${windowMonths} months, month by month, with the 95% interval shaded. ${withData.length} months have resolved calls.`;
  return (
    <ChartFigure
      label={label}
      style={{ height: ROLLING_CHART_HEIGHT }}
      caption={
        <>
          Each point: share of calls resolved in the {windowMonths} months up to that month that were right. Shaded: 95%
          interval. Dashed: 50%.
        </>
      }
      tableCaption="Rolling hit rate by month"
      columns={['Month', 'Resolved', 'Hit rate', '95% interval']}
      rows={points.map((p) => (
        <tr key={p.month}>
          <th scope="row">{month(p.month)}</th>
          <td>{p.n}</td>
          <td>{pct(p.hitRate)}</td>
          <td>{interval(p.wilsonLow, p.wilsonHigh)}</td>
        </tr>
      ))}
    >
      <ResponsiveContainer width="100%" height="100%">
        <ComposedChart data={data} margin={{ top: 8, right: 16, bottom: 20, left: 12 }}>
          <CartesianGrid vertical={false} stroke="var(--grid)" />
          <XAxis
            dataKey="month"
            tickFormatter={month}
            stroke="var(--muted)"
            fontSize={12}
            minTickGap={28}
            label={{ value: 'Month', position: 'insideBottom', offset: -14, fontSize: 12, fill: 'var(--muted)' }}
          />
          <YAxis
            domain={[0, 1]}
            tickFormatter={(v: number) => pct(v)}
            stroke="var(--muted)"
            fontSize={12}
            width={52}
            label={{
              value: 'Hit rate',
              angle: -90,
              position: 'insideLeft',
              offset: -4,
              fontSize: 12,
              fill: 'var(--muted)',
            }}
          />
          <ReferenceLine y={0.5} stroke="var(--muted)" strokeDasharray="4 3" />
          <Tooltip
            isAnimationActive={false}
            labelFormatter={(m) => month(typeof m === 'string' ? m : '')}
            formatter={(_v, name, item) => {
              const p = (item.payload as { point: RollingPoint }).point;
              if (name === 'band') return [interval(p.wilsonLow, p.wilsonHigh), '95% interval'];
              return [`${pct(p.hitRate)} (${p.hits} of ${p.n})`, 'Hit rate'];
            }}
          />
          <Area
            dataKey="band"
            stroke="none"
            fill="var(--accent)"
            fillOpacity={0.15}
            isAnimationActive={false}
            connectNulls
          />
          <Line
            dataKey="rate"
            stroke="var(--accent)"
            strokeWidth={2}
            dot={{ r: 2 }}
            isAnimationActive={false}
            connectNulls
          />
        </ComposedChart>
      </ResponsiveContainer>
    </ChartFigure>
  );
}
