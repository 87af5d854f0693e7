import { performance } from 'node:perf_hooks';
import { parentPort, workerData } from 'node:worker_threads';
import SqliteDatabase from 'better-sqlite3';
import { type BatchPart, ImportWriter, WriteFailure } from './import-writer.js';
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
/** The parts of the batch whose 'write' comes next. */
let parts: BatchPart[] = [];
// What a batch costs this thread includes taking its parts in (the structured clones, ~20% of
// it), which happens before the handler runs: the loop's active time since the last batch counts it.
let lastWritten = performance.eventLoopUtilization();

parentPort!.on('message', (m: WriterMessage) => {
  if (m.type === 'part') {
    parts.push(m.part);
    return;
  }
  const reply = (r: WriterReply) => parentPort!.postMessage(r);
  if (m.type === 'close') {
    sqlite.close();
    reply({ id: m.id, ok: true });
    parentPort!.close();
    return;
  }
  try {
    if (m.type === 'read') return reply({ id: m.id, ok: true, rows: writer.read(m.request) });
    m.batch.parts = parts;
    parts = [];
    if (failed) return reply({ id: m.id, ok: false, failure: { seq: m.batch.afterSeq + 1, detail: failed, named: false } });
    const stats = writer.write(m.batch);
    const now = performance.eventLoopUtilization();
    stats.busyMs = Math.max(stats.busyMs, now.active - lastWritten.active);
    lastWritten = now;
    reply({ id: m.id, ok: true, stats });
  } catch (err) {
    if (m.type === 'write') failed = 'an earlier batch was refused';
    if (err instanceof WriteFailure) reply({ id: m.id, ok: false, failure: { seq: err.seq, detail: err.detail, named: err.named } });
    else reply({ id: m.id, ok: false, error: err instanceof Error ? err.message : String(err) });
  }
});
