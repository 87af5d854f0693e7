import SqliteDatabase from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeTransaction } from '../../src/server/db/write-transaction.js';
import { createTestDb, type TestDb } from '../support/db.js';

// Two connections to one SQLite file, as the server and a cron command (`due`) have: the second
// commits a write between the first transaction's read and its write.
describe('a transaction that reads and then writes, on a SQLite file another connection writes to', () => {
  let db: TestDb;
  let other: SqliteDatabase.Database;
  beforeEach(async () => {
    db = await createTestDb('sqlite');
    other = new SqliteDatabase(db.url);
    other.pragma('busy_timeout = 0');
  });
  afterEach(async () => {
    other.close();
    await db.destroy();
  });
  const otherWrites = () =>
    other.prepare(`insert into desk_settings (key, value, "updatedAt") values ('other', '1', 'now')`).run();
  const readThenWrite = async (trx: Parameters<Parameters<typeof writeTransaction>[1]>[0], key: string) => {
    await trx.selectFrom('desk_settings').selectAll().execute();
    let refused = '';
    try {
      otherWrites();
    } catch (err) {
      refused = (err as Error).message;
    }
    await trx.insertInto('desk_settings').values({ key, value: '2', updatedAt: 'now' }).execute();
    return refused;
  };

  it('a plain deferred transaction fails on its write: the reason writeTransaction exists', async () => {
    await expect(db.db.transaction().execute((trx) => readThenWrite(trx, 'mine'))).rejects.toThrow(/locked|busy/i);
  });

  it('writeTransaction holds the write lock from the start, so the other writer waits and ours commits', async () => {
    const refused = await writeTransaction(db.db, (trx) => readThenWrite(trx, 'mine'));
    expect(refused).toMatch(/locked|busy/i);
    const keys = (await db.db.selectFrom('desk_settings').select('key').execute()).map((r) => r.key);
    expect(keys).toContain('mine');
    otherWrites(); // and once ours has committed, the other goes through
  });
});
