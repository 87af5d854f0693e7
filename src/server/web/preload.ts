import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * What the leaderboard page (`/`) needs right after its script starts. Its data comes inline with
 * the HTML (site/first-paint.ts), and its chart's code is announced in the <head> so the browser
 * fetches it while it still parses and runs the main script. The data URL is the one the page's
 * default filters request (src/web: toLeaderboardQuery with PAGE_SIZE 50); a query string of other
 * filters gets neither, since a wrong guess would cost a wasted fetch.
 */
export const LEADERBOARD_DATA_URL = '/api/leaderboard?limit=50';
const CHART_SOURCE = 'charts/LeaderboardChart.tsx';

interface ManifestChunk {
  file: string;
  src?: string;
  imports?: string[];
}

/** The chart chunk and the chunks it imports, from Vite's manifest (empty when there is none). */
function chartFiles(webRoot: string): string[] {
  const path = join(webRoot, '.vite/manifest.json');
  if (!existsSync(path)) return [];
  const manifest = JSON.parse(readFileSync(path, 'utf8')) as Record<string, ManifestChunk>;
  const key = Object.keys(manifest).find((k) => k.endsWith(CHART_SOURCE));
  if (!key) return [];
  const files = new Set<string>();
  const visit = (k: string) => {
    const chunk = manifest[k];
    if (!chunk || files.has(chunk.file)) return;
    files.add(chunk.file);
    for (const dep of chunk.imports ?? []) visit(dep);
  };
  visit(key);
  return [...files];
}

/** index.html for each path: `/` with the chart's preload links, every other path as built. */
export function htmlWithPreload(webRoot: string): (path: string, query: string) => string {
  const html = readFileSync(join(webRoot, 'index.html'), 'utf8');
  const links = chartFiles(webRoot)
    .map((f) => `<link rel="modulepreload" href="/${f}" />`)
    .join('');
  const leaderboard = html.replace('</head>', `${links}</head>`);
  return (path, query) => (isLeaderboardHome(path, query) ? leaderboard : html);
}

/** The leaderboard with its default filters: the page whose data is preloaded. */
export function isLeaderboardHome(path: string, query: string): boolean {
  return path === '/' && query === '';
}
