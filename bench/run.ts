// `npm run bench`: runs every benchmark and prints its figures. `npm run bench -- ledger scoring`
// runs only those. Results also go to bench/out/results.json, as results.<bench> or, for a bench
// run per engine, results.<bench>.<sqlite|postgres>. PostgreSQL: a scratch database on
// BENCH_DATABASE_URL, TEST_DATABASE_URL or postgres://postgres@127.0.0.1:5432/test.
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { closeDatasets } from './dataset.js';

type BenchFn = (o?: unknown) => Promise<Record<string, unknown>>;

/** `engines`: run once per engine on the shared bench dataset (dataset.ts). */
const BENCHES: { name: string; file: string; fn: string; engines?: true }[] = [
  { name: 'ledger', file: './ledger-bench.ts', fn: 'benchLedger' },
  { name: 'scoring', file: './scoring-bench.ts', fn: 'benchScoring', engines: true },
  { name: 'leaderboard', file: './leaderboard-bench.ts', fn: 'benchLeaderboard', engines: true },
  { name: 'ingest', file: './ingest-bench.ts', fn: 'benchIngest' },
  { name: 'review', file: './review-bench.ts', fn: 'benchReview', engines: true },
  { name: 'web', file: './web-bench.ts', fn: 'benchWeb', engines: true },
  { name: 'search', file: './search-bench.ts', fn: 'benchSearch' },
  { name: 'audit', file: './audit-bench.ts', fn: 'benchAudit' },
];
const ENGINES = ['sqlite', 'postgres'] as const;

async function attempt(run: () => Promise<Record<string, unknown>>): Promise<Record<string, unknown>> {
  try {
    return await run();
  } catch (err) {
    return { error: err instanceof Error ? err.message : String(err) };
  }
}

function print(title: string, figures: Record<string, unknown>): void {
  console.log(`\n## ${title}`);
  for (const [k, v] of Object.entries(figures))
    console.log(`  ${k.padEnd(48)} ${typeof v === 'number' ? Number(v.toPrecision(6)) : JSON.stringify(v)}`);
}

const only = process.argv.slice(2);
// Servers that a benchmark starts in a child process run as `npm start` runs them: compiled.
execSync('npx tsc -p tsconfig.build.json', { cwd: join(import.meta.dirname, '..'), stdio: 'inherit' });
const results: Record<string, unknown> = {};
try {
  for (const b of BENCHES) {
    if (only.length > 0 && !only.includes(b.name)) continue;
    if (!existsSync(join(import.meta.dirname, b.file))) continue;
    const started = Date.now();
    process.stderr.write(`— ${b.name} …\n`);
    const fn = async () => ((await import(b.file)) as Record<string, BenchFn>)[b.fn]!;
    if (b.engines) {
      const perEngine: Record<string, unknown> = {};
      for (const engine of ENGINES) {
        perEngine[engine] = await attempt(async () => (await fn())({ engine }));
        print(`${b.name} · ${engine}`, perEngine[engine] as Record<string, unknown>);
      }
      results[b.name] = perEngine;
    } else {
      results[b.name] = await attempt(async () => (await fn())());
      print(b.name, results[b.name] as Record<string, unknown>);
    }
    console.log(`  (${b.name}: ${((Date.now() - started) / 1000).toFixed(1)} s)`);
  }
} finally {
  await closeDatasets();
}
const out = join(import.meta.dirname, 'out');
mkdirSync(out, { recursive: true });
writeFileSync(join(out, 'results.json'), JSON.stringify({ at: new Date().toISOString(), results }, null, 2));
