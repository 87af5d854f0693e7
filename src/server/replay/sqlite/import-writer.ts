import type SqliteDatabase from 'better-sqlite3';
import { type Row, STATE_TABLES, type StateTable, tableInfo } from '../../ledger/apply.js';
import {
  type BatchHeader,
  type BatchPart,
  EVENT_COLUMNS,
  ImportError,
  type ReadRequest,
  type ReadResult,
  readPlan,
  type WriteBatch,
} from '../batch.js';
import { type SealedFields, sealProblem } from '../../ledger/event-seal.js';
import { placeholders, RowWriter } from './row-writer.js';

/**
 * The SQLite side of the bulk import: it reads the rows a batch needs and writes batches, on one
 * connection, and is handed plain data only, so it can run on the import's own thread or on a
 * worker (import-worker.ts) while the import checks and applies the next batch.
 */

const SEQ = EVENT_COLUMNS.indexOf('seq');
const TYPE = EVENT_COLUMNS.indexOf('type');
const PAYLOAD = EVENT_COLUMNS.indexOf('payload');
const PREV_HASH = EVENT_COLUMNS.indexOf('prevHash');
const HASH = EVENT_COLUMNS.indexOf('hash');

const q = (name: string) => `"${name.replace(/"/g, '""')}"`;

interface TableStatements {
  width: number;
  keyWidth: number;
  insert: RowWriter;
  upsert: RowWriter;
  delete: RowWriter;
}

/** The batch being written: its transaction is open from `begin` to `commit` (or `abort`). */
interface OpenBatch {
  header: BatchHeader;
  /** The statement rows are being added to: flushed before another takes over. */
  current: RowWriter | null;
  /** The type of each event of the batch, from its seq afterSeq + 1 on: a refused row names its event. */
  types: string[];
}

/**
 * Reads and writes for the import, on one better-sqlite3 connection. A batch is written in one
 * IMMEDIATE transaction, a part at a time as the parts come (begin, part…, commit), so a writer
 * on a worker writes while the import is still handing the rest of the batch over; anything
 * refused rolls the whole batch back.
 */
export class ImportWriter {
  private readonly tables = new Map<StateTable, TableStatements>();
  private readonly reads = new Map<string, SqliteDatabase.Statement>();
  private readonly insertEvents: RowWriter;
  private readonly readHead: SqliteDatabase.Statement;
  private readonly moveHead: SqliteDatabase.Statement;
  private open: OpenBatch | null = null;
  /** The connection's temp_store before the writer took it over (see the constructor). */
  private readonly tempStore: number;

  /** `columns`: each state table's columns, in the order the batches' values come (BatchEncoder). */
  constructor(
    private readonly sqlite: SqliteDatabase.Database,
    columns: Record<StateTable, string[]>,
  ) {
    // A multi-row statement keeps a statement journal (the pages it changes, to undo it alone if
    // it fails). On a file, that journal spills to a temp file and stays there for the whole
    // transaction, so every statement after wrote its pages again through the kernel, several
    // times the file's own writes. In memory it stays a few
    // pages per statement. The rollback journal, which keeps the file safe, is unchanged.
    this.tempStore = sqlite.pragma('temp_store', { simple: true }) as number;
    sqlite.pragma('temp_store = MEMORY');
    this.insertEvents = new RowWriter(
      sqlite,
      (n) => `INSERT INTO events (${EVENT_COLUMNS.map(q).join(', ')}) VALUES ${placeholders(EVENT_COLUMNS.length, n)}`,
      EVENT_COLUMNS.length,
      this.refusal('events'),
    );
    this.readHead = sqlite.prepare('SELECT seq FROM ledger_head WHERE id = 1').pluck();
    this.moveHead = sqlite.prepare('UPDATE ledger_head SET seq = ?, hash = ? WHERE id = 1');
    for (const table of STATE_TABLES) this.tables.set(table, this.prepareTable(table, columns[table]));
  }

  /** The rows of `request` (readPlan): one statement per table, the keys passed as a JSON array. */
  read(request: ReadRequest): ReadResult {
    const plan = readPlan(request);
    for (let step = plan.next(); ;) {
      if (step.done) return step.value;
      const { table, column, keys } = step.value;
      const text = `SELECT * FROM ${q(table)} WHERE ${q(column)} IN (SELECT value FROM json_each(?))`;
      let s = this.reads.get(text);
      if (!s) this.reads.set(text, (s = this.sqlite.prepare(text)));
      step = plan.next(s.all(JSON.stringify(keys)) as Row[]);
    }
  }

  /** Writes a whole batch (begin, every part, commit); throws ImportError naming the event whose row was refused. */
  write(batch: WriteBatch): void {
    this.begin(batch);
    try {
      for (const part of batch.parts) this.part(part);
    } catch (err) {
      // A part refused has rolled the batch back already; one that could not be made has not.
      this.abort();
      throw err;
    }
    this.commit(batch.head);
  }

