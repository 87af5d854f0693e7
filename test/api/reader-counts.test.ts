import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialects } from '../support/dialects.js';
import { EVIDENCE, makeClaim, makeSource } from '../support/factories.js';
import { startTestServer, type Client, type TestServer } from '../support/server.js';

// Issue 26: the numbers a reader sees on the leaderboard and a source's page. Each group of the
// leaderboard is numbered from 1 with no gaps; a source's page counts the claims it made and the
// claims that only cite it apart; the tag filter's suggestions follow the ledger.

type Sources = { handle: string; role: 'made' | 'cited' | 'disputed' }[];

for (const dialect of testDialects()) {
  describe(`${dialect}: leaderboard places, cited counts and tag suggestions`, () => {
    let s: TestServer;
    let editor: Client;
    let reviewer: Client;
    // settled: 6 resolved (5 right); lucky: 1 of 1 (provisional); steady: 5 resolved (3 right);
    // quiet: nothing resolved; quoted: only ever cited or disputed.
    let settled: string;
    let lucky: string;
    let steady: string;
    let quiet: string;
    let quoted: string;

    async function claim(sources: Sources, extra: Record<string, unknown> = {}) {
      return makeClaim(editor, { sources, ...extra });
    }
    async function resolve(id: string, outcome: 'true' | 'false' | 'void') {
      const body = outcome === 'void' ? { outcome, voidReason: 'ambiguous' } : { outcome, evidence: EVIDENCE };
      const res = await reviewer.post(`/api/claims/${id}/resolutions`, body);
      if (res.status !== 201) throw new Error(JSON.stringify(res.body));
    }
    async function resolved(sources: Sources, outcome: 'true' | 'false' | 'void', extra: Record<string, unknown> = {}) {
      await resolve((await claim(sources, extra)).id, outcome);
    }

    beforeAll(async () => {
      s = await startTestServer(dialect, { now: '2026-03-01T12:00:00.000Z' });
      editor = await s.as('editor');
      reviewer = await s.as('reviewer');
      const handle = async () => (await makeSource(editor)).handle;
      settled = await handle();
      lucky = await handle();
      steady = await handle();
      quiet = await handle();
      quoted = await handle();
      const made = (h: string): Sources => [{ handle: h, role: 'made' }];
      for (const o of ['true', 'true', 'true', 'true', 'false'] as const)
        await resolved(made(settled), o, { tags: ['energy'] });
      // settled's sixth call cites `quoted`: it counts for settled only.
      await resolved([...made(settled), { handle: quoted, role: 'cited' }], 'true', { tags: ['energy', 'chips'] });
      await resolved(made(lucky), 'true', { tags: ['chips'] });
      for (const o of ['true', 'true', 'true', 'false', 'false'] as const) await resolved(made(steady), o);
      // quoted: cited in an open claim and a due one, disputed in a voided one.
      await claim([...made(quiet), { handle: quoted, role: 'cited' }], { windowEnd: '2026-12-31' });
      await claim([...made(quiet), { handle: quoted, role: 'cited' }]);
      await resolved([...made(quiet), { handle: quoted, role: 'disputed' }], 'void');
    });
    afterAll(async () => s.close());

    it('numbers settled and provisional sources apart, 1..n each, while keeping the SCORING.md rank', async () => {
      const res = await s.anon.get('/api/leaderboard');
      expect(res.status).toBe(200);
      const rows = res.body.items.map((r: any) => [r.handle, r.rank, r.provisional, r.place]);
      // pooled μ = 9/12: settled (5+7.5)/16 = .781, lucky (1+7.5)/11 = .773, steady (3+7.5)/15 = .700
      expect(rows).toEqual([
        [settled, 1, false, 1],
        [steady, 3, false, 2],
        [lucky, 2, true, 1],
        ...[quiet, quoted].sort().map((h) => [h, null, true, null]),
      ]);
      const reversed = await s.anon.get('/api/leaderboard?order=desc');
      expect(reversed.body.items.map((r: any) => r.handle)).toEqual(res.body.items.map((r: any) => r.handle).reverse());
      const paged = await s.anon.get('/api/leaderboard?limit=2');
      const next = await s.anon.get(`/api/leaderboard?limit=2&cursor=${paged.body.nextCursor}`);
      expect([...paged.body.items, ...next.body.items].map((r: any) => r.place)).toEqual([1, 2, 1, null]);
    });

    it('numbers within the filtered board: only the sources it shows count', async () => {
      const energy = await s.anon.get('/api/leaderboard?tag=energy&minResolved=1');
      expect(energy.body.items.map((r: any) => [r.handle, r.rank, r.place])).toEqual([[settled, 1, 1]]);
      const chips = await s.anon.get('/api/leaderboard?tag=chips&minResolved=1');
      // both have one chips call: provisional, numbered 1 and 2 among themselves
      expect(chips.body.items.map((r: any) => [r.provisional, r.place])).toEqual([
        [true, 1],
        [true, 2],
      ]);
    });

    it('counts the claims a source made and the ones that only cite it apart, on the server', async () => {
      const cited = await s.anon.get(`/api/sources/${quoted}/scorecard`);
      expect(cited.status).toBe(200);
      expect(cited.body.counts).toEqual({ open: 0, due: 0, resolved: 0, void: 0 });
      expect(cited.body.citedCounts).toEqual({ open: 1, due: 1, resolved: 1, void: 1 });
      expect(cited.body.scorecard.nDirectional).toBe(0);
      // the claim list shows all four, as the counts say
      const listed = await s.anon.get(`/api/claims?source=${quoted}`);
      expect(listed.body.items).toHaveLength(4);

      const maker = await s.anon.get(`/api/sources/${settled}/scorecard`);
      expect(maker.body.counts).toEqual({ open: 0, due: 0, resolved: 6, void: 0 });
      expect(maker.body.citedCounts).toEqual({ open: 0, due: 0, resolved: 0, void: 0 });
      const other = await s.anon.get(`/api/sources/${quiet}/scorecard`);
      expect(other.body.counts).toEqual({ open: 1, due: 1, resolved: 0, void: 1 });
    });

    it('suggests the tags in use, most used first, and follows new claims', async () => {
      const before = await s.anon.get('/api/tags');
      expect(before.status).toBe(200);
      expect(before.body.items).toEqual([
        { tag: 'energy', claims: 6 },
        { tag: 'chips', claims: 2 },
      ]);
      await claim([{ handle: quiet, role: 'made' }], { tags: ['weather'], windowEnd: '2026-12-31' });
      const after = await s.anon.get('/api/tags');
      expect(after.body.items.map((t: any) => t.tag)).toEqual(['energy', 'chips', 'weather']);
    });
  });
}
