import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialects } from '../support/dialects.js';
import { EVIDENCE, makeClaim } from '../support/factories.js';
import { fetchFirstPaint, handlesIn } from '../support/first-paint.js';
import { startTestServer, type Client, type TestServer } from '../support/server.js';

const SHELL = `<!doctype html><html><head><meta charset="utf-8" />
<title>Track Record</title></head><body><div id="root"></div></body></html>`;

interface Board {
  nextCursor: string | null;
  items: { handle: string }[];
}

/** What an attribute's value reads as once the HTML parser has undone its escapes. */
const unescape = (s: string) =>
  s.replace(/&(amp|lt|gt|quot|#39);/g, (_, n: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[n]!);

// The leaderboard's sort headers and pager are links to the addresses they lead to, so a reader
// without JavaScript sorts and pages the server's first paint; the app's own links are the same.
for (const dialect of testDialects()) {
  describe(`${dialect}: the links of the leaderboard's first paint`, () => {
    let s: TestServer;
    let webRoot: string;
    let editor: Client;
    /** Sources past a page of the board, named so their order by handle is plain to see. */
    const extra = Array.from({ length: 51 }, (_, i) => `pg_${String(i + 1).padStart(2, '0')}`);

    beforeAll(async () => {
      webRoot = mkdtempSync(join(tmpdir(), 'tr-web-links-'));
      writeFileSync(join(webRoot, 'index.html'), SHELL);
      s = await startTestServer(dialect, { webRoot });
      editor = await s.as('editor');
      const reviewer = await s.as('reviewer');
      const calls = async (handle: string, probability: number, outcomes: string[]) => {
        expect((await editor.post('/api/sources', { handle, displayName: `Links ${handle}` })).status).toBe(201);
        for (const outcome of outcomes) {
          const claim = await makeClaim(editor, {
            kind: 'BULL',
            probability,
            tags: ['r and d'],
            sources: [{ handle, role: 'made' }],
          });
          const res = await reviewer.post(`/api/claims/${claim.id}/resolutions`, { outcome, evidence: EVIDENCE });
          expect(res.status).toBe(201);
        }
      };
      const five = (outcome: string) => Array<string>(5).fill(outcome);
      await calls('ld_sharp', 0.9, five('true')); // Brier 0.01
      await calls('ld_fair', 0.6, five('true')); // 0.16
      await calls('ld_loose', 0.7, ['true', 'true', 'true', 'true', 'false']); // 0.17
      for (const handle of extra)
        expect((await editor.post('/api/sources', { handle, displayName: `Page ${handle}` })).status).toBe(201);
    });
    afterAll(async () => {
      await s.close();
      rmSync(webRoot, { recursive: true, force: true });
    });

    const page = async (address: string) => {
      const { root, inline, table: tableOf } = await fetchFirstPaint(s.baseUrl, address);
      const table = tableOf('Ranked sources');
      return {
        root,
        board: inline ? (inline.data as Board) : null,
        /** Each column header of the ranked table: its label, aria-sort and the address it links to, as written. */
        headers: [
          ...table.matchAll(
            /<th scope="col"[^>]* aria-sort="(\w+)"[^>]*><a class="sort-button" href="([^"]*)">([^<]*)<span/g,
          ),
        ].map((h) => ({ label: unescape(h[3]!), sort: h[1]!, href: h[2]! })),
        ranked: handlesIn(table),
        /** The handles of the table of sources with no resolved calls (shown only without a script). */
        unscored: handlesIn(tableOf('Sources with no resolved calls')),
        /** The pager's links: their text and the address each leads to, as written. */
        pager: [
          ...(/<nav class="pager" aria-label="Pages">(.*?)<\/nav>/.exec(root)?.[1] ?? '').matchAll(
            /<a class="button secondary" href="([^"]*)">([^<]*)<\/a>/g,
          ),
        ].map((a) => ({ text: a[2]!, href: a[1]! })),
      };
    };
    const headerHref = (p: Awaited<ReturnType<typeof page>>, label: string) =>
      p.headers.find((h) => h.label === label)?.href;

    it('links each header to the board sorted by its column, keeping the filters, written escaped', async () => {
      const sorted = await page('/?kind=BULL&tag=R%20and%20D&sort=brier');
      expect(sorted.ranked).toEqual(['ld_sharp', 'ld_fair', 'ld_loose']);
      expect(sorted.headers.map((h) => h.label)).toEqual([
        '#',
        'Source',
        'Adjusted',
        'Hit rate',
        '95% CI',
        'Resolved',
        'Brier',
        'Open',
        'Due',
      ]);
      // the sorted column flips; another sorts in its natural order; the rank is the bare board's order
      expect(headerHref(sorted, 'Brier')).toBe('/?kind=BULL&amp;tag=r+and+d&amp;sort=brier&amp;order=desc');
      expect(headerHref(sorted, 'Hit rate')).toBe('/?kind=BULL&amp;tag=r+and+d&amp;sort=hitRate');
      expect(headerHref(sorted, 'Source')).toBe('/?kind=BULL&amp;tag=r+and+d&amp;sort=handle');
      expect(headerHref(sorted, '#')).toBe('/?kind=BULL&amp;tag=r+and+d');
      expect(sorted.headers.find((h) => h.label === 'Brier')?.sort).toBe('ascending');
      // no attribute of the page holds a bare ampersand or a quote the address put there
      expect(sorted.root).not.toMatch(/href="[^"]*&(?!amp;|lt;|gt;|quot;|#39;)/);

      // following the Brier header: the same filters, highest Brier first, the header now marked so
      const flipped = await page(unescape(headerHref(sorted, 'Brier')!));
      expect(flipped.ranked).toEqual(['ld_loose', 'ld_fair', 'ld_sharp']);
      expect(flipped.headers.find((h) => h.label === 'Brier')?.sort).toBe('descending');
      expect(headerHref(flipped, 'Brier')).toBe('/?kind=BULL&amp;tag=r+and+d&amp;sort=brier');
      const api = (await s.anon.get('/api/leaderboard?kind=BULL&tag=r+and+d&sort=brier&order=desc&limit=50'))
        .body as Board;
      expect(flipped.board).toEqual(api);
    });

    it('links the pager to the next page and back, keeping the sort; a header on page two leads to page one', async () => {
      // by handle, last first: the 51 extra sources from pg_51 down, then the three ranked ones
      const everyone = [...extra].reverse().concat(['ld_sharp', 'ld_loose', 'ld_fair']);
      const first = await page('/?sort=handle&order=desc');
      expect(first.board!.items.map((r) => r.handle)).toEqual(everyone.slice(0, 50));
      const cursor = first.board!.nextCursor!;
      expect(cursor).toMatch(/^[\w-]+$/);
      expect(first.pager).toEqual([{ text: 'Next 50 →', href: `/?sort=handle&amp;order=desc&amp;cursor=${cursor}` }]);

      const second = await page(unescape(first.pager[0]!.href));
      const api = (await s.anon.get(`/api/leaderboard?sort=handle&order=desc&cursor=${cursor}&limit=50`)).body as Board;
      expect(second.board).toEqual(api);
      expect(second.board!.items.map((r) => r.handle)).toEqual(everyone.slice(50));
      // the ranked ones stand in their table in the page's order; the unscored pg_01 behind the app's
      // toggle, and in a table of its own for a reader without a script
      expect(second.ranked).toEqual(['ld_sharp', 'ld_loose', 'ld_fair']);
      expect(second.unscored).toEqual(['pg_01']);
      expect(second.root).toContain(
        '<div class="no-script-block"><h2 class="h3">1 source with no resolved calls yet</h2>',
      );
      expect(first.unscored).toEqual(everyone.slice(0, 50));
      expect(second.pager).toEqual([{ text: '← First page', href: '/?sort=handle&amp;order=desc' }]);
      expect(headerHref(second, 'Source')).toBe('/?sort=handle');
      expect(headerHref(second, 'Open')).toBe('/?sort=open');
    });
  });
}
