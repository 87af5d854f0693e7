import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../src/ingest/index.js';

const issue = (line: string) => `What's Moving\n- Grid — ${line} (via @gridwonk)\n`;

describe('descriptions of the past are not claims (TIME-WINDOWS.md, "What counts as a claim")', () => {
  it.each([
    'Palisades resumed operations in December.',
    'The utility announced a 2 GW order in March.',
    'Regulators approved the merger in Q3 2025.',
  ])('%s', (line) => {
    expect(extractClaims(issue(line), { published: '2026-01-15' })).toEqual([]);
  });

  it.each([
    ['A restart is announced within the next 18 months.', '2027-07-15'],
    ['Two more deals get approved by Q4 2026.', '2026-12-31'],
  ])('a passive future with the same verb still counts: %s', (line, end) => {
    const [claim] = extractClaims(issue(line), { published: '2026-01-15' });
    expect(claim?.window?.end).toBe(end);
    expect(claim?.sources).toEqual(['@gridwonk']);
  });
});
