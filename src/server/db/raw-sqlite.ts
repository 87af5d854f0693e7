import SqliteDatabase from 'better-sqlite3';
import { type Kysely, SqliteAdapter, sql } from 'kysely';
import type { DatabaseHandle } from './connect.js';
import type { Database } from './schema.js';
import { searchRebuildScript, searchTriggers } from './search-index.js';

/** A database as the bulk paths accept it: a handle from openDatabase, or a bare Kysely. */
export type LedgerDatabase = Kysely<Database> | DatabaseHandle;

/** True when `db` is a Kysely over SQLite. */
export function isSqlite(db: Kysely<Database>): boolean {
  return db.getExecutor().adapter instanceof SqliteAdapter;
}

export function isHandle(target: LedgerDatabase): target is DatabaseHandle {
  return typeof (target as DatabaseHandle).engine === 'string' && 'sqlite' in target;
}

export function kyselyOf(target: LedgerDatabase): Kysely<Database> {
  return isHandle(target) ? target.db : target;
}

/**
 * The raw better-sqlite3 connection behind `target`, for the fast paths: the handle's own, or,
 * for a bare Kysely over an SQLite file, a second connection to that file (same pragmas as
 * openDatabase) that `release` closes. Null for PostgreSQL and for in-memory SQLite reached
 * only through Kysely.
 */
