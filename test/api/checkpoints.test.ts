import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyCheckpointSignature } from '../../src/shared/ledger-format/checkpoint.js';
import { rotateKey, signIfDue } from '../../src/server/checkpoints/sign.js';
import { generateSigner, loadSigner } from '../../src/server/checkpoints/signer.js';
import { testDialects } from '../support/dialects.js';
import { EVIDENCE, makeClaim } from '../support/factories.js';
import { startTestServer, type TestServer } from '../support/server.js';

// Issue 24 item 1: signed checkpoints of the head, the public key, daily signing and key rotation.
for (const dialect of testDialects()) {
  describe(`${dialect}: signed checkpoints`, () => {
    const signer = generateSigner();
    let s: TestServer;
    beforeAll(async () => {
      s = await startTestServer(dialect, { signer, config: { publicUrl: 'https://ledger.example' } });
    });
    afterAll(async () => s.close());

    it('publishes the public key at /.well-known/track-record.json', async () => {
      const res = await s.anon.get('/.well-known/track-record.json');
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ keyId: signer.keyId, publicKey: signer.publicKey, algorithm: 'Ed25519' });
      expect(res.body.checkpoints).toBe('https://ledger.example/api/ledger/checkpoints');
    });

    it('signs the head when a publication or a resolution is written, not on other writes', async () => {
      expect((await s.anon.get('/api/ledger/checkpoints/latest')).status).toBe(404);
      const editor = await s.as('editor');
      const claim = await makeClaim(editor);
      expect((await s.anon.get('/api/ledger/checkpoints')).body.items).toEqual([]);
      const pub = await editor.post('/api/publications', {
        title: 'Issue 1',
        publishedOn: '2026-02-09',
        text: 'Rates fall by Q3 2026.',
        claims: [
          {
            kind: 'CLAIM',
            statement: 'Rates fall by Q3 2026.',
            windowEnd: '2026-09-30',
            sources: claim.sources.map((x) => ({ handle: x.handle })),
          },
        ],
      });
      expect(pub.status, JSON.stringify(pub.body)).toBe(201);
      const head = (await s.anon.get('/api/ledger/head')).body;
      const latest = (await s.anon.get('/api/ledger/checkpoints/latest')).body;
      expect(latest).toMatchObject({ id: 1, seq: head.seq, hash: head.hash, keyId: signer.keyId, nextKey: null });
      expect(await verifyCheckpointSignature(latest, signer.publicKey)).toBe(true);
      expect(await verifyCheckpointSignature({ ...latest, seq: latest.seq - 1 }, signer.publicKey)).toBe(false);

      const reviewer = await s.as('reviewer');
      const r = await reviewer.post(`/api/claims/${claim.id}/resolutions`, { outcome: 'true', evidence: EVIDENCE });
      expect(r.status).toBe(201);
      const page = (await s.anon.get('/api/ledger/checkpoints?limit=1')).body;
      expect(page.items).toHaveLength(1);
      expect(page.next).toBe(1);
      const second = (await s.anon.get('/api/ledger/checkpoints?after=1')).body;
      expect(second.items.map((c: { id: number }) => c.id)).toEqual([2]);
      expect(second.items[0].seq).toBe((await s.anon.get('/api/ledger/head')).body.seq);
    });

    it('carries the latest checkpoint in the Atom feed', async () => {
      const latest = (await s.anon.get('/api/ledger/checkpoints/latest')).body;
      const feed = await (await fetch(`${s.baseUrl}/api/feeds/resolutions.atom`)).text();
      expect(feed).toContain(`<tr:checkpoint seq="${latest.seq}" at="${latest.at}" keyId="${latest.keyId}"`);
      expect(feed).toContain(`>${latest.hash}</tr:checkpoint>`);
    });

    it('signs a quiet ledger at least daily', async () => {
      expect(await signIfDue(s.ctx, signer)).toBeNull();
      s.clock.advance(25 * 60 * 60 * 1000);
      const daily = await signIfDue(s.ctx, signer);
      expect(daily?.id).toBe(3);
      expect(await signIfDue(s.ctx, signer)).toBeNull();
    });

    it('announces a new key in a checkpoint signed with the old one', async () => {
      const next = generateSigner();
      const { announcement, first } = await rotateKey(s.ctx, signer, next);
      expect(announcement).toMatchObject({ keyId: signer.keyId, nextKey: next.publicKey });
      expect(await verifyCheckpointSignature(announcement, signer.publicKey)).toBe(true);
      expect(first.keyId).toBe(next.keyId);
      expect(await verifyCheckpointSignature(first, next.publicKey)).toBe(true);
    });
  });
}

describe('the signing key', () => {
  it('is created once in the data folder, readable by its owner only, or read from the setting', () => {
    const dir = mkdtempSync(join(tmpdir(), 'track-record-key-'));
    try {
      const first = loadSigner({ dataDir: dir, signingKey: null });
      expect(first.created).toBe(true);
      expect(statSync(join(dir, 'signing-key.pem')).mode & 0o777).toBe(0o600);
      const again = loadSigner({ dataDir: dir, signingKey: null });
      expect(again).toMatchObject({ created: false, signer: { keyId: first.signer.keyId } });
      const fromEnv = loadSigner({ dataDir: '/nonexistent', signingKey: first.signer.pem() });
      expect(fromEnv.signer.publicKey).toBe(first.signer.publicKey);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
