import { describe, expect, it } from 'vitest';
import {
  adjustTotals,
  emptyTotals,
  leaderboardFromTotals,
  type ScorecardMemo,
  type ScoreTotals,
} from '../../../src/scoring/index.js';
import { mulberry32 } from '../../../src/server/prng.js';

function totalsOf(random: () => number, calls: number): ScoreTotals {
  const t = emptyTotals();
  for (let i = 0; i < calls; i++)
    adjustTotals(
      t,
      {
        kind: random() < 0.5 ? 'BULL' : 'BEAR',
        probability: random() < 0.4 ? Math.round(random() * 100) / 100 : null,
        outcome: random() < 0.1 ? null : random() < 0.1 ? 0.5 : random() < 0.55 ? 1 : 0,
      },
      1,
    );
  return t;
}

describe('leaderboardFromTotals with a scorecard memo', () => {
  it('ranks exactly as without it while a few sources change and the pooled prior moves', () => {
    const random = mulberry32(27);
    const rows = Array.from({ length: 300 }, (_, i) => ({
      handle: `s${i}`,
      totals: totalsOf(random, Math.floor(random() * 40)),
    }));
    const memo: ScorecardMemo = new WeakMap();
    for (let round = 0; round < 20; round++) {
      // A write: two sources get new totals objects (the memo must not be used for them).
      for (let k = 0; k < 2; k++) {
        const i = Math.floor(random() * rows.length);
        rows[i] = { handle: rows[i]!.handle, totals: totalsOf(random, Math.floor(random() * 40)) };
      }
      expect(leaderboardFromTotals(rows, { priorMean: 'pooled' }, memo)).toEqual(
        leaderboardFromTotals(rows, { priorMean: 'pooled' }),
      );
    }
  });
});
