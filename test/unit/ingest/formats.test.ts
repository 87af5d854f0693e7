import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractClaims, extractClaimsWithSpans, findWindow, IngestInputError } from '../../../src/ingest/index.js';

const P = { published: '2026-02-09' };
const brief = (text: string) =>
  extractClaims(text, P).map((c) => ({ kind: c.kind, text: c.text, sources: c.sources, section: c.section }));

describe('issue formats (ingest issue: formats seen in the wild)', () => {
  const bodies = {
    plain: 'Tradecraft\nBULL\nChip demand beats supply through 2027.\nBEAR\nPrices fall in Q3.',
    bold: 'Tradecraft\n**BULL:** Chip demand beats supply through 2027.\n\n**BEAR:** Prices fall in Q3.',
    dash: 'Tradecraft\nBull — Chip demand beats supply through 2027.\nBear — Prices fall in Q3.',
    emoji: 'Tradecraft\n🐂 BULL\nChip demand beats supply through 2027.\n🐻 BEAR\nPrices fall in Q3.',
    markdown: '## Tradecraft\n### BULL\nChip demand beats supply through 2027.\n### BEAR\nPrices fall in Q3.',
    crlf: 'Tradecraft\r\nBULL\r\nChip demand beats supply\r\nthrough 2027.\r\nBEAR\r\nPrices fall in Q3.',
  };
  it.each(Object.entries(bodies))('Tradecraft labels, %s style', (_style, text) => {
    expect(brief(text)).toEqual([
      { kind: 'BULL', text: 'Chip demand beats supply through 2027.', sources: [], section: 'Tradecraft' },
      { kind: 'BEAR', text: 'Prices fall in Q3.', sources: [], section: 'Tradecraft' },
    ]);
  });

  it('a Tradecraft block with no time phrase is still proposed, with a null window', () => {
    const [c] = extractClaims('Tradecraft\nBULL\nHarness-first wins.', P);
    expect(c).toMatchObject({ kind: 'BULL', window: null, sources: [] });
  });

  it.each(['- ', '* ', '• ', '– ', '1. ', '2) '])(
    'bullets with %j, hard-wrapped, attribution stripped from the text',
    (marker) => {
      const text = `What's Moving\n${marker}Grid — Queues keep growing. Utilities add 40 GW\n  of storage by 2028 (via @gridwatch)\n${marker}Other — Nothing dated here (via @x)`;
      expect(brief(text)).toEqual([
        {
          kind: 'CLAIM',
          text: 'Utilities add 40 GW of storage by 2028',
          sources: ['@gridwatch'],
          section: "What's Moving",
        },
      ]);
    },
  );

  it('section headings as markdown, bold, emoji and ALL CAPS map to the canonical names', () => {
    for (const h of ["## What's Moving", "**What's Moving**", '📈 What’s Moving', "WHAT'S MOVING", "What's Moving:"]) {
      expect(extractClaims(`${h}\n- Lithium prices double by 2027 (via @a)`, P)[0]?.section).toBe("What's Moving");
    }
  });

  it('an extra section keeps its printed name; a missing lede section still yields claims', () => {
    const c = extractClaims(
      "## Reading List\n- Rates fall in Q3 (via @macro)\n## What's Moving\n- Oil rises by June (via @oil)",
      P,
    );
    expect(c.map((x) => x.section)).toEqual(['Reading List', "What's Moving"]);
  });

  it('a label glued to the end of a line is stripped and starts a new paragraph', () => {
    const text =
      'The Signal\nCompute is rationed and prices rise by 2027."IMPORTANT\nServing wins over training through 2028.';
    const c = extractClaimsWithSpans(text, P);
    expect(c.map((x) => x.claim.text)).toEqual([
      'Compute is rationed and prices rise by 2027."',
      'Serving wins over training through 2028.',
    ]);
    expect(text.slice(c[0]?.start, c[0]?.end)).not.toContain('IMPORTANT');
  });

  it('spans point into the original text, CRLF included', () => {
    const text =
      "The Signal\r\nIntro line.\r\nWe expect the merger\r\nto close by Q3.\r\nWhat's Moving\r\n- Oil — Brent tops $100 by June (via @oil)";
    for (const { claim, start, end } of extractClaimsWithSpans(text, P)) {
      expect(text.slice(start, end).replace(/\s+/g, ' ')).toBe(claim.text);
    }
  });

  it('calendar listings and promotions are not claims', () => {
    expect(extractClaims('## Calendar\n- Mar 18 — FOMC decision\n- Subscribe by Friday for 20% off', P)).toEqual([]);
  });

  it('questions, could-possibilities, unfalsifiable and undated sentences are not claims outside Tradecraft', () => {
    const text =
      'The Signal\nWill rates fall by Q3? Prices could double by 2027. Something gives by mid-2027. AI is the future. Brent hits $100 by June.';
    expect(brief(text).map((c) => c.text)).toEqual(['Brent hits $100 by June.']);
  });

  it('a sentence needing an antecedent carries the previous sentence of the item', () => {
    const c = extractClaims('The Signal\nThe Senate is debating the tariff bill. If it passes, tariffs drop by Q3.', P);
    expect(c.map((x) => x.text)).toEqual(['The Senate is debating the tariff bill. If it passes, tariffs drop by Q3.']);
  });

  it('empty text gives [] and a published date that is not real throws IngestInputError', () => {
    expect(extractClaims('', P)).toEqual([]);
    expect(extractClaims('  \n\r\n', P)).toEqual([]);
    for (const bad of ['2026-02-30', '2026-2-09', '09/02/2026', '', '2026-13-01']) {
      expect(() => extractClaims('x', { published: bad })).toThrow(IngestInputError);
      expect(() => findWindow('by 2030', bad)).toThrow(IngestInputError);
    }
  });
});

