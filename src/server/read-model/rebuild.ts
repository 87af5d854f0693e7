import { CompiledQuery, type Kysely, SqliteAdapter, sql } from 'kysely';
import { adjustTotals, emptyTotals, type Kind, type ResolvedCall, type ScoreTotals } from '../../scoring/index.js';
import type { Database } from '../db/schema.js';
import { isSqlite, SORT_CACHE_KIB } from '../db/raw-sqlite.js';
import { FACET_COLUMNS, pushTotalsValues } from './facet-totals.js';
import { windowsFor } from './periods.js';
import { queueKey, ALL_CLAIMS } from './snapshot.js';

type Db = Kysely<Database>;

const PAGE = 50_000;

/** Whether the schema has the read model yet (an import can run on a database migrated to an older version). */
export async function hasReadModel(db: Db): Promise<boolean> {
  const tables = await db.introspection.getTables();
  return tables.some((t) => t.name === 'read_model_state');
}

/** Marks the read model as needing a rebuild (an import writes claims without maintaining it). */
export async function markReadModelStale(db: Db): Promise<void> {
  await db.updateTable('read_model_state').set({ stale: 1 }).where('id', '=', 1).execute();
}

export async function readModelStale(db: Db): Promise<boolean> {
  const row = await db.selectFrom('read_model_state').select('stale').where('id', '=', 1).executeTakeFirst();
  return row !== undefined && Number(row.stale) !== 0;
}

/**
 * Builds every read-model table from the claims as they stand, in one transaction: the one
 * definition of those figures apart from the per-write upkeep in maintain.ts, used by migrate
 * (new or stale tables), by import after a replay, and by tests as the recount to compare with.
 * Due counts are rolled to `asOf`. `scoresOnly` (a throwaway replay that only scores are read
 * from, see importEvents) leaves out the review queue's keys, the tag suggestions and the per-kind,
 * per-tag, per-day and period totals (only a board filtered by kind, tag or period reads them).
 */
export async function rebuildReadModel(
  db: Db,
  asOf = new Date().toISOString().slice(0, 10),
  { scoresOnly = false } = {},
): Promise<void> {
  await withSorter(db, () => rebuildIn(db, asOf, scoresOnly));
}

async function rebuildIn(db: Db, asOf: string, scoresOnly: boolean): Promise<void> {
  await db.transaction().execute(async (trx) => {
    for (const t of [
      'open_days',
      'source_due',
      'open_claim_keys',
      'source_facet_totals',
      'period_windows',
      'tag_counts',
    ] as const)
      await trx.deleteFrom(t).execute();
    // The open claims' few columns, read once from the claims table instead of once per statement below.
    await sql`create temp table ${OPEN} as
      select id, kind, "windowEnd", "publicationId" from claims where "resolutionId" is null`.execute(trx);
    await sql`insert into open_days ("windowEnd", "sourceId", n)
      select c."windowEnd", cs."sourceId", count(*) from ${OPEN} c join claim_sources cs on cs."claimId" = c.id
       where cs.role = 'made' group by c."windowEnd", cs."sourceId"`.execute(trx);
    await sql`insert into open_days ("windowEnd", "sourceId", n)
      select "windowEnd", ${ALL_CLAIMS}, count(*) from ${OPEN} group by "windowEnd"`.execute(trx);
    await sql`insert into source_due ("sourceId", "nDue")
      select "sourceId", sum(n) from open_days where "windowEnd" < ${asOf} group by "sourceId"`.execute(trx);
    await trx.updateTable('read_model_state').set({ asOf, stale: 0 }).where('id', '=', 1).execute();
    if (!scoresOnly) await insertQueueKeys(trx);
    await sql`drop table ${OPEN}`.execute(trx);
    if (scoresOnly) return;
    await foldTotals(trx, asOf);
    await sql`insert into tag_counts (tag, claims) select tag, count(*) from claim_tags group by tag`.execute(trx);
  });
}

/**
 * Runs `rebuild` with, on SQLite, the sorter's settings of an index build (SORT_CACHE_KIB,
 * raw-sqlite.ts), since it sorts and groups the claims' keys: under an import's large page cache
 * each statement sorted its rows in one run that outgrew the CPU's caches.
 */
