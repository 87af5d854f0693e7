import { describe, expect, it } from 'vitest';
import {
  addCall,
  emptyTotals,
  leaderboard,
  scoreCalls,
  ScoringInputError,
  type Kind,
  type ResolvedCall,
  type ScoringOptions,
} from '../../../src/scoring/index.js';
import { call } from './helpers.js';

function errorOf(fn: () => unknown): ScoringInputError {
  try {
    fn();
  } catch (error) {
    if (error instanceof ScoringInputError) return error;
    throw error;
  }
  throw new Error('expected a ScoringInputError');
}

describe('invalid input throws ScoringInputError naming field and value (SCORING.md B1)', () => {
  it.each([
    ['probability above 1', call(1.1, 1), 'calls[0].probability', '1.1'],
    ['probability below 0', call(-0.1, 1), 'calls[0].probability', '-0.1'],
    ['probability NaN', call(Number.NaN, 1), 'calls[0].probability', 'NaN'],
    ['outcome above 1', call(null, 2), 'calls[0].outcome', '2'],
    ['outcome below 0', call(null, -1), 'calls[0].outcome', '-1'],
    ['outcome NaN', call(0.7, Number.NaN), 'calls[0].outcome', 'NaN'],
    ['impossible resolvedOn', call(null, 1, { resolvedOn: '2026-02-30' }), 'calls[0].resolvedOn', '2026-02-30'],
    ['non-ISO resolvedOn', call(null, 1, { resolvedOn: '2026-2-1' }), 'calls[0].resolvedOn', '2026-2-1'],
    ['unknown kind', { probability: null, outcome: 1, kind: 'MAYBE' as Kind }, 'calls[0].kind', 'MAYBE'],
  ])('%s', (_label, bad: ResolvedCall, field, shown) => {
    const error = errorOf(() => scoreCalls([bad]));
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('ScoringInputError');
    expect(error.field).toBe(field);
    expect(error.message).toContain(field);
    expect(error.message).toContain(shown);
  });

  it('reports the position of the bad call', () => {
    expect(errorOf(() => scoreCalls([call(null, 1), call(null, 1.5)])).field).toBe('calls[1].outcome');
    expect(errorOf(() => leaderboard([{ handle: 'a', calls: [call(2, 1)] }])).field).toBe(
      'sources[0].calls[0].probability',
    );
    expect(errorOf(() => addCall(emptyTotals(), call(null, 7))).field).toBe('call.outcome');
  });

  it('validates a call even when asOf would drop it', () => {
    expect(() => scoreCalls([call(3, 1, { resolvedOn: '2026-05-01' })], { asOf: '2026-01-01' })).toThrow(/probability/);
  });

  it('accepts leap days only in leap years', () => {
    expect(scoreCalls([call(null, 1, { resolvedOn: '2024-02-29' })]).n).toBe(1);
    expect(() => scoreCalls([call(null, 1, { resolvedOn: '2026-02-29' })])).toThrow(/2026-02-29/);
    expect(() => scoreCalls([call(null, 1, { resolvedOn: '1900-02-29' })])).toThrow(ScoringInputError);
  });

  it.each<[string, ScoringOptions, string]>([
    ['asOf not a real date', { asOf: '2026-02-30' }, 'asOf'],
    ['asOf month 13', { asOf: '2026-13-01' }, 'asOf'],
    ['priorStrength 0', { priorStrength: 0 }, 'priorStrength'],
    ['priorStrength negative', { priorStrength: -2 }, 'priorStrength'],
    ['priorStrength NaN', { priorStrength: Number.NaN }, 'priorStrength'],
    ['impliedProbability 0.5', { impliedProbability: { BULL: 0.5 } }, 'impliedProbability.BULL'],
    ['impliedProbability 1', { impliedProbability: { BEAR: 1 } }, 'impliedProbability.BEAR'],
    ['impliedProbability below 0.5', { impliedProbability: { WATCH: 0.3 } }, 'impliedProbability.WATCH'],
    [
      'impliedProbability unknown kind',
      { impliedProbability: { MAYBE: 0.7 } as ScoringOptions['impliedProbability'] },
      'impliedProbability.MAYBE',
    ],
    ['priorMean above 1', { priorMean: 1.5 }, 'priorMean'],
  ])('option: %s', (_label, options, field) => {
    const error = errorOf(() => scoreCalls([], options));
    expect(error.field).toBe(field);
    expect(error.message).toContain(field);
    expect(() => leaderboard([], options)).toThrow(ScoringInputError);
  });
});
