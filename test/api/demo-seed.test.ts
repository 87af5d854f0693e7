import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemClock } from '../../src/server/clock.js';
import { testConfig } from '../../src/server/config.js';
import { createContext } from '../../src/server/context.js';
import type { DatabaseHandle } from '../../src/server/db/connect.js';
import { DEMO_NOW, seedDemoIfEmpty } from '../../src/server/demo/seed.js';
import { openMigratedSqlite } from '../support/db.js';

// Issue 26, "A demo that looks like the real thing": hand-written issues through the extractor and the
// publish service, ruled on over the demo's year through the resolution service.
describe('sqlite: the demo ledger', () => {
  let dir: string;
  let h: DatabaseHandle;
  let events = 0;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'tr-demo-'));
    h = await openMigratedSqlite(join(dir, 'demo.sqlite'));
    events = await seedDemoIfEmpty(createContext({ db: h.db, clock: systemClock, config: testConfig() }));
  }, 120_000);
  afterAll(async () => {
    await h.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('publishes a dozen labelled issues with every kind of call, each with a source', async () => {
    expect(events).toBeGreaterThan(100);
    const pubs = await h.db.selectFrom('publications').select(['title', 'publishedOn']).execute();
    expect(pubs.length).toBeGreaterThanOrEqual(13);
    expect(pubs.filter((p) => p.title.startsWith('[Demo] ')).length).toBeGreaterThanOrEqual(12);
    // no real people: every issue is a labelled demo issue and every source is labelled made up
    expect(pubs.every((p) => p.title.startsWith('[Demo] '))).toBe(true);
    const sources = await h.db.selectFrom('sources').select(['handle', 'displayName']).execute();
    for (const src of sources) expect(src.displayName, src.handle).toMatch(/\((fictional|demo)\)$/);
    const claims = await h.db.selectFrom('claims').select(['id', 'kind', 'probability']).execute();
    expect(new Set(claims.map((c) => c.kind))).toEqual(new Set(['CLAIM', 'BULL', 'BEAR', 'WATCH']));
    expect(claims.some((c) => c.probability !== null)).toBe(true);
    const sourced = await h.db.selectFrom('claim_sources').select('claimId').distinct().execute();
    expect(sourced.length).toBe(claims.length);
  });

  it('rules on closed windows with a mix of outcomes, fictional evidence, corrections and a queue left', async () => {
    const rulings = await h.db
      .selectFrom('resolutions')
      .select(['outcome', 'evidence', 'note', 'supersedes', 'supersededBy'])
      .execute();
    const current = rulings.filter((r) => !r.supersededBy);
    expect(new Set(current.map((r) => r.outcome))).toEqual(new Set(['true', 'false', 'partial', 'void']));
    expect(rulings.some((r) => r.supersedes)).toBe(true);
    for (const r of rulings) {
      expect(r.note.length).toBeGreaterThan(0);
      for (const url of JSON.parse(r.evidence) as string[]) expect(url).toMatch(/^https:\/\/example\.(com|org|net)\//);
    }
    // partial credit only where a call has parts that can come true apart, never on a single event
    // ("France or Argentina wins") nor on a call with a stated probability
    const partial = await h.db
      .selectFrom('resolutions')
      .innerJoin('claims', 'claims.id', 'resolutions.claimId')
      .select(['claims.statement', 'claims.probability'])
      .where('resolutions.outcome', '=', 'partial')
      .execute();
    expect(partial.length).toBeGreaterThan(0);
    for (const p of partial) {
      expect(p.probability, p.statement).toBeNull();
      expect(p.statement).toMatch(/;| and | while | but /);
    }
    const due = await h.db
      .selectFrom('claims')
      .select('id')
      .where('resolutionId', 'is', null)
      .where('windowEnd', '<', DEMO_NOW)
      .execute();
    expect(due.length).toBeGreaterThan(0);
  });

  it('states probabilities on enough graded calls that calibration charts show a calibrated and an overconfident source', async () => {
    const graded = await h.db
      .selectFrom('claims')
      .innerJoin('claim_sources', 'claim_sources.claimId', 'claims.id')
      .innerJoin('sources', 'sources.id', 'claim_sources.sourceId')
      .select(['sources.handle', 'claims.probability', 'claims.outcome'])
      .where('claim_sources.role', '=', 'made')
      .where('claims.probability', 'is not', null)
      .where('claims.outcome', 'in', ['true', 'false'])
      .execute();
    // per source: the calls in each tenth of stated probability, and the gap between said and happened
    const bySource = new Map<string, { p: number; y: number }[]>();
    for (const g of graded) {
      const calls = bySource.get(g.handle) ?? [];
      calls.push({ p: g.probability!, y: g.outcome === 'true' ? 1 : 0 });
      bySource.set(g.handle, calls);
    }
    // the calibration chart draws a tenth of probability solid from 3 calls on (SCORING.md B7)
    const solidTenths = [...bySource].map(([handle, calls]) => {
      const tenths = new Map<number, { n: number; said: number; happened: number }>();
      for (const c of calls) {
        const k = Math.min(9, Math.floor(c.p * 10));
        const t = tenths.get(k) ?? { n: 0, said: 0, happened: 0 };
        tenths.set(k, { n: t.n + 1, said: t.said + c.p, happened: t.happened + c.y });
      }
      const solid = [...tenths.values()].filter((t) => t.n >= 3);
      return { handle, gaps: solid.map((t) => (t.said - t.happened) / t.n) };
    });
    const shown = JSON.stringify(solidTenths);
    // a calibrated source: three or more solid points, each near the diagonal
    expect(
      solidTenths.some((s) => s.gaps.length >= 3 && s.gaps.every((g) => Math.abs(g) <= 0.15)),
      shown,
    ).toBe(true);
    // an overconfident one: a solid point well below the diagonal
    expect(
      solidTenths.some((s) => s.gaps.some((g) => g >= 0.25)),
      shown,
    ).toBe(true);
    // and some claims of every issue are left without a probability, as in a real newsletter
    expect(graded.length).toBeLessThan((await h.db.selectFrom('claims').select('id').execute()).length / 2);
  });

  it('seeds only an empty ledger', async () => {
    expect(await seedDemoIfEmpty(createContext({ db: h.db, clock: systemClock, config: testConfig() }))).toBe(0);
  });
});
