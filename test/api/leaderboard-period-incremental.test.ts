import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Kysely } from 'kysely';
import { openDatabase } from '../../src/server/db/connect.js';
import type { Database } from '../../src/server/db/schema.js';
import { createContext } from '../../src/server/context.js';
import { testConfig } from '../../src/server/config.js';
import { ledgerHead } from '../../src/server/ledger/append.js';
import { getLeaderboard } from '../../src/server/leaderboard/service.js';
import { mulberry32 } from '../../src/server/prng.js';
import { testDialects } from '../support/dialects.js';
import { EVIDENCE, makeSource, randomClaimBody } from '../support/factories.js';
import { PASSWORD, startTestServer, type Client, type TestServer } from '../support/server.js';

// Boards filtered by period are read from maintained window and day rows, boards filtered by kind
// and tag together (or with a period) are folded from claims; after a write only the sources the
// new events name are read or folded again. After every kind of write, on every day, the board
// must equal one read from scratch by a process that has read nothing before, and a write to one
// source must read no other source's rows or claims.
const QUERIES = [
  { period: '30d' },
  { period: '90d' },
  { period: '12m' },
  { period: 'ytd' },
  { period: 'all', kind: 'BULL', tag: 'ai' },
  { period: '30d', kind: 'BEAR', tag: 'chips' },
] as const;

const board = (q: (typeof QUERIES)[number]) => ({ minResolved: 0, sort: 'rank', limit: 500, ...q }) as const;

/**
 * The same database, counting by source the resolved calls read from it (rows that carry a
 * credit and a source) and the maintained totals rows (rows that carry figures and a source).
 */
function countingDb(db: Kysely<Database>) {
  const folded: string[] = [];
  const maintained: string[] = [];
  const counted = db.withPlugin({
    transformQuery: ({ node }) => node,
    transformResult: ({ result }) => {
      for (const r of result.rows as Record<string, unknown>[]) {
        if ('credit' in r && 'probability' in r && 'sourceId' in r) folded.push(String(r.sourceId));
        if ('sumBrier' in r && 'binCount0' in r && 'sourceId' in r) maintained.push(String(r.sourceId));
      }
      return Promise.resolve(result);
    },
  });
  return { db: counted, folded, maintained };
}

