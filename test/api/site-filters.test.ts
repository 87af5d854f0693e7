import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIRST_PAINTS, firstPaintCacheFor } from '../../src/server/site/routes.js';
import { testDialects } from '../support/dialects.js';
import { EVIDENCE, makeClaim, makeSource } from '../support/factories.js';
import { fetchFirstPaint, handlesIn } from '../support/first-paint.js';
import { startTestServer, type Client, type TestServer } from '../support/server.js';

const SHELL = `<!doctype html><html><head><meta charset="utf-8" />
<meta name="description" content="generic" /><title>Track Record</title></head>
<body><div id="root"></div></body></html>`;

interface Board {
  headSeq: number;
  nextCursor: string | null;
  items: { handle: string; rank: number | null; provisional: boolean }[];
}

// Issue 27 item 4: every leaderboard address, filtered or not, gets its board in the first paint and
// its data inline under the API address the app asks for on those filters.
for (const dialect of testDialects()) {
  describe(`${dialect}: the leaderboard's first paint on a filtered address`, () => {
    let s: TestServer;
    let webRoot: string;
    let editor: Client;
    /** Sources by name: three that make BULL calls, of Brier 0.01, 0.16 and 0.17; one that makes only BEAR calls. */
    const who: Record<'sharp' | 'fair' | 'loose' | 'bear', string> = { sharp: '', fair: '', loose: '', bear: '' };

    beforeAll(async () => {
      webRoot = mkdtempSync(join(tmpdir(), 'tr-web-filters-'));
      writeFileSync(join(webRoot, 'index.html'), SHELL);
      s = await startTestServer(dialect, { webRoot });
      editor = await s.as('editor');
      const reviewer = await s.as('reviewer');
      const calls = async (handle: string, kind: string, probability: number, outcomes: string[]) => {
        for (const outcome of outcomes) {
          const claim = await makeClaim(editor, { kind, probability, sources: [{ handle, role: 'made' }] });
          const res = await reviewer.post(`/api/claims/${claim.id}/resolutions`, { outcome, evidence: EVIDENCE });
          expect(res.status).toBe(201);
        }
      };
      for (const name of Object.keys(who) as (keyof typeof who)[])
        who[name] = (await makeSource(editor, { displayName: `Filters ${name}` })).handle;
      const five = (outcome: string) => Array<string>(5).fill(outcome);
      await calls(who.sharp, 'BULL', 0.9, five('true')); // Brier (0.1)² = 0.01
      await calls(who.fair, 'BULL', 0.6, five('true')); // (0.4)² = 0.16
      await calls(who.loose, 'BULL', 0.7, ['true', 'true', 'true', 'true', 'false']); // (4·0.09 + 0.49)/5 = 0.17
      await calls(who.bear, 'BEAR', 0.9, five('true'));
    });
    afterAll(async () => {
      await s.close();
      rmSync(webRoot, { recursive: true, force: true });
    });

    const page = async (address: string) => {
      const { html, root, inline, table } = await fetchFirstPaint(s.baseUrl, address);
      return {
        html,
        root,
        inline: inline ? { url: inline.url, data: inline.data as Board } : null,
        form: root.slice(
          root.indexOf('<form class="filters"'),
          root.indexOf('</form>', root.indexOf('<form class="filters"')),
        ),
        /** The handles of the ranked table's rows, top to bottom. */
        ranked: handlesIn(table('Ranked sources')),
        header: (label: string) =>
          new RegExp(
            `<th scope="col"[^>]* aria-sort="(\\w+)"[^>]*><a class="sort-button" href="[^"]*">${label}<span class="sort-arrow" aria-hidden="true">(.)</span>`,
          )
            .exec(root)
            ?.slice(1),
      };
    };

    it('holds the filtered rows in order, and inline the answer of the API address the app asks for', async () => {
      const filtered = await page('/?kind=BULL&period=12m&sort=brier');
      // the app's query for these filters: the measure's natural order said, the page size last
      expect(filtered.inline?.url).toBe('/api/leaderboard?kind=BULL&period=12m&sort=brier&order=asc&limit=50');
      const api = (await s.anon.get(filtered.inline!.url)).body as Board;
      expect(filtered.inline!.data).toEqual(api);
      // lowest Brier first; the source with only BEAR calls is not ranked on the BULL board
      expect(filtered.ranked).toEqual([who.sharp, who.fair, who.loose]);
      expect(api.items.filter((r) => r.rank !== null && !r.provisional).map((r) => r.handle)).toEqual(filtered.ranked);
      expect(filtered.ranked).not.toContain(who.bear);
      // the form shows the chosen values and carries the sort; the Brier header is marked as the app marks it
      expect(filtered.form).toContain('<option value="BULL" selected>');
      expect(filtered.form).toContain('<option value="12m" selected>');
      expect(filtered.form).toContain('<input type="hidden" name="sort" value="brier">');
      expect(filtered.form).not.toContain('name="order"');
      expect(filtered.header('Brier')).toEqual(['ascending', '▲']);
      expect(filtered.header('#')).toEqual(['none', '↕']);
      expect(filtered.root).toMatch(/<p class="meta" aria-live="polite">BULL calls, last 12 months\. /);

      const flipped = await page('/?kind=BULL&period=12m&sort=brier&order=desc');
      expect(flipped.inline?.url).toBe('/api/leaderboard?kind=BULL&period=12m&sort=brier&order=desc&limit=50');
      expect(flipped.inline!.data).toEqual((await s.anon.get(flipped.inline!.url)).body);
      expect(flipped.ranked).toEqual([who.loose, who.fair, who.sharp]);
      expect(flipped.header('Brier')).toEqual(['descending', '▼']);
      expect(flipped.form).toContain('<input type="hidden" name="order" value="desc">');

      // the unfiltered board ranks the BEAR source too
      const home = await page('/');
      expect(home.inline?.url).toBe('/api/leaderboard?limit=50');
      expect(home.ranked).toContain(who.bear);
    });

    it('reads another spelling of the same filters as the same board, kept once', async () => {
      const cache = firstPaintCacheFor(s.ctx.db);
      const first = await page('/?kind=BEAR&tag=&minResolved=');
      const size = cache.size;
      const again = await page('/?minResolved=0&kind=bear&period=all&sort=rank&tag=%20');
      expect(again.inline?.url).toBe('/api/leaderboard?kind=BEAR&limit=50');
      expect(again.inline).toEqual(first.inline);
      expect(cache.size).toBe(size);
      expect(again.ranked).toEqual([who.bear]);
    });

    it('reads unknown or malformed filters as the app does: each falls back to its default', async () => {
      const home = await page('/');
      const odd = await page('/?kind=MAYBE&period=forever&minResolved=-3&sort=vibes&order=sideways&utm_source=x');
      expect(odd.inline?.url).toBe('/api/leaderboard?limit=50');
      expect(odd.inline!.data).toEqual(home.inline!.data);
      expect(odd.ranked).toEqual(home.ranked);
      expect(odd.form).toContain('<option value="" selected>All kinds</option>');
      expect(odd.form).toContain('<option value="all" selected>All time</option>');
      expect(odd.form).toContain('name="minResolved" value=""');
      expect(odd.form).not.toContain('type="hidden"');
      expect(odd.header('#')).toEqual(['ascending', '▲']);

      // a count past the API's limit is read as the limit, and the board says nothing matches
      const many = await page('/?minResolved=99999999');
      expect(many.inline?.url).toBe('/api/leaderboard?minResolved=100000&limit=50');
      expect(many.inline!.data).toEqual((await s.anon.get(many.inline!.url)).body);
      expect(many.ranked).toEqual([]);
      expect(many.root).toContain(
        '<p class="status empty">No source matches these filters with at least 100000 resolved calls.</p>',
      );
      expect(many.form).toContain('name="minResolved" value="100000"');

      // a tag is read into its stored form, and stands escaped in the form
      const tagged = await page('/?tag=%20%3CB%3E%22x%22');
      expect(tagged.inline?.url).toBe('/api/leaderboard?tag=%3Cb%3E%22x%22&limit=50');
      expect(tagged.inline!.data).toEqual((await s.anon.get(tagged.inline!.url)).body);
      expect(tagged.form).toContain('name="tag" value="&lt;b&gt;&quot;x&quot;"');

      // a cursor the API did not issue: no first paint, and the app asks the API, which refuses it
      const bad = await page('/?cursor=not-a-cursor');
      expect(bad.inline).toBeNull();
      expect(bad.html).toContain('<div id="root"></div>');
      expect((await s.anon.get('/api/leaderboard?cursor=not-a-cursor&limit=50')).status).toBe(400);
    });

    it('paints the second page from its cursor, with the way back to the first', async () => {
      // past a page of sources (the unscored ones sort after the scored)
      const board = (await s.anon.get('/api/leaderboard?limit=50')).body as Board;
      for (let i = board.items.length; i <= 50; i++) await makeSource(editor);
      const first = await page('/');
      const cursor = first.inline!.data.nextCursor;
      expect(cursor).not.toBeNull();
      expect(first.root).toContain(
        `<nav class="pager" aria-label="Pages"><a class="button secondary" href="/?cursor=${encodeURIComponent(cursor!)}">Next 50 →</a></nav>`,
      );
      const second = await page(`/?cursor=${encodeURIComponent(cursor!)}`);
      expect(second.inline?.url).toBe(`/api/leaderboard?cursor=${encodeURIComponent(cursor!)}&limit=50`);
      expect(second.inline!.data).toEqual((await s.anon.get(second.inline!.url)).body);
      expect(second.inline!.data.items.map((r) => r.handle)).not.toContain(first.inline!.data.items[0]!.handle);
      expect(second.root).toContain('<a class="button secondary" href="/">← First page</a>');
      // a filter applied from the second page goes back to the first: the form carries no cursor
      expect(second.form).not.toContain('name="cursor"');
    });

    it('keeps at most its bound of first paints, however many distinct filters are asked for', async () => {
      const cache = firstPaintCacheFor(s.ctx.db);
      for (let i = 0; i < FIRST_PAINTS + 20; i++) {
        const tagged = await page(`/?tag=flood${i}`);
        expect(tagged.inline?.url).toBe(`/api/leaderboard?tag=flood${i}&limit=50`);
      }
      expect(cache.size).toBe(FIRST_PAINTS);
    });
  });
}
