import { describe, expect, it } from 'vitest';
import { ADMIN_PASSWORD, screenshot } from './support.js';
import { browserSuite } from './suite.js';

// Issue 23 item 1: an admin edits the events table in the web app and the next preview reads it.
describe('calendars on the admin page', () => {
  const suite = browserSuite();

  it('an admin adds an event, and a preview dated by it gets its date', async () => {
    const { page, errors } = await suite.watchedPage();
    await suite.signIn(page, 'admin', ADMIN_PASSWORD);
    await page.waitForURL('**/admin');
    const form = page.getByRole('form', { name: 'Add an event' });
    await form.getByLabel('Event names').fill('Founders Day');
    await form.getByLabel('Rule').fill('date 2026-05-20');
    await form.getByLabel('Event source').fill('https://example.com/founders-day');
    await form.getByRole('button', { name: 'Add event' }).click();
    await page.locator('.calendar-events li', { hasText: 'Founders Day' }).waitFor({ state: 'attached' });
    await screenshot(page, 'admin-calendars');

    await page.goto(`${suite.server.baseUrl}/editor/new`);
    await page.getByLabel('Published on').fill('2026-02-09');
    await page
      .getByLabel('Issue text')
      .fill("What's Moving\n- Tickets — The festival sells out by Founders Day (via @promoter)");
    await page.getByRole('button', { name: 'Find claims' }).click();
    const card = page.locator('.draft-card').first();
    await card.waitFor();
    await expect.poll(() => card.getByLabel('Resolves on').inputValue()).toBe('2026-05-20');
    expect(errors).toEqual([]);
  });
});
