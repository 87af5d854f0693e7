import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../src/ingest/index.js';

// Claim-level behaviours of issue 23 on a new issue (TIME-WINDOWS.md, "What counts as a claim" and "More on
// claims"), labelled by hand before the extractor was run: a two-line masthead whose separators are not words,
// a schedule stated in the present and a present-tense judgement that hold dates, a plan stated as a plan,
// and two Desk Notes of the same handle — one asserting the opposite outcome in the same window (a new call),
// one restating the item's claim in other words (a restatement).
const ISSUE = [
  'Chip Notes — Week of March 9, 2026',
  'Vol. 3 · No. 10',
  '',
  'The Signal',
  'Nvidia reports Wednesday. We think data-center revenue beats guidance by at least 10% this quarter.',
  'The 2027 capex cycle is the largest in a decade.',
  '',
  "What's Moving",
  '- Memory — HBM prices will rise 20% by June (via @dramwatch)',
  "- Foundry — Intel's 18A node is slated for Q4. (via @foundryfan)",
  '',
  'Desk Notes',
  "- @dramwatch — HBM prices fall below last year's levels by June",
  '- @dramwatch — HBM contract prices up 20% by mid-year',
  '',
].join('\n');

describe('What counts as a claim, on a third new issue', () => {
  const got = extractClaims(ISSUE, { published: '2026-03-09' });

  it('proposes the forecasts only, and links only the Desk Note that asserts the same outcome', () => {
    expect(
      got.map((c) => ({
        kind: c.kind,
        sources: [...c.sources].sort(),
        window: c.window && [c.window.start, c.window.end],
        restates: c.restates,
      })),
    ).toEqual([
      { kind: 'CLAIM', sources: [], window: ['2026-03-09', '2026-03-31'], restates: undefined },
      { kind: 'CLAIM', sources: ['@dramwatch'], window: ['2026-03-09', '2026-06-30'], restates: undefined },
      { kind: 'CLAIM', sources: ['@dramwatch'], window: ['2026-03-09', '2026-06-30'], restates: undefined },
      { kind: 'CLAIM', sources: ['@dramwatch'], window: ['2026-03-09', '2026-06-30'], restates: 1 },
    ]);
  });

  it('keeps the masthead out of the lede claim', () => {
    expect(got[0]?.text).toBe('We think data-center revenue beats guidance by at least 10% this quarter.');
  });
});
