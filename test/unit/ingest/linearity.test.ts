import { describe, expect, it } from 'vitest';
import { buildBenchIssue } from '../../../bench/ingest-bench.js';
import { extractClaimsWithSpans, MAX_TEXT_LENGTH } from '../../../src/ingest/index.js';

// Issue 21 item 3: extraction is linear in its input, up to the size limit. Doubling the text roughly
// doubles the time (a quadratic step would quadruple it). The best of three runs in CPU time, since
// other test files share the machine's cores.
function timeOf(text: string): number {
  let best = Number.POSITIVE_INFINITY;
  for (let r = 0; r < 3; r++) {
    const before = process.cpuUsage();
    extractClaimsWithSpans(text, { published: '2026-02-09' });
    const { user, system } = process.cpuUsage(before);
    best = Math.min(best, (user + system) / 1000);
  }
  return best;
}

function issueOfLength(n: number): string {
  const one = buildBenchIssue();
  return one.repeat(Math.ceil(n / one.length)).slice(0, n);
}

describe('extraction is linear in the input (issue 21 item 3)', () => {
  it('doubling an issue up to 1,000,000 characters roughly doubles the time', () => {
    extractClaimsWithSpans(issueOfLength(100_000), { published: '2026-02-09' });
    const sizes = [MAX_TEXT_LENGTH / 4, MAX_TEXT_LENGTH / 2, MAX_TEXT_LENGTH];
    const times = sizes.map((n) => timeOf(issueOfLength(n)));
    console.log(`linearity: ${sizes.map((n, i) => `${n} chars ${times[i]!.toFixed(0)} ms`).join(', ')}`);
    expect(times[1]! / times[0]!).toBeLessThan(3);
    expect(times[2]! / times[1]!).toBeLessThan(3);
  }, 120_000);

  it('a single 1,000,000-character run-on sentence and one giant token are read in bounded pieces', () => {
    const runOn = 'Rates fall by Q3 2027 and prices rise in 2028 and '.repeat(20_000).slice(0, MAX_TEXT_LENGTH);
    const t0 = performance.now();
    const drafts = extractClaimsWithSpans(runOn, { published: '2026-02-09' });
    const t1 = performance.now();
    extractClaimsWithSpans('x'.repeat(MAX_TEXT_LENGTH), { published: '2026-02-09' });
    const t2 = performance.now();
    console.log(`run-on sentence ${(t1 - t0).toFixed(0)} ms, giant token ${(t2 - t1).toFixed(0)} ms`);
    expect(drafts.length).toBeGreaterThan(100);
    expect(drafts.every((d) => d.end - d.start <= 2_000)).toBe(true);
  }, 60_000);
});