async function withSorter(db: Db, rebuild: () => Promise<void>): Promise<void> {
  if (!(db.getExecutor().adapter instanceof SqliteAdapter)) return rebuild();
  const pragma = async (name: string) =>
    Object.values((await sql.raw(`pragma ${name}`).execute(db)).rows[0] as object)[0] as number;
  const [cache, threads] = [await pragma('cache_size'), await pragma('threads')];
  await sql.raw(`pragma cache_size = -${SORT_CACHE_KIB}`).execute(db);
  await sql.raw('pragma threads = 2').execute(db);
  try {
    await rebuild();
  } finally {
    await sql.raw(`pragma cache_size = ${cache}`).execute(db);
    await sql.raw(`pragma threads = ${threads}`).execute(db);
  }
}

/** The open claims while the read model is rebuilt (a temporary table of the rebuild's connection). */
const OPEN = sql.table('rebuild_open_claims');

/**
 * Queue keys of every unresolved claim, spelled as queueKey spells them (checked in the tests). On
 * SQLite the table is its key's b-tree: one statement per kind of key, each sorted by that key and
 * run in the order of their prefixes, so every row is appended to the b-tree and each sort is a
 * sixth of one sort of all the keys. On PostgreSQL rows sit in the table's pages in the order they
 * are inserted, and a resolution deletes all of one claim's rows: one statement in claim order
 * keeps them on one page (as a live write leaves them), where key order spread them over a page
 * per key, each logged whole by the first change after a checkpoint.
 */
async function insertQueueKeys(trx: Db): Promise<void> {
  const bySource = sql`from ${OPEN} c join claim_sources cs on cs."claimId" = c.id`;
  const byTag = sql`from ${OPEN} c join claim_tags ct on ct."claimId" = c.id`;
  const keys = [
    {
      prefix: queueKey.kind(''),
      select: sql`select ${queueKey.kind('')} || c.kind, c."windowEnd", c.id from ${OPEN} c`,
    },
    {
      prefix: queueKey.publication(''),
      select: sql`select ${queueKey.publication('')} || c."publicationId", c."windowEnd", c.id from ${OPEN} c where c."publicationId" is not null`,
    },
    {
      prefix: queueKey.source(''),
      select: sql`select ${queueKey.source('')} || cs."sourceId", c."windowEnd", c.id ${bySource}`,
    },
    { prefix: 'sk:', select: sql`select 'sk:' || c.kind || ':' || cs."sourceId", c."windowEnd", c.id ${bySource}` },
    { prefix: queueKey.tag(''), select: sql`select ${queueKey.tag('')} || ct.tag, c."windowEnd", c.id ${byTag}` },
    { prefix: 'tk:', select: sql`select 'tk:' || c.kind || ':' || ct.tag, c."windowEnd", c.id ${byTag}` },
  ].sort((a, b) => (a.prefix < b.prefix ? -1 : 1));
  const insert = sql`insert into open_claim_keys (key, "windowEnd", "claimId")`;
  if (!isSqlite(trx)) {
    const all = sql.join(
      keys.map((k) => k.select),
      sql` union all `,
    );
    await sql`${insert} ${all} order by 2, 3`.execute(trx);
    return;
  }
  for (const { select } of keys) await sql`${insert} ${select} order by 1, 2, 3`.execute(trx);
}

interface MadeRow {
  id: string;
  sourceId: string;
  kind: string;
  probability: number | null;
  outcome: string;
  credit: number | null;
  resolvedAt: string | null;
}

/**
 * Per-kind, per-tag and per-day totals, and each period's window totals as rolled for reads on
 * `asOf` (with the windows in period_windows), folded from the resolved claims a page of claims at a time: each
 * page is a range of claim ids found through the primary key, so no page sorts the whole table.
 * A page's tags come in a query of their own (a subquery per claim that builds a list cost more).
 */
