import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialects } from '../support/dialects.js';
import { makeClaim } from '../support/factories.js';
import { startTestServer, type TestServer } from '../support/server.js';

const SHELL = `<!doctype html><html><head><meta charset="utf-8" />
<meta name="description" content="generic" /><title>Track Record</title></head>
<body><div id="root"></div></body></html>`;

for (const dialect of testDialects()) {
  describe(`${dialect}: the site's pages`, () => {
    let s: TestServer;
    let webRoot: string;
    beforeAll(async () => {
      webRoot = mkdtempSync(join(tmpdir(), 'tr-web-'));
      writeFileSync(join(webRoot, 'index.html'), SHELL);
      s = await startTestServer(dialect, { webRoot, config: { publicUrl: 'https://record.example.org' } });
    });
    afterAll(async () => {
      await s.close();
      rmSync(webRoot, { recursive: true, force: true });
    });

    const html = async (path: string) => {
      const res = await fetch(s.baseUrl + path);
      return { status: res.status, text: await res.text() };
    };

    it('serves known pages with 200 and their own title, and 404 for unknown paths', async () => {
      const home = await html('/');
      expect(home.status).toBe(200);
      expect(home.text).toContain('<title>Leaderboard · Track Record</title>');
      expect(home.text.match(/<title>/g)).toHaveLength(1);
      expect(home.text.match(/name="description"/g)).toHaveLength(1);
      expect(home.text).toContain('<meta property="og:url" content="https://record.example.org/" />');
      expect((await html('/claims')).status).toBe(200);
      expect((await html('/no/such/page')).status).toBe(404);
      expect((await html('/claims/nope')).status).toBe(404);
      expect((await html('/sources/nobody')).status).toBe(404);
      expect((await html('/publications/nope')).status).toBe(404);
      expect((await html('/no/such/page')).text).toContain('noindex');
    });

    it("names a claim's statement, status and source in its link-preview tags", async () => {
      const editor = await s.as('editor');
      const claim = await makeClaim(editor, { statement: 'Widget prices will fall below $5 & stay there.' });
      const page = await html(`/claims/${claim.id}`);
      expect(page.status).toBe(200);
      expect(page.text).toContain(
        '<meta property="og:title" content="Widget prices will fall below $5 &amp; stay there." />',
      );
      expect(page.text).toMatch(
        /og:description" content="Due for resolution\. CLAIM call by @src_\w+ \(Source src_\w+\), whose record is no resolved calls yet/,
      );
      const source = await html(`/sources/${claim.sources[0]!.handle}`);
      expect(source.status).toBe(200);
      expect(source.text).toContain('og:type" content="profile"');
    });
  });
}
