import { describe, expect, it } from 'vitest';
import {
  addCall,
  adjustTotals,
  emptyTotals,
  leaderboard,
  mergeTotals,
  leaderboardFromTotals,
  removeCall,
  sameFigure,
  scoreCalls,
  scorecardFromTotals,
  ScoringInputError,
  type ResolvedCall,
  type Scorecard,
  type ScoreTotals,
  type ScoringOptions,
} from '../../../src/scoring/index.js';
import { call } from './helpers.js';

const calls: ResolvedCall[] = [
  call(0.8, 1, { kind: 'BULL', resolvedOn: '2026-01-05' }),
  call(0.8, 0, { kind: 'BEAR', resolvedOn: '2026-01-06' }),
  call(0.3, 0.25, { kind: 'WATCH', resolvedOn: '2026-02-01' }),
  call(null, 1, { kind: 'BULL', resolvedOn: '2026-02-02' }),
  call(null, 0.5, { kind: 'CLAIM' }),
  call(0.5, 1, { kind: 'CLAIM', resolvedOn: '2026-03-01' }),
  call(0.1, null, { kind: 'WATCH', resolvedOn: '2026-03-02' }),
  call(1, 0, { kind: 'BEAR', resolvedOn: '2026-04-01' }),
  call(0, 0, { kind: 'CLAIM', resolvedOn: '2026-04-02' }),
];

function fold(list: readonly ResolvedCall[], options?: ScoringOptions): ScoreTotals {
  return list.reduce((t, c) => addCall(t, c, options), emptyTotals());
}

/** Every numeric field within 1e-9, nulls and counts equal. */
function expectSameCard(actual: Scorecard, expected: Scorecard): void {
  for (const key of Object.keys(expected) as (keyof Scorecard)[]) {
    const e = expected[key];
    const a = actual[key];
    if (typeof e === 'number' && typeof a === 'number') expect(a, key).toBeCloseTo(e, 9);
    else if (key !== 'calibration') expect(a, key).toEqual(e);
  }
  expected.calibration.forEach((b, k) => {
    const a = actual.calibration[k];
    expect(a?.count).toBe(b.count);
    if (b.meanProbability === null) expect(a?.meanProbability).toBeNull();
    else expect(a?.meanProbability).toBeCloseTo(b.meanProbability, 9);
    if (b.observedRate === null) expect(a?.observedRate).toBeNull();
    else expect(a?.observedRate).toBeCloseTo(b.observedRate, 9);
  });
}

