import { lazy } from 'react';

// Reader pages import recharts charts through here so recharts lands in its own chunk.
export const RollingChart = lazy(() => import('./RollingChart.js').then((m) => ({ default: m.RollingChart })));
export const CalibrationChart = lazy(() =>
  import('./CalibrationChart.js').then((m) => ({ default: m.CalibrationChart })),
);
