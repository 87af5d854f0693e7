import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractClaims } from '../src/ingest/index.js';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '../test/fixtures/issues');
const SECTIONS = ['The Signal', "What's Moving", 'Crosscurrents', 'Tradecraft', 'Desk Notes'];

function countWords(text: string): number {
  return text.split(/\s+/).filter((w) => w.length > 0).length;
}

/** Splits an issue into its sections by the house headings (plain lines, as in the sample). */
function sectionsOf(text: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  let current = 'The Signal';
  for (const raw of text.split(/\r?\n/)) {
    // A mail signature ("-- ") ends a fixture: merged into the middle of the bench issue it would end that too.
    if (/^-- ?$/.test(raw)) break;
    const line = raw.replace(/^[#*\s📡📈🔀🛠📝]+|[*:\s]+$/gu, '');
    const heading = SECTIONS.find((s) => s.toLowerCase() === line.toLowerCase().replace('’', "'"));
    if (heading) {
      current = heading;
      continue;
    }
    if (raw.trim().length === 0) continue;
    out.set(current, [...(out.get(current) ?? []), raw]);
  }
  return out;
}

/**
 * A ~3,000-word issue in the house format, built deterministically from the fixtures section by section.
 * Each fixture's part of a section is kept whole (its blocks stay intact) and an evenly spread share of
 * them, counted in words, is taken, so the issue draws on every fixture style yet stays near its target
 * as fixtures are added.
 */
export function buildBenchIssue(targetWords = 3000): string {
  const files = readdirSync(FIXTURES)
    .filter((f) => f.endsWith('.txt'))
    .sort();
  const parts = files.map((f) => sectionsOf(readFileSync(join(FIXTURES, f), 'utf8')));
  const chunks = SECTIONS.flatMap((section) =>
    parts.flatMap((p) => {
      const lines = p.get(section);
      return lines ? [{ section, lines, words: countWords(lines.join(' ')) }] : [];
    }),
  );
  const total = chunks.reduce((sum, c) => sum + c.words, 0);
  const rounds = Math.max(1, Math.ceil(targetWords / total));
  const share = Math.min(1, targetWords / total);
  const lines: string[] = [];
  // The share is taken in words, not in parts: a part is taken once the words owed to the sample reach half
  // of it, so the issue stays near its target however long the parts that fall to it are.
  let owed = 0;
  for (let round = 0; round < rounds; round++) {
    let heading = '';
    for (const chunk of chunks) {
      owed += chunk.words * share;
      if (owed < chunk.words / 2) continue;
      owed -= chunk.words;
      if (chunk.section !== heading) lines.push((heading = chunk.section));
      lines.push(...chunk.lines);
    }
  }
  return lines.join('\n');
}

/** Median milliseconds of extractClaims over 41 runs, once warm, on a ~3,000-word issue, its word count and words per second. */
export function benchIngest(): Record<string, number> {
  const issue = buildBenchIssue();
  const words = countWords(issue);
  // The rules are many small functions that V8 optimises only after dozens of runs; a server that extracts
  // issue after issue runs them optimised, which is what this measures.
  for (let i = 0; i < 100; i++) extractClaims(issue, { published: '2026-02-09' });
  const times: number[] = [];
  let claims = 0;
  for (let i = 0; i < 41; i++) {
    const t0 = performance.now();
    claims = extractClaims(issue, { published: '2026-02-09' }).length;
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)] as number;
  return {
    ingestMedianMs: median,
    ingestWords: words,
    ingestWordsPerSecond: Math.round(words / (median / 1000)),
    ingestClaims: claims,
    ingestRuns: times.length,
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  console.log(benchIngest());
}
