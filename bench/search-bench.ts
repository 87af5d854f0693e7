// Search at scale (issue 26): p50 of /api/search's work at 1,000,000 claims on SQLite and, when
// BENCH_DATABASE_URL or TEST_DATABASE_URL names a PostgreSQL server, on PostgreSQL. Rows are
// inserted straight into the tables (bench setup only); the search index fills through its
// triggers exactly as it does for the ledger. SEARCH_BENCH_CLAIMS sets a smaller size for a smoke run.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { createScratchPostgres } from '../test/support/postgres.js';
import { fixedClock } from '../src/server/clock.js';
import { testConfig } from '../src/server/config.js';
import { createContext } from '../src/server/context.js';
import { openDatabase, type DatabaseHandle } from '../src/server/db/connect.js';
import { migrateToLatest } from '../src/server/ledger/migrate.js';
import { mulberry32 } from '../src/server/prng.js';
import { search } from '../src/server/search/service.js';
import { median } from './support.js';

const SUBJECTS = [
  'GPU',
  'HBM',
  'lithium',
  'copper',
  'the Fed',
  'OpenAI',
  'Nvidia',
  'TSMC',
  'Tesla',
  'Apple',
  'solar',
  'uranium',
  'bitcoin',
  'the euro',
  'Brent crude',
  'home prices',
  'rents',
  'wheat',
  'shipping rates',
  'cloud capex',
  'inference prices',
  'token demand',
  'battery installs',
  'EV sales',
  'chip exports',
  'the yen',
  'gold',
  'Treasury yields',
  'jobless claims',
  'open-weights models',
];
const VERBS = [
  'will rise',
  'will fall',
  'stays flat',
  'doubles',
  'halves',
  'beats estimates',
  'misses guidance',
  'sets a record',
  'peaks',
  'bottoms out',
  'outpaces',
  'lags',
];
const WHEN = [
  'by year end',
  'in H2',
  'through 2027',
  'within six months',
  'before the election',
  'next quarter',
  'by Q3',
  'this winter',
];
const EXTRA = [
  'in Europe',
  'in Texas',
  'in China',
  'for hyperscalers',
  'on supply constraints',
  'after the merger',
  'as demand cools',
  'despite tariffs',
  'amid a shortage',
  'for enterprise buyers',
];

/** Each source's calls name a few rare words too (product and place names), as real ones do. */
const RARE = Array.from({ length: 20_000 }, (_, i) => `zeta${i.toString(36)}`);

function statement(rand: () => number, i: number): string {
  const pick = <T>(xs: T[]) => xs[Math.floor(rand() ** 1.6 * xs.length)]!;
  return `${pick(SUBJECTS)} ${pick(VERBS)} ${pick(EXTRA)} ${pick(WHEN)}, says ${RARE[i % RARE.length]!}.`;
}

async function populate(h: DatabaseHandle, claims: number, sources: number): Promise<void> {
  await migrateToLatest(h.db);
  const rand = mulberry32(26);
  const at = '2026-01-01T00:00:00.000Z';
  const BATCH = 500;
  const sourceRows = Array.from({ length: sources }, (_, s) => ({
    id: `s${s}`,
    handle: `source_${s}`,
    displayName: `Source ${s} ${SUBJECTS[s % SUBJECTS.length]!} desk`,
    kind: 'person',
    url: null,
    createdAt: at,
    updatedAt: at,
  }));
  for (let i = 0; i < sourceRows.length; i += BATCH)
    await h.db
      .insertInto('sources')
      .values(sourceRows.slice(i, i + BATCH))
      .execute();
  await h.db.insertInto('source_aliases').values({ alias: 'voltagazette', sourceId: 's7' }).execute();
  for (let i = 0; i < claims; i += BATCH) {
    const rows = [];
    for (let j = i; j < Math.min(claims, i + BATCH); j++) {
      const text = statement(rand, j);
      rows.push({
        id: `c${String(j).padStart(8, '0')}`,
        publicationId: null,
        kind: 'CLAIM',
        statement: text,
        publishedStatement: text,
        quote: rand() < 0.3 ? `I really think ${text.toLowerCase()}` : null,
        windowEnd: '2026-06-30',
        windowStated: 1,
        createdAt: at,
        createdBy: 'bench',
      });
    }
    await h.db.insertInto('claims').values(rows).execute();
  }
  if (h.sqlite) h.sqlite.pragma('optimize');
  else await sql`vacuum analyze`.execute(h.db);
}

/** A reader's queries: common and rare words, two-word phrases, a handle prefix, an alias. */
const QUERIES = [
  'lithium',
  'copper record',
  'nvidia',
  'zeta1a',
  'source_42',
  'voltagaz',
  'Brent crude',
  'fed',
  'uranium texas',
  'rents peak',
  'zeta9z',
  'hyperscalers',
  'open weights',
  'shipping',
  'yen',
];

async function time(h: DatabaseHandle, rounds: number): Promise<{ p50: number; p90: number; worst: string }> {
  const ctx = createContext({ db: h.db, clock: fixedClock('2026-03-01T12:00:00.000Z'), config: testConfig() });
  for (const q of QUERIES) await search(ctx, { q, limit: 5 }); // warm the cache
  const all: number[] = [];
  const per = new Map<string, number[]>();
  for (let r = 0; r < rounds; r++)
    for (const q of QUERIES) {
      const t = performance.now();
      await search(ctx, { q, limit: 5 });
      const ms = performance.now() - t;
      all.push(ms);
      per.set(q, [...(per.get(q) ?? []), ms]);
    }
  const sorted = [...all].sort((a, b) => a - b);
  const worst = [...per].map(([q, xs]) => [q, median(xs)] as const).sort((a, b) => b[1] - a[1])[0]!;
  return {
    p50: median(all),
    p90: sorted[Math.floor(sorted.length * 0.9)]!,
    worst: `${worst[0]} ${worst[1].toFixed(1)} ms`,
  };
}

/** Populates one engine's database and times the queries on it, into `out` under `engine`'s prefix. */
async function measure(
  h: DatabaseHandle,
  engine: 'sqlite' | 'postgres',
  claims: number,
  sources: number,
  out: Record<string, number | string>,
): Promise<void> {
  const t = performance.now();
  await populate(h, claims, sources);
  out[`${engine}_populate_s`] = (performance.now() - t) / 1000;
  const r = await time(h, 10);
  out[`${engine}_search_p50_ms`] = r.p50;
  out[`${engine}_search_p90_ms`] = r.p90;
  out[`${engine}_slowest_query_median`] = r.worst;
}

export async function benchSearch(): Promise<Record<string, number | string>> {
  const claims = Number(process.env.SEARCH_BENCH_CLAIMS ?? 1_000_000);
  const sources = Math.max(100, Math.round(claims / 200));
  const out: Record<string, number | string> = { claims };
  const dir = mkdtempSync(join(tmpdir(), 'tr-bench-search-'));
  const lite = openDatabase(join(dir, 'search.sqlite'));
  try {
    await measure(lite, 'sqlite', claims, sources, out);
  } finally {
    await lite.close();
    rmSync(dir, { recursive: true, force: true });
  }
  const base = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  if (base?.startsWith('postgres')) {
    const scratch = await createScratchPostgres(base, 'tr_bench_search');
    const pg = openDatabase(scratch.url);
    try {
      await measure(pg, 'postgres', claims, sources, out);
    } finally {
      await pg.close();
      await scratch.drop();
    }
  }
  return out;
}
