import { parentPort, workerData } from 'node:worker_threads';
import SqliteDatabase from 'better-sqlite3';
import { ImportWriter, serve, type WriterMessage } from './import-writer.js';
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

parentPort!.on('message', (m: WriterMessage) => {
  const reply = serve(writer, m);
  if (m.type === 'close') sqlite.close();
  if (reply) parentPort!.postMessage(reply);
  if (m.type === 'close') parentPort!.close();
});
