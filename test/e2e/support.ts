import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { nodeArgs, runRoot } from '../support/child.js';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export { ensureWebBuilt } from './web-build.js';
export const SCREENSHOTS = join(ROOT, 'test/e2e/screenshots');
export const ADMIN_PASSWORD = 'e2e-admin-password-123';
export const STAFF_PASSWORD = 'e2e-staff-password-123';

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolvePort(port));
    });
  });
}

export interface RunningServer {
  baseUrl: string;
  /** The server's process id (benchmarks read its CPU time). */
  pid: number;
  dataDir: string;
  output(): string;
  stop(): Promise<void>;
}

export interface ServerOptions {
  databaseUrl?: string;
  demo?: boolean;
  env?: NodeJS.ProcessEnv;
}

/**
 * Starts `track-record serve` as a child process on a free port over a fresh data dir (or the given
 * database). The data dir starts as a copy of the one the run's first start of a server of its kind
 * (demo or not) left (dataDirTemplate), so the database is migrated, the admin created and the demo
 * ledger seeded once per run, not once per server.
 */
export async function startServer(options: ServerOptions = {}): Promise<RunningServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'track-record-e2e-'));
  const template = !options.databaseUrl && !options.env ? await dataDirTemplate(options.demo === true) : null;
  if (template) cpSync(template, dataDir, { recursive: true });
  return launch(dataDir, options);
}

/** `track-record serve` over `dataDir`, answering; halt() ends it, stop() ends it and removes `dataDir`. */
async function launch(
  dataDir: string,
  options: ServerOptions,
): Promise<RunningServer & { halt(graceMs?: number): Promise<void>; exitCode(): number | null }> {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    TRACK_RECORD_DATA_DIR: dataDir,
    TRACK_RECORD_DEMO: options.demo ? 'on' : 'off',
    TRACK_RECORD_ADMIN_PASSWORD: ADMIN_PASSWORD,
    TRACK_RECORD_PUBLIC_URL: `http://127.0.0.1:${port}`,
    ...options.env,
  };
  if (options.databaseUrl) env.DATABASE_URL = options.databaseUrl;
  else delete env.DATABASE_URL;
  const child: ChildProcess = spawn(process.execPath, [...nodeArgs('src/cli/main.ts'), 'serve'], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  // What the server prints as it starts (its last line says it is serving) ends the wait between two asks.
  let printed: (() => void) | undefined;
  const print = (d: Buffer) => {
    output += d.toString();
    printed?.();
  };
  child.stdout?.on('data', print);
  child.stderr?.on('data', print);
  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server exited (${child.exitCode}):\n${output}`);
    try {
      const res = await fetch(`${baseUrl}/api/ledger/head`);
      if (res.ok) break;
    } catch {
      /* not listening yet */
    }
    if (Date.now() > deadline) {
      child.kill('SIGTERM');
      throw new Error(`the server did not start within 60 s:\n${output}`);
    }
    await new Promise<void>((r) => {
      printed = r;
      setTimeout(r, 200);
    });
    printed = undefined;
  }
  const halt = async (graceMs = 5000) => {
    if (child.exitCode === null) {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, graceMs))]);
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  };
  return {
    baseUrl,
    pid: child.pid!,
    dataDir,
    output: () => output,
    halt,
    exitCode: () => child.exitCode,
    async stop() {
      await halt();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

const dataDirTemplates = new Map<boolean, Promise<string | null>>();

/**
 * The data dir (database and signing key) a server's first start leaves once it has stopped —
 * migrated, the admin created and, for a demo server, the demo seeded through the services and the
 * day's checkpoint signed — made once per run for each kind by whichever worker asks first while the
 * others wait for it; null outside vitest (the benches), where each server starts its own.
 */
function dataDirTemplate(demo: boolean): Promise<string | null> {
  let made = dataDirTemplates.get(demo);
  if (made) return made;
  made = (async () => {
    const root = runRoot();
    if (!root) return null;
    const ready = join(root, demo ? 'e2e-demo-data' : 'e2e-data');
    const failed = `${ready}.failed`;
    try {
      // mkdir is atomic: one worker of the run builds, the others find the folder taken.
      mkdirSync(`${ready}.lock`);
    } catch {
      const deadline = Date.now() + 180_000;
      for (;;) {
        if (existsSync(ready)) return ready;
        if (existsSync(failed)) throw new Error(`the data dir could not be made:\n${readFileSync(failed, 'utf8')}`);
        if (Date.now() > deadline) throw new Error(`no ${demo ? 'demo ' : ''}data dir after 180 s`);
        await new Promise((r) => setTimeout(r, 200));
      }
    }
    const building = `${ready}.building`;
    try {
      mkdirSync(building);
      const first = await launch(building, { demo });
      // Stopped by SIGTERM as in production, so the database file holds its whole WAL.
      await first.halt(60_000);
      if (first.exitCode() !== 0)
        throw new Error(`the first ${demo ? 'demo ' : ''}server exited with ${first.exitCode()}:\n${first.output()}`);
      renameSync(building, ready);
      return ready;
    } catch (err) {
      writeFileSync(failed, String((err as Error).stack ?? err));
      throw err;
    }
  })();
  dataDirTemplates.set(demo, made);
  return made;
}

export function launchBrowser(extraArgs: string[] = []): Promise<Browser> {
  return chromium.launch({ executablePath: '/usr/bin/chromium', args: [...CHROMIUM_ARGS, ...extraArgs] });
}

/** A page that records console errors and uncaught exceptions. */
export interface WatchedPage {
  page: Page;
  errors: string[];
}

/** The requests of each page opened through openPage: how many are in flight, how many were started. */
const traffic = new WeakMap<Page, { inFlight: number; started: number; idle: (() => void)[] }>();

export async function openPage(context: BrowserContext): Promise<WatchedPage> {
  return watch(await context.newPage());
}

/** The events `watch` and a test listen to on a page, which a page handed to the next test starts without. */
export const PAGE_EVENTS = [
  'console',
  'dialog',
  'download',
  'filechooser',
  'frameattached',
  'framedetached',
  'framenavigated',
  'domcontentloaded',
  'load',
  'pageerror',
  'popup',
  'request',
  'requestfailed',
  'requestfinished',
  'response',
  'websocket',
  'worker',
] as const;

/** Records `page`'s console errors and uncaught exceptions from now on, and its requests for pageSettled. */
export function watch(page: Page): WatchedPage {
  const requests = { inFlight: 0, started: 0, idle: [] as (() => void)[] };
  traffic.set(page, requests);
  page.on('request', () => {
    requests.inFlight += 1;
    requests.started += 1;
  });
  const ended = () => {
    requests.inFlight -= 1;
    if (requests.inFlight === 0) for (const resolve of requests.idle.splice(0)) resolve();
  };
  page.on('requestfinished', ended);
  page.on('requestfailed', ended);
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`${page.url()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => errors.push(`${page.url()}: uncaught ${e.message}`));
  return { page, errors };
}

