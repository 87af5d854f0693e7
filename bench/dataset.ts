// One bench dataset per engine, built once per `npm run bench` and shared by the leaderboard,
// review, web and scoring benches: 5,000 sources and 1,000,000 claims (BENCH_CLAIMS to shrink
// it for a smoke run). Bulk-inserted straight into the tables (bench setup only, not a product
// path), with source totals folded by src/scoring and the read model built by the same rebuild
// migrate and import use.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addCall, emptyTotals, type Kind, type ScoreTotals } from '../src/scoring/index.js';
import { openDatabase, type DatabaseHandle, type Engine } from '../src/server/db/connect.js';
import { migrateToLatest } from '../src/server/ledger/migrate.js';
import { rebuildReadModel } from '../src/server/read-model/rebuild.js';
import { mulberry32 } from '../src/server/prng.js';
import { createScratchPostgres } from '../test/support/postgres.js';

export const CLAIMS = Number(process.env.BENCH_CLAIMS ?? 1_000_000);
export const SOURCES = Number(process.env.BENCH_SOURCES ?? 5_000);
export const PUBLICATIONS = 2_000;
/** The benches' clock: windows end over 2023..2028, so some are due, some close soon, most are resolved. */
export const TODAY = '2026-03-01';
export const TAGS = ['ai', 'macro', 'chips', 'energy'];
const KINDS: Kind[] = ['BULL', 'BEAR', 'WATCH', 'CLAIM'];

export const POSTGRES_BASE =
  process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

export const idOf = (prefix: string, i: number) => `00000000-0000-7000-${prefix}-${i.toString(16).padStart(12, '0')}`;
export const sourceId = (s: number) => idOf('a000', s);
const dayOf = (base: number, offset: number) => new Date(base + offset * 86_400_000).toISOString().slice(0, 10);

export interface Dataset {
  engine: Engine;
  /** What openDatabase and DATABASE_URL take: a SQLite file or a PostgreSQL URL. */
  url: string;
  handle: DatabaseHandle;
  seconds: number;
}

const CLAIM_COLUMNS = [
  'id',
  'publicationId',
  'kind',
  'statement',
  'publishedStatement',
  'windowStart',
  'windowEnd',
  'windowStated',
  'probability',
  'createdAt',
  'createdBy',
  'resolutionId',
  'outcome',
  'credit',
  'resolvedAt',
] as const;
const RESOLUTION_COLUMNS = ['id', 'claimId', 'outcome', 'credit', 'evidence', 'note', 'early', 'reviewer', 'createdAt'];

type Row = (string | number | null)[];

/** Tables in insert order, each with its columns and rows, generated deterministically. */
function* generate(): Generator<{ table: string; columns: readonly string[]; row: Row }> {
  const random = mulberry32(20261125);
  const at = '2026-01-01T00:00:00.000Z';
  for (let s = 0; s < SOURCES; s++)
    yield {
      table: 'sources',
      columns: ['id', 'handle', 'displayName', 'kind', 'createdAt', 'updatedAt'],
      row: [sourceId(s), `source_${s}`, `Source ${s}`, 'person', at, at],
    };
  for (let p = 0; p < PUBLICATIONS; p++)
    yield {
      table: 'publications',
      columns: ['id', 'title', 'publishedOn', 'text', 'sha256', 'createdAt', 'createdBy'],
      row: [idOf('b000', p), `Issue ${p}`, '2025-01-01', `Issue ${p}`, `sha-${p}`, at, 'bench'],
    };
  const base = Date.parse('2023-01-01T12:00:00Z');
  const span = 6 * 365;
  const todayMs = Date.parse(`${TODAY}T12:00:00Z`);
  for (let i = 0; i < CLAIMS; i++) {
    const offset = Math.floor(random() * span);
    const windowEnd = dayOf(base, offset);
    const resolved = base + offset * 86_400_000 < todayMs && random() < 0.95;
    const id = idOf('8000', i);
    const resolutionId = resolved ? idOf('9000', i) : null;
    const r = random();
    const outcome = resolved ? (r < 0.45 ? 'true' : r < 0.85 ? 'false' : r < 0.93 ? 'partial' : 'void') : null;
    const credit = outcome === 'true' ? 1 : outcome === 'false' ? 0 : outcome === 'partial' ? 0.5 : null;
    const resolvedAt = resolved ? `${windowEnd}T18:00:00.000Z` : null;
    const probability = random() < 0.3 ? Math.round(random() * 100) / 100 : null;
    const source = Math.floor(SOURCES * random() ** 2);
    const publication = i % 2 === 0 ? idOf('b000', Math.floor(random() * PUBLICATIONS)) : null;
    yield {
      table: 'claims',
      columns: CLAIM_COLUMNS,
      row: [
        id,
        publication,
        KINDS[i % 4]!,
        `Bench claim ${i} will happen`,
        `Bench claim ${i} will happen`,
        dayOf(base, offset - 90),
        windowEnd,
        1,
        probability,
        at,
        'bench',
        resolutionId,
        outcome,
        credit,
        resolvedAt,
      ],
    };
    yield { table: 'claim_sources', columns: ['claimId', 'sourceId', 'role'], row: [id, sourceId(source), 'made'] };
    if (i % 3 === 0) yield { table: 'claim_tags', columns: ['claimId', 'tag'], row: [id, TAGS[i % 4]!] };
    if (resolutionId)
      yield {
        table: 'resolutions',
        columns: RESOLUTION_COLUMNS,
        row: [
          resolutionId,
          id,
          outcome,
          outcome === 'partial' ? 0.5 : null,
          '["https://example.com/e"]',
          '',
          0,
          'bench',
          resolvedAt,
        ],
      };
    yield {
      table: 'stats',
      columns: [],
      row: [source, KINDS[i % 4]!, probability, resolved ? (outcome === 'void' ? null : credit) : -1, windowEnd],
    };
  }
}

