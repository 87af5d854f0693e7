/**
 * Reviewers' workflow at scale (issue "reviewers' workflow"): the due queue's latency and the CSV
 * export's throughput and peak memory over 1,000,000 claims in a temp SQLite file.
 * Bench data is bulk-inserted straight into the tables (setup only, not a product path).
 * Run alone: `npx tsx bench/review-bench.ts`.
 */
import { mulberry32 } from '../src/server/prng.js';
import { median } from './support.js';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type SqliteDatabase from 'better-sqlite3';
import { createApp } from '../src/server/app.js';
import { fixedClock } from '../src/server/clock.js';
import { testConfig } from '../src/server/config.js';
import { createContext } from '../src/server/context.js';
import { openDatabase } from '../src/server/db/connect.js';
import { migrateToLatest } from '../src/server/db/migrate.js';

const CLAIMS = Number(process.env.BENCH_CLAIMS ?? 1_000_000);
const SOURCES = 5_000;
const TODAY = '2026-03-01';
const QUEUE_REQUESTS = 200;
const KINDS = ['BULL', 'BEAR', 'WATCH', 'CLAIM'] as const;

const idOf = (prefix: string, i: number) => `00000000-0000-7000-${prefix}-${i.toString(16).padStart(12, '0')}`;
const dayOf = (base: number, offset: number) => new Date(base + offset * 86_400_000).toISOString().slice(0, 10);

/**
 * Windows end uniformly over 2023-01-01 .. 2028-12-31; 95% of the ended ones are resolved, so the
 * due backlog is ~26k claims and ~6k close within 14 days of TODAY. A third carry a tag.
 */
export function generate(sqlite: SqliteDatabase.Database): void {
  const random = mulberry32(20261125);
  sqlite.pragma('synchronous = OFF');
  const at = '2026-01-01T00:00:00.000Z';
  const insSource = sqlite.prepare(
    'insert into sources (id, handle, displayName, kind, url, createdAt, updatedAt) values (?, ?, ?, ?, null, ?, ?)',
  );
  const insClaim = sqlite.prepare(
    `insert into claims (id, publicationId, kind, statement, publishedStatement, quote, condition, criteria, timePhrase, windowStart, windowEnd,
      windowStated, probability, spanStart, spanEnd, createdAt, createdBy, amendedAt, resolutionId, outcome, credit, resolvedAt)
     values (?, null, ?, ?, ?, null, null, null, null, ?, ?, 1, ?, null, null, ?, 'bench', null, ?, ?, ?, ?)`,
  );
  const insClaimSource = sqlite.prepare("insert into claim_sources (claimId, sourceId, role) values (?, ?, 'made')");
  const insTag = sqlite.prepare('insert into claim_tags (claimId, tag) values (?, ?)');
  const insResolution = sqlite.prepare(
    `insert into resolutions (id, claimId, outcome, credit, voidReason, evidence, note, early, reviewer, createdAt, supersedes, supersededBy, reason, confirmedBy, confirmedAt)
     values (?, ?, ?, ?, null, '["https://example.com/e"]', '', 0, 'bench', ?, null, null, null, null, null)`,
  );
  const base = Date.parse('2023-01-01T12:00:00Z');
  const span = 6 * 365;
  const todayMs = Date.parse(`${TODAY}T12:00:00Z`);
  sqlite.transaction(() => {
    for (let s = 0; s < SOURCES; s++) insSource.run(idOf('a000', s), `source_${s}`, `Source ${s}`, 'person', at, at);
    for (let i = 0; i < CLAIMS; i++) {
      const offset = Math.floor(random() * span);
      const windowEnd = dayOf(base, offset);
      const ended = base + offset * 86_400_000 < todayMs;
      const resolved = ended && random() < 0.95;
      const id = idOf('8000', i);
      const resolutionId = resolved ? idOf('9000', i) : null;
      const r = random();
      const outcome = resolved ? (r < 0.45 ? 'true' : r < 0.85 ? 'false' : r < 0.93 ? 'partial' : 'void') : null;
      const credit = outcome === 'true' ? 1 : outcome === 'false' ? 0 : outcome === 'partial' ? 0.5 : null;
      const resolvedAt = resolved ? `${windowEnd}T18:00:00.000Z` : null;
      insClaim.run(
        id,
        KINDS[i % 4],
        `Bench claim ${i} will happen`,
        `Bench claim ${i} will happen`,
        dayOf(base, offset - 90),
        windowEnd,
        random() < 0.3 ? Math.round(random() * 100) / 100 : null,
        at,
        resolutionId,
        outcome,
        credit,
        resolvedAt,
      );
      insClaimSource.run(id, idOf('a000', Math.floor(SOURCES * random() ** 2)));
      if (i % 3 === 0) insTag.run(id, ['ai', 'macro', 'chips', 'energy'][i % 4]!);
      if (resolutionId) insResolution.run(resolutionId, id, outcome, outcome === 'partial' ? 0.5 : null, resolvedAt);
    }
  })();
  sqlite.pragma('analyze');
  sqlite.pragma('wal_checkpoint(TRUNCATE)');
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;

async function timeQueue(baseUrl: string, path: string): Promise<{ p50: number; p95: number }> {
  for (let i = 0; i < 10; i++) await (await fetch(baseUrl + path)).arrayBuffer();
  const times: number[] = [];
  for (let i = 0; i < QUEUE_REQUESTS; i++) {
    const t = performance.now();
    const res = await fetch(baseUrl + path);
    await res.arrayBuffer();
    if (res.status !== 200) throw new Error(`queue answered ${res.status}`);
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 0.5), p95: percentile(times, 0.95) };
}

