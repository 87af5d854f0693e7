import type SqliteDatabase from 'better-sqlite3';
import { type Row, STATE_TABLE_KEYS, STATE_TABLES, type StateTable } from './apply.js';
import { EVENT_COLUMNS } from './batch.js';
import type { RecordedEvent } from './events.js';
import { type SealedFields, sealProblem } from './event-seal.js';
import { compileRowPush } from './row-access.js';
import { placeholders, RowRefused, RowWriter } from './row-writer.js';
import type { Entry } from './state-image.js';

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

/** One table's changed rows as flat value arrays in the table's column order, with the event that last changed each. */
export interface TableChanges {
  deletes: unknown[];
  deleteSeqs: number[];
  inserts: unknown[];
  insertSeqs: number[];
  upserts: unknown[];
  upsertSeqs: number[];
}

/**
 * A slice of a batch: some of its events (EVENT_COLUMNS values, flat) and some of its changed
 * rows. A batch travels to a writer on a worker as one message per part; parts are kept small
 * (PART_VALUES) because one big message costs the import's thread more than its copy: the
 * serializer's buffer and the large arrays behind it are fresh memory every batch, and the page
 * faults of taking that memory cost as much as the copy itself.
 */
export interface BatchPart {
  events: unknown[];
  tables: Partial<Record<StateTable, TableChanges>>;
}

/** Values per part, at most (a row is never split): arrays of this size stay regular young objects. */
export const PART_VALUES = 12_000;

export interface WriteBatch {
  /** The head before the batch: the batch is refused if the database moved on meanwhile. */
  afterSeq: number;
  /** The events, then the changed rows, in order: written as if each array were the parts' arrays joined. */
  parts: BatchPart[];
  head: { seq: number; hash: string };
  /** The import checked the hashes of the batch's events up to this seq itself; the writer checks the rest. */
  sealedThrough: number;
  /**
   * The import's image held every row this batch's rows can name and refused any row whose parent
   * was missing (state-image.ts checkForeignKeys): the database need not look the parents up again.
   */
  referencesChecked: boolean;
}

/** What writing a batch cost the writer, so the import can share the hash checks out (bulk-sqlite.ts). */
export interface WriteStats {
  /** Milliseconds the batch took the writer: from the start of its checks to its commit, and on a worker, taking the batch in. */
  busyMs: number;
  /** Of those, the milliseconds spent checking hashes, and how many events it checked. */
  sealMs: number;
  sealed: number;
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
  for (const t of STATE_TABLES) out[t] = sqlite.prepare('SELECT name FROM pragma_table_info(?) ORDER BY cid').pluck().all(t) as string[];
  return out;
}

/** Encodes an image's pending rows and a batch's events for the writer, in parts of at most PART_VALUES values. */
export class BatchEncoder {
  private readonly push = new Map<StateTable, (row: Row, out: unknown[]) => void>();
  private readonly known = new Map<StateTable, Set<string>>();
  private readonly width = new Map<StateTable, number>();

  constructor(
    columns: Record<StateTable, string[]>,
    private readonly partValues = PART_VALUES,
  ) {
    for (const t of STATE_TABLES) {
      this.push.set(t, compileRowPush(columns[t]));
      this.known.set(t, new Set(columns[t]));
      this.width.set(t, columns[t].length);
    }
  }

  encode(afterSeq: number, events: readonly RecordedEvent[], pending: readonly Entry[], sealedThrough: number, referencesChecked: boolean): WriteBatch {
    const parts: BatchPart[] = [];
    let part: BatchPart = { events: [], tables: {} };
    let size = 0;
    /** The part a row of `n` values goes in: a new one when the current one is full. */
    const room = (n: number): BatchPart => {
      if (size + n > this.partValues && size > 0) {
        parts.push(part);
        part = { events: [], tables: {} };
        size = 0;
      }
      size += n;
      return part;
    };
    const eventWidth = EVENT_COLUMNS.length;
    for (const e of events) room(eventWidth).events.push(e.seq, e.at, e.actor, e.type, e.entity, e.entityId, e.payload, e.prevHash, e.hash);
    for (const e of pending) {
      if (e.state === 'clean' || e.state === 'gone') continue;
      checkColumns(e.table, this.known.get(e.table)!, e.row);
      if (e.state === 'deleted') {
        const keys = STATE_TABLE_KEYS[e.table];
        const changes = changesOf(room(keys.length + 1), e.table);
        for (const k of keys) changes.deletes.push(e.row[k]);
        changes.deleteSeqs.push(e.seq);
        continue;
      }
      const changes = changesOf(room(this.width.get(e.table)! + 1), e.table);
      if (e.state === 'new') {
        this.push.get(e.table)!(e.row, changes.inserts);
        changes.insertSeqs.push(e.seq);
      } else {
        this.push.get(e.table)!(e.row, changes.upserts);
        changes.upsertSeqs.push(e.seq);
      }
    }
    if (size > 0) parts.push(part);
    const last = events[events.length - 1]!;
    return { afterSeq, parts, head: { seq: last.seq, hash: last.hash }, sealedThrough, referencesChecked };
  }
}

