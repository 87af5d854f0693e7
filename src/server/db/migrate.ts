import { type Kysely, Migrator, sql } from 'kysely';
import { DEFERRED_INDEXES_TABLE, isSqlite, rawSqliteOf, rebuildDeferredIndexes } from '../ledger/raw-sqlite.js';
import { migrations } from './migrations/index.js';

/**
 * Brings the schema to the latest migration; throws naming the one that failed. On SQLite it also
 * builds any indexes that a killed import dropped and never rebuilt (raw-sqlite.ts).
 */
export async function migrateToLatest(db: Kysely<any>): Promise<string[]> {
  const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error || failed) {
    const name = failed?.migrationName ?? 'unknown';
    throw new Error(`migration ${name} failed: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (isSqlite(db)) await rebuildIndexesLeftByAKilledImport(db);
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

async function rebuildIndexesLeftByAKilledImport(db: Kysely<any>): Promise<void> {
  const { rows } = await sql<{ n: number }>`select count(*) as n from sqlite_master where type = 'table' and name = ${DEFERRED_INDEXES_TABLE}`.execute(db);
  if (!rows[0]?.n) return;
  const raw = await rawSqliteOf(db);
  if (!raw) return;
  try {
    rebuildDeferredIndexes(raw.sqlite);
  } finally {
    raw.release();
  }
}