/** Child mode: only serve the file, so the measured memory is the server's alone. */
async function exportChild(file: string): Promise<void> {
  const handle = openDatabase(file);
  const app = createApp({
    ...createContext({ db: handle.db, clock: fixedClock(`${TODAY}T12:00:00.000Z`), config: testConfig() }),
    webRoot: null,
  });
  const server = app.listen(0, '127.0.0.1');
  await new Promise((r) => server.once('listening', r));
  process.stdout.write(`${(server.address() as AddressInfo).port}\n`);
}

const COMPILED_CHILD = `
import { createApp } from 'DIST/app.js';
import { fixedClock } from 'DIST/clock.js';
import { testConfig } from 'DIST/config.js';
import { createContext } from 'DIST/context.js';
import { openDatabase } from 'DIST/db/connect.js';
const handle = openDatabase(FILE);
const app = createApp({ ...createContext({ db: handle.db, clock: fixedClock('TODAYT12:00:00.000Z'), config: testConfig() }), webRoot: null });
const server = app.listen(0, '127.0.0.1', () => process.stdout.write(server.address().port + '\\n'));
`;

/** The kernel's record of a process's peak resident memory (VmHWM), in MB. */
function peakRssMb(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8')
    .split('\n')
    .find((l) => l.startsWith('VmHWM:'));
  return Number(line?.replace(/\D+/g, '') ?? 0) / 1024;
}

/** Starts the export server in a child process, downloads the whole CSV from here, reads the child's peak RSS. */
export async function runExportChild(
  file: string,
): Promise<{ rows: number; seconds: number; peakRssMb: number; idleRssMb: number }> {
  // Measure the server as `npm start` runs it: compiled JavaScript, not TypeScript through tsx
  // (whose transpiler alone holds ~90 MB). bench/run.ts builds dist/ first.
  const compiled = join(fileURLToPath(new URL('..', import.meta.url)), 'dist/server/src/server');
  const args = existsSync(join(compiled, 'app.js'))
    ? [
        '--input-type=module',
        '-e',
        COMPILED_CHILD.replaceAll('DIST', pathToFileURL(compiled).href)
          .replace('FILE', JSON.stringify(file))
          .replace('TODAY', TODAY),
      ]
    : ['--import', 'tsx', fileURLToPath(import.meta.url), '--export-child', file];
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
  try {
    const port = await new Promise<number>((resolve, reject) => {
      child.stdout.once('data', (d: Buffer) => resolve(Number(d.toString().trim())));
      child.once('exit', (code) => reject(new Error(`export child exited ${code}`)));
    });
    const idleRssMb = peakRssMb(child.pid!);
    const started = performance.now();
    const res = await fetch(`http://127.0.0.1:${port}/api/export/claims.csv`);
    let newlines = 0;
    for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
      const buf = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
      for (let i = buf.indexOf(10); i !== -1; i = buf.indexOf(10, i + 1)) newlines++;
    }
    const seconds = (performance.now() - started) / 1000;
    return { rows: newlines - 1, seconds, peakRssMb: peakRssMb(child.pid!), idleRssMb };
  } finally {
    child.kill();
  }
}

export async function benchReview(): Promise<Record<string, number>> {
  const dir = mkdtempSync(join(tmpdir(), 'tr-review-bench-'));
  const file = join(dir, 'bench.sqlite');
  try {
    const handle = openDatabase(file);
    await migrateToLatest(handle.db);
    const t = performance.now();
    generate(handle.sqlite!);
    const generateSeconds = (performance.now() - t) / 1000;
    handle.sqlite!.pragma('synchronous = FULL');

    const app = createApp({
      ...createContext({ db: handle.db, clock: fixedClock(`${TODAY}T12:00:00.000Z`), config: testConfig() }),
      webRoot: null,
    });
    const server = app.listen(0, '127.0.0.1');
    await new Promise((r) => server.once('listening', r));
    const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const first = (await (await fetch(`${baseUrl}/api/review/queue`)).json()) as {
      counts: { due: number; closingSoon: number };
    };
    const queue = await timeQueue(baseUrl, '/api/review/queue');
    const bySource = await timeQueue(baseUrl, '/api/review/queue?source=source_1');
    const byTag = await timeQueue(baseUrl, '/api/review/queue?tag=chips&kind=BEAR');
    server.close();
    server.closeAllConnections();
    await handle.close();

    // Three exports, each from a fresh server process: the peak RSS of one depends on when its GC ran.
    const exports: Awaited<ReturnType<typeof runExportChild>>[] = [];
    for (let i = 0; i < 3; i++) {
      const run = await runExportChild(file);
      if (run.rows !== CLAIMS) throw new Error(`export wrote ${run.rows} rows, expected ${CLAIMS}`);
      exports.push(run);
    }
    return {
      claims: CLAIMS,
      generateSeconds: round(generateSeconds),
      queueDueCount: first.counts.due,
      queueClosingSoonCount: first.counts.closingSoon,
      queueP50Ms: round(queue.p50),
      queueP95Ms: round(queue.p95),
      queueBySourceP50Ms: round(bySource.p50),
      queueByTagAndKindP50Ms: round(byTag.p50),
      exportCsvRowsPerSecondMedianOf3: Math.round(median(exports.map((e) => e.rows / e.seconds))),
      exportCsvSecondsMedianOf3: round(median(exports.map((e) => e.seconds))),
      exportCsvPeakRssMbMedianOf3: round(median(exports.map((e) => e.peakRssMb))),
      exportCsvPeakRssMbMaxOf3: round(Math.max(...exports.map((e) => e.peakRssMb))),
      exportServerRssBeforeExportMb: round(median(exports.map((e) => e.idleRssMb))),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const round = (n: number) => Math.round(n * 100) / 100;

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const child = process.argv.indexOf('--export-child');
  if (child > 0) await exportChild(process.argv[child + 1]!);
  else console.log(await benchReview());
}
