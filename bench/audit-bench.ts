/**
 * Issue 24: `track-record audit` of 1,000,000 events from a local server (goal: under 60 s), and the
 * ledger page's in-browser verification of 100,000 events in Chromium (goal: under 10 s).
 *
 * The server runs in this process (createApp on port 0 over an imported SQLite file), so the audit
 * shares its event loop: a pessimistic measure of the audit alone.
 *
 * Run: node --import tsx -e "import('./bench/audit-bench.ts').then(m=>m.benchAudit({events:20000,browserEvents:5000})).then(r=>console.log(r))"
 */
import { mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runAudit } from '../src/cli/audit/run.js';
import { createApp } from '../src/server/app.js';
import { signIfDue } from '../src/server/checkpoints/sign.js';
import { generateSigner } from '../src/server/checkpoints/signer.js';
import { systemClock } from '../src/server/clock.js';
import { testConfig } from '../src/server/config.js';
import { createContext } from '../src/server/context.js';
import { openDatabase } from '../src/server/db/connect.js';
import { migrateToLatest } from '../src/server/ledger/migrate.js';
import { importEvents } from '../src/server/replay/import.js';
import { ensureWebBuilt, launchBrowser } from '../test/e2e/support.js';
import { generateEvents } from './ledger-bench.js';

export async function serveLedger(events: number, webRoot: string | null) {
  const dir = mkdtempSync(join(tmpdir(), 'tr-bench-audit-'));
  const handle = openDatabase(join(dir, 'bench.sqlite'));
  await migrateToLatest(handle.db);
  await importEvents(handle, generateEvents(events));
  const signer = generateSigner();
  const ctx = createContext({ db: handle.db, clock: systemClock, config: testConfig(), signer });
  await signIfDue(ctx, signer);
  const app = createApp({ ...ctx, webRoot });
  const server: Server = await new Promise((r) => {
    const s = app.listen(0, '127.0.0.1', () => r(s));
  });
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    async close() {
      await new Promise((r) => server.close(r));
      await handle.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export async function benchAudit(
  options: { events?: number; browserEvents?: number } = {},
): Promise<Record<string, number | string>> {
  const events = options.events ?? 1_000_000;
  const browserEvents = options.browserEvents ?? 100_000;
  const out: Record<string, number | string> = {};

  const live = await serveLedger(events, null);
  try {
    const started = performance.now();
    const r = await runAudit({
      url: live.url,
      stateFile: null,
      given: [],
      progress: { show: () => {}, done: () => {} },
    });
    out[`audit of ${events} events (s, goal < 60 at 1,000,000)`] = (performance.now() - started) / 1000;
    out['audit: scorecards compared'] = r.sources;
  } finally {
    await live.close();
  }

  ensureWebBuilt();
  const web = await serveLedger(browserEvents, join(import.meta.dirname, '../dist/web'));
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    await page.goto(`${web.url}/ledger`);
    const button = page.getByRole('button', { name: 'Verify the whole ledger' });
    await button.waitFor();
    const started = performance.now();
    await button.click();
    await page.locator('.verify-ok, .verify-bad').waitFor({ timeout: 600_000 });
    out[`in-browser verification of ${browserEvents} events (s, goal < 10 at 100,000)`] =
      (performance.now() - started) / 1000;
    const bad = await page.locator('.verify-bad').count();
    if (bad) out['in-browser verdict'] = (await page.locator('.verify-bad').textContent()) ?? 'bad';
  } finally {
    await browser.close();
    await web.close();
  }
  return out;
}
