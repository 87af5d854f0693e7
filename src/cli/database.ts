import { closeSync, openSync, readSync, statSync } from 'node:fs';
import SqliteDatabase from 'better-sqlite3';
import { sql } from 'kysely';
import { loadConfig } from '../server/config.js';
import { openDatabase, type DatabaseHandle } from '../server/db/connect.js';
import { migrateToLatest } from '../server/ledger/migrate.js';
import { migrations } from '../server/db/migrations/index.js';
import { NoDatabaseError } from './command.js';

/**
 * Opens the configured database, brings its schema up to date, runs `fn`, and closes it. `migrate: false`
 * leaves the schema to `fn` (the migrate command, which reports what it applied).
 */
export async function withDb<T>(
  fn: (h: DatabaseHandle) => Promise<T>,
  options: { migrate?: boolean } = {},
): Promise<T> {
  const config = loadConfig();
  const handle = openDatabase(config.database);
  try {
    if (options.migrate !== false) await migrateToLatest(handle.db);
    return await fn(handle);
  } finally {
    await handle.close();
  }
}

const SQLITE_HEADER = 'SQLite format 3\0';

/** A regular file that starts with SQLite's header: anything else would be created or rewritten by opening it. */
function checkSqliteFile(path: string): void {
  let size: number;
  try {
    const st = statSync(path);
    if (!st.isFile()) throw new NoDatabaseError(`${path} is not a database file`);
    size = st.size;
  } catch (err) {
    if (err instanceof NoDatabaseError) throw err;
    throw new NoDatabaseError(
      `there is no database at ${path} (check TRACK_RECORD_DATA_DIR or DATABASE_URL); nothing was created`,
    );
  }
  const head = Buffer.alloc(SQLITE_HEADER.length);
  const fd = openSync(path, 'r');
  try {
    readSync(fd, head, 0, head.length, 0);
  } finally {
    closeSync(fd);
  }
  if (size < 512 || head.toString('latin1') !== SQLITE_HEADER) throw new NoDatabaseError(`${path} is not a database`);
  // Read-only first: opening for real sets WAL mode, which would rewrite another program's database.
  const probe = new SqliteDatabase(path, { readonly: true, fileMustExist: true });
  try {
    const ours = probe.prepare("select 1 from sqlite_master where type = 'table' and name = 'kysely_migration'").get();
    if (!ours) throw new NoDatabaseError(`${path} is not a Track Record database (it has no schema)`);
  } catch (err) {
    if (err instanceof NoDatabaseError) throw err;
    throw new NoDatabaseError(`${path} is not a database: ${err instanceof Error ? err.message : String(err)}`);
  } finally {
    probe.close();
  }
}

/**
 * Opens the configured database for a command that only reads it (verify, export, backup): never
 * creates a file nor migrates a schema, so a wrong data directory is an error (exit 2), not a
 * fresh empty ledger that passes. The schema must be this version's: otherwise `migrate` first.
 */
export async function withExistingDb<T>(fn: (h: DatabaseHandle) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const isPostgres = /^postgres(ql)?:\/\//.test(config.database);
  // Never print DATABASE_URL: it may hold a password.
  const where = isPostgres ? 'the PostgreSQL database of DATABASE_URL' : config.database;
  const reason = (err: unknown) => (err instanceof Error ? err.message : String(err));
  if (!isPostgres) checkSqliteFile(config.database);
  let handle: DatabaseHandle;
  try {
    handle = openDatabase(config.database);
  } catch (err) {
    throw new NoDatabaseError(`${where} is not a database: ${reason(err)}`);
  }
  try {
    let applied: string[];
    try {
      const { rows } = await sql<{ name: string }>`select name from kysely_migration`.execute(handle.db);
      applied = rows.map((r) => r.name);
    } catch (err) {
      throw new NoDatabaseError(`${where} is not a Track Record database (${reason(err)})`);
    }
    const missing = Object.keys(migrations).filter((name) => !applied.includes(name));
    if (missing.length > 0)
      throw new NoDatabaseError(
        `the database's schema is older than this version (${missing.length} migrations to apply): run track-record migrate first`,
      );
    return await fn(handle);
  } finally {
    await handle.close();
  }
}
