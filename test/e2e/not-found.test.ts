import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { apiRequests, apiSession, appOwns, pageSettled, STAFF_PASSWORD } from './support.js';
import { browserSuite } from './suite.js';
import { LEADERBOARD_TITLE } from '../../src/shared/leaderboard-page.js';

const HANDLE = 'nf_source';
const STATEMENT = 'The not-found source calls rates to hold.';

/** What the not-found page says for each address (the server's 404 page says the same). */
const UNKNOWN = [
  ['/claims/no-such-claim', 'There is no claim with this id on the record.', '/api/claims/no-such-claim'],
  ['/publications/no-such-issue', 'There is no issue with this id on the record.', '/api/publications/no-such-issue'],
  ['/sources/nobody_here', 'There is no source @nobody_here on the record.', '/api/sources/nobody_here'],
  // an id or handle the API would refuse names nothing either, and nothing is asked for it
  ['/claims/not%20an%20id', 'There is no claim with this id on the record.', null],
  ['/sources/%40no%20such', 'There is no source @no such on the record.', null],
] as const;

/**
 * Moves the running app to `path` as its router does for a link or the Back button (a history entry
 * and a popstate), without loading the page again: the server never sees the address.
 */
async function navigateInApp(page: Page, path: string): Promise<void> {
  await page.evaluate((to) => {
    window.history.pushState(null, '', to);
    window.dispatchEvent(new PopStateEvent('popstate', { state: null }));
  }, path);
}

/** The not-found page's words, once the app shows it. */
async function notFoundSays(page: Page): Promise<string> {
  const notFound = page.locator('main section.page', { has: page.locator('h1', { hasText: 'Page not found' }) });
  return (await notFound.locator('p').textContent()) ?? '';
}

// An unknown claim, issue or source reached inside the running app (a link, a stale address, Back)
// shows the same not-found page as the server's 404 for it, not the app's error; a real failure of
// the API (a 500, the network) still shows the error, with a way to try again. The page the app
// draws does not depend on the database's engine: the API tests answer the same 404s, and the
// server's 404 pages with the refusal inlined, on both engines, so the browser reads them on SQLite.
describe('sqlite: not found, however a reader gets there', () => {
  const suite = browserSuite({ staff: true });
  let claimId = '';

  beforeAll(async () => {
    const editor = await apiSession(suite.server.baseUrl, 'erin', STAFF_PASSWORD);
    const made = await editor.post('/api/sources', { handle: HANDLE, displayName: 'Not Found Source' });
    if (made.status !== 201) throw new Error(`source: ${made.status} ${JSON.stringify(made.body)}`);
    const claim = await editor.post('/api/claims', {
      kind: 'CLAIM',
      statement: STATEMENT,
      windowEnd: '2027-06-30',
      sources: [{ handle: HANDLE, role: 'made' }],
    });
    if (claim.status !== 201) throw new Error(`claim: ${claim.status} ${JSON.stringify(claim.body)}`);
    claimId = claim.body.id as string;
  });

  it('inside the app, an unknown claim, issue or source shows the not-found page, and a real one still shows', async () => {
    const page = await suite.newPage(1280);
    const requests = apiRequests(page);
    await page.goto(`${suite.server.baseUrl}/sources/${HANDLE}`);
    await appOwns(page, 'button.tab');
    for (const [path, says, api] of UNKNOWN) {
      requests.length = 0;
      await navigateInApp(page, path);
      expect(await notFoundSays(page), path).toBe(`${says} Go back to the leaderboard.`);
      expect(await page.locator('.status.error').count(), path).toBe(0);
      // the title is set in an effect after the page renders (useTitle), so it may lag the text by a frame
      await expect.poll(() => page.title(), { message: path }).toBe('Page not found · Track Record');
      if (api) expect(requests, path).toContain(api);
      else
        expect(
          requests.filter((r) => /^\/api\/(claims|sources)\//.test(r)),
          path,
        ).toEqual([]);
      // the page's link leads back to the leaderboard inside the app
      await page.locator('main section.page').getByRole('link', { name: 'leaderboard' }).click();
      await page.waitForURL(`${suite.server.baseUrl}/`);
      // the router commits a page as a transition: wait for the leaderboard itself, or the next
      // address's not-found page could be read while this one is still on screen
      await page.getByRole('heading', { level: 1, name: LEADERBOARD_TITLE }).waitFor();
    }

    // a real claim, then an unknown one, then Back: each page is itself again
    await navigateInApp(page, `/claims/${claimId}`);
    await page.getByRole('heading', { level: 1, name: STATEMENT }).waitFor();
    await navigateInApp(page, '/claims/no-such-claim');
    expect(await notFoundSays(page)).toBe('There is no claim with this id on the record. Go back to the leaderboard.');
    await page.goBack();
    await page.getByRole('heading', { level: 1, name: STATEMENT }).waitFor();
    await page.goForward();
    expect(await notFoundSays(page)).toBe('There is no claim with this id on the record. Go back to the leaderboard.');
  });

  it("the server's 404 page stays the not-found page once the app takes it over, asking nothing again", async () => {
    const page = await suite.newPage(1280);
    const requests = apiRequests(page);
    for (const [path, says, api] of UNKNOWN) {
      requests.length = 0;
      const res = await page.goto(suite.server.baseUrl + path);
      expect(res?.status(), path).toBe(404);
      await appOwns(page, 'main section.page p');
      expect(await notFoundSays(page), path).toBe(`${says} Go back to the leaderboard.`);
      await pageSettled(page);
      if (api) expect(requests, path).not.toContain(api);
      // a source's scorecard and claims are not asked for either
      expect(
        requests.filter((r) => /^\/api\/(claims|sources|publications)/.test(r)),
        path,
      ).toEqual([]);
    }
  });

  it('a failing API or network still shows the error, with a way to try again', async () => {
    const page = await suite.newPage(1280);
    await page.goto(`${suite.server.baseUrl}/sources/${HANDLE}`);
    await appOwns(page, 'button.tab');
    await page.route('**/api/claims/broken-claim', (route) =>
      route.fulfill({
        status: 500,
        contentType: 'application/json',
        body: JSON.stringify({ error: { code: 'internal', message: 'something broke' } }),
      }),
    );
    await page.route('**/api/publications/unreachable-issue', (route) => route.abort('connectionrefused'));
    await navigateInApp(page, '/claims/broken-claim');
    const broken = page.locator('.status.error');
    await broken.waitFor();
    expect(await broken.textContent()).toContain('Could not load claim broken-claim: something broke');
    expect(await page.getByRole('button', { name: 'Try again' }).isVisible()).toBe(true);
    expect(await page.locator('main h1', { hasText: 'Page not found' }).count()).toBe(0);

    await navigateInApp(page, '/publications/unreachable-issue');
    await page.locator('.status.error', { hasText: 'could not reach the server' }).waitFor();
    expect(await page.locator('main h1', { hasText: 'Page not found' }).count()).toBe(0);
  });

  it('logged no console errors but the refused addresses', () => {
    // the browser logs each answer of 404 and 500, and the refused connection, as a console error
    expect(
      suite.consoleErrors().filter((e) => !/status of (404|500)|ERR_CONNECTION_REFUSED|ERR_FAILED/.test(e)),
    ).toEqual([]);
  });
});
