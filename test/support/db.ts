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
  /**
   * Closes the database and keeps it, for createTestDb to copy (`from`): the SQLite file, or the
   * PostgreSQL database's name, and how to drop it when no more copies are wanted.
   */
  keep(): Promise<KeptDb>;
}

/** A closed test database that createTestDb copies (`from`) instead of the run's empty one. */
export interface KeptDb {
  dialect: 'sqlite' | 'postgres';
  /** The SQLite file, or the PostgreSQL database's name. */
  source: string;
  drop(): Promise<void>;
}

/**
 * A migrated SQLite database at `path` (a new file), open: a copy of the database the global setup
 * migrated once for the run when there is one, brought to the latest migration either way.
 */
export async function openMigratedSqlite(path: string, from?: string): Promise<DatabaseHandle> {
  const template = from ?? inject('dbTemplates')?.sqlite;
  if (template) copyFileSync(template, path);
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

const keptSpares = new Map<string, ReturnType<typeof newPostgres>>();

/** A new database copied from the kept database `source`, and the next copy started at once, as nextRunPostgres does. */
function copyOfKept(prefix: string, source: string) {
  const taken = keptSpares.get(source) ?? newPostgres(prefix, source);
  const next = newPostgres(prefix, source);
  next.catch(() => {});
  keptSpares.set(source, next);
  return taken;
}

/** Drops the spare copy of `source` nobody took: a database being copied cannot be dropped. */
async function dropKeptSpare(source: string): Promise<void> {
  const spare = keptSpares.get(source);
  keptSpares.delete(source);
  await spare?.then(
    (d) => d.drop(),
    () => {},
  );
}

/**
 * A fresh, migrated database: a real SQLite file in a temp dir, or a new Postgres database. Each
 * starts as a copy of the database the global setup migrated once for the run (test/support/templates.ts)
 * when there is one, and is brought to the latest migration either way. `destroy()` of a PostgreSQL
 * database of the run closes it and leaves the drop to go on in the background (test/support/postgres-run.ts).
 * With `from`, a copy of that kept database instead (a file copy, or CREATE DATABASE … TEMPLATE).
 */
export async function createTestDb(dialect: 'sqlite' | 'postgres', from?: KeptDb): Promise<TestDb> {
  if (from && from.dialect !== dialect) throw new Error(`a ${from.dialect} database cannot be copied to ${dialect}`);
  const templates = inject('dbTemplates');
  if (dialect === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'tr-test-'));
    const url = join(dir, 'test.sqlite');
    const handle = await openMigratedSqlite(url, from?.source);
    return {
      ...handle,
      url,
      destroy: async () => {
        await handle.close();
        rmSync(dir, { recursive: true, force: true });
      },
      keep: async () => {
        await handle.close();
        const drop = () => {
          rmSync(dir, { recursive: true, force: true });
          return Promise.resolve();
        };
        return { dialect, source: url, drop };
      },
    };
  }
  const prefix = templates?.postgresPrefix;
  const scratch = from
    ? await copyOfKept(prefix || 'tr_test', from.source)
    : prefix
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
    // A database is copied with nobody connected to it, so the handle is closed first.
    keep: async () => {
      await handle.close();
      return {
        dialect,
        source: scratch.name,
        drop: async () => {
          await dropKeptSpare(scratch.name);
          await scratch.drop();
        },
      };
    },
  };
}