describe('ScoreTotals (sufficient statistics for SCORING.md B4)', () => {
  it('scoreCalls equals folding addCall then scorecardFromTotals', () => {
    const options: ScoringOptions = {
      asOf: '2026-03-31',
      impliedProbability: { BULL: 0.7 },
      priorMean: 0.4,
      priorStrength: 6,
    };
    expect(scorecardFromTotals(fold(calls, options), options)).toEqual(scoreCalls(calls, options));
    expect(scorecardFromTotals(fold(calls))).toEqual(scoreCalls(calls));
  });

  it('empty totals score like zero claims', () => {
    expect(scorecardFromTotals(emptyTotals())).toEqual(scoreCalls([]));
  });

  it('totals are plain JSON and survive a round trip', () => {
    const t = fold(calls);
    const back = JSON.parse(JSON.stringify(t)) as ScoreTotals;
    expect(back).toEqual(t);
    expect(scorecardFromTotals(back)).toEqual(scoreCalls(calls));
  });

  it('addCall and removeCall return new totals and leave their input unchanged', () => {
    const t = fold(calls.slice(0, 3));
    const snapshot = JSON.stringify(t);
    const added = addCall(t, calls[3] as ResolvedCall);
    removeCall(added, calls[0] as ResolvedCall);
    expect(JSON.stringify(t)).toBe(snapshot);
    expect(added).not.toBe(t);
  });

  it('after removing calls, totals equal scoreCalls over the remaining calls', () => {
    for (let i = 0; i < calls.length; i++) {
      const remaining = calls.filter((_, j) => j !== i);
      const t = removeCall(fold(calls), calls[i] as ResolvedCall);
      expectSameCard(scorecardFromTotals(t), scoreCalls(remaining));
    }
  });

  it('removing everything gives exactly the empty totals (sums reset at count 0)', () => {
    const t = calls.reduce((acc, c) => removeCall(acc, c), fold(calls));
    expect(t).toEqual(emptyTotals());
  });

  it('float residue is cleared when a count returns to 0', () => {
    // credits 0.1 + 0.2 = 0.30000000000000004; minus 0.1, minus 0.2 leaves 5.6e-17 in plain floats
    const partial = [call(null, 0.1), call(null, 0.2), call(0.7, 0.1), call(0.7, 0.2)];
    const keep = call(null, 1);
    let t = fold([keep, ...partial]);
    for (const c of partial) t = removeCall(t, c);
    expect(t).toEqual(fold([keep]));
    expect(scorecardFromTotals(t).hits).toBe(1);
    expect(scorecardFromTotals(t).wilsonHigh).toBe(1); // hits = n exactly, so high := 1
  });

  it('a corrected resolution is remove-old then add-new', () => {
    const before = call(0.7, 0, { resolvedOn: '2026-01-05' });
    const after = call(0.7, 1, { resolvedOn: '2026-01-07' });
    const t = addCall(removeCall(fold([...calls, before]), before), after);
    expectSameCard(scorecardFromTotals(t), scoreCalls([...calls, after]));
  });

  it('1,000 remove/add cycles drift less than 1e-9', () => {
    let t = fold(calls);
    for (let r = 0; r < 1000; r++) {
      const c = calls[r % calls.length] as ResolvedCall;
      t = addCall(removeCall(t, c), c);
    }
    expectSameCard(scorecardFromTotals(t), scoreCalls(calls));
  });

  it('respects asOf and impliedProbability when adding and removing', () => {
    const options: ScoringOptions = { asOf: '2026-02-01', impliedProbability: { BULL: 0.6 } };
    const late = call(0.9, 1, { resolvedOn: '2026-02-02' });
    const t = fold(calls, options);
    expect(addCall(t, late, options)).toEqual(t); // after asOf: contributes nothing
    expect(removeCall(t, late, options)).toEqual(t);
    expectSameCard(
      scorecardFromTotals(removeCall(t, calls[0] as ResolvedCall, options), options),
      scoreCalls(calls.slice(1), options),
    );
  });

  it('refuses to remove a call the totals cannot contain', () => {
    expect(() => removeCall(emptyTotals(), call(null, 1))).toThrow(ScoringInputError);
    expect(() => removeCall(fold([call(null, 1)]), call(null, null))).toThrow(/cannot remove/);
  });

  it('rejects malformed stored totals', () => {
    const bad = { ...emptyTotals(), binCount: [0, 0] };
    expect(() => scorecardFromTotals(bad)).toThrow(/binCount/);
    expect(() => scorecardFromTotals({ ...emptyTotals(), n: -1 })).toThrow(/totals\.n/);
  });

  it('leaderboardFromTotals equals leaderboard over the same calls', () => {
    const sources = [
      { handle: 'x', calls: calls.slice(0, 4) },
      { handle: 'y', calls: calls.slice(4) },
      { handle: 'z', calls: [call(null, null)] },
    ];
    const options: ScoringOptions = { asOf: '2026-03-31', impliedProbability: { BULL: 0.7 } };
    const rows = sources.map((s) => ({ handle: s.handle, totals: fold(s.calls, options) }));
    expect(leaderboardFromTotals(rows, options)).toEqual(leaderboard(sources, options));
    expect(leaderboardFromTotals(rows, { ...options, priorMean: 0.5 })).toEqual(
      leaderboard(sources, { ...options, priorMean: 0.5 }),
    );
  });

  it("'pooled' on lone totals pools over those totals", () => {
    // 3 hits of 4 directional → μ = 0.75 → shrunk (3 + 7.5)/14 = 0.75
    const t = fold([call(null, 1), call(null, 1), call(null, 1), call(null, 0)]);
    expect(scorecardFromTotals(t, { priorMean: 'pooled' }).shrunkRate).toBeCloseTo(0.75, 12);
  });
});