async function foldTotals(trx: Db, asOf: string): Promise<void> {
  const byKind = new Map<string, ScoreTotals>();
  const byTag = new Map<string, ScoreTotals>();
  const byDay = new Map<string, ScoreTotals>();
  const byPeriod = new Map<string, ScoreTotals>();
  const windows = windowsFor(asOf);
  const fold = (m: Map<string, ScoreTotals>, key: string, call: ResolvedCall) => {
    let totals = m.get(key);
    if (!totals) m.set(key, (totals = emptyTotals()));
    adjustTotals(totals, call, 1);
  };
  const resolved = sql`c."resolutionId" is not null`;
  for (let after = ''; ;) {
    const end = await sql<{ id: string }>`select c.id from claims c where ${resolved} and c.id > ${after}
      order by c.id limit 1 offset ${PAGE - 1}`.execute(trx);
    const last = end.rows[0]?.id;
    const page = sql`${resolved} and c.id > ${after} ${last === undefined ? sql`` : sql`and c.id <= ${last}`}`;
    const tagRows = await sql<{ claimId: string; tag: string }>`
      select ct."claimId", ct.tag from claims c join claim_tags ct on ct."claimId" = c.id where ${page}`.execute(trx);
    const tags = new Map<string, string[]>();
    for (const { claimId, tag } of tagRows.rows) {
      const list = tags.get(claimId);
      if (list) list.push(tag);
      else tags.set(claimId, [tag]);
    }
    const { rows } = await sql<MadeRow>`
      select c.id, cs."sourceId", c.kind, c.probability, c.outcome, c.credit, c."resolvedAt"
        from claims c join claim_sources cs on cs."claimId" = c.id
       where ${page} and cs.role = 'made'`.execute(trx);
    for (const r of rows) {
      const call: ResolvedCall = {
        kind: r.kind as Kind,
        probability: r.probability,
        outcome: r.outcome === 'void' ? null : r.credit,
        ...(r.resolvedAt ? { resolvedOn: r.resolvedAt.slice(0, 10) } : {}),
      };
      fold(byKind, `${r.sourceId}\u0000${r.kind}`, call);
      for (const tag of tags.get(r.id) ?? []) fold(byTag, `${r.sourceId}\u0000${tag}`, call);
      const day = call.resolvedOn;
      if (!day) continue;
      fold(byDay, `${r.sourceId}\u0000${day}`, call);
      for (const w of windows)
        if (day >= w.since && day <= w.asOf) fold(byPeriod, `${r.sourceId}\u0000${w.period}`, call);
    }
    if (last === undefined) break;
    after = last;
  }
  await insertTotals(trx, 'kind', byKind);
  await insertTotals(trx, 'tag', byTag);
  await insertTotals(trx, 'day', byDay);
  await insertTotals(trx, 'period', byPeriod);
  await trx.insertInto('period_windows').values(windows).execute();
}

const TOTALS_COLUMNS = ['facet', 'value', 'sourceId', ...FACET_COLUMNS];
/** Rows per insert: within SQLite's 32,766 bound variables. */
const TOTALS_ROWS_PER_INSERT = Math.floor(32_000 / TOTALS_COLUMNS.length);

/**
 * Inserts the folded totals as flat values in statements written out here: Kysely's query
 * builder spends more on tens of thousands of 45-column rows than the database does.
 */
async function insertTotals(
  trx: Db,
  facet: 'kind' | 'tag' | 'day' | 'period',
  m: Map<string, ScoreTotals>,
): Promise<void> {
  const sqlite = trx.getExecutor().adapter instanceof SqliteAdapter;
  const columns = TOTALS_COLUMNS.map((c) => `"${c}"`).join(', ');
  let values: unknown[] = [];
  const flush = async () => {
    const rows = values.length / TOTALS_COLUMNS.length;
    let n = 0;
    const row = () => `(${TOTALS_COLUMNS.map(() => (sqlite ? '?' : `$${++n}`)).join(', ')})`;
    const text = `insert into source_facet_totals (${columns}) values ${Array.from({ length: rows }, row).join(', ')}`;
    await trx.executeQuery(CompiledQuery.raw(text, values));
    values = [];
  };
  for (const [k, totals] of m) {
    const split = k.indexOf('\u0000');
    values.push(facet, k.slice(split + 1), k.slice(0, split));
    pushTotalsValues(totals, values);
    if (values.length >= TOTALS_ROWS_PER_INSERT * TOTALS_COLUMNS.length) await flush();
  }
  if (values.length > 0) await flush();
}