function changesOf(part: BatchPart, table: StateTable): TableChanges {
  return (part.tables[table] ??= { deletes: [], deleteSeqs: [], inserts: [], insertSeqs: [], upserts: [], upsertSeqs: [] });
}

/** An applier's row with a column the table lacks is a bug: say so instead of dropping it. */
function checkColumns(table: StateTable, columns: Set<string>, row: Row): void {
  for (const c in row) if (!columns.has(c)) throw new Error(`${table} has no column ${c}`);
}

interface TableStatements {
  width: number;
  keyWidth: number;
  insert: RowWriter;
  upsert: RowWriter;
  delete: RowWriter;
}

/** Reads and writes for the import, on one better-sqlite3 connection. */
export class ImportWriter {
  private readonly tables = new Map<StateTable, TableStatements>();
  private readonly reads = new Map<string, SqliteDatabase.Statement>();
  private readonly insertEvents: RowWriter;
  private readonly readHead: SqliteDatabase.Statement;
  private readonly moveHead: SqliteDatabase.Statement;
  private readonly batch: SqliteDatabase.Transaction<(b: WriteBatch) => number>;
  /** The connection checks foreign keys (pragma foreign_keys) outside the batches that skip it. */
  private readonly foreignKeys: boolean;

  constructor(private readonly sqlite: SqliteDatabase.Database) {
    this.foreignKeys = sqlite.pragma('foreign_keys', { simple: true }) === 1;
    this.insertEvents = new RowWriter(sqlite, (n) => `INSERT INTO events (${EVENT_COLUMNS.map(q).join(', ')}) VALUES ${placeholders(EVENT_COLUMNS.length, n)}`, EVENT_COLUMNS.length);
    this.readHead = sqlite.prepare('SELECT seq FROM ledger_head WHERE id = 1').pluck();
    this.moveHead = sqlite.prepare('UPDATE ledger_head SET seq = ?, hash = ? WHERE id = 1');
    const columns = tableColumns(sqlite);
    for (const table of STATE_TABLES) this.tables.set(table, this.prepareTable(table, columns[table]));
    this.batch = sqlite.transaction((b: WriteBatch) => this.apply(b));
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

  /** Writes a batch in one IMMEDIATE transaction; throws WriteFailure naming the event whose row was refused. */
  write(batch: WriteBatch): WriteStats {
    const started = performance.now();
    // The pragma is a no-op inside a transaction, so it is switched around the batch. Measured on
    // 1,000,000 events' rows: the parent lookups cost 2–3 s of the writer's ~33 s of inserts.
    const skipReferences = batch.referencesChecked && this.foreignKeys;
    if (skipReferences) this.sqlite.pragma('foreign_keys = OFF');
    let sealMs: number;
    try {
      sealMs = this.batch.immediate(batch);
    } finally {
      if (skipReferences) this.sqlite.pragma('foreign_keys = ON');
    }
    const sealed = batch.head.seq - Math.max(batch.sealedThrough, batch.afterSeq);
    return { busyMs: performance.now() - started, sealMs, sealed };
  }

  /** Checks the hashes the import left to the writer and writes the batch; returns the milliseconds the hash checks took. */
  private apply(b: WriteBatch): number {
    const head = Number(this.readHead.get());
    if (head !== b.afterSeq) throw new WriteFailure(b.afterSeq + 1, `the ledger moved on to event ${head} while the import wrote (another writer?)`);
    const width = EVENT_COLUMNS.length;
    // Every event's hash is checked before any of the batch is written: those after
    // `sealedThrough` here, the rest by the import on its own thread (bulk-sqlite.ts SealShare).
    const sealStarted = performance.now();
    const sealed: SealedFields = { seq: 0, type: '', payload: '', prevHash: '', hash: '' };
    for (const { events: ev } of b.parts) {
      if (ev.length === 0 || (ev[ev.length - width + SEQ] as number) <= b.sealedThrough) continue;
      const from = Math.max(0, b.sealedThrough - (ev[SEQ] as number) + 1) * width;
      for (let i = from; i < ev.length; i += width) {
        sealed.seq = ev[i + SEQ] as number;
        sealed.type = ev[i + TYPE] as string;
        sealed.payload = ev[i + PAYLOAD] as string;
        sealed.prevHash = ev[i + PREV_HASH] as string;
        sealed.hash = ev[i + HASH] as string;
        const problem = sealProblem(sealed);
        if (problem) throw new WriteFailure(sealed.seq, problem, true);
      }
    }
    const sealMs = performance.now() - sealStarted;
    const events = this.insertEvents;
    events.reset();
    for (const { events: ev } of b.parts) for (let i = 0; i < ev.length; i += width) this.add('events', events, ev, i, ev[i + SEQ] as number);
    this.flush('events', events);
    for (const table of [...STATE_TABLES].reverse()) {
      const s = this.tables.get(table)!;
      s.delete.reset();
      for (const { tables } of b.parts) {
        const c = tables[table];
        if (c) this.addAll(table, s.delete, s.keyWidth, c.deletes, c.deleteSeqs);
      }
      this.flush(table, s.delete);
    }
    for (const table of STATE_TABLES) {
      const s = this.tables.get(table)!;
      for (const [writer, kind] of [[s.insert, 'inserts'], [s.upsert, 'upserts']] as const) {
        writer.reset();
        for (const { tables } of b.parts) {
          const c = tables[table];
          if (c) this.addAll(table, writer, s.width, c[kind], kind === 'inserts' ? c.insertSeqs : c.upsertSeqs);
        }
        this.flush(table, writer);
      }
    }
    this.moveHead.run(b.head.seq, b.head.hash);
    return sealMs;
  }

  private addAll(table: StateTable, writer: RowWriter, width: number, values: unknown[], seqs: number[]): void {
    for (let i = 0, r = 0; i < values.length; i += width, r++) this.add(table, writer, values, i, seqs[r]!);
  }

  private add(table: string, writer: RowWriter, values: unknown[], at: number, seq: number): void {
    try {
      writer.add(values, at, seq);
    } catch (err) {
      throw refused(table, err);
    }
  }

  private flush(table: string, writer: RowWriter): void {
    try {
      writer.flush();
    } catch (err) {
      throw refused(table, err);
    }
  }

  private prepareTable(table: StateTable, columns: string[]): TableStatements {
    const keys = STATE_TABLE_KEYS[table];
    const rest = columns.filter((c) => !keys.includes(c));
    const insert = (rows: number) => `INSERT INTO ${q(table)} (${columns.map(q).join(', ')}) VALUES ${placeholders(columns.length, rows)}`;
    const onConflict = rest.length === 0 ? 'DO NOTHING' : `DO UPDATE SET ${rest.map((c) => `${q(c)} = excluded.${q(c)}`).join(', ')}`;
    const keyList = keys.map(q).join(', ');
    return {
      width: columns.length,
      keyWidth: keys.length,
      insert: new RowWriter(this.sqlite, insert, columns.length),
      upsert: new RowWriter(this.sqlite, (rows) => `${insert(rows)} ON CONFLICT (${keyList}) ${onConflict}`, columns.length),
      // Deletes are rare (a claim's sources or tags replaced): one key per statement would do, but
      // a row value IN list keeps them on the same path as the rest.
      delete: new RowWriter(this.sqlite, (rows) => `DELETE FROM ${q(table)} WHERE (${keyList}) IN (VALUES ${placeholders(keys.length, rows)})`, keys.length),
    };
  }

  private read1(text: string): SqliteDatabase.Statement {
    let s = this.reads.get(text);
    if (!s) this.reads.set(text, (s = this.sqlite.prepare(text)));
    return s;
  }
}

/** A row the database refused, as the import reports it: the event that wrote it, the table, SQLite's words. */
function refused(table: string, err: unknown): unknown {
  return err instanceof RowRefused ? new WriteFailure(err.seq, `${table}: ${err.detail}`) : err;
}
