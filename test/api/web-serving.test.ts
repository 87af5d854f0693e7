import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/server/app.js';
import { createTestDb, type TestDb } from '../support/db.js';
import { createContext } from '../../src/server/context.js';
import { fixedClock } from '../../src/server/clock.js';
import { testConfig } from '../../src/server/config.js';
import type { Server } from 'node:http';
import { EVIDENCE, makeClaim, makeSource } from '../support/factories.js';
import { startTestServer, type TestServer } from '../support/server.js';

describe('serving the web app', () => {
  let dir: string;
  let db: TestDb;
  let server: Server;
  let base: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'tr-web-'));
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'index.html'), '<html><head><title>t</title></head><body></body></html>');
    writeFileSync(join(dir, 'assets/index-abc123.js'), `console.log(${JSON.stringify('x'.repeat(5000))});`);
    db = await createTestDb('sqlite');
    const ctx = createContext({ db: db.db, clock: fixedClock('2026-03-01T12:00:00.000Z'), config: testConfig() });
    server = createApp({ ...ctx, webRoot: dir }).listen(0, '127.0.0.1');
    await new Promise((r) => server.once('listening', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.close();
    await db.destroy();
    rmSync(dir, { recursive: true, force: true });
  });

  it('caches hashed assets for a year as immutable, and compresses them', async () => {
    const res = await fetch(`${base}/assets/index-abc123.js`, { headers: { 'accept-encoding': 'br' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(res.headers.get('content-encoding')).toBe('br');
    expect(await res.text()).toContain('xxxx');
  });
});

describe('the leaderboard page (/) as served', () => {
  let dir: string;
  let ts: TestServer;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'tr-web-paint-'));
    writeFileSync(
      join(dir, 'index.html'),
      '<html><head><title>t</title></head><body><div id="root"></div></body></html>',
    );
    ts = await startTestServer('sqlite', { webRoot: dir });
  });
  afterAll(async () => {
    await ts.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const inlineData = (html: string) => {
    const m = /<script type="application\/json" class="preloaded-data" data-url="([^"]+)">([\s\S]*?)<\/script>/.exec(
      html,
    );
    return m ? { url: m[1]!, data: JSON.parse(m[2]!) as { headSeq: number; items: { handle: string }[] } } : null;
  };

  it('carries the data the page asks for first, and its ranked rows as HTML, for the current head', async () => {
    const editor = await ts.as('editor');
    const reviewer = await ts.as('reviewer');
    const source = await makeSource(editor, { displayName: 'Evil </script><b>name</b>' });
    const claims = [];
    for (let i = 0; i < 6; i++)
      claims.push(await makeClaim(editor, { sources: [{ handle: source.handle, role: 'made' }] }));
    for (const c of claims.slice(0, 5))
      expect(
        (await reviewer.post(`/api/claims/${c.id}/resolutions`, { outcome: 'true', evidence: EVIDENCE })).status,
      ).toBe(201);

    const home = await (await fetch(`${ts.baseUrl}/`)).text();
    const inline = inlineData(home);
    expect(inline?.url).toBe('/api/leaderboard?limit=50');
    // The same answer the API gives for that URL, and the name cannot close the script element.
    expect(inline!.data).toEqual((await ts.anon.get('/api/leaderboard?limit=50')).body);
    expect(home.match(/<\/script>/g)?.length).toBe(1);
    // The ranked row, escaped, inside the root element the app renders into.
    const root = home.slice(home.indexOf('<div id="root">'));
    expect(root).toContain(`<a href="/sources/${source.handle}">Evil &lt;/script&gt;&lt;b&gt;name&lt;/b&gt;</a>`);
    expect(root).toMatch(/<td class="num rank-col">1<\/td>/);

    // A write moves the head: the next page carries the new figures.
    await reviewer.post(`/api/claims/${claims[5]!.id}/resolutions`, { outcome: 'false', evidence: EVIDENCE });
    const after = inlineData(await (await fetch(`${ts.baseUrl}/`)).text());
    expect(after!.data.headSeq).toBeGreaterThan(inline!.data.headSeq);
    expect(after!.data).toEqual((await ts.anon.get('/api/leaderboard?limit=50')).body);
  });

  it('leaves other pages without it, and gives the leaderboard with filters the data of its own filters', async () => {
    expect(await (await fetch(`${ts.baseUrl}/methodology`)).text()).not.toContain('preloaded-data');
    // test/api/site-filters.test.ts covers filtered addresses in full
    const filtered = inlineData(await (await fetch(`${ts.baseUrl}/?kind=BULL`)).text());
    expect(filtered?.url).toBe('/api/leaderboard?kind=BULL&amp;limit=50');
    expect(filtered!.data).toEqual((await ts.anon.get('/api/leaderboard?kind=BULL&limit=50')).body);
  });
});
