import { type Kysely, sql } from 'kysely';
import pg from 'pg';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { systemClock } from '../../src/server/clock.js';
import { compiledAhead, compiledOnce, compiledWrite } from '../../src/server/db/compiled-once.js';
import type { Database } from '../../src/server/db/schema.js';
import { writeLedger } from '../../src/server/ledger/append.js';
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

// Inside a transaction, a write whose result nothing reads (compiledWrite) goes out without
// waiting for its answer; the next statement that waits waits for it and fails with its error (db/connect.ts).
const setCount = compiledWrite((db, v: { tag: string; claims: number }) =>
  db.insertInto('tag_counts').values({ tag: v.tag, claims: v.claims }),
);
const countOf = compiledOnce((db, v: { tag: string }) =>
  db.selectFrom('tag_counts').select(['tag', 'claims']).where('tag', '=', v.tag),
);
/** Whether a promise has settled within `ms`. */
const settledWithin = (p: Promise<unknown>, ms: number) =>
  Promise.race([
    p.then(
      () => true,
      () => true,
    ),
    new Promise<boolean>((r) => setTimeout(() => r(false), ms)),
  ]);

for (const dialect of testDialects().filter((d) => d === 'postgres')) {
  describe(`${dialect}: writes sent without waiting for their answers`, () => {
    let db: TestDb;
    beforeEach(async () => {
      db = await createTestDb(dialect);
    });
    afterEach(async () => db.destroy());

    it('a write returns before the server has run it, and the next statement that waits sees it done, in order', async () => {
      // Another transaction holds the key the write inserts: the server makes the write wait for it.
      const other = new pg.Client({ connectionString: db.url });
      await other.connect();
      try {
        await other.query('begin');
        await other.query(`insert into tag_counts (tag, claims) values ('ai', 1)`);
        const read = db.db.transaction().execute(async (trx) => {
          expect(await settledWithin(setCount(trx, { tag: 'ai', claims: 2 }), 2_000)).toBe(true);
          const after = countOf(trx, { tag: 'ai' });
          expect(await settledWithin(after, 300)).toBe(false);
          await other.query('rollback');
          return (await after).rows;
        });
        expect(await read).toEqual([{ tag: 'ai', claims: 2 }]);
      } finally {
        await other.end();
      }
    });

    it('a failed write fails the statement that waits next with its own error, and nothing of the transaction commits', async () => {
      await setCount(db.db, { tag: 'ai', claims: 1 });
      let reached = false;
      const failed = db.db.transaction().execute(async (trx) => {
        await setCount(trx, { tag: 'chips', claims: 1 });
        await setCount(trx, { tag: 'ai', claims: 5 });
        reached = true;
        await countOf(trx, { tag: 'chips' });
      });
      await expect(failed).rejects.toMatchObject({ code: '23505' });
      expect(reached).toBe(true);
      expect((await countOf(db.db, { tag: 'chips' })).rows).toEqual([]);
      expect((await countOf(db.db, { tag: 'ai' })).rows).toEqual([{ tag: 'ai', claims: 1 }]);
    });

    it('a failed last write fails the commit', async () => {
      await setCount(db.db, { tag: 'ai', claims: 1 });
      const failed = db.db.transaction().execute(async (trx) => {
        await setCount(trx, { tag: 'macro', claims: 1 });
        await setCount(trx, { tag: 'ai', claims: 5 });
      });
      await expect(failed).rejects.toMatchObject({ code: '23505' });
      expect((await countOf(db.db, { tag: 'macro' })).rows).toEqual([]);
      // The connection is clean for the next transaction.
      await db.db.transaction().execute((trx) => setCount(trx, { tag: 'energy', claims: 2 }));
      expect((await countOf(db.db, { tag: 'energy' })).rows).toEqual([{ tag: 'energy', claims: 2 }]);
    });

    it('outside a transaction a write waits for its answer, and fails where it is called', async () => {
      await setCount(db.db, { tag: 'ai', claims: 1 });
      await expect(setCount(db.db, { tag: 'ai', claims: 2 })).rejects.toMatchObject({ code: '23505' });
    });
  });
}

