import type SqliteDatabase from 'better-sqlite3';
import { type Kysely, type RawBuilder, sql } from 'kysely';
import type { Database } from '../../db/schema.js';
import { type Row, tableInfo } from '../../ledger/apply.js';
import type { RecordedEvent } from '../../ledger/events.js';
import { type LiveSource, partitionSql, type PartitionResult, verifyPartition } from './verify-partition.js';

/** Where verify reads the live ledger from: a raw SQLite connection, or Kysely a page at a time. */

const PAGE = 5000;

/** The ledger head, read on a raw connection (inside the snapshot's transaction). */
export function readHead(db: SqliteDatabase.Database): { seq: number; hash: string } {
  const h = db.prepare('SELECT seq, hash FROM ledger_head WHERE id = 1').get() as { seq: number; hash: string };
  return { seq: Number(h.seq), hash: h.hash };
}

/** Partition `index` of `of` on a connection inside the snapshot's read transaction: table rows as arrays, much cheaper than objects. */
export function verifyPartitionSqlite(
  db: SqliteDatabase.Database,
  index: number,
  of: number,
): Promise<PartitionResult> {
  // Each partition checks the links of one stretch of the chain; of the rest it reads only its own claims' events.
  const head = readHead(db).seq;
  const links = {
    from: Math.floor((index * head) / of) + 1,
    to: index === of - 1 ? Infinity : Math.floor(((index + 1) * head) / of),
  };
  const mine = of === 1 ? '1' : `entity <> 'claim' OR ${partitionSql('entityId', of)} = ${index}`;
  // The first event after the window comes too: it names a gap that ends the window early.
  const window =
    links.to === Infinity
      ? `seq >= ${links.from - 1}`
      : `seq BETWEEN ${links.from - 1} AND coalesce((SELECT min(seq) FROM events WHERE seq > ${links.to}), ${links.to})`;
  const events = db
    .prepare(
      `SELECT seq, at, actor, type, entity, "entityId", CASE WHEN ${mine} THEN payload END AS payload, "prevHash", hash FROM events WHERE ${mine} OR ${window} ORDER BY seq`,
    )
    .iterate() as IterableIterator<RecordedEvent>;
  const source: LiveSource = {
    events: [events],
    table: (table) => {
      const column = tableInfo(table).claimColumn;
      const where = column && of > 1 ? ` WHERE ${partitionSql(column, of)} = ${index}` : '';
      const rows = db.prepare(`SELECT * FROM "${table}"${where}`).raw(true);
      return { columns: rows.columns().map((c) => c.name), rows: [rows.iterate() as IterableIterator<unknown[]>] };
    },
  };
  return verifyPartition(source, index, of, links);
}

/** A table's rows in key order, a page at a time (keyset pagination: the rows whose key, as a row value, follows the last). */
async function* keyPages(db: Kysely<Database>, table: string, key: readonly string[]): AsyncGenerator<Row[]> {
  const keys = sql.join(key.map((k) => sql.ref(k)));
  for (let after: unknown[] | null = null; ;) {
    const where: RawBuilder<unknown> = after ? sql`where (${keys}) > (${sql.join(after)})` : sql``;
    const { rows }: { rows: Row[] } =
      await sql<Row>`select * from ${sql.table(table)} ${where} order by ${keys} limit ${PAGE}`.execute(db);
    yield rows;
    if (rows.length < PAGE) return;
    const last = rows[rows.length - 1]!;
    after = key.map((k) => last[k]);
  }
}

async function* eventPages(db: Kysely<Database>): AsyncGenerator<RecordedEvent[]> {
  for await (const page of keyPages(db, 'events', ['seq']))
    yield page.map((e) => ({ ...e, seq: Number(e.seq) }) as RecordedEvent);
}

/** Streams the events in seq order, a page at a time. */
export async function* readEvents(db: Kysely<Database>): AsyncGenerator<RecordedEvent> {
  for await (const page of eventPages(db)) yield* page;
}

/** Any database reached only through Kysely (PostgreSQL, in-memory SQLite): one partition, a page at a time. */
export function kyselySource(db: Kysely<Database>): LiveSource {
  return {
    events: eventPages(db),
    table: async (table) => {
      // A row's columns in table order (an empty table needs none: it has no row to compare).
      const sample = (await sql<Row>`select * from ${sql.table(table)} limit 1`.execute(db)).rows[0];
      const columns = Object.keys(sample ?? {});
      async function* rows() {
        for await (const page of keyPages(db, table, tableInfo(table).key))
          yield page.map((r) => columns.map((c) => r[c]));
      }
      return { columns, rows: rows() };
    },
  };
}