  /** Opens a batch's transaction; throws ImportError if the ledger moved on since the import read it. */
  begin(header: BatchHeader): void {
    if (this.open) this.abort();
    this.open = { header, current: null, types: [] };
    this.guard(() => {
      this.sqlite.exec('BEGIN IMMEDIATE');
      const head = Number(this.readHead.get());
      if (head !== header.afterSeq)
        throw new ImportError(
          `events after ${header.afterSeq} cannot be written: the ledger moved on to event ${head} while the import wrote (another writer?)`,
          header.afterSeq + 1,
        );
    });
  }

  /**
   * Writes one part into the open batch. Every event's hash is checked here, before its row is
   * added (on a worker, this is the thread with time to spare); the events come before every
   * state row, so none is written unless all the hashes hold.
   */
  part(part: BatchPart): void {
    const open = this.open;
    if (!open) throw new Error('internal: a batch part came with no batch open');
    this.guard(() => {
      const values = part.values;
      if (part.table === 'events') {
        const width = EVENT_COLUMNS.length;
        this.switchTo(this.insertEvents);
        this.checkSeals(values, open.types);
        for (let i = 0; i < values.length; i += width) this.insertEvents.add(values, i, values[i + SEQ] as number);
        return;
      }
      const s = this.tables.get(part.table)!;
      const width = part.op === 'delete' ? s.keyWidth : s.width;
      const writer = s[part.op];
      this.switchTo(writer);
      for (let i = 0, r = 0; i < values.length; i += width, r++) writer.add(values, i, part.seqs[r]!);
    });
  }

  /** Writes what is left of the open batch, moves the head to its last event and commits. */
  commit(head: { seq: number; hash: string }): void {
    const open = this.open;
    if (!open) throw new Error('internal: a batch commit came with no batch open');
    this.guard(() => {
      this.switchTo(null);
      this.moveHead.run(head.seq, head.hash);
      this.sqlite.exec('COMMIT');
    });
    this.end();
  }

  /** Gives the connection back as it was (the writer is not used after). */
  release(): void {
    this.abort();
    this.sqlite.pragma(`temp_store = ${this.tempStore}`);
  }

  /** Rolls the open batch back, if there is one. */
  abort(): void {
    if (!this.open) return;
    if (this.sqlite.inTransaction) this.sqlite.exec('ROLLBACK');
    this.end();
  }

  private end(): void {
    this.open = null;
  }

  /** Runs a step of the open batch; if it throws, the batch is rolled back and the error goes on. */
  private guard(step: () => void): void {
    try {
      step();
    } catch (err) {
      this.abort();
      throw err;
    }
  }

  /** How a RowWriter of `label`'s rows names a row the database refused: by the event that wrote it. */
  private refusal(label: string): (seq: number, detail: string) => ImportError {
    return (seq, detail) => {
      const type = this.open?.types[seq - this.open.header.afterSeq - 1] ?? 'unknown type';
      return new ImportError(`event ${seq} (${type}) cannot be applied: ${label}: ${detail}`, seq);
    };
  }

  /** Makes `writer` the statement rows go to, writing out what the one before it holds. */
  private switchTo(writer: RowWriter | null): void {
    const open = this.open!;
    if (open.current === writer) return;
    open.current?.flush();
    open.current = writer;
    writer?.reset();
  }

  private checkSeals(values: unknown[], types: string[]): void {
    const width = EVENT_COLUMNS.length;
    const sealed: SealedFields = { seq: 0, type: '', payload: '', prevHash: '', hash: '' };
    for (let i = 0; i < values.length; i += width) {
      sealed.seq = values[i + SEQ] as number;
      sealed.type = values[i + TYPE] as string;
      sealed.payload = values[i + PAYLOAD] as string;
      sealed.prevHash = values[i + PREV_HASH] as string;
      sealed.hash = values[i + HASH] as string;
      const problem = sealProblem(sealed);
      if (problem) throw new ImportError(problem, sealed.seq);
      types.push(sealed.type);
    }
  }

  private prepareTable(table: StateTable, columns: string[]): TableStatements {
    const keys = tableInfo(table).key;
    const rest = columns.filter((c) => !keys.includes(c));
    const insert = (rows: number) =>
      `INSERT INTO ${q(table)} (${columns.map(q).join(', ')}) VALUES ${placeholders(columns.length, rows)}`;
    const onConflict =
      rest.length === 0 ? 'DO NOTHING' : `DO UPDATE SET ${rest.map((c) => `${q(c)} = excluded.${q(c)}`).join(', ')}`;
    const keyList = keys.map(q).join(', ');
    const refuse = this.refusal(table);
    return {
      width: columns.length,
      keyWidth: keys.length,
      insert: new RowWriter(this.sqlite, insert, columns.length, refuse),
      upsert: new RowWriter(
        this.sqlite,
        (rows) => `${insert(rows)} ON CONFLICT (${keyList}) ${onConflict}`,
        columns.length,
        refuse,
      ),
      // Deletes are rare (a claim's sources or tags replaced): one key per statement would do, but
      // a row value IN list keeps them on the same path as the rest.
      delete: new RowWriter(
        this.sqlite,
        (rows) => `DELETE FROM ${q(table)} WHERE (${keyList}) IN (VALUES ${placeholders(keys.length, rows)})`,
        keys.length,
        refuse,
      ),
    };
  }
}
