import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateSigner } from '../../src/server/checkpoints/signer.js';
import { EXPLANATIONS } from '../../src/shared/explanations.js';
import { RECORD_PAINTS, recordPaintCacheFor } from '../../src/server/site/routes.js';
import { testDialects } from '../support/dialects.js';
import { EVIDENCE, makeClaim, makeSource } from '../support/factories.js';
import { fetchFirstPaint } from '../support/first-paint.js';
import { startTestServer, type Client, type TestServer } from '../support/server.js';

const NOSCRIPT = '<noscript><p>Track Record needs JavaScript for this page.</p></noscript>';
const SHELL = `<!doctype html><html><head><meta charset="utf-8" />
<title>Track Record</title></head><body>${NOSCRIPT}<div id="root"></div></body></html>`;

const EVIL = 'Evil </script><b>"name"</b> & co';
const EVIL_HTML = 'Evil &lt;/script&gt;&lt;b&gt;&quot;name&quot;&lt;/b&gt; &amp; co';

interface ClaimPage {
  items: { id: string; statement: string; status: string }[];
  nextCursor: string | null;
}
interface Detail {
  id: string;
  history: { seq: number; hash: string; prevHash: string; type: string }[];
}

/** The claims a page's list links to, top to bottom. */
const claimLinks = (root: string) =>
  [...root.matchAll(/<a class="claim-statement" href="\/claims\/([\w-]+)">/g)].map((m) => m[1]);

