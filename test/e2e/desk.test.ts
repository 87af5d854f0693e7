import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ADMIN_PASSWORD, STAFF_PASSWORD, apiSession, pageSettled, sampleIssueText, screenshot } from './support.js';
import { browserSuite } from './suite.js';

// Issue 23 items 3 and 4: the desk never loses work and never publishes a wrong record.
describe("the editor's desk", () => {
  const suite = browserSuite({ staff: true });
  const { signIn, watchedPage } = suite;

  async function findClaims(page: Page, text: string) {
    await page.getByLabel('Published on').fill('2026-02-09');
    await page.getByLabel('Issue text').fill(text);
    await page.getByRole('button', { name: 'Find claims' }).click();
    await page.locator('.draft-card').first().waitFor();
  }

  it('keeps every draft and fix across a reload and an edit of the text, and asks before leaving', async () => {
    const { page, errors } = await watchedPage();
    await signIn(page, 'erin');
    await page.goto(`${suite.server.baseUrl}/editor/new`);
    // The publication date defaults to today.
    const today = await page.evaluate(() => {
      const d = new Date();
      return new Date(d.getTime() - d.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
    });
    expect(await page.getByLabel('Published on').inputValue()).toBe(today);
    await page.getByLabel('Desk handle').fill('@thesignal');
    await findClaims(page, sampleIssueText());
    const cards = page.locator('.draft-card');
    const count = await cards.count();
    expect(count).toBeGreaterThanOrEqual(3);

    // Three fixes on three cards.
    await cards.nth(0).getByLabel('Probability (%)').fill('70');
    await cards.nth(1).getByLabel('How it is judged (criteria)').fill('the vendor’s own earnings call');
    await cards.nth(2).getByLabel('Resolves on').fill('2026-10-31');
    const statements = await cards
      .locator('textarea')
      .evaluateAll((els) => els.map((e) => (e as HTMLTextAreaElement).value));

    await page.reload();
    await cards.first().waitFor();
    expect(await cards.count()).toBe(count);
    expect(await cards.nth(0).getByLabel('Probability (%)').inputValue()).toBe('70');
    expect(await cards.nth(1).getByLabel('How it is judged (criteria)').inputValue()).toBe(
      'the vendor’s own earnings call',
    );
    expect(await cards.nth(2).getByLabel('Resolves on').inputValue()).toBe('2026-10-31');
    expect(await page.getByLabel('Desk handle').inputValue()).toBe('@thesignal');

    // Editing the text re-runs preview and keeps every draft whose sentence is still there, fixes and all.
    await page.getByRole('button', { name: '← Edit the text' }).click();
    const textArea = page.getByLabel('Issue text');
    await textArea.fill(`Editor's note: corrected edition.\n\n${await textArea.inputValue()}`);
    await page.getByRole('button', { name: 'Find claims' }).click();
    await cards.first().waitFor();
    expect(await cards.count()).toBe(count);
    expect(await cards.nth(0).getByLabel('Probability (%)').inputValue()).toBe('70');
    expect(await cards.nth(1).getByLabel('How it is judged (criteria)').inputValue()).toBe(
      'the vendor’s own earnings call',
    );
    expect(await cards.nth(2).getByLabel('Resolves on').inputValue()).toBe('2026-10-31');
    expect(
      await cards.locator('textarea').evaluateAll((els) => els.map((e) => (e as HTMLTextAreaElement).value)),
    ).toEqual(statements);
    // Each card says which rule set its window.
    expect(await cards.nth(0).locator('.window-rule').innerText()).not.toBe('');
    await screenshot(page, 'desk-after-edit');

    // Leaving the page for another part of the app asks first; staying keeps everything.
    await page.getByRole('link', { name: 'Leaderboard' }).first().click();
    const ask = page.getByRole('dialog', { name: 'Leave the desk?' });
    await ask.waitFor();
    await ask.getByRole('button', { name: 'Stay' }).click();
    expect(new URL(page.url()).pathname).toBe('/editor/new');
    expect(await cards.count()).toBe(count);

    // Clicking a highlight in the text goes to its card.
    await page.locator('mark.mark-claim').nth(2).click();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.closest('.draft-card')?.id ?? ''))
      .toBe(await cards.nth(2).getAttribute('id'));
    expect(errors).toEqual([]);
  });

  it('will not publish a duplicate issue or a claim without a source; the desk handle comes from the admin page', async () => {
    const editor = await apiSession(suite.server.baseUrl, 'erin', STAFF_PASSWORD);
    const already = `The Signal — duplicate test\n\nWhat's Moving\n- Chips — Prices fall by Q3 2026 (via @ada)\n`;
    const first = await editor.post('/api/publications', {
      title: 'Already out',
      publishedOn: '2026-02-01',
      text: already,
      claims: [],
    });
    expect(first.status).toBe(201);

    const admin = await watchedPage();
    await signIn(admin.page, 'admin', ADMIN_PASSWORD);
    await admin.page.goto(`${suite.server.baseUrl}/admin`);
    // Type once the page has settled (its sections loaded), as an admin would: the desk's section fills
    // its field from the loaded setting in an effect after it draws it, which would undo earlier typing.
    await admin.page.getByText('Loading', { exact: false }).first().waitFor({ state: 'detached' });
    await pageSettled(admin.page);
    const field = admin.page.getByRole('form', { name: 'Desk settings' }).getByLabel('Desk handle');
    await field.fill('@thesignal');
    expect(await field.inputValue()).toBe('@thesignal');
    const patched = admin.page.waitForResponse(
      (r) => r.url().endsWith('/api/desk/settings') && r.request().method() === 'PATCH',
    );
    await admin.page.getByRole('button', { name: 'Save the desk handle' }).click();
    expect(await (await patched).json()).toEqual({ deskHandle: 'thesignal' });
    await admin.page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
    expect((await editor.get('/api/desk/settings')).body).toEqual({ deskHandle: 'thesignal' });

    const { page, errors } = await watchedPage();
    await signIn(page, 'erin');
    await page.goto(`${suite.server.baseUrl}/editor/new`);
    await expect.poll(() => page.getByLabel('Desk handle').inputValue()).toBe('@thesignal');

    // A duplicate: the alert links to the earlier issue and Publish is off.
    await findClaims(page, already);
    const alert = page.getByRole('alert').filter({ hasText: 'already published' });
    await alert.waitFor();
    expect(await alert.getByRole('link', { name: 'see the issue' }).getAttribute('href')).toBe(
      `/publications/${first.body.id}`,
    );
    expect(await page.getByRole('button', { name: /^Publish the issue/ }).isDisabled()).toBe(true);

    // A Tradecraft call with no source and no desk handle cannot be published; the problem links to its card.
    await page.getByRole('button', { name: '← Edit the text' }).click();
    await page.getByLabel('Desk handle').fill('');
    await findClaims(page, 'Tradecraft\nBULL\nMemory prices double by Q4 2027.\n');
    const problem = page.getByRole('alert', { name: 'Fix these before publishing' }).getByRole('link', {
      name: /no source/,
    });
    await problem.waitFor();
    expect(await page.getByRole('button', { name: /^Publish the issue and 1 claim/ }).isDisabled()).toBe(true);
    await problem.click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest('.draft-card') !== null)).toBe(true);
    await screenshot(page, 'desk-sourceless');
    // Naming the desk makes it the desk's own call, and publishing works.
    await page.getByLabel('Desk handle').fill('@thesignal');
    const publish = page.getByRole('button', { name: /^Publish the issue and 1 claim/ });
    await expect.poll(() => publish.isEnabled()).toBe(true);
    await publish.click();
    await page.waitForURL('**/publications/*');
    expect(errors).toEqual([]);
  });
});