describe('attribution forms (TIME-WINDOWS.md, Sources)', () => {
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

describe('rules of TIME-WINDOWS.md on sentences', () => {
  const win = (s: string) => {
    const w = findWindow(s, '2026-02-09');
    return w && `${w.start}..${w.end}`;
  };
  it('clips a named period that contains published (rule 1)', () =>
    expect(win('Sales slow in Q1 2026.')).toBe('2026-02-09..2026-03-31'));
  it('by / before / not until (rules 3–5)', () => {
    expect(win('It ships by March.')).toBe('2026-02-09..2026-03-31');
    expect(win('It ships before March.')).toBe('2026-02-09..2026-02-28');
    expect(win('It does not ship until March.')).toBe('2026-03-01..2026-03-31');
    expect(win('It ships before the end of March.')).toBe('2026-02-09..2026-03-31');
  });
  it('ignores dates inside an If condition unless nothing else is dated (rule 7)', () => {
    expect(win('If the bill passes in Q2, imports fall in H2.')).toBe('2026-07-01..2026-12-31');
    expect(win('If the bill passes in Q2, imports fall.')).toBe('2026-04-01..2026-06-30');
  });
  it('ignores look-alikes and backward-looking dates (rule 7)', () => {
    expect(win('The H200 and Vision 2030 and iPhone 18 and A16 stay popular.')).toBeNull();
    expect(win('Demand is back to 2022 levels, up since 2024, and rises by 2027.')).toBe('2026-02-09..2027-12-31');
  });
  it('phrase names the text that produced the window', () => {
    expect(findWindow('Supply lags through 2027-28.', '2026-02-09')?.phrase).toBe('through 2027-28');
  });
});

describe('robustness', () => {
  it('every fixture survives being pasted with CRLF line endings', () => {
    const dir = join(import.meta.dirname, '../../fixtures/issues');
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.txt'))) {
      const text = readFileSync(join(dir, f), 'utf8');
      const lf = extractClaims(text.replace(/\r\n/g, '\n'), P);
      const crlf = extractClaims(text.replace(/\r?\n/g, '\r\n'), P);
      expect(crlf).toEqual(lf);
    }
    // Every fixture twice, on cores other test files share: the default 5 s is too tight once the set grows.
  }, 30_000);
});
