/**
 * Reviewers' workflow at scale (issues "reviewers' workflow", 27): the queue's latency under each
 * filter on one engine's bench dataset (dataset.ts), and on SQLite the CSV export's throughput and
 * peak memory.
 * Run alone: `npx tsx bench/review-bench.ts`.
 */
import type { Engine } from '../src/server/db/connect.js';
import { benchDataset, CLAIMS, closeDatasets, idOf, TODAY } from './dataset.js';
import { median } from './support.js';
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createApp } from '../src/server/app.js';
import { fixedClock } from '../src/server/clock.js';
import { testConfig } from '../src/server/config.js';
import { createContext } from '../src/server/context.js';
import { openDatabase } from '../src/server/db/connect.js';

const QUEUE_REQUESTS = 200;

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

/**
 * The queue's filters, each as the reviewers' page sends it, each matching claims: dataset.ts tags
 * claim i with TAGS[i % 4] and gives it KINDS[i % 4], so every "chips" claim is a WATCH.
 */
export function queueFilters(): Record<string, string> {
  const publication = idOf('b000', 7);
  return {
    none: '',
    source: '?source=source_1',
    tag: '?tag=chips',
    kind: '?kind=BEAR',
    publication: `?publication=${publication}`,
    'tag+kind': '?tag=chips&kind=WATCH',
    'source+kind': '?source=source_1&kind=BEAR',
  };
}

export async function benchReview(
  options: { engine: Engine } = { engine: 'sqlite' },
): Promise<Record<string, unknown>> {
  const data = await benchDataset(options.engine);
  const app = createApp({
    ...createContext({
      db: data.handle.db,
      clock: fixedClock(`${TODAY}T12:00:00.000Z`),
      config: testConfig(),
      pool: data.handle.pool,
    }),
    webRoot: null,
  });
  const server = app.listen(0, '127.0.0.1');
  await new Promise((r) => server.once('listening', r));
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const p50: Record<string, number> = {};
  const p95: Record<string, number> = {};
  let first: { counts: { due: number; closingSoon: number } };
  try {
    first = (await (await fetch(`${baseUrl}/api/review/queue`)).json()) as typeof first;
    for (const [name, query] of Object.entries(queueFilters())) {
      const t = await timeQueue(baseUrl, `/api/review/queue${query}`);
      p50[name] = round(t.p50);
      p95[name] = round(t.p95);
    }
  } finally {
    server.close();
    server.closeAllConnections();
  }
  const out: Record<string, unknown> = {
    claims: CLAIMS,
    queueDueCount: first.counts.due,
    queueClosingSoonCount: first.counts.closingSoon,
    queueP50Ms: p50,
    queueP95Ms: p95,
  };
  if (options.engine !== 'sqlite') return out;
  // Three exports, each from a fresh server process: the peak RSS of one depends on when its GC ran.
  const exports: Awaited<ReturnType<typeof runExportChild>>[] = [];
  for (let i = 0; i < 3; i++) {
    const run = await runExportChild(data.url);
    if (run.rows !== CLAIMS) throw new Error(`export wrote ${run.rows} rows, expected ${CLAIMS}`);
    exports.push(run);
  }
  return {
    ...out,
    exportCsvRowsPerSecondMedianOf3: Math.round(median(exports.map((e) => e.rows / e.seconds))),
    exportCsvSecondsMedianOf3: round(median(exports.map((e) => e.seconds))),
    exportCsvPeakRssMbMedianOf3: round(median(exports.map((e) => e.peakRssMb))),
    exportCsvPeakRssMbMaxOf3: round(Math.max(...exports.map((e) => e.peakRssMb))),
    exportServerRssBeforeExportMb: round(median(exports.map((e) => e.idleRssMb))),
  };
}

const round = (n: number) => Math.round(n * 100) / 100;

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const child = process.argv.indexOf('--export-child');
  if (child > 0) await exportChild(process.argv[child + 1]!);
  else {
    console.log(await benchReview());
    await closeDatasets();
  }
}
