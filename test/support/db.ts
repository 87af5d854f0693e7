import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inject } from 'vitest';
import { openDatabase, type DatabaseHandle } from '../../src/server/db/connect.js';
import { migrateToLatest } from '../../src/server/ledger/migrate.js';
import { createScratchPostgres } from './postgres.js';
import { dropInBackground } from './postgres-run.js';

export interface TestDb extends DatabaseHandle {
  /** SQLite file path or the Postgres URL of this test's own database. */
  url: string;
  destroy(): Promise<void>;
}

/**
 * A migrated SQLite database at `path` (a new file), open: a copy of the database the global setup
 * migrated once for the run when there is one, brought to the latest migration either way.
 */
export async function openMigratedSqlite(path: string): Promise<DatabaseHandle> {
  const templates = inject('dbTemplates');
  if (templates?.sqlite) copyFileSync(templates.sqlite, path);
  const handle = openDatabase(path);
  await migrateToLatest(handle.db);
  return handle;
}

const newPostgres = (prefix: string, template?: string) =>
  createScratchPostgres(process.env.TEST_DATABASE_URL!, prefix, template);

let spare: ReturnType<typeof newPostgres> | undefined;

/**
 * A new database of this run from the template, and the next one started at once, so that a test
 * does not wait for the server to copy the template (a worker keeps its spare from one file to the next).
 */
function nextRunPostgres(prefix: string, template: string) {
  const taken = spare ?? newPostgres(prefix, template);
  spare = newPostgres(prefix, template);
  // A spare that failed fails the test that takes it.
  spare.catch(() => {});
  return taken;
}

/**
 * A fresh, migrated database: a real SQLite file in a temp dir, or a new Postgres database. Each
 * starts as a copy of the database the global setup migrated once for the run (test/support/templates.ts)
 * when there is one, and is brought to the latest migration either way. `destroy()` of a PostgreSQL
 * database of the run closes it and leaves the drop to go on in the background (test/support/postgres-run.ts).
 */
export async function createTestDb(dialect: 'sqlite' | 'postgres'): Promise<TestDb> {
  const templates = inject('dbTemplates');
  if (dialect === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'tr-test-'));
    const url = join(dir, 'test.sqlite');
    const handle = await openMigratedSqlite(url);
    return {
      ...handle,
      url,
      destroy: async () => {
        await handle.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const prefix = templates?.postgresPrefix;
  const scratch = prefix
    ? await nextRunPostgres(prefix, templates.postgres)
    : await newPostgres('tr_test', templates?.postgres);
  const url = scratch.url;
  const handle = openDatabase(url);
  await migrateToLatest(handle.db);
  return {
    ...handle,
    url,
    destroy: async () => {
      await handle.close();
      if (prefix) dropInBackground(() => scratch.drop());
      else await scratch.drop();
    },
  };
}
