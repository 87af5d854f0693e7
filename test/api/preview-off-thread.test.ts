import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CALENDARS } from '../../src/ingest/index.js';
import { extractOffThread } from '../../src/server/publications/extract-off-thread.js';
import { startTestServer, type TestServer } from '../support/server.js';

// Issue 21 item 3: a 1 MB adversarial preview runs in a worker thread with a time limit, so every other
// request keeps its pace. Real HTTP against a real server (SQLite; the engine does not matter here).
describe('preview runs off the request thread', () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer('sqlite', { now: '2026-02-09T10:00:00.000Z' });
  });
  afterAll(async () => s.close());

  it('while a 1,000,000-character preview is read, GET /api/ledger/head answers within 200 ms', async () => {
    const editor = await s.as('editor');
    expect((await s.anon.get('/api/ledger/head')).status).toBe(200);
    const text = 'Q3 or 2027-28 by mid-2027 in FY27 '.repeat(30_000).slice(0, 1_000_000);
    let done = false;
    const previewing = editor.post('/api/publications/preview', { text, publishedOn: '2026-02-09' }).finally(() => {
      done = true;
    });
    await new Promise((r) => setTimeout(r, 300));
    const times: number[] = [];
    while (!done && times.length < 10) {
      const t0 = performance.now();
      const head = await s.anon.get('/api/ledger/head');
      times.push(performance.now() - t0);
      expect(head.status).toBe(200);
      await new Promise((r) => setTimeout(r, 100));
    }
    const res = await previewing;
    console.log(`ledger head during a 1 MB preview: ${times.map((t) => t.toFixed(0)).join(', ')} ms`);
    expect(times.length).toBeGreaterThanOrEqual(3);
    expect(Math.max(...times)).toBeLessThan(200);
    expect(res.status).toBe(200);
    expect(res.body.drafts.length).toBeGreaterThan(0);
  }, 120_000);

  it('a reading that runs past its time limit is stopped with a 413', async () => {
    const text = 'Q3 or 2027-28 by mid-2027 in FY27 '.repeat(30_000).slice(0, 1_000_000);
    await expect(extractOffThread(text, '2026-02-09', DEFAULT_CALENDARS, 50)).rejects.toMatchObject({
      code: 'payload_too_large',
    });
  }, 60_000);
});
