import { describe, expect, it } from 'vitest';
import { browserSuite } from './suite.js';

// Issue 21 item 7: served over plain HTTP under a LAN host name (not localhost, which browsers
// treat as secure anyway), the web app must load: no HSTS, no upgrade-insecure-requests.
describe('the web app over plain HTTP on a non-localhost host name', () => {
  const suite = browserSuite({ server: { demo: true }, browserArgs: ['--host-resolver-rules=MAP lan.test 127.0.0.1'] });

  it('gets no HSTS nor upgrade directive, and its scripts load and render', async () => {
    const url = suite.server.baseUrl.replace('127.0.0.1', 'lan.test');
    const { page, errors } = await suite.watchedPage();
    const response = await page.goto(`${url}/`);
    expect(response?.status()).toBe(200);
    const headers = response!.headers();
    expect(headers['strict-transport-security']).toBeUndefined();
    expect(headers['content-security-policy']).toBeTruthy();
    expect(headers['content-security-policy']).not.toContain('upgrade-insecure-requests');
    // The React app rendered: the brand link exists only once its script ran.
    await page.locator('a.brand').waitFor({ timeout: 30_000 });
    expect(new URL(page.url()).protocol).toBe('http:');
    expect(errors).toEqual([]);
  }, 120_000);
});
