import { describe, expect, it } from 'vitest';
import { scoreCalls, type Scorecard } from '../../../src/scoring/index.js';
import { call } from './helpers.js';

function expectEmptyRates(c: Scorecard, mu: number): void {
  expect(c).toMatchObject({
    nScored: 0,
    nDirectional: 0,
    nProbabilistic: 0,
    nImpliedProbability: 0,
    hits: 0,
    hitRate: null,
    wilsonLow: null,
    wilsonHigh: null,
    brier: null,
    logScore: null,
    baselineScore: null,
    reliability: null,
    resolution: null,
    uncertainty: null,
    decompositionResidual: null,
  });
  expect(c.shrunkRate).toBe(mu);
  expect(c.calibration).toHaveLength(10);
  c.calibration.forEach((b, k) => {
    expect(b).toEqual({
      index: k,
      lower: k / 10,
      upper: (k + 1) / 10,
      count: 0,
      meanProbability: null,
      observedRate: null,
    });
  });
}

// SCORING.md B6, one test per row.
describe('B6 edge cases', () => {
  it('zero claims: every rate null, shrunk = μ, 10 empty buckets, counts 0', () => {
    const c = scoreCalls([]);
    expect(c.n).toBe(0);
    expect(c.nVoid).toBe(0);
    expectEmptyRates(c, 0.5);
    expectEmptyRates(scoreCalls([], { priorMean: 0.3 }), 0.3);
    // pooled over nothing → 0.5
    expect(scoreCalls([], { priorMean: 'pooled' }).shrunkRate).toBe(0.5);
  });

  it('all void: like zero claims, with n_void counted', () => {
    const c = scoreCalls([call(0.9, null), call(null, null), call(0.5, null)]);
    expect(c.n).toBe(3);
    expect(c.nVoid).toBe(3);
    expectEmptyRates(c, 0.5);
  });

  it('only p = 0.5 calls: hit rate null; Brier 0.25, log −ln 2, baseline 0', () => {
    const c = scoreCalls([call(0.5, 1), call(0.5, 0), call(0.5, 1)]);
    expect(c).toMatchObject({
      nScored: 3,
      nDirectional: 0,
      nProbabilistic: 3,
      hitRate: null,
      wilsonLow: null,
      wilsonHigh: null,
    });
    expect(c.shrunkRate).toBe(0.5);
    expect(c.brier).toBeCloseTo(0.25, 12); // 0.5² each
    expect(c.logScore).toBeCloseTo(-0.693147, 6); // ln 0.5 each
    expect(c.baselineScore).toBeCloseTo(0, 10); // 100·(1 + log2 0.5) = 0
  });

  it('p = 0 or 1: Brier uses raw p, log uses 0.001/0.999', () => {
    const right = scoreCalls([call(1, 1)]);
    expect(right.brier).toBe(0);
    expect(right.logScore).toBeCloseTo(-0.001, 4); // ln 0.999 = −0.0010005
    const wrong = scoreCalls([call(1, 0)]);
    expect(wrong.brier).toBe(1);
    expect(wrong.logScore).toBeCloseTo(-6.9078, 4); // ln 0.001
    const zeroRight = scoreCalls([call(0, 0)]);
    expect(zeroRight.brier).toBe(0);
    expect(zeroRight.logScore).toBeCloseTo(-0.001, 4);
    expect(zeroRight.calibration[0]?.count).toBe(1);
    expect(wrong.calibration[9]?.count).toBe(1);
  });

  it('all outcomes the same: uncertainty 0, resolution 0, reliability = Brier − residual', () => {
    // p 0.9, 0.6, 0.6 all y = 1: Brier (0.01 + 0.16 + 0.16)/3 = 0.11
    // bins 9 (f̄ 0.9, ō 1) and 6 (f̄ 0.6, ō 1): rel = (0.01 + 2·0.16)/3 = 0.11; residual 0
    const c = scoreCalls([call(0.9, 1), call(0.6, 1), call(0.6, 1)]);
    expect(c.uncertainty).toBe(0);
    expect(c.resolution).toBe(0);
    expect(c.brier).toBeCloseTo(0.11, 12);
    expect(c.reliability).toBeCloseTo(0.11, 12);
    expect(c.reliability).toBeCloseTo((c.brier ?? NaN) - (c.decompositionResidual ?? NaN), 12);
    // with spread inside a bin: p 0.9 and 0.95 both y=0: Brier (0.81 + 0.9025)/2 = 0.85625
    // bin 9: f̄ 0.925 → rel = 0.925² = 0.855625; residual = 0.85625 − 0.855625 = 0.000625 (WBV = 0.025²)
    const spread = scoreCalls([call(0.9, 0), call(0.95, 0)]);
    expect(spread.uncertainty).toBe(0);
    expect(spread.resolution).toBe(0);
    expect(spread.reliability).toBeCloseTo(0.855625, 12);
    expect(spread.decompositionResidual).toBeCloseTo(0.000625, 12);
  });

  it('one probabilistic claim: uncertainty 0, resolution 0, reliability = Brier', () => {
    const c = scoreCalls([call(0.7, 0), call(null, 1)]);
    expect(c.nProbabilistic).toBe(1);
    expect(c.uncertainty).toBe(0);
    expect(c.resolution).toBe(0);
    expect(c.brier).toBeCloseTo(0.49, 12);
    expect(c.reliability).toBe(c.brier);
    expect(c.decompositionResidual).toBe(0);
  });

  it('partial outcomes: fractional credit everywhere; residual includes −(1/N)Σy(1−y)', () => {
    // p 0.8 y 0.5 (bin 8), p 0.3 y 0.25 (bin 3, direction −1)
    // hits: 0.5 + (1 − 0.25) = 1.25 of 2
    // Brier: (0.09 + 0.0025)/2 = 0.04625; ō = 0.375, unc = 0.375·0.625 = 0.234375
    // rel = (0.3² + 0.05²)/2 = (0.09 + 0.0025)/2 = 0.04625
    // res = ((0.5 − 0.375)² + (0.25 − 0.375)²)/2 = 0.015625
    // residual = 0.04625 − (0.04625 − 0.015625 + 0.234375) = −0.21875
    //          = −(1/N)Σy(1−y) = −(0.25 + 0.1875)/2 = −0.21875 ✓ (WBV = WBC = 0)
    const c = scoreCalls([call(0.8, 0.5), call(0.3, 0.25)]);
    expect(c.hits).toBeCloseTo(1.25, 12);
    expect(c.hitRate).toBeCloseTo(0.625, 12);
    expect(c.brier).toBeCloseTo(0.04625, 12);
    expect(c.calibration[8]?.observedRate).toBeCloseTo(0.5, 12);
    expect(c.calibration[3]?.observedRate).toBeCloseTo(0.25, 12);
    expect(c.uncertainty).toBeCloseTo(0.234375, 12);
    expect(c.reliability).toBeCloseTo(0.04625, 12);
    expect(c.resolution).toBeCloseTo(0.015625, 12);
    expect(c.decompositionResidual).toBeCloseTo(-0.21875, 12);
  });

  it('WATCH with unmet condition is resolved void, so it drops out', () => {
    const c = scoreCalls([call(0.9, null, { kind: 'WATCH' }), call(null, 1, { kind: 'BULL' })]);
    expect(c).toMatchObject({ n: 2, nVoid: 1, nScored: 1, nDirectional: 1, nProbabilistic: 0, hits: 1, brier: null });
  });

  it('1-for-1 source: hit 1.0, Wilson (0.2065, 1), shrunk (1 + 10μ)/11', () => {
    const c = scoreCalls([call(null, 1)]);
    expect(c.hitRate).toBe(1);
    expect(c.wilsonLow).toBeCloseTo(0.2065, 4);
    expect(c.wilsonHigh).toBe(1);
    expect(c.shrunkRate).toBeCloseTo(6 / 11, 12); // (1 + 5)/11 = 0.545455
    expect(scoreCalls([call(null, 1)], { priorMean: 0.3 }).shrunkRate).toBeCloseTo(4 / 11, 12); // (1 + 3)/11
    // provisional: see leaderboard tests (n_directional 1 < 5)
  });

  it('resolution after asOf is ignored entirely', () => {
    const c = scoreCalls([call(0.9, 0, { resolvedOn: '2026-04-01' })], { asOf: '2026-03-31' });
    expect(c.n).toBe(0);
    expectEmptyRates(c, 0.5);
  });
});
