import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialects } from '../support/dialects.js';
import { makeSource } from '../support/factories.js';
import { startTestServer, type TestServer } from '../support/server.js';

const TEXT = 'The Signal\r\nRates fall by Q3 2026 (via @macro_mina).\r\nTradecraft\r\nBULL\r\nChips rally.\r\n';

for (const dialect of testDialects()) {
  describe(`${dialect}: publications`, () => {
    let s: TestServer;
    beforeAll(async () => {
      s = await startTestServer(dialect);
    });
    afterAll(async () => s.close());

    it('publishes an issue with its claims in one transaction, creating missing sources', async () => {
      const editor = await s.as('editor');
      const known = await makeSource(editor);
      const start = TEXT.indexOf('Rates fall');
      const res = await editor.post('/api/publications', {
        title: 'The Signal #1',
        publishedOn: '2026-02-09',
        url: 'https://example.com/issue-1',
        text: TEXT,
        newSources: [{ handle: '@Macro_Mina', displayName: 'Macro Mina', kind: 'person' }],
        claims: [
          {
            kind: 'CLAIM',
            statement: 'Rates fall by Q3 2026.',
            quote: 'Rates fall by Q3 2026',
            timePhrase: 'by Q3 2026',
            windowStart: '2026-02-09',
            windowEnd: '2026-09-30',
            sources: [{ handle: 'macro_mina' }],
            spanStart: start,
            spanEnd: start + 21,
          },
          {
            kind: 'BULL',
            statement: 'Chips rally.',
            windowEnd: '2026-12-31',
            windowStated: false,
            sources: [{ handle: known.handle }, { handle: 'brand_new', role: 'cited' }],
          },
        ],
      });
      expect(res.status).toBe(201);
      expect(res.body.text).toBe(TEXT);
      expect(res.body.sha256).toBe(createHash('sha256').update(TEXT).digest('hex'));
      expect(res.body.claimCount).toBe(2);
      expect(res.body.claims.map((c: any) => c.statement)).toEqual(['Rates fall by Q3 2026.', 'Chips rally.']);
      expect(res.body.claims[0]).toMatchObject({
        spanStart: start,
        windowStated: true,
        sources: [{ handle: 'macro_mina', displayName: 'Macro Mina' }],
      });
      expect(res.body.claims[1].windowStated).toBe(false);
      expect((await s.anon.get('/api/sources/brand_new')).status).toBe(200);
      const list = await s.anon.get('/api/publications');
      expect(list.body.items[0]).toMatchObject({ id: res.body.id, claimCount: 2 });
      expect((await s.anon.get(`/api/publications/${res.body.id}`)).body.text).toBe(TEXT);
    });

    it('publishing the same text twice is a 409 naming the earlier publication, and writes nothing', async () => {
      const editor = await s.as('editor');
      const text = `Unique issue text ${Math.random()}`;
      const first = await editor.post('/api/publications', { title: 'Once', publishedOn: '2026-02-10', text });
      const before = await s.counts();
      const second = await editor.post('/api/publications', { title: 'Twice', publishedOn: '2026-02-10', text });
      expect(second.status).toBe(409);
      expect(second.body.error.publicationId).toBe(first.body.id);
      expect(second.body.error.message).toContain('Once');
      const preview = await editor.post('/api/publications/preview', { text, publishedOn: '2026-02-10' });
      expect(preview.body.duplicateOf).toBe(first.body.id);
      expect(await s.counts()).toEqual(before);
    });

    it("records the desk as the maker of the issue's unattributed calls, creating it as a desk", async () => {
      const editor = await s.as('editor');
      const other = await makeSource(editor);
      const res = await editor.post('/api/publications', {
        title: 'Desk issue',
        publishedOn: '2026-02-12',
        text: `Desk issue ${Math.random()}`,
        desk: '@The_Desk',
        claims: [
          { kind: 'BULL', statement: 'The desk calls it.', windowEnd: '2026-12-31' },
          {
            kind: 'CLAIM',
            statement: 'Someone else calls it.',
            windowEnd: '2026-12-31',
            sources: [{ handle: other.handle }],
          },
          {
            kind: 'CLAIM',
            statement: 'Cited only.',
            windowEnd: '2026-12-31',
            sources: [{ handle: other.handle, role: 'cited' }],
          },
        ],
      });
      expect(res.status).toBe(201);
      const [desk, attributed, cited] = res.body.claims;
      expect(desk.sources).toEqual([{ handle: 'the_desk', displayName: '@the_desk', role: 'made' }]);
      expect(attributed.sources.map((x: any) => x.handle)).toEqual([other.handle]);
      expect(cited.sources.map((x: any) => [x.handle, x.role]).sort()).toEqual(
        [
          [other.handle, 'cited'],
          ['the_desk', 'made'],
        ].sort(),
      );
      expect((await s.anon.get('/api/sources/the_desk')).body.kind).toBe('desk');
    });

    it('a bad claim rolls back the whole publication', async () => {
      const editor = await s.as('editor');
      const known = await makeSource(editor);
      const before = await s.counts();
      const res = await editor.post('/api/publications', {
        title: 'Rolled back',
        publishedOn: '2026-02-11',
        text: `Rolled back ${Math.random()}`,
        createMissingSources: false,
        claims: [
          { kind: 'CLAIM', statement: 'fine', windowEnd: '2026-12-31', sources: [{ handle: known.handle }] },
          {
            kind: 'CLAIM',
            statement: 'unknown source',
            windowEnd: '2026-12-31',
            sources: [{ handle: 'ghost_source' }],
          },
        ],
      });
      expect(res.status).toBe(400);
      expect(res.body.error.message).toContain('ghost_source');
      expect(await s.counts()).toEqual(before);
      const bad = [
        { title: '', publishedOn: '2026-02-11', text: 'x' },
        { title: 'T', publishedOn: '2026-13-01', text: 'x' },
        { title: 'T', publishedOn: '2026-02-11', text: '' },
        {
          title: 'T',
          publishedOn: '2026-02-11',
          text: 'x',
          claims: [{ kind: 'CLAIM', statement: 's', windowEnd: '2026-12-31', spanStart: 0, spanEnd: 99 }],
        },
      ];
      for (const body of bad)
        expect((await editor.post('/api/publications', body)).status, JSON.stringify(body)).toBe(400);
      expect((await s.anon.get('/api/publications/nope')).status).toBe(404);
      expect(await s.counts()).toEqual(before);
    });

    it('refuses a claim with no source and no desk: 400 naming the claim, nothing written', async () => {
      const editor = await s.as('editor');
      const known = await makeSource(editor);
      const before = await s.counts();
      const res = await editor.post('/api/publications', {
        title: 'Sourceless',
        publishedOn: '2026-02-11',
        text: `Sourceless ${Math.random()}`,
        desk: null,
        claims: [
          { kind: 'CLAIM', statement: 'Has a maker.', windowEnd: '2026-12-31', sources: [{ handle: known.handle }] },
          { kind: 'BULL', statement: 'Nobody made this call.', windowEnd: '2026-12-31' },
        ],
      });
      expect(res.status).toBe(400);
      expect(res.body.error.message).toContain('claim 2');
      expect(res.body.error.message).toContain('Nobody made this call.');
      expect(await s.counts()).toEqual(before);
    });

    it("the desk's handle is an admin setting that editors read and that publishing falls back to", async () => {
      const editor = await s.as('editor');
      const admin = await s.as('admin');
      const desk = `desk_${Math.random().toString(36).slice(2, 8)}`;
      expect((await s.anon.get('/api/desk/settings')).status).toBe(401);
      expect((await editor.patch('/api/desk/settings', { deskHandle: desk })).status).toBe(403);
      expect((await admin.patch('/api/desk/settings', { deskHandle: 'not a handle!' })).status).toBe(400);
      expect((await admin.patch('/api/desk/settings', { deskHandle: `@${desk}`, extra: 1 })).status).toBe(400);
      const saved = await admin.patch('/api/desk/settings', { deskHandle: `@${desk.toUpperCase()}` });
      expect(saved.status).toBe(200);
      expect(saved.body).toEqual({ deskHandle: desk });
      expect((await editor.get('/api/desk/settings')).body).toEqual({ deskHandle: desk });
      const res = await editor.post('/api/publications', {
        title: 'Desk by setting',
        publishedOn: '2026-02-12',
        text: `Desk by setting ${Math.random()}`,
        claims: [{ kind: 'WATCH', statement: 'The desk watches this.', windowEnd: '2026-12-31' }],
      });
      expect(res.status).toBe(201);
      expect(res.body.claims[0].sources).toEqual([{ handle: desk, displayName: `@${desk}`, role: 'made' }]);
      expect((await admin.patch('/api/desk/settings', { deskHandle: null })).body).toEqual({ deskHandle: null });
    });
  });
}
