import { Migrator, type Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrations } from '../../src/server/db/migrations/index.js';
import type { RecordedEvent } from '../../src/server/ledger/events.js';
import { importEvents } from '../../src/server/replay/import.js';
import { readEvents } from '../../src/server/replay/index.js';
import { RANK_CANDIDATES, searchKind, walkIsCheaper } from '../../src/server/read-model/search-queries.js';
import { createTestDb } from '../support/db.js';
import { testDialects } from '../support/dialects.js';
import { makeClaim } from '../support/factories.js';
import { startTestServer, type TestServer } from '../support/server.js';

async function migrateTo(db: Kysely<any>, name: string): Promise<void> {
  const migrator = new Migrator({ db, provider: { getMigrations: () => Promise.resolve(migrations) } });
  const { error } = await migrator.migrateTo(name);
  if (error) throw error instanceof Error ? error : new Error(JSON.stringify(error));
}

const marked = (runs: { text: string; hit: boolean }[]) => runs.map((r) => (r.hit ? `[${r.text}]` : r.text)).join('');

for (const dialect of testDialects()) {
  describe(`${dialect}: search`, () => {
    let s: TestServer;
    beforeAll(async () => {
      s = await startTestServer(dialect);
    });
    afterAll(async () => s.close());

    it('finds a source by handle, alias (added later) and name, with the match marked', async () => {
      const editor = await s.as('editor');
      await editor.post('/api/sources', { handle: 'bindureddy', displayName: 'Bindu Reddy', kind: 'person' });
      expect((await s.anon.get('/api/search?q=bindu')).body.sources.map((h: any) => h.id)).toEqual(['bindureddy']);
      expect((await s.anon.get('/api/search?q=abacus')).body.sources).toEqual([]);
      await editor.post('/api/sources/bindureddy/aliases', { alias: 'abacusai' });
      const byAlias = (await s.anon.get('/api/search?q=abacus')).body;
      expect(byAlias.sources).toHaveLength(1);
      expect(byAlias.sources[0]).toMatchObject({
        id: 'bindureddy',
        path: '/sources/bindureddy',
        detail: '@bindureddy',
      });
      expect(marked(byAlias.sources[0].snippet)).toContain('[abacusai]');
      const byName = (await s.anon.get('/api/search?q=reddy')).body.sources[0];
      expect(marked(byName.title)).toBe('Bindu [Reddy]');
    });

    it('finds claims by statement and quote words, ranks statement matches first, follows amendments', async () => {
      const editor = await s.as('editor');
      const a = await makeClaim(editor, {
        statement: 'Lithium prices will double before the next election.',
        quote: 'I think lithium is going to the moon',
      });
      const b = await makeClaim(editor, {
        statement: 'Copper stays flat through 2027.',
        quote: 'unlike lithium, copper will not move',
      });
      const res = (await s.anon.get('/api/search?q=lithium&kind=claim')).body;
      expect(res.claims.map((h: any) => h.id)).toEqual([a.id, b.id]);
      expect(marked(res.claims[0].title)).toContain('[Lithium]');
      expect(marked(res.claims[1].snippet)).toContain('[lithium]');
      expect(res.claims[0].detail).toMatch(/^CLAIM · (due|open)/);
      expect(res.sources).toEqual([]);
      // every word must match; punctuation and operators are only separators
      expect((await s.anon.get('/api/search?q=lithium%20double')).body.claims.map((h: any) => h.id)).toEqual([a.id]);
      expect((await s.anon.get('/api/search?q=%22lithium%22%20OR%20*')).status).toBe(200);
      // only the last word, the one being typed, is a prefix; finished words match whole (stemmed)
      const ids = async (q: string) =>
        (await s.anon.get(`/api/search?kind=claim&q=${encodeURIComponent(q)}`)).body.claims.map((h: any) => h.id);
      expect(await ids('lithium doub')).toEqual([a.id]);
      expect(await ids('price lithium')).toEqual([a.id]);
      expect(await ids('lith double')).toEqual([]);
      const amend = await editor.patch(`/api/claims/${b.id}`, {
        reason: 'typo',
        statement: 'Copper and nickel stay flat through 2027.',
      });
      expect(amend.status).toBe(200);
      expect((await s.anon.get('/api/search?q=nickel')).body.claims.map((h: any) => h.id)).toEqual([b.id]);
    });

    it('finds an issue by a word of its text and rejects an empty query', async () => {
      const editor = await s.as('editor');
      const pub = await editor.post('/api/publications', {
        title: 'The Weekly Gauge',
        publishedOn: '2026-02-01',
        text: 'This week: a long look at quantum annealing startups and why none will ship.',
        claims: [],
      });
      expect(pub.status).toBe(201);
      const res = (await s.anon.get('/api/search?q=annealing')).body;
      expect(res.publications).toHaveLength(1);
      expect(res.publications[0].detail).toBe('Issue of 2026-02-01');
      expect(marked(res.publications[0].snippet)).toContain('[annealing]');
      expect((await s.anon.get('/api/search?q=')).status).toBe(400);
    });

    it('ranks by relevance among the newest matches: a strong new match beats weaker ones, an older one is left out', async () => {
      const editor = await s.as('editor');
      // Same length and one mention each, so the weak matches score alike and keep their order.
      const weak = (n: number) =>
        makeClaim(editor, {
          statement: `Pond survey number ${n} finds more frogs.`,
          quote: 'the zebrafish count was noted',
        });
      const oldStrong = await makeClaim(editor, { statement: 'Zebrafish zebrafish numbers will triple by 2027.' });
      const w1 = await weak(1);
      const w2 = await weak(2);
      const newStrong = await makeClaim(editor, { statement: 'Zebrafish numbers will double by 2027.' });
      const w3 = await weak(3);
      const ids = async (candidates: number) =>
        (await searchKind(s.db.db, 'claim', ['zebrafish'], 10, candidates)).map((h) => h.ref);
      // Five matches, three ranked: the three newest, whatever the older strong match scores.
      expect(await ids(3)).toEqual([newStrong.id, w2.id, w3.id]);
      // Every match ranked when there are no more than the candidates: both strong ones first.
      expect(await ids(5)).toEqual([oldStrong.id, newStrong.id, w1.id, w2.id, w3.id]);
      expect(await ids(RANK_CANDIDATES)).toEqual(await ids(5));
    });

    it('ranks every match of a query with fewer matches than the candidates, the API the same way', async () => {
      const editor = await s.as('editor');
      const strong = await makeClaim(editor, {
        statement: 'Quokka sightings will rise on Rottnest.',
        quote: 'quokka numbers are up',
      });
      const weakOld = await makeClaim(editor, { statement: 'Island tourism grows.', quote: 'a quokka selfie trend' });
      const weakNew = await makeClaim(editor, { statement: 'Island tourism falls.', quote: 'a quokka selfie trend' });
      const expected = [strong.id, weakOld.id, weakNew.id];
      expect((await searchKind(s.db.db, 'claim', ['quokka'], 10)).map((h) => h.ref)).toEqual(expected);
      expect((await s.anon.get('/api/search?q=quokka&kind=claim&limit=10')).body.claims.map((h: any) => h.id)).toEqual(
        expected,
      );
    });

    it('is filled by a ledger import, and by the migration from rows written before it', async () => {
      const events: RecordedEvent[] = [];
      for await (const e of readEvents(s.db.db)) events.push(e);
      const imported = await createTestDb(dialect);
      try {
        await importEvents(imported, events);
        const refs = async (kind: 'source' | 'claim', word: string) =>
          (await searchKind(imported.db, kind, [word], 5)).length;
        expect(await refs('source', 'abacusai')).toBe(1);
        expect(await refs('claim', 'nickel')).toBe(1);
        await migrateTo(imported.db, '2026_12_05_0030_calendars');
        await migrateTo(imported.db, '2026_12_05_0045_search');
        expect(await refs('source', 'abacusai')).toBe(1);
        expect(await refs('source', 'bindu')).toBe(1);
        expect(await refs('claim', 'lithium')).toBe(2);
      } finally {
        await imported.destroy();
      }
    });
  });
}

describe('PostgreSQL: how the newest matches are found', () => {
  it('walks the primary key for a common query and uses the GIN index for a rare one', () => {
    expect(walkIsCheaper(500, 2000, 1_000_000, RANK_CANDIDATES)).toBe(true);
    expect(walkIsCheaper(2, 2000, 1_000_000, RANK_CANDIDATES)).toBe(false);
    expect(walkIsCheaper(0, 2000, 1_000_000, RANK_CANDIDATES)).toBe(false);
    // the same share of a small index: few rows to fetch, so the GIN index
    expect(walkIsCheaper(20, 2000, 10_000, RANK_CANDIDATES)).toBe(false);
  });
});
