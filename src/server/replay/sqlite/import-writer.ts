import type SqliteDatabase from 'better-sqlite3';
import { type Row, STATE_TABLE_KEYS, STATE_TABLES, type StateTable } from '../../ledger/apply.js';
import { EVENT_COLUMNS } from '../batch.js';
import { type SealedFields, sealProblem } from '../../ledger/event-seal.js';
import { placeholders, RowRefused, RowWriter } from './row-writer.js';

/**
 * The SQLite side of the bulk import: it reads the rows a batch needs and writes batches, on one
 * connection, and is handed plain data only, so it can run on the import's own thread or on a
 * worker (import-worker.ts) while the import checks and applies the next batch.
 */

/** What a batch needs read: claims with their sources and tags, resolutions, sources with their totals. */
export interface ReadRequest {
  claims: string[];
  resolutions: string[];
  sources: string[];
}

export type ReadResult = Partial<Record<StateTable, Row[]>>;

export type PartOp = 'insert' | 'upsert' | 'delete';

/**
 * A slice of a batch: rows of one table for one statement (events: inserts), as flat values in
 * the table's column order (deletes: its key columns), with the event that last changed each row
 * (events: none, the seq is their first value). A batch travels to a writer on a worker as one
 * message per part, and the writer writes each part as it comes into the batch's open
 * transaction: parts are kept small (PART_VALUES, batch-encoder.ts) because a batch in one piece
 * costs both threads more than its copy — the serializer's buffer and the large arrays behind it
 * are fresh memory every batch, and the whole batch outlives young-generation collections on
 * the writer and is copied into the old generation there.
 */
export interface BatchPart {
  table: StateTable | 'events';
  op: PartOp;
  values: unknown[];
  seqs: number[];
}

/** What a batch is written on: everything but its rows. */
export interface BatchHeader {
  /** The head before the batch: the batch is refused if the database moved on meanwhile. */
  afterSeq: number;
}

export interface WriteBatch extends BatchHeader {
  head: { seq: number; hash: string };
  /** The events, then the rows in the order they are written (batch-encoder.ts), taken one at a time. */
  parts: Iterable<BatchPart>;
}

/** A batch the writer refused, and the event it refused it for. */
export class WriteFailure extends Error {
  constructor(
    readonly seq: number,
    readonly detail: string,
    /** `detail` is the whole message and names the event itself (an event whose hash does not seal it). */
    readonly named = false,
  ) {
    super(detail);
  }
}

const SEQ = EVENT_COLUMNS.indexOf('seq');
const TYPE = EVENT_COLUMNS.indexOf('type');
const PAYLOAD = EVENT_COLUMNS.indexOf('payload');
const PREV_HASH = EVENT_COLUMNS.indexOf('prevHash');
const HASH = EVENT_COLUMNS.indexOf('hash');

