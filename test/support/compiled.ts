import { existsSync, mkdirSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { build } from 'esbuild';
import { isAlive } from './processes.js';

export const ROOT = resolve(import.meta.dirname, '../..');

/** The CLI's entry module. */
export const CLI = 'src/cli/main.ts';
/** What tests start as child processes, bundled: the CLI and the support scripts that load the server's modules. */
const BUNDLED = [
  CLI,
  'test/support/writer.ts',
  'test/support/importer.ts',
  'test/support/serve-child.ts',
  'test/support/log-lines.ts',
];
/** Where the bundles are written in the root: beside the compiled tree, not in it. */
const BUNDLE = 'dist/server/bundle';

/** What child processes run: the server, the CLI and their workers, plus the test and bench scripts they start. */
const SOURCES = ['src/cli', 'src/server', 'src/shared', 'src/scoring', 'src/ingest', 'test/support', 'bench'];

function typescriptFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return typescriptFiles(path);
    return /\.tsx?$/.test(e.name) && !e.name.endsWith('.d.ts') ? [path] : [];
  });
}

/**
 * Compiles the code that tests run in child processes once, into a root of its own laid out as
 * `npm run build` lays out the project (`dist/server/src/…`, `dist/web` and `data` linked to the real
 * ones), so that `track-record` and the test scripts start as plain JavaScript and their worker threads
 * load the compiled .js files beside them, as in production. Each file is transpiled alone, as tsx
 * does (esbuild), so the children run the same code they ran through tsx, without paying tsx's start-up
 * on each of them. Returns the root; `node ROOT/dist/server/src/cli/main.js` is the CLI, and
 * `bundledPath(ROOT, 'src/cli/main.ts')` the same CLI bundled.
 */
export async function compileForChildren(): Promise<string> {
  const cache = join(ROOT, 'node_modules/.cache/track-record-test');
  mkdirSync(cache, { recursive: true });
  // Roots left by runs that were killed before their teardown.
  for (const name of readdirSync(cache)) {
    const pid = Number(/^run-(\d+)$/.exec(name)?.[1]);
    if (pid && pid !== process.pid && !isAlive(pid)) rmSync(join(cache, name), { recursive: true, force: true });
  }
  const root = join(cache, `run-${process.pid}`);
  rmSync(root, { recursive: true, force: true });
  await Promise.all([
    build({
      entryPoints: SOURCES.flatMap((d) => typescriptFiles(join(ROOT, d))),
      outbase: ROOT,
      outdir: join(root, 'dist/server'),
      bundle: false,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      logLevel: 'warning',
    }),
    // The CLI and the support scripts bundled: loading some 1,400 modules one by one is most of what
    // a server start costs in a child (the many browser and CLI tests start one each). The commands
    // stay separate chunks, loaded only when run, as from the tree; the worker threads load the
    // compiled tree (src/server/paths.ts).
    build({
      entryPoints: BUNDLED.map((script) => join(ROOT, script)),
      outbase: ROOT,
      outdir: join(root, BUNDLE),
      bundle: true,
      splitting: true,
      // The native addon and what the code loads only from the sources or only when asked (createRequire).
      external: ['better-sqlite3', 'esbuild', 'pino-pretty'],
      // A package's ES module build where it has one: esbuild's wrapping of a CommonJS build loses the
      // named exports Node finds in it (zxcvbn's ZxcvbnFactory).
      mainFields: ['module', 'main'],
      // Bundled CommonJS packages (pg, pino) require Node's own modules: give them a real require.
      banner: {
        js: "import { createRequire as __trRequire } from 'node:module'; const require = __trRequire(import.meta.url);",
      },
      platform: 'node',
      format: 'esm',
      target: 'node20',
      logLevel: 'warning',
    }),
  ]);
  // Under node_modules Node looks no further up for the package's "type": say it here.
  writeFileSync(join(root, 'package.json'), '{ "type": "module" }\n');
  for (const linked of ['dist/web', 'data']) {
    mkdirSync(dirname(join(root, linked)), { recursive: true });
    symlinkSync(join(ROOT, linked), join(root, linked), 'dir');
  }
  return root;
}

/** The compiled copy, in the root `compileForChildren` made, of the repository's module `script` (a .ts path). */
export function compiledPath(root: string, script: string): string {
  const path = join(root, 'dist/server', relative(ROOT, resolve(ROOT, script))).replace(/\.ts$/, '.js');
  if (!existsSync(path)) throw new Error(`no compiled copy of ${script} at ${path}`);
  return path;
}

/** The bundle, in the root `compileForChildren` made, of the repository's module `script` (a .ts path), or null if it has none. */
export function bundledPath(root: string, script: string): string | null {
  const path = relative(ROOT, resolve(ROOT, script));
  return BUNDLED.includes(path) ? join(root, BUNDLE, path.replace(/\.ts$/, '.js')) : null;
}
