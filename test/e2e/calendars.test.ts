import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ADMIN_PASSWORD,
  ensureWebBuilt,
  launchBrowser,
  openPage,
  screenshot,
  startServer,
  type RunningServer,
} from './support.js';

// Issue 23 item 1: an admin edits the events table in the web app and the next preview reads it.
describe('calendars on the admin page', () => {
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    ensureWebBuilt();
    server = await startServer();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('an admin adds an event, and a preview dated by it gets its date', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const { page, errors } = await openPage(context);
    await page.goto(`${server.baseUrl}/signin`);
    await page.getByLabel('Username').fill('admin');
    await page.getByLabel('Password').fill(ADMIN_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL('**/admin');
    const form = page.getByRole('form', { name: 'Add an event' });
    await form.getByLabel('Event names').fill('Founders Day');
    await form.getByLabel('Rule').fill('date 2026-05-20');
    await form.getByLabel('Event source').fill('https://example.com/founders-day');
    await form.getByRole('button', { name: 'Add event' }).click();
    await page.locator('.calendar-events li', { hasText: 'Founders Day' }).waitFor({ state: 'attached' });
    await screenshot(page, 'admin-calendars');

    await page.goto(`${server.baseUrl}/editor/new`);
    await page.getByLabel('Published on').fill('2026-02-09');
    await page
      .getByLabel('Issue text')
      .fill("What's Moving\n- Tickets — The festival sells out by Founders Day (via @promoter)");
    await page.getByRole('button', { name: 'Find claims' }).click();
    const card = page.locator('.draft-card').first();
    await card.waitFor();
    await expect.poll(() => card.getByLabel('Resolves on').inputValue()).toBe('2026-05-20');
    expect(errors).toEqual([]);
    await context.close();
  });
});
