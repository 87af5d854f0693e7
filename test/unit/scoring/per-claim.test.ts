import { describe, expect, it } from 'vitest';
import {
  baselineScore,
  brierScore,
  calibrationBin,
  callDirection,
  hitCredit,
  logScore,
} from '../../../src/scoring/index.js';

// Expected values computed by hand from SCORING.md B3.
describe('per-claim scores (SCORING.md B3)', () => {
  it('Brier is (p − y)² on the raw p', () => {
    expect(brierScore(0.7, 1)).toBeCloseTo(0.09, 12); // (0.7 − 1)² = 0.09
    expect(brierScore(0.7, 0)).toBeCloseTo(0.49, 12); // 0.7² = 0.49
    expect(brierScore(0.7, 0.5)).toBeCloseTo(0.04, 12); // 0.2² = 0.04
    expect(brierScore(1, 1)).toBe(0); // certain and right: raw p, no clip
    expect(brierScore(1, 0)).toBe(1); // certain and wrong
    expect(brierScore(0, 0)).toBe(0);
  });

  it('log score clips p to [0.001, 0.999]', () => {
    expect(logScore(0.7, 1)).toBeCloseTo(-0.356675, 6); // ln 0.7
    expect(logScore(0.7, 0)).toBeCloseTo(-1.203973, 6); // ln 0.3
    expect(logScore(1, 1)).toBeCloseTo(-0.0010005, 7); // ln 0.999 = −0.0010005
    expect(logScore(0, 0)).toBeCloseTo(-0.0010005, 7); // ln(1 − 0.001)
    expect(logScore(1, 0)).toBeCloseTo(-6.907755, 6); // ln 0.001 = −6.907755
    expect(logScore(0, 1)).toBeCloseTo(-6.907755, 6);
    expect(logScore(0.5, 1)).toBeCloseTo(-0.693147, 6); // −ln 2
    // partial: 0.5·ln 0.8 + 0.5·ln 0.2 = 0.5·(−0.223144 − 1.609438) = −0.916291
    expect(logScore(0.8, 0.5)).toBeCloseTo(-0.916291, 6);
  });

  it('baseline is 100·(1 + y·log2 p̃ + (1 − y)·log2(1 − p̃)): coin flip 0, max 99.86', () => {
    expect(baselineScore(0.5, 1)).toBeCloseTo(0, 10); // 100·(1 − 1)
    expect(baselineScore(0.5, 0)).toBeCloseTo(0, 10);
    expect(baselineScore(0.7, 1)).toBeCloseTo(48.5427, 4); // 100·(1 − 0.514573)
    expect(baselineScore(1, 1)).toBeCloseTo(99.8557, 4); // 100·(1 + log2 0.999) = 100·(1 − 0.0014434)
    expect(baselineScore(1, 0)).toBeCloseTo(-896.5784, 4); // 100·(1 + log2 0.001) = 100·(1 − 9.965784)
  });

  it('bin = min(9, floor(10·p)): 0 → 0, 0.1 → 1, 1.0 → 9', () => {
    expect(calibrationBin(0)).toBe(0);
    expect(calibrationBin(0.1)).toBe(1);
    expect(calibrationBin(1)).toBe(9);
    expect(calibrationBin(0.09)).toBe(0);
    expect(calibrationBin(0.3)).toBe(3);
    expect(calibrationBin(0.35)).toBe(3);
    expect(calibrationBin(0.5)).toBe(5);
    expect(calibrationBin(0.7)).toBe(7);
    expect(calibrationBin(0.9)).toBe(9);
    expect(calibrationBin(0.99)).toBe(9);
  });

  it('direction is +1 for p null or > 0.5, −1 for p < 0.5, none for p = 0.5', () => {
    expect(callDirection(null)).toBe(1);
    expect(callDirection(0.51)).toBe(1);
    expect(callDirection(1)).toBe(1);
    expect(callDirection(0.49)).toBe(-1);
    expect(callDirection(0)).toBe(-1);
    expect(callDirection(0.5)).toBe(0);
  });

  it('hit credit is y for +1, 1 − y for −1, absent for p = 0.5', () => {
    expect(hitCredit(null, 1)).toBe(1);
    expect(hitCredit(0.8, 0)).toBe(0);
    expect(hitCredit(0.2, 0)).toBe(1);
    expect(hitCredit(0.2, 1)).toBe(0);
    expect(hitCredit(0.2, 0.25)).toBeCloseTo(0.75, 12);
    expect(hitCredit(0.5, 1)).toBeNull();
  });
});
