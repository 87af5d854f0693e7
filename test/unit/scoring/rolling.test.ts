import { describe, expect, it } from 'vitest';
import { rollingHitRate, ScoringInputError } from '../../../src/scoring/index.js';
import { call } from './helpers.js';

describe('rollingHitRate (SCORING.md B4 over trailing windows)', () => {
  const calls = [
    call(null, 1, { resolvedOn: '2025-11-10' }), // hit
    call(null, 0, { resolvedOn: '2025-12-31' }), // miss
    call(null, 1, { resolvedOn: '2026-01-01' }), // hit
    call(null, null, { resolvedOn: '2026-02-01' }), // void: left out
    call(0.5, 1, { resolvedOn: '2026-02-02' }), // p = 0.5: left out
    call(0.2, 0, { resolvedOn: '2026-02-10' }), // direction −1, credit 1
    call(null, 1, { resolvedOn: '2026-03-15' }), // hit, on asOf
    call(null, 0, { resolvedOn: '2026-03-16' }), // after asOf: left out
    call(null, 0), // no date: cannot be placed
  ];

  it('gives one point per month ending at asOf, each over the trailing window', () => {
    const series = rollingHitRate(calls, { windowMonths: 3, asOf: '2026-03-15', months: 3 });
    expect(series.map((p) => p.month)).toEqual(['2026-01', '2026-02', '2026-03']);
    // Jan: Nov hit, Dec miss, Jan hit → 2 of 3; Wilson 2 of 3: d = 2.280533, centre = 1.306933/d = 0.573082,
    // half = 1.96/d·√(0.074074 + 0.106711) = 0.859448·0.425188 = 0.365427
    expect(series[0]).toMatchObject({ n: 3, hits: 2 });
    expect(series[0]?.hitRate).toBeCloseTo(2 / 3, 12);
    expect(series[0]?.wilsonLow).toBeCloseTo(0.207655, 5);
    expect(series[0]?.wilsonHigh).toBeCloseTo(0.93851, 5);
    // Feb: Dec miss, Jan hit, Feb (p=0.2, y=0) hit → 2 of 3
    expect(series[1]).toMatchObject({ n: 3, hits: 2 });
    // Mar: Jan hit, Feb hit, Mar 15 hit → 3 of 3; Wilson high := 1, low 0.438494
    expect(series[2]).toMatchObject({ n: 3, hits: 3, hitRate: 1, wilsonHigh: 1 });
    expect(series[2]?.wilsonLow).toBeCloseTo(0.438494, 5);
  });

  it('a one-month window covers that calendar month only; empty months are null', () => {
    const series = rollingHitRate(calls, { windowMonths: 1, asOf: '2026-03-31', months: 6 });
    // Mar 16 miss is on or before asOf 03-31 now: Mar = hit + miss = 1 of 2
    expect(series.map((p) => [p.month, p.n, p.hits])).toEqual([
      ['2025-10', 0, 0],
      ['2025-11', 1, 1],
      ['2025-12', 1, 0],
      ['2026-01', 1, 1],
      ['2026-02', 1, 1],
      ['2026-03', 2, 1],
    ]);
    expect(series[0]).toMatchObject({ hitRate: null, wilsonLow: null, wilsonHigh: null });
    expect(series[2]).toMatchObject({ hitRate: 0, wilsonLow: 0 });
  });

  it('crosses year boundaries in the window', () => {
    // 12-month window at 2026-01: Feb 2025 … Jan 2026 → Nov hit, Dec miss, Jan hit
    const [point] = rollingHitRate(calls, { windowMonths: 12, asOf: '2026-01-20', months: 1 });
    expect(point).toMatchObject({ month: '2026-01', n: 3, hits: 2 });
  });

  it('rejects bad dates and non-positive window sizes', () => {
    expect(() => rollingHitRate(calls, { windowMonths: 3, asOf: '2026-02-30', months: 3 })).toThrow(/asOf/);
    expect(() => rollingHitRate(calls, { windowMonths: 0, asOf: '2026-03-01', months: 3 })).toThrow(/windowMonths/);
    expect(() => rollingHitRate(calls, { windowMonths: 3, asOf: '2026-03-01', months: 1.5 })).toThrow(/months/);
    expect(() =>
      rollingHitRate([call(null, 1, { resolvedOn: '2026-13-01' })], { windowMonths: 1, asOf: '2026-03-01', months: 1 }),
    ).toThrow(ScoringInputError);
  });
});