for (const dialect of testDialects()) {
  describe(`${dialect}: filtered leaderboards after each write`, () => {
    let s: TestServer;
    let other: ReturnType<typeof openDatabase>;
    beforeAll(async () => {
      s = await startTestServer(dialect, { now: '2025-10-01T12:00:00.000Z' });
      other = openDatabase(s.db.url);
    });
    afterAll(async () => {
      await other.close();
      await s.close();
    });

    // Through a connection of its own, and a database object no cache has seen: as a process
    // that has read nothing before.
    const fresh = async (q: (typeof QUERIES)[number]) => {
      const db = other.db.withPlugin({
        transformQuery: ({ node }) => node,
        transformResult: ({ result }) => Promise.resolve(result),
      });
      return getLeaderboard(createContext({ db, clock: s.clock, config: testConfig(), pool: other.pool }), board(q));
    };

    it('equals a board folded from scratch through resolutions, corrections and voids across days', async () => {
      // Sessions last 14 days: sign in again whenever the clock moves on.
      // s.as names its users by role and order of creation.
      let editor: Client = await s.as('editor');
      let reviewer: Client = await s.as('reviewer');
      const names = { editor: 'editor1', reviewer: 'reviewer2' };
      const counting = countingDb(s.db.db);
      const ctx = createContext({ db: counting.db, clock: s.clock, config: testConfig(), pool: s.db.pool });
      const random = mulberry32(11);
      const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)]!;
      const sources = [await makeSource(editor), await makeSource(editor), await makeSource(editor)];
      const open: string[] = [];
      const resolved: { id: string; resolution: string }[] = [];
      // Claims written since the boards were last read, and the day they were read on: reads
      // are skipped now and then, so a board is brought forward over several writes at once.
      const written = new Set<string>();
      let readOn: string | null = null;
      let sameDayRefolds = 0;
      for (let step = 0; step < 50; step++) {
        const r = random();
        let wrote: string | null = null;
        if (r < 0.15) {
          s.clock.advance(Math.floor(1 + random() * 25) * 86400_000);
          editor = await s.signIn(names.editor, PASSWORD);
          reviewer = await s.signIn(names.reviewer, PASSWORD);
        } else if (r < 0.2) sources.push(await makeSource(editor));
        else if (r < 0.5 || !open.length) {
          const res = await editor.post('/api/claims', randomClaimBody(step, '2025-09-01', pick, sources));
          expect(res.status).toBe(201);
          open.push(res.body.id);
          wrote = res.body.id;
        } else if (r < 0.8) {
          const id = open.splice(Math.floor(random() * open.length), 1)[0]!;
          const outcome = pick(['true', 'false', 'partial', 'void']);
          const body: Record<string, unknown> = { outcome, evidence: EVIDENCE };
          if (outcome === 'partial') body.credit = 0.5;
          if (outcome === 'void') body.voidReason = 'ambiguous';
          const res = await reviewer.post(`/api/claims/${id}/resolutions`, body);
          expect(res.status).toBe(201);
          resolved.push({ id, resolution: res.body.resolutions.at(-1).id });
          wrote = id;
        } else if (resolved.length) {
          // A correction: a later resolution supersedes the current one (sometimes voiding the claim).
          const target = pick(resolved);
          const outcome = pick(['true', 'false', 'void']);
          const body: Record<string, unknown> = {
            outcome,
            evidence: EVIDENCE,
            supersedes: target.resolution,
            reason: 'read again',
          };
          if (outcome === 'void') body.voidReason = 'ambiguous';
          const res = await reviewer.post(`/api/claims/${target.id}/resolutions`, body);
          expect(res.status).toBe(201);
          target.resolution = res.body.resolutions.at(-1).id;
          wrote = target.id;
        }
        if (wrote) written.add(wrote);
        if (step < 49 && random() < 0.35) continue;
        const head = await ledgerHead(s.db.db);
        const day = s.clock.now().toISOString().slice(0, 10);
        const linked = new Set(
          written.size
            ? (
                await s.db.db
                  .selectFrom('claim_sources')
                  .select('sourceId')
                  .where('claimId', 'in', [...written])
                  .execute()
              ).map((l) => l.sourceId)
            : [],
        );
        for (const q of QUERIES) {
          counting.folded.length = 0;
          counting.maintained.length = 0;
          const warm = await getLeaderboard(ctx, board(q));
          expect(warm.headSeq).toBe(head.seq);
          expect(warm, `${JSON.stringify(q)} at step ${step}`).toEqual(await fresh(q));
          // On the day of the last read, only the sources of the claims written since are read again.
          if (readOn === day) {
            for (const id of [...counting.folded, ...counting.maintained]) expect(linked.has(id)).toBe(true);
            if (linked.size) sameDayRefolds += 1;
          }
        }
        written.clear();
        readOn = day;
      }
      expect(sameDayRefolds).toBeGreaterThan(0);
    }, 180_000);

    it('folds only the written source again, however many claims the others have', async () => {
      // The clock has moved on since the users were made: fresh sessions.
      const editor = await s.signIn('editor1', PASSWORD);
      const reviewer = await s.signIn('reviewer2', PASSWORD);
      const counting = countingDb(s.db.db);
      const ctx = createContext({ db: counting.db, clock: s.clock, config: testConfig(), pool: s.db.pool });
      const made = async (handle: string) => {
        const res = await editor.post('/api/claims', {
          kind: 'BULL',
          statement: `A claim by ${handle} will come true.`,
          windowEnd: '2025-09-01',
          tags: ['ai'],
          sources: [{ handle, role: 'made' }],
        });
        expect(res.status).toBe(201);
        return res.body.id as string;
      };
      const others = [await makeSource(editor), await makeSource(editor), await makeSource(editor)];
      for (const o of others)
        for (let i = 0; i < 5; i++)
          expect(
            (
              await reviewer.post(`/api/claims/${await made(o.handle)}/resolutions`, {
                outcome: 'true',
                evidence: EVIDENCE,
              })
            ).status,
          ).toBe(201);
      const one = await makeSource(editor);
      const first = await made(one.handle);
      await reviewer.post(`/api/claims/${first}/resolutions`, { outcome: 'false', evidence: EVIDENCE });
      const second = await made(one.handle);
      for (const q of QUERIES) await getLeaderboard(ctx, board(q));

      expect(
        (await reviewer.post(`/api/claims/${second}/resolutions`, { outcome: 'true', evidence: EVIDENCE })).status,
      ).toBe(201);
      const oneId = one.id;
      for (const q of QUERIES) {
        counting.folded.length = 0;
        counting.maintained.length = 0;
        const warm = await getLeaderboard(ctx, board(q));
        expect(warm).toEqual(await fresh(q));
        if (!('kind' in q)) {
          // A period alone: its maintained rows of the written source only, no claim.
          expect(new Set(counting.maintained)).toEqual(new Set([oneId]));
          expect(counting.folded).toEqual([]);
          continue;
        }
        expect(new Set(counting.folded)).toEqual(
          // Both of its resolved BULL/ai calls, in every period (both resolved today); none for BEAR/chips.
          new Set(q.period === '30d' && q.kind === 'BEAR' ? [] : [oneId]),
        );
        expect(counting.folded.length).toBe(q.period === '30d' && q.kind === 'BEAR' ? 0 : 2);
      }
    });
  });
}