export async function rawSqliteOf(
  target: LedgerDatabase,
): Promise<{ sqlite: SqliteDatabase.Database; release(): void } | null> {
  if (isHandle(target)) return target.sqlite ? { sqlite: target.sqlite, release: () => {} } : null;
  if (!isSqlite(target)) return null;
  const { rows } = await sql<{ file: string }>`select file from pragma_database_list where name = 'main'`.execute(
    target,
  );
  const file = rows[0]?.file;
  if (!file) return null;
  const sqlite = new SqliteDatabase(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 10000');
  sqlite.pragma('synchronous = FULL');
  return { sqlite, release: () => sqlite.close() };
}

/** A larger page cache while a bulk job runs (index inserts over a big file); restores it after. */
export function withBigCache(sqlite: SqliteDatabase.Database, kib = 262_144): () => void {
  const before = sqlite.pragma('cache_size', { simple: true }) as number;
  sqlite.pragma(`cache_size = -${kib}`);
  return () => {
    sqlite.pragma(`cache_size = ${before}`);
  };
}

/**
 * Where a bulk job writes down the indexes (and search triggers) it dropped, in the same
 * transaction as the drops, so that a job killed before it rebuilt them leaves a note that rebuildDeferredIndexes acts on at
 * the next migrate (every start runs one). SQLite only, and outside the Database interface: no
 * query reads it but those two.
 */
export const DEFERRED_INDEXES_TABLE = 'ledger_deferred_indexes';

/** The note's entry for the search index (sorts after every index name). */
const SEARCH_NOTE = '~search-index';

/**
 * Drops what a bulk job would otherwise keep up row by row — the non-unique secondary indexes and
 * the search index's triggers — and returns what restores them: the bulk appliers look rows up by
 * primary key only, and building an index (or the search index) once over the finished tables is
 * far cheaper than keeping it up to date row by row. Unique indexes stay (they are rules).
 */
export function withoutRowByRowUpkeep(sqlite: SqliteDatabase.Database): () => void {
  const indexes = sqlite
    .prepare("select name, sql from sqlite_master where type = 'index' and sql is not null")
    .all() as { name: string; sql: string }[];
  const dropped = indexes.filter(({ sql }) => !/^\s*create\s+unique/i.test(sql));
  const triggers = searchTriggers(sqlite);
  const notes = dropped.map(({ name, sql }) => ({ name, sql }));
  if (triggers.length > 0) notes.push({ name: SEARCH_NOTE, sql: searchRebuildScript(triggers) });
  if (notes.length === 0) return () => {};
  sqlite
    .transaction(() => {
      sqlite.exec(`create table if not exists ${DEFERRED_INDEXES_TABLE} (name text primary key, sql text not null)`);
      const note = sqlite.prepare(`insert or replace into ${DEFERRED_INDEXES_TABLE} (name, sql) values (?, ?)`);
      for (const { name, sql } of notes) note.run(name, sql);
      for (const { name } of dropped) sqlite.exec(`drop index "${name.replace(/"/g, '""')}"`);
      for (const { name } of triggers) sqlite.exec(`drop trigger "${name.replace(/"/g, '""')}"`);
    })
    .immediate();
  return () =>
    rebuildIndexes(
      sqlite,
      notes.map(({ sql }) => sql),
    );
}

/**
 * The page cache while a bulk job sorts (index builds, the read model's rebuild), in KiB. SQLite's
 * sorter sorts runs of at most the cache's size in memory and merges them: small runs sort within
 * the CPU's caches, and a second thread (pragma threads) sorts one while the next is read: about
 * the size of a core's L2 cache.
 */
export const SORT_CACHE_KIB = 2048;

function rebuildIndexes(sqlite: SqliteDatabase.Database, statements: string[]): void {
  // One transaction for all of them.
  const threads = sqlite.pragma('threads', { simple: true }) as number;
  const cache = sqlite.pragma('cache_size', { simple: true }) as number;
  sqlite.pragma('threads = 2');
  sqlite.pragma(`cache_size = -${SORT_CACHE_KIB}`);
  try {
    sqlite
      .transaction(() => {
        for (const statement of statements) sqlite.exec(statement);
        sqlite.exec(`drop table if exists ${DEFERRED_INDEXES_TABLE}`);
      })
      .immediate();
  } finally {
    sqlite.pragma(`cache_size = ${cache}`);
    sqlite.pragma(`threads = ${threads}`);
  }
}

/**
 * Builds the indexes a killed bulk job dropped and never rebuilt (see DEFERRED_INDEXES_TABLE).
 * Returns their names; none when the last job finished.
 */
export function rebuildDeferredIndexes(sqlite: SqliteDatabase.Database): string[] {
  const present = sqlite
    .prepare("select 1 from sqlite_master where type = 'table' and name = ?")
    .get(DEFERRED_INDEXES_TABLE);
  if (!present) return [];
  const pending = sqlite.prepare(`select name, sql from ${DEFERRED_INDEXES_TABLE} order by name`).all() as {
    name: string;
    sql: string;
  }[];
  const existing = new Set(
    sqlite.prepare("select name from sqlite_master where type = 'index'").pluck().all() as string[],
  );
  const missing = pending.filter(({ name }) => !existing.has(name));
  rebuildIndexes(
    sqlite,
    missing.map(({ sql }) => sql),
  );
  return missing.map(({ name }) => name);
}

/**
 * Rollback-journal mode for a bulk import into a new file, restored to WAL after. Pages added to
 * the end of the file need no journal copy, while WAL writes every page twice (the log, then the
 * checkpoint). Still crash-safe: a killed import leaves a hot journal that the next open rolls
 * back, so the batches committed before it stay. Only possible with no other connection open;
 * otherwise the file stays in WAL mode and the import is merely slower.
 */
export function withRollbackJournal(sqlite: SqliteDatabase.Database): () => void {
  const before = String(sqlite.pragma('journal_mode', { simple: true }));
  if (before.toLowerCase() !== 'wal') return () => {};
  const timeout = sqlite.pragma('busy_timeout', { simple: true }) as number;
  let now = before;
  try {
    // Another connection holds the file open: don't wait for it, keep WAL.
    sqlite.pragma('busy_timeout = 0');
    now = String(sqlite.pragma('journal_mode = DELETE', { simple: true }));
  } catch (err) {
    // "database is locked": the same; anything else is a real failure.
    if (!/locked|busy/i.test(err instanceof Error ? err.message : String(err))) throw err;
  } finally {
    sqlite.pragma(`busy_timeout = ${timeout}`);
  }
  return () => {
    if (now.toLowerCase() !== 'wal') sqlite.pragma('journal_mode = WAL');
  };
}
