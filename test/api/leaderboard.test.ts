import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ScorecardQuery } from '../../src/shared/api/index.js';
import { getScorecards } from '../../src/server/leaderboard/service.js';
import { testDialects } from '../support/dialects.js';
import { EVIDENCE, makeClaim, makeSource } from '../support/factories.js';
import { startTestServer, type Client, type TestServer } from '../support/server.js';

async function resolved(
  editor: Client,
  reviewer: Client,
  handle: string,
  outcome: 'true' | 'false' | 'void',
  extra: Record<string, unknown> = {},
) {
  const claim = await makeClaim(editor, { sources: [{ handle, role: 'made' }], ...extra });
  const body = outcome === 'void' ? { outcome, voidReason: 'ambiguous' } : { outcome, evidence: EVIDENCE };
  const res = await reviewer.post(`/api/claims/${claim.id}/resolutions`, body);
  if (res.status !== 201) throw new Error(JSON.stringify(res.body));
  return claim;
}

for (const dialect of testDialects()) {
  describe(`${dialect}: leaderboard and scorecards`, () => {
    let s: TestServer;
    let a: string;
    let b: string;
    beforeAll(async () => {
      s = await startTestServer(dialect, { now: '2026-03-01T12:00:00.000Z' });
      const editor = await s.as('editor');
      const reviewer = await s.as('reviewer');
      a = (await makeSource(editor)).handle;
      b = (await makeSource(editor)).handle;
      // a: 3 of 4 right (one BEAR), one void, one open. b: 1 of 2 right, with probabilities.
      for (const o of ['true', 'true', 'false'] as const) await resolved(editor, reviewer, a, o);
      await resolved(editor, reviewer, a, 'true', { kind: 'BEAR' });
      await resolved(editor, reviewer, a, 'void');
      await makeClaim(editor, { sources: [{ handle: a }], windowEnd: '2026-12-31' });
      await makeClaim(editor, { sources: [{ handle: a }], windowStart: '2026-01-01', windowEnd: '2026-02-01' });
      await resolved(editor, reviewer, b, 'true', { probability: 0.8, tags: ['chips'] });
      await resolved(editor, reviewer, b, 'false', { probability: 0.6 });
    });
    afterAll(async () => s.close());

    it('ranks by the shrunk rate with the pooled prior (SCORING.md B5), with counts', async () => {
      const res = await s.anon.get('/api/leaderboard?minResolved=1');
      expect(res.status).toBe(200);
      // pooled μ = (4 + 1) / (4 + 2) = 5/6; a: (4 + 10·5/6)/(4+10) = 0.880952…, b: (1 + 10·5/6)/12 = 0.777…
      // a has 4 hits of 4? No: a is 3 true + 1 false + 1 BEAR true = 4 of 5 directional.
      // Recount: a = true, true, false, BEAR-true → 3 hits of 4; b = 1 of 2. μ = 4/6.
      expect(res.body.priorMean).toBeCloseTo(4 / 6, 10);
      const [first, second] = res.body.items;
      expect(first).toMatchObject({
        handle: a,
        rank: 1,
        nDirectional: 4,
        hits: 3,
        nVoid: 1,
        open: 1,
        due: 1,
        provisional: true,
      });
      expect(first.shrunkRate).toBeCloseTo((3 + (10 * 4) / 6) / 14, 10);
      expect(first.hitRate).toBeCloseTo(0.75, 10);
      expect(second).toMatchObject({ handle: b, rank: 2, nDirectional: 2, hits: 1 });
      expect(second.shrunkRate).toBeCloseTo((1 + (10 * 4) / 6) / 12, 10);
      // Brier for b: ((0.8-1)² + (0.6-0)²)/2 = (0.04 + 0.36)/2 = 0.2
      expect(second.brier).toBeCloseTo(0.2, 10);
      expect(first.brier).toBeNull();
    });

    it('filters by kind and tag, sorts by any measure, and pages', async () => {
      const bear = await s.anon.get('/api/leaderboard?kind=BEAR&minResolved=1');
      expect(bear.body.items.map((r: any) => r.handle)).toEqual([a]);
      expect(bear.body.items[0]).toMatchObject({ nDirectional: 1, hits: 1 });
      const chips = await s.anon.get('/api/leaderboard?tag=chips&minResolved=1');
      expect(chips.body.items.map((r: any) => r.handle)).toEqual([b]);
      const byBrier = await s.anon.get('/api/leaderboard?sort=brier&minResolved=1');
      expect(byBrier.body.items.map((r: any) => r.handle)).toEqual([b, a]);
      const page1 = await s.anon.get('/api/leaderboard?minResolved=1&limit=1');
      const page2 = await s.anon.get(`/api/leaderboard?minResolved=1&limit=1&cursor=${page1.body.nextCursor}`);
      expect([page1.body.items[0].handle, page2.body.items[0].handle]).toEqual([a, b]);
      expect(page2.body.nextCursor).toBeNull();
      expect((await s.anon.get('/api/leaderboard?sort=nonsense')).status).toBe(400);
      expect((await s.anon.get('/api/leaderboard?period=forever')).status).toBe(400);
    });

    it('a new resolution moves the board at once (the cache follows the ledger head)', async () => {
      const editor = await s.as('editor');
      const reviewer = await s.as('reviewer');
      const before = (await s.anon.get('/api/leaderboard?minResolved=1')).body;
      await resolved(editor, reviewer, b, 'true');
      const after = (await s.anon.get('/api/leaderboard?minResolved=1')).body;
      expect(after.headSeq).toBeGreaterThan(before.headSeq);
      expect(after.items.find((r: any) => r.handle === b).hits).toBe(2);
    });

    it('serves a source scorecard with per-kind breakdown, rolling series and counts', async () => {
      const res = await s.anon.get(`/api/sources/${a}/scorecard?months=3&windowMonths=1`);
      expect(res.status).toBe(200);
      expect(res.body.scorecard).toMatchObject({ nDirectional: 4, hits: 3, nVoid: 1 });
      expect(res.body.counts).toEqual({ open: 1, due: 1, resolved: 4, void: 1 });
      expect(res.body.byKind.find((k: any) => k.kind === 'BEAR').scorecard.hits).toBe(1);
      expect(res.body.rolling.map((p: any) => p.month)).toEqual(['2026-01', '2026-02', '2026-03']);
      expect(res.body.rolling[2]).toMatchObject({ n: 4, hits: 3 });
      expect(res.body.scorecard.calibration).toHaveLength(10);
      expect((await s.anon.get('/api/sources/nobody_at_all/scorecard')).status).toBe(404);
    });

    it('computes many scorecards at once exactly as it serves each one (what `audit` recomputes)', async () => {
      for (const query of ['months=3&windowMonths=1', 'kind=BEAR', 'tag=chips', 'period=30d']) {
        const q = ScorecardQuery.parse(Object.fromEntries(new URLSearchParams(query)));
        const cards = await getScorecards(s.ctx, [b, 'nobody_at_all', a], q);
        expect(cards.map((c) => c.handle)).toEqual([b, a]);
        const every = await getScorecards(s.ctx, 'every', q);
        expect(every.map((c) => c.handle)).toEqual([a, b].sort());
        for (const card of [...cards, ...every]) {
          const served = await s.anon.get(`/api/sources/${card.handle}/scorecard?${query}`);
          expect(JSON.parse(JSON.stringify(card))).toEqual(served.body);
        }
      }
    });
  });
}
