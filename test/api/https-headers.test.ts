import { describe, expect, it } from 'vitest';
import { startTestServer } from '../support/server.js';

// Issue 21 item 7: HSTS and upgrade-insecure-requests follow the deployment's HTTPS setting
// (TRACK_RECORD_SECURE_COOKIES); test/e2e/plain-http.test.ts loads the page in Chromium.
describe('sqlite: HTTPS-only headers', () => {
  it.each([
    [false, false],
    [true, true],
  ])('secureCookies %s: HSTS and upgrade-insecure-requests sent: %s', async (secureCookies, sent) => {
    const s = await startTestServer('sqlite', { config: { secureCookies } });
    try {
      const res = await fetch(`${s.baseUrl}/api/ledger/head`, { headers: { host: 'lan.test' } });
      expect(res.headers.get('strict-transport-security') !== null).toBe(sent);
      expect(res.headers.get('content-security-policy')!.includes('upgrade-insecure-requests')).toBe(sent);
    } finally {
      await s.close();
    }
  });
});
