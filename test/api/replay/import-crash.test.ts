import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type DatabaseHandle } from '../../../src/server/db/connect.js';
import { migrateToLatest } from '../../../src/server/ledger/migrate.js';
import { runScript } from '../../support/child.js';
import { DEFERRED_INDEXES_TABLE } from '../../../src/server/db/raw-sqlite.js';
import { verifyLedger } from '../../../src/server/replay/verify/verify.js';

async function schemaObjects(handle: DatabaseHandle, type: 'index' | 'table' | 'trigger'): Promise<string[]> {
  const { rows } = await sql<{
    name: string;
  }>`select name from sqlite_master where type = ${type} and name not like 'sqlite_%' order by name`.execute(handle.db);
  return rows.map((r) => r.name);
}

describe('sqlite: an import killed with SIGKILL', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  });

  it('keeps its committed batches, and the next migrate rebuilds the indexes and search index it had dropped; verify passes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tr-import-kill-'));
    dirs.push(dir);
    const fresh = openDatabase(join(dir, 'fresh.sqlite'));
    await migrateToLatest(fresh.db);
    const expectedIndexes = await schemaObjects(fresh, 'index');
    const expectedTables = await schemaObjects(fresh, 'table');
    const expectedTriggers = await schemaObjects(fresh, 'trigger');
    await fresh.close();
    expect(expectedIndexes.length).toBeGreaterThan(5);

    const file = join(dir, 'killed.sqlite');
    let committed = 0;
    const run = runScript('test/support/importer.ts', [file, '40000', '1000'], (line) => {
      const n = Number(/^committed (\d+)$/.exec(line)?.[1] ?? 0);
      if (n >= 2000 && committed === 0) {
        committed = n;
        run.child.kill('SIGKILL');
      }
    });
    const exit = (await run.done).signal;
    expect(exit, run.stderr()).toBe('SIGKILL');

    const handle = openDatabase(file);
    try {
      // As the kill left it: the import's note of what it dropped, and those indexes missing.
      expect(await schemaObjects(handle, 'table')).toContain(DEFERRED_INDEXES_TABLE);
      expect((await schemaObjects(handle, 'index')).length).toBeLessThan(expectedIndexes.length);
      expect(await schemaObjects(handle, 'trigger')).toEqual([]);
      await migrateToLatest(handle.db);
      // The search index's triggers are back, and it holds every claim the import committed (a row of
      // sizes per indexed claim: the claims' index reads its texts from the claims).
      expect(await schemaObjects(handle, 'trigger')).toEqual(expectedTriggers);
      const { rows } = await sql<{ claims: number; indexed: number }>`select
        (select count(*) from claims) as claims, (select count(*) from search_claims_docsize) as indexed`.execute(
        handle.db,
      );
      expect(rows[0]!.claims).toBeGreaterThan(0);
      expect(rows[0]!.indexed).toBe(rows[0]!.claims);
      expect(await schemaObjects(handle, 'index')).toEqual(expectedIndexes);
      expect(await schemaObjects(handle, 'table')).toEqual(expectedTables);
      const result = await verifyLedger(handle);
      expect(result.problem).toBeNull();
      // Every batch it reported committed is there, whole batches only.
      expect(result.events).toBeGreaterThanOrEqual(committed);
      expect(result.events % 1000).toBe(0);
    } finally {
      await handle.close();
    }
  });
});
