import { startWorker } from '../../workers.js';
import { ImportError, type WriterClient } from '../batch.js';
import type { WriterMessage, WriterReply } from './import-writer.js';

/** The writer on a worker thread with its own connection to `file` (import-writer.ts): answers come back in the order asked for. */
export function workerWriter(file: string, cacheKib: number): WriterClient {
  // A batch's rows live only while it is written: a young generation that holds a batch lets
  // them die young instead of being copied into the old generation and collected there.
  const worker = startWorker(
    'server/replay/sqlite/import-writer',
    { file, cacheKib },
    { maxYoungGenerationSizeMb: 256 },
  );
  const waiting: { resolve: (r: WriterReply) => void; reject: (err: Error) => void }[] = [];
  let broken: Error | null = null;
  const fail = (err: Error) => {
    broken = err;
    for (const w of waiting.splice(0)) w.reject(err);
  };
  worker.on('message', (r: WriterReply) => {
    const w = waiting.shift();
    if (r.error === undefined) w?.resolve(r);
    else w?.reject(r.seq === undefined ? new Error(`import writer: ${r.error}`) : new ImportError(r.error, r.seq));
  });
  worker.on('error', fail);
  worker.on('exit', (code) => fail(new Error(`import writer stopped (exit code ${code})`)));
  const ask = (m: WriterMessage): Promise<WriterReply> =>
    new Promise((resolve, reject) => {
      if (broken) return reject(broken);
      waiting.push({ resolve, reject });
      worker.postMessage(m);
    });
  return {
    read: async (request) => (await ask({ type: 'read', request })).rows ?? [],
    write: async (batch) => {
      // A part at a time (see BatchPart): each message small, made as it is sent, not answered.
      worker.postMessage({ type: 'begin', afterSeq: batch.afterSeq });
      for (const part of batch.parts) worker.postMessage({ type: 'part', part });
      await ask({ type: 'commit', head: batch.head });
    },
    close: async () => {
      // A writer that cannot close cleanly is let go all the same.
      if (!broken) await ask({ type: 'close' }).catch(() => undefined);
      await worker.terminate();
    },
  };
}
