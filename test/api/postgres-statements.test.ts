import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '../support/db.js';
import { testDialects } from '../support/dialects.js';

// PostgreSQL runs a statement text seen before as a named statement, parsed and planned once per
// connection (db/connect.ts): a named statement must behave as a fresh one would.
for (const dialect of testDialects().filter((d) => d === 'postgres')) {
  describe(`${dialect}: statements prepared once per connection`, () => {
    let db: TestDb;
    beforeEach(async () => {
      db = await createTestDb(dialect);
      await sql`create table t (id integer primary key, v text)`.execute(db.db);
      for (const [id, v] of [
        [1, 'a'],
        [2, 'b'],
      ] as const)
        await sql`insert into t (id, v) values (${id}, ${v})`.execute(db.db);
    });
    afterEach(async () => db.destroy());

    const byId = (id: number) => sql<Record<string, unknown>>`select * from t where id = ${id}`.execute(db.db);

    it('runs the same text again and again with new parameters, on every connection of the pool', async () => {
      for (let i = 0; i < 3; i++) {
        const rows = await Promise.all([1, 2, 1, 2].map(async (id) => (await byId(id)).rows));
        expect(rows).toEqual([[{ id: 1, v: 'a' }], [{ id: 2, v: 'b' }], [{ id: 1, v: 'a' }], [{ id: 2, v: 'b' }]]);
      }
    });

    it('a repeated statement keeps its generic plan on its connection (PostgreSQL plans it afresh only while that costs less)', async () => {
      const generic = await db.db.connection().execute(async (c) => {
        for (let i = 0; i < 8; i++) await sql`select * from t where id = ${1 + (i % 2)}`.execute(c);
        const { rows } = await sql<{ generic_plans: string }>`
          select generic_plans from pg_prepared_statements where statement like 'select * from t where id = %'`.execute(
          c,
        );
        return rows.map((r) => Number(r.generic_plans));
      });
      expect(generic).toHaveLength(1);
      expect(generic[0]).toBeGreaterThan(0);
    });

    it('a table altered after its statement was prepared: the statement gives the new columns', async () => {
      for (let i = 0; i < 3; i++) expect((await byId(1)).rows).toEqual([{ id: 1, v: 'a' }]);
      await sql`alter table t add column w text`.execute(db.db);
      for (let i = 0; i < 3; i++) expect((await byId(1)).rows).toEqual([{ id: 1, v: 'a', w: null }]);
    });

    it('in a transaction, a statement the alteration met fails that transaction only', async () => {
      const conn = db.db.connection();
      await conn.execute(async (c) => {
        for (let i = 0; i < 3; i++) await sql`select * from t where id = ${1}`.execute(c);
        await sql`alter table t add column w text`.execute(c);
        await expect(
          c.transaction().execute((trx) => sql`select * from t where id = ${1}`.execute(trx)),
        ).rejects.toThrow(/cached plan must not change result type/);
        const again = await c.transaction().execute((trx) => sql`select * from t where id = ${1}`.execute(trx));
        expect(again.rows).toEqual([{ id: 1, v: 'a', w: null }]);
      });
    });
  });
}
