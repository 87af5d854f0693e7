import { Component, Suspense, type ReactNode } from 'react';

/**
 * Charts load after the tables (recharts stays out of the first bundle); the box keeps its
 * height while it loads, so nothing below it jumps.
 */
export function ChartFrame({ height, children }: { height: number; children: ReactNode }) {
  return (
    <div className="chart-frame" style={{ minHeight: height }}>
      <ChartBoundary>
        <Suspense fallback={<div className="chart-placeholder" style={{ height }} aria-hidden="true" />}>
          {children}
        </Suspense>
      </ChartBoundary>
    </div>
  );
}

class ChartBoundary extends Component<{ children: ReactNode }, { failed: string | null }> {
  override state = { failed: null as string | null };
  static getDerivedStateFromError(error: unknown) {
    return { failed: error instanceof Error ? error.message : String(error) };
  }
  override render() {
    if (this.state.failed) return <p className="status error">The chart could not be drawn: {this.state.failed}</p>;
    return this.props.children;
  }
}
