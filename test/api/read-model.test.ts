import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dueCounts, rollDueForward } from '../../src/server/read-model/due.js';
import { rebuildReadModel } from '../../src/server/read-model/rebuild.js';
import { ALL_CLAIMS } from '../../src/server/read-model/snapshot.js';
import { mulberry32 } from '../../src/server/prng.js';
import { testDialects } from '../support/dialects.js';
import { EVIDENCE, makeSource } from '../support/factories.js';
import { startTestServer, type Client, type TestServer } from '../support/server.js';

const KINDS = ['BULL', 'BEAR', 'WATCH', 'CLAIM'] as const;
const TAGS = ['ai', 'chips', 'macro'];

type Db = TestServer['ctx']['db'];

/** Every read-model table as plain data, zero rows dropped (a count that went to 0 and one never written agree). */
async function tables(db: Db) {
  const openDays = await db.selectFrom('open_days').selectAll().where('n', '!=', 0).execute();
  const keys = await db.selectFrom('open_claim_keys').selectAll().execute();
  const facets = await db.selectFrom('source_facet_totals').selectAll().execute();
  const tagCounts = await db.selectFrom('tag_counts').selectAll().where('claims', '!=', 0).execute();
  const totals = (facet: string) =>
    Object.fromEntries(
      facets
        .filter((r) => r.facet === facet)
        .map(({ facet: _, value, sourceId, ...figures }) => [`${sourceId}/${value}`, figures] as const)
        .filter(([, t]) => t.n !== 0)
        .sort(([a], [b]) => a.localeCompare(b)),
    );
  return {
    openDays: openDays.map((r) => `${r.windowEnd}/${r.sourceId}=${Number(r.n)}`).sort(),
    keys: keys.map((r) => `${r.key}/${r.windowEnd}/${r.claimId}`).sort(),
    kind: totals('kind'),
    tag: totals('tag'),
    tagCounts: tagCounts.map((r) => `${r.tag}=${Number(r.claims)}`).sort(),
  };
}

/** Due per maker (and every claim), counted the slow way, over the claims table. */
async function recountDue(db: Db, day: string): Promise<Map<string, number>> {
  const { rows } = await sql<{ sourceId: string; n: number }>`
    select cs."sourceId", count(*) as n from claims c join claim_sources cs on cs."claimId" = c.id
     where c."resolutionId" is null and c."windowEnd" < ${day} and cs.role = 'made' group by cs."sourceId"
    union all select ${ALL_CLAIMS}, count(*) from claims where "resolutionId" is null and "windowEnd" < ${day}`.execute(
    db,
  );
  return new Map(rows.filter((r) => Number(r.n) > 0).map((r) => [r.sourceId, Number(r.n)]));
}

const nonZero = (m: Map<string, number>) => new Map([...m].filter(([, n]) => n !== 0));

/** Totals are float sums: folded in another order they agree to rounding, counts exactly. */
function expectTotalsClose(actual: Record<string, unknown>, expected: Record<string, unknown>) {
  const flat = (v: unknown, path: string, out: Map<string, number>): Map<string, number> => {
    if (typeof v === 'number') out.set(path, v);
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) flat(x, `${path}.${k}`, out);
    return out;
  };
  const a = flat(actual, '', new Map());
  const e = flat(expected, '', new Map());
  expect([...a.keys()].sort()).toEqual([...e.keys()].sort());
  for (const [k, v] of e) expect(a.get(k), k).toBeCloseTo(v, 9);
}

