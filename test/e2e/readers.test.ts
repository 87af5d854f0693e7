import { beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ADMIN_PASSWORD, SCREENSHOTS, apiSession, appOwns, appStarted, pageSettled, screenshot } from './support.js';
import { browserSuite } from './suite.js';

// Issue 26 "How we will know": a reader finds, filters, shares — against the demo ledger.
describe('readers find, understand and share the record', () => {
  const suite = browserSuite({ server: { demo: true } });
  const { tab } = suite;

  /** Opens each page at 1280 and 390 px, checks nothing overflows sideways, and saves a screenshot of it. */
  async function fitsAtBothWidths(pages: [name: string, path: string][]) {
    for (const width of [1280, 390]) {
      const page = await tab(width);
      for (const [name, path] of pages) {
        await page.goto(suite.server.baseUrl + path);
        // the page as the app draws it, not the server's first paint it replaces
        await appOwns(page, 'main h1');
        await pageSettled(page);
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect(overflow, `${name} at ${width}px`).toBeLessThanOrEqual(0);
        await screenshot(page, `${name}-${width}`);
      }
    }
  }

  let claimId = '';
  let claimStatement = '';
  let publicationId = '';

  beforeAll(async () => {
    const admin = await apiSession(suite.server.baseUrl, 'admin', ADMIN_PASSWORD);
    const alias = await admin.post('/api/sources/gridline/aliases', { alias: 'voltagazette' });
    expect(alias.status).toBe(201);
    const claims = await admin.get('/api/claims?source=gridline&status=resolved&limit=1');
    claimId = claims.body.items[0].id;
    claimStatement = claims.body.items[0].statement;
    publicationId = claims.body.items[0].publicationId;
  });

  it('search finds a source by an alias and a claim by a word of its statement', async () => {
    const page = await tab();
    // searched from the app: the server's first paint of the box submits as a plain form, and on the
    // search page that loads the app, taking over, sets the box from the address (undoing any typing)
    const started = appStarted(page);
    await page.goto(`${suite.server.baseUrl}/`);
    await started;
    await page.getByRole('searchbox', { name: /Search sources/ }).fill('voltagaz');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await page.waitForURL('**/search?q=voltagaz');
    // the search page's own group: the leaderboard, still on screen while the router commits the search
    // page as a transition, has regions named "Ranked sources" and "Provisional sources"
    const sources = page.getByRole('region', { name: 'Sources', exact: true });
    await sources.getByRole('link', { name: /Gridline Energy Desk/ }).waitFor();
    expect(await sources.locator('mark').first().innerText()).toMatch(/voltagaz/i);

    await page.getByRole('searchbox', { name: /Search sources/ }).fill('gigawatt');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    const claims = page.getByRole('region', { name: 'Claims' });
    await claims
      .locator('mark', { hasText: /gigawatt/i })
      .first()
      .waitFor();
  });

  it('the claims page filters round-trip through the URL and page on', async () => {
    const page = await tab();
    // the app's filters, not the server's first paint of them (which the app replaces, choices and all),
    // once the effect that fills them from the address has run
    const started = appStarted(page);
    await page.goto(`${suite.server.baseUrl}/claims`);
    await started;
    await page.getByLabel('Kind').selectOption('CLAIM');
    await page.getByLabel('Status').selectOption('resolved');
    await page.getByLabel('Source', { exact: true }).fill('@gridline');
    await page.getByRole('button', { name: 'Apply' }).click();
    await page.waitForURL(/source=gridline/);
    const url = new URL(page.url());
    expect(Object.fromEntries(url.searchParams)).toEqual({ source: 'gridline', kind: 'CLAIM', status: 'resolved' });
    // the router commits the filtered page as a transition and its claims arrive after it: until then
    // the list on screen is the one before the source was applied
    const rows = page.locator('.claim-item');
    await expect
      .poll(async () => {
        const shown = await rows.allInnerTexts();
        return shown.length > 0 && shown.every((row) => row.includes('@gridline'));
      })
      .toBe(true);
    // every row is what the filters say, names its issue and links to it
    for (let i = 0; i < (await rows.count()); i++) {
      const row = rows.nth(i);
      expect(await row.locator('.badge[class*="kind-"]').first().innerText()).toBe('CLAIM');
      expect(await row.innerText()).toContain('@gridline');
      expect(await row.locator('.claim-issue a').getAttribute('href')).toMatch(/^\/publications\//);
    }
    // a fresh load of the same address shows the same filters
    const again = await tab(1280, 'again');
    await again.goto(page.url());
    await again.locator('.claim-item').first().waitFor();
    expect(await again.getByLabel('Kind').inputValue()).toBe('CLAIM');
    expect(await again.getByLabel('Status').inputValue()).toBe('resolved');
    expect(await again.getByLabel('Source', { exact: true }).inputValue()).toBe('gridline');
    await screenshot(again, 'claims-filtered-1280');
  });

  it('two filter changes made before the page renders again both stay (a choice, then Apply)', async () => {
    const page = await tab();
    const started = appStarted(page);
    await page.goto(`${suite.server.baseUrl}/claims`);
    await started;
    await page.getByLabel('Source', { exact: true }).fill('@gridline');
    // One task: the router has not shown the status in the address when Apply reads it.
    await page.evaluate(() => {
      const status = [...document.querySelectorAll('label')].find((l) => l.textContent?.startsWith('Status'));
      const select = status!.querySelector('select')!;
      select.value = 'resolved';
      select.dispatchEvent(new Event('change', { bubbles: true }));
      [...document.querySelectorAll('button')].find((b) => b.textContent === 'Apply')!.click();
    });
    await page.waitForURL(/source=gridline/);
    expect(Object.fromEntries(new URL(page.url()).searchParams)).toEqual({ source: 'gridline', status: 'resolved' });
  });

  it('an unknown claim, source and path answer 404; a claim page’s HTML names its statement', async () => {
    for (const path of ['/claims/no-such-claim', '/sources/nobody_here', '/no/such/page', '/publications/nope'])
      expect((await fetch(suite.server.baseUrl + path)).status, path).toBe(404);
    const html = await (await fetch(`${suite.server.baseUrl}/claims/${claimId}`)).text();
    const og = /<meta property="og:title" content="([^"]*)"/.exec(html)?.[1] ?? '';
    expect(claimStatement.startsWith(og.replace(/…$/, '').replace(/&amp;/g, '&'))).toBe(true);
    expect(html).toMatch(/<meta property="og:description" content="Resolved: /);
    expect(html).toContain('twitter:card');
    const page = await tab();
    const res = await page.goto(`${suite.server.baseUrl}/sources/nobody_here`);
    expect(res?.status()).toBe(404);
  });

  it('every public page fits a 390 px phone and is screenshotted at both widths', async () => {
    const pages: [string, string][] = [
      ['leaderboard', '/'],
      ['claims', '/claims'],
      ['claim', `/claims/${claimId}`],
      ['source', '/sources/gridline'],
      ['issues', '/publications'],
      ['ledger', '/ledger'],
      ['search', '/search?q=prices'],
      ['methodology', '/methodology'],
      ['not-found', '/no/such/page'],
    ];
    await fitsAtBothWidths(pages);
  });

  it('the issue and sign-in pages fit a 390 px phone and are screenshotted at both widths', async () => {
    await fitsAtBothWidths([
      ['issue', `/publications/${publicationId}`],
      ['signin', '/signin'],
    ]);
  });

  it('the embeddable scorecard and the badge fit a 390 px phone and are screenshotted at both widths', async () => {
    for (const width of [1280, 390]) {
      const page = await tab(width);
      for (const theme of ['light', 'dark']) {
        await page.goto(`${suite.server.baseUrl}/embed/sources/gridline?theme=${theme}`);
        await page.locator('.card .rate').waitFor();
        const fits = await page.evaluate(() => {
          const root = document.documentElement;
          const card = document.querySelector('.card')!.getBoundingClientRect();
          return { overflow: root.scrollWidth - root.clientWidth, right: card.right, width: root.clientWidth };
        });
        expect(fits.overflow, `embed (${theme}) at ${width}px`).toBeLessThanOrEqual(0);
        expect(fits.right, `embed card (${theme}) at ${width}px`).toBeLessThanOrEqual(fits.width);
        await screenshot(page, `embed-${theme}-${width}`);
      }
      // the badges as the source page shows them, beside their copy buttons
      await page.goto(`${suite.server.baseUrl}/sources/gridline`);
      const share = page.locator('section[aria-labelledby="share-h"]');
      const badges = share.locator('.badge-preview img');
      // measured and pictured once the app has taken the section over from the first paint
      await appOwns(page, 'section[aria-labelledby="share-h"] .badge-preview img');
      await expect
        .poll(() =>
          badges.evaluateAll((imgs: HTMLImageElement[]) => imgs.every((i) => i.complete && i.naturalWidth > 0)),
        )
        .toBe(true);
      const boxes = await badges.evaluateAll((imgs: HTMLImageElement[]) =>
        imgs.map((i) => {
          const r = i.getBoundingClientRect();
          return { left: r.left, right: r.right, width: document.documentElement.clientWidth };
        }),
      );
      expect(boxes).toHaveLength(2);
      for (const b of boxes) {
        expect(b.left, `badge at ${width}px`).toBeGreaterThanOrEqual(0);
        expect(b.right, `badge at ${width}px`).toBeLessThanOrEqual(b.width);
      }
      mkdirSync(SCREENSHOTS, { recursive: true });
      await share.screenshot({ path: join(SCREENSHOTS, `badge-${width}.png`) });
    }
  });

  it('logged no console errors', () => {
    const errors = suite.consoleErrors().filter((e) => !/404 \(Not Found\)/.test(e));
    expect(errors).toEqual([]);
  });
});
