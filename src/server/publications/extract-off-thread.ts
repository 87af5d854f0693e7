import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Calendars, ClaimSpan } from '../../ingest/index.js';
import { AppError } from '../http/errors.js';
import { CODE_ROOT, FROM_SOURCE } from '../paths.js';
import { nextMessage } from '../workers.js';

/** How long one preview may read before it is stopped: far above any real issue, far below a stuck server. */
export const EXTRACT_TIME_LIMIT_MS = 20_000;

let bundled: Promise<URL> | null = null;

/**
 * The worker's code as a file Node runs as is. Compiled (`npm start`), it is the .js beside this one. From
 * source (tsx, vitest) the worker and the pure ingest code are bundled once per process with esbuild into one
 * plain module, so no worker has to load a TypeScript loader.
 */
async function workerUrl(): Promise<URL> {
  if (!FROM_SOURCE) return new URL('server/publications/extract-worker.js', CODE_ROOT);
  const here = import.meta.url;
  bundled ??= (async () => {
    const { build } = await import('esbuild');
    const outfile = join(tmpdir(), `track-record-extract-worker-${process.pid}.mjs`);
    await build({
      entryPoints: [fileURLToPath(new URL('./extract-worker.ts', here))],
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      outfile,
      logLevel: 'silent',
    });
    return pathToFileURL(outfile);
  })();
  return bundled;
}

/**
 * The draft claims of an issue, extracted in a worker thread so the request thread keeps answering; past
 * `limitMs` the worker is terminated and the request fails with 413 (the text is too much to read at once).
 */
export async function extractOffThread(
  text: string,
  published: string,
  calendars: Calendars,
  limitMs = EXTRACT_TIME_LIMIT_MS,
): Promise<ClaimSpan[]> {
  const worker = new Worker(await workerUrl(), {
    workerData: { text, published, calendars },
    resourceLimits: { maxOldGenerationSizeMb: 512 },
  });
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      void worker.terminate();
      reject(new AppError('payload_too_large', `the issue took more than ${limitMs / 1000} s to read; split it`));
    }, limitMs);
  });
  try {
    return await Promise.race([nextMessage<ClaimSpan[]>(worker), timeout]);
  } finally {
    clearTimeout(timer);
    void worker.terminate();
  }
}
