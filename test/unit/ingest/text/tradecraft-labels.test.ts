import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../../src/ingest/index.js';

// Tradecraft labels in any style (TIME-WINDOWS.md "What counts as a claim"): also with the full-width colon or bar a
// CJK keyboard types.

const P = { published: '2026-05-18' };
const kinds = (text: string) => extractClaims(text, P).map((c) => [c.kind, c.text, c.window && c.window.end]);

describe('Tradecraft labels with full-width separators', () => {
  it('BULL：, BEAR：, WATCH： and BULL｜ open their blocks', () => {
    const text = [
      '■ TRADECRAFT',
      '',
      'BULL： Yen weakens past 160 per dollar by end of July.',
      'BEAR｜ Equipment orders peak out in the July-September quarter.',
      'WATCH： BoJ meeting on June 16. If the BoJ hikes, JGB yields test 2.5% by December.',
    ].join('\n');
    expect(kinds(text)).toEqual([
      ['BULL', 'Yen weakens past 160 per dollar by end of July.', '2026-07-31'],
      ['BEAR', 'Equipment orders peak out in the July-September quarter.', '2026-09-30'],
      ['WATCH', 'BoJ meeting on June 16. If the BoJ hikes, JGB yields test 2.5% by December.', '2026-12-31'],
    ]);
  });

  it('counter: a company name with a full-width colon is not a label, and "Bullish：" is no BULL', () => {
    const text = [
      'JAPAN：COMPANIES',
      '',
      'Toyota： Operating profit tops 4 trillion yen in 2027, per @nagoyaauto.',
      'Bullish： Tokyo Electron tops 40,000 yen by July.',
    ].join('\n');
    expect(kinds(text).map((k) => k[0])).toEqual(['CLAIM', 'CLAIM']);
  });
});

describe("a thread's post counter before a label", () => {
  it('"10/12 WATCH:" opens a WATCH block, as "WATCH:" at the line\'s start does', () => {
    const text = [
      '9/12 TRADECRAFT',
      'BULL: Token volumes double again by September 2027.',
      '',
      '10/12 WATCH: Nvidia earnings on Feb. 24. A guide above $80B keeps the story alive through the spring.',
    ].join('\n');
    expect(kinds(text)).toEqual([
      ['BULL', 'Token volumes double again by September 2027.', '2027-09-30'],
      [
        'WATCH',
        'Nvidia earnings on Feb. 24. A guide above $80B keeps the story alive through the spring.',
        '2027-02-24',
      ],
    ]);
  });

  it('a fraction that is no post counter ("12/10", "3/4 of") opens no label', () => {
    const text = [
      'Tradecraft',
      '',
      '12/10 WATCH the Fed: rates fall by June.',
      '3/4 of BEAR funds close by June.',
    ].join('\n');
    expect(kinds(text).map((c) => c[0])).not.toContain('WATCH');
    expect(kinds(text).map((c) => c[0])).not.toContain('BEAR');
  });
});
