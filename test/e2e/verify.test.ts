import Database from 'better-sqlite3';
import { build } from 'esbuild';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { canonicalJson, eventHashInput } from '../../src/shared/ledger-format/index.js';
import { nodeSha256Hex } from '../../src/server/ledger/hash.js';
import { appOwns, ROOT, screenshot } from './support.js';
import { browserSuite } from './suite.js';

const SAMPLES: unknown[] = [
  { b: 'naïve “quote” 😀', a: [1, null, 2.5, -0, 1e21, 1e-7], c: { z: '\u0001\u001f\b\t\n', y: 'line\u2028sep' } },
  { '\ud83d': 'lone surrogate', é: true, E: false, '': '' },
  'just a string',
  [[], {}, 0.1 + 0.2],
];

// Issue 24 item 4: one format, identical bytes and hashes in Node and in the reader's Chromium;
// the ledger page's Verify button checks the demo ledger, and names the first bad event of a tampered copy.
describe('verification in the browser', () => {
  const suite = browserSuite({ server: { demo: true } });

  it('gives the same canonical JSON and SHA-256 in Chromium as in Node', async () => {
    const bundle = await build({
      entryPoints: [join(ROOT, 'src/shared/ledger-format/index.ts')],
      bundle: true,
      format: 'iife',
      globalName: 'LedgerFormat',
      write: false,
    });
    const page = await suite.newPage();
    await page.goto(`${suite.server.baseUrl}/api/ledger/head`);
    // Run as the devtools run a script, which the page's Content-Security-Policy does not govern.
    await page.evaluate(`${bundle.outputFiles[0]!.text}\nglobalThis.LedgerFormat = LedgerFormat;`);
    const inBrowser = await page.evaluate(async (samples) => {
      const lf = (globalThis as any).LedgerFormat;
      return Promise.all(
        samples.map(async (v: unknown) => {
          const text = lf.eventHashInput('0'.repeat(64), 1, 'x.y', lf.canonicalJson(v));
          return { text, hash: await lf.webSha256Hex(text) };
        }),
      );
    }, SAMPLES);
    const inNode = SAMPLES.map((v) => {
      const text = eventHashInput('0'.repeat(64), 1, 'x.y', canonicalJson(v));
      return { text, hash: nodeSha256Hex(text) };
    });
    expect(inBrowser).toEqual(inNode);
  });

  it('verifies the demo ledger with ✓, and shows the first bad event of a tampered copy', async () => {
    const head = (await (await fetch(`${suite.server.baseUrl}/api/ledger/head`)).json()) as {
      seq: number;
      hash: string;
    };
    const { page, errors } = await suite.watchedPage();
    await page.goto(`${suite.server.baseUrl}/ledger`);
    // the server's first paint has the button too, which does nothing until the app takes it over
    await appOwns(page, '.verify-panel button');
    await page.getByRole('button', { name: 'Verify the whole ledger' }).click();
    const ok = page.locator('.verify-ok');
    await expect.poll(() => ok.textContent(), { timeout: 60_000 }).toContain(`✓ ${head.seq} events verified`);
    expect(await ok.textContent()).toContain(head.hash);
    await screenshot(page, 'ledger-verified');

    const db = new Database(join(suite.server.dataDir, 'track-record.sqlite'));
    const victim = db
      .prepare("select seq, payload from events where type = 'claim.created' order by seq limit 1 offset 3")
      .get() as {
      seq: number;
      payload: string;
    };
    db.prepare('update events set payload = ? where seq = ?').run(
      victim.payload.replace(/"statement":"./, '"statement":"X'),
      victim.seq,
    );
    db.close();
    await page.reload();
    await appOwns(page, '.verify-panel button');
    await page.getByRole('button', { name: 'Verify the whole ledger' }).click();
    const bad = page.locator('.verify-bad');
    await expect.poll(() => bad.textContent(), { timeout: 60_000 }).toContain(`First bad event: #${victim.seq}.`);
    await screenshot(page, 'ledger-tampered');
    expect(errors.filter((e) => !e.includes('404'))).toEqual([]);
  });
});
