import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { testDialects } from '../support/dialects.js';
import { apiRequests, apiSession, appOwns, forEachAtOnce, pageSettled, STAFF_PASSWORD } from './support.js';
import { browserSuite } from './suite.js';

const HANDLE = 'ledger_pages';

/** The event numbers the ledger page's table shows, top to bottom, once it shows `first` at the top. */
async function shownSeqs(page: Page, first: number): Promise<number[]> {
  const rows = page.locator('.ledger-events tbody tr');
  await page.locator(`.ledger-events tbody tr:first-child td:first-child`, { hasText: String(first) }).waitFor();
  return (await rows.locator('td:first-child').allTextContents()).map(Number);
}

const run = (from: number, to: number) => Array.from({ length: from - to + 1 }, (_, i) => from - i);

// The ledger page's pages are anchored on event numbers: its pager leads to addresses that show the
// same events however many are written after them, in the app as in the server's first paint, and an
// address counted back from the head (?page=N) still leads to what it showed.
for (const dialect of testDialects()) {
  describe(`${dialect}: the ledger page's pager`, () => {
    const suite = browserSuite({ dialect, staff: true });
    let editor: Awaited<ReturnType<typeof apiSession>>;
    const head = async () =>
      ((await (await fetch(`${suite.server.baseUrl}/api/ledger/head`)).json()) as { seq: number }).seq;
    // Four at a time: the tests count events, whatever order their claims are written in.
    const writeEvents = async (n: number) => {
      await forEachAtOnce(
        Array.from({ length: n }, (_, i) => i),
        4,
        async (i) => {
          const claim = await editor.post('/api/claims', {
            kind: 'CLAIM',
            statement: `Ledger pages call ${i} comes true.`,
            windowEnd: '2027-06-30',
            sources: [{ handle: HANDLE, role: 'made' }],
          });
          if (claim.status !== 201) throw new Error(`claim: ${claim.status} ${JSON.stringify(claim.body)}`);
        },
      );
    };

    beforeAll(async () => {
      editor = await apiSession(suite.server.baseUrl, 'erin', STAFF_PASSWORD);
      // the source and sixty calls in one issue: one request, one ledger transaction, an event each
      const published = await editor.post('/api/publications', {
        title: 'Ledger pages calls',
        publishedOn: '2026-02-09',
        text: 'The calls the ledger pages are made of.',
        desk: null,
        newSources: [{ handle: HANDLE, displayName: 'Ledger Pages' }],
        claims: Array.from({ length: 60 }, (_, i) => ({
          kind: 'CLAIM',
          statement: `Ledger pages call ${i} comes true.`,
          windowEnd: '2027-06-30',
          sources: [{ handle: HANDLE, role: 'made' }],
        })),
      });
      if (published.status !== 201) throw new Error(`issue: ${published.status} ${JSON.stringify(published.body)}`);
      // a ruling, which signs a checkpoint: the page shows the latest (the API has none before the first)
      const reviewer = await apiSession(suite.server.baseUrl, 'rafa', STAFF_PASSWORD);
      const [first] = (await editor.get(`/api/claims?source=${HANDLE}&limit=1`)).body.items as { id: string }[];
      const ruled = await reviewer.post(`/api/claims/${first!.id}/resolutions`, {
        outcome: 'true',
        evidence: ['https://example.com/evidence/ledger-pages'],
        early: true,
      });
      if (ruled.status !== 201) throw new Error(`ruling: ${ruled.status} ${JSON.stringify(ruled.body)}`);
    });

    it('Older and Newer lead to addresses of event numbers, which show the same events after more are written', async () => {
      const base = suite.server.baseUrl;
      const top = await head();
      const page = await suite.newPage(1280);
      await page.goto(`${base}/ledger`);
      await appOwns(page, '.verify-panel button');
      expect(await shownSeqs(page, top)).toEqual(run(top, top - 24));
      const pager = page.getByRole('navigation', { name: 'Event pages' });
      expect(await pager.textContent()).toBe(`Newer Events ${top - 24}–${top} of ${top} Older`);

      await pager.getByRole('link', { name: 'Older' }).click();
      await page.waitForURL(`${base}/ledger?before=${top - 24}`);
      expect(await shownSeqs(page, top - 25)).toEqual(run(top - 25, top - 49));
      await pager.getByRole('link', { name: 'Older' }).click();
      await page.waitForURL(`${base}/ledger?before=${top - 49}`);
      const third = await shownSeqs(page, top - 50);
      expect(third).toEqual(run(top - 50, Math.max(1, top - 74)));
      await pager.getByRole('link', { name: 'Newer' }).click();
      await page.waitForURL(`${base}/ledger?after=${top - 50}`);
      expect(await shownSeqs(page, top - 25)).toEqual(run(top - 25, top - 49));
      expect(await pager.textContent()).toBe(`Newer Events ${top - 49}–${top - 25} of ${top} Older`);

      // thirty events more: the page's address shows the same events, in the app and in the server's paint
      await writeEvents(30);
      const now = await head();
      const requests = apiRequests(page);
      await page.reload();
      await appOwns(page, '.verify-panel button');
      expect(await shownSeqs(page, top - 25)).toEqual(run(top - 25, top - 49));
      // the app takes the page over from the events inlined under the address it reads them at
      await pageSettled(page);
      expect(requests.filter((r) => r.startsWith('/api/ledger/'))).toEqual([]);
      expect(await pager.textContent()).toBe(`Newer Events ${top - 49}–${top - 25} of ${now} Older`);
      // its Newer now leads to the events just after it, a full page, no longer the newest
      await pager.getByRole('link', { name: 'Newer' }).click();
      await page.waitForURL(`${base}/ledger?after=${top - 25}`);
      expect(await shownSeqs(page, top)).toEqual(run(top, top - 24));
      await pager.getByRole('link', { name: 'Newer' }).click();
      await page.waitForURL(`${base}/ledger?after=${top}`);
      expect(await shownSeqs(page, top + 25)).toEqual(run(top + 25, top + 1));
      // the header's Ledger is the newest page, which has moved on
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Ledger' }).click();
      await page.waitForURL(`${base}/ledger`);
      expect(await shownSeqs(page, now)).toEqual(run(now, now - 24));
    });

    // The events each address shows are read on both engines above; the redirect of an old address,
    // which the API tests answer on both engines, and the app's moving it, do not depend on it.
    if (dialect === 'sqlite') {
      it('an address counted back from the head (?page=N) leads to the stable address of what it shows', async () => {
        const base = suite.server.baseUrl;
        const top = await head();
        const page = await suite.newPage(1280);
        // loaded: the server redirects it
        await page.goto(`${base}/ledger?page=2`);
        await page.waitForURL(`${base}/ledger?before=${top - 24}`);
        expect(await shownSeqs(page, top - 25)).toEqual(run(top - 25, top - 49));
        // inside the app (a stale entry in its history): the app moves it, replacing the entry
        await appOwns(page, '.verify-panel button');
        await page.evaluate(() => {
          window.history.pushState(null, '', '/ledger?page=3');
          window.dispatchEvent(new PopStateEvent('popstate', { state: null }));
        });
        await page.waitForURL(`${base}/ledger?before=${top - 49}`);
        expect(await shownSeqs(page, top - 50)).toEqual(run(top - 50, top - 74));
        await page.goBack();
        await page.waitForURL(`${base}/ledger?before=${top - 24}`);
      });
    }

    it('logged no console errors', () => {
      expect(suite.consoleErrors()).toEqual([]);
    });
  });
}
