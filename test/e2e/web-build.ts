import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** Written beside vite's manifest after a build made here; any other build empties dist/web and so removes it. */
const MODE_STAMP = join(ROOT, 'dist/web/.vite/built-for-tests');
/**
 * What users get (`npm start`) unless E2E_REACT=development asks for React's development runtime,
 * whose warnings (missing keys, bad DOM nesting, effects StrictMode catches) the console checks see.
 */
const MODE = process.env.E2E_REACT === 'development' ? 'development' : 'production';

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/**
 * Builds the web app in MODE when dist/web is missing, was not built here in that mode (a build by
 * `npm run build`, or one in the other mode), or is older than any file in src/web or src/shared,
 * than vite.config.ts, or than this file.
 */
export function ensureWebBuilt(force = false): void {
  const index = join(ROOT, 'dist/web/index.html');
  const sources = Math.max(
    newestMtime(join(ROOT, 'src/web')),
    newestMtime(join(ROOT, 'src/shared')),
    statSync(join(ROOT, 'vite.config.ts')).mtimeMs,
    statSync(fileURLToPath(import.meta.url)).mtimeMs,
  );
  const fresh =
    existsSync(index) &&
    statSync(index).mtimeMs >= sources &&
    existsSync(MODE_STAMP) &&
    readFileSync(MODE_STAMP, 'utf8') === MODE;
  if (!force && fresh) return;
  // Vitest sets NODE_ENV=test, under which vite would build React's development runtime.
  execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: MODE },
  });
  writeFileSync(MODE_STAMP, MODE);
}