/** What the web app shows while something is still loading: a chart's box, a table's skeleton, a spinner. */
const LOADING = '.chart-placeholder, .skeleton, .spinner';

/**
 * Resolves once `page` (opened through openPage) shows nothing still loading, has no request in
 * flight, and starts none while it draws two frames and runs one more task: what it fetched has
 * arrived and been drawn, and nothing drawn asked for more. It waits for those events rather than
 * for half a second of quiet ('networkidle').
 */
export async function pageSettled(page: Page): Promise<void> {
  const requests = traffic.get(page);
  if (!requests) throw new Error('pageSettled needs a page opened through openPage');
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (Date.now() > deadline) throw new Error(`${page.url()} was still loading after 30 s`);
    if (requests.inFlight > 0)
      await new Promise<void>((resolve, reject) => {
        const stuck = setTimeout(
          () => reject(new Error(`${requests.inFlight} request(s) of ${page.url()} never ended`)),
          Math.max(0, deadline - Date.now()),
        );
        requests.idle.push(() => {
          clearTimeout(stuck);
          resolve();
        });
      });
    const started = requests.started;
    const loading = await page.evaluate(
      (selector) =>
        new Promise<boolean>((resolve) =>
          requestAnimationFrame(() =>
            requestAnimationFrame(() => setTimeout(() => resolve(document.querySelector(selector) !== null))),
          ),
        ),
      LOADING,
    );
    if (!loading && requests.inFlight === 0 && requests.started === started) return;
  }
}

/** The app's scripts, which the server's page links as hashed assets. */
const APP_SCRIPTS = /\/assets\/.*\.js$/;

/**
 * Holds the app's scripts back on `page` until `release()`, so that a test sees the server's first
 * paint before the app takes over; `stop()` releases them and ends the hold (call it in a `finally`).
 */
