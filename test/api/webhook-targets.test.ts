import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deliverDueWebhooks, NOT_DELIVERED, TARGET_REFUSED } from '../../src/server/webhooks/deliver.js';
import { enqueueForWebhooks } from '../../src/server/webhooks/enqueue.js';
import { listDeliveries } from '../../src/server/webhooks/queries.js';
import { guardedLookup, TargetRefused } from '../../src/server/webhooks/target.js';
import { startTestServer, type Client, type TestServer } from '../support/server.js';

/** A receiver on loopback that answers every POST with `status` (and a Location when it is a 3xx). */
async function receiver(status: number, location?: string) {
  const hits: string[] = [];
  const server: Server = createServer((req, res) => {
    hits.push(req.url ?? '');
    req.resume();
    res.writeHead(status, location ? { location } : {}).end();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const port = (server.address() as AddressInfo).port;
  return { port, hits, close: () => new Promise<void>((r) => server.close(() => r())) };
}

// Issue 21 item 9. Every connection these tests make goes to 127.0.0.1; the refused addresses are
// refused before any connection is tried.
describe('sqlite: webhook targets', () => {
  let s: TestServer;
  let admin: Client;
  beforeAll(async () => {
    s = await startTestServer('sqlite', { config: { webhooksAllowPrivate: false } });
    admin = await s.as('admin');
  });
  afterAll(async () => s.close());

  it('registration refuses internal, disguised and credentialed targets (400) and accepts a public name', async () => {
    for (const url of [
      'http://127.0.0.1:8080/hook',
      'http://localhost:3000/hook',
      'http://api.localhost/hook',
      'http://intranet/hook',
      'http://169.254.169.254/latest/meta-data/',
      'http://10.0.0.1/',
      'http://172.16.5.4/',
      'http://192.168.1.1/',
      'http://100.64.0.1/',
      'http://0.0.0.0:3000/',
      'http://[::1]/',
      'http://[::ffff:10.0.0.1]/',
      'http://[::ffff:7f00:1]/',
      'http://[fc00::1]/',
      'http://[fe80::1]/',
      'http://2130706433/',
      'http://0x7f000001/',
      'http://0177.0.0.1/',
      'http://134744072/',
      'https://user:secret@hooks.example.com/x',
    ]) {
      const res = await admin.post('/api/webhooks', { url });
      expect(res.status, url).toBe(400);
      expect(res.body.error.message, url).toMatch(/^url: /);
    }
    expect((await admin.post('/api/webhooks', { url: 'https://hooks.example.com/track-record' })).status).toBe(201);
    expect((await admin.post('/api/webhooks', { url: 'http://93.184.215.14/hook' })).status).toBe(201);
  });

  it('the resolved address is checked at delivery: a name that resolves to loopback is refused', async () => {
    const outcome = await new Promise<Error | null>((resolve) =>
      guardedLookup(false)('localhost', { all: true }, (err) => resolve(err)),
    );
    expect(outcome).toBeInstanceOf(TargetRefused);
    const allowed = await new Promise<Error | null>((resolve) =>
      guardedLookup(true)('localhost', { all: true }, (err) => resolve(err)),
    );
    expect(allowed).toBeNull();
  });

  describe('delivery', () => {
    const at = '2026-03-01T12:00:00.000Z';
    let n = 0;
    /** Registers `url` as the operator allowing private targets would, and queues one notification for it. */
    async function hookTo(url: string) {
      const ctx = { ...s.ctx, config: { ...s.ctx.config, webhooksAllowPrivate: true } };
      const { createWebhook } = await import('../../src/server/webhooks/service.js');
      const hook = await createWebhook(ctx, 'admin', { url, description: '' });
      n += 1;
      await enqueueForWebhooks(s.db.db, [hook], {
        subject: `test:${n}`,
        eventSeq: null,
        at,
        notification: {
          event: 'claim.due',
          text: 'due',
          occurredAt: at,
          url: '/claims/x',
          claim: { id: 'x', kind: 'CLAIM', statement: 's', windowEnd: '2026-02-01', sources: [], tags: [] },
          resolution: null,
          ledger: null,
        },
      });
      return hook.id;
    }
    const lastError = async (id: string) => (await listDeliveries(s.db.db, id))[0]!.lastError;
    const deliver = (allowPrivate: boolean) =>
      deliverDueWebhooks({ ...s.ctx, config: { ...s.ctx.config, webhooksAllowPrivate: allowPrivate } });

    it('without the setting, a loopback target registered earlier is not contacted, by address or by name', async () => {
      const rx = await receiver(200);
      try {
        const byAddress = await hookTo(`http://127.0.0.1:${rx.port}/a`);
        const byName = await hookTo(`http://localhost:${rx.port}/b`);
        const r = await deliver(false);
        expect(r.delivered).toBe(0);
        expect(rx.hits).toEqual([]);
        expect(await lastError(byAddress)).toBe(TARGET_REFUSED);
        expect(await lastError(byName)).toBe(TARGET_REFUSED);
        await s.db.db.updateTable('webhooks').set({ disabledAt: at }).execute();
      } finally {
        await rx.close();
      }
    });

    it('never follows a redirect, and a closed port reads the same as an HTTP error', async () => {
      const elsewhere = await receiver(200);
      const redirecting = await receiver(302, `http://127.0.0.1:${elsewhere.port}/stolen`);
      const failing = await receiver(500);
      const closed = await receiver(200);
      await closed.close();
      try {
        const redirected = await hookTo(`http://127.0.0.1:${redirecting.port}/hook`);
        const erroring = await hookTo(`http://127.0.0.1:${failing.port}/hook`);
        const refused = await hookTo(`http://127.0.0.1:${closed.port}/hook`);
        const r = await deliver(true);
        expect(r).toMatchObject({ attempted: 3, delivered: 0, failed: 3 });
        expect(redirecting.hits).toEqual(['/hook']);
        expect(elsewhere.hits).toEqual([]);
        expect(failing.hits).toEqual(['/hook']);
        for (const id of [redirected, erroring, refused]) expect(await lastError(id)).toBe(NOT_DELIVERED);
      } finally {
        await Promise.all([elsewhere.close(), redirecting.close(), failing.close()]);
      }
    });
  });
});
