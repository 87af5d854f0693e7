import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bodyCacheFor } from '../../src/server/leaderboard/response-cache.js';
import { runScript } from '../support/child.js';
import { testDialects } from '../support/dialects.js';
import { EVIDENCE, makeClaim, makeSource } from '../support/factories.js';
import { startTestServer, type Client, type TestServer } from '../support/server.js';

const NOW = '2026-03-01T12:00:00.000Z';

async function raw(url: string, headers: Record<string, string> = {}) {
  // undici decodes bodies itself; ask node's http for the bytes as sent.
  const { request } = await import('node:http');
  return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }>(
    (resolve, reject) => {
      request(url, { headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
      })
        .on('error', reject)
        .end();
    },
  );
}

for (const dialect of testDialects()) {
  describe(`${dialect}: the leaderboard over HTTP`, () => {
    let s: TestServer;
    let editor: Client;
    let reviewer: Client;
    let handle: string;
    beforeAll(async () => {
      s = await startTestServer(dialect, { now: NOW });
      editor = await s.as('editor');
      reviewer = await s.as('reviewer');
      handle = (await makeSource(editor)).handle;
      const claim = await makeClaim(editor, { sources: [{ handle, role: 'made' }], tags: ['chips'] });
      await reviewer.post(`/api/claims/${claim.id}/resolutions`, { outcome: 'true', evidence: EVIDENCE });
    });
    afterAll(async () => s.close());

    it('answers a matching ETag with 304, and a write changes the ETag', async () => {
      const url = `${s.baseUrl}/api/leaderboard?limit=50`;
      const first = await raw(url);
      expect(first.status).toBe(200);
      const etag = first.headers.etag as string;
      expect(etag).toMatch(/^"/);
      const again = await raw(url, { 'if-none-match': etag });
      expect(again.status).toBe(304);
      expect(again.body.length).toBe(0);
      await makeClaim(editor, { sources: [{ handle, role: 'made' }] });
      const after = await raw(url, { 'if-none-match': etag });
      expect(after.status).toBe(200);
      expect(after.headers.etag).not.toBe(etag);
    });

    it('keeps one body per query: parameters the query ignores do not make new entries', async () => {
      const cache = bodyCacheFor(s.ctx.db);
      await raw(`${s.baseUrl}/api/leaderboard?limit=7`);
      const held = cache.size;
      const answers = await Promise.all(
        [1, 2, 3, 4, 5].map((n) => raw(`${s.baseUrl}/api/leaderboard?limit=7&cachebuster=${n}`)),
      );
      expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 200, 200]);
      expect(cache.size).toBe(held);
      await raw(`${s.baseUrl}/api/leaderboard?limit=8`);
      expect(cache.size).toBe(held + 1);
    });

    it('sends brotli or gzip as asked, each decoding to the same JSON', async () => {
      const url = `${s.baseUrl}/api/leaderboard?limit=50&kind=CLAIM`;
      const plain = await raw(url);
      const br = await raw(url, { 'accept-encoding': 'gzip, br' });
      const gz = await raw(url, { 'accept-encoding': 'gzip' });
      expect(plain.headers['content-encoding']).toBeUndefined();
      expect(br.headers['content-encoding']).toBe('br');
      expect(gz.headers['content-encoding']).toBe('gzip');
      expect(br.headers.vary).toContain('Accept-Encoding');
      const json = JSON.parse(plain.body.toString());
      expect(json.items.length).toBeGreaterThan(0);
      expect(JSON.parse(brotliDecompressSync(br.body).toString())).toEqual(json);
      expect(JSON.parse(gunzipSync(gz.body).toString())).toEqual(json);
      // Other routes go through the compression middleware.
      const queue = await raw(`${s.baseUrl}/api/openapi.json`, { 'accept-encoding': 'br' });
      expect(queue.headers['content-encoding']).toBe('br');
    });

    it('two server processes on one database serve the same leaderboard after each write', async () => {
      const children = [0, 1].map(() =>
        runScript(join(import.meta.dirname, '../support/serve-child.ts'), [s.db.url, NOW]),
      );
      try {
        const ports = await Promise.all(
          children.map(
            (c) =>
              new Promise<number>((resolve, reject) => {
                c.child.stdout.once('data', (d: Buffer) => resolve(Number(d.toString().trim())));
                c.child.once('exit', () => reject(new Error(`child exited: ${c.stderr()}`)));
              }),
          ),
        );
        const both = async () =>
          Promise.all(ports.map((p) => raw(`http://127.0.0.1:${p}/api/leaderboard?limit=50&minResolved=0`)));
        const agree = async () => {
          const [a, b] = await both();
          expect(a!.status).toBe(200);
          expect(a!.body.equals(b!.body)).toBe(true);
          expect(a!.headers.etag).toBe(b!.headers.etag);
          return JSON.parse(a!.body.toString()) as { headSeq: number; items: { handle: string; due: number }[] };
        };
        const before = await agree();
        // Each process has cached the board; a write through a third must reach both.
        const claim = await makeClaim(editor, {
          sources: [{ handle, role: 'made' }],
          windowStart: '2026-01-01',
          windowEnd: '2026-02-01',
        });
        const mid = await agree();
        expect(mid.headSeq).toBeGreaterThan(before.headSeq);
        const dueOf = (b: typeof before) => b.items.find((r) => r.handle === handle)!.due;
        expect(dueOf(mid)).toBe(dueOf(before) + 1);
        await reviewer.post(`/api/claims/${claim.id}/resolutions`, { outcome: 'false', evidence: EVIDENCE });
        const after = await agree();
        expect(dueOf(after)).toBe(dueOf(before));
      } finally {
        for (const c of children) c.child.kill();
      }
    });
  });
}
