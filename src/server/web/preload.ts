import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * What the leaderboard page (`/`) asks for right after its script starts: its data and its chart's
 * code. Announced in the HTML's <head> so the browser fetches them while it still parses and runs
 * the main script: the first row then waits for one round trip, not two. The data URL is the one
 * the page's default filters request (src/web: toLeaderboardQuery with PAGE_SIZE 50); a query
 * string of other filters gets no data preload, since a wrong guess would cost a wasted fetch.
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

/** index.html for each path: `/` with its preload links, every other path as built. */
export function htmlWithPreload(webRoot: string): (path: string, query: string) => string {
  const html = readFileSync(join(webRoot, 'index.html'), 'utf8');
  const links = [
    `<link rel="preload" href="${LEADERBOARD_DATA_URL}" as="fetch" crossorigin="anonymous" />`,
    ...chartFiles(webRoot).map((f) => `<link rel="modulepreload" href="/${f}" />`),
  ].join('');
  const leaderboard = html.replace('</head>', `${links}</head>`);
  return (path, query) => (path === '/' && query === '' ? leaderboard : html);
}
