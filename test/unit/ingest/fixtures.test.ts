import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractClaims, extractClaimsWithSpans, type DraftClaim } from '../../../src/ingest/index.js';

// Golden issues in test/fixtures/issues: <name>.txt + <name>.expected.json, logged by hand as a careful editor
// would (TIME-WINDOWS.md), never by running the extractor.
const DIR = join(import.meta.dirname, '../../fixtures/issues');
interface Expected {
  published: string;
  claims: DraftClaim[];
}
const names = readdirSync(DIR)
  .filter((f) => f.endsWith('.expected.json'))
  .map((f) => f.replace('.expected.json', ''));

function words(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^a-z0-9$%@']+/)
    .filter((w) => w.length > 0);
}

/** Most words agree: at least 60% of the expected words are present and token Jaccard ≥ 0.5. */
function matches(expected: string, proposed: string): boolean {
  const e = words(expected);
  const p = new Set(words(proposed));
  const present = e.filter((w) => p.has(w)).length;
  const union = new Set([...e, ...p]).size;
  return present / Math.max(1, e.length) >= 0.6 && present / Math.max(1, union) >= 0.5;
}

interface Tally {
  expected: number;
  proposed: number;
  matched: number;
  kindSources: number;
  window: number;
}

function score(expected: DraftClaim[], proposed: DraftClaim[]): Tally {
  const used = new Set<number>();
  const t: Tally = { expected: expected.length, proposed: proposed.length, matched: 0, kindSources: 0, window: 0 };
  for (const e of expected) {
    const i = proposed.findIndex((p, k) => !used.has(k) && matches(e.text, p.text));
    if (i < 0) continue;
    used.add(i);
    const p = proposed[i] as DraftClaim;
    t.matched++;
    if (p.kind === e.kind && JSON.stringify([...p.sources].sort()) === JSON.stringify([...e.sources].sort()))
      t.kindSources++;
    const sameWindow =
      e.window === null
        ? p.window === null
        : p.window !== null &&
          p.window.start === e.window.start &&
          p.window.end === e.window.end &&
          p.window.isDefault === e.window.isDefault;
    if (sameWindow) t.window++;
  }
  return t;
}

describe('golden issues (fixtures)', () => {
  const total: Tally = { expected: 0, proposed: 0, matched: 0, kindSources: 0, window: 0 };
  for (const name of names) {
    const text = readFileSync(join(DIR, `${name}.txt`), 'utf8');
    const exp = JSON.parse(readFileSync(join(DIR, `${name}.expected.json`), 'utf8')) as Expected;
    const got = extractClaims(text, { published: exp.published });
    const t = score(exp.claims, got);
    for (const k of Object.keys(total) as Array<keyof Tally>) total[k] += t[k];
    it(`${name}: extractClaims equals extractClaimsWithSpans(...).map(claim)`, () => {
      expect(extractClaimsWithSpans(text, { published: exp.published }).map((x) => x.claim)).toEqual(got);
    });
  }

  it('meets precision / recall ≥ 0.9, kind+sources ≥ 95%, exact window ≥ 90%', () => {
    expect(names.length).toBeGreaterThanOrEqual(7);
    const precision = total.matched / total.proposed;
    const recall = total.matched / total.expected;
    const kindSources = total.kindSources / total.matched;
    const windows = total.window / total.matched;
    console.log(
      `ingest fixtures: ${names.length} issues, ${total.expected} expected, ${total.proposed} proposed, ${total.matched} matched; ` +
        `precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}, kind+sources ${kindSources.toFixed(3)}, window ${windows.toFixed(3)}`,
    );
    expect(precision).toBeGreaterThanOrEqual(0.9);
    expect(recall).toBeGreaterThanOrEqual(0.9);
    expect(kindSources).toBeGreaterThanOrEqual(0.95);
    expect(windows).toBeGreaterThanOrEqual(0.9);
  });

  it('the worked example of TIME-WINDOWS.md, exactly', () => {
    const text = readFileSync(join(DIR, 'the-signal-sample.txt'), 'utf8');
    const got = extractClaims(text, { published: '2026-02-09' });
    const brief = got.map((c) => ({
      kind: c.kind,
      sources: c.sources,
      section: c.section,
      window: c.window && [c.window.start, c.window.end, c.window.isDefault],
      restates: c.restates,
    }));
    expect(brief).toEqual([
      {
        kind: 'CLAIM',
        sources: [],
        section: 'The Signal',
        window: ['2026-02-09', '2028-12-31', false],
        restates: undefined,
      },
      {
        kind: 'CLAIM',
        sources: ['@bindureddy'],
        section: "What's Moving",
        window: ['2026-02-09', '2026-05-10', true],
        restates: undefined,
      },
      { kind: 'BULL', sources: [], section: 'Tradecraft', window: null, restates: undefined },
      {
        kind: 'BEAR',
        sources: [],
        section: 'Tradecraft',
        window: ['2026-02-09', '2028-12-31', false],
        restates: undefined,
      },
      {
        kind: 'WATCH',
        sources: [],
        section: 'Tradecraft',
        window: ['2026-07-01', '2026-12-31', false],
        restates: undefined,
      },
      {
        kind: 'CLAIM',
        sources: ['@allin'],
        section: 'Desk Notes',
        window: ['2026-02-09', '2028-12-31', false],
        restates: 0,
      },
    ]);
    expect(got[0]?.text).toContain("token supply won't meet demand through 2027-28");
    expect(got[1]?.text).toBe('Token consumption parity with Gemini-class models is imminent.');
    expect(got[5]?.text).toBe('compute as the real constraint through 2028');
    expect('restates' in (got[0] as object)).toBe(false);
  });
});