/** Writes the generated rows: prepared statements on SQLite, unnest batches on PostgreSQL. */
async function insertAll(handle: DatabaseHandle): Promise<void> {
  const totals: ScoreTotals[] = Array.from({ length: SOURCES }, () => emptyTotals());
  const open = new Array<number>(SOURCES).fill(0);
  const resolvedN = new Array<number>(SOURCES).fill(0);
  const tally = (row: Row) => {
    const [s, kind, probability, credit, windowEnd] = row as [number, Kind, number | null, number | null, string];
    if (credit === -1) open[s]! += 1;
    else {
      resolvedN[s]! += 1;
      totals[s] = addCall(totals[s]!, { kind, probability, outcome: credit, resolvedOn: windowEnd });
    }
  };
  const statsRows = () => totals.map((t, s): Row => [sourceId(s), JSON.stringify(t), open[s]!, resolvedN[s]!]);
  const statsColumns = ['sourceId', 'totals', 'nOpen', 'nResolved'];
  const q = (c: string) => `"${c}"`;
  if (handle.sqlite) {
    const db = handle.sqlite;
    db.pragma('synchronous = OFF');
    const statements = new Map<string, ReturnType<typeof db.prepare>>();
    const insert = (table: string, columns: readonly string[], row: Row) => {
      let st = statements.get(table);
      if (!st)
        statements.set(
          table,
          (st = db.prepare(
            `insert into ${table} (${columns.map(q).join(', ')}) values (${columns.map(() => '?').join(', ')})`,
          )),
        );
      st.run(row);
    };
    db.transaction(() => {
      for (const { table, columns, row } of generate()) {
        if (table === 'stats') tally(row);
        else insert(table, columns, row);
      }
      for (const row of statsRows()) insert('source_stats', statsColumns, row);
    })();
    db.pragma('synchronous = FULL');
    db.pragma('analyze');
    db.pragma('wal_checkpoint(TRUNCATE)');
    return;
  }
  const pool = handle.pool!;
  const types = new Map<string, string>([
    ['probability', 'float8'],
    ['credit', 'float8'],
    ['windowStated', 'int4'],
    ['early', 'int4'],
    ['nOpen', 'int4'],
    ['nResolved', 'int4'],
  ]);
  const batches = new Map<string, { columns: readonly string[]; rows: Row[] }>();
  const flush = async (table: string) => {
    const b = batches.get(table);
    if (!b || b.rows.length === 0) return;
    const arrays = b.columns.map((_, c) => b.rows.map((r) => r[c]));
    const casts = b.columns.map((c, i) => `$${i + 1}::${types.get(c) ?? 'text'}[]`);
    await pool.query(
      `insert into ${table} (${b.columns.map(q).join(', ')}) select * from unnest(${casts.join(', ')})`,
      arrays,
    );
    b.rows = [];
  };
  const order = ['sources', 'publications', 'claims', 'claim_sources', 'claim_tags', 'resolutions'];
  for (const { table, columns, row } of generate()) {
    if (table === 'stats') {
      tally(row);
      continue;
    }
    let b = batches.get(table);
    if (!b) batches.set(table, (b = { columns, rows: [] }));
    b.rows.push(row);
    // Parents first: a claim batch flushes what it references before it.
    if (b.rows.length >= 10_000) for (const t of order.slice(0, order.indexOf(table) + 1)) await flush(t);
  }
  for (const t of order) await flush(t);
  batches.set('source_stats', { columns: statsColumns, rows: statsRows() });
  await flush('source_stats');
  await pool.query('analyze');
}

const datasets = new Map<Engine, Promise<Dataset>>();
const cleanups: (() => Promise<void>)[] = [];

/** The populated database of an engine (built on first use, shared by later benches). */
export function benchDataset(engine: Engine): Promise<Dataset> {
  let d = datasets.get(engine);
  if (!d) datasets.set(engine, (d = build(engine)));
  return d;
}

async function build(engine: Engine): Promise<Dataset> {
  const started = performance.now();
  let url: string;
  if (engine === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'tr-bench-'));
    url = join(dir, 'bench.sqlite');
    cleanups.push(() => Promise.resolve(rmSync(dir, { recursive: true, force: true })));
  } else {
    const scratch = await createScratchPostgres(POSTGRES_BASE, 'tr_bench');
    url = scratch.url;
    cleanups.push(() => scratch.drop());
  }
  const handle = openDatabase(url);
  cleanups.unshift(() => handle.close());
  await migrateToLatest(handle.db);
  await insertAll(handle);
  await rebuildReadModel(handle.db, TODAY);
  // As autovacuum leaves tables soon after a bulk load: statistics, and the visibility map that
  // lets an index-only scan skip the table.
  if (handle.pool) await handle.pool.query('vacuum analyze');
  return { engine, url, handle, seconds: (performance.now() - started) / 1000 };
}

/** Closes and removes every dataset built (run.ts calls it last). */
export async function closeDatasets(): Promise<void> {
  for (const c of cleanups.splice(0)) await c().catch(() => undefined);
  datasets.clear();
}
