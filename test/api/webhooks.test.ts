import { type ChildProcess, spawn } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deliverDueWebhooks } from '../../src/server/webhooks/deliver.js';
import { markDueClaims } from '../../src/server/webhooks/service.js';
import { nodeArgs } from '../support/child.js';
import { createTestDb, type TestDb } from '../support/db.js';
import { testDialects } from '../support/dialects.js';
import { EVIDENCE, makeClaim, uniqueHandle } from '../support/factories.js';
import { startTestServer, type TestServer } from '../support/server.js';

interface Received {
  delivery: string;
  event: string;
  signature: string;
  raw: string;
  body: any;
  status: number;
}

/** A loopback receiver that answers 500 to the first `failures` attempts of each delivery id. */
async function startReceiver(failures = 2) {
  const received: Received[] = [];
  const attempts = new Map<string, number>();
  const server: Server = createServer((req, res) => {
    let raw = '';
    req.setEncoding('utf8');
    req.on('data', (c) => (raw += c));
    req.on('end', () => {
      const delivery = String(req.headers['x-track-record-delivery']);
      const n = (attempts.get(delivery) ?? 0) + 1;
      attempts.set(delivery, n);
      const status = n <= failures ? 500 : 200;
      received.push({
        delivery,
        event: String(req.headers['x-track-record-event']),
        signature: String(req.headers['x-track-record-signature']),
        raw,
        body: JSON.parse(raw),
        status,
      });
      res.writeHead(status).end();
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
  return {
    url,
    received,
    successes: () => received.filter((r) => r.status === 200),
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

const sign = (secret: string, raw: string) => `sha256=${createHmac('sha256', secret).update(raw).digest('hex')}`;
const outboxCount = async (s: TestServer) =>
  Number(
    (
      await s.db.db
        .selectFrom('webhook_outbox')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

for (const dialect of testDialects()) {
  describe(`${dialect}: webhooks`, () => {
    let s: TestServer;
    let receiver: Awaited<ReturnType<typeof startReceiver>>;
    beforeAll(async () => {
      s = await startTestServer(dialect, { now: '2026-03-01T12:00:00.000Z', config: { webhooksAllowPrivate: true } });
      receiver = await startReceiver(2);
    });
    afterAll(async () => {
      await s.close();
      await receiver.close();
    });

    it('only admins register webhooks; the secret is shown once', async () => {
      const admin = await s.as('admin');
      expect((await s.anon.post('/api/webhooks', { url: receiver.url })).status).toBe(401);
      expect((await (await s.as('reviewer')).post('/api/webhooks', { url: receiver.url })).status).toBe(403);
      expect((await (await s.as('editor')).get('/api/webhooks')).status).toBe(403);
      for (const bad of [{ url: 'ftp://example.com/x' }, { url: 'not a url' }, {}, { url: receiver.url, extra: 1 }])
        expect((await admin.post('/api/webhooks', bad)).status, JSON.stringify(bad)).toBe(400);
      const created = await admin.post('/api/webhooks', {
        url: 'https://example.com/other',
        description: 'to be disabled',
      });
      expect(created.status).toBe(201);
      expect(created.body.secret).toMatch(/^whsec_[0-9a-f]{64}$/);
      const list = await admin.get('/api/webhooks');
      expect(list.body.items.find((w: any) => w.id === created.body.id)).toEqual({
        ...created.body,
        secret: undefined,
      });
      expect(JSON.stringify(list.body)).not.toContain(created.body.secret);
      expect((await admin.del(`/api/webhooks/${created.body.id}`)).status).toBe(204);
      expect((await admin.del(`/api/webhooks/${created.body.id}`)).status).toBe(409);
      expect((await admin.del('/api/webhooks/nope')).status).toBe(404);
    });

    it('notifies "came due" and "resolved" exactly once each, signed, retrying with backoff', async () => {
      const admin = await s.as('admin');
      const editor = await s.as('editor');
      const reviewer = await s.as('reviewer');
      const hook = await admin.post('/api/webhooks', { url: receiver.url, description: 'slack' });
      const tag = uniqueHandle('w');
      const dueClaim = await makeClaim(editor, {
        statement: 'Chips <ship> & sell',
        windowEnd: '2026-02-20',
        tags: [tag],
      });
      const resolved = await makeClaim(editor, { windowEnd: '2026-02-21', tags: [tag] });

      const marked = await markDueClaims(s.ctx);
      expect(marked.marked).toBeGreaterThanOrEqual(2);
      expect(await markDueClaims(s.ctx)).toEqual({ marked: 0, enqueued: 0 });
      // A refused resolution writes nothing, not even an outbox row.
      const before = await outboxCount(s);
      expect((await reviewer.post(`/api/claims/${resolved.id}/resolutions`, { outcome: 'true' })).status).toBe(400);
      expect(await outboxCount(s)).toBe(before);
      const res = await reviewer.post(`/api/claims/${resolved.id}/resolutions`, {
        outcome: 'true',
        evidence: EVIDENCE,
        note: 'done',
      });
      expect(res.status).toBe(201);
      expect(await outboxCount(s)).toBe(before + 1);

      const mine = () => receiver.received.filter((r) => r.body.claim.tags.includes(tag));
      const r1 = await deliverDueWebhooks(s.ctx);
      expect(r1.failed).toBeGreaterThanOrEqual(3);
      expect(await deliverDueWebhooks(s.ctx)).toEqual({ attempted: 0, delivered: 0, failed: 0 }); // backoff: not yet
      s.clock.advance(1_000);
      expect((await deliverDueWebhooks(s.ctx)).failed).toBeGreaterThanOrEqual(3);
      s.clock.advance(1_000);
      expect((await deliverDueWebhooks(s.ctx)).attempted).toBe(0); // the second wait is 2 s
      s.clock.advance(1_000);
      expect((await deliverDueWebhooks(s.ctx)).delivered).toBeGreaterThanOrEqual(3);
      s.clock.advance(3_600_000);
      expect(await deliverDueWebhooks(s.ctx)).toEqual({ attempted: 0, delivered: 0, failed: 0 });

      const ok = mine().filter((r) => r.status === 200);
      expect(ok.map((r) => r.event).sort()).toEqual(['claim.due', 'claim.due', 'claim.resolved']);
      expect(new Set(ok.map((r) => r.delivery)).size).toBe(3);
      expect(mine()).toHaveLength(9);
      for (const r of mine()) {
        expect(r.signature).toBe(sign(hook.body.secret, r.raw));
        expect(r.body.id).toBe(r.delivery);
        expect(r.body.text).toBeTypeOf('string');
      }
      const due = ok.find((r) => r.event === 'claim.due' && r.body.claim.id === dueClaim.id)!;
      expect(due.body).toMatchObject({
        event: 'claim.due',
        url: `http://localhost/claims/${dueClaim.id}`,
        resolution: null,
        ledger: null,
      });
      expect(due.body.text).toContain('Chips &lt;ship&gt; &amp; sell');
      const done = ok.find((r) => r.event === 'claim.resolved')!;
      const head = await s.anon.get('/api/ledger/head');
      expect(done.body).toMatchObject({
        claim: { id: resolved.id },
        resolution: { outcome: 'true', reviewer: (await reviewer.get('/api/auth/me')).body.user.username },
        ledger: head.body,
      });
      const deliveries = await admin.get(`/api/webhooks/${hook.body.id}/deliveries`);
      expect(deliveries.body.items.every((d: any) => d.attempts === 3 && d.deliveredAt !== null)).toBe(true);
      await admin.del(`/api/webhooks/${hook.body.id}`);
    });

    it('an undone resolution is retracted to exactly the webhooks that heard of it', async () => {
      const admin = await s.as('admin');
      const editor = await s.as('editor');
      const reviewer = await s.as('reviewer');
      const told = await startReceiver(0);
      const later = await startReceiver(0);
      const toldHook = await admin.post('/api/webhooks', { url: told.url });
      const claim = await makeClaim(editor, { windowEnd: '2027-01-01', statement: 'Rents fall & stay down' });
      const resolved = await reviewer.post(`/api/claims/${claim.id}/resolutions`, {
        outcome: 'false',
        evidence: EVIDENCE,
        early: true,
      });
      expect(resolved.status).toBe(201);
      const rid = resolved.body.resolutions[0].id;
      await deliverDueWebhooks(s.ctx);
      const laterHook = await admin.post('/api/webhooks', { url: later.url });

      const undone = await reviewer.post(`/api/resolutions/${rid}/withdraw`, {});
      expect(undone.status).toBe(200);
      expect((await deliverDueWebhooks(s.ctx)).delivered).toBe(1);
      const mine = told.received.filter((r) => r.body.claim.id === claim.id);
      expect(mine.map((r) => r.event)).toEqual(['claim.resolved', 'resolution.withdrawn']);
      const retraction = mine[1]!;
      expect(retraction.signature).toBe(sign(toldHook.body.secret, retraction.raw));
      expect(retraction.body).toMatchObject({
        event: 'resolution.withdrawn',
        url: `http://localhost/claims/${claim.id}`,
        resolution: { id: rid, outcome: 'false' },
        ledger: (await s.anon.get('/api/ledger/head')).body,
      });
      expect(retraction.body.text).toContain('Withdrawn FALSE');
      expect(retraction.body.text).toContain('Rents fall &amp; stay down');
      expect(retraction.body.text).toContain('the claim is open again');
      expect(later.received).toHaveLength(0);
      await admin.del(`/api/webhooks/${toldHook.body.id}`);
      await admin.del(`/api/webhooks/${laterHook.body.id}`);
      await told.close();
      await later.close();
    });

    it('two workers at once never send the same delivery twice; a disabled webhook gets nothing', async () => {
      const admin = await s.as('admin');
      const editor = await s.as('editor');
      const rx = await startReceiver(0);
      const off = await startReceiver(0);
      const hook = await admin.post('/api/webhooks', { url: rx.url });
      const disabled = await admin.post('/api/webhooks', { url: off.url });
      await admin.del(`/api/webhooks/${disabled.body.id}`);
      const tag = uniqueHandle('w');
      for (let i = 0; i < 5; i++) await makeClaim(editor, { windowEnd: '2026-02-25', tags: [tag] });
      s.clock.advance(86_400_000 * 30);
      const runs = await Promise.all([markDueClaims(s.ctx), markDueClaims(s.ctx), markDueClaims(s.ctx)]);
      expect(runs.reduce((n, r) => n + r.marked, 0)).toBe(5);
      const results = await Promise.all([
        deliverDueWebhooks(s.ctx),
        deliverDueWebhooks(s.ctx),
        deliverDueWebhooks(s.ctx),
      ]);
      expect(results.reduce((n, r) => n + r.delivered, 0)).toBe(5);
      expect(rx.received).toHaveLength(5);
      expect(new Set(rx.received.map((r) => r.delivery)).size).toBe(5);
      expect(off.received).toHaveLength(0);
      await admin.del(`/api/webhooks/${hook.body.id}`);
      await rx.close();
      await off.close();
    });
  });
}

// Each dialect spawns its own server processes, so the two can run side by side.
describe('webhook deliveries survive a killed server', () => {
  it.concurrent.each(testDialects())(
    '%s: a receiver that fails the first two attempts still gets exactly one of each notification',
    async (dialect) => {
      const db: TestDb = await createTestDb(dialect);
      const receiver = await startReceiver(2);
      let child = null as ChildProcess | null;
      const password = 'a long enough admin password';

      const freePort = async () => {
        const srv = createServer();
        await new Promise<void>((r) => srv.listen(0, '127.0.0.1', () => r()));
        const port = (srv.address() as AddressInfo).port;
        await new Promise<void>((r) => srv.close(() => r()));
        return port;
      };
      const env = (port: number) => ({
        ...process.env,
        DATABASE_URL: db.url,
        PORT: String(port),
        HOST: '127.0.0.1',
        TRACK_RECORD_DEMO: 'off',
        TRACK_RECORD_ADMIN_PASSWORD: password,
        TRACK_RECORD_DATA_DIR: '/tmp',
        TRACK_RECORD_WEBHOOKS_ALLOW_PRIVATE: 'on',
      });
      const startServer = async (port: number) => {
        const proc = spawn(process.execPath, [...nodeArgs('src/cli/main.ts'), 'serve'], {
          env: env(port),
          stdio: ['ignore', 'pipe', 'pipe'],
        });
        let log = '';
        proc.stdout.on('data', (d) => (log += d));
        proc.stderr.on('data', (d) => (log += d));
        await new Promise<void>((resolve, reject) => {
          const timer = setTimeout(() => reject(new Error(`server did not start:\n${log}`)), 20_000);
          proc.stdout.on('data', () => {
            if (log.includes('is serving')) {
              clearTimeout(timer);
              resolve();
            }
          });
          proc.on('exit', (code) => reject(new Error(`server exited ${code}:\n${log}`)));
        });
        return proc;
      };
      const waitFor = async (what: string, check: () => Promise<boolean> | boolean, ms = 20_000) => {
        const until = Date.now() + ms;
        while (!(await check())) {
          if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
          await new Promise((r) => setTimeout(r, 50));
        }
      };

      const run = async () => {
        const port = await freePort();
        const base = `http://127.0.0.1:${port}`;
        child = await startServer(port);
        const signin = await fetch(`${base}/api/auth/signin`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ username: 'admin', password }),
        });
        const { csrfToken } = (await signin.json()) as { csrfToken: string };
        const headers = {
          'content-type': 'application/json',
          cookie: signin.headers.get('set-cookie')!.split(';')[0]!,
          'x-csrf-token': csrfToken,
        };
        const post = async (path: string, body: unknown) => {
          const res = await fetch(base + path, { method: 'POST', headers, body: JSON.stringify(body) });
          expect(res.status, `${path} ${res.status}`).toBeLessThan(300);
          return await res.json();
        };
        const hook = await post('/api/webhooks', { url: receiver.url });
        await post('/api/sources', { handle: 'restart_src', displayName: 'Restart' });
        const comesDue = await post('/api/claims', {
          kind: 'BULL',
          statement: 'It comes due.',
          windowEnd: '2020-01-01',
          sources: [{ handle: 'restart_src' }],
        });
        const getsResolved = await post('/api/claims', {
          kind: 'BEAR',
          statement: 'It gets resolved.',
          windowEnd: '2020-01-02',
          sources: [{ handle: 'restart_src' }],
        });
        await post(`/api/claims/${getsResolved.id}/resolutions`, { outcome: 'false', evidence: EVIDENCE });
        const due = await new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
          const p = spawn(process.execPath, [...nodeArgs('src/cli/main.ts'), 'due'], { env: env(port) });
          let stdout = '';
          let stderr = '';
          p.stdout.on('data', (d) => (stdout += d));
          p.stderr.on('data', (d) => (stderr += d));
          p.on('close', (status) => resolve({ status, stdout, stderr }));
        });
        expect(due.status, due.stderr).toBe(0);
        expect(due.stdout).toContain('1 claim(s) came due; 1 notification(s) queued');

        // First attempts fail; once both failures are on record, kill the server without warning.
        await waitFor('two failed first attempts', () => receiver.received.length >= 2);
        await waitFor('the failures to be recorded', async () => {
          const rows = await db.db.selectFrom('webhook_outbox').select(['attempts', 'lockedUntil']).execute();
          return rows.length === 2 && rows.every((r) => r.attempts >= 1 && r.lockedUntil === null);
        });
        child.kill('SIGKILL');
        await new Promise((r) => child!.once('exit', r));
        const whileDown = receiver.received.length;
        await new Promise((r) => setTimeout(r, 300));
        expect(receiver.received.length).toBe(whileDown);

        child = await startServer(port);
        await waitFor('both deliveries to succeed', () => receiver.successes().length >= 2);
        await new Promise((r) => setTimeout(r, 2_100)); // more than two worker ticks: nothing else may arrive
        const ok = receiver.successes();
        expect(ok.map((r) => r.event).sort()).toEqual(['claim.due', 'claim.resolved']);
        expect(ok.find((r) => r.event === 'claim.due')!.body.claim.id).toBe(comesDue.id);
        expect(ok.find((r) => r.event === 'claim.resolved')!.body.claim.id).toBe(getsResolved.id);
        for (const r of ok) {
          expect(receiver.received.filter((x) => x.delivery === r.delivery).map((x) => x.status)).toEqual([
            500, 500, 200,
          ]);
          expect(r.signature).toBe(sign(hook.secret, r.raw));
        }
        expect(receiver.received).toHaveLength(6);
        child.kill('SIGTERM');
      };
      try {
        await run();
      } finally {
        child?.kill('SIGKILL');
        await receiver.close();
        await db.destroy();
      }
    },
  );
});
