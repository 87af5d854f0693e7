import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { createScratchPostgres } from '../support/postgres.js';
import { dropInBackground } from '../support/postgres-run.js';
import {
  createStaff,
  launchBrowser,
  openPage,
  signIn,
  startServer,
  type RunningServer,
  type ServerOptions,
  type WatchedPage,
} from './support.js';

// The one part of the browser tests' support that registers vitest hooks: kept apart so that the
// benches can use support.ts outside vitest.

/**
 * The browser of this worker's files that need no flags of their own. The e2e project does not
 * isolate its files, so this module, and the browser, outlive a file: the files a worker runs share
 * one browser instead of each starting Chromium again, each closing the contexts it opened. Playwright
 * closes the browser when the worker's process ends.
 */
let workerBrowser: Promise<Browser> | undefined;

function sharedBrowser(): Promise<Browser> {
  workerBrowser ??= launchBrowser().then((b) => {
    b.on('disconnected', () => (workerBrowser = undefined));
    return b;
  });
  // A launch that failed fails this file, and the next file launches again.
  workerBrowser.catch(() => (workerBrowser = undefined));
  return workerBrowser;
}

/** The server and the browser a describe block's tests share, and the pages they open in it. */
export interface BrowserSuite {
  readonly server: RunningServer;
  readonly browser: Browser;
  /** A page in a context of its own, watched for console errors, closed with the suite. */
  watchedPage: (width?: number) => Promise<WatchedPage>;
  newPage: (width?: number) => Promise<Page>;
  /**
   * The suite's tab named `slot` (one context each, so one session each), kept open from test to
   * test: sized to `width` and emptied (about:blank), so the caller's next `goto` is a fresh load
   * of the page, as in a new tab, without starting a renderer again.
   */
  tab: (width?: number, slot?: string) => Promise<Page>;
  /** `tab(width, username)`, signed in as `username` through the sign-in page the first time it is asked for. */
  signedInTab: (username: string, width?: number, password?: string) => Promise<Page>;
  /** `signIn` on this suite's server (the staff password unless told). */
  signIn: (page: Page, username: string, password?: string) => Promise<void>;
  /** The console errors and uncaught exceptions of every page opened so far. */
  consoleErrors: () => string[];
}

/**
 * Registers the beforeAll that starts one server (then, with `staff`, creates the editor and the
 * reviewer) and one browser for the calling describe block, and the afterAll that closes every page
 * opened through the suite, the browser and the server. With `dialect: 'postgres'` the server runs
 * on a scratch database of TEST_DATABASE_URL's, made before it starts and dropped after it stops.
 */
export function browserSuite(
  options: { server?: ServerOptions; staff?: boolean; browserArgs?: string[]; dialect?: 'sqlite' | 'postgres' } = {},
): BrowserSuite {
  let scratch: { url: string; drop(): Promise<void> } | undefined;
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];
  const watched: WatchedPage[] = [];
  const tabs = new Map<string, Page>();
  const signedIn = new Set<string>();
  beforeAll(async () => {
    // The browser starts while the server does: neither needs the other before the tests. Both are
    // waited for even when one fails, so that afterAll closes whichever did start.
    if (options.dialect === 'postgres') {
      // A copy of the run's migrated template, named as the run's databases are so that the run's end
      // drops it if this file cannot: the server starts without migrating an empty database.
      const templates = inject('dbTemplates');
      scratch = await createScratchPostgres(
        process.env.TEST_DATABASE_URL!,
        templates?.postgresPrefix || 'e2e',
        templates?.postgres || undefined,
      );
    }
    const serverOptions = scratch ? { ...options.server, databaseUrl: scratch.url } : options.server;
    const started = await Promise.allSettled([
      startServer(serverOptions).then(async (s) => {
        server = s;
        if (options.staff) await createStaff(s.baseUrl);
      }),
      (options.browserArgs ? launchBrowser(options.browserArgs) : sharedBrowser()).then((b) => {
        browser = b;
      }),
    ]);
    for (const s of started) if (s.status === 'rejected') throw s.reason;
  });
  afterAll(async () => {
    for (const c of contexts) await c.close().catch(() => {});
    // The shared browser stays for the worker's next file, with none of this file's pages.
    if (options.browserArgs) await browser?.close();
    else for (const c of browser?.contexts() ?? []) await c.close().catch(() => {});
    await server?.stop();
    // DROP DATABASE waits for a checkpoint of the whole server: the run's databases are dropped in the
    // background (and by the run's end), as the API tests' are.
    if (scratch) {
      const dropped = scratch;
      if (inject('dbTemplates')?.postgresPrefix) dropInBackground(() => dropped.drop());
      else await dropped.drop();
    }
  });
  const suite: BrowserSuite = {
    get server() {
      if (!server) throw new Error('the suite has no server yet (it starts in beforeAll)');
      return server;
    },
    get browser() {
      if (!browser) throw new Error('the suite has no browser yet (it starts in beforeAll)');
      return browser;
    },
    watchedPage: async (width = 1280) => {
      const context = await suite.browser.newContext({ viewport: { width, height: 900 } });
      contexts.push(context);
      const w = await openPage(context);
      watched.push(w);
      return w;
    },
    newPage: async (width = 1280) => (await suite.watchedPage(width)).page,
    tab: async (width = 1280, slot = 'reader') => {
      let page = tabs.get(slot);
      if (!page) {
        page = await suite.newPage(width);
        tabs.set(slot, page);
        return page;
      }
      await page.goto('about:blank');
      await page.setViewportSize({ width, height: 900 });
      return page;
    },
    signedInTab: async (username, width = 1280, password) => {
      const page = await suite.tab(width, username);
      if (!signedIn.has(username)) {
        await suite.signIn(page, username, password);
        signedIn.add(username);
      }
      return page;
    },
    signIn: (page, username, password) => signIn(page, suite.server.baseUrl, username, password),
    consoleErrors: () => watched.flatMap((w) => w.errors),
  };
  return suite;
}
