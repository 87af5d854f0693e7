import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { testDialects } from '../support/dialects.js';
import { apiSession, appOwns, forEachAtOnce, STAFF_PASSWORD } from './support.js';
import { browserSuite } from './suite.js';

/** Sources past a page of the board, named so that their order by handle is plain to see. */
const HANDLES = Array.from({ length: 56 }, (_, i) => `nj_${String(i + 1).padStart(2, '0')}`);
/** The sources with five resolved calls each (ranked), and the one with none (unscored); the others have one (provisional). */
const RANKED = new Set(['nj_05', 'nj_30', 'nj_52']);
const UNSCORED = new Set(['nj_56']);

interface Board {
  nextCursor: string | null;
  items: { handle: string }[];
}

/** The handles of a group's table, top to bottom, as the reader sees it. */
const tableHandles = (page: Page, group: 'Ranked sources' | 'Provisional sources' | 'Sources with no resolved calls') =>
  page.locator(`.board-wide[aria-label="${group}"] tbody .handle`).allTextContents();

/** The rows a page of the board shows in each table, worked out from the handles in the given order. */
const expected = (handles: string[]) => ({
  ranked: handles.filter((h) => RANKED.has(h)).map((h) => `@${h}`),
  provisional: handles.filter((h) => !RANKED.has(h) && !UNSCORED.has(h)).map((h) => `@${h}`),
  unscored: handles.filter((h) => UNSCORED.has(h)).map((h) => `@${h}`),
});

