import { parentPort, workerData } from 'node:worker_threads';
import SqliteDatabase from 'better-sqlite3';
import { describeError, ImportError } from '../batch.js';
import { ImportWriter, type WriterMessage, type WriterReply } from './import-writer.js';
import type { StateTable } from '../../ledger/apply.js';

/**
 * The import's writer on its own thread and connection (import-client.ts starts it). The file is
 * new and the import's alone, so the connection keeps the lock from its first batch to the end
 * (locking_mode EXCLUSIVE) instead of taking and dropping it for every batch.
 */
const { file, cacheKib, columns } = workerData as {
  file: string;
  cacheKib: number;
  columns: Record<StateTable, string[]>;
};
const sqlite = new SqliteDatabase(file, { fileMustExist: true });
sqlite.pragma('foreign_keys = ON');
sqlite.pragma('busy_timeout = 10000');
sqlite.pragma('synchronous = FULL');
sqlite.pragma(`cache_size = -${cacheKib}`);
sqlite.pragma('locking_mode = EXCLUSIVE');
const writer = new ImportWriter(sqlite, columns);

/** Only 'begin' and 'part' go unanswered; a refusal is answered with an ImportError's message and seq. */
function serve(m: WriterMessage): WriterReply | null {
  try {
    switch (m.type) {
      case 'read':
        return { rows: writer.read(m.request) };
      case 'begin':
        writer.begin(m.afterSeq);
        return null;
      case 'part':
        writer.part(m.part);
        return null;
      case 'commit':
        writer.commit(m.head);
        return {};
      case 'close':
        writer.release();
        sqlite.close();
        return {};
    }
  } catch (err) {
    return { error: describeError(err), ...(err instanceof ImportError ? { seq: err.seq } : {}) };
  }
}

parentPort!.on('message', (m: WriterMessage) => {
  const reply = serve(m);
  if (reply) parentPort!.postMessage(reply);
  if (m.type === 'close') parentPort!.close();
});
