import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../../src/ingest/index.js';
import { windowTable } from '../helpers.js';

// Sources: who a claim is attributed to (TIME-WINDOWS.md, "Sources").

windowTable([
  [
    'Not windows, past states: a trailing attribution ("…, the CEO told reporters") reports, it does not date',
    [
      [
        'The plant is projected to be complete in 2028, chief executive Ana Ruiz told reporters.',
        '2028-01-01',
        '2028-12-31',
      ],
    ],
  ],
]);

describe('sources of a statement', () => {
  const brief = (text: string, published = '2026-04-06') =>
    extractClaims(text, { published }).map((c) => ({
      kind: c.kind,
      text: c.text,
      sources: c.sources,
      end: c.window?.end ?? null,
      restates: c.restates,
    }));

  it('a bullet with two attributions cites each for its own statement, footnote marks aside', () => {
    const issue = [
      "What's Moving",
      '- Ports — Rotterdam handles 15M boxes in 2026 (via @portrotterdam). Hamburg falls below 8M by 2027 (via @hhla).²',
    ].join('\n');
    expect(brief(issue).map((c) => [c.text, c.sources])).toEqual([
      ['Rotterdam handles 15M boxes in 2026', ['@portrotterdam']],
      ['Hamburg falls below 8M by 2027', ['@hhla']],
    ]);
  });
});

describe('attribution forms (TIME-WINDOWS.md, Sources)', () => {
  const P = { published: '2026-02-09' };

  const forms: Array<[string, string[]]> = [
    ['(via @a)', ['@a']],
    ['(via @a and @b)', ['@a', '@b']],
    ['(via @a, @b)', ['@a', '@b']],
    ['(via @a/@b)', ['@a', '@b']],
    ['(via @a vs. @b)', ['@a', '@b']],
    ['(via @A podcast)', ['@a']],
    ['(h/t @y)', ['@y']],
    ['(per @x)', ['@x']],
  ];
  it.each(forms)('%s', (form, sources) => {
    expect(extractClaims(`What's Moving\n- Topic — Copper tops $12k by Q3 ${form}`, P)[0]?.sources).toEqual(sources);
  });
  it('"@x reports that …" and "per @x" inside a lede sentence; uncited lede sentences are the desk\'s', () => {
    const c = extractClaims(
      'The Signal\n@Reuters reports that the deal closes by Q3. Per @ft, layoffs follow in H2. We expect margins to rise in 2027.',
      P,
    );
    expect(c.map((x) => x.sources)).toEqual([['@reuters'], ['@ft'], []]);
  });
  it('Desk Notes take the leading handle and restate a claim made elsewhere', () => {
    const text =
      "What's Moving\n- Chips — TSMC raises prices by Q3 (via @dnystedt)\nDesk Notes\n- @dnystedt (Dan) — Price hikes by Q3; bullish TSMC\n- @other — Nothing dated";
    const c = extractClaims(text, P);
    expect(c[1]).toMatchObject({
      kind: 'CLAIM',
      sources: ['@dnystedt'],
      section: 'Desk Notes',
      restates: 0,
      text: 'Price hikes by Q3',
    });
  });
});
