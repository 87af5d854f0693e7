import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import type { Database } from './schema.js';

export type Engine = 'sqlite' | 'postgres';

export interface DatabaseHandle {
  db: Kysely<Database>;
  engine: Engine;
  /** The raw better-sqlite3 connection (SQLite only), for online backup and bulk paths. */
  sqlite: SqliteDatabase.Database | null;
  /** The PostgreSQL pool (PostgreSQL only), whose counts the metrics report. */
  pool: pg.Pool | null;
  location: string;
  close(): Promise<void>;
}

// bigint columns (events.seq) come back from pg as strings unless told otherwise; our seqs fit in a double.
pg.types.setTypeParser(20, (v) => Number(v));

/** Opens SQLite (a file path) or PostgreSQL (a postgres:// URL). */
export function openDatabase(
  location: string,
  /** `contents`: an in-memory SQLite database's serialized bytes (`serialize()`), to open a copy of it. */
  options: { poolSize?: number; onPoolError?: (err: Error) => void; contents?: Buffer } = {},
): DatabaseHandle {
  if (/^postgres(ql)?:\/\//.test(location)) {
    const pool = new pg.Pool({ connectionString: location, max: options.poolSize ?? 10 });
    // An idle client dropped by the server (restart, admin command) must not crash the process;
    // the pool replaces it on the next checkout.
    pool.on('error', options.onPoolError ?? ((err) => console.error(`postgres: idle connection lost: ${err.message}`)));
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    return { db, engine: 'postgres', sqlite: null, pool, location, close: () => db.destroy() };
  }
  if (location !== ':memory:') mkdirSync(dirname(location), { recursive: true });
  const sqlite = new SqliteDatabase(options.contents ?? location);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 10000');
  // The ledger's promise is that an acknowledged write survives a crash or power loss.
  sqlite.pragma('synchronous = FULL');
  // Reads through a memory map instead of a copy into SQLite's page cache per page: the random
  // claim lookups of a source's scorecard take about half as long. (Capped by SQLite's own limit.)
  sqlite.pragma('mmap_size = 2147418112');
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: keepingStatements(sqlite) }) });
  return { db, engine: 'sqlite', sqlite, pool: null, location, close: () => db.destroy() };
}

/** How many prepared statements a SQLite connection keeps (the app runs a few hundred distinct ones). */
const KEPT_STATEMENTS = 500;

/**
 * The connection as Kysely's SQLite dialect sees it, keeping the statements it prepared by their
 * text (the least recently used dropped past KEPT_STATEMENTS): a ledger write runs the same
 * statements every time, and preparing one cost as much as running it. A kept statement still
 * iterating (a stream) is not shared: the caller gets a fresh one.
 */
function keepingStatements(sqlite: SqliteDatabase.Database) {
  const kept = new Map<string, SqliteDatabase.Statement>();
  return {
    close: () => sqlite.close(),
    prepare(text: string) {
      const hit = kept.get(text);
      if (hit?.busy) return sqlite.prepare(text);
      kept.delete(text);
      const statement = hit ?? sqlite.prepare(text);
      kept.set(text, statement);
      if (kept.size > KEPT_STATEMENTS) kept.delete(kept.keys().next().value!);
      return statement;
    },
  };
}
