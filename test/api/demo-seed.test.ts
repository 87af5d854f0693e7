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

  it('seeds only an empty ledger', async () => {
    expect(await seedDemoIfEmpty(createContext({ db: h.db, clock: systemClock, config: testConfig() }))).toBe(0);
  });
});
