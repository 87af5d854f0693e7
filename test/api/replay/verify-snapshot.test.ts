import { afterEach, describe, expect, it } from 'vitest';
import { generateEvents } from '../../../bench/ledger-bench.js';
import { importEvents, verifyLedger, type VerifyOptions } from '../../../src/server/replay/index.js';
import { runScript } from '../../support/child.js';
import { createTestDb, type TestDb } from '../../support/db.js';
import { testDialects } from '../../support/dialects.js';

/**
 * verify reads the head, the events, the tables and the totals of one snapshot: another process
 * appending all the while must not show as a difference, and a real edit must still be found.
 */
for (const dialect of testDialects())
  describe(`${dialect}: verify while another process writes`, () => {
    let db: TestDb;
    let writer: ReturnType<typeof runScript> | null = null;
    afterEach(async () => {
      writer?.child.kill();
      await writer?.done;
      writer = null;
      await db?.destroy();
    });

    it('sees one snapshot: no false difference, and an edit is still found', async () => {
      db = await createTestDb(dialect);
      await importEvents(db, generateEvents(3_000));
      const first = new Promise<void>((resolve) => {
        writer = runScript('test/support/writer.ts', [db.url, `snap_${process.pid}`, '1000000'], () => resolve());
      });
      await first;
      const head = async () => (await db.db.selectFrom('ledger_head').select('seq').executeTakeFirstOrThrow()).seq;
      const runs: VerifyOptions[] =
        dialect === 'sqlite' ? [{}, { partitions: 2 }, {}, { partitions: 2 }] : [{}, {}, {}];
      let writtenDuring = 0;
      for (const options of runs) {
        const before = await head();
        const r = await verifyLedger(db, options);
        writtenDuring += (await head()) - before;
        expect(r.problem).toBeNull();
        expect(r.ok).toBe(true);
        expect(r.events).toBe(r.head.seq);
      }
      // The race was there to lose: the writer committed while the verifies read.
      expect(writtenDuring).toBeGreaterThan(0);

      const claim = await db.db.selectFrom('claims').select('id').orderBy('id').limit(1).executeTakeFirstOrThrow();
      await db.db.updateTable('claims').set({ statement: 'Forged' }).where('id', '=', claim.id).execute();
      const tampered = await verifyLedger(db);
      expect(tampered.ok).toBe(false);
      expect(tampered.problem).toContain(`claims row id=${claim.id}: statement is "Forged"`);
    });
  });