for (const dialect of testDialects()) {
  describe(`${dialect}: the read model the ledger keeps`, () => {
    let s: TestServer;
    let editor: Client;
    let reviewer: Client;
    beforeAll(async () => {
      s = await startTestServer(dialect, { now: '2026-03-01T12:00:00.000Z' });
      editor = await s.as('editor');
      reviewer = await s.as('reviewer');
    });
    afterAll(async () => s.close());

    it('equals a recount after random writes, and due counts follow the clock', async () => {
      const rand = mulberry32(27);
      const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
      const day = (base: number, spread: number) =>
        new Date(Date.UTC(2026, 1, base + Math.floor(rand() * spread))).toISOString().slice(0, 10);
      const sources = [];
      for (let i = 0; i < 4; i++) sources.push((await makeSource(editor)).handle);
      const claims: { id: string; resolutions: string[] }[] = [];
      for (let step = 0; step < 60; step++) {
        const r = rand();
        if (r < 0.45 || claims.length < 3) {
          const makers = [...new Set([pick(sources), pick(sources)])];
          const res = await editor.post('/api/claims', {
            kind: pick(KINDS),
            statement: `Random claim ${step} will come true.`,
            windowStart: '2026-01-01',
            windowEnd: day(1, 60),
            probability: rand() < 0.4 ? Math.round(rand() * 100) / 100 : null,
            tags: TAGS.filter(() => rand() < 0.4),
            sources: [
              ...makers.map((handle) => ({ handle, role: 'made' })),
              ...(rand() < 0.3 ? [{ handle: pick(sources.filter((h) => !makers.includes(h))), role: 'cited' }] : []),
            ],
          });
          expect(res.status, JSON.stringify(res.body)).toBe(201);
          claims.push({ id: res.body.id, resolutions: [] });
        } else if (r < 0.7) {
          const c = pick(claims);
          const outcome = pick(['true', 'false', 'partial', 'void'] as const);
          const body: Record<string, unknown> = { outcome, early: true };
          if (outcome === 'void') body.voidReason = 'ambiguous';
          else body.evidence = EVIDENCE;
          if (outcome === 'partial') body.credit = 0.5;
          const last = c.resolutions.at(-1);
          if (last) Object.assign(body, { supersedes: last, reason: 'correction' });
          const res = await reviewer.post(`/api/claims/${c.id}/resolutions`, body);
          // 409: e.g. a correction of a resolution that another already superseded.
          expect([201, 409], JSON.stringify(res.body)).toContain(res.status);
          if (res.status === 201) {
            type Ruling = { id: string; outcome: string; supersededBy: string | null; withdrawnAt: string | null };
            const rulings = res.body.resolutions as Ruling[];
            const current = rulings.find((x) => !x.supersededBy && !x.withdrawnAt)!;
            c.resolutions.push(current.id);
            // Sometimes undone at once: the claim goes back to the ruling it superseded, or to open.
            if (rand() < 0.3) {
              const restored = rulings.find((x) => x.supersededBy === current.id);
              s.clock.advance(1_000);
              const undo = await reviewer.post(`/api/resolutions/${current.id}/withdraw`, {});
              expect(undo.status, JSON.stringify(undo.body)).toBe(200);
              expect(undo.body.outcome).toBe(restored ? restored.outcome : null);
              c.resolutions.pop();
            }
          }
        } else if (r < 0.9) {
          const c = pick(claims);
          const change = pick([
            { kind: pick(KINDS) },
            { windowEnd: day(1, 60) },
            { tags: TAGS.filter(() => rand() < 0.5) },
            { probability: Math.round(rand() * 100) / 100 },
            { statement: `Amended statement ${step} reads better.` },
          ]);
          const res = await editor.patch(`/api/claims/${c.id}`, { reason: 'amended for the test', ...change });
          expect([200, 409, 422], JSON.stringify(res.body)).toContain(res.status);
        } else {
          // Time passes: a day or three, sometimes rolled forward by a read.
          s.clock.advance(Math.floor(1 + rand() * 3) * 86_400_000);
          if (rand() < 0.5) await rollDueForward(s.ctx.db, s.clock.now().toISOString().slice(0, 10));
        }
        if (step % 15 === 14) {
          const today = s.clock.now().toISOString().slice(0, 10);
          for (const d of [today, '2026-02-10', '2026-04-15'])
            expect(nonZero(await dueCounts(s.ctx.db, d))).toEqual(await recountDue(s.ctx.db, d));
        }
      }
      const maintained = await tables(s.ctx.db);
      const asOf = (await s.ctx.db.selectFrom('read_model_state').select('asOf').executeTakeFirstOrThrow()).asOf;
      await rebuildReadModel(s.ctx.db, asOf);
      const recounted = await tables(s.ctx.db);
      expect(maintained.openDays).toEqual(recounted.openDays);
      expect(maintained.keys).toEqual(recounted.keys);
      expect(maintained.tagCounts).toEqual(recounted.tagCounts);
      expect(recounted.tagCounts.length).toBeGreaterThan(0);
      expectTotalsClose(maintained.kind, recounted.kind);
      expectTotalsClose(maintained.tag, recounted.tag);
      expect(recounted.keys.length).toBeGreaterThan(0);
      expect(Object.keys(recounted.tag).length).toBeGreaterThan(0);
      if (dialect === 'postgres') {
        // A resolution deletes all of a claim's queue keys: the rebuild writes them claim by claim,
        // so a claim's rows share a page unless the insert moved to another page among them.
        const { rows } = await sql<{ pages: number; split: number }>`
          with k as (select "claimId", (ctid::text::point)[0] as page from open_claim_keys)
          select (select count(distinct page) from k) as pages,
                 (select count(*) from (select 1 from k group by "claimId" having count(distinct page) > 1) s) as split`.execute(
          s.ctx.db,
        );
        expect(Number(rows[0]!.split)).toBeLessThan(Number(rows[0]!.pages));
      }
    });

    it('a write changes only the claim it is about: one resolution moves one source out of due', async () => {
      const handle = (await makeSource(editor)).handle;
      const other = (await makeSource(editor)).handle;
      const today = s.clock.now().toISOString().slice(0, 10);
      const mk = async (h: string) =>
        (
          await editor.post('/api/claims', {
            kind: 'BULL',
            statement: 'A claim that has come due by now.',
            windowStart: '2026-01-01',
            windowEnd: '2026-02-02',
            sources: [{ handle: h, role: 'made' }],
          })
        ).body.id as string;
      const id = await mk(handle);
      await mk(other);
      const before = await s.anon.get(`/api/leaderboard?minResolved=0&limit=200`);
      const rowOf = (body: { items: { handle: string; due: number; open: number }[] }, h: string) =>
        body.items.find((r) => r.handle === h)!;
      expect(rowOf(before.body, handle).due).toBe(1);
      await reviewer.post(`/api/claims/${id}/resolutions`, { outcome: 'true', evidence: EVIDENCE });
      const after = await s.anon.get(`/api/leaderboard?minResolved=0&limit=200`);
      expect(rowOf(after.body, handle)).toMatchObject({ due: 0, open: 0 });
      expect(rowOf(after.body, other)).toMatchObject({ due: 1, open: 0 });
      // Every other source's counts stay (its rates move only with the pooled prior).
      const counts = ({ due, open, n, nVoid }: { due: number; open: number; n?: number; nVoid?: number }) => ({
        due,
        open,
        n,
        nVoid,
      });
      for (const r of before.body.items as { handle: string }[])
        if (r.handle !== handle)
          expect(counts(rowOf(after.body, r.handle))).toEqual(counts(rowOf(before.body, r.handle)));
      expect(today).toBe(s.clock.now().toISOString().slice(0, 10));
    });
  });
}
