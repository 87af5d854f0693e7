// Web bench (issue: "fast"): the gzipped JavaScript a reader's first page load fetches, and the
// time until the leaderboard shows its first table row in headless chromium (median of 5).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ensureWebBuilt, launchBrowser, ROOT, startServer } from '../test/e2e/support.js';
import { median } from './support.js';

const RUNS = 5;

interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}

/** The entry chunk of index.html and everything it imports statically (lazy chunks excluded). */
export function readerBundle(distDir = join(ROOT, 'dist/web')): {
  js: string[];
  css: string[];
  jsGzipBytes: number;
  cssGzipBytes: number;
} {
  const manifest = JSON.parse(readFileSync(join(distDir, '.vite/manifest.json'), 'utf8')) as Record<
    string,
    ManifestChunk
  >;
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  const entryKey = Object.keys(manifest).find((k) => manifest[k]!.isEntry && html.includes(manifest[k]!.file));
  if (!entryKey) throw new Error('no entry chunk of index.html in the Vite manifest');
  const seen = new Set<string>();
  const css = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    const chunk = manifest[key]!;
    for (const c of chunk.css ?? []) css.add(c);
    for (const dep of chunk.imports ?? []) visit(dep);
  };
  visit(entryKey);
  const js = [...seen].map((k) => manifest[k]!.file);
  const gz = (file: string) => gzipSync(readFileSync(join(distDir, file)), { level: 9 }).length;
  return {
    js,
    css: [...css],
    jsGzipBytes: js.reduce((n, f) => n + gz(f), 0),
    cssGzipBytes: [...css].reduce((n, f) => n + gz(f), 0),
  };
}

/** Milliseconds from navigation start until the first leaderboard row is in the DOM, per fresh browser context. */
async function timeToFirstRow(baseUrl: string): Promise<number[]> {
  const browser = await launchBrowser();
  const times: number[] = [];
  try {
    for (let i = 0; i < RUNS; i++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      // A string, not a function: tsx's name-keeping helpers do not exist inside the page.
      await page.addInitScript(`
        (() => {
          const check = () => {
            if (window.__firstRow === undefined && document.querySelector('table.leaderboard tbody tr')) {
              window.__firstRow = performance.now();
              observer.disconnect();
            }
          };
          const observer = new MutationObserver(check);
          observer.observe(document, { childList: true, subtree: true });
        })();
      `);
      await page.goto(`${baseUrl}/`, { waitUntil: 'commit' });
      await page.waitForSelector('table.leaderboard tbody tr', { timeout: 60_000 });
      times.push(await page.evaluate(() => (window as unknown as { __firstRow: number }).__firstRow));
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return times;
}

export async function benchWeb(options: { databaseUrl?: string } = {}): Promise<Record<string, number>> {
  ensureWebBuilt(true);
  const bundle = readerBundle();
  const out: Record<string, number> = {
    'reader JS gzipped KB (entry + static imports; goal < 250)': bundle.jsGzipBytes / 1024,
    'reader JS files': bundle.js.length,
    'reader CSS gzipped KB': bundle.cssGzipBytes / 1024,
  };
  if (!options.databaseUrl) return out;
  const server = await startServer({ databaseUrl: options.databaseUrl });
  try {
    const times = await timeToFirstRow(server.baseUrl);
    out['leaderboard first table row ms (median of 5; goal < 1000)'] = median(times);
    out['leaderboard first table row ms (max)'] = Math.max(...times);
  } finally {
    await server.stop();
  }
  return out;
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) {
  const databaseUrl = process.argv[2] ?? process.env.BENCH_DATABASE_URL;
  console.log(await benchWeb(databaseUrl ? { databaseUrl } : {}));
}
