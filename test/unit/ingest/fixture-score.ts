import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { DraftClaim, Window } from '../../../src/ingest/index.js';

// Scores the extractor on the hand-labelled fixtures (test/fixtures): golden issues, logged as a careful
// editor would by TIME-WINDOWS.md, and time phrases quoted from public pages. Expected values are never
// produced by running the extractor.

const FIXTURES = join(import.meta.dirname, '../../fixtures');

export interface ExpectedIssue {
  name: string;
  text: string;
  published: string;
  claims: DraftClaim[];
}

export function loadIssues(): ExpectedIssue[] {
  const dir = join(FIXTURES, 'issues');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.expected.json'))
    .sort()
    .map((f) => {
      const name = f.replace('.expected.json', '');
      const exp = JSON.parse(readFileSync(join(dir, f), 'utf8')) as { published: string; claims: DraftClaim[] };
      return { name, text: readFileSync(join(dir, `${name}.txt`), 'utf8'), ...exp };
    });
}

export interface QuotedPhrase {
  id: string;
  class: string;
  published: string;
  url: string;
  text: string;
  window: { start: string; end: string } | null;
  /** The claim-or-not decision ("What counts as a claim"), in the sets that label it (quoted-11 on). */
  claim?: boolean;
}

/** The quoted set in `test/fixtures/time-phrases/<name>.json` (the first set by default). */
export function loadQuotedPhrases(name = 'quoted'): QuotedPhrase[] {
  const file = join(FIXTURES, `time-phrases/${name}.json`);
  return (JSON.parse(readFileSync(file, 'utf8')) as { phrases: QuotedPhrase[] }).phrases;
}

function words(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^a-z0-9$%@']+/)
    .filter((w) => w.length > 0);
}

/** Most words agree: at least 60% of the expected words are present and token Jaccard ≥ 0.5. */
function sameText(expected: string, proposed: string): boolean {
  const e = words(expected);
  const p = new Set(words(proposed));
  const present = e.filter((w) => p.has(w)).length;
  const union = new Set([...e, ...p]).size;
  return present / Math.max(1, e.length) >= 0.6 && present / Math.max(1, union) >= 0.5;
}

function sameWindow(e: Window | null, p: Window | null): boolean {
  if (e === null) return p === null;
  return p !== null && p.start === e.start && p.end === e.end && p.isDefault === e.isDefault;
}

export interface Tally {
  expected: number;
  proposed: number;
  matched: number;
  kindSources: number;
  window: number;
  links: number;
  linksExpected: number;
}

export const emptyTally = (): Tally => ({
  expected: 0,
  proposed: 0,
  matched: 0,
  kindSources: 0,
  window: 0,
  links: 0,
  linksExpected: 0,
});

/** Matches expected to proposed claims by text, then counts kinds+sources, windows and restatement links. */
export function scoreIssue(
  expected: readonly DraftClaim[],
  proposed: readonly DraftClaim[],
): Tally & { misses: string[] } {
  const t = { ...emptyTally(), expected: expected.length, proposed: proposed.length, misses: [] as string[] };
  const pick = new Map<number, number>();
  const used = new Set<number>();
  expected.forEach((e, ei) => {
    const i = proposed.findIndex((p, k) => !used.has(k) && sameText(e.text, p.text));
    if (i < 0) {
      t.misses.push(`missed: ${e.text}`);
      return;
    }
    used.add(i);
    pick.set(ei, i);
    const p = proposed[i] as DraftClaim;
    t.matched++;
    const sources = (c: DraftClaim) => JSON.stringify([...c.sources].sort());
    if (p.kind === e.kind && sources(p) === sources(e)) t.kindSources++;
    else t.misses.push(`kind/sources: ${e.text} → ${p.kind} ${sources(p)}`);
    if (sameWindow(e.window, p.window)) t.window++;
    else t.misses.push(`window: ${e.text} → ${JSON.stringify(p.window)} (want ${JSON.stringify(e.window)})`);
  });
  proposed.forEach((p, k) => {
    if (!used.has(k)) t.misses.push(`extra: ${p.text}`);
  });
  // A link is right when a restating draft points at the draft matched to the expected target, and a
  // draft that restates nothing is not linked.
  expected.forEach((e, ei) => {
    const i = pick.get(ei);
    if (e.restates === undefined && (i === undefined || proposed[i]?.restates === undefined)) return;
    t.linksExpected++;
    if (i === undefined) return;
    const want = e.restates === undefined ? undefined : pick.get(e.restates);
    if (proposed[i]?.restates === want && (e.restates === undefined || want !== undefined)) t.links++;
    else t.misses.push(`restates: ${e.text} → ${String(proposed[i]?.restates)}`);
  });
  return t;
}

export function ratios(t: Tally): Record<string, number> {
  const precision = t.matched / Math.max(1, t.proposed);
  const recall = t.matched / Math.max(1, t.expected);
  return {
    precision,
    recall,
    f1: (2 * precision * recall) / Math.max(1e-9, precision + recall),
    kindSources: t.kindSources / Math.max(1, t.matched),
    windows: t.window / Math.max(1, t.matched),
    links: t.links / Math.max(1, t.linksExpected),
  };
}
