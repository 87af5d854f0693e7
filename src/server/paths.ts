import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/**
 * The project's root: the nearest folder above this module that holds a package.json (the repository,
 * the Docker image's /app, or a test run's compiled copy). It is found by walking up rather than by a
 * fixed number of steps so that it holds wherever the module sits: in the sources, in the compiled
 * tree, or inside a bundle, where every module has the bundle's address.
 */
export const PROJECT_ROOT = (() => {
  const start = dirname(fileURLToPath(import.meta.url));
  for (let dir = start; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    if (dirname(dir) === dir) throw new Error(`no package.json above ${start}`);
  }
})();

/** Where worker bundles made from the sources are written, below the project's root (workers.ts). */
export const WORKER_BUNDLE_DIR = 'node_modules/.cache/track-record-workers/';

/**
 * Whether the code runs from its TypeScript sources (tsx, vitest, or a worker bundle made from them
 * under node_modules/.cache) rather than compiled (`npm run build`, or a bundle of the compiled code).
 */
export const FROM_SOURCE = import.meta.url.endsWith('.ts') || import.meta.url.includes(`/${WORKER_BUNDLE_DIR}`);

/** The folder of the code as Node runs it: src/ from the sources, dist/server/src/ compiled. */
export const CODE_ROOT = pathToFileURL(join(PROJECT_ROOT, FROM_SOURCE ? 'src/' : 'dist/server/src/'));
