import { describe, expect, it } from 'vitest';
import { scoreCalls } from '../../../src/scoring/index.js';
import { call } from './helpers.js';

// SCORING.md B2: which claims count.
describe('B2.1 asOf', () => {
  const calls = [
    call(null, 1, { resolvedOn: '2026-03-01' }),
    call(null, 0, { resolvedOn: '2026-03-02' }),
    call(null, null, { resolvedOn: '2026-03-05' }),
    call(null, 1),
  ];

  it('the boundary is inclusive and claims without a date always count', () => {
    const c = scoreCalls(calls, { asOf: '2026-03-01' });
    // kept: 2026-03-01 hit and the undated hit → 2 of 2
    expect(c).toMatchObject({ n: 2, nVoid: 0, nScored: 2, nDirectional: 2, hits: 2, hitRate: 1 });
  });

  it('claims resolved after asOf count nowhere, not even as void', () => {
    const c = scoreCalls(calls, { asOf: '2026-03-02' });
    // kept: 03-01 hit, 03-02 miss, undated hit; the void on 03-05 is dropped
    expect(c).toMatchObject({ n: 3, nVoid: 0, nDirectional: 3, hits: 2 });
  });

  it('asOf null keeps everything', () => {
    expect(scoreCalls(calls, { asOf: null })).toMatchObject({ n: 4, nVoid: 1, nDirectional: 3, hits: 2 });
  });
});

describe('B2.2–B2.3 void and scored claims', () => {
  it('void resolutions are counted in nVoid and excluded from everything else', () => {
    const c = scoreCalls([call(0.9, null), call(null, null), call(0.9, 1)]);
    // only the p=0.9 y=1 call is scored: Brier 0.01
    expect(c).toMatchObject({ n: 3, nVoid: 2, nScored: 1, nDirectional: 1, nProbabilistic: 1, hits: 1 });
    expect(c.brier).toBeCloseTo(0.01, 12);
    expect(c.calibration[9]?.count).toBe(1);
  });
});

describe('B2.4 directional claims', () => {
  it('p = 0.5 is left out of the hit rate only', () => {
    // hit rate over the p=null call only: 1 of 1; Brier over the p=0.5 call only: 0.5² = 0.25
    const c = scoreCalls([call(0.5, 0), call(null, 1)]);
    expect(c).toMatchObject({ nScored: 2, nDirectional: 1, nProbabilistic: 1, hits: 1, hitRate: 1 });
    expect(c.brier).toBeCloseTo(0.25, 12);
  });

  it('p < 0.5 asserts the negation: credit 1 − y', () => {
    // p=0.2 y=0 → credit 1; p=0.1 y=1 → credit 0; p=0.3 y=0.25 → credit 0.75; total 1.75 of 3
    const c = scoreCalls([call(0.2, 0), call(0.1, 1), call(0.3, 0.25)]);
    expect(c.nDirectional).toBe(3);
    expect(c.hits).toBeCloseTo(1.75, 12);
    expect(c.hitRate).toBeCloseTo(1.75 / 3, 12);
  });

  it('p > 0.5 or no p asserts the statement: credit y', () => {
    const c = scoreCalls([call(0.9, 0), call(null, 0.5), call(1, 1)]);
    // credits 0 + 0.5 + 1 = 1.5 of 3
    expect(c.hits).toBeCloseTo(1.5, 12);
    expect(c.hitRate).toBeCloseTo(0.5, 12);
  });
});

describe('B2.5 probabilistic claims and implied probability', () => {
  const calls = [call(null, 1, { kind: 'BULL' }), call(null, 0, { kind: 'BEAR' }), call(0.9, 0, { kind: 'BULL' })];

  it('without a map only stated probabilities count', () => {
    const c = scoreCalls(calls);
    expect(c).toMatchObject({ nProbabilistic: 1, nImpliedProbability: 0 });
    expect(c.brier).toBeCloseTo(0.81, 12); // (0.9 − 0)²
  });

  it('a kind in the map supplies p to claims without one; a stated p wins', () => {
    const c = scoreCalls(calls, { impliedProbability: { BULL: 0.7 } });
    // BULL no-p → p 0.7, y 1: Brier 0.09; BULL p 0.9 y 0 keeps 0.9: 0.81; BEAR not in map
    // Brier = (0.09 + 0.81)/2 = 0.45
    expect(c).toMatchObject({ nProbabilistic: 2, nImpliedProbability: 1, nDirectional: 3 });
    expect(c.brier).toBeCloseTo(0.45, 12);
    expect(c.calibration[7]).toMatchObject({ count: 1, meanProbability: 0.7, observedRate: 1 });
    expect(c.calibration[9]).toMatchObject({ count: 1, meanProbability: 0.9, observedRate: 0 });
  });

  it('implied probability does not change the hit rate', () => {
    // credits: 1, 0, 0 either way
    expect(scoreCalls(calls, { impliedProbability: { BULL: 0.7, BEAR: 0.6 } })).toMatchObject({
      hits: 1,
      nDirectional: 3,
    });
    expect(scoreCalls(calls)).toMatchObject({ hits: 1, nDirectional: 3 });
  });

  it('void claims never take an implied probability', () => {
    const c = scoreCalls([call(null, null, { kind: 'WATCH' })], { impliedProbability: { WATCH: 0.8 } });
    expect(c).toMatchObject({ n: 1, nVoid: 1, nProbabilistic: 0, nImpliedProbability: 0, brier: null });
  });
});
