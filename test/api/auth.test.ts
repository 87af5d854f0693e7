import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialects } from '../support/dialects.js';
import { EVIDENCE, makeClaim, makeSource } from '../support/factories.js';
import { PASSWORD, startTestServer, type Client, type TestServer } from '../support/server.js';

type Who = 'anonymous' | 'editor' | 'reviewer' | 'admin';

for (const dialect of testDialects()) {
  describe(`${dialect}: authentication and authorization`, () => {
    let s: TestServer;
    let clients: Record<Who, Client>;
    beforeAll(async () => {
      s = await startTestServer(dialect);
      clients = {
        anonymous: s.anon,
        editor: await s.as('editor'),
        reviewer: await s.as('reviewer'),
        admin: await s.as('admin'),
      };
    });
    afterAll(async () => s.close());

    // Each write route with the roles allowed to use it; everybody else gets 401 (anonymous) or 403.
    const matrix: { name: string; allowed: Who[]; call: (c: Client) => Promise<{ status: number }> }[] = [
      {
        name: 'POST /api/sources',
        allowed: ['editor', 'admin'],
        call: (c) =>
          c.post('/api/sources', { handle: `m_${Math.random().toString(36).slice(2, 10)}`, displayName: 'M' }),
      },
      {
        name: 'PATCH /api/sources/:h',
        allowed: ['editor', 'admin'],
        call: async (c) => c.patch(`/api/sources/${(await makeSource(clients.editor)).handle}`, { displayName: 'N' }),
      },
      {
        name: 'POST /api/sources/:h/aliases',
        allowed: ['editor', 'admin'],
        call: async (c) =>
          c.post(`/api/sources/${(await makeSource(clients.editor)).handle}/aliases`, {
            alias: `a_${Math.random().toString(36).slice(2, 10)}`,
          }),
      },
      {
        name: 'POST /api/publications',
        allowed: ['editor', 'admin'],
        call: (c) =>
          c.post('/api/publications', { title: 'T', publishedOn: '2026-02-09', text: `issue ${Math.random()}` }),
      },
      {
        name: 'POST /api/claims',
        allowed: ['editor', 'admin'],
        call: (c) => c.post('/api/claims', { kind: 'CLAIM', statement: 's', windowEnd: '2026-12-31' }),
      },
      {
        name: 'PATCH /api/claims/:id',
        allowed: ['editor', 'admin'],
        call: async (c) =>
          c.patch(`/api/claims/${(await makeClaim(clients.editor)).id}`, { statement: 'x', reason: 'typo fix' }),
      },
      {
        name: 'POST /api/claims/:id/resolutions',
        allowed: ['reviewer', 'admin'],
        call: async (c) =>
          c.post(`/api/claims/${(await makeClaim(clients.editor)).id}/resolutions`, {
            outcome: 'true',
            evidence: EVIDENCE,
          }),
      },
      {
        name: 'POST /api/users',
        allowed: ['admin'],
        call: (c) =>
          c.post('/api/users', {
            username: `u${Math.random().toString(36).slice(2, 10)}`,
            displayName: 'U',
            role: 'editor',
            password: PASSWORD,
          }),
      },
      { name: 'GET /api/users', allowed: ['admin'], call: (c) => c.get('/api/users') },
      {
        name: 'POST /api/tokens',
        allowed: ['editor', 'reviewer', 'admin'],
        call: (c) => c.post('/api/tokens', { name: 'script' }),
      },
      { name: 'GET /api/tokens', allowed: ['editor', 'reviewer', 'admin'], call: (c) => c.get('/api/tokens') },
      {
        name: 'POST /api/publications/preview',
        allowed: ['editor', 'admin'],
        call: (c) =>
          c.post('/api/publications/preview', {
            text: 'The Signal\nRates fall by Q3 2026.',
            publishedOn: '2026-02-09',
          }),
      },
    ];
    for (const route of matrix)
      for (const who of ['anonymous', 'editor', 'reviewer', 'admin'] as Who[])
        it(`${route.name} as ${who} → ${route.allowed.includes(who) ? 'allowed' : who === 'anonymous' ? '401' : '403'}`, async () => {
          const res = await route.call(clients[who]);
          if (route.allowed.includes(who)) expect(res.status).toBeLessThan(300);
          else expect(res.status).toBe(who === 'anonymous' ? 401 : 403);
        });

    it('every GET of the public record works without signing in', async () => {
      const claim = await makeClaim(clients.editor);
      for (const path of [
        '/api/sources',
        '/api/claims',
        `/api/claims/${claim.id}`,
        '/api/publications',
        '/api/ledger/head',
        '/api/ledger/events',
        '/api/leaderboard',
      ])
        expect((await s.anon.get(path)).status, path).toBe(200);
    });

    it('a session write without the CSRF token is refused and changes nothing', async () => {
      const editor = clients.editor as Client & { cookie: string };
      const before = await s.counts();
      const res = await fetch(`${s.baseUrl}/api/sources`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie: editor.cookie },
        body: JSON.stringify({ handle: 'csrf_probe', displayName: 'x' }),
      });
      expect(res.status).toBe(403);
      expect(await s.counts()).toEqual(before);
    });

    it('the session cookie is HttpOnly and SameSite; sign-out ends the session', async () => {
      const res = await fetch(`${s.baseUrl}/api/auth/signin`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'editor1', password: PASSWORD }),
      });
      const cookie = res.headers.get('set-cookie')!;
      expect(cookie).toMatch(/HttpOnly/i);
      expect(cookie).toMatch(/SameSite=Strict/i);
      const session = cookie.split(';')[0]!;
      const me = await (await fetch(`${s.baseUrl}/api/auth/me`, { headers: { cookie: session } })).json();
      expect(me.user.username).toBe('editor1');
      await fetch(`${s.baseUrl}/api/auth/signout`, { method: 'POST', headers: { cookie: session } });
      const after = await (await fetch(`${s.baseUrl}/api/auth/me`, { headers: { cookie: session } })).json();
      expect(after.user).toBeNull();
    });

    it('API tokens work as Bearer until their owner revokes them; they are stored hashed', async () => {
      const created = await clients.editor.post('/api/tokens', { name: 'cron' });
      expect(created.status).toBe(201);
      const token = created.body.token as string;
      const stored = await s.db.db
        .selectFrom('api_tokens')
        .select('tokenHash')
        .where('id', '=', created.body.id)
        .executeTakeFirstOrThrow();
      expect(stored.tokenHash).not.toContain(token);
      const bearer = { authorization: `Bearer ${token}` };
      const ok = await s.anon.request('POST', '/api/sources', { handle: 'via_token', displayName: 'T' }, bearer);
      expect(ok.status).toBe(201);
      expect((await clients.reviewer.del(`/api/tokens/${created.body.id}`)).status).toBe(404);
      expect((await clients.editor.del(`/api/tokens/${created.body.id}`)).status).toBe(204);
      const after = await s.anon.request('POST', '/api/sources', { handle: 'via_token2', displayName: 'T' }, bearer);
      expect(after.status).toBe(401);
      expect(
        (await s.anon.request('GET', '/api/sources', undefined, { authorization: 'Bearer nonsense' })).status,
      ).toBe(401);
    });

    it('passwords are scrypt hashes; wrong passwords are rate-limited per user and address', async () => {
      const row = await s.db.db
        .selectFrom('users')
        .select('passwordHash')
        .where('username', '=', 'editor1')
        .executeTakeFirstOrThrow();
      expect(row.passwordHash).toMatch(/^scrypt\$/);
      expect(row.passwordHash).not.toContain(PASSWORD);
      await clients.admin.post('/api/users', {
        username: 'victim',
        displayName: 'V',
        role: 'reviewer',
        password: PASSWORD,
      });
      const statuses: number[] = [];
      for (let i = 0; i < 11; i++)
        statuses.push(
          (await s.anon.post('/api/auth/signin', { username: 'victim', password: 'wrong password!' })).status,
        );
      expect(statuses.slice(0, 10).every((x) => x === 401)).toBe(true);
      expect(statuses[10]).toBe(429);
      // The address that failed is held back even with the right password; another address is not.
      expect((await s.anon.post('/api/auth/signin', { username: 'victim', password: PASSWORD })).status).toBe(429);
      const elsewhere = await s.anon.request(
        'POST',
        '/api/auth/signin',
        { username: 'victim', password: PASSWORD },
        { 'x-forwarded-for': '198.51.100.9' },
      );
      expect(elsewhere.status).toBe(200);
    });

    it('admins manage users: create, change role, disable (which signs them out)', async () => {
      const created = await clients.admin.post('/api/users', {
        username: 'newbie',
        displayName: 'New',
        role: 'editor',
        password: PASSWORD,
      });
      expect(created.status).toBe(201);
      expect(
        (
          await clients.admin.post('/api/users', {
            username: 'newbie',
            displayName: 'Dup',
            role: 'editor',
            password: PASSWORD,
          })
        ).status,
      ).toBe(409);
      expect(
        (
          await clients.admin.post('/api/users', {
            username: 'shorty',
            displayName: 'S',
            role: 'editor',
            password: 'short',
          })
        ).status,
      ).toBe(400);
      const newbie = await s.signIn('newbie', PASSWORD);
      const promoted = await clients.admin.patch(`/api/users/${created.body.id}`, { role: 'reviewer' });
      expect(promoted.body.role).toBe('reviewer');
      await clients.admin.patch(`/api/users/${created.body.id}`, { disabled: true });
      expect((await newbie.post('/api/sources', { handle: 'newbie_src', displayName: 'x' })).status).toBe(401);
      expect((await s.anon.post('/api/auth/signin', { username: 'newbie', password: PASSWORD })).status).toBe(401);
    });
  });
}
