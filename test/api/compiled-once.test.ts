import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { compiledOnce, compiledPerShape } from '../../src/server/db/compiled-once.js';
import { createTestDb, type TestDb } from '../support/db.js';
import { testDialects } from '../support/dialects.js';

// A write-path statement compiled once (db/compiled-once.ts) must run as the builder would have.
const tagCount = compiledOnce((db, v: { tag: string }) =>
  db.selectFrom('tag_counts').select(['tag', 'claims']).where('tag', '=', v.tag).where('claims', '>', 0),
);
const setCount = compiledOnce((db, v: { tag: string; claims: number }) =>
  db.insertInto('tag_counts').values({ tag: v.tag, claims: v.claims }),
);
// One statement per number of rows, its values a flat array (tag, claims, tag, claims, …).
const setCounts = compiledPerShape(String, (db, v: unknown[], rows: number) =>
  db
    .insertInto('tag_counts')
    .values(Array.from({ length: rows }, (_, i) => ({ tag: v[2 * i] as string, claims: v[2 * i + 1] as number }))),
);

for (const dialect of testDialects()) {
  describe(`${dialect}: statements compiled once`, () => {
    let db: TestDb;
    beforeEach(async () => {
      db = await createTestDb(dialect);
    });
    afterEach(async () => db.destroy());

    it('runs each call with its own values, and keeps the values the statement fixes', async () => {
      await setCount(db.db, { tag: 'ai', claims: 2 });
      await setCount(db.db, { tag: 'chips', claims: 3 });
      await setCount(db.db, { tag: 'none', claims: 0 });
      expect((await tagCount(db.db, { tag: 'chips' })).rows).toEqual([{ tag: 'chips', claims: 3 }]);
      expect((await tagCount(db.db, { tag: 'ai' })).rows).toEqual([{ tag: 'ai', claims: 2 }]);
      // `claims > 0` is the statement's own value, not a slot.
      expect((await tagCount(db.db, { tag: 'none' })).rows).toEqual([]);
    });

    it("runs inside a transaction, and an executor's plugin sees (and may change) every run", async () => {
      const seen: string[] = [];
      const counting = db.db.withPlugin({
        transformQuery: ({ node }) => (seen.push(node.kind), node),
        transformResult: ({ result }) => Promise.resolve(result),
      });
      await counting.transaction().execute(async (trx) => {
        await setCount(trx, { tag: 'macro', claims: 1 });
        await setCount(trx, { tag: 'energy', claims: 4 });
      });
      expect(seen).toEqual(['InsertQueryNode', 'InsertQueryNode']);
      // A plugin that rewrites the statement is obeyed: here it drops the where clause.
      const unfiltered = db.db.withPlugin({
        transformQuery: ({ node }) => (node.kind === 'SelectQueryNode' ? { ...node, where: undefined } : node),
        transformResult: ({ result }) => Promise.resolve(result),
      });
      const { rows } = await tagCount(unfiltered, { tag: 'macro' });
      expect(rows.map((r) => r.tag).sort()).toEqual(['energy', 'macro']);
    });

    it('compiles a statement per shape, and runs each call of a shape with its own values', async () => {
      await setCounts(db.db, 2, ['ai', 1, 'chips', 2]);
      await setCounts(db.db, 1, ['macro', 3]);
      await setCounts(db.db, 2, ['energy', 4, 'none', 0]);
      const rows = await db.db.selectFrom('tag_counts').select(['tag', 'claims']).orderBy('tag').execute();
      expect(rows).toEqual([
        { tag: 'ai', claims: 1 },
        { tag: 'chips', claims: 2 },
        { tag: 'energy', claims: 4 },
        { tag: 'macro', claims: 3 },
        { tag: 'none', claims: 0 },
      ]);
    });

    it('refuses a call that leaves a value out, where a builder would silently drop the column', async () => {
      await expect(setCount(db.db, { tag: 'ai' } as { tag: string; claims: number })).rejects.toThrow(
        /no value for claims/,
      );
    });
  });
}
