import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { holdScripts, pageSettled, screenshot, stylesheetsLoaded } from './support.js';
import { browserSuite } from './suite.js';

/** How far the app's first render may move a box the server drew (rounding of fractional pixels). */
const TOLERANCE = 2;

// Issue 27: the server's first paint of the leaderboard is laid out as the app's first render, so
// the page does not jump when the app's script takes over — measured with the scripts held back.
describe('the first paint of the leaderboard keeps its place when the app takes over', () => {
  const suite = browserSuite({ server: { demo: true } });

  type Row = { handle: string; rank: number | null; provisional: boolean };
  const ranked = async (apiUrl: string) => {
    const board = (await (await fetch(suite.server.baseUrl + apiUrl)).json()) as { items: Row[] };
    return board.items.filter((r) => r.rank !== null && !r.provisional).map((r) => r.handle);
  };
  /**
   * A filtered address of the demo ledger whose board has ranked rows in another order than the
   * bare board's (so a first paint of the wrong board would show), with its API address and rows.
   */
  let filteredPick: Promise<{ address: string; rows: string[] }> | undefined;
  const filtered = () =>
    (filteredPick ??= (async () => {
      const home = await ranked('/api/leaderboard?limit=50');
      for (const period of ['12m', 'all'])
        for (const kind of ['BULL', 'BEAR', 'WATCH', 'CLAIM']) {
          // the API address the app asks for on `/?kind=…&period=…&sort=brier` (test/api/site-filters.test.ts)
          const rows = await ranked(
            `/api/leaderboard?kind=${kind}${period === 'all' ? '' : `&period=${period}`}&sort=brier&order=asc&limit=50`,
          );
          const address = `/?kind=${kind}${period === 'all' ? '' : `&period=${period}`}&sort=brier`;
          if (rows.length > 1 && rows.join() !== home.slice(0, rows.length).join()) return { address, rows };
        }
      throw new Error('the demo ledger has no filtered board with ranked rows');
    })());

  /** The first ranked row the reader sees (a table row, or a card on a phone) and the chart. */
  const boxes = (page: Page) =>
    page.evaluate(() => {
      const box = (el: Element | null | undefined) => {
        if (!el) return null;
        const r = el.getBoundingClientRect();
        return { x: r.x, y: r.y + window.scrollY, width: r.width, height: r.height };
      };
      const rows = [...document.querySelectorAll('[aria-label="Ranked sources"] :is(tbody tr, li.board-card)')];
      const row = rows.find((r) => r.getClientRects().length > 0);
      return {
        row: box(row),
        rowText: row?.querySelector('.handle')?.textContent ?? null,
        chart: box(document.querySelector('.board-chart figure.chart')),
      };
    });

  for (const board of ['the bare board', 'a filtered board'] as const)
    for (const width of [1280, 390])
      it(`${board} at ${width}px: the first row and the chart stay where the first paint put them, CLS under 0.1, and the app asks for no board`, async () => {
        const address = board === 'the bare board' ? '/' : (await filtered()).address;
        const page = await suite.newPage(width);
        // The board's data comes with the page, under the API address the app asks for: it asks for none.
        const boardRequests: string[] = [];
        page.on('request', (r) => {
          if (new URL(r.url()).pathname === '/api/leaderboard') boardRequests.push(r.url());
        });
        // Every layout shift from the first paint on, as the browser scores it (CLS sums them). The score
        // counts nodes that move, not nodes the app replaces, so the boxes below measure the swap itself.
        await page.addInitScript(() => {
          const w = window as unknown as { shifts: { value: number; sources: string[] }[] };
          w.shifts = [];
          new PerformanceObserver((list) => {
            for (const e of list.getEntries() as (PerformanceEntry & {
              value: number;
              hadRecentInput: boolean;
              sources?: { node?: Node | null }[];
            })[])
              if (!e.hadRecentInput)
                w.shifts.push({
                  value: e.value,
                  sources: (e.sources ?? []).map((s) =>
                    s.node instanceof Element ? `${s.node.tagName.toLowerCase()}.${s.node.className}` : '?',
                  ),
                });
          }).observe({ type: 'layout-shift', buffered: true });
        });
        const scripts = await holdScripts(page);
        try {
          await page.goto(suite.server.baseUrl + address, { waitUntil: 'commit' });
          await page.locator('.board-chart figure.chart svg').waitFor();
          await stylesheetsLoaded(page);
          await page.evaluate(() => {
            for (const el of document.querySelectorAll('#root *')) el.setAttribute('data-first-paint', '');
          });
          const before = await boxes(page);
          const shot = board === 'the bare board' ? '' : 'filtered-';
          await screenshot(page, `first-paint-layout-${shot}server-${width}`);
          scripts.release();
          // The app has rendered once its chart stands where the server's was.
          await page.locator('.board-chart figure.chart:not([data-first-paint])').waitFor();
          await pageSettled(page);
          await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
          const after = await boxes(page);
          const shifts = await page.evaluate(
            () => (window as unknown as { shifts: { value: number; sources: string[] }[] }).shifts,
          );
          const cls = shifts.reduce((sum, s) => sum + s.value, 0);
          await screenshot(page, `first-paint-layout-${shot}app-${width}`);

          const moved = (what: 'row' | 'chart') => {
            const [a, b] = [before[what], after[what]];
            if (!a || !b) return null;
            return Math.max(
              Math.abs(a.x - b.x),
              Math.abs(a.y - b.y),
              Math.abs(a.width - b.width),
              Math.abs(a.height - b.height),
            );
          };
          const summary = JSON.stringify({ row: moved('row'), chart: moved('chart'), cls, before, after, shifts });
          expect(before.row, summary).not.toBeNull();
          if (board === 'a filtered board') expect(before.rowText, summary).toBe(`@${(await filtered()).rows[0]}`);
          expect(after.rowText, summary).toBe(before.rowText);
          expect(moved('row'), summary).toBeLessThanOrEqual(TOLERANCE);
          expect(moved('chart'), summary).toBeLessThanOrEqual(TOLERANCE);
          expect(cls, summary).toBeLessThan(0.1);
          expect(boardRequests).toEqual([]);
        } finally {
          await scripts.stop();
        }
      });

  for (const width of [1280, 390])
    it(`at ${width}px without JavaScript, the first paint is a page to use: its links lead on`, async () => {
      const page = await suite.newPage(width, { javaScript: false });
      await page.goto(`${suite.server.baseUrl}/`);
      await page.locator('.board-chart figure.chart').waitFor();
      // the header's navigation, a source in the table (or its card) and the feeds in the footer are plain links
      const nav = page.getByRole('navigation', { name: 'Main' });
      for (const [name, path] of [
        ['Claims', '/claims'],
        ['Issues', '/publications'],
        ['Ledger', '/ledger'],
      ] as const)
        expect(await nav.getByRole('link', { name, exact: true }).getAttribute('href')).toBe(path);
      await nav.getByRole('link', { name: 'Claims', exact: true }).click();
      await page.waitForURL(`${suite.server.baseUrl}/claims`);
      await page.goBack();
      const source = page.locator('[aria-label="Ranked sources"] :is(tbody, li) a:visible').first();
      const href = await source.getAttribute('href');
      expect(href).toMatch(/^\/sources\/\w+$/);
      await source.click();
      await page.waitForURL(suite.server.baseUrl + href!);
      await page.goBack();
      expect(await page.locator('footer a[href="/api/export/claims.csv"]').count()).toBe(1);
      // the filter form shows: it is a plain GET form the server answers (the next test submits it);
      // the column headers are links (test/e2e/leaderboard-links.test.ts follows them); the control
      // only the app works (showing the unscored sources) is left out
      expect(await page.locator('form.filters:visible').count()).toBe(1);
      if (width > 640)
        expect(await page.locator('[aria-label="Ranked sources"] th a.sort-button[href]:visible').count()).toBe(9);
      const appOnly = page.locator('.board-group > button:visible');
      expect(await appOnly.count()).toBe(0);
      await screenshot(page, `first-paint-layout-no-script-${width}`);
      // the search box is a form that opens the search page with what was typed
      await page.getByRole('searchbox', { name: 'Search sources, claims and issues' }).fill('grid');
      await page.getByRole('button', { name: 'Search', exact: true }).click();
      await page.waitForURL(`${suite.server.baseUrl}/search?q=grid`);
    });

  it('without JavaScript, the filter form shows the filtered board, and Clear the bare one', async () => {
    const { address, rows } = await filtered();
    const chosen = new URL(address, suite.server.baseUrl).searchParams;
    const page = await suite.newPage(1280, { javaScript: false });
    // a board sorted by Brier (an address a reader was sent), then filtered through the form
    await page.goto(`${suite.server.baseUrl}/?sort=brier`);
    const form = page.getByRole('form', { name: 'Filter the leaderboard' });
    await form.getByLabel('Kind').selectOption(chosen.get('kind'));
    await form.getByLabel('Resolved in').selectOption(chosen.get('period') ?? 'all');
    await form.getByRole('button', { name: 'Apply' }).click();
    await page.waitForURL((u) => u.searchParams.get('kind') === chosen.get('kind'));
    // the sort rode along; the board holds the filtered rows, in order, and the form the chosen values
    expect(new URL(page.url()).searchParams.get('sort')).toBe('brier');
    const handles = await page.locator('.board-wide[aria-label="Ranked sources"] tbody .handle').allTextContents();
    expect(handles).toEqual(rows.map((h) => `@${h}`));
    expect(await form.getByLabel('Kind').inputValue()).toBe(chosen.get('kind'));
    expect(await page.locator('th[aria-sort="ascending"]').first().textContent()).toContain('Brier');
    await screenshot(page, 'first-paint-layout-no-script-filtered');
    // Clear, a link standing in for the app's button, keeps the sort and drops the filters
    await form.getByRole('link', { name: 'Clear' }).click();
    await page.waitForURL(`${suite.server.baseUrl}/?sort=brier`);
    expect(await form.getByLabel('Kind').inputValue()).toBe('');
  });

  it('logged no console errors', () => {
    expect(suite.consoleErrors()).toEqual([]);
  });
});
