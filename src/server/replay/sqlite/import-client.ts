import type SqliteDatabase from 'better-sqlite3';
import type { Worker } from 'node:worker_threads';
import { startWorker } from '../../workers.js';
import {
  type BatchHeader,
  type BatchPart,
  ImportError,
  type ReadRequest,
  type ReadResult,
  type WriterClient,
} from '../batch.js';
import { ImportWriter } from './import-writer.js';
import type { StateTable } from '../../ledger/apply.js';

export type WriterMessage =
  | { id: number; type: 'read'; request: ReadRequest }
  /** A batch: 'begin', then its parts, then 'commit', which alone is answered. */
  | { id: number; type: 'begin'; header: BatchHeader }
  | { id: number; type: 'part'; part: BatchPart }
  | { id: number; type: 'commit'; head: { seq: number; hash: string } }
  | { id: number; type: 'close' };

type WithoutId<T> = T extends unknown ? Omit<T, 'id'> : never;

/** A refusal: an ImportError's message and seq (`seq` absent: the writer failed otherwise). */
export type WriterReply =
  { id: number; ok: true; rows?: ReadResult } | { id: number; ok: false; error: string; seq?: number };

/** The result of `work` as a promise, a throw included (as a rejection), like the worker's replies. */
function settled<T>(work: () => T): Promise<T> {
  return new Promise((resolve) => resolve(work()));
}

/** The writer on the import's own thread and connection (small imports: no thread to start). */
export function inThreadWriter(sqlite: SqliteDatabase.Database, columns: Record<StateTable, string[]>): WriterClient {
  const writer = new ImportWriter(sqlite, columns);
  return {
    read: (request) => settled(() => writer.read(request)),
    write: (batch) => settled(() => writer.write(batch)),
    close: () => settled(() => writer.release()),
  };
}

/** The writer on a worker thread with its own connection to `file`. */
export function workerWriter(file: string, cacheKib: number, columns: Record<StateTable, string[]>): WriterClient {
  // A batch's rows live only while it is written: a young generation that holds a batch lets
  // them die young instead of being copied into the old generation and collected there.
  const worker: Worker = startWorker(
    import.meta.url,
    'import-worker',
    { file, cacheKib, columns },
    { maxYoungGenerationSizeMb: 256 },
  );
  const waiting = new Map<number, { resolve: (r: WriterReply & { ok: true }) => void; reject: (err: Error) => void }>();
  let next = 0;
  let broken: Error | null = null;
  const failAll = (err: Error) => {
    broken = err;
    for (const w of waiting.values()) w.reject(err);
    waiting.clear();
  };
  worker.on('message', (r: WriterReply) => {
    const w = waiting.get(r.id);
    if (!w) return;
    waiting.delete(r.id);
    if (r.ok) w.resolve(r);
    else w.reject(r.seq === undefined ? new Error(`import writer: ${r.error}`) : new ImportError(r.error, r.seq));
  });
  worker.on('error', (err) => failAll(err));
  worker.on('exit', (code) => failAll(new Error(`import writer stopped (exit code ${code})`)));
  const send = (m: WithoutId<WriterMessage>): Promise<WriterReply & { ok: true }> =>
    new Promise((resolve, reject) => {
      if (broken) return reject(broken);
      const id = next++;
      waiting.set(id, { resolve, reject });
      worker.postMessage({ ...m, id });
    });
  return {
    read: async (request) => (await send({ type: 'read', request })).rows ?? [],
    write: (batch) => {
      if (broken) return Promise.reject(broken);
      // A part at a time (see BatchPart): each message small, made as it is sent, not answered.
      const { afterSeq } = batch;
      worker.postMessage({
        id: -1,
        type: 'begin',
        header: { afterSeq },
      } satisfies WriterMessage);
      for (const part of batch.parts) worker.postMessage({ id: -1, type: 'part', part } satisfies WriterMessage);
      return send({ type: 'commit', head: batch.head }).then(() => undefined);
    },
    close: async () => {
      // A writer that cannot close cleanly is terminated all the same.
      if (!broken) await send({ type: 'close' }).catch(() => undefined);
      await worker.terminate();
    },
  };
}
