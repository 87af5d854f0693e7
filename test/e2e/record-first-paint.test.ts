import { beforeAll, describe, expect, it } from 'vitest';
import { testDialects } from '../support/dialects.js';
import {
  apiRequests,
  apiSession,
  appOwns,
  holdScripts,
  pageSettled,
  STAFF_PASSWORD,
  stylesheetsLoaded,
} from './support.js';
import { browserSuite } from './suite.js';

const HANDLE = 'nr_source';
/** How far the app's first render may move a box the server drew (rounding of fractional pixels). */
const TOLERANCE = 2;
const NAME = 'No-script <Reader> & co';
const ISSUE = 'The Weekly <Signal> & co';
const ISSUE_TEXT = '## This week\nWe think **chips** rally by June, and rates hold.\n';
const ISSUE_SPAN = 'chips** rally by June';
const STATEMENTS = Array.from({ length: 5 }, (_, i) => `Call ${i} of the no-script source will come true.`);

// A source's page and a claim's page are first painted by the server: a reader without JavaScript
// follows the leaderboard's link to a source, and its link to a claim, and reads both; with
// JavaScript, the app takes each page over from the data inlined in it, without asking for it again.
for (const dialect of testDialects()) {
  describe(`${dialect}: a source's and a claim's page without and with JavaScript`, () => {
    const suite = browserSuite({ dialect, staff: true });
    const ids: string[] = [];
    let issue = { id: '', claim: '' };

    beforeAll(async () => {
      const base = suite.server.baseUrl;
      const editor = await apiSession(base, 'erin', STAFF_PASSWORD);
      const reviewer = await apiSession(base, 'rafa', STAFF_PASSWORD);
      const made = await editor.post('/api/sources', { handle: HANDLE, displayName: NAME });
      if (made.status !== 201) throw new Error(`source: ${made.status} ${JSON.stringify(made.body)}`);
      for (const [i, statement] of STATEMENTS.entries()) {
        const claim = await editor.post('/api/claims', {
          kind: 'BULL',
          statement,
          windowStart: '2026-02-09',
          windowEnd: '2026-02-20',
          sources: [{ handle: HANDLE, role: 'made' }],
        });
        if (claim.status !== 201) throw new Error(`claim: ${claim.status} ${JSON.stringify(claim.body)}`);
        ids.push(claim.body.id as string);
        const ruled = await reviewer.post(`/api/claims/${claim.body.id}/resolutions`, {
          outcome: i === 4 ? 'false' : 'true',
          evidence: [`https://example.com/evidence/${i}`],
        });
        if (ruled.status !== 201) throw new Error(`ruling: ${ruled.status} ${JSON.stringify(ruled.body)}`);
      }
      // the last call's ruling corrected: its page shows both rulings and the correction in its history
      const wrong = (await (await fetch(`${base}/api/claims/${ids[4]}`)).json()) as { resolutions: { id: string }[] };
      const corrected = await reviewer.post(`/api/claims/${ids[4]}/resolutions`, {
        outcome: 'true',
        evidence: ['https://example.com/evidence/corrected'],
        supersedes: wrong.resolutions[0]!.id,
        reason: 'The first ruling misread the figures.',
      });
      if (corrected.status !== 201)
        throw new Error(`correction: ${corrected.status} ${JSON.stringify(corrected.body)}`);
      // an issue with a claim marked in its text, made by another source (the one above keeps its five calls)
      const start = ISSUE_TEXT.indexOf(ISSUE_SPAN);
      const published = await editor.post('/api/publications', {
        title: ISSUE,
        publishedOn: '2026-02-09',
        text: ISSUE_TEXT,
        claims: [
          {
            kind: 'BULL',
            statement: 'Chips rally by June.',
            windowEnd: '2026-06-30',
            sources: [{ handle: 'weekly_desk' }],
            spanStart: start,
            spanEnd: start + ISSUE_SPAN.length,
          },
        ],
      });
      if (published.status !== 201) throw new Error(`issue: ${published.status} ${JSON.stringify(published.body)}`);
      issue = { id: published.body.id as string, claim: (published.body.claims as { id: string }[])[0]!.id };
    });

    /** GET /api/ledger/events as the ledger page asks for its first page at the current head. */
    const ledgerEvents = async () => {
      const head = (await (await fetch(`${suite.server.baseUrl}/api/ledger/head`)).json()) as { seq: number };
      return { head, url: `/api/ledger/events?after=${Math.max(0, head.seq - 25)}&limit=${Math.min(25, head.seq)}` };
    };

    it('without JavaScript, the leaderboard leads to the source, and the source to its claim, each with its record', async () => {
      const page = await suite.newPage(1280, { javaScript: false });
      const base = suite.server.baseUrl;
      await page.goto(`${base}/`);
      await page.getByRole('region', { name: 'Ranked sources' }).getByRole('link', { name: NAME }).click();
      await page.waitForURL(`${base}/sources/${HANDLE}`);
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(NAME);
      // its figures: five resolved, all right after the correction
      expect(await page.locator('.lead-stat .stat-note').textContent()).toBe('5 of 5 — 100%, 95% CI 57–100%');
      expect(await page.getByRole('group', { name: 'Show claims' }).getByRole('link').allTextContents()).toEqual([
        'All',
        'Open0',
        'Due0',
        'Resolved5',
        'Void0',
      ]);
      // its claims, newest first, each a link to its page
      const claims = page.locator('.claim-list .claim-statement');
      expect(await claims.allTextContents()).toEqual([...STATEMENTS].reverse());

      await claims.first().click();
      await page.waitForURL(`${base}/claims/${ids[4]}`);
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(STATEMENTS[4]);
      expect(await page.locator('.page-header .eyebrow').textContent()).toBe('BULL Correct');
      const facts = page.locator('dl.facts');
      expect(await facts.locator('dd').nth(1).textContent()).toBe(`${NAME} @${HANDLE}`);
      // the ruling that counts, then the one it corrected, each with its evidence
      const rulings = page.locator('.resolution');
      expect(await rulings.count()).toBe(2);
      expect(await rulings.nth(0).textContent()).toContain('Correction: The first ruling misread the figures.');
      expect(await rulings.nth(1).textContent()).toContain('Superseded');
      expect(await rulings.nth(0).getByRole('link').getAttribute('href')).toBe(
        'https://example.com/evidence/corrected',
      );
      // its whole history, with the hashes that chain it
      expect(await page.locator('.history-item strong').allTextContents()).toEqual([
        'Published',
        'Resolved',
        'Corrected',
      ]);
      expect(await page.locator('.history-item .hash code').count()).toBe(6);
      // the check that runs in the browser waits for a script, and stays out of the way without one
      expect(await page.getByRole('button', { name: 'Verify this claim' }).isVisible()).toBe(false);

      // the claims list, filtered by its form, lists the source's calls
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Claims' }).click();
      await page.waitForURL(`${base}/claims`);
      const form = page.getByRole('form', { name: 'Filter the claims' });
      await form.getByLabel('Source').fill(`@${HANDLE}`);
      await form.getByRole('button', { name: 'Apply' }).click();
      await page.waitForURL((u) => u.pathname === '/claims' && u.searchParams.get('source') === `@${HANDLE}`);
      expect(await claims.allTextContents()).toEqual([...STATEMENTS].reverse());

      // and the header's search box finds the source and its calls
      await page.getByRole('search').getByRole('searchbox').fill('no-script');
      await page.getByRole('search').getByRole('button', { name: 'Search' }).click();
      await page.waitForURL(`${base}/search?q=no-script`);
      const sources = page.getByRole('region', { name: 'Sources' });
      expect(await sources.locator('.search-title').allTextContents()).toEqual([NAME]);
      await sources.getByRole('link', { name: NAME }).click();
      await page.waitForURL(`${base}/sources/${HANDLE}`);
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(NAME);
    });

    it('without JavaScript, a claim leads to its event in the ledger and to its issue, the issue to the ledger, and the header to the issues', async () => {
      const page = await suite.newPage(1280, { javaScript: false });
      const base = suite.server.baseUrl;
      await page.goto(`${base}/claims/${issue.claim}`);
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Chips rally by June.');

      // its history's event, on the ledger page that holds it, marked
      const event = page
        .locator('.history-item')
        .first()
        .getByRole('link', { name: /^event #/ });
      const seq = Number((await event.textContent())!.slice('event #'.length));
      await event.click();
      await page.waitForURL((u) => u.pathname === '/ledger' && u.searchParams.get('event') === String(seq));
      const marked = page.locator('tr.event-wanted');
      expect(await marked.locator('td').first().textContent()).toBe(String(seq));
      expect(await marked.locator('td').nth(1).textContent()).toBe('claim.created');

      // its issue, with the text as published and the claim marked in it
      await page.goBack();
      await page.locator('.from-issue').getByRole('link', { name: ISSUE }).click();
      await page.waitForURL((u) => u.pathname === `/publications/${issue.id}`);
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(ISSUE);
      expect(await page.locator('.issue-text').textContent()).toBe(
        'This week\nWe think [claim: BULL] chips rally by June, and rates hold.\n',
      );
      expect(await page.locator('.issue-text .mark-claim').getAttribute('href')).toBe(`/claims/${issue.claim}`);
      expect(await page.locator('.claim-list .claim-statement').allTextContents()).toEqual(['Chips rally by June.']);

      // and its checkpoint line leads to the ledger: its head, its newest events, newest first
      await page.locator('.checkpoint-witness').getByRole('link').click();
      await page.waitForURL(`${base}/ledger`);
      const { head, url } = await ledgerEvents();
      expect(await page.locator('.big-number').textContent()).toBe(`Event #${head.seq}`);
      const items = ((await (await fetch(base + url)).json()) as { items: { seq: number; type: string }[] }).items;
      const rows = page.locator('.ledger-events tbody tr');
      expect(await rows.locator('td:first-child').allTextContents()).toEqual(
        [...items].reverse().map((e) => String(e.seq)),
      );
      expect(await rows.first().locator('td').nth(1).textContent()).toBe(items.at(-1)!.type);
      expect(await page.getByRole('navigation', { name: 'Event pages' }).textContent()).toBe(
        `Newer Events ${Math.max(1, head.seq - 24)}–${head.seq} of ${head.seq} Older`,
      );
      expect(await page.getByRole('button', { name: 'Verify the whole ledger' }).isVisible()).toBe(false);

      // the header's Issues lists the issue, which leads back to its page
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Issues' }).click();
      await page.waitForURL(`${base}/publications`);
      await page.locator('table.data').getByRole('link', { name: ISSUE }).click();
      await page.waitForURL(`${base}/publications/${issue.id}`);
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(ISSUE);
    });

    // What the pages show from the database is read on both engines above; how the app takes them
    // over (the methodology's markup, asking for nothing inlined, moving nothing) does not depend on
    // the engine, whose answers the API tests compare with the inlined data on both.
    if (dialect === 'sqlite') {
      it('without JavaScript, the methodology page reads in full, each explanation leading to its section; with it, the app draws the same', async () => {
        const base = suite.server.baseUrl;
        const still = await suite.newPage(1280, { javaScript: false });
        // the leaderboard's footnote leads to it
        await still.goto(`${base}/`);
        await still.getByRole('link', { name: 'How the numbers work' }).click();
        await still.waitForURL(`${base}/methodology`);
        expect(await still.getByRole('heading', { level: 1 }).textContent()).toBe('How the numbers work');
        expect(await still.getByRole('heading', { level: 2 }).allTextContents()).toEqual([
          'Which calls count',
          'Hit rate',
          'The 95% interval',
          'Adjusted rate — the ranking',
          'Brier score',
          'Baseline score',
          'Calibration',
          'Hit rate over time',
        ]);
        expect(await still.locator('.methodology p').count()).toBe(10);
        const plain = await still.locator('main').innerHTML();
        // an explanation's "More" link (/methodology#anchor) lands on its section
        await still.goto(`${base}/methodology#over-time`);
        await expect.poll(() => still.locator('section#over-time h2').isVisible()).toBe(true);
        const box = await still.locator('section#over-time').boundingBox();
        expect(box!.y).toBeLessThan(900);
        expect(box!.y + box!.height).toBeGreaterThan(0);
        expect(await still.evaluate(() => window.scrollY)).toBeGreaterThan(0);
        await still.locator('.lede').getByRole('link', { name: 'ledger' }).click();
        await still.waitForURL(`${base}/ledger`);
        // with a script, the app's page is the same markup (its links the app's own)
        const page = await suite.newPage(1280);
        await page.goto(`${base}/methodology`);
        await appOwns(page, 'section#over-time p');
        const app = await page.locator('main').innerHTML();
        expect(app.replace(/ data-discover="true"/g, '')).toBe(plain);
      });

      it('with JavaScript, the app takes over each page from the data in it, asking the API for none of it', async () => {
        const base = suite.server.baseUrl;
        const page = await suite.newPage(1280);
        const requests = apiRequests(page);
        await page.goto(`${base}/sources/${HANDLE}`);
        // the app's tabs are buttons: once React owns one, the app has taken the page over
        await appOwns(page, 'button.tab');
        expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(NAME);
        expect(await page.locator('.claim-list .claim-statement').allTextContents()).toEqual([...STATEMENTS].reverse());
        await pageSettled(page);
        // the app asks for what the page does not carry (who is signed in), and for nothing it does
        expect(requests).toContain('/api/auth/me');
        // the latest signed checkpoint stands under the header from the first paint on
        expect(await page.locator('.checkpoint-witness').count()).toBe(1);
        for (const inlined of [
          '/api/ledger/checkpoints/latest',
          `/api/sources/${HANDLE}`,
          `/api/sources/${HANDLE}/scorecard?windowMonths=6`,
          `/api/claims?source=${HANDLE}&limit=50`,
        ])
          expect(requests, inlined).not.toContain(inlined);

        requests.length = 0;
        await page.goto(`${base}/claims/${ids[4]}`);
        await appOwns(page, '.verify-panel button');
        expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(STATEMENTS[4]);
        expect(await page.locator('.history-item strong').allTextContents()).toEqual([
          'Published',
          'Resolved',
          'Corrected',
        ]);
        expect(await page.getByRole('button', { name: 'Verify this claim' }).isVisible()).toBe(true);
        expect(requests).not.toContain(`/api/claims/${ids[4]}`);
        expect(requests).not.toContain(`/api/claims/${ids[4]}/claimreview`);
        // the app's own JSON-LD replaces the server's: one on the page
        expect(await page.locator('script[type="application/ld+json"]').count()).toBe(1);

        requests.length = 0;
        await page.goto(`${base}/claims?source=${HANDLE}`);
        await appOwns(page, 'form.claim-filters');
        expect(await page.locator('.claim-list .claim-statement').allTextContents()).toEqual([...STATEMENTS].reverse());
        expect(requests).not.toContain(`/api/claims?source=${HANDLE}&limit=25`);

        requests.length = 0;
        await page.goto(`${base}/search?q=no-script`);
        await appOwns(page, '.search-title');
        expect(await page.getByRole('region', { name: 'Sources' }).locator('.search-title').allTextContents()).toEqual([
          NAME,
        ]);
        expect(requests).not.toContain('/api/search?q=no-script&limit=10');

        requests.length = 0;
        await page.goto(`${base}/publications/${issue.id}`);
        await appOwns(page, '.issue-text');
        expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(ISSUE);
        await pageSettled(page);
        expect(requests).not.toContain(`/api/publications/${issue.id}`);
        expect(requests).not.toContain('/api/ledger/checkpoints/latest');

        requests.length = 0;
        await page.goto(`${base}/publications`);
        await appOwns(page, 'table.data');
        expect(await page.locator('table.data tbody th').allTextContents()).toEqual([ISSUE]);
        await pageSettled(page);
        expect(requests).not.toContain('/api/publications?limit=50');

        requests.length = 0;
        const { head, url } = await ledgerEvents();
        await page.goto(`${base}/ledger`);
        await appOwns(page, '.verify-panel button');
        expect(await page.locator('.big-number').textContent()).toBe(`Event #${head.seq}`);
        expect(await page.locator('.ledger-events tbody tr').count()).toBe(Math.min(25, head.seq));
        await pageSettled(page);
        for (const inlined of ['/api/ledger/head', url, '/api/ledger/checkpoints/latest'])
          expect(requests, inlined).not.toContain(inlined);
        expect(requests.filter((r) => r.startsWith('/api/ledger/'))).toEqual([]);
      });

      it("lays each page out as the app's first render does: the app taking over moves nothing", async () => {
        const base = suite.server.baseUrl;
        // one page, each address a fresh load of it
        const page = await suite.newPage(1280);
        for (const [address, marks] of [
          [`/sources/${HANDLE}`, ['h2#claims-h', '.claim-list .claim-item', '.follow-share']],
          [`/claims/${ids[4]}`, ['h1.statement', '.resolution', '.history-item']],
          [`/publications/${issue.id}`, ['h1', '.issue-text', '.claim-list .claim-item']],
          ['/ledger', ['.big-number', 'h2#recent-h', '.ledger-events tbody tr']],
          ['/publications', ['h1', '.lede', 'table.data tbody tr']],
          ['/methodology', ['h1', 'section#adjusted h2', 'section#over-time p']],
        ] as const) {
          const boxes = () =>
            Promise.all(marks.map(async (m) => ({ mark: m, box: await page.locator(m).first().boundingBox() })));
          const scripts = await holdScripts(page);
          try {
            await page.goto(base + address, { waitUntil: 'commit' });
            await page.locator(marks[2]).first().waitFor();
            await stylesheetsLoaded(page);
            await page.evaluate(() => {
              for (const el of document.querySelectorAll('#root *')) el.setAttribute('data-first-paint', '');
            });
            const before = await boxes();
            scripts.release();
            // The app has rendered once the last of the marks is its own.
            await page.locator(`${marks[2]}:not([data-first-paint])`).first().waitFor();
            await pageSettled(page);
            const after = await boxes();
            const summary = JSON.stringify({ address, before, after });
            for (const [i, { box }] of before.entries()) {
              const now = after[i]!.box;
              expect(box, summary).not.toBeNull();
              expect(now, summary).not.toBeNull();
              expect(Math.abs(box!.y - now!.y), summary).toBeLessThanOrEqual(TOLERANCE);
              expect(Math.abs(box!.height - now!.height), summary).toBeLessThanOrEqual(TOLERANCE);
            }
          } finally {
            await scripts.stop();
          }
        }
      });
    }

    it('logged no console errors', () => {
      expect(suite.consoleErrors()).toEqual([]);
    });
  });
}
