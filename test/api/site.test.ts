import { mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LEADERBOARD_LEDE, LEADERBOARD_TITLE, SITE_NAV } from '../../src/shared/leaderboard-page.js';
import { testDialects } from '../support/dialects.js';
import { EVIDENCE, makeClaim, makeSource } from '../support/factories.js';
import { startTestServer, type TestServer } from '../support/server.js';

const SHELL = `<!doctype html><html><head><meta charset="utf-8" />
<meta name="description" content="generic" /><title>Track Record</title></head>
<body><div id="root"></div></body></html>`;

for (const dialect of testDialects()) {
  describe(`${dialect}: the site's pages`, () => {
    let s: TestServer;
    let webRoot: string;
    beforeAll(async () => {
      webRoot = mkdtempSync(join(tmpdir(), 'tr-web-'));
      writeFileSync(join(webRoot, 'index.html'), SHELL);
      s = await startTestServer(dialect, { webRoot, config: { publicUrl: 'https://record.example.org' } });
    });
    afterAll(async () => {
      await s.close();
      rmSync(webRoot, { recursive: true, force: true });
    });

    const html = async (path: string) => {
      const res = await fetch(s.baseUrl + path);
      return { status: res.status, text: await res.text() };
    };

    it('serves known pages with 200 and their own title, and 404 for unknown paths', async () => {
      const home = await html('/');
      expect(home.status).toBe(200);
      expect(home.text).toContain('<title>Leaderboard · Track Record</title>');
      expect(home.text.match(/<title>/g)).toHaveLength(1);
      expect(home.text.match(/name="description"/g)).toHaveLength(1);
      expect(home.text).toContain('<meta property="og:url" content="https://record.example.org/" />');
      expect((await html('/claims')).status).toBe(200);
      expect((await html('/no/such/page')).status).toBe(404);
      expect((await html('/claims/nope')).status).toBe(404);
      expect((await html('/sources/nobody')).status).toBe(404);
      expect((await html('/publications/nope')).status).toBe(404);
      expect((await html('/no/such/page')).text).toContain('noindex');
      // only the demo ledger's pages carry the mark the web app shows its "Demo ledger" banner for
      expect(home.text).not.toContain('track-record-demo');
    });

    it('serves the new shell once dist/web is rebuilt under it', async () => {
      const rebuilt = SHELL.replace('</head>', '<script type="module" src="/assets/index-new.js"></script></head>');
      writeFileSync(join(webRoot, 'index.html'), rebuilt);
      // A later modification time than the first shell's, whatever the file system's resolution.
      const later = new Date(Date.now() + 5_000);
      utimesSync(join(webRoot, 'index.html'), later, later);
      try {
        expect((await html('/claims')).text).toContain('/assets/index-new.js');
      } finally {
        writeFileSync(join(webRoot, 'index.html'), SHELL);
        const after = new Date(Date.now() + 10_000);
        utimesSync(join(webRoot, 'index.html'), after, after);
      }
    });

    it('draws the leaderboard chart into the first paint, escaped, before any script runs', async () => {
      const editor = await s.as('editor');
      const reviewer = await s.as('reviewer');
      const hostile = await makeSource(editor, { displayName: 'Evil </li><svg onload="x()"> & \'co\'' });
      const plain = await makeSource(editor, { displayName: 'Chart Plain' });
      // five right for the hostile name, four of five for the plain one: 100% and 80%, both settled
      for (const [handle, outcomes] of [
        [hostile.handle, ['true', 'true', 'true', 'true', 'true']],
        [plain.handle, ['true', 'true', 'false', 'true', 'true']],
      ] as const)
        for (const outcome of outcomes) {
          const claim = await makeClaim(editor, { sources: [{ handle, role: 'made' }] });
          const res = await reviewer.post(`/api/claims/${claim.id}/resolutions`, { outcome, evidence: EVIDENCE });
          expect(res.status).toBe(201);
        }
      const board = (await s.anon.get('/api/leaderboard?limit=50')).body as {
        priorMean: number;
        items: { handle: string; hitRate: number | null }[];
      };
      const scored = board.items.filter((r) => r.hitRate !== null);
      expect(scored.map((r) => r.handle)).toEqual([hostile.handle, plain.handle]);

      const home = (await html('/')).text;
      const root = home.slice(home.indexOf('<div id="root">'));
      expect(root.match(/<figure class="chart"/g)).toHaveLength(1);
      const figure = root.slice(root.indexOf('<figure class="chart"'), root.indexOf('</figure>') + 9);
      expect(figure).toContain(
        'aria-label="Bar chart: hit rate of the top 2 sources with 95% intervals; the dashed line is the average of all sources',
      );
      expect(figure).toMatch(/<svg class="bar-chart-plot" width="100%" height="\d+">/);
      // a label and a bar per source, in rank order, the name escaped wherever it stands
      const name = 'Evil &lt;/li&gt;&lt;svg onload=&quot;x()&quot;&gt; &amp; &#39;co&#39;';
      expect([...figure.matchAll(/<li [^>]*title="([^"]*)">/g)].map((m) => m[1])).toEqual([
        `1. ${name}`,
        '2. Chart Plain',
      ]);
      expect([...figure.matchAll(/<rect class="bar-chart-bar" [^>]*width="([^"]+)"/g)].map((m) => m[1])).toEqual([
        '100.00%',
        '80.00%',
      ]);
      expect(figure).toContain(`<title>1. ${name}: 100% (95% CI `);
      expect(figure).toContain('<th scope="row">2. Chart Plain</th><td>80%</td>');
      expect(figure).not.toMatch(/<svg onload|<\/li><svg/);
      const average = `${(board.priorMean * 100).toFixed(2)}%`;
      expect(figure).toContain(`<line class="bar-chart-average" x1="${average}" x2="${average}"`);
      for (const tick of ['0%', '25%', '50%', '75%', '100%']) expect(figure).toContain(`>${tick}</text>`);
    });

    it('lays the first paint out as the app does: header, intro, filters, meta line, table and cards', async () => {
      const board = (await s.anon.get('/api/leaderboard?limit=50')).body as {
        total: number;
        headSeq: number;
        items: { handle: string; rank: number | null; provisional: boolean }[];
      };
      const ranked = board.items.filter((r) => r.rank !== null && !r.provisional).map((r) => r.handle);
      expect(ranked.length).toBeGreaterThan(0);
      const home = (await html('/')).text;
      const root = home.slice(home.indexOf('<div id="root">'));
      const header = root.slice(0, root.indexOf('</header>'));
      // plain links and a GET search form, the current page marked as the app's NavLink marks it
      for (const n of SITE_NAV)
        expect(header).toContain(
          n.to === '/'
            ? `<a aria-current="page" class="active" href="/">${n.label}</a>`
            : `<a href="${n.to}">${n.label}</a>`,
        );
      expect(header).toMatch(/<form role="search" class="search-box" action="\/search" method="get">/);
      expect(header).toContain('name="q"');
      expect(header).toContain('<a href="/signin">Sign in</a>');
      expect(header).not.toContain('demo-banner');
      expect(root).toContain(`<h1>${LEADERBOARD_TITLE}</h1><p class="lede">${LEADERBOARD_LEDE}</p>`);
      const form = root.slice(
        root.indexOf('<form class="filters"'),
        root.indexOf('</form>', root.indexOf('<form class="filters"')),
      );
      expect(form).toContain('action="/" method="get"');
      expect([...form.matchAll(/name="(\w+)"/g)].map((m) => m[1])).toEqual(['kind', 'tag', 'period', 'minResolved']);
      expect(root).toMatch(
        new RegExp(
          `<p class="meta" aria-live="polite">All calls, all time\\. ${board.total} sources; average hit rate \\d+%; as of \\d+ \\w+ \\d{4}\\. <a href="/ledger">Ledger #${board.headSeq}</a></p>`,
        ),
      );
      // the table for wide screens and the cards for phones, the same sources in the same order
      const handles = (region: string) => {
        const start = root.indexOf(region);
        expect(start, region).toBeGreaterThan(-1);
        const end = root.indexOf(region.startsWith('<ol') ? '</ol>' : '</table>', start);
        return [...root.slice(start, end).matchAll(/<span class="handle">@(\w+)<\/span>/g)].map((m) => m[1]);
      };
      expect(handles('<div class="table-scroll board-wide" role="region" aria-label="Ranked sources"')).toEqual(ranked);
      expect(handles('<ol class="board-cards board-narrow" aria-label="Ranked sources"')).toEqual(ranked);
      expect(root).toContain('<footer class="site-footer wrap">');
    });

    it("names a claim's statement, status and source in its link-preview tags", async () => {
      const editor = await s.as('editor');
      const claim = await makeClaim(editor, { statement: 'Widget prices will fall below $5 & stay there.' });
      const page = await html(`/claims/${claim.id}`);
      expect(page.status).toBe(200);
      expect(page.text).toContain(
        '<meta property="og:title" content="Widget prices will fall below $5 &amp; stay there." />',
      );
      expect(page.text).toMatch(
        /og:description" content="Due for resolution\. CLAIM call by @src_\w+ \(Source src_\w+\), whose record is no resolved calls yet/,
      );
      const source = await html(`/sources/${claim.sources[0]!.handle}`);
      expect(source.status).toBe(200);
      expect(source.text).toContain('og:type" content="profile"');
      // Twitter and Facebook reject SVG previews: no image tag points at the badge, and the card is the small one.
      for (const text of [page.text, source.text]) {
        expect(text).toContain('<meta name="twitter:card" content="summary" />');
        expect(text).not.toMatch(/og:image|twitter:image|summary_large_image/);
        // (the source's page shows its badge to copy, in the page: no tag of the head names it)
        expect(text.slice(0, text.indexOf('</head>'))).not.toContain('badge.svg');
      }
    });
  });
}

