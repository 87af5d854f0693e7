import { createHash, randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { type ResourceLimits, Worker } from 'node:worker_threads';
import { createRequire } from 'node:module';
import type * as Esbuild from 'esbuild';
import { CODE_ROOT, FROM_SOURCE, PROJECT_ROOT, WORKER_BUNDLE_DIR } from './paths.js';

/** Bundles made this process, by source URL. */
const bundles = new Map<string, URL>();

/**
 * The worker module's source bundled once per process into one plain .mjs file, so that no
 * thread loads a TypeScript loader, with the parts of the packages it uses (loading all of date-fns
 * and kysely cost each thread about 0.3 s). It is written under node_modules/.cache so that
 * better-sqlite3, a native addon left external, resolves as it does from the sources.
 */
function bundled(source: URL): URL {
  let out = bundles.get(source.href);
  if (out) return out;
  const dir = join(PROJECT_ROOT, WORKER_BUNDLE_DIR);
  mkdirSync(dir, { recursive: true });
  const name = source.pathname.split('/').pop()!.replace(/\.ts$/, '');
  // Loaded only here: a compiled server never bundles, and esbuild is a development dependency.
  const { buildSync } = createRequire(import.meta.url)('esbuild') as typeof Esbuild;
  const { outputFiles } = buildSync({
    entryPoints: [fileURLToPath(source)],
    bundle: true,
    external: ['better-sqlite3'],
    // Bundled CommonJS packages (pg, pino) require Node's own modules: give them a real require.
    banner: {
      js: "import { createRequire as __trRequire } from 'node:module'; const require = __trRequire(import.meta.url);",
    },
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile: `${dir}${name}.mjs`,
    write: false,
    logLevel: 'silent',
  });
  const code = outputFiles[0]!.contents;
  // Named by content, so the cache holds one file per version of a worker; written through a rename,
  // so a thread or process never loads a file another one is still writing.
  const outfile = `${dir}${name}-${createHash('sha256').update(code).digest('hex').slice(0, 16)}.mjs`;
  // A file of another length was cut short (a crash mid-write outside the rename): written again.
  if (!existsSync(outfile) || statSync(outfile).size !== code.length) {
    const partial = `${outfile}.${randomUUID()}`;
    writeFileSync(partial, code);
    renameSync(partial, outfile);
  }
  out = pathToFileURL(outfile);
  bundles.set(source.href, out);
  return out;
}

/**
 * Starts the worker module at `path` under the source root ("server/replay/verify/verify-worker"):
 * compiled, a .js file Node runs as is; from source, a .ts file, bundled first (above).
 */
export function startWorker(path: string, workerData: unknown, resourceLimits?: ResourceLimits): Worker {
  const url = new URL(`${path}.${FROM_SOURCE ? 'ts' : 'js'}`, CODE_ROOT);
  return new Worker(FROM_SOURCE ? bundled(url) : url, { workerData, resourceLimits });
}

/** The next message of `worker`, or its error or exit. */
export function nextMessage<T>(worker: Worker): Promise<T> {
  return new Promise((resolve, reject) => {
    const done = () => {
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
    };
    const onMessage = (m: T) => {
      done();
      resolve(m);
    };
    const onError = (err: Error) => {
      done();
      reject(err);
    };
    const onExit = (code: number) => {
      done();
      reject(new Error(`worker stopped (exit code ${code}) before it answered`));
    };
    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.on('exit', onExit);
  });
}
