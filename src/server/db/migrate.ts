import { type Kysely, Migrator, sql } from 'kysely';
import { DEFERRED_INDEXES_TABLE, isSqlite, rawSqliteOf, rebuildDeferredIndexes } from './raw-sqlite.js';
import { migrations } from './migrations/index.js';
import type { Database } from './schema.js';

/**
 * Brings the schema to the latest migration; throws naming the one that failed. On SQLite it also
 * finishes what a killed import left undone: the indexes it dropped (raw-sqlite.ts). Callers use
 * ledger/migrate.ts, which also brings the ledger's read model up to date.
 */
export async function migrateSchema(db: Kysely<Database>): Promise<string[]> {
  const migrator = new Migrator({ db, provider: { getMigrations: () => Promise.resolve(migrations) } });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error || failed) {
    const name = failed?.migrationName ?? 'unknown';
    throw new Error(`migration ${name} failed: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (isSqlite(db)) await finishAKilledImport(db);
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

async function finishAKilledImport(db: Kysely<Database>): Promise<void> {
  const { rows } = await sql<{
    n: number;
  }>`select count(*) as n from sqlite_master where type = 'table' and name = ${DEFERRED_INDEXES_TABLE}`.execute(db);
  if (!rows[0]?.n) return;
  const raw = await rawSqliteOf(db);
  if (!raw) return;
  try {
    rebuildDeferredIndexes(raw.sqlite);
  } finally {
    raw.release();
  }
}
