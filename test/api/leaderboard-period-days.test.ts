import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addCall, emptyTotals, type ScoreTotals } from '../../src/scoring/index.js';
import { resolvedCalls } from '../../src/server/leaderboard/queries.js';
import { rebuildReadModel } from '../../src/server/read-model/rebuild.js';
import {
  PERIODS,
  periodStart,
  periodTotals,
  rollPeriodsForward,
  periodRollSettled,
} from '../../src/server/read-model/periods.js';
import { mulberry32 } from '../../src/server/prng.js';
import { testDialects } from '../support/dialects.js';
import { EVIDENCE, makeSource } from '../support/factories.js';
import { PASSWORD, startTestServer, type Client, type TestServer } from '../support/server.js';

// A period board's totals come from maintained window rows rolled day by day and the day rows
// around them (read-model/periods.ts). On every day, rolled or not, after resolutions, corrections,
// withdrawals (which bring back a ruling of an earlier day) and voids, they must equal the
// resolved calls of the window folded from the claims; a roll must not change what a read sums.

type Db = TestServer['ctx']['db'];

/** Each source's totals of its calls resolved in [since, day], folded from the claims table. */
async function folded(db: Db, period: (typeof PERIODS)[number], day: string): Promise<Map<string, ScoreTotals>> {
  const since = periodStart(period, day)!;
  const out = new Map<string, ScoreTotals>();
  for (const c of await resolvedCalls(db, { resolvedSince: since })) {
    if (!c.resolvedOn || c.resolvedOn > day) continue;
    out.set(c.sourceId, addCall(out.get(c.sourceId) ?? emptyTotals(), c, { asOf: day }));
  }
  return out;
}

/** Totals are float sums: added in another order they agree to rounding, counts exactly. */
function expectClose(actual: Map<string, ScoreTotals>, expected: Map<string, ScoreTotals>, what: string) {
  expect([...actual.keys()].sort(), what).toEqual([...expected.keys()].sort());
  for (const [id, e] of expected) {
    const a = actual.get(id)!;
    for (const k of Object.keys(e) as (keyof ScoreTotals)[]) {
      const x = a[k];
      const y = e[k];
      if (Array.isArray(y))
        (x as number[]).forEach((v, i) => expect(v, `${what} ${id} ${k}[${i}]`).toBeCloseTo(y[i]!, 9));
      else if (Number.isInteger(y)) expect(x, `${what} ${id} ${k}`).toBe(y);
      else expect(x, `${what} ${id} ${k}`).toBeCloseTo(y, 9);
    }
  }
}