export async function holdScripts(page: Page): Promise<{ release(): void; stop(): Promise<void> }> {
  let release!: () => void;
  const held = new Promise<void>((r) => (release = r));
  await page.route(APP_SCRIPTS, async (route) => {
    await held;
    await route.continue();
  });
  return {
    release,
    stop: async () => {
      release();
      await page.unroute(APP_SCRIPTS);
    },
  };
}

/** Waits for the head's stylesheets: a reader sees the first paint only once they have loaded (they block rendering). */
/** The API requests a page made, by address (path and query). */
export function apiRequests(page: Page): string[] {
  const seen: string[] = [];
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (url.pathname.startsWith('/api/')) seen.push(url.pathname + url.search);
  });
  return seen;
}

/**
 * Resolves once the app on the page being loaded has taken it over and run its first render's
 * effects, which React runs in one pass after it has replaced the server's first paint: a filter form
 * sets its fields from the address in one, undoing what was typed before it. The app's root asks who
 * is signed in (auth.tsx) in that pass. Call it before the `goto` and await it after.
 */
export function appStarted(page: Page): Promise<unknown> {
  return page.waitForRequest((r) => new URL(r.url()).pathname === '/api/auth/me');
}

/** Waits until the app has taken over the first paint's element at `selector` under #root (React owns it). */
export async function appOwns(page: Page, selector: string): Promise<void> {
  await page.waitForFunction((sel) => {
    const el = document.querySelector(`#root ${sel}`);
    return el !== null && Object.keys(el).some((k) => k.startsWith('__reactFiber'));
  }, selector);
}

export async function stylesheetsLoaded(page: Page): Promise<void> {
  await page.waitForFunction(() =>
    [...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].every((l) => l.sheet !== null),
  );
}

/** Full-page pictures for a person to look at, when asked for (E2E_SCREENSHOTS=1): no test reads them. */
export async function screenshot(page: Page, name: string): Promise<void> {
  if (!process.env.E2E_SCREENSHOTS) return;
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

/** Signs `username` in through the sign-in page and waits until the app has moved on from it. */
export async function signIn(page: Page, baseUrl: string, username: string, password = STAFF_PASSWORD): Promise<void> {
  await page.goto(`${baseUrl}/signin`);
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/signin'));
}

/** A cookie session against the API, signed in through the real endpoint. */
export async function apiSession(baseUrl: string, username: string, password: string) {
  const res = await fetch(`${baseUrl}/api/auth/signin`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (!res.ok) throw new Error(`sign-in of ${username} failed: ${res.status} ${await res.text()}`);
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0]!;
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  const call = async (method: string, path: string, body?: unknown) => {
    const r = await fetch(baseUrl + path, {
      method,
      headers: {
        cookie,
        'x-csrf-token': csrfToken,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await r.text();
    return { status: r.status, body: text ? JSON.parse(text) : null };
  };
  return {
    get: (p: string) => call('GET', p),
    post: (p: string, b: unknown) => call('POST', p, b),
    patch: (p: string, b: unknown) => call('PATCH', p, b),
  };
}

/** Creates an editor and a reviewer through the API, as the admin. */
export async function createStaff(baseUrl: string): Promise<{ editor: string; reviewer: string }> {
  const admin = await apiSession(baseUrl, 'admin', ADMIN_PASSWORD);
  for (const [username, role, displayName] of [
    ['erin', 'editor', 'Erin Editor'],
    ['rafa', 'reviewer', 'Rafa Reviewer'],
  ] as const) {
    const res = await admin.post('/api/users', { username, displayName, role, password: STAFF_PASSWORD });
    if (res.status !== 201) throw new Error(`creating ${username}: ${res.status} ${JSON.stringify(res.body)}`);
  }
  return { editor: 'erin', reviewer: 'rafa' };
}

/**
 * Calls `each` on every item, `width` at a time: a test's seed data written through the API, whose
 * requests on PostgreSQL mostly wait for their commits, goes in while other requests wait.
 */
export async function forEachAtOnce<T>(
  items: readonly T[],
  width: number,
  each: (item: T) => Promise<void>,
): Promise<void> {
  const queue = [...items];
  const lane = async () => {
    for (let item = queue.shift(); item !== undefined; item = queue.shift()) await each(item);
  };
  await Promise.all(Array.from({ length: Math.min(width, queue.length) }, lane));
}

export function sampleIssueText(): string {
  const shared = '/work/shared/samples/the-signal-sample.txt';
  return readFileSync(existsSync(shared) ? shared : join(ROOT, 'data/demo/the-signal-sample.txt'), 'utf8');
}
