import { existsSync, statSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServe, trackRecord } from '../../support/cli.js';
import { createTestDb, type TestDb } from '../../support/db.js';
import { testDialects } from '../../support/dialects.js';

const ADMIN_PASSWORD = 'a long admin password for shutdown';
const TIMEOUT_MS = 5000;
const WRITERS = 4;

interface Reply {
  status: number;
  body: string;
  connection: string | undefined;
  cookie: string | undefined;
  at: number;
}

/** One JSON request over `agent` (keep-alive connections, as a proxy or client library holds them). */
function send(
  agent: Agent,
  base: string,
  method: string,
  path: string,
  headers: Record<string, string>,
  body?: unknown,
) {
  return new Promise<Reply>((resolve, reject) => {
    const req = request(
      `${base}${path}`,
      { method, agent, headers: { 'content-type': 'application/json', ...headers } },
      (res) => {
        let text = '';
        res.on('data', (d: Buffer) => (text += d.toString()));
        res.on('end', () =>
          resolve({
            status: res.statusCode!,
            body: text,
            connection: res.headers.connection,
            cookie: res.headers['set-cookie']?.[0]?.split(';')[0],
            at: Date.now(),
          }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body === undefined ? undefined : JSON.stringify(body));
  });
}

for (const dialect of testDialects())
  describe(`${dialect}: SIGTERM in the middle of a stream of writes`, () => {
    let db: TestDb;
    beforeAll(async () => {
      db = await createTestDb(dialect);
    });
    afterAll(() => db.destroy());

    it('finishes the writes in flight, loses none it acknowledged, resets nothing, verifies, and exits 0 in time', async () => {
      const server = await startServe({
        DATABASE_URL: db.url,
        TRACK_RECORD_DEMO: 'off',
        TRACK_RECORD_ADMIN_PASSWORD: ADMIN_PASSWORD,
        TRACK_RECORD_SHUTDOWN_TIMEOUT: String(TIMEOUT_MS),
        LOG_LEVEL: 'info',
      });
      const agent = new Agent({ keepAlive: true, maxSockets: WRITERS });
      const signIn = await send(
        agent,
        server.baseUrl,
        'POST',
        '/api/auth/signin',
        {},
        {
          username: 'admin',
          password: ADMIN_PASSWORD,
        },
      );
      expect(signIn.status).toBe(200);
      const session = {
        cookie: signIn.cookie!,
        'x-csrf-token': (JSON.parse(signIn.body) as { csrfToken: string }).csrfToken,
      };
      const token = await send(agent, server.baseUrl, 'POST', '/api/tokens', session, { name: 'writer' });
      const bearer = { authorization: `Bearer ${(JSON.parse(token.body) as { token: string }).token}` };

      const acknowledged: string[] = [];
      const replies: Reply[] = [];
      const errors: string[] = [];
      const writer = async (w: number) => {
        for (let n = 0; ; n++) {
          const handle = `w${w}_${n}`;
          try {
            const reply = await send(agent, server.baseUrl, 'POST', '/api/sources', bearer, {
              handle,
              displayName: `Writer ${w} #${n}`,
            });
            replies.push(reply);
            expect(reply.status, reply.body).toBe(201);
            acknowledged.push(handle);
          } catch (err) {
            errors.push((err as { code?: string }).code ?? String(err));
            return;
          }
        }
      };
      const writers = Array.from({ length: WRITERS }, (_, w) => writer(w));
      while (acknowledged.length < 40) await new Promise((r) => setTimeout(r, 10));
      const signalledAt = Date.now();
      server.child.kill('SIGTERM');
      const exit = await server.exited;
      const tookMs = Date.now() - signalledAt;
      await Promise.all(writers);
      agent.destroy();

      expect(exit, server.output()).toEqual({ code: 0, signal: null });
      expect(tookMs).toBeLessThan(TIMEOUT_MS);
      // Once it stopped listening, new connections were refused; no request on an open one was reset.
      expect(errors).toEqual(Array(WRITERS).fill('ECONNREFUSED'));
      const afterSignal = replies.filter((r) => r.at > signalledAt);
      expect(afterSignal.length).toBeGreaterThan(0);
      expect(afterSignal.every((r) => r.status === 201)).toBe(true);
      expect(afterSignal.some((r) => r.connection === 'close')).toBe(true);

      const stored = await db.db.selectFrom('sources').select('handle').execute();
      const handles = new Set(stored.map((s) => s.handle));
      expect(acknowledged.filter((h) => !handles.has(h))).toEqual([]);
      const verified = trackRecord(['verify'], { DATABASE_URL: db.url });
      expect(verified.code, verified.stderr).toBe(0);
      expect(server.output()).toContain('"msg":"stopped"');
      if (dialect === 'sqlite') {
        const wal = `${db.url}-wal`;
        expect(!existsSync(wal) || statSync(wal).size === 0).toBe(true);
      }
    }, 90_000);
  });
