import { parentPort, workerData } from 'node:worker_threads';
import SqliteDatabase from 'better-sqlite3';
import type { Row } from '../../ledger/apply.js';
import {
  type BatchPart,
  checkSeals,
  describeError,
  eventError,
  ImportError,
  partStatement,
  type ReadRequest,
  type ReadResult,
  readRows,
} from '../batch.js';
import { RowWriter } from './row-writer.js';

/*
 * The SQLite writer of the import, on a worker thread with its own connection (import-client.ts starts it): a batch is
 * one IMMEDIATE transaction (begin, part…, commit) that the first step to throw rolls back and refuses.
 */

export type WriterMessage =
  | { type: 'read'; request: ReadRequest }
  /** A batch: 'begin', then its parts, then 'commit'. */
  | { type: 'begin'; afterSeq: number }
  | { type: 'part'; part: BatchPart }
  | { type: 'commit'; head: { seq: number; hash: string } }
  | { type: 'close' };

/** The answer to a read, commit or close, in the order they came: rows, or a refusal (an ImportError's message and seq). */
export type WriterReply = { rows?: ReadResult; error?: string; seq?: number };

const { file, cacheKib } = workerData as { file: string; cacheKib: number };
const sqlite = new SqliteDatabase(file, { fileMustExist: true });
sqlite.pragma('foreign_keys = ON');
sqlite.pragma('busy_timeout = 10000');
sqlite.pragma('synchronous = FULL');
sqlite.pragma(`cache_size = -${cacheKib}`);
// A file the import has alone (it left WAL mode, withRollbackJournal) keeps its lock from the first batch to the end.
if (sqlite.pragma('journal_mode', { simple: true }) !== 'wal') sqlite.pragma('locking_mode = EXCLUSIVE');
// A multi-row statement's journal (to undo it alone) would spill to a temp file; the rollback journal is unchanged.
sqlite.pragma('temp_store = MEMORY');

const readHead = sqlite.prepare('SELECT seq FROM ledger_head WHERE id = 1').pluck();
const moveHead = sqlite.prepare('UPDATE ledger_head SET seq = ?, hash = ? WHERE id = 1');
const reads = new Map<string, SqliteDatabase.Statement>();
/** The batch being written, from 'begin' to 'commit': the type of each of its events (from afterSeq + 1 on) to name a refused row's event, and what refused it. */
let open: { afterSeq: number; types: string[]; refused: Error | null } | null = null;

/** By table and op (`events insert`, `claims upsert`, …), made for its first part, in that part's columns. */
const writers = new Map<string, RowWriter>();
function writerOf({ table, op, columns }: BatchPart): RowWriter {
  const key = `${table} ${op}`;
  // A row the database refuses is named by the event that wrote it.
  const refuse = (seq: number, detail: string) =>
    eventError({ seq, type: open?.types[seq - open.afterSeq - 1] ?? 'unknown type' }, `${table}: ${detail}`);
  const make = () => new RowWriter(sqlite, (n) => partStatement(table, op, columns, n), columns.length, refuse);
  return writers.get(key) ?? writers.set(key, make()).get(key)!;
}

/** Runs a step of the open batch unless it was refused; what throws rolls the batch back and refuses it. */
function step(run: () => void): void {
  if (!open || open.refused) return;
  try {
    run();
  } catch (err) {
    if (sqlite.inTransaction) sqlite.exec('ROLLBACK');
    open.refused = err instanceof Error ? err : new Error(String(err));
  }
}

/**
 * Only 'begin' and 'part' go unanswered. A batch refused leaves the head where it was, so every later batch (which
 * follows it) is refused by its head check.
 */
async function serve(m: WriterMessage): Promise<WriterReply | null> {
  switch (m.type) {
    case 'read':
      // One statement per table, the keys passed as a JSON array.
      return {
        rows: await readRows(m.request, (table, column, keys) => {
          const text = `SELECT * FROM "${table}" WHERE "${column}" IN (SELECT value FROM json_each(?))`;
          const s = reads.get(text) ?? reads.set(text, sqlite.prepare(text)).get(text)!;
          return s.all(JSON.stringify(keys)) as Row[];
        }),
      };
    case 'begin':
      // A batch whose commit never came (its parts could not be made) is rolled back.
      if (sqlite.inTransaction) sqlite.exec('ROLLBACK');
      open = { afterSeq: m.afterSeq, types: [], refused: null };
      step(() => {
        sqlite.exec('BEGIN IMMEDIATE');
        const head = Number(readHead.get());
        if (head !== m.afterSeq)
          throw new ImportError(
            `events after ${m.afterSeq} cannot be written: the head is event ${head} (a batch refused, or another writer)`,
            m.afterSeq + 1,
          );
      });
      return null;
    case 'part':
      // The events come first, each hash checked here (on a worker, the thread with time to spare).
      step(() => {
        if (m.part.table === 'events') checkSeals(m.part.values, open!.types);
        writerOf(m.part).write(m.part.values, m.part.seqs);
      });
      return null;
    case 'commit': {
      step(() => {
        moveHead.run(m.head.seq, m.head.hash);
        sqlite.exec('COMMIT');
      });
      const refused = open?.refused;
      open = null;
      if (refused) throw refused;
      return {};
    }
    case 'close':
      // Closing rolls back a batch whose commit never came.
      sqlite.close();
      return {};
  }
}

/** Serves `m` and posts its reply; never rejects (a refusal is the reply). */
async function answer(m: WriterMessage): Promise<void> {
  const reply = await serve(m).catch((err: unknown): WriterReply => ({
    error: describeError(err),
    seq: err instanceof ImportError ? err.seq : undefined,
  }));
  if (reply) parentPort!.postMessage(reply);
  if (m.type === 'close') parentPort!.close();
}

// Each message waits for the one before it: the answers keep the order asked whatever a read awaits, not only while its
// rows come in microtasks that Node runs before the next message.
let queue = Promise.resolve();
parentPort!.on('message', (m: WriterMessage) => void (queue = queue.then(() => answer(m))));
