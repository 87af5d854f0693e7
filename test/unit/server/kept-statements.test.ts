import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type DatabaseHandle } from '../../../src/server/db/connect.js';

// SQLite's connection keeps the statements it prepared (db/connect.ts): a kept statement must
// behave as a fresh one would.
describe('SQLite statements kept between queries', () => {
  let handle: DatabaseHandle;
  beforeEach(async () => {
    handle = openDatabase(':memory:');
    await sql`create table t (id integer primary key, v text)`.execute(handle.db);
    for (const v of ['a', 'b', 'c']) await sql`insert into t (v) values (${v})`.execute(handle.db);
  });
  afterEach(async () => handle.close());

  const all = () => sql<Record<string, unknown>>`select * from t order by id`.execute(handle.db);

  it('runs the same text again with new parameters and sees the rows written in between', async () => {
    const byValue = (v: string) => sql<{ id: number }>`select id from t where v = ${v}`.execute(handle.db);
    expect((await byValue('a')).rows).toEqual([{ id: 1 }]);
    await sql`insert into t (v) values (${'d'})`.execute(handle.db);
    expect((await byValue('d')).rows).toEqual([{ id: 4 }]);
  });

  it('a stream left after its first row does not hold the statement: the same text runs in full after it', async () => {
    const query = () =>
      handle.db
        .selectFrom('t' as never)
        .select('v' as never)
        .orderBy('id' as never);
    for await (const row of query().stream()) {
      expect(row).toEqual({ v: 'a' });
      break;
    }
    expect(await query().execute()).toEqual([{ v: 'a' }, { v: 'b' }, { v: 'c' }]);
  });

  it('follows a schema change made after the statement was kept', async () => {
    expect(Object.keys((await all()).rows[0]!)).toEqual(['id', 'v']);
    await sql`alter table t add column w text`.execute(handle.db);
    expect(Object.keys((await all()).rows[0]!)).toEqual(['id', 'v', 'w']);
  });
});
