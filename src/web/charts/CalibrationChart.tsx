import {
  CartesianGrid,
  ComposedChart,
  ResponsiveContainer,
  Line,
  Scatter,
  Tooltip,
  XAxis,
  YAxis,
  ZAxis,
} from 'recharts';
import type { CalibrationBucket } from '../../shared/api/leaderboard.js';
import { pct } from '../format.js';
import { ChartFigure } from './ChartFigure.js';
import { CALIBRATION_CHART_HEIGHT } from './sizes.js';

const MIN_COUNT = 3;

/** Both axes are probabilities: 0 to 100% in fifths. */
const PROBABILITY_AXIS = {
  type: 'number',
  domain: [0, 1],
  ticks: [0, 0.2, 0.4, 0.6, 0.8, 1],
  tickFormatter: (v: number) => pct(v),
  stroke: 'var(--muted)',
  fontSize: 12,
} as const;

const toPoint = (b: CalibrationBucket) => ({ x: b.meanProbability, y: b.observedRate, z: b.count, b });

/** Stated probability vs. how often it happened, per tenth (SCORING.md B7: buckets under 3 calls are faded). */
export function CalibrationChart({ bins }: { bins: CalibrationBucket[] }) {
  const filled = bins.filter((b) => b.count > 0 && b.meanProbability !== null && b.observedRate !== null);
  const solid = filled.filter((b) => b.count >= MIN_COUNT).map(toPoint);
  const faded = filled.filter((b) => b.count < MIN_COUNT).map(toPoint);
  const label = `Calibration chart: for each tenth of stated probability, how often the claims came true. ${filled.length} of 10 buckets have calls; a perfectly calibrated source sits on the diagonal.`;
  return (
    <ChartFigure
      label={label}
      style={{ height: CALIBRATION_CHART_HEIGHT, maxWidth: 420 }}
      caption={
        <>
          Dots: calls grouped by stated probability; size = number of calls. On the dashed diagonal, “70%” calls come
          true 70% of the time. Faded: fewer than {MIN_COUNT} calls.
        </>
      }
      tableCaption="Calibration buckets"
      columns={['Stated probability', 'Calls', 'Came true']}
      rows={bins.map((b) => (
        <tr key={b.index}>
          <th scope="row">
            {pct(b.lower)}–{pct(b.upper)}
          </th>
          <td>{b.count}</td>
          <td>{pct(b.observedRate)}</td>
        </tr>
      ))}
    >
      <ResponsiveContainer width="100%" height="100%">
        <ComposedChart margin={{ top: 8, right: 16, bottom: 16, left: 0 }}>
          <CartesianGrid stroke="var(--grid)" />
          <XAxis
            {...PROBABILITY_AXIS}
            dataKey="x"
            label={{
              value: 'Stated probability',
              position: 'insideBottom',
              offset: -10,
              fontSize: 12,
              fill: 'var(--muted)',
            }}
          />
          <YAxis
            {...PROBABILITY_AXIS}
            dataKey="y"
            width={56}
            label={{
              value: 'Came true',
              angle: -90,
              position: 'insideLeft',
              offset: 8,
              style: { textAnchor: 'middle' },
              fontSize: 12,
              fill: 'var(--muted)',
            }}
          />
          <ZAxis type="number" dataKey="z" range={[40, 400]} />
          <Tooltip
            isAnimationActive={false}
            formatter={(_v, _n, item) => {
              const b = (item.payload as { b: CalibrationBucket }).b;
              return [
                `${pct(b.observedRate)} came true of ${b.count} (said ${pct(b.meanProbability)})`,
                `${pct(b.lower)}–${pct(b.upper)}`,
              ];
            }}
          />
          <Line
            data={[
              { x: 0, y: 0 },
              { x: 1, y: 1 },
            ]}
            dataKey="y"
            stroke="var(--muted)"
            strokeDasharray="4 3"
            dot={false}
            isAnimationActive={false}
            legendType="none"
          />
          <Scatter data={solid} fill="var(--accent)" isAnimationActive={false} />
          <Scatter data={faded} fill="var(--accent)" fillOpacity={0.3} isAnimationActive={false} />
        </ComposedChart>
      </ResponsiveContainer>
    </ChartFigure>
  );
}
