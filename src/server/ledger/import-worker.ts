import { parentPort, workerData } from 'node:worker_threads';
import SqliteDatabase from 'better-sqlite3';
import { ImportWriter, WriteFailure } from './import-writer.js';
import type { WriterMessage, WriterReply } from './import-client.js';

/**
 * The import's writer on its own thread and connection (import-client.ts starts it). The file is
 * new and the import's alone, so the connection keeps the lock from its first batch to the end
 * (locking_mode EXCLUSIVE) instead of taking and dropping it for every batch. Messages are
 * handled in order; after a refused batch, no later batch is written.
 */
const { file, cacheKib } = workerData as { file: string; cacheKib: number };
const sqlite = new SqliteDatabase(file, { fileMustExist: true });
sqlite.pragma('foreign_keys = ON');
sqlite.pragma('busy_timeout = 10000');
sqlite.pragma('synchronous = FULL');
sqlite.pragma(`cache_size = -${cacheKib}`);
sqlite.pragma('locking_mode = EXCLUSIVE');
const writer = new ImportWriter(sqlite);
let failed: string | null = null;

parentPort!.on('message', (m: WriterMessage) => {
  const reply = (r: WriterReply) => parentPort!.postMessage(r);
  if (m.type === 'close') {
    sqlite.close();
    reply({ id: m.id, ok: true });
    parentPort!.close();
    return;
  }
  try {
    if (m.type === 'read') return reply({ id: m.id, ok: true, rows: writer.read(m.request) });
    if (failed) return reply({ id: m.id, ok: false, failure: { seq: m.batch.afterSeq + 1, detail: failed, named: false } });
    writer.write(m.batch);
    reply({ id: m.id, ok: true });
  } catch (err) {
    if (m.type === 'write') failed = 'an earlier batch was refused';
    if (err instanceof WriteFailure) reply({ id: m.id, ok: false, failure: { seq: err.seq, detail: err.detail, named: err.named } });
    else reply({ id: m.id, ok: false, error: err instanceof Error ? err.message : String(err) });
  }
});