for (const dialect of testDialects()) {
  describe(`${dialect}: period boards from maintained day and window rows`, () => {
    let s: TestServer;
    beforeAll(async () => {
      s = await startTestServer(dialect, { now: '2025-12-10T12:00:00.000Z' });
    });
    afterAll(async () => s.close());

    it('equal the window folded from the claims on every day, rolled or not', async () => {
      let editor: Client = await s.as('editor');
      let reviewer: Client = await s.as('reviewer');
      const names = { editor: 'editor1', reviewer: 'reviewer2' };
      const db = s.ctx.db;
      const random = mulberry32(2026);
      const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)]!;
      const sources = [];
      for (let i = 0; i < 4; i++) sources.push((await makeSource(editor)).handle);
      const open: string[] = [];
      const resolved: { id: string; resolutions: string[] }[] = [];
      let checks = 0;
      let rolls = 0;
      for (let step = 0; step < 90; step++) {
        const r = random();
        if (r < 0.12) {
          // Days pass (now and then more than a window), the windows sometimes rolled by a read.
          const days = random() < 0.1 ? 100 + Math.floor(random() * 300) : 1 + Math.floor(random() * 20);
          s.clock.advance(days * 86_400_000);
          editor = await s.signIn(names.editor, PASSWORD);
          reviewer = await s.signIn(names.reviewer, PASSWORD);
          const day = s.clock.now().toISOString().slice(0, 10);
          if (random() < 0.5) {
            const before = new Map(
              await Promise.all(PERIODS.map(async (p) => [p, await periodTotals(db, p, day)] as const)),
            );
            await periodRollSettled(db);
            await rollPeriodsForward(db, day);
            rolls += 1;
            for (const p of PERIODS)
              expect(await periodTotals(db, p, day), `${p} rolled to ${day}`).toEqual(before.get(p));
          }
        } else if (r < 0.45 || open.length === 0) {
          const makers = [...new Set([pick(sources), pick(sources)])];
          const res = await editor.post('/api/claims', {
            kind: pick(['BULL', 'BEAR', 'CLAIM', 'WATCH']),
            statement: `Claim ${step} will come true.`,
            windowEnd: s.clock.now().toISOString().slice(0, 10),
            probability: random() < 0.4 ? Math.round(random() * 100) / 100 : null,
            tags: [pick(['ai', 'chips'])],
            sources: makers.map((handle) => ({ handle, role: 'made' })),
          });
          expect(res.status, JSON.stringify(res.body)).toBe(201);
          open.push(res.body.id);
        } else if (r < 0.75) {
          const id = open.splice(Math.floor(random() * open.length), 1)[0]!;
          const outcome = pick(['true', 'false', 'partial', 'void'] as const);
          const body: Record<string, unknown> = { outcome, evidence: EVIDENCE, early: true };
          if (outcome === 'partial') body.credit = 0.5;
          if (outcome === 'void') body.voidReason = 'ambiguous';
          const res = await reviewer.post(`/api/claims/${id}/resolutions`, body);
          expect(res.status, JSON.stringify(res.body)).toBe(201);
          resolved.push({ id, resolutions: [res.body.resolutions.at(-1).id] });
        } else if (resolved.length) {
          const c = pick(resolved);
          const last = c.resolutions.at(-1)!;
          const outcome = pick(['true', 'false', 'void'] as const);
          const body: Record<string, unknown> = { outcome, evidence: EVIDENCE, supersedes: last, reason: 'again' };
          if (outcome === 'void') body.voidReason = 'ambiguous';
          const res = await reviewer.post(`/api/claims/${c.id}/resolutions`, body);
          expect(res.status, JSON.stringify(res.body)).toBe(201);
          type Ruling = { id: string; supersededBy: string | null; withdrawnAt: string | null };
          const current = (res.body.resolutions as Ruling[]).find((x) => !x.supersededBy && !x.withdrawnAt)!.id;
          if (random() < 0.4) {
            // Undone at once: the claim goes back to the ruling it superseded, of an earlier day.
            s.clock.advance(1_000);
            const undo = await reviewer.post(`/api/resolutions/${current}/withdraw`, {});
            expect(undo.status, JSON.stringify(undo.body)).toBe(200);
          } else c.resolutions.push(current);
        }
        if (step % 6 !== 5) continue;
        const day = s.clock.now().toISOString().slice(0, 10);
        for (const p of PERIODS)
          expectClose(await periodTotals(db, p, day), await folded(db, p, day), `${p} on ${day}`);
        checks += 1;
      }
      expect(checks).toBeGreaterThan(10);
      expect(rolls).toBeGreaterThan(2);

      // A rebuild from the claims gives the same windows, rolled to its day.
      const day = s.clock.now().toISOString().slice(0, 10);
      await periodRollSettled(db);
      const maintained = new Map(
        await Promise.all(PERIODS.map(async (p) => [p, await periodTotals(db, p, day)] as const)),
      );
      await rebuildReadModel(db, day);
      for (const p of PERIODS) {
        expectClose(await periodTotals(db, p, day), maintained.get(p)!, `${p} rebuilt`);
        expect(maintained.get(p)!.size, p).toBeGreaterThan(0);
      }
    }, 180_000);
  });
}
