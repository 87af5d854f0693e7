import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialects } from '../support/dialects.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { trackRecord } from '../support/cli.js';

const SAMPLE = readFileSync('data/demo/the-signal-sample.txt', 'utf8');

for (const dialect of testDialects()) {
  describe(`${dialect}: previewing and publishing an issue`, () => {
    let s: TestServer;
    beforeAll(async () => {
      s = await startTestServer(dialect, { now: '2026-02-09T10:00:00.000Z' });
    });
    afterAll(async () => s.close());

    it('proposes the sample issue’s claims with offsets and unknown sources, writing nothing', async () => {
      const editor = await s.as('editor');
      await editor.post('/api/sources', { handle: 'allin', displayName: 'All-In' });
      const before = await s.counts();
      const res = await editor.post('/api/publications/preview', { text: SAMPLE, publishedOn: '2026-02-09' });
      expect(res.status).toBe(200);
      expect(await s.counts()).toEqual(before);
      const { drafts, unknownSources } = res.body;
      const lede = drafts.find((d: any) => d.text.includes('through 2027-28') && d.section === 'The Signal');
      expect(lede.window).toMatchObject({ start: '2026-02-09', end: '2028-12-31' });
      const watch = drafts.find((d: any) => d.kind === 'WATCH');
      expect(watch.window).toMatchObject({ start: '2026-07-01', end: '2026-12-31' });
      for (const d of drafts) {
        expect(d.end).toBeGreaterThan(d.start);
        expect(SAMPLE.slice(d.start, d.end).length).toBe(d.end - d.start);
      }
      const parity = drafts.find((d: any) => d.text.includes('imminent'));
      expect(SAMPLE.slice(parity.start, parity.end)).toContain('imminent');
      expect(parity.sources).toEqual(['@bindureddy']);
      expect(unknownSources).toContain('bindureddy');
      expect(unknownSources).not.toContain('allin');
    });

    it('publishes the confirmed drafts: missing sources created, text kept exactly with its SHA-256', async () => {
      const editor = await s.as('editor');
      const { body } = await editor.post('/api/publications/preview', { text: SAMPLE, publishedOn: '2026-02-09' });
      const claims = body.drafts
        .filter((d: any) => d.restates === undefined)
        .map((d: any) => ({
          kind: d.kind,
          statement: d.text,
          quote: SAMPLE.slice(d.start, d.end),
          timePhrase: d.window?.phrase ?? null,
          windowStart: d.window?.start ?? '2026-02-09',
          windowEnd: d.window?.end ?? '2026-12-31',
          windowStated: d.window !== null,
          sources: d.sources.map((h: string) => ({ handle: h, role: 'made' })),
          spanStart: d.start,
          spanEnd: d.end,
        }));
      const res = await editor.post('/api/publications', {
        title: 'The Signal',
        publishedOn: '2026-02-09',
        text: SAMPLE,
        desk: 'thesignal',
        claims,
      });
      expect(res.status).toBe(201);
      expect(res.body.text).toBe(SAMPLE);
      expect(res.body.claimCount).toBe(claims.length);
      expect((await s.anon.get('/api/sources/bindureddy')).status).toBe(200);
      const again = await editor.post('/api/publications', {
        title: 'The Signal again',
        publishedOn: '2026-02-09',
        text: SAMPLE,
        claims,
      });
      expect(again.status).toBe(409);
      expect(again.body.error.publicationId).toBe(res.body.id);
    });

    it('rejects empty, huge, binary and undated input with a clear 4xx, quickly', async () => {
      const editor = await s.as('editor');
      const cases: [unknown, number, string][] = [
        [{ text: '', publishedOn: '2026-02-09' }, 400, 'empty'],
        [{ text: '   \n ', publishedOn: '2026-02-09' }, 400, 'empty'],
        [{ text: 'The Signal\nx\u0000\u0001\u0002 binary', publishedOn: '2026-02-09' }, 400, 'binary'],
        [{ text: SAMPLE, publishedOn: 'next tuesday' }, 400, 'publishedOn'],
        [{ text: SAMPLE, publishedOn: '2026-02-30' }, 400, 'publishedOn'],
        [{ text: SAMPLE }, 400, 'publishedOn'],
      ];
      for (const [body, status, mention] of cases) {
        const res = await editor.post('/api/publications/preview', body);
        expect(res.status, JSON.stringify(body).slice(0, 80)).toBe(status);
        expect(res.body.error.message).toContain(mention);
      }
      const huge = await editor.post('/api/publications/preview', {
        text: 'a'.repeat(5 * 1024 * 1024),
        publishedOn: '2026-02-09',
      });
      expect(huge.status).toBe(413);
      // Timed in CPU time: the server and its extraction worker are threads of this process. The wall
      // clock measures the machine's load too, and on two cores shared with other test files it ran
      // past 2 s (3.3 s seen) for work of 0.4-0.55 s.
      const before = process.cpuUsage();
      const adversarial = await editor.post('/api/publications/preview', {
        text: `The Signal\n${'by Q3 2026 through '.repeat(3000)}${'(via @a, '.repeat(2000)}${'H'.repeat(20000)}`,
        publishedOn: '2026-02-09',
      });
      expect(adversarial.status).toBe(200);
      const { user, system } = process.cpuUsage(before);
      expect((user + system) / 1000).toBeLessThan(2000);
    });
  });
}

describe('track-record extract', () => {
  it('prints the drafts as a table and as JSON in the DraftClaim shape', () => {
    const table = trackRecord(['extract', 'data/demo/the-signal-sample.txt', '--published', '2026-02-09']);
    expect(table.code, table.stderr).toBe(0);
    expect(table.stdout).toMatch(/WATCH\s+2026-07-01…2026-12-31/);
    const json = trackRecord(['extract', 'data/demo/the-signal-sample.txt', '--published', '2026-02-09', '--json']);
    const drafts = JSON.parse(json.stdout);
    expect(drafts.find((d: any) => d.kind === 'BULL')).toMatchObject({
      window: null,
      sources: [],
      section: 'Tradecraft',
    });
  });
});
