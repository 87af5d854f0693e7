import { get } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootstrapAdmin } from '../../src/server/auth/service.js';
import { testDialects } from '../support/dialects.js';
import { PASSWORD, startTestServer, type TestServer } from '../support/server.js';

for (const dialect of testDialects()) {
  describe(`${dialect}: first start without a default password`, () => {
    let s: TestServer;
    beforeAll(async () => {
      s = await startTestServer(dialect);
    });
    afterAll(async () => s.close());

    it('issues a one-time setup link that creates the first admin once', async () => {
      const first = await bootstrapAdmin(s.ctx);
      expect(first.created).toBe(false);
      expect(first.setupToken).toMatch(/^[A-Za-z0-9_-]{20,}$/);
      expect(
        (await s.anon.post('/api/auth/setup', { token: 'wrong-token-value', username: 'boss', password: PASSWORD }))
          .status,
      ).toBe(403);
      expect(
        (await s.anon.post('/api/auth/setup', { token: first.setupToken, username: 'boss', password: 'short' })).status,
      ).toBe(400);
      const ok = await s.anon.post('/api/auth/setup', {
        token: first.setupToken,
        username: 'boss',
        password: PASSWORD,
      });
      expect(ok.status).toBe(201);
      expect(ok.body.user).toMatchObject({ username: 'boss', role: 'admin' });
      expect(
        (await s.anon.post('/api/auth/setup', { token: first.setupToken, username: 'boss2', password: PASSWORD }))
          .status,
      ).toBe(403);
      expect((await s.anon.post('/api/auth/signin', { username: 'boss', password: PASSWORD })).status).toBe(200);
      expect(await bootstrapAdmin(s.ctx)).toEqual({ created: false, restored: false, setupToken: null });
    });

    it('creates the admin from TRACK_RECORD_ADMIN_PASSWORD when it is set', async () => {
      const other = await startTestServer(dialect, {
        config: { adminPassword: 'from the environment', adminUsername: 'chief' },
      });
      try {
        expect(await bootstrapAdmin(other.ctx)).toEqual({ created: true, restored: false, setupToken: null });
        expect(
          (await other.anon.post('/api/auth/signin', { username: 'chief', password: 'from the environment' })).status,
        ).toBe(200);
      } finally {
        await other.close();
      }
    });

    it('public reads carry an ETag and answer 304 when unchanged', async () => {
      const first = await fetch(`${s.baseUrl}/api/ledger/head`);
      const etag = first.headers.get('etag');
      expect(etag).toBeTruthy();
      // node:http rather than fetch: fetch adds "cache-control: no-cache" to conditional requests.
      const status = await new Promise<number>((resolve, reject) =>
        get(`${s.baseUrl}/api/ledger/head`, { headers: { 'if-none-match': etag! } }, (res) => {
          res.resume();
          resolve(res.statusCode!);
        }).on('error', reject),
      );
      expect(status).toBe(304);
    });

    it('sends security headers and never a 500 for unknown API routes', async () => {
      const res = await fetch(`${s.baseUrl}/api/nothing-here`);
      expect(res.status).toBe(404);
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('content-security-policy')).toBeTruthy();
      expect((await res.json()).error.code).toBe('not_found');
    });
  });
}
