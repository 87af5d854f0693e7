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

describe('serving the web app', () => {
  let dir: string;
  let db: TestDb;
  let server: Server;
  let base: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'tr-web-'));
    mkdirSync(join(dir, 'assets'));
    mkdirSync(join(dir, '.vite'));
    writeFileSync(join(dir, 'index.html'), '<html><head><title>t</title></head><body></body></html>');
    writeFileSync(join(dir, 'assets/index-abc123.js'), `console.log(${JSON.stringify('x'.repeat(5000))});`);
    writeFileSync(join(dir, 'assets/LeaderboardChart-def456.js'), 'export {};');
    writeFileSync(join(dir, 'assets/vendor-chart-0aa.js'), 'export {};');
    writeFileSync(
      join(dir, '.vite/manifest.json'),
      JSON.stringify({
        'main.tsx': { file: 'assets/index-abc123.js', isEntry: true },
        'charts/LeaderboardChart.tsx': {
          file: 'assets/LeaderboardChart-def456.js',
          src: 'charts/LeaderboardChart.tsx',
          imports: ['_vendor'],
        },
        _vendor: { file: 'assets/vendor-chart-0aa.js' },
      }),
    );
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

  it('preloads the leaderboard data and chart code on / only', async () => {
    const home = await (await fetch(`${base}/`)).text();
    expect(home).toContain(
      '<link rel="preload" href="/api/leaderboard?limit=50" as="fetch" crossorigin="anonymous" />',
    );
    expect(home).toContain('<link rel="modulepreload" href="/assets/LeaderboardChart-def456.js" />');
    expect(home).toContain('<link rel="modulepreload" href="/assets/vendor-chart-0aa.js" />');
    const other = await (await fetch(`${base}/ledger`)).text();
    expect(other).not.toContain('preload');
    const filtered = await (await fetch(`${base}/?kind=BULL`)).text();
    expect(filtered).not.toContain('rel="preload"');
  });
});
