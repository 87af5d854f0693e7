import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Kysely } from 'kysely';
import { addCall, emptyTotals, type ScoreTotals } from '../../src/scoring/index.js';
import { resolveClaim, withdrawResolution } from '../../src/server/claims/service.js';
import { testConfig } from '../../src/server/config.js';
import { createContext } from '../../src/server/context.js';
import type { Database } from '../../src/server/db/schema.js';
import { resolvedCalls } from '../../src/server/leaderboard/queries.js';
import {
  PERIODS,
  periodRollSettled,
  periodStart,
  periodTotals,
  rollPeriodsForward,
} from '../../src/server/read-model/periods.js';
import { rebuildReadModel } from '../../src/server/read-model/rebuild.js';
import { testDialects } from '../support/dialects.js';
import { makeSource, ruling } from '../support/factories.js';
import { startTestServer, type TestServer } from '../support/server.js';

// A write adds a ruling's day to the rolled period windows (read-model/periods.ts) in a statement
// of its own, which only a day up to the windows' last roll can reach: a ruling of today, the usual
// write, must not run it, a ruling of an earlier day the windows hold (a correction, or a withdrawal
// that brings an older ruling back) must, and either way the windows must hold what a rebuild writes.

const DAY = 86_400_000;

/** The same database, keeping the text of every statement run through it. */
function recording(db: Kysely<Database>) {
  const texts: string[] = [];
  const recorded = db.withPlugin({
    transformQuery: ({ node, queryId }) => {
      texts.push(db.getExecutor().compileQuery(node, queryId).sql);
      return node;
    },
    transformResult: ({ result }) => Promise.resolve(result),
  });
  return { db: recorded, texts };
}

/** The window upkeep: an upsert of window rows from the write's day rows joined to their windows. */
const isUpkeep = (text: string) => /insert into source_facet_totals/.test(text) && /join period_windows/.test(text);

/** Each source's totals of its calls resolved in the period's window ending on `day`, folded from the claims. */
async function folded(db: Kysely<Database>, period: (typeof PERIODS)[number], day: string) {
  const out = new Map<string, ScoreTotals>();
  for (const c of await resolvedCalls(db, { resolvedSince: periodStart(period, day)! })) {
    if (!c.resolvedOn || c.resolvedOn > day) continue;
    out.set(c.sourceId, addCall(out.get(c.sourceId) ?? emptyTotals(), c, { asOf: day }));
  }
  return out;
}

/** The window rows as stored, by period and source, figures rounded past a float sum's last digits. */
async function windowRows(db: Kysely<Database>) {
  const rows = await db.selectFrom('source_facet_totals').selectAll().where('facet', '=', 'period').execute();
  return Object.fromEntries(
    rows.map(({ facet: _f, value, sourceId, ...figures }) => [
      `${value} ${sourceId}`,
      Object.fromEntries(Object.entries(figures).map(([k, v]) => [k, Number(Number(v).toFixed(9))])),
    ]),
  );
}

for (const dialect of testDialects()) {
  describe(`${dialect}: the period windows' upkeep in a write`, () => {
    let s: TestServer;
    beforeAll(async () => {
      s = await startTestServer(dialect, { now: '2025-12-10T12:00:00.000Z' });
    });
    afterAll(async () => s.close());

    it('runs for a ruling of a day the rolled windows hold, not for one of today', async () => {
      const editor = await s.as('editor');
      const source = await makeSource(editor);
      const claims: string[] = [];
      for (let i = 0; i < 4; i++) {
        const res = await editor.post('/api/claims', {
          kind: 'BULL',
          statement: `Claim ${i} will come true.`,
          windowEnd: '2025-12-01',
          probability: 0.7,
          sources: [{ handle: source.handle, role: 'made' }],
        });
        expect(res.status, JSON.stringify(res.body)).toBe(201);
        claims.push(res.body.id as string);
      }
      const [a, b, c, d] = claims as [string, string, string, string];
      const { db, texts } = recording(s.db.db);
      const ctx = createContext({ db, clock: s.clock, config: testConfig(), pool: s.db.pool });
      const upkeepOf = async (write: () => Promise<unknown>) => {
        texts.length = 0;
        await write();
        expect(texts.length).toBeGreaterThan(0);
        return texts.filter(isUpkeep).length;
      };
      const today = () => s.clock.now().toISOString().slice(0, 10);

      // Day 0, the windows rolled to the day before as a migration on that day leaves them: a ruling of today.
      await rebuildReadModel(s.db.db, today());
      texts.length = 0;
      const first = await resolveClaim(ctx, 'reviewer', a, ruling('true'));
      expect(texts.filter(isUpkeep)).toEqual([]);

      // Three days on, the windows rolled up to the day before: they hold day 0, not today.
      s.clock.advance(3 * DAY);
      await rollPeriodsForward(s.db.db, today());
      expect(await upkeepOf(() => resolveClaim(ctx, 'reviewer', b, ruling('false')))).toBe(0);
      // A correction of day 0's ruling takes it out of the windows.
      let correction = '';
      expect(
        await upkeepOf(async () => {
          correction = await resolveClaim(ctx, 'reviewer', a, ruling('false', { supersedes: first, reason: 'again' }));
        }),
      ).toBe(1);
      // Its withdrawal brings day 0's ruling back into them.
      s.clock.advance(1_000);
      expect(await upkeepOf(() => withdrawResolution(ctx, 'reviewer', correction, 'undo'))).toBe(1);

      // Windows rolled by a clock a day ahead hold today: what was read decides, not the clock.
      await rollPeriodsForward(s.db.db, new Date(s.clock.now().getTime() + DAY).toISOString().slice(0, 10));
      expect(await upkeepOf(() => resolveClaim(ctx, 'reviewer', c, ruling('true')))).toBe(1);
      for (const p of PERIODS)
        expect(await periodTotals(s.db.db, p, today()), `${p} on ${today()}`).toEqual(
          await folded(s.db.db, p, today()),
        );
      // The next day, which those windows are already rolled for: a ruling of that day.
      s.clock.advance(DAY);
      await rollPeriodsForward(s.db.db, today());
      expect(await upkeepOf(() => resolveClaim(ctx, 'reviewer', d, ruling('true')))).toBe(0);

      for (const p of PERIODS) {
        const totals = await periodTotals(s.db.db, p, today());
        expect(totals, `${p} on ${today()}`).toEqual(await folded(s.db.db, p, today()));
        expect(totals.get(source.id)?.n, p).toBe(4);
      }
      // The window rows as kept equal those a rebuild rolled to the same day writes.
      await periodRollSettled(s.db.db);
      const kept = await windowRows(s.db.db);
      await rebuildReadModel(s.db.db, today());
      expect(kept).toEqual(await windowRows(s.db.db));
      expect(Object.keys(kept).length).toBe(PERIODS.length);
    });
  });
}
