import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../../src/server/log/logger.js';
import { runScript } from '../../support/child.js';
import { testDialects } from '../../support/dialects.js';
import { PASSWORD, startTestServer, type TestServer } from '../../support/server.js';

/** A logger whose JSON lines land in an array instead of stdout. */
function capturedLogger() {
  const lines: string[] = [];
  const logger = createLogger({ logLevel: 'info' }, { destination: { write: (s: string) => lines.push(s) } });
  return { logger, lines, parsed: () => lines.map((l) => JSON.parse(l) as Record<string, unknown>) };
}

for (const dialect of testDialects())
  describe(`${dialect}: the request log`, () => {
    let ts: TestServer;
    const log = capturedLogger();
    beforeAll(async () => {
      ts = await startTestServer(dialect, { logger: log.logger });
    });
    afterAll(() => ts.close());

    it('writes one line per request with its fields, and never a password, token, cookie or CSRF token', async () => {
      await ts.as('admin');
      const admin = await ts.signIn('admin1', PASSWORD);
      const created = await admin.post('/api/tokens', { name: 'cron' });
      expect(created.status).toBe(201);
      const token = created.body.token as string;
      const me = await fetch(`${ts.baseUrl}/api/auth/me`, { headers: { authorization: `Bearer ${token}` } });
      const userId = ((await me.json()) as { user: { id: string } }).user.id;

      log.lines.length = 0;
      const res = await fetch(`${ts.baseUrl}/api/sources?limit=5`, {
        headers: { authorization: `Bearer ${token}`, 'x-request-id': 'req-abc.123' },
      });
      expect(res.status).toBe(200);
      expect(res.headers.get('x-request-id')).toBe('req-abc.123');
      const mine = log.parsed().filter((l) => l.requestId === 'req-abc.123');
      expect(mine).toHaveLength(1);
      expect(mine[0]).toMatchObject({
        level: 30,
        method: 'GET',
        route: '/api/sources',
        status: 200,
        userId,
        msg: 'GET /api/sources 200',
      });
      expect(typeof mine[0]!.ms).toBe('number');
      expect(log.lines).toHaveLength(1);

      const everything = log.lines.join('\n');
      expect(everything).not.toContain(PASSWORD);
      expect(everything).not.toContain(token);
      expect(everything).not.toContain(admin.cookie.split('=')[1]!);
      expect(everything).not.toContain(admin.csrfToken);
      expect(everything).not.toContain('limit=5');
    });

    it('a sign-in and a token creation log their route and status, not their secrets', async () => {
      log.lines.length = 0;
      const admin = await ts.signIn('admin1', PASSWORD);
      const created = await admin.post('/api/tokens', { name: 'deploy' });
      const wrong = await ts.anon.post('/api/auth/signin', { username: 'admin1', password: `${PASSWORD}!` });
      expect(wrong.status).toBe(401);
      const routes = log.parsed().map((l) => `${String(l.route)} ${String(l.status)}`);
      expect(routes).toEqual(['/api/auth/signin 200', '/api/tokens 201', '/api/auth/signin 401']);
      const everything = log.lines.join('\n');
      for (const secret of [PASSWORD, `${PASSWORD}!`, created.body.token, admin.csrfToken, admin.cookie.split('=')[1]])
        expect(everything).not.toContain(secret);
    });

    it('makes a request id when none (or a malformed one) is given, and puts it in the error envelope', async () => {
      log.lines.length = 0;
      const res = await fetch(`${ts.baseUrl}/api/claims/no-such-claim`, {
        headers: { 'x-request-id': 'bad id\u00e9' },
      });
      expect(res.status).toBe(404);
      const id = res.headers.get('x-request-id')!;
      expect(id).toMatch(/^[0-9a-f-]{36}$/);
      const body = (await res.json()) as { error: { code: string; requestId: string } };
      expect(body.error).toMatchObject({ code: 'not_found', requestId: id });
      expect(log.parsed()).toMatchObject([{ requestId: id, route: '/api/claims/:id', status: 404, userId: null }]);
    });

    it('health checks and metrics scrapes stay out of the info log', async () => {
      log.lines.length = 0;
      expect((await fetch(`${ts.baseUrl}/healthz`)).status).toBe(200);
      expect((await fetch(`${ts.baseUrl}/readyz`)).status).toBe(200);
      expect((await fetch(`${ts.baseUrl}/metrics`)).status).toBe(404);
      expect(log.lines).toEqual([]);
    });

    it('a 500 is one line at error level with the error and its stack', async () => {
      const admin = await ts.as('admin');
      await ts.db.db.schema.dropTable('webhook_outbox').execute();
      await ts.db.db.schema.dropTable('webhooks').execute();
      log.lines.length = 0;
      const res = await admin.get('/api/webhooks');
      expect(res.status).toBe(500);
      expect(res.body.error).toMatchObject({ code: 'internal', message: 'internal error' });
      const lines = log.parsed();
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatchObject({ level: 50, route: '/api/webhooks', status: 500 });
      expect(lines[0]!.requestId).toBe(res.body.error.requestId);
      expect(String((lines[0]!.err as { stack: string }).stack)).toMatch(/webhooks/);
    });
  });

describe('the log on stdout', () => {
  const parsed = (lines: string[]) =>
    lines.filter((l) => l.trim()).map((l) => JSON.parse(l) as Record<string, unknown>);

  it('holds no line back when the process exits at once: every line arrives whole, with its fields', async () => {
    const run = runScript('test/support/log-lines.ts', ['500', 'exit']);
    expect(await run.done, run.stderr()).toEqual({ code: 0, signal: null });
    const lines = parsed(run.lines);
    expect(lines.map((l) => l.requestId)).toEqual(Array.from({ length: 500 }, (_, i) => `req-${i}`));
    for (const l of lines)
      expect(l).toMatchObject({
        level: 30,
        method: 'GET',
        route: '/api/leaderboard',
        status: 200,
        ms: 1,
        userId: null,
        ip: '127.0.0.1',
        msg: 'GET /api/leaderboard 200',
      });
  });

  it('a line on a quiet server reaches stdout while the process runs, without waiting for more', async () => {
    let arrived!: () => void;
    const first = new Promise<void>((resolve) => (arrived = resolve));
    const run = runScript('test/support/log-lines.ts', ['1', 'stay'], () => arrived());
    try {
      await first;
      expect(parsed(run.lines)).toMatchObject([{ requestId: 'req-0', route: '/api/leaderboard' }]);
      expect(run.child.exitCode).toBeNull();
    } finally {
      run.child.kill();
      await run.done;
    }
  });
});
