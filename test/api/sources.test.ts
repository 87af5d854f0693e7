import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialects } from '../support/dialects.js';
import { startTestServer, type TestServer } from '../support/server.js';

for (const dialect of testDialects()) {
  describe(`${dialect}: sources`, () => {
    let s: TestServer;
    beforeAll(async () => {
      s = await startTestServer(dialect);
    });
    afterAll(async () => s.close());

    it('creates a source with a normalised handle and finds it by handle, alias and search', async () => {
      const editor = await s.as('editor');
      const created = await editor.post('/api/sources', {
        handle: '@AllIn',
        displayName: 'All-In Podcast',
        kind: 'podcast',
        aliases: ['allinpod'],
      });
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({
        handle: 'allin',
        displayName: 'All-In Podcast',
        kind: 'podcast',
        aliases: ['allinpod'],
      });
      expect((await s.anon.get('/api/sources/allin')).body.handle).toBe('allin');
      expect((await s.anon.get('/api/sources/@ALLINPOD')).body.handle).toBe('allin');
      const search = await s.anon.get('/api/sources?q=podcast');
      expect(search.body.items.map((x: any) => x.handle)).toContain('allin');
      expect((await s.anon.get('/api/sources?q=allinp')).body.items.map((x: any) => x.handle)).toEqual(['allin']);
    });

    it('adds an alias and updates display fields', async () => {
      const editor = await s.as('editor');
      await editor.post('/api/sources', { handle: 'svpino', displayName: 'Santiago' });
      const alias = await editor.post('/api/sources/svpino/aliases', { alias: '@santiago' });
      expect(alias.status).toBe(201);
      expect(alias.body.aliases).toEqual(['santiago']);
      const upd = await editor.patch('/api/sources/santiago', {
        displayName: 'Santiago Valdarrama',
        url: 'https://example.com/sv',
      });
      expect(upd.status).toBe(200);
      expect(upd.body).toMatchObject({
        handle: 'svpino',
        displayName: 'Santiago Valdarrama',
        url: 'https://example.com/sv',
      });
    });

    it('pages through sources with a cursor', async () => {
      const editor = await s.as('editor');
      for (const h of ['page_a', 'page_b', 'page_c']) await editor.post('/api/sources', { handle: h, displayName: h });
      const first = await s.anon.get('/api/sources?q=page_&limit=2');
      expect(first.body.items.map((x: any) => x.handle)).toEqual(['page_a', 'page_b']);
      const second = await s.anon.get(`/api/sources?q=page_&limit=2&cursor=${first.body.nextCursor}`);
      expect(second.body.items.map((x: any) => x.handle)).toEqual(['page_c']);
      expect(second.body.nextCursor).toBeNull();
    });

    it('rejects bad input with a clear 4xx and changes nothing', async () => {
      const editor = await s.as('editor');
      await editor.post('/api/sources', { handle: 'taken', displayName: 'Taken' });
      const before = await s.counts();
      const cases: [unknown, number, string][] = [
        [{ handle: 'has space', displayName: 'x' }, 400, 'handle'],
        [{ handle: 'a'.repeat(33), displayName: 'x' }, 400, 'handle'],
        [{ handle: 'ok', displayName: '' }, 400, 'displayName'],
        [{ handle: 'ok', displayName: 'x', extra: 1 }, 400, 'extra'],
        [{ handle: 'ok', displayName: 'x', url: 'javascript:alert(1)' }, 400, 'url'],
        [{ handle: 'TAKEN', displayName: 'x' }, 409, 'taken'],
        [{ handle: 'ok', displayName: 'x', aliases: ['taken'] }, 409, 'taken'],
      ];
      for (const [body, status, mention] of cases) {
        const res = await editor.post('/api/sources', body);
        expect(res.status, JSON.stringify(body)).toBe(status);
        expect(res.body.error.message).toContain(mention);
      }
      expect((await editor.post('/api/sources', '{not json')).status).toBe(400);
      expect((await editor.post('/api/sources', { handle: 'ok', displayName: 'x'.repeat(6_000_000) })).status).toBe(
        413,
      );
      expect((await s.anon.get('/api/sources/nobody')).status).toBe(404);
      expect((await editor.patch('/api/sources/nobody', { displayName: 'x' })).status).toBe(404);
      expect((await editor.patch('/api/sources/taken', {})).status).toBe(400);
      expect((await editor.post('/api/sources/taken/aliases', { alias: 'taken' })).status).toBe(409);
      expect(await s.counts()).toEqual(before);
    });
  });
}
