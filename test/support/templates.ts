import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../../src/server/db/connect.js';
import { migrateToLatest } from '../../src/server/ledger/migrate.js';
import { createScratchPostgres } from './postgres.js';
import { dropDeadRunsDatabases, dropRunDatabases, runDatabasePrefix } from './postgres-run.js';

export interface DbTemplates {
  /** A migrated SQLite file that createTestDb copies. */
  sqlite: string;
  /** A migrated PostgreSQL database that createTestDb's databases are created from ('' without TEST_DATABASE_URL). */
  postgres: string;
  /** The name prefix of this run's PostgreSQL test databases, all dropped when the run ends (test/support/postgres-run.ts). */
  postgresPrefix: string;
}

/**
 * The databases every test database starts from, migrated once per run instead of once per test: an
 * SQLite file and, with TEST_DATABASE_URL, a PostgreSQL template database (a database is created from
 * a template with nobody connected to it, so the handle that migrates it is closed first). Killed runs'
 * test databases are dropped first, and this run's when the templates are.
 */
export async function makeDbTemplates(): Promise<{ templates: DbTemplates; drop(): Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), 'tr-template-'));
  const sqlite = join(dir, 'template.sqlite');
  const lite = openDatabase(sqlite);
  await migrateToLatest(lite.db);
  await lite.close();
  let postgres = '';
  let dropPostgres = async () => {};
  const base = process.env.TEST_DATABASE_URL;
  if (base) {
    await dropDeadRunsDatabases(base);
    // Named as the run's test databases are, so that it is dropped with them, a killed run's too.
    const scratch = await createScratchPostgres(base, `${runDatabasePrefix()}_template`);
    const handle = openDatabase(scratch.url);
    await migrateToLatest(handle.db);
    await handle.close();
    postgres = scratch.name;
    dropPostgres = () => dropRunDatabases(base);
  }
  return {
    templates: { sqlite, postgres, postgresPrefix: base ? runDatabasePrefix() : '' },
    drop: async () => {
      await dropPostgres();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
