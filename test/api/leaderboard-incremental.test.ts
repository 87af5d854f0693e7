import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/server/db/connect.js';
import { createContext } from '../../src/server/context.js';
import { testConfig } from '../../src/server/config.js';
import { ledgerHead } from '../../src/server/ledger/append.js';
import { getLeaderboard } from '../../src/server/leaderboard/service.js';
import { mulberry32 } from '../../src/server/prng.js';
import { testDialects } from '../support/dialects.js';
import { EVIDENCE, makeSource, randomClaimBody } from '../support/factories.js';
import { startTestServer, type TestServer } from '../support/server.js';

// The leaderboard after a write reads again only the sources the new events can have changed;
// after every kind of write it must equal a board computed from scratch by a process that has
// read nothing before.
for (const dialect of testDialects()) {
  describe(`${dialect}: the leaderboard after each write`, () => {
    let s: TestServer;
    beforeAll(async () => {
      s = await startTestServer(dialect);
    });
    afterAll(async () => s.close());

    const query = { period: 'all', minResolved: 0, sort: 'rank', limit: 500 } as const;
    const fresh = async () => {
      const handle = openDatabase(s.db.url);
      try {
        const ctx = createContext({ db: handle.db, clock: s.clock, config: testConfig(), pool: handle.pool });
        return await getLeaderboard(ctx, query);
      } finally {
        await handle.close();
      }
    };

    it('equals a board computed from scratch, through source, claim and resolution writes', async () => {
      const editor = await s.as('editor');
      const reviewer = await s.as('reviewer');
      const random = mulberry32(7);
      const pick = <T>(xs: T[]) => xs[Math.floor(random() * xs.length)]!;
      const sources = [await makeSource(editor), await makeSource(editor), await makeSource(editor)];
      const open: string[] = [];
      const resolved: string[] = [];
      for (let step = 0; step < 40; step++) {
        const r = random();
        if (r < 0.1) sources.push(await makeSource(editor));
        else if (r < 0.15)
          expect(
            (await editor.patch(`/api/sources/${pick(sources).handle}`, { displayName: `Renamed ${step}` })).status,
          ).toBe(200);
        else if (r < 0.5) {
          const res = await editor.post('/api/claims', randomClaimBody(step, '2026-02-20', pick, sources));
          expect(res.status).toBe(201);
          open.push(res.body.id);
        } else if (r < 0.85 && open.length) {
          const id = open.splice(Math.floor(random() * open.length), 1)[0]!;
          const outcome = pick(['true', 'false', 'partial', 'void']);
          const body: Record<string, unknown> = { outcome, evidence: EVIDENCE };
          if (outcome === 'partial') body.credit = 0.5;
          if (outcome === 'void') body.voidReason = 'ambiguous';
          expect((await reviewer.post(`/api/claims/${id}/resolutions`, body)).status).toBe(201);
          resolved.push(id);
        } else if (resolved.length) {
          const id = pick(resolved);
          expect(
            (await reviewer.post(`/api/claims/${id}/withdraw`, { reason: 'ruled too early' })).status,
          ).toBeLessThan(500);
        }
        // Served through the warm caches, as a reader after this write sees it.
        const head = await ledgerHead(s.db.db);
        const warm = await getLeaderboard(s.ctx, query);
        expect(warm.headSeq).toBe(head.seq);
        expect(warm).toEqual(await fresh());
      }
    });
  });
}
