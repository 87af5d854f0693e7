import { parentPort, workerData } from 'node:worker_threads';
import SqliteDatabase from 'better-sqlite3';
import { describeError, ImportError } from '../batch.js';
import { ImportWriter } from './import-writer.js';
import type { StateTable } from '../../ledger/apply.js';
import type { WriterMessage, WriterReply } from './import-client.js';

/**
 * The import's writer on its own thread and connection (import-client.ts starts it). The file is
 * new and the import's alone, so the connection keeps the lock from its first batch to the end
 * (locking_mode EXCLUSIVE) instead of taking and dropping it for every batch. Messages are
 * handled in order; after a refused batch, no later batch is written.
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
/** Why no later batch is written, once one was refused. */
let failed: string | null = null;
/** Why the batch being handed over was refused, told when its commit comes. */
let refused: WriterReply | null = null;

parentPort!.on('message', (m: WriterMessage) => {
  const reply = (r: WriterReply) => parentPort!.postMessage(r);
  const refuse = (err: unknown): WriterReply => {
    failed = 'an earlier batch was refused';
    return { id: -1, ok: false, error: describeError(err), ...(err instanceof ImportError ? { seq: err.seq } : {}) };
  };
  /** A step of the batch being handed over, not answered: skipped once the batch is refused; a refusal is kept for its commit. */
  const step = (run: () => void) => {
    if (refused) return;
    try {
      run();
    } catch (err) {
      refused = refuse(err);
    }
  };
  switch (m.type) {
    case 'close':
      writer.abort();
      sqlite.close();
      reply({ id: m.id, ok: true });
      parentPort!.close();
      return;
    case 'read':
      try {
        reply({ id: m.id, ok: true, rows: writer.read(m.request) });
      } catch (err) {
        reply({ id: m.id, ok: false, error: describeError(err) });
      }
      return;
    case 'begin':
      refused = failed
        ? { id: -1, ok: false, error: `events after ${m.header.afterSeq}: ${failed}`, seq: m.header.afterSeq + 1 }
        : null;
      return step(() => writer.begin(m.header));
    case 'part':
      return step(() => writer.part(m.part));
    case 'commit': {
      if (refused) return reply({ ...refused, id: m.id });
      try {
        writer.commit(m.head);
        reply({ id: m.id, ok: true });
      } catch (err) {
        reply({ ...refuse(err), id: m.id });
      }
    }
  }
});
