import { parentPort, workerData } from 'node:worker_threads';
import SqliteDatabase from 'better-sqlite3';
import { readHead, verifyPartitionSqlite } from './live-source.js';

/**
 * One partition of `verify` on its own connection (see verify.ts): opens a read transaction,
 * says so, and runs once told the snapshot is the one the other partitions see (otherwise it is terminated).
 */
const { file, index, of } = workerData as { file: string; index: number; of: number };
const db = new SqliteDatabase(file, { fileMustExist: true });
db.pragma('query_only = ON');
// Every page is read once, start to end: map the file rather than copy each page into a cache.
db.pragma('mmap_size = 4294967296');
db.pragma('busy_timeout = 10000');
db.exec('BEGIN');
// The snapshot starts at the first read.
readHead(db);
parentPort!.once('message', () => {
  void verifyPartitionSqlite(db, index, of)
    .then((result) => parentPort!.postMessage(result))
    // Closing ends the read transaction.
    .finally(() => db.close());
});
parentPort!.postMessage('ready');