// A source's page and a claim's page are first painted like the leaderboard: their rows as HTML, and
// the API answers the app asks for inline under the addresses it asks them at, so it does not ask again.
for (const dialect of testDialects()) {
  describe(`${dialect}: the first paint of a source's and a claim's page`, () => {
    let s: TestServer;
    let webRoot: string;
    let editor: Client;
    let reviewer: Client;
    let handle: string;
    let citer: string;
    const made: string[] = [];

    beforeAll(async () => {
      webRoot = mkdtempSync(join(tmpdir(), 'tr-web-records-'));
      writeFileSync(join(webRoot, 'index.html'), SHELL);
      // a signer, so resolutions sign checkpoints, which the pages show
      s = await startTestServer(dialect, {
        webRoot,
        signer: generateSigner(),
        config: { publicUrl: 'https://record.example.org' },
      });
      editor = await s.as('editor');
      reviewer = await s.as('reviewer');
      handle = (await makeSource(editor, { displayName: EVIL, url: 'https://example.com/?a=1&b="2"' })).handle;
      citer = (await makeSource(editor)).handle;
      // 52 claims of its own, past a page of 50, three of them resolved; and one by another that cites it
      for (let i = 0; i < 52; i++) {
        const c = await makeClaim(editor, {
          kind: 'BULL',
          statement: i === 51 ? 'Prices <b>will</b> "rise" & stay up.' : `Call ${i} of the source will come true.`,
          probability: 0.7,
          sources: [{ handle, role: 'made' }],
        });
        made.push(c.id);
      }
      for (const [id, outcome] of [
        [made[0]!, 'true'],
        [made[1]!, 'true'],
        [made[2]!, 'false'],
      ] as const)
        expect((await reviewer.post(`/api/claims/${id}/resolutions`, { outcome, evidence: EVIDENCE })).status).toBe(
          201,
        );
      await makeClaim(editor, {
        sources: [
          { handle: citer, role: 'made' },
          { handle, role: 'cited' },
        ],
      });
    });
    afterAll(async () => {
      await s.close();
      rmSync(webRoot, { recursive: true, force: true });
    });

    it("paints a source's record and its claims from the API's answers, inlined under the app's addresses", async () => {
      const page = await fetchFirstPaint(s.baseUrl, `/sources/${handle}`);
      const urls = [
        `/api/sources/${handle}`,
        `/api/sources/${handle}/scorecard?windowMonths=6`,
        `/api/claims?source=${handle}&limit=50`,
        '/api/ledger/checkpoints/latest',
      ];
      expect([...page.inlines.keys()]).toEqual(urls);
      for (const url of urls) expect(page.inlines.get(url), url).toEqual((await s.anon.get(url)).body);

      // escaped everywhere it stands, and no text of the record closes a script element
      expect(page.root).toContain(`<h1>${EVIL_HTML}</h1>`);
      expect(page.root).not.toContain('<b>');
      expect(page.html.match(/<\/script>/g)).toHaveLength(4);
      expect(page.root).toContain('<a href="https://example.com/?a=1&amp;b=&quot;2&quot;" rel="noopener noreferrer">');
      // the latest signed checkpoint, under the header as the app shows it
      const checkpoint = page.inlines.get(urls[3]!) as { seq: number; hash: string };
      expect(page.root).toContain(
        `</header><div class="checkpoint-witness sub"><p>Track record checkpoint <a href="/ledger" title="${checkpoint.seq}:${checkpoint.hash}">#${checkpoint.seq} · `,
      );
      // the page works without a script, so the shell's note saying it needs one is gone
      expect(page.html).not.toContain('<noscript>');

      // the figures of the scorecard: two of three right, as the API's scorecard says
      const card = page.inlines.get(urls[1]!) as { scorecard: { hitRate: number; nDirectional: number } };
      expect(card.scorecard.nDirectional).toBe(3);
      expect(page.root).toContain(`<span class="stat-value">${Math.round(card.scorecard.hitRate * 100)}%</span>`);
      expect(page.root).toContain('<span class="stat-note">2 of 3 — 67%, 95% CI');
      expect(page.root).toContain(
        '<span class="stat-value">52</span><span class="stat-note">3 resolved · 49 due</span>',
      );

      // its claims, newest first, each linking to its page, as the API lists them; the cited one marked
      const list = page.inlines.get(urls[2]!) as ClaimPage;
      expect(claimLinks(page.root)).toEqual(list.items.map((c) => c.id));
      expect(list.items).toHaveLength(50);
      expect(page.root).toContain(
        '<a class="claim-statement" href="/claims/' +
          made[51] +
          '">Prices &lt;b&gt;will&lt;/b&gt; &quot;rise&quot; &amp; stay up.</a>',
      );
      expect(page.root).toContain('cited here, not scored</span>');
      // the tabs and the next page are links a reader without a script follows
      expect(page.root).toContain(`<a class="tab" href="/sources/${handle}" aria-current="page">All</a>`);
      expect(page.root).toContain(
        `<a class="tab" href="/sources/${handle}?status=resolved">Resolved<span class="tab-count">3</span></a>`,
      );
      expect(page.root).toContain(
        `<a class="button secondary" href="/sources/${handle}?cursor=${list.nextCursor}">More claims →</a>`,
      );
    });

    it("paints the view its address names: a status's tab, the next page", async () => {
      const resolved = await fetchFirstPaint(s.baseUrl, `/sources/${handle}?status=resolved`);
      const url = `/api/claims?source=${handle}&status=resolved&limit=50`;
      const api = (await s.anon.get(url)).body as ClaimPage;
      expect(resolved.inlines.get(url)).toEqual(api);
      expect(claimLinks(resolved.root)).toEqual([made[2], made[1], made[0]]);
      expect(resolved.root).toContain(`aria-current="page">Resolved`);

      const first = (await s.anon.get(`/api/claims?source=${handle}&limit=50`)).body as ClaimPage;
      const next = await fetchFirstPaint(s.baseUrl, `/sources/${handle}?cursor=${first.nextCursor}`);
      const nextUrl = `/api/claims?source=${handle}&cursor=${first.nextCursor}&limit=50`;
      const rest = (await s.anon.get(nextUrl)).body as ClaimPage;
      expect(next.inlines.get(nextUrl)).toEqual(rest);
      expect(claimLinks(next.root)).toEqual(rest.items.map((c) => c.id));
      expect(next.root).not.toContain('More claims');

      // a cursor the API did not issue: no first paint, and the app asks the API, which refuses it
      const bad = await fetchFirstPaint(s.baseUrl, `/sources/${handle}?cursor=not-a-cursor`);
      expect(bad.inlines.size).toBe(0);
      expect(bad.html).toContain('<div id="root"></div>');
    });

    it("paints a claim's page: its facts, its rulings and their correction, its whole history", async () => {
      const id = made[51]!;
      expect(
        (await editor.patch(`/api/claims/${id}`, { reason: 'Typo <fixed>', criteria: 'Close > open & "up"' })).status,
      ).toBe(200);
      const first = (
        await reviewer.post(`/api/claims/${id}/resolutions`, { outcome: 'false', evidence: EVIDENCE, early: true })
      ).body as { resolutions: { id: string }[] };
      const corrected = await reviewer.post(`/api/claims/${id}/resolutions`, {
        outcome: 'true',
        evidence: ['https://example.org/a?x=1&y=<2>'],
        supersedes: first.resolutions[0]!.id,
        reason: 'Misread the <chart>',
        early: true,
      });
      expect(corrected.status).toBe(201);

      const page = await fetchFirstPaint(s.baseUrl, `/claims/${id}`);
      const detail = (await s.anon.get(`/api/claims/${id}`)).body as Detail;
      const review = (await s.anon.get(`/api/claims/${id}/claimreview`)).body as unknown;
      expect([...page.inlines.keys()]).toEqual([
        `/api/claims/${id}`,
        '/api/ledger/checkpoints/latest',
        `/api/claims/${id}/claimreview`,
      ]);
      expect(page.inlines.get('/api/ledger/checkpoints/latest')).toEqual(
        (await s.anon.get('/api/ledger/checkpoints/latest')).body,
      );
      expect(page.root).toContain('</header><div class="checkpoint-witness sub">');
      expect(page.inlines.get(`/api/claims/${id}`)).toEqual(detail);
      expect(page.inlines.get(`/api/claims/${id}/claimreview`)).toEqual(review);

      expect(page.root).toContain(
        '<h1 class="statement">Prices &lt;b&gt;will&lt;/b&gt; &quot;rise&quot; &amp; stay up.</h1>',
      );
      expect(page.root).toContain(
        '<span class="badge kind-bull">BULL</span> <span class="badge outcome-true">Correct</span>',
      );
      expect(page.root).toContain(`<dt>Sources</dt><dd><span><a href="/sources/${handle}">${EVIL_HTML}</a>`);
      expect(page.root).toContain('<dt>How it is judged</dt><dd>Close &gt; open &amp; &quot;up&quot;</dd>');
      expect(page.root).toContain('<dt>Stated probability</dt><dd>70%</dd>');
      // the ruling that counts first, then the one it corrected; the evidence as links
      expect(page.root).toContain('<p>Correction: Misread the &lt;chart&gt;</p>');
      expect(page.root.indexOf('outcome-true">Correct</span>')).toBeLessThan(page.root.indexOf('Superseded'));
      expect(page.root).toContain(
        '<a href="https://example.org/a?x=1&amp;y=&lt;2&gt;" rel="noopener noreferrer nofollow" target="_blank">',
      );
      // every event of its history, in order, each with its hashes and links to the ledger
      const events = [...page.root.matchAll(/<li class="history-item ev-([\w-]+)">[\s\S]*?event #(\d+)<\/a>/g)];
      expect(events.map((m) => Number(m[2]))).toEqual(detail.history.map((h) => h.seq));
      expect(detail.history.map((h) => h.type)).toEqual([
        'claim.created',
        'claim.amended',
        'resolution.recorded',
        'resolution.recorded',
      ]);
      for (const h of detail.history)
        expect(page.root).toContain(
          `<span class="hash-label">hash</span> <code>${h.hash}</code><br><span class="hash-label">prev</span> <code>${h.prevHash}</code>`,
        );
      expect(page.root).toContain('<strong>Corrected</strong>');
      expect(page.root).toContain('<dt>Reason</dt><dd>Typo &lt;fixed&gt;</dd>');
      // its JSON-LD, which cannot close its script element either
      expect(page.root).toContain('<script type="application/ld+json">{"@context":"https://schema.org"');
      expect(page.html.match(/<\/script>/g)).toHaveLength(4);
    });

    it('paints the claims list of its filters, with a form and a pager that work without a script', async () => {
      const all = await fetchFirstPaint(s.baseUrl, '/claims');
      const api = (await s.anon.get('/api/claims?limit=25')).body as ClaimPage;
      expect([...all.inlines.keys()]).toEqual(['/api/claims?limit=25']);
      expect(all.inlines.get('/api/claims?limit=25')).toEqual(api);
      expect(claimLinks(all.root)).toEqual(api.items.map((c) => c.id));
      expect(all.root).toContain('<a aria-current="page" class="active" href="/claims">Claims</a>');
      expect(all.root).toContain(
        `<nav class="pager" aria-label="Pages"><a class="button secondary" href="/claims?cursor=${api.nextCursor}">Older claims →</a></nav>`,
      );
      // each claim names its sources, linked
      expect(all.root).toContain(`<a href="/sources/${handle}">@${handle}</a>`);

      const address = `/claims?q=%3Cb%3Ewill&source=${handle}&status=due&tag=%22x%22`;
      const filtered = await fetchFirstPaint(s.baseUrl, address);
      const url = `/api/claims?q=%3Cb%3Ewill&source=${handle}&status=due&tag=%22x%22&limit=25`;
      expect([...filtered.inlines.keys()]).toEqual([url]);
      expect(filtered.inlines.get(url)).toEqual((await s.anon.get(url)).body);
      // the form shows the address's filters, escaped, and clears to the bare list
      expect(filtered.root).toContain('<input type="search" name="q" value="&lt;b&gt;will" autocomplete="off">');
      expect(filtered.root).toContain('name="tag" value="&quot;x&quot;"');
      expect(filtered.root).toContain('<option value="due" selected>Due</option>');
      expect(filtered.root).toContain('<a class="button secondary no-script-only" href="/claims">Clear</a>');

      const second = await fetchFirstPaint(s.baseUrl, `/claims?cursor=${api.nextCursor}`);
      const next = `/api/claims?cursor=${api.nextCursor}&limit=25`;
      expect(second.inlines.get(next)).toEqual((await s.anon.get(next)).body);
      expect(second.root).toContain('<a class="button secondary" href="/claims">← Newest</a>');
    });

    it('paints the results of the words the search page is asked for, escaped, and a hint without any', async () => {
      const found = await fetchFirstPaint(s.baseUrl, '/search?q=%20prices%20%22rise%22%20');
      const url = '/api/search?q=prices+%22rise%22&limit=10';
      const api = (await s.anon.get(url)).body as { claims: { path: string }[] };
      expect([...found.inlines.keys()]).toEqual([url]);
      expect(found.inlines.get(url)).toEqual(api);
      expect(api.claims.map((c) => c.path)).toEqual([`/claims/${made[51]}`]);
      // the matches marked, the rest of the statement escaped
      expect(found.root).toContain(
        `<a class="search-title" href="/claims/${made[51]}"><mark>Prices</mark><span> &lt;b&gt;will`,
      );
      expect(found.root).toContain(
        '<p class="lede">Sources, claims and issues matching “prices &quot;rise&quot;”, best match first.</p>',
      );
      // the header's box holds the words, as the app's does on this page
      expect(found.root).toContain('name="q" placeholder="Search the record" value="prices &quot;rise&quot;"');

      const none = await fetchFirstPaint(s.baseUrl, '/search?q=zzzznothing');
      expect(none.root).toContain(
        '<p class="status empty">Nothing matches “zzzznothing”. Try fewer or shorter words.</p>',
      );
      const bare = await fetchFirstPaint(s.baseUrl, '/search');
      expect(bare.inlines.size).toBe(0);
      expect(bare.root).toContain('Type a name, a handle or a few words of a claim in the search box above.');
    });

    it("paints a source's page at any spelling of its handle the API reads, under the address the app asks", async () => {
      const upper = `@${handle.toUpperCase()}`;
      const page = await fetchFirstPaint(s.baseUrl, `/sources/${encodeURIComponent(upper)}`);
      const url = `/api/sources/${encodeURIComponent(upper)}`;
      expect(page.inlines.get(url)).toEqual((await s.anon.get(url)).body);
      expect(page.root).toContain(`<h1>${EVIL_HTML}</h1>`);
    });

    it('answers 404 with a page that says so for a source, claim or issue not on the record', async () => {
      for (const [address, says] of [
        ['/publications/no-such-issue', 'There is no issue with this id on the record.'],
        ['/sources/nobody_here', 'There is no source @nobody_here on the record.'],
        ['/claims/no-such-claim', 'There is no claim with this id on the record.'],
        ['/no/such/page', 'There is nothing at this address.'],
      ] as const) {
        const page = await fetchFirstPaint(s.baseUrl, address, 404);
        expect(page.inlines.size).toBe(0);
        expect(page.root).toContain(
          `<h1>Page not found</h1><p>${says} Go back to the <a href="/">leaderboard</a>.</p>`,
        );
        expect(page.html).toContain('<meta name="robots" content="noindex" />');
        expect(page.html).not.toContain('<noscript>');
      }
      // the API's own refusal of the record is inline, marked with its status, so the app shows the
      // same page without asking again; an address that can name no record asks nothing, so carries none
      for (const api of ['/api/publications/no-such-issue', '/api/sources/nobody_here', '/api/claims/no-such-claim']) {
        const address = api.replace('/api', '');
        const { html } = await fetchFirstPaint(s.baseUrl, address, 404);
        const refusal = new RegExp(
          `<script type="application/json" class="preloaded-data" data-url="${api}" data-status="404">([^<]*)</script>`,
        ).exec(html);
        expect(refusal, address).not.toBeNull();
        const answer = await s.anon.get(api);
        expect(answer.status).toBe(404);
        const { code, message } = (answer.body as { error: { code: string; message: string } }).error;
        expect(JSON.parse(refusal![1]!), address).toEqual({ error: { code, message } });
      }
      expect((await fetchFirstPaint(s.baseUrl, '/claims/not%20an%20id', 404)).html).not.toContain('data-status');
      // a page the server does not draw keeps the shell's note that it needs a script
      expect((await fetchFirstPaint(s.baseUrl, '/signin')).html).toContain(NOSCRIPT);
    });

    it('paints the methodology page whole: every section at its anchor, its links plain links', async () => {
      const page = await fetchFirstPaint(s.baseUrl, '/methodology');
      expect(page.html).not.toContain(NOSCRIPT);
      expect(page.inlines.size).toBe(0);
      expect(page.html).toContain('<title>How the numbers work · Track Record</title>');
      expect(page.root).toContain(
        '<article class="page prose methodology"><header class="page-header"><h1>How the numbers work</h1>' +
          '<p class="lede">Every figure on the <a href="/">leaderboard</a> and on a source’s page comes from the resolved calls in the public <a href="/ledger">ledger</a>, by the rules below.</p></header>',
      );
      const sections = [...page.root.matchAll(/<section id="([\w-]+)" class="block"><h2>([^<]*)<\/h2>/g)].map(
        (m) => `${m[1]}: ${m[2]}`,
      );
      expect(sections).toEqual([
        'what-counts: Which calls count',
        'hit-rate: Hit rate',
        'interval: The 95% interval',
        'adjusted: Adjusted rate — the ranking',
        'brier: Brier score',
        'baseline: Baseline score',
        'calibration: Calibration',
        'over-time: Hit rate over time',
      ]);
      // every anchor the explanations' "More" links lead to is on the page
      for (const { anchor } of Object.values(EXPLANATIONS)) expect(page.root).toContain(`<section id="${anchor}"`);
      expect(page.root).toContain('by the hit rate <em>adjusted for sample size</em>: each source');
      expect(page.root).toContain('<p><strong>Provisional</strong> sources have fewer than 5 resolved calls');
      expect(page.root).toContain('a change in form shows without one call swinging the line.</p></section></article>');
    });

    // The kept paints are a cache in the server's process, keyed by the head it read: its bounds do not
    // depend on the engine, and the pages it keeps are read on both engines by the tests around it.
    if (dialect === 'sqlite') {
      it('keeps the same page for the same head, and at most its bounds of first paints, however many pages are asked for', async () => {
        const cache = recordPaintCacheFor(s.ctx.db);
        const again = await fetchFirstPaint(s.baseUrl, `/claims/${made[4]}`);
        const size = cache.size;
        // the same page again, for the same head: the kept paint
        expect((await fetchFirstPaint(s.baseUrl, `/claims/${made[4]}`)).html).toBe(again.html);
        expect(cache.size).toBe(size);
        for (let i = 0; i < RECORD_PAINTS + 20; i++) {
          // a cursor of any key is one the API reads, so each is a page of its own
          const cursor = Buffer.from(JSON.stringify([`flood-${i}`])).toString('base64url');
          const view = await fetchFirstPaint(s.baseUrl, `/sources/${handle}?cursor=${cursor}`);
          expect(view.inlines.has(`/api/claims?source=${handle}&cursor=${cursor}&limit=50`)).toBe(true);
        }
        // bounded by count and by size (a source's page with its scorecard weighs tens of kilobytes)
        expect(cache.size).toBeGreaterThan(0);
        expect(cache.size).toBeLessThanOrEqual(RECORD_PAINTS);
        expect(cache.calculatedSize).toBeLessThanOrEqual(cache.maxSize);
      });
    }

    it('paints the figures of the current head: a write shows on the next page', async () => {
      const before = await fetchFirstPaint(s.baseUrl, `/sources/${handle}`);
      const url = `/api/sources/${handle}/scorecard?windowMonths=6`;
      expect(
        (await reviewer.post(`/api/claims/${made[3]}/resolutions`, { outcome: 'true', evidence: EVIDENCE })).status,
      ).toBe(201);
      const after = await fetchFirstPaint(s.baseUrl, `/sources/${handle}`);
      const card = (await s.anon.get(url)).body as { counts: { resolved: number } };
      expect(card.counts.resolved).toBe((before.inlines.get(url) as typeof card).counts.resolved + 1);
      expect(after.inlines.get(url)).toEqual(card);
      expect(after.root).toContain(`Resolved<span class="tab-count">${card.counts.resolved}</span>`);
      const claim = await fetchFirstPaint(s.baseUrl, `/claims/${made[3]}`);
      expect(claim.inlines.get(`/api/claims/${made[3]}`)).toEqual((await s.anon.get(`/api/claims/${made[3]}`)).body);
    });

    it("paints an issue's page: its text with each claim marked and linked, escaped, and its claims", async () => {
      const text = `## The <Week>\nWe think **prices "rise"** & stay up.\n</script><b>x</b> Chips rally by June.\n`;
      const start = text.indexOf('Chips rally');
      const res = await editor.post('/api/publications', {
        title: EVIL,
        publishedOn: '2026-02-10',
        url: 'https://example.com/issue?a=1&b="2"',
        text,
        claims: [
          {
            kind: 'BULL',
            statement: 'Chips <rally> by June.',
            windowEnd: '2026-06-30',
            sources: [{ handle: citer }],
            spanStart: start,
            spanEnd: start + 'Chips rally by June'.length,
          },
          { kind: 'BEAR', statement: 'Nothing else & more.', windowEnd: '2026-12-31', sources: [{ handle: citer }] },
        ],
      });
      expect(res.status).toBe(201);
      const pub = res.body as { id: string; claims: { id: string }[] };
      const page = await fetchFirstPaint(s.baseUrl, `/publications/${pub.id}`);
      const urls = [`/api/publications/${pub.id}`, '/api/ledger/checkpoints/latest'];
      expect([...page.inlines.keys()]).toEqual(urls);
      for (const url of urls) expect(page.inlines.get(url), url).toEqual((await s.anon.get(url)).body);
      expect(page.html.match(/<\/script>/g)).toHaveLength(2);
      expect(page.html).not.toContain('<noscript>');

      expect(page.root).toContain(`<p class="eyebrow">Issue</p><h1>${EVIL_HTML}</h1>`);
      expect(page.root).toContain(
        '<p class="meta">Published 10 Feb 2026 · 2 claims logged · <a href="https://example.com/issue?a=1&amp;b=&quot;2&quot;" rel="noopener noreferrer">original</a></p>',
      );
      expect(page.root).toContain(`<code>${(page.inlines.get(urls[0]!) as { sha256: string }).sha256}</code>`);
      expect(page.root).toContain('</header><div class="checkpoint-witness sub">');
      // the text as published, escaped, the house format's markup drawn, its claim's span a link to the claim
      const issueText = page.root.slice(page.root.indexOf('<div class="issue-text">'));
      const shown = issueText.slice(0, issueText.indexOf('</div>'));
      expect(shown).toContain('<strong class="issue-heading">The &lt;Week&gt;</strong>');
      expect(shown).toContain('<strong>prices &quot;rise&quot;</strong>');
      const marked = (page.inlines.get(urls[0]!) as { claims: { id: string; spanStart: number | null }[] }).claims.find(
        (c) => c.spanStart !== null,
      )!;
      expect(shown).toContain(
        `<a href="/claims/${marked.id}" id="claim-${marked.id}" class="mark-claim kind-bull" title="BULL: Chips &lt;rally&gt; by June."><span class="visually-hidden">[claim: BULL] </span>Chips rally by June</a>`,
      );
      // every character of the text, bar the markup, and nothing else
      const unescape = (h: string) =>
        h
          .replace(/<span class="visually-hidden">[^<]*<\/span>/g, '')
          .replace(/<[^>]+>/g, '')
          .replace(/&lt;/g, '<')
          .replace(/&gt;/g, '>')
          .replace(/&quot;/g, '"')
          .replace(/&#39;/g, "'")
          .replace(/&amp;/g, '&');
      expect(unescape(shown)).toBe(text.replace('## ', '').replace(/\*\*/g, ''));
      // its claims, as the API lists them, each linking to its page
      expect(claimLinks(page.root)).toEqual(
        (page.inlines.get(urls[0]!) as { claims: { id: string }[] }).claims.map((c) => c.id),
      );
      expect(page.root).toContain('Nothing else &amp; more.');

      // and the claim's page leads back to it
      const back = await fetchFirstPaint(s.baseUrl, `/claims/${marked.id}`);
      expect(back.root).toContain(`From <a href="/publications/${pub.id}#claim-${marked.id}">${EVIL_HTML}</a>`);
    });

    it('paints the ledger page: the head, the checkpoint, the page of events its address opens, a pager of links', async () => {
      const head = (await s.anon.get('/api/ledger/head')).body as { seq: number; hash: string };
      expect(head.seq).toBeGreaterThan(60);
      const rows = (root: string) => [...root.matchAll(/<tr id="event-(\d+)"/g)].map((m) => Number(m[1]));
      const range = (from: number, to: number) => Array.from({ length: from - to + 1 }, (_, i) => from - i);
      const pager = (root: string) => /<nav class="pager" aria-label="Event pages">(.*?)<\/nav>/.exec(root)?.[1];
      const link = (href: string, text: string) =>
        `<a class="button" href="${href.replace(/&/g, '&amp;')}">${text}</a>`;
      const none = (text: string) => `<span class="button" aria-disabled="true">${text}</span>`;

      const first = await fetchFirstPaint(s.baseUrl, '/ledger');
      const events = `/api/ledger/events?after=${head.seq - 25}&limit=25`;
      const urls = ['/api/ledger/head', events, '/api/ledger/checkpoints/latest'];
      expect([...first.inlines.keys()]).toEqual(urls);
      for (const url of urls) expect(first.inlines.get(url), url).toEqual((await s.anon.get(url)).body);
      expect(first.html).not.toContain('<noscript>');
      expect(first.root).toContain(
        `<p class="big-number">Event #${head.seq}</p><p class="head-hash"><code>${head.hash}</code></p>`,
      );
      const checkpoint = first.inlines.get(urls[2]!) as { seq: number; keyId: string };
      expect(first.root).toContain(`Latest signed checkpoint: <strong>#${checkpoint.seq} · `);
      expect(first.root).toContain(`with key <code>${checkpoint.keyId}</code>.</p>`);
      // newest first, each with its hash, its subject linked, and its JSON
      expect(rows(first.root)).toEqual(range(head.seq, head.seq - 24));
      const items = (
        first.inlines.get(events) as { items: { seq: number; hash: string; entity: string; entityId: string }[] }
      ).items;
      for (const ev of items) {
        expect(first.root).toContain(`<code title="${ev.hash}">${ev.hash.slice(0, 10)}…${ev.hash.slice(-6)}</code>`);
        expect(first.root).toContain(`<a href="/api/ledger/events?after=${ev.seq - 1}&amp;limit=1"`);
      }
      const aClaim = items.find((ev) => ev.entity === 'claim')!;
      expect(first.root).toContain(`<td data-label="About"><a href="/claims/${aClaim.entityId}">claim</a></td>`);
      // its Older leads to the events just before its oldest, at an address of event numbers
      const olderSeq = head.seq - 24;
      expect(pager(first.root)).toBe(
        `${none('Newer')} Events ${olderSeq}–${head.seq} of ${head.seq} ${link(`/ledger?before=${olderSeq}`, 'Older')}`,
      );

      const second = await fetchFirstPaint(s.baseUrl, `/ledger?before=${olderSeq}`);
      const secondEvents = `/api/ledger/events?before=${olderSeq}&limit=25`;
      expect(second.inlines.get(secondEvents)).toEqual((await s.anon.get(secondEvents)).body);
      expect(rows(second.root)).toEqual(range(olderSeq - 1, olderSeq - 25));
      expect(pager(second.root)).toBe(
        `${link(`/ledger?after=${olderSeq - 1}`, 'Newer')} Events ${olderSeq - 25}–${olderSeq - 1} of ${head.seq} ${link(`/ledger?before=${olderSeq - 25}`, 'Older')}`,
      );
      // its Newer, the events just after it: the newest again, now at an address that keeps them
      const newer = await fetchFirstPaint(s.baseUrl, `/ledger?after=${olderSeq - 1}`);
      expect(rows(newer.root)).toEqual(rows(first.root));
      expect(pager(newer.root)).toBe(
        `${none('Newer')} Events ${olderSeq}–${head.seq} of ${head.seq} ${link(`/ledger?before=${olderSeq}`, 'Older')}`,
      );

      // the oldest page: its Older leads nowhere
      const oldest = await fetchFirstPaint(s.baseUrl, '/ledger?before=10');
      expect(rows(oldest.root)).toEqual(range(9, 1));
      expect(pager(oldest.root)).toBe(`${link('/ledger?after=9', 'Newer')} Events 1–9 of ${head.seq} ${none('Older')}`);
      // past the head: none yet, and Older steps back to the newest at their stable address
      const ahead = await fetchFirstPaint(s.baseUrl, `/ledger?after=${head.seq + 100}`);
      expect(rows(ahead.root)).toEqual([]);
      expect(pager(ahead.root)).toBe(
        `${none('Newer')} No events after #${head.seq} yet ${link(`/ledger?before=${head.seq + 1}`, 'Older')}`,
      );

      // an event's address (a claim's history links to it) opens the page of 25 that holds it, counted from
      // the first event, marked; the source's name in its payload, inlined, closes no script element
      const wanted = await fetchFirstPaint(s.baseUrl, '/ledger?event=1');
      expect(rows(wanted.root)).toEqual(range(25, 1));
      expect(wanted.root).toContain('<tr id="event-1" class="event-wanted" aria-current="true">');
      expect(JSON.stringify(wanted.inlines.get('/api/ledger/events?after=0&limit=25'))).toContain('Evil </script>');
      expect(wanted.html.match(/<\/script>/g)).toHaveLength(3);
      expect(rows((await fetchFirstPaint(s.baseUrl, '/ledger?event=30')).root)).toEqual(range(50, 26));
      // the same page at another spelling is the kept one
      const cache = recordPaintCacheFor(s.ctx.db);
      const size = cache.size;
      await fetchFirstPaint(s.baseUrl, '/ledger?before=x');
      await fetchFirstPaint(s.baseUrl, '/ledger?after=-1');
      await fetchFirstPaint(s.baseUrl, `/ledger?before=${olderSeq}&x=1`);
      expect(cache.size).toBe(size);
    });

    it('keeps showing the same events at a ledger page’s address however many events come after them', async () => {
      const head = (await s.anon.get('/api/ledger/head')).body as { seq: number };
      const rows = (root: string) =>
        [...root.matchAll(/<tr id="event-(\d+)"[^>]*>.*?<code title="(\w+)">/g)].map((m) => `${m[1]}:${m[2]}`);
      const addresses = [`/ledger?before=${head.seq - 10}`, '/ledger?after=20', '/ledger?event=30'];
      const apis = [`/api/ledger/events?before=${head.seq - 10}&limit=25`, '/api/ledger/events?after=20&limit=25'];
      const before = await Promise.all(addresses.map((a) => fetchFirstPaint(s.baseUrl, a)));
      const answers = await Promise.all(apis.map(async (a) => (await s.anon.get(a)).body));
      for (const page of before) expect(rows(page.root)).toHaveLength(25);
      // thirty events more
      for (let i = 0; i < 30; i++) await makeClaim(editor, { sources: [{ handle: citer, role: 'made' }] });
      expect(((await s.anon.get('/api/ledger/head')).body as { seq: number }).seq).toBeGreaterThanOrEqual(
        head.seq + 30,
      );
      const after = await Promise.all(addresses.map((a) => fetchFirstPaint(s.baseUrl, a)));
      for (const [i, page] of after.entries()) expect(rows(page.root), addresses[i]).toEqual(rows(before[i]!.root));
      for (const [i, api] of apis.entries()) {
        const now = (await s.anon.get(api)).body as { items: unknown[]; next: number | null };
        expect(now.items, api).toEqual((answers[i] as { items: unknown[] }).items);
      }
      // while the newest page, whose address moves with the head, has moved on
      expect(rows((await fetchFirstPaint(s.baseUrl, '/ledger')).root)[0]).toMatch(
        new RegExp(`^${((await s.anon.get('/api/ledger/head')).body as { seq: number }).seq}:`),
      );
    });

    it('sends an address of the ledger page counted from the head (?page=N) to the stable address of what it shows', async () => {
      const head = (await s.anon.get('/api/ledger/head')).body as { seq: number };
      const pages = Math.ceil(head.seq / 25);
      for (const [address, to] of [
        ['/ledger?page=1', '/ledger'],
        ['/ledger?page=2', `/ledger?before=${head.seq - 24}`],
        ['/ledger?page=3', `/ledger?before=${head.seq - 49}`],
        [`/ledger?page=${pages}`, `/ledger?before=${head.seq - (pages - 1) * 25 + 1}`],
        ['/ledger?page=99999', `/ledger?before=${head.seq - (pages - 1) * 25 + 1}`],
        ['/ledger?page=x', '/ledger'],
        ['/ledger?page=2&event=7', `/ledger?before=${head.seq - 24}&event=7`],
        ['/ledger?page=1&event=7', '/ledger?event=7'],
      ] as const) {
        const res = await fetch(s.baseUrl + address, { redirect: 'manual' });
        expect(res.status, address).toBe(302);
        expect(res.headers.get('location'), address).toBe(to);
      }
      // and the page it leads to shows what the old address showed: page 2, counted back from the head
      const rows = (root: string) => [...root.matchAll(/<tr id="event-(\d+)"/g)].map((m) => Number(m[1]));
      const second = await fetchFirstPaint(s.baseUrl, `/ledger?before=${head.seq - 24}`);
      expect(rows(second.root)).toEqual(Array.from({ length: 25 }, (_, i) => head.seq - 25 - i));
    });

    it('paints the issues list, newest first, each linking to its page, with the next page a link', async () => {
      for (let i = 0; i < 50; i++)
        expect(
          (
            await editor.post('/api/publications', {
              title: `Issue ${i}`,
              publishedOn: '2026-02-11',
              text: `Issue ${i} text.`,
            })
          ).status,
        ).toBe(201);
      const page = await fetchFirstPaint(s.baseUrl, '/publications');
      const url = '/api/publications?limit=50';
      const api = (await s.anon.get(url)).body as { items: { id: string; title: string }[]; nextCursor: string };
      expect([...page.inlines.keys()]).toEqual([url]);
      expect(page.inlines.get(url)).toEqual(api);
      const links = (root: string) =>
        [...root.matchAll(/<th scope="row"><a href="\/publications\/([\w-]+)">/g)].map((m) => m[1]);
      expect(links(page.root)).toEqual(api.items.map((p) => p.id));
      expect(page.root).toContain('<a aria-current="page" class="active" href="/publications">Issues</a>');
      expect(page.root).toContain(
        `<a class="button secondary" href="/publications?cursor=${api.nextCursor}">Older issues →</a>`,
      );
      expect(page.html).not.toContain('<noscript>');

      const next = `/api/publications?cursor=${api.nextCursor}&limit=50`;
      const older = await fetchFirstPaint(s.baseUrl, `/publications?cursor=${api.nextCursor}`);
      const rest = (await s.anon.get(next)).body as { items: { id: string }[]; nextCursor: null };
      expect(older.inlines.get(next)).toEqual(rest);
      expect(links(older.root)).toEqual(rest.items.map((p) => p.id));
      // the oldest is the first issue, its title escaped
      expect(older.root).toContain(`">${EVIL_HTML}</a></th>`);
      expect(older.root).not.toContain('Older issues');
    });
  });
}
