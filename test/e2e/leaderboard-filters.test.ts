import type { Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  ADMIN_PASSWORD,
  apiSession,
  appOwns,
  appStarted,
  holdScripts,
  pageSettled,
  screenshot,
  stylesheetsLoaded,
} from './support.js';
import { browserSuite } from './suite.js';

const KINDS = ['BULL', 'BEAR', 'WATCH', 'CLAIM'] as const;

interface Row {
  handle: string;
  rank: number | null;
  place: number | null;
  provisional: boolean;
}

// Issue 26: the leaderboard's filters work as the other lists' do (and suggest the tags in use),
// its numbers have no gaps, and a source that is only cited says so — against the demo ledger.
describe('leaderboard filters, places and cited counts', () => {
  const suite = browserSuite({ server: { demo: true } });
  const { tab } = suite;
  const quoted = 'quoted_only';

  async function api<T>(path: string): Promise<T> {
    const res = await fetch(suite.server.baseUrl + path);
    expect(res.status, path).toBe(200);
    return (await res.json()) as T;
  }
  /** The handles a table or card list shows, in order, and the number each shows. */
  async function shown(region: Locator): Promise<{ handle: string; number: string }[]> {
    return region.evaluate((el) =>
      [...el.querySelectorAll('tbody tr, li.board-card')].map((row) => ({
        handle: (row.querySelector('.handle')?.textContent ?? '').replace(/^@/, ''),
        number: (row.querySelector('.rank-col, .board-card-rank')?.textContent ?? '').trim(),
      })),
    );
  }

  beforeAll(async () => {
    // A source no one quotes as its own call: cited in one open claim of a demo source.
    const admin = await apiSession(suite.server.baseUrl, 'admin', ADMIN_PASSWORD);
    const made = await admin.post('/api/sources', { handle: quoted, displayName: 'Quoted Only' });
    expect(made.status).toBe(201);
    const claim = await admin.post('/api/claims', {
      kind: 'CLAIM',
      statement: 'Grid batteries will be cited more often than built next year.',
      windowEnd: '2099-12-31',
      sources: [
        { handle: 'gridline', role: 'made' },
        { handle: quoted, role: 'cited' },
      ],
    });
    expect(claim.status).toBe(201);
  });

  it('the tag filter suggests the tags in use, from the server', async () => {
    const { items: tags } = await api<{ items: { tag: string; claims: number }[] }>('/api/tags');
    expect(tags.length).toBeGreaterThan(1);
    for (const path of ['/', '/claims']) {
      const page = await tab();
      await page.goto(suite.server.baseUrl + path);
      const input = page.getByRole('combobox', { name: 'Tag' });
      const listId = await input.getAttribute('list');
      expect(listId, path).toBeTruthy();
      const list = page.locator(`datalist[id="${listId}"] option`);
      await expect.poll(() => list.count()).toBe(tags.length);
      expect(await list.evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value))).toEqual(
        tags.map((t) => t.tag),
      );
    }
  });

  it('a filter round-trips through the URL and shows the rows the API gives', async () => {
    const { items: tags } = await api<{ items: { tag: string }[] }>('/api/tags');
    // A tag and a kind the demo ledger has scored calls of, so the board is not empty.
    let choice: { tag: string; kind: string; rows: Row[] } | null = null;
    for (const { tag } of tags.filter((t) => t.tag !== 'demo'))
      for (const kind of KINDS) {
        const { items } = await api<{ items: Row[] }>(`/api/leaderboard?kind=${kind}&tag=${encodeURIComponent(tag)}`);
        if (!choice && items.some((r) => r.rank !== null)) choice = { tag, kind, rows: items };
      }
    expect(choice, 'a tag and kind with scored calls in the demo').not.toBeNull();
    const { tag, kind, rows } = choice!;

    const page = await tab();
    // the app's filters, once the effect that fills them from the address has run: a choice made in the
    // server's first paint is lost when the app replaces it
    const started = appStarted(page);
    await page.goto(`${suite.server.baseUrl}/`);
    await started;
    await page.getByLabel('Kind').selectOption(kind);
    await page.waitForURL(/kind=/);
    // typed as a reader might: upper case, spaces; applied on Enter, stored as the tag is
    await page.getByRole('combobox', { name: 'Tag' }).fill(` ${tag.toUpperCase()} `);
    await page.getByRole('combobox', { name: 'Tag' }).press('Enter');
    await page.waitForURL(/tag=/);
    expect(Object.fromEntries(new URL(page.url()).searchParams)).toEqual({ kind, tag });

    const expected = rows.filter((r) => r.rank !== null);
    const check = async (p: Page) => {
      // The meta line names the tag only once the board holds the filtered read, and says
      // "Updating…" while a newer one is on its way: then the board shows that read.
      await p.locator('p.meta', { hasText: `tagged “${tag}”` }).waitFor();
      await p.locator('p.meta .refreshing').waitFor({ state: 'detached' });
      const groups = [];
      for (const label of ['Ranked sources', 'Provisional sources']) {
        const region = p.locator(`.board-wide[aria-label="${label}"]`);
        if ((await region.count()) > 0) groups.push(...(await shown(region)));
      }
      expect(groups.map((r) => r.handle)).toEqual(expected.map((r) => r.handle));
      expect(groups.map((r) => r.number)).toEqual(expected.map((r) => `${r.place}${r.provisional ? '*' : ''}`));
    };
    await check(page);

    // The same address, loaded afresh, shows the same filters and the same rows.
    const again = await tab(1280, 'again');
    await again.goto(page.url());
    await check(again);
    expect(await again.getByLabel('Kind').inputValue()).toBe(kind);
    expect(await again.getByRole('combobox', { name: 'Tag' }).inputValue()).toBe(tag);
    // Back undoes the last filter, as on the claims page; Clear drops them all.
    await page.goBack();
    await page.waitForURL((u) => !u.searchParams.has('tag'));
    await expect.poll(() => page.getByRole('combobox', { name: 'Tag' }).inputValue()).toBe('');
    await page.getByRole('button', { name: 'Clear' }).click();
    await page.waitForURL((u) => u.search === '');
    await expect.poll(() => page.getByLabel('Kind').inputValue()).toBe('');
  });

  it('numbers the ranked table 1..n with no gaps, and the provisional sources apart', async () => {
    const { items } = await api<{ items: Row[] }>('/api/leaderboard');
    const settled = items.filter((r) => r.rank !== null && !r.provisional);
    const provisional = items.filter((r) => r.rank !== null && r.provisional);
    expect(settled.length).toBeGreaterThan(1);
    expect(provisional.length).toBeGreaterThan(0);
    for (const width of [1280, 390]) {
      const page = await tab(width);
      await page.goto(`${suite.server.baseUrl}/`);
      const view = width > 640 ? '.board-wide' : '.board-narrow';
      const main = page.locator(`${view}[aria-label="Ranked sources"]`);
      await main.waitFor();
      const ranked = await shown(main);
      expect(ranked.map((r) => r.handle)).toEqual(settled.map((r) => r.handle));
      expect(ranked.map((r) => r.number)).toEqual(settled.map((_, i) => String(i + 1)));
      const apart = await shown(page.locator(`${view}[aria-label="Provisional sources"]`));
      expect(apart.map((r) => r.handle)).toEqual(provisional.map((r) => r.handle));
      expect(apart.map((r) => r.number)).toEqual(provisional.map((_, i) => `${i + 1}*`));
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, `leaderboard at ${width}px`).toBeLessThanOrEqual(0);
      const labels = page.locator('.board-chart .bar-chart-labels li');
      await expect.poll(() => labels.count()).toBe(Math.min(15, settled.length + provisional.length));
      expect(await overlappingLabels(page, '.board-chart .bar-chart-labels')).toEqual([]);
      expect(await overlappingLabels(page, '.board-chart .bar-chart-axis')).toEqual([]);
      // each source's label stands on one line (not wrapped into the next row's), inside the chart,
      // level with its own bar
      const misfits = await labels.evaluateAll((ls) => {
        const bars = [...document.querySelectorAll('.board-chart .bar-chart-bar')].map((b) =>
          b.getBoundingClientRect(),
        );
        return ls.flatMap((l, i) => {
          const box = l.getBoundingClientRect();
          const chart = l.closest('figure')!.getBoundingClientRect();
          const bar = bars[i];
          const level = bar && Math.abs(box.top + box.height / 2 - (bar.top + bar.height / 2)) < 2;
          return l.scrollHeight > l.clientHeight || box.left < chart.left || !level ? [l.textContent] : [];
        });
      });
      expect(misfits).toEqual([]);
      await screenshot(page, `leaderboard-filters-leaderboard-${width}`);
    }
  });

  it('a source that is only cited shows its cited count, and no empty chart box', async () => {
    const card = await api<{ counts: Record<string, number>; citedCounts: Record<string, number> }>(
      `/api/sources/${quoted}/scorecard`,
    );
    expect(card.counts).toEqual({ open: 0, due: 0, resolved: 0, void: 0 });
    expect(card.citedCounts).toEqual({ open: 1, due: 0, resolved: 0, void: 0 });
    for (const width of [1280, 390]) {
      const page = await tab(width);
      await page.goto(`${suite.server.baseUrl}/sources/${quoted}`);
      const made = page.locator('.stat', { hasText: 'Calls made' });
      await made.waitFor();
      expect(await made.locator('.stat-value').innerText()).toBe('0');
      const cited = page.locator('.stat', { hasText: 'Cited in' });
      expect(await cited.locator('.stat-value').innerText()).toBe('1');
      expect(await cited.locator('.stat-note').innerText()).toMatch(/1 open.*not scored/);
      // the Open tab says what the list holds: none made, one cited
      expect(await page.getByRole('button', { name: /^Open/ }).innerText()).toMatch(/^Open\s*0\s*\+ 1 cited$/);
      await page.locator('.claim-item').first().waitFor();
      expect(await page.locator('.claim-item').count()).toBe(1);
      expect(await page.locator('.claim-item').innerText()).toMatch(/cited here, not scored/);
      expect(await page.getByText(/Counted apart: 0 calls @quoted_only made/).count()).toBe(1);
      // nothing resolved: a sentence where each chart would be, not an empty box
      const rolling = page.locator('section[aria-labelledby="rolling-h"]');
      expect(await rolling.locator('.chart-frame').count()).toBe(0);
      expect(await rolling.innerText()).toMatch(/No resolved calls/);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, `source page at ${width}px`).toBeLessThanOrEqual(0);
      await screenshot(page, `leaderboard-filters-cited-source-${width}`);
    }
  });

  it('the source and claims pages fit both widths and are screenshotted', async () => {
    for (const width of [1280, 390]) {
      const page = await tab(width);
      for (const [name, path] of [
        ['source', '/sources/gridline'],
        ['claims', '/claims'],
      ] as const) {
        await page.goto(suite.server.baseUrl + path);
        // the page as the app draws it, not the server's first paint it replaces
        await appOwns(page, 'main h1');
        await pageSettled(page);
        // every chart box is drawn (or says why not) before the picture is taken
        await expect.poll(() => page.locator('.chart-placeholder').count()).toBe(0);
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect(overflow, `${name} at ${width}px`).toBeLessThanOrEqual(0);
        // no table hides a column behind its own scroll bar
        const hidden = await page
          .locator('.table-scroll')
          .evaluateAll((els) =>
            els
              .filter((e) => e.scrollWidth > e.clientWidth + 1)
              .map((e) => `${e.className} ${e.scrollWidth}/${e.clientWidth}`),
          );
        expect(hidden, `${name} at ${width}px`).toEqual([]);
        const axes = page.locator('.recharts-xAxis-tick-labels, .recharts-yAxis-tick-labels');
        if (name === 'source') await expect.poll(() => axes.count()).toBeGreaterThan(1);
        for (const axis of await axes.all())
          expect(await overlappingLabels(page, axis), `${name} at ${width}px`).toEqual([]);
        await screenshot(page, `leaderboard-filters-${name}-${width}`);
      }
    }
  });

  it('shows the chart with the page, before any script runs, and the app puts the same chart in its place', async () => {
    const { items } = await api<{ items: (Row & { displayName: string; hitRate: number | null })[] }>(
      '/api/leaderboard?limit=50',
    );
    const settled = items.filter((r) => r.rank !== null && !r.provisional && r.hitRate !== null);
    const provisional = items.filter((r) => r.rank !== null && r.provisional && r.hitRate !== null);
    const expected = [...settled, ...provisional]
      .slice(0, 15)
      .map((r) => `${r.place}${r.provisional ? '*' : ''}. ${r.displayName}`);
    expect(expected.length).toBeGreaterThan(1);
    const chartOf = (page: Page) =>
      page.evaluate(() => {
        const figures = document.querySelectorAll('figure.chart');
        const figure = figures[0]!;
        const box = figure.getBoundingClientRect();
        return {
          figures: figures.length,
          fromServer: figure.hasAttribute('data-first-paint'),
          label: figure.getAttribute('aria-label'),
          labels: [...figure.querySelectorAll('.bar-chart-labels li')].map((l) => l.textContent),
          bars: [...figure.querySelectorAll('.bar-chart-bar')].map((b) => Math.round(b.getBoundingClientRect().width)),
          size: [Math.round(box.width), Math.round(box.height)],
        };
      });

    // A reader without JavaScript gets the chart, drawn to scale by the stylesheet alone.
    const still = await suite.newPage(1280, { javaScript: false });
    await still.goto(`${suite.server.baseUrl}/`);
    const chart = await chartOf(still);
    expect(chart.labels).toEqual(expected);
    expect(chart.figures).toBe(1);
    expect(chart.label).toMatch(/^Bar chart: hit rate of the top \d+ sources/);
    expect(chart.bars).toHaveLength(expected.length);
    expect(Math.max(...chart.bars)).toBeGreaterThan(100);

    // With JavaScript, the chart is there while the app's scripts are held back; once they run, the
    // app's chart stands in its place: one chart, the same size, the same bars.
    const page = await tab();
    const scripts = await holdScripts(page);
    try {
      await page.goto(`${suite.server.baseUrl}/`, { waitUntil: 'commit' });
      await page.locator('figure.chart svg').waitFor();
      await stylesheetsLoaded(page);
      await page.evaluate(() => document.querySelector('figure.chart')!.setAttribute('data-first-paint', ''));
      const before = await chartOf(page);
      expect(before.labels).toEqual(expected);
      scripts.release();
      // The server's page has the app's intro and controls too: the app has rendered once its chart is in.
      await page.locator('figure.chart:not([data-first-paint])').waitFor();
      await pageSettled(page);
      const after = await chartOf(page);
      expect(after.fromServer).toBe(false);
      expect(after.figures).toBe(1);
      expect(after.labels).toEqual(before.labels);
      expect(after.bars).toEqual(before.bars);
      expect(after.size).toEqual(before.size);
    } finally {
      await scripts.stop();
    }
  });

  it('logged no console errors', () => {
    expect(suite.consoleErrors()).toEqual([]);
  });
});

/** Pairs of an axis's tick labels (SVG text or list items) whose boxes overlap. */
async function overlappingLabels(page: Page, axis: string | Locator): Promise<string[]> {
  const locator = typeof axis === 'string' ? page.locator(axis).first() : axis;
  return locator.evaluate((el) => {
    const boxes = [...el.querySelectorAll('text, li')].map((t) => ({
      text: t.textContent ?? '',
      box: t.getBoundingClientRect(),
    }));
    const clash: string[] = [];
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i]!.box;
        const b = boxes[j]!.box;
        if (a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5)
          clash.push(`${boxes[i]!.text} / ${boxes[j]!.text}`);
      }
    return clash;
  });
}
