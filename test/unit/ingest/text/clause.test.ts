import { describe, expect, it } from 'vitest';
import { proposeClause } from '../../../../src/ingest/index.js';

describe('proposeClause: the claim inside a framing sentence', () => {
  it.each([
    [
      '@allin says that token supply will not meet demand through 2028.',
      'Token supply will not meet demand through 2028.',
    ],
    [
      'According to the IMF, growth in the euro area slows below 1% in 2027.',
      'Growth in the euro area slows below 1% in 2027.',
    ],
    ['We think the Fed cuts twice before the end of 2026.', 'The Fed cuts twice before the end of 2026.'],
    ['Goldman expects that oil ends 2026 below $60.', 'Oil ends 2026 below $60.'],
    ['Our call: memory prices peak in Q2 2027.', 'Memory prices peak in Q2 2027.'],
    ['Data center deliveries slip into 2027, says @bindureddy.', 'Data center deliveries slip into 2027.'],
    ['Jane Smith argued that the merger closes by March.', 'The merger closes by March.'],
  ])('%s', (sentence, clause) => {
    expect(proposeClause(sentence)).toBe(clause);
  });

  it('leaves a sentence that is already the claim, and refuses to trim it to a fragment', () => {
    expect(proposeClause('Memory prices peak in Q2 2027.')).toBeNull();
    expect(proposeClause('@allin says it happens.')).toBeNull();
    expect(proposeClause('Goldman expects the Fed to cut twice in 2026.')).toBeNull();
  });

  it('is not thrown by prototype words or long input', () => {
    expect(proposeClause('constructor says that toString and valueOf break nothing here.')).toBe(
      'ToString and valueOf break nothing here.',
    );
    const long = `${'word '.repeat(20000)}.`;
    expect(() => proposeClause(long)).not.toThrow();
  });
});
