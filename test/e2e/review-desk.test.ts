import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { apiSession, screenshot, ADMIN_PASSWORD, STAFF_PASSWORD } from './support.js';
import { browserSuite } from './suite.js';

const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);

// Issue 25, "How we will know": the reviewer's desk in a real browser, at desktop and phone widths.
describe("the reviewer's desk", () => {
  const suite = browserSuite({ staff: true });
  const { signedInTab } = suite;
  const statements = {
    first: 'Acme will ship the Falcon chip before the end of the quarter.',
    second: 'Rates will be cut twice before the summer, per the central bank minutes.',
    third: 'The merger closes without a second antitrust review.',
  };

  const item = (page: Page, statement: string) => page.locator('li.queue-item', { hasText: statement });

  beforeAll(async () => {
    const { server } = suite;
    const admin = await apiSession(server.baseUrl, 'admin', ADMIN_PASSWORD);
    await admin.post('/api/users', {
      username: 'sam',
      displayName: 'Sam Second',
      role: 'reviewer',
      password: STAFF_PASSWORD,
    });
    const editor = await apiSession(server.baseUrl, 'erin', STAFF_PASSWORD);
    await editor.post('/api/sources', { handle: 'dana', displayName: 'Dana Analyst' });
    await editor.post('/api/sources', { handle: 'wire', displayName: 'The Wire' });
    const text = Object.values(statements).join('\n\n');
    const claim = (statement: string, windowEnd: string, extra: Record<string, unknown> = {}) => ({
      kind: 'CLAIM',
      statement,
      quote: statement,
      windowStart: daysAgo(90),
      windowEnd,
      sources: [
        { handle: 'dana', role: 'made' },
        { handle: 'wire', role: 'cited' },
      ],
      ...extra,
    });
    const pub = await editor.post('/api/publications', {
      title: 'The Signal, issue 12',
      publishedOn: daysAgo(90),
      text,
      claims: [
        claim(statements.first, daysAgo(3), {
          criteria: 'Falcon listed as shipping on acme.com',
          condition: 'if the fab stays open',
          probability: 0.7,
          timePhrase: 'before the end of the quarter',
        }),
        claim(statements.second, daysAgo(5)),
        claim(statements.third, daysAgo(8)),
      ],
    });
    expect(pub.status).toBe(201);
  });

  it('the dialog shows the context, chooses no outcome, and Escape returns focus to its button', async () => {
    const page = await signedInTab('rafa');
    await page.goto(`${suite.server.baseUrl}/review`);
    await screenshot(page, 'desk-queue-1280');
    const opener = item(page, statements.first).getByRole('button', { name: /^Resolve/ });
    await opener.click();
    const dialog = page.getByRole('dialog', { name: 'Resolve the claim' });
    await dialog.waitFor();
    const ctx = dialog.locator('.claim-context');
    await expect.poll(() => ctx.innerText()).toContain('Dana Analyst');
    const text = await ctx.innerText();
    for (const part of [
      '(made it)',
      'The Wire',
      '(cited)',
      'Falcon listed as shipping on acme.com',
      'if the fab stays open',
      '70%',
      'before the end of the quarter',
      statements.first,
      'Open the issue',
    ])
      expect(text).toContain(part);
    expect(await dialog.getByRole('link', { name: /Open the issue/ }).getAttribute('href')).toMatch(
      /^\/publications\//,
    );
    // No outcome preselected, and the submit button cannot record a verdict without one.
    expect(await dialog.locator('input[name="outcome"]:checked').count()).toBe(0);
    await dialog.getByLabel(/Evidence URLs/).fill('https://example.com/falcon');
    expect(await dialog.getByRole('button', { name: 'Record resolution' }).isDisabled()).toBe(true);
    await screenshot(page, 'desk-resolve-dialog-1280');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await opener.evaluate((el) => el === document.activeElement)).toBe(true);
  });

  it('the API refuses a resolution without an outcome too', async () => {
    const rafa = await apiSession(suite.server.baseUrl, 'rafa', STAFF_PASSWORD);
    const queue = await rafa.get('/api/review/queue');
    const id = queue.body.due.items[0].id as string;
    const res = await rafa.post(`/api/claims/${id}/resolutions`, { evidence: ['https://example.com/x'] });
    expect(res.status).toBe(400);
  });

  it('resolving shows a confirmation with a link to the claim; Undo records a correction event', async () => {
    const page = await signedInTab('rafa');
    await page.goto(`${suite.server.baseUrl}/review`);
    await item(page, statements.second)
      .getByRole('button', { name: /^Resolve/ })
      .click();
    const dialog = page.getByRole('dialog', { name: 'Resolve the claim' });
    await dialog.getByLabel(/Wrong/).check();
    await dialog.getByLabel(/Evidence URLs/).fill('https://example.com/rates');
    await dialog.getByRole('button', { name: 'Record resolution' }).click();
    const notice = page.locator('.notice');
    await notice.getByRole('button', { name: /Undo/ }).waitFor();
    expect(await notice.innerText()).toContain('Wrong');
    const claimHref = await notice.getByRole('link', { name: 'View the claim' }).getAttribute('href');
    expect(claimHref).toMatch(/^\/claims\//);
    await screenshot(page, 'desk-undo-1280');
    await notice.getByRole('button', { name: /Undo/ }).click();
    await notice.getByText(/Undone/).waitFor();
    await item(page, statements.second)
      .getByRole('button', { name: /^Resolve/ })
      .waitFor();
    const claim = await (await fetch(`${suite.server.baseUrl}/api${claimHref}`)).json();
    expect(claim.status).toBe('due');
    expect(claim.history.map((e: { type: string }) => e.type)).toEqual([
      'claim.created',
      'resolution.recorded',
      'resolution.withdrawn',
    ]);
  });

  it('a ruling is corrected from "Recently resolved", prefilled, in at most 3 clicks; no Confirm on my own', async () => {
    const rafa = await apiSession(suite.server.baseUrl, 'rafa', STAFF_PASSWORD);
    const queue = await rafa.get('/api/review/queue');
    const third = queue.body.due.items.find((c: { statement: string }) => c.statement === statements.third);
    const r = await rafa.post(`/api/claims/${third.id}/resolutions`, {
      outcome: 'partial',
      credit: 0.4,
      evidence: ['https://example.com/merger'],
      note: 'closed, with remedies',
    });
    expect(r.status).toBe(201);

    const page = await signedInTab('rafa');
    await page.goto(`${suite.server.baseUrl}/review`);
    const recent = page.locator('section', { has: page.getByRole('heading', { name: 'Recently resolved' }) });
    // Click 1: Correct… on the ruling.
    await recent.getByRole('button', { name: `Correct: ${statements.third}` }).click();
    const dialog = page.getByRole('dialog', { name: 'Correct the resolution' });
    await dialog.waitFor();
    expect(await dialog.getByLabel(/Partly right/).isChecked()).toBe(true);
    expect(await dialog.getByLabel('Credit (%)').inputValue()).toBe('40');
    expect(await dialog.getByLabel(/Evidence URLs/).inputValue()).toBe('https://example.com/merger');
    expect(await dialog.getByLabel('Note').inputValue()).toBe('closed, with remedies');
    await screenshot(page, 'desk-correct-dialog-1280');
    await dialog.getByLabel('Credit (%)').fill('60');
    await dialog.getByLabel('Reason for the correction').fill('the remedies were minor');
    // Click 2: record it.
    await dialog.getByRole('button', { name: 'Record correction' }).click();
    await dialog.waitFor({ state: 'detached' });
    const after = await (await fetch(`${suite.server.baseUrl}/api/claims/${third.id}`)).json();
    expect(after).toMatchObject({ outcome: 'partial', credit: 0.6 });

    // My own claim page offers Correct but not Confirm on my ruling.
    await page.goto(`${suite.server.baseUrl}/claims/${third.id}`);
    await page.getByRole('button', { name: 'Correct…' }).first().waitFor();
    expect(await page.getByRole('button', { name: 'Confirm' }).count()).toBe(0);
  });

  it('at 390 px the Resolve buttons line up in one column; screenshots of the queue and dialog', async () => {
    const page = await signedInTab('rafa', 390);
    await page.goto(`${suite.server.baseUrl}/review`);
    const buttons = page.locator('li.queue-item .queue-action button');
    await buttons.first().waitFor();
    const xs = await buttons.evaluateAll((els) => els.map((e) => Math.round(e.getBoundingClientRect().right)));
    expect(new Set(xs).size).toBe(1);
    await screenshot(page, 'desk-queue-390');
    await page
      .locator('li.queue-item', { hasText: statements.first })
      .getByRole('button', { name: /^Resolve/ })
      .click();
    await page.getByRole('dialog', { name: 'Resolve the claim' }).waitFor();
    await screenshot(page, 'desk-resolve-dialog-390');
  });

  it('no console errors on the way', () => {
    expect(suite.consoleErrors()).toEqual([]);
  });
});
