import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/server/clock.js';
import { writeLedger, type HeadHook } from '../../src/server/ledger/append.js';
import { anyActiveWebhook } from '../../src/server/webhooks/queries.js';
import { newId } from '../../src/server/ids.js';
import { createTestDb, type TestDb } from '../support/db.js';
import { testDialects } from '../support/dialects.js';

// A head hook's question (HeadHook.ask) rides on the statement that takes the head's lock: its
// answer is what the database holds in that transaction, and asking it costs no statement.
for (const dialect of testDialects()) {
  describe(`${dialect}: a head hook's question asked with the head's lock`, () => {
    let db: TestDb;
    let statements: number;
    beforeEach(async () => {
      db = await createTestDb(dialect);
      statements = 0;
    });
    afterEach(async () => db.destroy());

    const counted = () =>
      db.db.withPlugin({
        transformQuery: ({ node }) => ((statements += 1), node),
        transformResult: ({ result }) => Promise.resolve(result),
      });

    /** Appends one source.created event with these hooks; the answers each hook got, and the statements run. */
    async function write(headHooks: HeadHook[]) {
      const answers: unknown[][] = headHooks.map(() => []);
      const hooks = headHooks.map((h, i) => ({
        ...h,
        run: async (...args: Parameters<HeadHook['run']>) => {
          answers[i]!.push(args[4]);
          await h.run(...args);
        },
      }));
      statements = 0;
      const id = newId(new Date());
      await writeLedger(
        { db: counted(), clock: fixedClock('2026-03-01T12:00:00.000Z'), headHooks: hooks },
        'test',
        (tx) =>
          tx.append({
            type: 'source.created',
            payload: {
              id,
              handle: `h_${id.slice(-8)}`,
              displayName: 'A source',
              kind: 'person',
              url: null,
              aliases: [],
            },
          }),
      );
      return { answers, statements };
    }

    const addWebhook = (disabledAt: string | null) =>
      db.db
        .insertInto('webhooks')
        .values({
          id: newId(new Date()),
          url: 'https://example.com/hook',
          description: '',
          secret: 'secret',
          createdAt: '2026-03-01T00:00:00.000Z',
          createdBy: 'admin',
          disabledAt,
        })
        .execute();

    it('answers in the hooks order, from the database as the transaction finds it, and costs no statement', async () => {
      const quiet: HeadHook = { run: async () => {} };
      const asking: HeadHook = { ask: anyActiveWebhook, run: async () => {} };
      const without = await write([quiet]);
      const none = await write([asking, quiet]);
      expect(none.statements).toBe(without.statements);
      expect(none.answers.map((a) => Boolean(a[0]))).toEqual([false, false]);
      expect(none.answers[1]).toEqual([undefined]);

      await addWebhook('2026-03-01T00:00:00.000Z');
      expect(Boolean((await write([asking])).answers[0]![0])).toBe(false);
      await addWebhook(null);
      expect(Boolean((await write([asking])).answers[0]![0])).toBe(true);
    });
  });
}
