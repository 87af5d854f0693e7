import type { Browser, BrowserContext, CDPSession, Disposable, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, inject } from 'vitest';
import { createScratchPostgres } from '../support/postgres.js';
import { dropInBackground } from '../support/postgres-run.js';
import {
  createStaff,
  launchBrowser,
  openPage,
  PAGE_EVENTS,
  signIn,
  startServer,
  type RunningServer,
  type ServerOptions,
  type WatchedPage,
  watch,
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

/** How a test's page is made: its viewport (1280 by 900 unless told) and whether it runs scripts. */
export interface PageOptions {
  height?: number;
  /** False for a reader without JavaScript (true unless told). */
  javaScript?: boolean;
}

/** The server and the browser a describe block's tests share, and the pages they open in it. */
export interface BrowserSuite {
  readonly server: RunningServer;
  readonly browser: Browser;
  /**
   * A page of its own for the calling test, as in a new context: no cookies, storage, cache, history,
   * routes, init scripts or listeners of another test; watched for console errors. Each is handed to
   * one test at a time and emptied when that test ends, for the next test's call to get: the renderer
   * stays, so Chromium does not start one and compile the app's scripts again for every test.
   */
  watchedPage: (width?: number, options?: PageOptions) => Promise<WatchedPage>;
  newPage: (width?: number, options?: PageOptions) => Promise<Page>;
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

/** A page of the suite's pool, in a context of its own, with what a test can leave on it. */
interface PooledPage {
  page: Page;
  javaScript: boolean;
  cdp: CDPSession;
  /** The init scripts the test holding the page added. */
  scripts: Disposable[];
  /** The origins the page has been on, whose storage the next test must not find. */
  origins: Set<string>;
}

/**
 * With E2E_SLOW_REACT=ms, every task React's scheduler posts in the browser (its renders after the
 * first, a transition's slices, the effects after a commit) waits `ms` first, or only the first
 * E2E_SLOW_REACT_FIRST=n of each page (the app taking over a first paint), as on a busy machine
 * whose renderer still answers Playwright: a test that acts or reads before the app has drawn or run
 * what it needs fails every time instead of once in a while. Off unless asked for.
 */
async function slowReact(context: BrowserContext): Promise<void> {
  const ms = Number(process.env.E2E_SLOW_REACT ?? 0);
  if (!ms) return;
  const first = Number(process.env.E2E_SLOW_REACT_FIRST ?? Infinity);
  await context.addInitScript(
    ([delay, slowed]) => {
      let posted = 0;
      // React's scheduler posts each of its tasks on a MessageChannel's second port.
      window.MessageChannel = class extends window.MessageChannel {
        constructor() {
          super();
          const post = this.port2.postMessage.bind(this.port2) as (message: unknown) => void;
          this.port2.postMessage = (message: unknown) => {
            if (posted++ < slowed) setTimeout(() => post(message), delay);
            else post(message);
          };
        }
      };
    },
    [ms, first] as const,
  );
}

/** A page of its own context, pooled: its init scripts recorded, so that the test that adds one has it removed when it ends. */
async function poolPage(browser: Browser, width: number, options: PageOptions): Promise<PooledPage> {
  const javaScript = options.javaScript ?? true;
  const context = await browser.newContext({
    viewport: { width, height: options.height ?? 900 },
    javaScriptEnabled: javaScript,
  });
  await slowReact(context);
  const page = await context.newPage();
  const pooled: PooledPage = {
    page,
    javaScript,
    cdp: await context.newCDPSession(page),
    scripts: [],
    origins: new Set(),
  };
  trackOrigins(pooled);
  const addInitScript = page.addInitScript.bind(page);
  page.addInitScript = (async (...args: Parameters<Page['addInitScript']>) => {
    const script = await addInitScript(...args);
    pooled.scripts.push(script);
    return script;
  }) as Page['addInitScript'];
  return pooled;
}

/** Records the origins `pooled`'s page is on, from now on. */
function trackOrigins(pooled: PooledPage): void {
  pooled.page.on('framenavigated', (frame) => {
    const { origin } = new URL(frame.url());
    if (origin.startsWith('http')) pooled.origins.add(origin);
  });
}

/** Empties a pooled page for the next test: what a fresh context would not have is removed. */
async function emptyPage(pooled: PooledPage): Promise<void> {
  const { page, cdp } = pooled;
  const context = page.context();
  for (const opened of context.pages()) if (opened !== page) await opened.close();
  for (const script of pooled.scripts.splice(0)) await script.dispose();
  await page.unrouteAll({ behavior: 'ignoreErrors' });
  await context.unrouteAll({ behavior: 'ignoreErrors' });
  // Leaving the test's page while its listeners still watch: an error the page throws as it goes is
  // still the test's console error.
  await page.goto('about:blank');
  for (const event of PAGE_EVENTS) page.removeAllListeners(event);
  trackOrigins(pooled);
  // Everything each origin stored (local and session storage, IndexedDB, cache storage, service workers).
  for (const origin of pooled.origins) await cdp.send('Storage.clearDataForOrigin', { origin, storageTypes: 'all' });
  pooled.origins.clear();
  await cdp.send('Page.resetNavigationHistory');
  await cdp.send('Network.clearBrowserCache');
  await context.clearCookies();
  await context.clearPermissions();
  await page.mouse.move(0, 0);
}

/**
 * Registers the beforeAll that starts one server (then, with `staff`, creates the editor and the
 * reviewer) and one browser for the calling describe block, the afterEach that empties the pages a
 * test was given for the next, and the afterAll that closes every page opened through the suite, the
 * browser and the server. With `dialect: 'postgres'` the server runs
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
  /** The pool's pages: those the running test holds, and those waiting for the next test. */
  const held: PooledPage[] = [];
  const idle: PooledPage[] = [];
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
  afterEach(async () => {
    for (const pooled of held.splice(0)) {
      const emptied =
        !pooled.page.isClosed() &&
        (await emptyPage(pooled).then(
          () => true,
          () => false,
        ));
      if (emptied) idle.push(pooled);
      else
        await pooled.page
          .context()
          .close()
          .catch(() => {});
    }
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
    watchedPage: async (width = 1280, options = {}) => {
      const javaScript = options.javaScript ?? true;
      const i = idle.findIndex((p) => p.javaScript === javaScript);
      let pooled: PooledPage;
      if (i >= 0) {
        pooled = idle.splice(i, 1)[0]!;
        await pooled.page.setViewportSize({ width, height: options.height ?? 900 });
      } else {
        pooled = await poolPage(suite.browser, width, options);
        contexts.push(pooled.page.context());
      }
      held.push(pooled);
      const w = watch(pooled.page);
      watched.push(w);
      return w;
    },
    newPage: async (width, options) => (await suite.watchedPage(width, options)).page,
    tab: async (width = 1280, slot = 'reader') => {
      const page = tabs.get(slot);
      if (!page) {
        const context = await suite.browser.newContext({ viewport: { width, height: 900 } });
        await slowReact(context);
        contexts.push(context);
        const w = await openPage(context);
        watched.push(w);
        tabs.set(slot, w.page);
        return w.page;
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
