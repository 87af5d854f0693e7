import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyCheckpointSignature } from '../../src/shared/ledger-format/checkpoint.js';
import { generateSigner } from '../../src/server/checkpoints/signer.js';
import { deliverDueWebhooks } from '../../src/server/webhooks/deliver.js';
import { testDialects } from '../support/dialects.js';
import { EVIDENCE, makeClaim } from '../support/factories.js';
import { startTestServer, type TestServer } from '../support/server.js';

// Issue 24 item 2: webhook receivers hold a signed checkpoint the operator cannot take back.
for (const dialect of testDialects()) {
  describe(`${dialect}: a resolution's webhook carries a signed checkpoint`, () => {
    const signer = generateSigner();
    let s: TestServer;
    let receiver: Server;
    const bodies: any[] = [];
    beforeAll(async () => {
      s = await startTestServer(dialect, { signer, config: { webhooksAllowPrivate: true } });
      receiver = createServer((req, res) => {
        let raw = '';
        req.on('data', (c: Buffer) => (raw += c.toString()));
        req.on('end', () => {
          bodies.push(JSON.parse(raw));
          res.writeHead(200).end();
        });
      });
      await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', () => r()));
    });
    afterAll(async () => {
      await s.close();
      await new Promise((r) => receiver.close(r));
    });

    it('signed by the same write, verifying with the published key, and listed by the ledger', async () => {
      const admin = await s.as('admin');
      const editor = await s.as('editor');
      const reviewer = await s.as('reviewer');
      const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;
      expect((await admin.post('/api/webhooks', { url, description: 'witness' })).status).toBe(201);
      const claim = await makeClaim(editor, { windowEnd: '2026-02-20' });
      const res = await reviewer.post(`/api/claims/${claim.id}/resolutions`, { outcome: 'true', evidence: EVIDENCE });
      expect(res.status).toBe(201);
      expect((await deliverDueWebhooks(s.ctx)).delivered).toBeGreaterThanOrEqual(1);

      const resolved = bodies.find((b) => b.event === 'claim.resolved' && b.claim.id === claim.id);
      expect(resolved?.checkpoint).toBeDefined();
      const { checkpoint, ledger } = resolved;
      const key = (await s.anon.get('/.well-known/track-record.json')).body;
      expect(checkpoint.keyId).toBe(key.keyId);
      expect(await verifyCheckpointSignature(checkpoint, key.publicKey)).toBe(true);
      expect(await verifyCheckpointSignature({ ...checkpoint, seq: checkpoint.seq + 1 }, key.publicKey)).toBe(false);
      const listed = (await s.anon.get('/api/ledger/checkpoints?limit=100')).body.items;
      expect(listed).toContainEqual(expect.objectContaining({ seq: checkpoint.seq, hash: checkpoint.hash }));
      // The checkpoint signed by the same write: it covers the resolution's event.
      expect(checkpoint.seq).toBeGreaterThanOrEqual(ledger.seq);
    });
  });
}
