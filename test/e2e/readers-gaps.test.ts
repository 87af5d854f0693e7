import { beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_PASSWORD, apiSession, appOwns, appStarted, pageSettled, screenshot } from './support.js';
import { browserSuite } from './suite.js';

// Issue 26 review: the gaps a reader hit on the claim, source, issue, ledger and methodology pages.
describe('readers: the record reads right on every page', () => {
  const suite = browserSuite({ server: { demo: true } });
  const { tab } = suite;
  let plainClaimId = '';
  let plainPublicationId = '';
  let tournamentClaimId = '';

  beforeAll(async () => {
    const admin = await apiSession(suite.server.baseUrl, 'admin', ADMIN_PASSWORD);
    const text = '## Plain notes <img src=x onerror="window.__xss=1">\n**The Signal**\nGridline says the grid holds.';
    const pub = await admin.post('/api/publications', {
      title: 'Plain notes issue',
      publishedOn: '2026-10-01',
      text,
      claims: [
        {
          kind: 'CLAIM',
          statement: 'The grid holds through the winter.',
          windowEnd: '2027-03-01',
          sources: [{ handle: 'gridline', role: 'made' }],
        },
      ],
    });
    expect(pub.status).toBe(201);
    plainPublicationId = pub.body.id;
    const claims = await admin.get(`/api/claims?q=${encodeURIComponent('grid holds through the winter')}`);
    plainClaimId = claims.body.items.find((c: { publicationId: string }) => c.publicationId === plainPublicationId).id;
    const sports = await admin.get('/api/claims?tag=sports&limit=100');
    tournamentClaimId = sports.body.items.find((c: { statement: string }) =>
      c.statement.endsWith('by the end of the tournament.'),
    ).id;
  });

  it('a claim logged from an issue without a quote still links to its issue', async () => {
    const page = await tab();
    await page.goto(`${suite.server.baseUrl}/claims/${plainClaimId}`);
    await page.locator('main h1').waitFor();
    const link = page.getByRole('link', { name: 'Plain notes issue' });
    await link.waitFor();
    expect(await link.getAttribute('href')).toBe(`/publications/${plainPublicationId}`);
  });

  it('the window note never says no time was stated when the sentence names one', async () => {
    const page = await tab();
    await page.goto(`${suite.server.baseUrl}/claims/${tournamentClaimId}`);
    const facts = page.locator('dl.facts');
    await facts.getByText('Window', { exact: true }).waitFor();
    await page.getByRole('link', { name: /World Cup/ }).waitFor();
    const text = await facts.innerText();
    expect(text).not.toMatch(/No date was stated/);
    expect(text).toContain('a year from the issue');
  });

  it('the claims page’s Words filter finds what search finds: words in any order, the last one a prefix', async () => {
    const page = await tab();
    // typed into the app's form once the effect that fills it from the address has run; typed into the
    // server's first paint, the words go when the app replaces it
    const started = appStarted(page);
    await page.goto(`${suite.server.baseUrl}/claims`);
    await started;
    await page.getByLabel('Words').fill('winter gri');
    await page.getByLabel('Words').press('Enter');
    await page.waitForURL(/q=winter/);
    const rows = page.locator('.claim-item');
    await expect
      .poll(() => rows.allInnerTexts())
      .toEqual([expect.stringContaining('The grid holds through the winter.')]);
  });

  it('the calibration chart labels both axes', async () => {
    const page = await tab();
    // the desk states probabilities ("(70%)") on its own calls
    await page.goto(`${suite.server.baseUrl}/sources/thesignal`);
    const chart = page.locator('svg.recharts-surface').filter({ hasText: 'Stated probability' });
    await chart.first().waitFor();
    expect(await chart.first().locator('.recharts-label').allTextContents()).toEqual(
      expect.arrayContaining(['Stated probability', 'Came true']),
    );
    for (const note of await page.locator('.stat-note').allInnerTexts()) expect(note).not.toMatch(/\b1 calls\b/);
  });

  it('the leaderboard explains its adjusted rate, interval and Brier score where they appear', async () => {
    const page = await tab();
    await page.goto(`${suite.server.baseUrl}/`);
    // the app's explanations, which close each other: the first paint's open on their own and are replaced
    await appOwns(page, 'details.explain > summary');
    for (const what of ['the adjusted rate', 'the hit rate', 'the Brier score']) {
      const mark = page.getByLabel(`What is ${what}?`);
      await mark.click();
      const body = page.locator('details.explain[open] .explain-body');
      // the others close on the toggle event, which comes just after the click
      await expect.poll(() => body.count()).toBe(1);
      expect((await body.innerText()).length).toBeGreaterThan(40);
    }
    await page.locator('details.explain[open]').getByRole('link', { name: 'More' }).click();
    await page.waitForURL('**/methodology#brier');
  });

  it('one explanation opens at a time, and its More link lands on its section', async () => {
    const page = await tab();
    await page.goto(`${suite.server.baseUrl}/sources/gridline`);
    const marks = page.locator('details.explain > summary');
    await appOwns(page, 'details.explain > summary');
    await marks.nth(1).waitFor();
    await marks.nth(0).click();
    await marks.nth(1).click();
    // the other closes on the toggle event, which comes just after the click
    await expect.poll(() => page.locator('details.explain[open]').count()).toBe(1);
    await page
      .getByRole('button', { name: 'What is the Brier score?' })
      .or(page.getByLabel('What is the Brier score?'))
      .click();
    await expect.poll(() => page.locator('details.explain[open]').count()).toBe(1);
    await page.locator('details.explain[open]').getByRole('link', { name: 'More' }).click();
    await page.waitForURL('**/methodology#brier');
    await expect
      .poll(() =>
        page.evaluate(() => {
          const top = document.getElementById('brier')!.getBoundingClientRect().top;
          return window.scrollY > 0 && top >= -2 && top < window.innerHeight / 2;
        }),
      )
      .toBe(true);
    // a fresh load of the address lands there too
    const fresh = await tab(1280, 'second');
    await fresh.goto(`${suite.server.baseUrl}/methodology#interval`);
    await expect
      .poll(() => fresh.evaluate(() => Math.abs(document.getElementById('interval')!.getBoundingClientRect().top)))
      .toBeLessThan(4);
  });

  it('the ledger events fit a 390 px phone: no cell is clipped or scrolled out of view', async () => {
    const page = await tab(390);
    await page.goto(`${suite.server.baseUrl}/ledger`);
    await page.locator('section[aria-labelledby="recent-h"] table tbody tr').first().waitFor();
    const clipped = await page.evaluate(() => {
      const out: string[] = [];
      const width = document.documentElement.clientWidth;
      const table = document.querySelector<HTMLElement>('section[aria-labelledby="recent-h"] table')!;
      for (const box of [table, table.parentElement!])
        if (box.scrollWidth > box.clientWidth + 1)
          out.push(`${box.className}: ${box.scrollWidth} > ${box.clientWidth}`);
      for (const cell of table.querySelectorAll<HTMLTableCellElement>('td')) {
        const r = cell.getBoundingClientRect();
        if (r.left < 0 || r.right > width + 0.5 || cell.scrollWidth > cell.clientWidth + 1)
          out.push(`${cell.cellIndex}: ${Math.round(r.left)}–${Math.round(r.right)} of ${width}`);
      }
      return out;
    });
    expect(clipped).toEqual([]);
    // every column's content is on screen: the actor and the hash of the first event
    const first = page.locator('table.data tbody tr').first();
    for (const label of ['By', 'Hash']) expect(await first.locator(`td[data-label="${label}"]`).isVisible()).toBe(true);
  });

  it('a claim’s event numbers open the ledger at that event, with the raw JSON a link beside', async () => {
    const page = await tab();
    await page.goto(`${suite.server.baseUrl}/claims/${tournamentClaimId}`);
    const first = page.locator('.history-item').first();
    const eventLink = first.getByRole('link', { name: /^event #\d+$/ });
    await eventLink.waitFor();
    const seq = Number((await eventLink.innerText()).replace(/\D/g, ''));
    const json = first.getByRole('link', { name: 'JSON' });
    const raw = await (await fetch(suite.server.baseUrl + (await json.getAttribute('href')))).json();
    expect(raw.items.map((e: { seq: number }) => e.seq)).toEqual([seq]);
    expect(raw.items[0].entityId).toBe(tournamentClaimId);

    await eventLink.click();
    await page.waitForURL(`**/ledger?event=${seq}#event-${seq}`);
    const row = page.locator(`#event-${seq}`);
    await row.waitFor();
    expect(await row.getAttribute('aria-current')).toBe('true');
    expect(await row.locator('td[data-label="About"] a').getAttribute('href')).toBe(`/claims/${tournamentClaimId}`);
    // scrolled into view
    await expect
      .poll(() =>
        row.evaluate((el) => {
          const r = el.getBoundingClientRect();
          return r.bottom > 0 && r.top < window.innerHeight;
        }),
      )
      .toBe(true);

    // the oldest event lies pages back from the head: its address opens that page too
    const oldest = await tab(390, 'second');
    await oldest.goto(`${suite.server.baseUrl}/ledger?event=1#event-1`);
    await oldest.locator('#event-1[aria-current="true"]').waitFor();
    expect(await oldest.locator('.pager').innerText()).not.toMatch(/Page 1 of/);
    await screenshot(oldest, 'ledger-event-390');
  });

  it('every explanation opens inside a 390 px phone’s screen', async () => {
    const page = await tab(390);
    const outside: string[] = [];
    for (const path of ['/', '/sources/gridline', '/sources/thesignal']) {
      await page.goto(suite.server.baseUrl + path);
      const marks = page.locator('details.explain > summary');
      await appOwns(page, 'details.explain > summary');
      await pageSettled(page);
      const count = await marks.count();
      expect(count, path).toBeGreaterThan(0);
      for (let i = 0; i < count; i++) {
        const mark = marks.nth(i);
        if (!(await mark.isVisible())) continue;
        await mark.click();
        const body = page.locator('details.explain[open] .explain-body');
        await expect.poll(() => body.count()).toBe(1);
        // the page places an opened explanation on its toggle event: measure two frames later
        await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
        const fit = await body.evaluate((el) => {
          const r = el.getBoundingClientRect();
          const root = document.documentElement;
          return {
            left: r.left,
            right: r.right,
            width: root.clientWidth,
            overflow: root.scrollWidth - root.clientWidth,
          };
        });
        const where = `${path} #${i}: ${Math.round(fit.left)}–${Math.round(fit.right)} of ${fit.width}, page overflow ${fit.overflow}`;
        if (fit.left < 0 || fit.right > fit.width || fit.overflow > 0) outside.push(where);
        await mark.click();
      }
    }
    expect(outside).toEqual([]);
  });

  it('the search box shows its whole placeholder at 1280 and 390 px', async () => {
    for (const width of [1280, 390]) {
      const page = await tab(width);
      await page.goto(`${suite.server.baseUrl}/claims`);
      const box = page.getByRole('searchbox', { name: /Search sources/ });
      // measured once the app has drawn it: the first paint's box, replaced, has no style left to read
      await appOwns(page, 'form[role="search"] input');
      const fit = await box.evaluate((el: HTMLInputElement) => {
        const style = getComputedStyle(el);
        const ctx = document.createElement('canvas').getContext('2d')!;
        ctx.font = style.font;
        const needed = ctx.measureText(el.placeholder).width;
        const room = el.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
        return { needed, room };
      });
      expect(fit.needed, `at ${width}px`).toBeLessThanOrEqual(fit.room);
    }
  });

  it('an issue reads without its markup, and its text stays text', async () => {
    const page = await tab();
    await page.goto(`${suite.server.baseUrl}/publications/${plainPublicationId}`);
    const body = page.locator('.issue-text');
    await body.waitFor();
    const text = await body.innerText();
    expect(text).not.toContain('**');
    expect(text).not.toMatch(/^#/m);
    expect(await body.locator('strong').allInnerTexts()).toEqual(
      expect.arrayContaining(['The Signal', 'Plain notes <img src=x onerror="window.__xss=1">']),
    );
    expect(await body.locator('img').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();

    // a demo issue too: its section names are bold, not asterisks
    const admin = await apiSession(suite.server.baseUrl, 'admin', ADMIN_PASSWORD);
    const pubs = await admin.get('/api/publications?limit=1');
    await page.goto(`${suite.server.baseUrl}/publications/${pubs.body.items[0].id}`);
    await page.locator('.issue-text strong').first().waitFor();
    expect(await page.locator('.issue-text').innerText()).not.toContain('**');
  });

  it('the demo says it is a demo on every page', async () => {
    const page = await tab(390);
    for (const path of ['/', '/claims', '/ledger', `/claims/${plainClaimId}`]) {
      await page.goto(suite.server.baseUrl + path);
      await page.locator('main h1').first().waitFor();
      expect(await page.locator('.demo-banner').innerText(), path).toMatch(/Demo ledger/);
    }
  });

  it('logged no console errors', () => {
    expect(suite.consoleErrors().filter((e) => !/404 \(Not Found\)/.test(e))).toEqual([]);
  });
});
