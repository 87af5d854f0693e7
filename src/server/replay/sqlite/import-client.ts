import type SqliteDatabase from 'better-sqlite3';
import { startWorker } from '../../workers.js';
import { ImportError, type WriterClient } from '../batch.js';
import { ImportWriter, serve, type WriterMessage, type WriterReply } from './import-writer.js';
import type { StateTable } from '../../ledger/apply.js';

type Client = WriterClient & { reply: (r: WriterReply) => void; fail: (err: Error) => void };

/**
 * The import's end of the conversation with its SQLite writer (`serve`): `post` hands a message
 * over, `reply` takes the answers, which come in the order they were asked for, and `end` lets the
 * writer go once it is closed.
 */
function writerClient(post: (m: WriterMessage) => void, end: () => Promise<unknown>): Client {
  const waiting: { resolve: (r: WriterReply) => void; reject: (err: Error) => void }[] = [];
  let broken: Error | null = null;
  const ask = (m: WriterMessage): Promise<WriterReply> =>
    new Promise((resolve, reject) => {
      if (broken) return reject(broken);
      waiting.push({ resolve, reject });
      post(m);
    });
  return {
    reply: (r) => {
      const w = waiting.shift();
      if (r.error === undefined) w?.resolve(r);
      else w?.reject(r.seq === undefined ? new Error(`import writer: ${r.error}`) : new ImportError(r.error, r.seq));
    },
    fail: (err) => {
      broken = err;
      for (const w of waiting.splice(0)) w.reject(err);
    },
    read: async (request) => (await ask({ type: 'read', request })).rows ?? [],
    write: (batch) => {
      if (broken) return Promise.reject(broken);
      try {
        // A part at a time (see BatchPart): each message small, made as it is sent, not answered.
        post({ type: 'begin', afterSeq: batch.afterSeq });
        for (const part of batch.parts) post({ type: 'part', part });
      } catch (err) {
        return Promise.reject(err instanceof Error ? err : new Error(String(err)));
      }
      return ask({ type: 'commit', head: batch.head }).then(() => undefined);
    },
    close: async () => {
      // A writer that cannot close cleanly is let go all the same.
      if (!broken) await ask({ type: 'close' }).catch(() => undefined);
      await end();
    },
  };
}

/** The writer on the import's own thread and connection (small imports: no thread to start). */
export function inThreadWriter(sqlite: SqliteDatabase.Database, columns: Record<StateTable, string[]>): WriterClient {
  const writer = new ImportWriter(sqlite, columns);
  const client = writerClient(
    (m) => {
      const r = serve(writer, m);
      // Answered after the call, as a worker's answer would be.
      if (r) queueMicrotask(() => client.reply(r));
    },
    () => Promise.resolve(),
  );
  return client;
}

/** The writer on a worker thread with its own connection to `file` (import-worker.ts). */
export function workerWriter(file: string, cacheKib: number, columns: Record<StateTable, string[]>): WriterClient {
  // A batch's rows live only while it is written: a young generation that holds a batch lets
  // them die young instead of being copied into the old generation and collected there.
  const worker = startWorker(
    import.meta.url,
    'import-worker',
    { file, cacheKib, columns },
    { maxYoungGenerationSizeMb: 256 },
  );
  const client = writerClient(
    (m) => worker.postMessage(m),
    () => worker.terminate(),
  );
  worker.on('message', client.reply);
  worker.on('error', client.fail);
  worker.on('exit', (code) => client.fail(new Error(`import writer stopped (exit code ${code})`)));
  return client;
}
