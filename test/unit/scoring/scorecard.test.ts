import { describe, expect, it } from 'vitest';
import { scoreCalls } from '../../../src/scoring/index.js';
import { call } from './helpers.js';

// All expected values worked by hand from SCORING.md B3/B4; arithmetic in comments.
describe('scoreCalls aggregates (SCORING.md B4)', () => {
  // A p=0.8 y=1 (bin 8), B p=0.8 y=0 (bin 8), C p=0.3 y=0 (bin 3, direction −1), D p=0.6 y=1 (bin 6)
  const calls = [call(0.8, 1), call(0.8, 0), call(0.3, 0), call(0.6, 1)];
  const card = scoreCalls(calls);

  it('counts, hits, hit rate and Wilson', () => {
    expect(card).toMatchObject({
      n: 4,
      nVoid: 0,
      nScored: 4,
      nDirectional: 4,
      nProbabilistic: 4,
      nImpliedProbability: 0,
    });
    // credits: A 1, B 0, C 1 − 0 = 1, D 1 → hits 3, rate 0.75
    expect(card.hits).toBe(3);
    expect(card.hitRate).toBe(0.75);
    // Wilson 3 of 4: centre 0.627525 ∓ half 0.326889
    expect(card.wilsonLow).toBeCloseTo(0.300636, 5);
    expect(card.wilsonHigh).toBeCloseTo(0.954414, 5);
  });

  it('shrunk rate = (hits + m·μ)/(n + m) with μ = 0.5, m = 10 by default', () => {
    expect(card.shrunkRate).toBeCloseTo(8 / 14, 12); // (3 + 5)/(4 + 10) = 0.571429
    // μ = 0.2, m = 4: (3 + 0.8)/(4 + 4) = 0.475
    expect(scoreCalls(calls, { priorMean: 0.2, priorStrength: 4 }).shrunkRate).toBeCloseTo(0.475, 12);
    // pooled on a lone scorecard: μ = 3/4; (3 + 7.5)/14 = 0.75
    expect(scoreCalls(calls, { priorMean: 'pooled' }).shrunkRate).toBeCloseTo(0.75, 12);
  });

  it('Brier, log and baseline are means over probabilistic calls', () => {
    // Brier: (0.04 + 0.64 + 0.09 + 0.16)/4 = 0.93/4 = 0.2325
    expect(card.brier).toBeCloseTo(0.2325, 12);
    // log: (ln 0.8 + ln 0.2 + ln 0.7 + ln 0.6)/4 = (−0.223144 − 1.609438 − 0.356675 − 0.510826)/4 = −0.675021
    expect(card.logScore).toBeCloseTo(-0.675021, 6);
    // baseline: 100·(1 + (−0.321928 − 2.321928 − 0.514573 − 0.736966)/4) = 100·(1 − 0.973849) = 2.6151
    expect(card.baselineScore).toBeCloseTo(2.6151, 4);
  });

  it('calibration has 10 buckets with count, f̄ and ō', () => {
    expect(card.calibration).toHaveLength(10);
    expect(card.calibration[8]).toEqual({
      index: 8,
      lower: 0.8,
      upper: 0.9,
      count: 2,
      meanProbability: 0.8,
      observedRate: 0.5,
    });
    expect(card.calibration[3]).toEqual({
      index: 3,
      lower: 0.3,
      upper: 0.4,
      count: 1,
      meanProbability: 0.3,
      observedRate: 0,
    });
    expect(card.calibration[6]).toMatchObject({ count: 1, meanProbability: 0.6, observedRate: 1 });
    expect(card.calibration[0]).toEqual({
      index: 0,
      lower: 0,
      upper: 0.1,
      count: 0,
      meanProbability: null,
      observedRate: null,
    });
    expect(card.calibration[9]).toMatchObject({ lower: 0.9, upper: 1, count: 0 });
  });

  it('decomposition: reliability, resolution, uncertainty, residual', () => {
    // ō = 2/4 = 0.5 → uncertainty 0.25
    // rel = (2·0.3² + 1·0.3² + 1·0.4²)/4 = (0.18 + 0.09 + 0.16)/4 = 0.1075
    // res = (2·0² + 1·0.5² + 1·0.5²)/4 = 0.5/4 = 0.125
    // residual = 0.2325 − (0.1075 − 0.125 + 0.25) = 0 (one value per bin, binary y)
    expect(card.uncertainty).toBeCloseTo(0.25, 12);
    expect(card.reliability).toBeCloseTo(0.1075, 12);
    expect(card.resolution).toBeCloseTo(0.125, 12);
    expect(card.decompositionResidual).toBeCloseTo(0, 12);
  });

  it('residual = WBV − 2·WBC − (1/N)Σy(1−y) with spread within a bin and partial outcomes', () => {
    // p=0.7 y=0.5 and p=0.75 y=1, both bin 7. Brier (0.04 + 0.0625)/2 = 0.05125
    // f̄ = 0.725, ō_7 = ō = 0.75 → rel = 2·0.025²/2 = 0.000625, res = 0, unc = 0.1875
    // residual = 0.05125 − 0.188125 = −0.136875
    // check: WBV = 0.000625, WBC = (0.025·0.25 + 0.025·0.25)/2 = 0.00625, Σy(1−y)/N = 0.125
    //        0.000625 − 0.0125 − 0.125 = −0.136875 ✓
    const c = scoreCalls([call(0.7, 0.5), call(0.75, 1)]);
    expect(c.brier).toBeCloseTo(0.05125, 12);
    expect(c.reliability).toBeCloseTo(0.000625, 12);
    expect(c.resolution).toBeCloseTo(0, 12);
    expect(c.uncertainty).toBeCloseTo(0.1875, 12);
    expect(c.decompositionResidual).toBeCloseTo(-0.136875, 12);
    // hit credit 0.5 + 1 = 1.5 of 2
    expect(c.hits).toBeCloseTo(1.5, 12);
    expect(c.hitRate).toBeCloseTo(0.75, 12);
  });

  it('rates with no directional calls but probabilistic ones are independent', () => {
    // one p=0.5 y=1 call and one void: hit rate null, Brier 0.25
    const c = scoreCalls([call(0.5, 1), call(0.9, null)]);
    expect(c).toMatchObject({ n: 2, nVoid: 1, nScored: 1, nDirectional: 0, nProbabilistic: 1, hitRate: null });
    expect(c.brier).toBeCloseTo(0.25, 12);
  });
});