describe('sqlite: badge and embed', () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer('sqlite');
  });
  afterAll(async () => s.close());

  it('draws the record in the badge, light and dark, revalidates by ETag and changes with the record', async () => {
    const editor = await s.as('editor');
    const reviewer = await s.as('reviewer');
    await editor.post('/api/sources', { handle: 'badged', displayName: 'Badged Source' });
    const none = await fetch(`${s.baseUrl}/api/sources/badged/badge.svg`);
    expect(none.headers.get('content-type')).toMatch(/^image\/svg\+xml/);
    expect(await none.text()).toContain('@badged · no resolved calls yet');
    for (const outcome of ['true', 'true', 'false', 'partial'] as const) {
      const claim = await makeClaim(editor, { sources: [{ handle: 'badged', role: 'made' }] });
      const res = await reviewer.post(`/api/claims/${claim.id}/resolutions`, {
        outcome,
        credit: outcome === 'partial' ? 0.5 : null,
        evidence: ['https://example.com/e'],
      });
      expect(res.status).toBe(201);
    }
    const light = await fetch(`${s.baseUrl}/api/sources/badged/badge.svg`);
    const svg = await light.text();
    // 2 + 0 + 0.5 of 4 = 62.5% → 63%
    expect(svg).toContain('>63% of 4 calls</text>');
    expect(svg).toContain('aria-label="@badged · 63% of 4 calls on Track Record"');
    const etag = light.headers.get('etag')!;
    expect(light.headers.get('cache-control')).toContain('max-age=300');
    const again = await fetch(`${s.baseUrl}/api/sources/badged/badge.svg`, { headers: { 'if-none-match': etag } });
    expect(again.status).toBe(304);
    const dark = await (await fetch(`${s.baseUrl}/api/sources/badged/badge.svg?theme=dark`)).text();
    expect(dark).not.toEqual(svg);
    expect(dark).toContain('#111827');

    const claim = await makeClaim(editor, { sources: [{ handle: 'badged', role: 'made' }] });
    await reviewer.post(`/api/claims/${claim.id}/resolutions`, {
      outcome: 'true',
      evidence: ['https://example.com/e'],
    });
    const changed = await fetch(`${s.baseUrl}/api/sources/badged/badge.svg`, { headers: { 'if-none-match': etag } });
    expect(changed.status).toBe(200);
    expect(await changed.text()).toContain('>70% of 5 calls</text>');
  });

  it('counts in the badge exactly the calls its percentage is taken over (a 50% call backs no side)', async () => {
    const editor = await s.as('editor');
    const reviewer = await s.as('reviewer');
    await editor.post('/api/sources', { handle: 'evens', displayName: 'Evens Source' });
    for (const [outcome, probability] of [
      ['true', null],
      ['false', null],
      ['true', 0.5],
    ] as const) {
      const claim = await makeClaim(editor, { sources: [{ handle: 'evens', role: 'made' }], probability });
      const res = await reviewer.post(`/api/claims/${claim.id}/resolutions`, {
        outcome,
        evidence: ['https://example.com/e'],
      });
      expect(res.status).toBe(201);
    }
    const svg = await (await fetch(`${s.baseUrl}/api/sources/evens/badge.svg`)).text();
    // one right of the two calls that took a side; the 50% call is in neither number
    expect(svg).toContain('>50% of 2 calls</text>');
  });

  it('serves an embeddable scorecard other sites may frame', async () => {
    const res = await fetch(`${s.baseUrl}/embed/sources/badged`);
    expect(res.status).toBe(200);
    expect(res.headers.get('x-frame-options')).toBeNull();
    expect(res.headers.get('content-security-policy')).toContain('frame-ancestors *');
    const html = await res.text();
    expect(html).toContain('Badged Source');
    expect(html).toContain('70% of 5 calls');
    expect((await fetch(`${s.baseUrl}/embed/sources/nobody`)).status).toBe(404);
  });
});
