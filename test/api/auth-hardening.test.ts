import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialects } from '../support/dialects.js';
import { PASSWORD, startTestServer, type Client, type TestServer } from '../support/server.js';

/** A sign-in sent as the proxy on this machine forwards it for `address` (trust proxy: loopback). */
async function signInFrom(s: TestServer, address: string, username: string, password: string) {
  return s.anon.request('POST', '/api/auth/signin', { username, password }, { 'x-forwarded-for': address });
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

for (const dialect of testDialects()) {
  describe(`${dialect}: sign-in limits, admins, tokens and caching`, () => {
    let s: TestServer;
    let admin: Client;
    beforeAll(async () => {
      s = await startTestServer(dialect);
      admin = await s.as('admin');
    });
    afterAll(async () => s.close());

    const addUser = async (username: string, role = 'editor') => {
      const res = await admin.post('/api/users', { username, displayName: username, role, password: PASSWORD });
      expect(res.status).toBe(201);
      return res.body.id as string;
    };

    it('100 parallel wrong passwords from one address: at most 10 answered 401, the rest 429', async () => {
      await addUser('target');
      const statuses = await Promise.all(
        Array.from({ length: 100 }, () =>
          signInFrom(s, '203.0.113.50', 'target', 'a wrong password!').then((r) => r.status),
        ),
      );
      const wrong = statuses.filter((x) => x === 401).length;
      expect(wrong).toBeLessThanOrEqual(10);
      expect(wrong + statuses.filter((x) => x === 429).length).toBe(100);
      const limited = await signInFrom(s, '203.0.113.50', 'target', PASSWORD);
      expect(limited.status).toBe(429);
      expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
      // Nobody can lock a user out: the right password from an address that has not failed gets in.
      expect((await signInFrom(s, '198.51.100.77', 'target', PASSWORD)).status).toBe(200);
    });

    it('an unknown username takes as long as a known one with a wrong password', async () => {
      await addUser('known');
      const time = async (username: string, i: number) => {
        const t = performance.now();
        expect((await signInFrom(s, `192.0.2.${i}`, username, 'not the password at all')).status).toBe(401);
        return performance.now() - t;
      };
      const known: number[] = [];
      const unknown: number[] = [];
      for (let i = 1; i <= 7; i++) {
        known.push(await time('known', i));
        unknown.push(await time(`nobody${i}`, 100 + i));
      }
      expect(median(unknown)).toBeGreaterThan(median(known) / 2);
    });

    it('refuses (409) to demote or disable the last enabled admin', async () => {
      const me = (await admin.get('/api/auth/me')).body.user.id as string;
      expect((await admin.patch(`/api/users/${me}`, { role: 'editor' })).status).toBe(409);
      expect((await admin.patch(`/api/users/${me}`, { disabled: true })).status).toBe(409);
      const second = await addUser('deputy', 'admin');
      expect((await admin.patch(`/api/users/${second}`, { disabled: true })).status).toBe(200);
      expect((await admin.patch(`/api/users/${me}`, { disabled: true })).status).toBe(409);
      expect((await admin.patch(`/api/users/${second}`, { disabled: false })).status).toBe(200);
      expect((await admin.patch(`/api/users/${second}`, { role: 'reviewer' })).status).toBe(200);
      expect((await admin.get('/api/users')).body.items.find((u: { id: string }) => u.id === me).role).toBe('admin');
    });

    it('refuses weak passwords by strength, the username counting as a known word, and the username itself', async () => {
      for (const password of ['password1234', 'qwertyuiop12', 'aaaaaaaaaaaaaaaa', 'weakling-weakling-2026']) {
        const res = await admin.post('/api/users', {
          username: 'weakling',
          displayName: 'W',
          role: 'editor',
          password,
        });
        expect(res.status, password).toBe(400);
        expect(res.body.error.message).toMatch(/^password: /);
      }
      const same = await admin.post('/api/users', {
        username: 'weakling.user',
        displayName: 'W',
        role: 'editor',
        password: 'weakling.user',
      });
      expect(same.status).toBe(400);
      expect(same.body.error.message).toMatch(/^password: must not be the username/);
      expect(
        (await admin.post('/api/users', { username: 'weakling', displayName: 'W', role: 'editor', password: PASSWORD }))
          .status,
      ).toBe(201);
    });

    it('a password reset revokes the user’s API tokens; an admin can revoke anybody’s token', async () => {
      const id = await addUser('holder');
      const holder = await s.signIn('holder', PASSWORD);
      const one = (await holder.post('/api/tokens', { name: 'one' })).body as { id: string; token: string };
      const two = (await holder.post('/api/tokens', { name: 'two' })).body as { id: string; token: string };
      const bearer = (token: string) =>
        fetch(`${s.baseUrl}/api/tokens`, { headers: { authorization: `Bearer ${token}` } }).then((r) => r.status);
      expect(await bearer(one.token)).toBe(200);
      const listed = await admin.get(`/api/users/${id}/tokens`);
      expect(listed.body.items.map((t: { name: string }) => t.name).sort()).toEqual(['one', 'two']);
      expect((await admin.del(`/api/users/${id}/tokens/${one.id}`)).status).toBe(204);
      expect(await bearer(one.token)).toBe(401);
      expect(await bearer(two.token)).toBe(200);
      expect((await admin.patch(`/api/users/${id}`, { password: 'a brand new passphrase here' })).status).toBe(200);
      expect(await bearer(two.token)).toBe(401);
    });

    it('answers that carry users, tokens or sessions say Cache-Control: no-store', async () => {
      const editor = await s.as('editor');
      const created = await editor.post('/api/tokens', { name: 'cached?' });
      const signedIn = await signInFrom(s, '198.51.100.200', 'editor2', PASSWORD);
      for (const res of [
        created,
        await editor.get('/api/tokens'),
        await admin.get('/api/users'),
        await admin.get('/api/auth/me'),
        signedIn,
      ])
        expect(res.headers.get('cache-control')).toBe('no-store');
    });
  });
}
