import { sql } from 'kysely';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fixedClock } from '../../src/server/clock.js';
import { lockLedgerHead, writeLedger, type HeadHook } from '../../src/server/ledger/append.js';
import { anyActiveWebhook } from '../../src/server/webhooks/queries.js';
import { newId } from '../../src/server/ids.js';
import { createTestDb, type TestDb } from '../support/db.js';
import { testDialects } from '../support/dialects.js';
import { EVIDENCE, makeClaim } from '../support/factories.js';
import { startTestServer, type TestServer } from '../support/server.js';

// A head hook's question (HeadHook.ask) goes out right behind the head's lock, in one statement for
// every hook's, waiting for nothing: its answer is what the database holds in that transaction.
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

    it('answers in the hooks order, from the database as the transaction finds it, in one statement for every hook', async () => {
      const quiet: HeadHook = { run: async () => {} };
      const asking: HeadHook = { ask: anyActiveWebhook, run: async () => {} };
      const without = await write([quiet]);
      const none = await write([asking, quiet]);
      expect(none.statements).toBe(without.statements + 1);
      expect(none.answers.map((a) => Boolean(a[0]))).toEqual([false, false]);
      expect(none.answers[1]).toEqual([undefined]);
      const two = await write([asking, quiet, asking]);
      expect(two.statements).toBe(none.statements);
      expect(two.answers.map((a) => Boolean(a[0]))).toEqual([false, false, false]);
      expect(two.answers[1]).toEqual([undefined]);

      await addWebhook('2026-03-01T00:00:00.000Z');
      expect(Boolean((await write([asking])).answers[0]![0])).toBe(false);
      await addWebhook(null);
      expect(Boolean((await write([asking])).answers[0]![0])).toBe(true);
      const both = (await write([asking, quiet, asking])).answers;
      expect(both.map((a) => Boolean(a[0]))).toEqual([true, false, true]);
      expect(both[1]).toEqual([undefined]);
    });
  });
}

// On PostgreSQL a write that waits for the head's lock took its statement's snapshot before the
// wait; what the hooks ask must still see what was committed while it waited (SQLite has one writer,
// so a webhook cannot be created while a write waits).
if (testDialects().includes('postgres'))
  describe("postgres: a head hook's question sees what was committed while the write waited for the lock", () => {
    let s: TestServer;
    beforeAll(async () => {
      s = await startTestServer('postgres', { config: { webhooksAllowPrivate: true } });
    });
    afterAll(async () => s.close());

    /** Whether some other connection of this database is waiting for a lock in a statement on the head. */
    const writeWaitsForHead = async () =>
      (
        await sql<{ waiting: boolean }>`
          select exists (select 1 from pg_stat_activity
            where datname = current_database() and pid <> pg_backend_pid()
              and wait_event_type = 'Lock' and query like '%ledger_head%') as waiting`.execute(s.db.db)
      ).rows[0]!.waiting;

    it('a webhook created while a resolution waits for the head gets its notification', async () => {
      const [admin, editor, reviewer] = [await s.as('admin'), await s.as('editor'), await s.as('reviewer')];
      const claim = await makeClaim(editor, { windowEnd: '2026-02-21' });
      let release!: () => void;
      let locked!: () => void;
      const isLocked = new Promise<void>((r) => (locked = r));
      const holder = s.db.db.transaction().execute(async (trx) => {
        await lockLedgerHead(trx);
        locked();
        await new Promise<void>((r) => (release = r));
      });
      await isLocked;
      const resolving = reviewer.post(`/api/claims/${claim.id}/resolutions`, { outcome: 'true', evidence: EVIDENCE });
      await vi.waitFor(async () => expect(await writeWaitsForHead()).toBe(true), { timeout: 10_000, interval: 20 });
      const hook = await admin.post('/api/webhooks', { url: 'https://example.com/hook', description: 'while waiting' });
      expect(hook.status).toBe(201);
      release();
      await holder;
      const resolved = await resolving;
      expect(resolved.status).toBe(201);
      const queued = await s.db.db
        .selectFrom('webhook_outbox')
        .select(['kind', 'subject'])
        .where('webhookId', '=', hook.body.id)
        .execute();
      expect(queued).toEqual([
        { kind: 'claim.resolved', subject: `claim.resolved:${resolved.body.resolutions[0].id}` },
      ]);
    });
  });