const q = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** Each state table's columns, in the order the writer binds them. */
export function tableColumns(sqlite: SqliteDatabase.Database): Record<StateTable, string[]> {
  const out = {} as Record<StateTable, string[]>;
  for (const t of STATE_TABLES)
    out[t] = sqlite.prepare('SELECT name FROM pragma_table_info(?) ORDER BY cid').pluck().all(t) as string[];
  return out;
}

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
  current: { label: string; writer: RowWriter } | null;
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

  constructor(private readonly sqlite: SqliteDatabase.Database) {
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
    );
    this.readHead = sqlite.prepare('SELECT seq FROM ledger_head WHERE id = 1').pluck();
    this.moveHead = sqlite.prepare('UPDATE ledger_head SET seq = ?, hash = ? WHERE id = 1');
    const columns = tableColumns(sqlite);
    for (const table of STATE_TABLES) this.tables.set(table, this.prepareTable(table, columns[table]));
  }

  /** The rows of `request` that exist (one statement per table, the keys passed as a JSON array). */
  read(request: ReadRequest): ReadResult {
    const out: ReadResult = {};
    const load = (table: StateTable, column: string, keys: string[]) => {
      if (keys.length === 0) return;
      const s = this.read1(`SELECT * FROM ${q(table)} WHERE ${q(column)} IN (SELECT value FROM json_each(?))`);
      (out[table] ??= []).push(...(s.all(JSON.stringify(keys)) as Row[]));
    };
    load('claims', 'id', request.claims);
    load('claim_sources', 'claimId', request.claims);
    load('claim_tags', 'claimId', request.claims);
    load('resolutions', 'id', request.resolutions);
    // The totals of the requested sources, and of every source that made a requested claim.
    const makers = new Set(request.sources);
    for (const cs of out.claim_sources ?? []) if (cs.role === 'made') makers.add(cs.sourceId as string);
    load('sources', 'id', request.sources);
    load('source_stats', 'sourceId', [...makers]);
    return out;
  }

  /** Writes a whole batch (begin, every part, commit); throws WriteFailure naming the event whose row was refused. */
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

  /** Opens a batch's transaction; throws WriteFailure if the ledger moved on since the import read it. */
  begin(header: BatchHeader): void {
    if (this.open) this.abort();
    this.open = { header, current: null };
    this.guard(() => {
      this.sqlite.exec('BEGIN IMMEDIATE');
      const head = Number(this.readHead.get());
      if (head !== header.afterSeq)
        throw new WriteFailure(
          header.afterSeq + 1,
          `the ledger moved on to event ${head} while the import wrote (another writer?)`,
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
        this.switchTo('events', this.insertEvents);
        this.checkSeals(values);
        for (let i = 0; i < values.length; i += width) this.insertEvents.add(values, i, values[i + SEQ] as number);
        return;
      }
      const s = this.tables.get(part.table)!;
      const width = part.op === 'delete' ? s.keyWidth : s.width;
      const writer = s[part.op];
      this.switchTo(part.table, writer);
      for (let i = 0, r = 0; i < values.length; i += width, r++) writer.add(values, i, part.seqs[r]!);
    });
  }

  /** Writes what is left of the open batch, moves the head to its last event and commits. */
  commit(head: { seq: number; hash: string }): void {
    const open = this.open;
    if (!open) throw new Error('internal: a batch commit came with no batch open');
    this.guard(() => {
      this.switchTo('', null);
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

  /** Runs a step of the open batch; if it throws, the batch is rolled back and the error (a refused row: WriteFailure) goes on. */
  private guard(step: () => void): void {
    try {
      step();
    } catch (err) {
      const label = this.open?.current?.label ?? 'events';
      this.abort();
      throw err instanceof RowRefused ? new WriteFailure(err.seq, `${label}: ${err.detail}`) : err;
    }
  }

  /** Makes `writer` the statement rows go to, writing out what the one before it holds. */
  private switchTo(label: string, writer: RowWriter | null): void {
    const open = this.open!;
    if (open.current?.writer === writer) return;
    if (open.current) open.current.writer.flush();
    open.current = writer ? { label, writer } : null;
    writer?.reset();
  }

  private checkSeals(values: unknown[]): void {
    const width = EVENT_COLUMNS.length;
    const sealed: SealedFields = { seq: 0, type: '', payload: '', prevHash: '', hash: '' };
    for (let i = 0; i < values.length; i += width) {
      sealed.seq = values[i + SEQ] as number;
      sealed.type = values[i + TYPE] as string;
      sealed.payload = values[i + PAYLOAD] as string;
      sealed.prevHash = values[i + PREV_HASH] as string;
      sealed.hash = values[i + HASH] as string;
      const problem = sealProblem(sealed);
      if (problem) throw new WriteFailure(sealed.seq, problem, true);
    }
  }

  private prepareTable(table: StateTable, columns: string[]): TableStatements {
    const keys = STATE_TABLE_KEYS[table];
    const rest = columns.filter((c) => !keys.includes(c));
    const insert = (rows: number) =>
      `INSERT INTO ${q(table)} (${columns.map(q).join(', ')}) VALUES ${placeholders(columns.length, rows)}`;
    const onConflict =
      rest.length === 0 ? 'DO NOTHING' : `DO UPDATE SET ${rest.map((c) => `${q(c)} = excluded.${q(c)}`).join(', ')}`;
    const keyList = keys.map(q).join(', ');
    return {
      width: columns.length,
      keyWidth: keys.length,
      insert: new RowWriter(this.sqlite, insert, columns.length),
      upsert: new RowWriter(
        this.sqlite,
        (rows) => `${insert(rows)} ON CONFLICT (${keyList}) ${onConflict}`,
        columns.length,
      ),
      // Deletes are rare (a claim's sources or tags replaced): one key per statement would do, but
      // a row value IN list keeps them on the same path as the rest.
      delete: new RowWriter(
        this.sqlite,
        (rows) => `DELETE FROM ${q(table)} WHERE (${keyList}) IN (VALUES ${placeholders(keys.length, rows)})`,
        keys.length,
      ),
    };
  }

  private read1(text: string): SqliteDatabase.Statement {
    let s = this.reads.get(text);
    if (!s) this.reads.set(text, (s = this.sqlite.prepare(text)));
    return s;
  }
}
