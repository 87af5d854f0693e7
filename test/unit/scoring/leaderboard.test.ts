import { describe, expect, it } from 'vitest';
import { leaderboard, type ResolvedCall } from '../../../src/scoring/index.js';
import { call, times } from './helpers.js';

const hit = call(null, 1);
const miss = call(null, 0);

function hitsOf(k: number, n: number): ResolvedCall[] {
  return [...times(k, hit), ...times(n - k, miss)];
}

function order(rows: { handle: string; rank: number | null }[]): [string, number | null][] {
  return rows.map((r) => [r.handle, r.rank]);
}

// SCORING.md B5; expected values by hand.
describe('leaderboard (SCORING.md B5)', () => {
  it('uses the pooled μ by default: Σ hits / Σ n_directional', () => {
    // alice 3 of 3, bob 0 of 1, carol only void → μ = 3/4
    // alice (3 + 7.5)/13 = 0.807692; bob (0 + 7.5)/11 = 0.681818; carol unranked, shrunk = μ
    const rows = leaderboard([
      { handle: 'bob', calls: [miss] },
      { handle: 'carol', calls: [call(0.9, null)] },
      { handle: 'alice', calls: hitsOf(3, 3) },
    ]);
    expect(order(rows)).toEqual([
      ['alice', 1],
      ['bob', 2],
      ['carol', null],
    ]);
    expect(rows[0]?.shrunkRate).toBeCloseTo(10.5 / 13, 12);
    expect(rows[1]?.shrunkRate).toBeCloseTo(7.5 / 11, 12);
    expect(rows[2]?.shrunkRate).toBeCloseTo(0.75, 12);
  });

  it('pooled μ is 0.5 when no source has a directional call', () => {
    const rows = leaderboard([
      { handle: 'a', calls: [call(0.5, 1)] },
      { handle: 'b', calls: [] },
    ]);
    expect(rows.map((r) => r.shrunkRate)).toEqual([0.5, 0.5]);
    expect(order(rows)).toEqual([
      ['a', null],
      ['b', null],
    ]);
  });

  it('a fixed μ replaces the pooled one', () => {
    // μ = 0.5, m = 10: alice (3 + 5)/13 = 0.615385, bob 5/11 = 0.454545
    const rows = leaderboard(
      [
        { handle: 'alice', calls: hitsOf(3, 3) },
        { handle: 'bob', calls: [miss] },
      ],
      { priorMean: 0.5 },
    );
    expect(rows[0]?.shrunkRate).toBeCloseTo(8 / 13, 12);
    expect(rows[1]?.shrunkRate).toBeCloseTo(5 / 11, 12);
  });

  it('ranks by shrunk rate, not raw hit rate', () => {
    // μ = 0.5: one 1-for-1 (6/11 = 0.545) vs 16 of 20 (21/30 = 0.7)
    const rows = leaderboard(
      [
        { handle: 'lucky', calls: [hit] },
        { handle: 'steady', calls: hitsOf(16, 20) },
      ],
      { priorMean: 0.5 },
    );
    expect(order(rows)).toEqual([
      ['steady', 1],
      ['lucky', 2],
    ]);
  });

  it('ties in shrunk rate are broken by Wilson low descending', () => {
    // μ = 0.5: 1 of 1 → 6/11; 7 of 12 → 12/22 = 6/11. Wilson low 0.2065 vs 0.3195 → 7-of-12 first
    // even though 'a' < 'b' and 1-of-1 has the higher raw rate
    const rows = leaderboard(
      [
        { handle: 'a', calls: [hit] },
        { handle: 'b', calls: hitsOf(7, 12) },
      ],
      { priorMean: 0.5 },
    );
    expect(order(rows)).toEqual([
      ['b', 1],
      ['a', 2],
    ]);
    expect(rows[0]?.wilsonLow).toBeCloseTo(0.319507, 5);
  });

  it('shrunk rates within 1e-12 are tied; larger gaps are not', () => {
    // b: 6 hits + one credit of 1 − 1.1e-12, plus 5 misses → shrunk 6/11 − 5e-14 (< a's 6/11)
    // within 1e-12 → tied → Wilson low decides: b (≈0.3195) beats a (0.2065)
    const nearly = [...times(6, hit), call(null, 1 - 1.1e-12), ...times(5, miss)];
    const tied = leaderboard(
      [
        { handle: 'a', calls: [hit] },
        { handle: 'b', calls: nearly },
      ],
      { priorMean: 0.5 },
    );
    expect(order(tied)).toEqual([
      ['b', 1],
      ['a', 2],
    ]);
    // credit 1 − 2.2e-9 → shrunk 6/11 − 1e-10: a genuine gap, a ranks first
    const apart = [...times(6, hit), call(null, 1 - 2.2e-9), ...times(5, miss)];
    const split = leaderboard(
      [
        { handle: 'a', calls: [hit] },
        { handle: 'b', calls: apart },
      ],
      { priorMean: 0.5 },
    );
    expect(order(split)).toEqual([
      ['a', 1],
      ['b', 2],
    ]);
  });

  it('then by n_directional descending', () => {
    // μ = 0: 0 of 1 and 0 of 3 both shrink to 0 with Wilson low 0 → more calls first
    const rows = leaderboard(
      [
        { handle: 'a', calls: [miss] },
        { handle: 'b', calls: hitsOf(0, 3) },
      ],
      { priorMean: 0 },
    );
    expect(order(rows)).toEqual([
      ['b', 1],
      ['a', 2],
    ]);
  });

  it('then by handle ascending; ranks are 1..K with no gaps', () => {
    const rows = leaderboard(
      [
        { handle: 'zed', calls: hitsOf(2, 4) },
        { handle: 'amy', calls: hitsOf(2, 4) },
        { handle: 'max', calls: hitsOf(2, 4) },
      ],
      { priorMean: 0.5 },
    );
    expect(order(rows)).toEqual([
      ['amy', 1],
      ['max', 2],
      ['zed', 3],
    ]);
  });

  it('sources with n_directional = 0 get rank null and follow the ranked ones, by handle', () => {
    const rows = leaderboard([
      { handle: 'zz-void', calls: [call(null, null)] },
      { handle: 'b', calls: [miss] },
      { handle: 'aa-coinflip', calls: [call(0.5, 1)] },
      { handle: 'a', calls: [hit] },
      { handle: 'm-empty', calls: [] },
    ]);
    expect(order(rows)).toEqual([
      ['a', 1],
      ['b', 2],
      ['aa-coinflip', null],
      ['m-empty', null],
      ['zz-void', null],
    ]);
    // the unranked p = 0.5 source still shows its Brier (B5.7)
    expect(rows[2]?.brier).toBeCloseTo(0.25, 12);
  });

  it('provisional = n_directional < provisionalBelow (default 5)', () => {
    const rows = leaderboard(
      [
        { handle: 'four', calls: hitsOf(4, 4) },
        { handle: 'five', calls: hitsOf(5, 5) },
        { handle: 'one', calls: [hit] },
        { handle: 'none', calls: [] },
      ],
      { priorMean: 0.5 },
    );
    const provisional = Object.fromEntries(rows.map((r) => [r.handle, r.provisional]));
    expect(provisional).toEqual({ five: false, four: true, one: true, none: true });
    const custom = leaderboard([{ handle: 'four', calls: hitsOf(4, 4) }], { provisionalBelow: 3 });
    expect(custom[0]?.provisional).toBe(false);
  });

  it('applies asOf and impliedProbability to every source', () => {
    const rows = leaderboard(
      [
        {
          handle: 'a',
          calls: [
            call(null, 1, { kind: 'BULL', resolvedOn: '2026-01-10' }),
            call(null, 0, { resolvedOn: '2026-02-10' }),
          ],
        },
        { handle: 'b', calls: [call(null, 0, { kind: 'BULL', resolvedOn: '2026-01-31' })] },
      ],
      { asOf: '2026-01-31', impliedProbability: { BULL: 0.8 } },
    );
    // pooled μ = 1/2; a 1 of 1 → (1 + 5)/11; b 0 of 1 → 5/11
    expect(order(rows)).toEqual([
      ['a', 1],
      ['b', 2],
    ]);
    expect(rows[0]).toMatchObject({ n: 1, nImpliedProbability: 1 });
    expect(rows[0]?.brier).toBeCloseTo(0.04, 12); // (0.8 − 1)²
    expect(rows[1]?.brier).toBeCloseTo(0.64, 12); // (0.8 − 0)²
  });

  it('rejects duplicate handles', () => {
    expect(() =>
      leaderboard([
        { handle: 'a', calls: [] },
        { handle: 'a', calls: [] },
      ]),
    ).toThrow(/duplicate/);
  });
});
