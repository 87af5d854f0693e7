import { parentPort, workerData } from 'node:worker_threads';
import SqliteDatabase from 'better-sqlite3';
import { type Row, STATE_TABLES, type StateTable, tableInfo } from '../../ledger/apply.js';
import {
  type BatchPart,
  checkSeals,
  describeError,
  EVENT_COLUMNS,
  eventError,
  ImportError,
  partStatement,
  type ReadRequest,
  type ReadResult,
  readPlan,
} from '../batch.js';
import { RowWriter } from './row-writer.js';

/**
 * The SQLite writer of the import, on a worker thread with its own connection (import-client.ts starts it, the
 * end of this file serves it): a batch is one IMMEDIATE transaction (begin, part…, commit) that a refusal rolls back.
 */
class ImportWriter {
  /** By table and op (`events insert`, `claims upsert`, …). */
  private readonly writers = new Map<string, RowWriter>();
  private readonly reads = new Map<string, SqliteDatabase.Statement>();
  private readonly readHead: SqliteDatabase.Statement;
  private readonly moveHead: SqliteDatabase.Statement;
  /** The batch being written, open from `begin` to `commit` (or `abort`); `types`: of each of its events, from afterSeq + 1 on, to name a refused row's event. */
  private open: { afterSeq: number; types: string[] } | null = null;
  /** What refused the open batch, told at its commit; `failed`: a batch was refused, so no later one is written. */
  private refused: Error | null = null;
  private failed = false;

  /** `columns`: each state table's columns, in the order the batches' values come (BatchEncoder). */
  constructor(
    private readonly sqlite: SqliteDatabase.Database,
    columns: Record<StateTable, string[]>,
  ) {
    this.readHead = sqlite.prepare('SELECT seq FROM ledger_head WHERE id = 1').pluck();
    this.moveHead = sqlite.prepare('UPDATE ledger_head SET seq = ?, hash = ? WHERE id = 1');
    for (const table of ['events', ...STATE_TABLES] as const)
      for (const op of table === 'events' ? (['insert'] as const) : (['insert', 'upsert', 'delete'] as const)) {
        const cols = table === 'events' ? EVENT_COLUMNS : op === 'delete' ? tableInfo(table).key : columns[table];
        const text = (rows: number) => partStatement(table, op, cols, rows);
        this.writers.set(`${table} ${op}`, new RowWriter(sqlite, text, cols.length, this.refusal(table)));
      }
  }

  /** The rows of `request` (readPlan): one statement per table, the keys passed as a JSON array. */
  read(request: ReadRequest): ReadResult {
    const plan = readPlan(request);
    for (let step = plan.next(); ;) {
      if (step.done) return step.value;
      const { table, column, keys } = step.value;
      const text = `SELECT * FROM "${table}" WHERE "${column}" IN (SELECT value FROM json_each(?))`;
      const s = this.reads.get(text) ?? this.reads.set(text, this.sqlite.prepare(text)).get(text)!;
      step = plan.next(s.all(JSON.stringify(keys)) as Row[]);
    }
  }

  /** Opens a batch's transaction; refused if the ledger moved on since the import read it, or an earlier batch was refused. */
  begin(afterSeq: number): void {
    this.abort();
    this.refused = this.failed
      ? new ImportError(`events after ${afterSeq}: an earlier batch was refused`, afterSeq + 1)
      : null;
    this.open = { afterSeq, types: [] };
    this.guard(() => {
      this.sqlite.exec('BEGIN IMMEDIATE');
      const head = Number(this.readHead.get());
      if (head !== afterSeq)
        throw new ImportError(
          `events after ${afterSeq} cannot be written: the ledger moved on to event ${head} while the import wrote (another writer?)`,
          afterSeq + 1,
        );
    });
  }

  /** Writes one part into the open batch; the events come first, each hash checked here (on a worker, the thread with time to spare). */
  part({ table, op, values, seqs }: BatchPart): void {
    this.guard(() => {
      if (table === 'events') checkSeals(values, this.open!.types);
      this.writers.get(`${table} ${op}`)!.write(values, seqs);
    });
  }

  /** Moves the head to the open batch's last event and commits; throws what refused the batch. */
  commit(head: { seq: number; hash: string }): void {
    this.guard(() => {
      this.moveHead.run(head.seq, head.hash);
      this.sqlite.exec('COMMIT');
    });
    this.open = null;
    const refused = this.refused;
    this.refused = null;
    if (refused) throw refused;
  }

  /** Rolls the open batch back, if there is one. */
  abort(): void {
    if (!this.open) return;
    if (this.sqlite.inTransaction) this.sqlite.exec('ROLLBACK');
    this.open = null;
  }

  /** Runs a step of the open batch unless it was refused; what throws rolls the batch back and refuses it (and every later batch). */
  private guard(step: () => void): void {
    if (this.refused) return;
    try {
      step();
    } catch (err) {
      this.abort();
      this.refused = err instanceof Error ? err : new Error(String(err));
      this.failed = true;
    }
  }

  /** How a RowWriter of `label`'s rows names a row the database refused: by the event that wrote it. */
  private refusal(label: string): (seq: number, detail: string) => ImportError {
    return (seq, detail) =>
      eventError(
        { seq, type: this.open?.types[seq - this.open.afterSeq - 1] ?? 'unknown type' },
        `${label}: ${detail}`,
      );
  }
}

export type WriterMessage =
  | { type: 'read'; request: ReadRequest }
  /** A batch: 'begin', then its parts, then 'commit'. */
  | { type: 'begin'; afterSeq: number }
  | { type: 'part'; part: BatchPart }
  | { type: 'commit'; head: { seq: number; hash: string } }
  | { type: 'close' };

/** The answer to a read, commit or close, in the order they came: rows, or a refusal (an ImportError's message and seq). */
export type WriterReply = { rows?: ReadResult; error?: string; seq?: number };

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
// A file the import has alone (it left WAL mode, withRollbackJournal) keeps its lock from the first batch to the end.
if (sqlite.pragma('journal_mode', { simple: true }) !== 'wal') sqlite.pragma('locking_mode = EXCLUSIVE');
// A multi-row statement's journal (to undo it alone) would spill to a temp file; the rollback journal is unchanged.
sqlite.pragma('temp_store = MEMORY');
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
        writer.abort();
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
