// `npm run bench`: runs every benchmark and prints its medians. `npm run bench -- ledger scoring`
// runs only those. Results also go to bench/out/results.json.
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const BENCHES: { name: string; file: string; fn: string }[] = [
  { name: 'ledger', file: './ledger-bench.ts', fn: 'benchLedger' },
  { name: 'scoring', file: './scoring-bench.ts', fn: 'benchScoring' },
  { name: 'leaderboard', file: './leaderboard-bench.ts', fn: 'benchLeaderboard' },
  { name: 'ingest', file: './ingest-bench.ts', fn: 'benchIngest' },
  { name: 'review', file: './review-bench.ts', fn: 'benchReview' },
  { name: 'web', file: './web-bench.ts', fn: 'benchWeb' },
  { name: 'audit', file: './audit-bench.ts', fn: 'benchAudit' },
];

const only = process.argv.slice(2);
// Servers that a benchmark starts in a child process run as `npm start` runs them: compiled.
execSync('npx tsc -p tsconfig.build.json', { cwd: join(import.meta.dirname, '..'), stdio: 'inherit' });
const results: Record<string, unknown> = {};
for (const b of BENCHES) {
  if (only.length > 0 && !only.includes(b.name)) continue;
  if (!existsSync(join(import.meta.dirname, b.file))) continue;
  const started = Date.now();
  process.stderr.write(`— ${b.name} …\n`);
  try {
    const mod = (await import(b.file)) as Record<string, (o?: unknown) => Promise<Record<string, unknown>>>;
    let databaseUrl = process.env.BENCH_DATABASE_URL;
    if (b.name === 'web' && !databaseUrl) {
      // The leaderboard page is timed against 5,000 sources and 1,000,000 claims.
      const { populate } = await import('./leaderboard-bench.js');
      databaseUrl = join(mkdtempSync(join(tmpdir(), 'tr-bench-web-')), 'bench.sqlite');
      await (await populate(databaseUrl)).close();
    }
    results[b.name] = await mod[b.fn]!(databaseUrl ? { databaseUrl } : undefined);
  } catch (err) {
    results[b.name] = { error: err instanceof Error ? err.message : String(err) };
  }
  console.log(`\n## ${b.name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  for (const [k, v] of Object.entries(results[b.name] as Record<string, unknown>))
    console.log(`  ${k.padEnd(48)} ${typeof v === 'number' ? Number(v.toPrecision(6)) : String(v)}`);
}
const out = join(import.meta.dirname, 'out');
mkdirSync(out, { recursive: true });
writeFileSync(join(out, 'results.json'), JSON.stringify({ at: new Date().toISOString(), results }, null, 2));
