import { describe, expect, it } from 'vitest';
import { extractClaims, findWindow } from '../../../src/ingest/index.js';

// The misses of the q29 held-out round (quoted-29 and five golden issues: Indian and retail fiscal years, Diwali and
// the UK Autumn Budget, calendar entries, hard-wrapped deadlines), each as a general rule with sentences of its own
// (not the fixtures'), and counter-cases the rule must leave alone.
const win = (text: string, published: string) => {
  const w = findWindow(text, published);
  return w && [w.start, w.end];
};
const claims = (text: string, published = '2026-01-12') => extractClaims(text, { published }).length;

describe('a stance of expectation after "is / are" ("hopeful of", "confident of") looks ahead, so a current period stays', () => {
  it.each([
    ['We are hopeful of double-digit growth in the second half.', '2026-08-10', ['2026-08-10', '2026-12-31']],
    ['Traders are confident of a rate cut in January.', '2026-01-12', ['2026-01-12', '2026-01-31']],
    // A present state in a current period is still no window.
    ['Demand is strong in the second half.', '2026-08-10', null],
    ['Margins are thin in January.', '2026-01-12', null],
  ])('%s (published %s)', (text, published, want) => {
    expect(win(text, published)).toEqual(want);
  });
  it('a judgement that names no outcome is still no claim', () => {
    expect(
      claims('We are optimistic about our performance in the remaining quarters of the current fiscal year.'),
    ).toBe(0);
    expect(claims('Traders are confident of a rate cut in January.')).toBe(1);
  });
});