// The leaderboard's sort headers and pager are links to the addresses they lead to: a reader without
// JavaScript sorts and pages the server's first paint, and the app follows the same links in place.
for (const dialect of testDialects()) {
  describe(`${dialect}: the leaderboard's sort headers and pager are links`, () => {
    const suite = browserSuite({ dialect, staff: true });

    beforeAll(async () => {
      const base = suite.server.baseUrl;
      const editor = await apiSession(base, 'erin', STAFF_PASSWORD);
      const reviewer = await apiSession(base, 'rafa', STAFF_PASSWORD);
      // every source and its calls in one issue (one request, one ledger transaction), then each call's ruling
      const calls = HANDLES.flatMap((handle) =>
        Array.from({ length: RANKED.has(handle) ? 5 : UNSCORED.has(handle) ? 0 : 1 }, (_, i) => ({
          handle,
          statement: `Call ${i} of ${handle} will come true.`,
          outcome: i % 2 ? 'false' : 'true',
        })),
      );
      const published = await editor.post('/api/publications', {
        title: 'No-script calls',
        publishedOn: '2026-02-09',
        text: 'The calls of the no-script sources.',
        desk: null,
        newSources: HANDLES.map((handle) => ({ handle, displayName: `No-script ${handle}` })),
        claims: calls.map(({ handle, statement }) => ({
          kind: 'BULL',
          statement,
          windowStart: '2026-02-09',
          windowEnd: '2026-02-20',
          sources: [{ handle, role: 'made' }],
        })),
      });
      if (published.status !== 201) throw new Error(`issue: ${published.status} ${JSON.stringify(published.body)}`);
      const ids = new Map(
        (published.body.claims as { id: string; statement: string }[]).map((c) => [c.statement, c.id]),
      );
      // the rulings four at once
      await forEachAtOnce(calls, 4, async ({ statement, outcome }) => {
        const ruled = await reviewer.post(`/api/claims/${ids.get(statement)}/resolutions`, {
          outcome,
          evidence: ['https://example.com/evidence'],
        });
        if (ruled.status !== 201) throw new Error(`ruling: ${ruled.status} ${JSON.stringify(ruled.body)}`);
      });
    });

    const api = async (path: string) => (await (await fetch(suite.server.baseUrl + path)).json()) as Board;

    it('without JavaScript, a header sorts the board and its order flips, and the pager leads to the next page and back', async () => {
      const page = await suite.newPage(1280, { javaScript: false });
      const base = suite.server.baseUrl;
      await page.goto(`${base}/`);
      const header = (group: string, name: string) =>
        page.getByRole('region', { name: group }).getByRole('columnheader', { name, exact: true }).getByRole('link');

      // the Source header: by handle, A to Z
      await header('Ranked sources', 'Source').click();
      await page.waitForURL(`${base}/?sort=handle`);
      expect(await tableHandles(page, 'Ranked sources')).toEqual(expected(HANDLES.slice(0, 50)).ranked);
      expect(await tableHandles(page, 'Provisional sources')).toEqual(expected(HANDLES.slice(0, 50)).provisional);
      expect(await page.locator('th[aria-sort="ascending"]').first().textContent()).toContain('Source');

      // the same header again (this time the provisional table's): Z to A
      await header('Provisional sources', 'Source').click();
      await page.waitForURL(`${base}/?sort=handle&order=desc`);
      const desc = [...HANDLES].reverse();
      expect(await tableHandles(page, 'Ranked sources')).toEqual(expected(desc.slice(0, 50)).ranked);
      expect(await tableHandles(page, 'Provisional sources')).toEqual(expected(desc.slice(0, 50)).provisional);
      // the source with nothing resolved, which the app keeps behind a toggle, stands listed
      expect(await tableHandles(page, 'Sources with no resolved calls')).toEqual(['@nj_56']);
      expect(await page.getByRole('button', { name: /^Show \d+ sources? with no resolved calls/ }).count()).toBe(0);

      // the next page: the last six by handle, as the API answers for the cursor in the address
      await page.getByRole('navigation', { name: 'Pages' }).getByRole('link', { name: 'Next 50 →' }).click();
      await page.waitForURL((u) => u.searchParams.has('cursor'));
      const address = new URL(page.url());
      expect(address.searchParams.get('sort')).toBe('handle');
      expect(address.searchParams.get('order')).toBe('desc');
      const board = await api(
        `/api/leaderboard?sort=handle&order=desc&cursor=${encodeURIComponent(address.searchParams.get('cursor')!)}&limit=50`,
      );
      expect(board.items.map((r) => r.handle)).toEqual(desc.slice(50));
      expect(await tableHandles(page, 'Ranked sources')).toEqual(expected(desc.slice(50)).ranked);
      expect(await tableHandles(page, 'Provisional sources')).toEqual(expected(desc.slice(50)).provisional);
      expect(await page.getByRole('link', { name: 'Next 50 →' }).count()).toBe(0);

      // and back to the first page of the same order
      await page.getByRole('link', { name: '← First page' }).click();
      await page.waitForURL(`${base}/?sort=handle&order=desc`);
      expect(await tableHandles(page, 'Provisional sources')).toEqual(expected(desc.slice(0, 50)).provisional);
    });

    // The rows the board shows from the database, sorted and paged, are read on both engines above;
    // the app following the same links in place, and the phone's sort control, do not depend on it.
    if (dialect === 'sqlite') {
      it('with JavaScript, the app follows a header and the pager in place: no page load, the rows of the API', async () => {
        const page = await suite.newPage(1280);
        const base = suite.server.baseUrl;
        const documents: string[] = [];
        page.on('request', (r) => {
          if (r.isNavigationRequest()) documents.push(r.url());
        });
        await page.goto(`${base}/`);
        // the app has taken the page over once React owns the header links
        await appOwns(page, 'a.sort-button');
        await page.evaluate(() => ((window as unknown as { marker: string }).marker = 'still here'));
        documents.length = 0;

        const source = page
          .getByRole('region', { name: 'Ranked sources' })
          .getByRole('columnheader', { name: 'Source', exact: true })
          .getByRole('link');
        expect(await source.getAttribute('href')).toBe('/?sort=handle');
        await source.click();
        await page.waitForURL(`${base}/?sort=handle`);
        await expect
          .poll(() => tableHandles(page, 'Provisional sources'))
          .toEqual(expected(HANDLES.slice(0, 50)).provisional);
        expect(await tableHandles(page, 'Ranked sources')).toEqual(expected(HANDLES.slice(0, 50)).ranked);

        const next = page.getByRole('navigation', { name: 'Pages' }).getByRole('link', { name: 'Next 50 →' });
        const href = await next.getAttribute('href');
        expect(href).toMatch(/^\/\?sort=handle&cursor=[\w-]+$/);
        await next.click();
        await page.waitForURL(base + href!);
        await expect
          .poll(() => tableHandles(page, 'Provisional sources'))
          .toEqual(expected(HANDLES.slice(50)).provisional);
        expect(await tableHandles(page, 'Ranked sources')).toEqual(expected(HANDLES.slice(50)).ranked);
        // the source with nothing resolved waits behind the app's toggle
        expect(await tableHandles(page, 'Sources with no resolved calls')).toEqual([]);
        await page.getByRole('button', { name: 'Show 1 source with no resolved calls yet' }).click();
        expect(await tableHandles(page, 'Sources with no resolved calls')).toEqual(['@nj_56']);

        // Back is the first page again, still in place
        await page.goBack();
        await page.waitForURL(`${base}/?sort=handle`);
        await expect
          .poll(() => tableHandles(page, 'Provisional sources'))
          .toEqual(expected(HANDLES.slice(0, 50)).provisional);

        expect(await page.evaluate(() => (window as unknown as { marker?: string }).marker)).toBe('still here');
        expect(documents).toEqual([]);
      });

      /** The handles of a group's cards, top to bottom, as a phone reader sees them. */
      const cardHandles = (page: Page, group: 'Ranked sources' | 'Provisional sources') =>
        page.locator(`.board-narrow[aria-label="${group}"] .handle`).allTextContents();
      const PHONE = { width: 390, height: 844 };

      it('on a phone without JavaScript, the sort control sorts the board and its Reverse link flips the order', async () => {
        const page = await suite.newPage(PHONE.width, { height: PHONE.height, javaScript: false });
        const base = suite.server.baseUrl;
        await page.goto(`${base}/?period=all&minResolved=1`);
        // the cards stand in for the table, whose sort headers a phone does not show
        expect(await page.locator('a.sort-button').first().isVisible()).toBe(false);
        const control = page.getByRole('form', { name: 'Sort the leaderboard' });
        const sortBy = control.getByLabel('Sort by');
        expect(await sortBy.isVisible()).toBe(true);
        expect(await sortBy.inputValue()).toBe('rank');
        await sortBy.selectOption({ label: 'Source' });
        await control.getByRole('button', { name: 'Sort' }).click();
        await page.waitForURL((u) => u.searchParams.get('sort') === 'handle');
        // the filters stay; the order is the measure's natural one, from the first page
        const sorted = new URL(page.url());
        expect(sorted.searchParams.get('minResolved')).toBe('1');
        expect(sorted.searchParams.has('order')).toBe(false);
        const scored = HANDLES.filter((h) => !UNSCORED.has(h));
        expect(await cardHandles(page, 'Ranked sources')).toEqual(expected(scored.slice(0, 50)).ranked);
        expect(await cardHandles(page, 'Provisional sources')).toEqual(expected(scored.slice(0, 50)).provisional);
        expect(await page.getByLabel('Sort by').inputValue()).toBe('handle');
        expect(await page.locator('form.board-sort .sort-now').textContent()).toBe('▲ Ascending');

        // Reverse: Z to A, the same address a second click on the header leads to
        const order = page
          .getByRole('form', { name: 'Sort the leaderboard' })
          .getByRole('link', { name: 'Reverse', exact: true });
        expect(await order.isVisible()).toBe(true);
        await order.click();
        await page.waitForURL(`${base}/?minResolved=1&sort=handle&order=desc`);
        expect(await page.locator('form.board-sort .sort-now').textContent()).toBe('▼ Descending');
        const desc = [...scored].reverse();
        expect(await cardHandles(page, 'Ranked sources')).toEqual(expected(desc.slice(0, 50)).ranked);
        expect(await cardHandles(page, 'Provisional sources')).toEqual(expected(desc.slice(0, 50)).provisional);
      });

      it('on a phone with JavaScript, the app sorts in place from the same control: no page load', async () => {
        const page = await suite.newPage(PHONE.width, { height: PHONE.height });
        const base = suite.server.baseUrl;
        const documents: string[] = [];
        page.on('request', (r) => {
          if (r.isNavigationRequest()) documents.push(r.url());
        });
        await page.goto(`${base}/`);
        // the app has taken the page over once React owns the control
        await appOwns(page, 'form.board-sort select');
        documents.length = 0;
        const control = page.getByRole('form', { name: 'Sort the leaderboard' });
        // no Sort button: choosing is enough
        expect(await control.getByRole('button', { name: 'Sort' }).isVisible()).toBe(false);
        await control.getByLabel('Sort by').selectOption({ label: 'Source' });
        await page.waitForURL(`${base}/?sort=handle`);
        await expect
          .poll(() => cardHandles(page, 'Provisional sources'))
          .toEqual(expected(HANDLES.slice(0, 50)).provisional);
        expect(await cardHandles(page, 'Ranked sources')).toEqual(expected(HANDLES.slice(0, 50)).ranked);

        await control.getByRole('link', { name: 'Reverse', exact: true }).click();
        await page.waitForURL(`${base}/?sort=handle&order=desc`);
        const desc = [...HANDLES].reverse();
        await expect
          .poll(() => cardHandles(page, 'Provisional sources'))
          .toEqual(expected(desc.slice(0, 50)).provisional);
        expect(await control.getByLabel('Sort by').inputValue()).toBe('handle');
        expect(await control.locator('.sort-now').textContent()).toBe('▼ Descending');
        expect(documents).toEqual([]);
      });
    }

    it('logged no console errors', () => {
      expect(suite.consoleErrors()).toEqual([]);
    });
  });
}