// A statement sent ahead (compiledAhead): its call returns once it is sent, and the statements made
// meanwhile go out behind it, answered after it, in order.
const addAhead = compiledAhead((db, v: { tag: string; claims: number }) =>
  db
    .updateTable('tag_counts')
    .set({ claims: sql<number>`claims + ${v.claims}` })
    .where('tag', '=', v.tag)
    .returning(['tag', 'claims']),
);
const insertAhead = compiledAhead((db, v: { tag: string; claims: number }) =>
  db.insertInto('tag_counts').values({ tag: v.tag, claims: v.claims }).returning('tag'),
);

for (const dialect of testDialects().filter((d) => d === 'postgres')) {
  describe(`${dialect}: statements sent ahead of their answers`, () => {
    let db: TestDb;
    beforeEach(async () => {
      db = await createTestDb(dialect);
      await setCount(db.db, { tag: 'ai', claims: 1 });
      await setCount(db.db, { tag: 'chips', claims: 1 });
    });
    afterEach(async () => db.destroy());

    it('returns before the server has run it; a statement made after goes out behind it, and each gets its own answer', async () => {
      // Another transaction holds the row the statement updates: the server makes it wait.
      const other = new pg.Client({ connectionString: db.url });
      await other.connect();
      try {
        await other.query('begin');
        await other.query(`update tag_counts set claims = 10 where tag = 'ai'`);
        const read = db.db.transaction().execute(async (trx) => {
          const sent = addAhead(trx, { tag: 'ai', claims: 2 });
          expect(await settledWithin(sent, 2_000)).toBe(true);
          const { answer } = await sent;
          // Another row, which nothing holds: answered only after the statement ahead of it.
          const after = countOf(trx, { tag: 'chips' });
          expect(await settledWithin(after, 300)).toBe(false);
          expect(await settledWithin(answer, 0)).toBe(false);
          await other.query('commit');
          return [(await answer).rows, (await after).rows];
        });
        expect(await read).toEqual([[{ tag: 'ai', claims: 12 }], [{ tag: 'chips', claims: 1 }]]);
      } finally {
        await other.end();
      }
    });

    it('a failed statement sent ahead: its answer fails with its error, and nothing of the transaction commits', async () => {
      const failed = db.db.transaction().execute(async (trx) => {
        await setCount(trx, { tag: 'macro', claims: 1 });
        const { answer } = await insertAhead(trx, { tag: 'ai', claims: 5 });
        await answer;
      });
      await expect(failed).rejects.toMatchObject({ code: '23505' });
      expect((await countOf(db.db, { tag: 'macro' })).rows).toEqual([]);
      expect((await countOf(db.db, { tag: 'ai' })).rows).toEqual([{ tag: 'ai', claims: 1 }]);
    });

    it('outside a transaction it is refused (the connection would go back to the pool before the answer)', async () => {
      await expect(addAhead(db.db, { tag: 'ai', claims: 1 })).rejects.toThrow(/only inside a transaction/);
    });
  });
}

// A ledger write's statements look rows up by key: its transaction keeps their generic plans from
// their first run on a connection, where PostgreSQL's default planned each afresh five times first.
for (const dialect of testDialects().filter((d) => d === 'postgres')) {
  describe(`${dialect}: a ledger write's plans`, () => {
    let db: TestDb;
    beforeEach(async () => {
      db = await createTestDb(dialect);
    });
    afterEach(async () => db.destroy());

    const planChoice = async (q: Kysely<Database>) =>
      (await sql<{ mode: string }>`select current_setting('plan_cache_mode') as mode`.execute(q)).rows[0]!.mode;

    it('a ledger transaction plans generically, and only it: the connection is back to the default after', async () => {
      const inside = await writeLedger({ db: db.db, clock: systemClock }, 'test', (tx) => planChoice(tx.trx));
      expect(inside).toBe('force_generic_plan');
      expect(await db.db.connection().execute(planChoice)).toBe('auto');
    });
  });
}
