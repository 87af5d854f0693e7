// Leaderboard at scale (issues 5, 27) on one engine's bench dataset (dataset.ts): the first
// request after a write (nothing cached for the new head), the write itself (and, beside it, the
// least any write costs on the same database: writeFloorMs), and the hot endpoint
// against a bare route sending the same bytes. The request log's cost (issue 28) on SQLite.
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Kysely, sql } from 'kysely';
import { createApp } from '../src/server/app.js';
import { resolveClaim } from '../src/server/claims/service.js';
import { fixedClock } from '../src/server/clock.js';
import { testConfig } from '../src/server/config.js';
import { createContext } from '../src/server/context.js';
import type { Engine } from '../src/server/db/connect.js';
import type { Database } from '../src/server/db/schema.js';
import { benchDataset, TODAY } from './dataset.js';
import { benchRequestLog } from './request-log.js';
import { median } from './support.js';

// Writes timed after as many untimed ones: a server answers most writes with its code warm, and the
// first writes of a process (the JIT still cold) are reported apart as writeFirstMs.
const WRITES = 20;

/**
 * The least any write costs on this database: a transaction inserting one small row into a table of
 * its own and committing, through the same Kysely instance, connection or pool, and durability
 * settings as the ledger's write (writeFloorMs), so the figures tell the disk's commit from the write.
 */
async function floorWrite(db: Kysely<Database>, n: number): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await sql`insert into bench_write_floor (n, at) values (${n}, ${TODAY})`.execute(trx);
  });
}

export async function throughput(url: string, seconds: number, concurrency = 16, headers: Record<string, string> = {}) {
  let count = 0;
  const until = Date.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (Date.now() < until) {
        const res = await fetch(url, { headers });
        await res.arrayBuffer();
        count += 1;
      }
    }),
  );
  return count / seconds;
}

export async function benchLeaderboard(options: { engine: Engine }): Promise<Record<string, number>> {
  const data = await benchDataset(options.engine);
  const handle = data.handle;
  const clock = fixedClock(`${TODAY}T12:00:00.000Z`);
  // Counts the statements the app runs (begin and commit aside): exact where timings are noisy.
  let statements = 0;
  const db = handle.db.withPlugin({
    transformQuery: ({ node }) => ((statements += 1), node),
    transformResult: ({ result }) => Promise.resolve(result),
  });
  const ctx = createContext({ db, clock, config: testConfig(), pool: handle.pool });
  const app = createApp({ ...ctx, webRoot: null });
  const server = app.listen(0, '127.0.0.1');
  await new Promise((r) => server.once('listening', r));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const url = `${base}/api/leaderboard?limit=50`;
  // A period-filtered board (issue 27): read from maintained window rows; after a write only the
  // sources the write changed are read again.
  const periodUrl = `${base}/api/leaderboard?limit=50&period=12m`;
  const out: Record<string, number> = { datasetSetupS: data.seconds };
  try {
    let t0 = performance.now();
    await (await fetch(url)).arrayBuffer();
    out.firstColdMs = performance.now() - t0;
    t0 = performance.now();
    await (await fetch(periodUrl)).arrayBuffer();
    out.firstCold12mMs = performance.now() - t0;

    // Each write moves the head; the next request computes and serialises the board again.
    const { rows: due } = await sql<{ id: string }>`
      select id from claims where "resolutionId" is null and "windowEnd" < ${TODAY} order by id limit ${2 * WRITES}`.execute(
      handle.db,
    );
    await sql`create table if not exists bench_write_floor (n integer primary key, at text not null)`.execute(
      handle.db,
    );
    await sql`delete from bench_write_floor`.execute(handle.db);
    const writes: number[] = [];
    const floors: number[] = [];
    const writesFirst: number[] = [];
    const firsts: number[] = [];
    const firsts12m: number[] = [];
    const writeStatements: number[] = [];
    const firstStatements: number[] = [];
    for (const [i, { id }] of due.entries()) {
      statements = 0;
      t0 = performance.now();
      await resolveClaim(ctx, 'bench', id, {
        outcome: 'true',
        evidence: ['https://example.com/e'],
        note: '',
        early: false,
        credit: null,
        voidReason: null,
        supersedes: null,
        reason: null,
      });
      (i < WRITES ? writesFirst : writes).push(performance.now() - t0);
      writeStatements.push(statements);
      t0 = performance.now();
      await floorWrite(db, i);
      if (i >= WRITES) floors.push(performance.now() - t0);
      statements = 0;
      t0 = performance.now();
      await (await fetch(url, { headers: { 'accept-encoding': 'br, gzip' } })).arrayBuffer();
      firsts.push(performance.now() - t0);
      firstStatements.push(statements);
      t0 = performance.now();
      await (await fetch(periodUrl, { headers: { 'accept-encoding': 'br, gzip' } })).arrayBuffer();
      firsts12m.push(performance.now() - t0);
    }
    out.firstAfterWriteMs = median(firsts);
    out.firstAfterWriteMaxMs = Math.max(...firsts);
    out.firstAfterWrite12mMs = median(firsts12m);
    out.writeMs = median(writes);
    out.writeFloorMs = median(floors);
    await sql`drop table bench_write_floor`.execute(handle.db);
    out.writeFirstMs = median(writesFirst);
    out.writeStatements = median(writeStatements);
    out.firstAfterWriteStatements = median(firstStatements);

    // The bare route sends the same bytes, encoded the same way.
    const body = Buffer.from(await (await fetch(url)).arrayBuffer());
    app.get('/bare', (_req, res) => res.type('json').send(body));
    const plain = { 'accept-encoding': 'identity' };
    await throughput(`${base}/bare`, 1, 16, plain);
    await throughput(url, 1, 16, plain);
    const lb: number[] = [];
    const bare: number[] = [];
    // Six one-second rounds, each pair in the other order from the last (as request-log.ts): with
    // the bare route always first, the board always ran after its garbage and the load's next swing.
    for (let i = 0; i < 6; i++) {
      const bareFirst = i % 2 === 0;
      if (bareFirst) bare.push(await throughput(`${base}/bare`, 1, 16, plain));
      lb.push(await throughput(url, 1, 16, plain));
      if (!bareFirst) bare.push(await throughput(`${base}/bare`, 1, 16, plain));
    }
    out.hotReqPerS = median(lb);
    out.bareReqPerS = median(bare);
    out.hotVsBare = median(lb) / median(bare);

    // The next day: the 12-month window moves by a day, and its first board reads the days that moved.
    clock.advance(86_400_000);
    t0 = performance.now();
    await (await fetch(periodUrl)).arrayBuffer();
    out.firstNewDay12mMs = performance.now() - t0;
  } finally {
    server.close();
    server.closeAllConnections();
  }
  if (options.engine === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'tr-bench-log-'));
    try {
      Object.assign(out, await benchRequestLog(handle, clock, dir));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  return out;
}
