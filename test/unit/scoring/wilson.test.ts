import { describe, expect, it } from 'vitest';
import { ScoringInputError, wilsonInterval } from '../../../src/scoring/index.js';

// Wilson (A7): centre = (p̂ + z²/2n)/(1 + z²/n), half = z/(1 + z²/n)·√(p̂(1−p̂)/n + z²/4n²), z² = 3.8416.
describe('wilsonInterval (SCORING.md B4, A7)', () => {
  it('1 of 1 is (0.2065, 1)', () => {
    // centre = (1 + 1.9208)/4.8416 = 0.603293; half = 1.96/4.8416·√(0.9604) = 0.404825·0.98 = 0.396728
    // low = 0.206565; high := 1 because k = n
    const w = wilsonInterval(1, 1);
    expect(w?.low).toBeCloseTo(0.2065, 4);
    expect(w?.high).toBe(1);
  });

  it('0 of 1 is (0, 0.7935) with low := 0', () => {
    // centre = 1.9208/4.8416 = 0.396728; half = 0.396728 (p̂ = 0); high = 0.793457
    const w = wilsonInterval(0, 1);
    expect(w?.low).toBe(0);
    expect(w?.high).toBeCloseTo(0.793457, 5);
  });

  it('7 of 10 is (0.3968, 0.8922) — "95% CI 40–89%"', () => {
    // d = 1 + 0.38416 = 1.38416; centre = (0.7 + 0.19208)/1.38416 = 0.644492
    // half = 1.96/1.38416·√(0.021 + 0.009604) = 1.416021·0.174940 = 0.247719
    const w = wilsonInterval(7, 10);
    expect(w?.low).toBeCloseTo(0.396773, 5);
    expect(w?.high).toBeCloseTo(0.892211, 5);
  });

  it('3 of 4 is (0.3006, 0.9544)', () => {
    // d = 1.9604; centre = (0.75 + 0.4802)/1.9604 = 0.627525
    // half = 1.96/1.9604·√(0.046875 + 0.060025) = 0.999796·0.326956 = 0.326889
    const w = wilsonInterval(3, 4);
    expect(w?.low).toBeCloseTo(0.300636, 5);
    expect(w?.high).toBeCloseTo(0.954414, 5);
  });

  it('accepts fractional k (partial credit): 1.5 of 2 is (0.1979, 0.9733)', () => {
    // d = 2.9208; centre = (0.75 + 0.9604)/2.9208 = 0.585593
    // half = 1.96/2.9208·√(0.09375 + 0.2401) = 0.671049·0.577798 = 0.387731
    const w = wilsonInterval(1.5, 2);
    expect(w?.low).toBeCloseTo(0.197863, 5);
    expect(w?.high).toBeCloseTo(0.973323, 5);
  });

  it('is null when n = 0', () => {
    expect(wilsonInterval(0, 0)).toBeNull();
  });

  it('rejects k outside [0, n], negative n and z ≤ 0', () => {
    expect(() => wilsonInterval(2, 1)).toThrow(ScoringInputError);
    expect(() => wilsonInterval(-1, 1)).toThrow(/k/);
    expect(() => wilsonInterval(Number.NaN, 1)).toThrow(ScoringInputError);
    expect(() => wilsonInterval(0, -1)).toThrow(/n/);
    expect(() => wilsonInterval(1, 2, 0)).toThrow(/z/);
  });
});
