import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../../src/ingest/index.js';

// Layout and claim decisions of the text half (docs/ingest.md, "Formats" and "Which sentences are claims"), with
// counter-cases.
const P = { published: '2026-08-10' };

describe('a line that opens with a house section name and a colon heads that section inline', () => {
  it("the masthead line above it stays out, and the text after the colon is the section's first paragraph", () => {
    const issue = [
      'GRAIN WIRE  |  wheat in 3 minutes  |  10 Aug 2026',
      'the signal: Futures fell for a fifth week. We expect wheat to bottom by early Q4.',
      "what's moving:",
      '* Egypt -- Egypt tenders for 500kt by the end of September (via @graindesk)',
    ].join('\n');
    const got = extractClaims(issue, P);
    expect(got.map((c) => [c.section, c.text])).toEqual([
      ['The Signal', 'We expect wheat to bottom by early Q4.'],
      ["What's Moving", 'Egypt tenders for 500kt by the end of September'],
    ]);
  });
  it('"Signal:" alone is a callout, and a colon after other words heads nothing', () => {
    const issue = 'The Signal\nSignal: we expect wheat to bottom by early Q4.\nOur view: corn rallies by September.\n';
    const got = extractClaims(issue, P);
    expect(got.map((c) => c.section)).toEqual(['The Signal', 'The Signal']);
  });
  it('inside an open section a line with a section name and a colon is a sentence of it, not a switch', () => {
    const issue = [
      'The Signal',
      'We expect wheat to bottom by early Q4.',
      "Tradecraft: the desk's view is simple.",
      'Corn rallies by September, we expect.',
      'Desk note: we stay bearish.',
      '',
      'From the desk: soy falls by December, we think.',
      'Oats rise by November, we expect.',
    ].join('\n');
    const got = extractClaims(issue, P);
    expect(got.map((c) => c.section)).toEqual(['The Signal', 'The Signal', 'The Signal', 'The Signal']);
  });
});

describe('what markets factor in is what they price: no claim unless an outcome is called', () => {
  it.each([
    'Futures markets are already factoring in two more hikes before the end of 2026.',
    'Traders are factoring in a cut by December.',
  ])('%s', (text) => {
    expect(extractClaims(text, P)).toHaveLength(0);
  });
  it('a call beside it is still a claim', () => {
    expect(extractClaims('Traders are factoring in a cut by December, and we expect two.', P)).toHaveLength(1);
    expect(extractClaims('The central bank factors in weaker growth and cuts rates by December.', P)).toHaveLength(1);
  });
});
