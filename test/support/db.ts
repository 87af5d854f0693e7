import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase, type DatabaseHandle } from '../../src/server/db/connect.js';
import { migrateToLatest } from '../../src/server/ledger/migrate.js';
import { createScratchPostgres } from './postgres.js';

export interface TestDb extends DatabaseHandle {
  /** SQLite file path or the Postgres URL of this test's own database. */
  url: string;
  destroy(): Promise<void>;
}

/** A fresh, migrated database: a real SQLite file in a temp dir, or a new Postgres database. */
export async function createTestDb(dialect: 'sqlite' | 'postgres'): Promise<TestDb> {
  if (dialect === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'tr-test-'));
    const url = join(dir, 'test.sqlite');
    const handle = openDatabase(url);
    await migrateToLatest(handle.db);
    return {
      ...handle,
      url,
      destroy: async () => {
        await handle.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const scratch = await createScratchPostgres(process.env.TEST_DATABASE_URL!, 'tr_test');
  const url = scratch.url;
  const handle = openDatabase(url);
  await migrateToLatest(handle.db);
  return {
    ...handle,
    url,
    destroy: async () => {
      await handle.close();
      await scratch.drop();
    },
  };
}
