// Web bench (issues "fast", 27): the compressed JavaScript a reader's first page load fetches, and
// on a cold load in headless chromium (median of 5) the time until the leaderboard's first table
// row and its chart show, and what the load transferred, served from one engine's bench dataset.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import type { Engine } from '../src/server/db/connect.js';
import { benchDataset, closeDatasets } from './dataset.js';
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
  jsBrotliBytes: number;
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
  const br = (file: string) => brotliCompressSync(readFileSync(join(distDir, file))).length;
  return {
    js,
    css: [...css],
    jsGzipBytes: js.reduce((n, f) => n + gz(f), 0),
    jsBrotliBytes: js.reduce((n, f) => n + br(f), 0),
    cssGzipBytes: [...css].reduce((n, f) => n + gz(f), 0),
  };
}

const ROW = 'table.leaderboard tbody tr';
const CHART = 'figure.chart svg';

/**
 * Per fresh browser context (a cold cache): milliseconds from navigation start until the first
 * leaderboard row and until the chart's SVG are in the DOM, and the bytes the page load moved
 * over the wire (compressed bodies plus headers), in KB.
 */
async function coldLoads(baseUrl: string): Promise<{ firstRow: number[]; chart: number[]; transferKb: number[] }> {
  const browser = await launchBrowser();
  const out = { firstRow: [] as number[], chart: [] as number[], transferKb: [] as number[] };
  try {
    for (let i = 0; i < RUNS; i++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      const sizes: Promise<number>[] = [];
      page.on('requestfinished', (request) =>
        sizes.push(
          request.sizes().then(
            (s) => s.responseBodySize + s.responseHeadersSize,
            () => 0,
          ),
        ),
      );
      // A string, not a function: tsx's name-keeping helpers do not exist inside the page.
      await page.addInitScript(`
        (() => {
          const check = () => {
            if (window.__firstRow === undefined && document.querySelector(${JSON.stringify(ROW)}))
              window.__firstRow = performance.now();
            if (window.__chart === undefined && document.querySelector(${JSON.stringify(CHART)}))
              window.__chart = performance.now();
            if (window.__firstRow !== undefined && window.__chart !== undefined) observer.disconnect();
          };
          const observer = new MutationObserver(check);
          observer.observe(document, { childList: true, subtree: true });
        })();
      `);
      await page.goto(`${baseUrl}/`, { waitUntil: 'commit' });
      await page.waitForSelector(ROW, { timeout: 60_000 });
      await page.waitForSelector(CHART, { timeout: 60_000 });
      await page.waitForLoadState('networkidle');
      const t = await page.evaluate<{ firstRow: number; chart: number }>(
        '({ firstRow: window.__firstRow, chart: window.__chart })',
      );
      out.firstRow.push(t.firstRow);
      out.chart.push(t.chart);
      out.transferKb.push((await Promise.all(sizes)).reduce((a, b) => a + b, 0) / 1024);
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return out;
}

export async function benchWeb(options: { engine: Engine } = { engine: 'sqlite' }): Promise<Record<string, number>> {
  ensureWebBuilt(true);
  const bundle = readerBundle();
  const out: Record<string, number> = {
    readerJsBrotliKb: bundle.jsBrotliBytes / 1024,
    readerJsGzipKb: bundle.jsGzipBytes / 1024,
    readerJsFiles: bundle.js.length,
    readerCssGzipKb: bundle.cssGzipBytes / 1024,
  };
  const data = await benchDataset(options.engine);
  const server = await startServer({ databaseUrl: data.url });
  try {
    const loads = await coldLoads(server.baseUrl);
    out.firstRowMs = median(loads.firstRow);
    out.firstRowMaxMs = Math.max(...loads.firstRow);
    out.chartMs = median(loads.chart);
    out.transferKb = median(loads.transferKb);
  } finally {
    await server.stop();
  }
  return out;
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) {
  console.log(await benchWeb({ engine: process.argv[2] === 'postgres' ? 'postgres' : 'sqlite' }));
  await closeDatasets();
}