describe('adjustTotals (in place)', () => {
  it('gives bit for bit what addCall and removeCall return, and leaves other totals alone', () => {
    let copied = emptyTotals();
    const inPlace = emptyTotals();
    const before = JSON.stringify(inPlace);
    for (const c of calls) {
      const previous = copied;
      copied = addCall(copied, c);
      adjustTotals(inPlace, c, 1);
      expect(JSON.stringify(inPlace)).toBe(JSON.stringify(copied));
      expect(JSON.stringify(previous)).not.toBe(JSON.stringify(copied));
    }
    for (const c of [calls[2]!, calls[0]!, calls[6]!]) {
      copied = removeCall(copied, c);
      adjustTotals(inPlace, c, -1);
      expect(JSON.stringify(inPlace)).toBe(JSON.stringify(copied));
    }
    for (const c of calls.filter((x) => ![calls[2], calls[0], calls[6]].includes(x))) adjustTotals(inPlace, c, -1);
    expect(JSON.stringify(inPlace)).toBe(before);
  });

  it('checks the call as addCall does and refuses to remove a call the totals lack', () => {
    expect(() => adjustTotals(emptyTotals(), call(1.5, 1), 1)).toThrow(ScoringInputError);
    expect(() => adjustTotals(emptyTotals(), call(0.5, 1), -1)).toThrow(ScoringInputError);
  });
});

describe('mergeTotals', () => {
  it('of two parts scores like the fold of all their calls', () => {
    const merged = mergeTotals(fold(calls.slice(0, 4)), fold(calls.slice(4)));
    expectSameCard(scorecardFromTotals(merged), scoreCalls(calls));
    expect(merged.n).toBe(calls.length);
    expect(merged.binCount).toEqual(fold(calls).binCount);
    for (let k = 0; k < 10; k++) {
      expect(merged.binSumProbability[k]).toBeCloseTo(fold(calls).binSumProbability[k]!, 12);
      expect(merged.binSumOutcome[k]).toBeCloseTo(fold(calls).binSumOutcome[k]!, 12);
    }
  });

  it('with empty totals is the identity, and leaves its arguments alone', () => {
    const a = fold(calls);
    const before = JSON.stringify(a);
    expect(JSON.stringify(mergeTotals(a, emptyTotals()))).toBe(before);
    expect(JSON.stringify(mergeTotals(emptyTotals(), a))).toBe(before);
    expect(JSON.stringify(a)).toBe(before);
  });

  it('refuses something that is not totals', () => {
    expect(() => mergeTotals(emptyTotals(), { n: 1 } as never)).toThrow(ScoringInputError);
  });
});

describe('sameFigure', () => {
  it('takes sums added in another order for the same figure, relative to their size', () => {
    const values = Array.from({ length: 1000 }, (_, i) => 1 / (i + 3));
    const forward = values.reduce((a, b) => a + b, 0);
    const backward = [...values].reverse().reduce((a, b) => a + b, 0);
    expect(sameFigure(forward, backward)).toBe(true);
    expect(sameFigure(1e6, 1e6 + 1e-4)).toBe(true);
    expect(sameFigure(0, 5e-10)).toBe(true);
  });

  it('tells different figures apart', () => {
    expect(sameFigure(1e6, 1e6 + 0.01)).toBe(false);
    expect(sameFigure(0.5, 0.5 + 2e-9)).toBe(false);
    expect(sameFigure(0, 2e-9)).toBe(false);
  });
});
