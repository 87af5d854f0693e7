import type SqliteDatabase from 'better-sqlite3';
import { type Row, STATE_TABLE_KEYS, STATE_TABLES, type StateTable } from './apply.js';
import { EVENT_COLUMNS } from './batch.js';
import type { RecordedEvent } from './events.js';
import { type SealedFields, sealProblem } from './event-seal.js';
import { compileRowPush } from './row-access.js';
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

export interface WriteBatch {
  /** The head before the batch: the batch is refused if the database moved on meanwhile. */
  afterSeq: number;
  /** EVENT_COLUMNS values, flat. */
  events: unknown[];
  tables: Partial<Record<StateTable, TableChanges>>;
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

/** Encodes an image's pending rows and a batch's events for the writer. */
export class BatchEncoder {
  private readonly push = new Map<StateTable, (row: Row, out: unknown[]) => void>();
  private readonly known = new Map<StateTable, Set<string>>();

  constructor(columns: Record<StateTable, string[]>) {
    for (const t of STATE_TABLES) {
      this.push.set(t, compileRowPush(columns[t]));
      this.known.set(t, new Set(columns[t]));
    }
  }

  encode(afterSeq: number, events: readonly RecordedEvent[], pending: readonly Entry[], sealedThrough: number, referencesChecked: boolean): WriteBatch {
    const flat: unknown[] = [];
    for (const e of events) flat.push(e.seq, e.at, e.actor, e.type, e.entity, e.entityId, e.payload, e.prevHash, e.hash);
    const tables: Partial<Record<StateTable, TableChanges>> = {};
    for (const e of pending) {
      if (e.state === 'clean' || e.state === 'gone') continue;
      const changes = (tables[e.table] ??= { deletes: [], deleteSeqs: [], inserts: [], insertSeqs: [], upserts: [], upsertSeqs: [] });
      checkColumns(e.table, this.known.get(e.table)!, e.row);
      if (e.state === 'deleted') {
        for (const k of STATE_TABLE_KEYS[e.table]) changes.deletes.push(e.row[k]);
        changes.deleteSeqs.push(e.seq);
      } else if (e.state === 'new') {
        this.push.get(e.table)!(e.row, changes.inserts);
        changes.insertSeqs.push(e.seq);
      } else {
        this.push.get(e.table)!(e.row, changes.upserts);
        changes.upsertSeqs.push(e.seq);
      }
    }
    const last = events[events.length - 1]!;
    return { afterSeq, events: flat, tables, head: { seq: last.seq, hash: last.hash }, sealedThrough, referencesChecked };
  }
}

/** An applier's row with a column the table lacks is a bug: say so instead of dropping it. */
function checkColumns(table: StateTable, columns: Set<string>, row: Row): void {
  for (const c in row) if (!columns.has(c)) throw new Error(`${table} has no column ${c}`);
}

interface TableStatements {
  width: number;
  keyWidth: number;
  insert: SqliteDatabase.Statement;
  upsert: SqliteDatabase.Statement;
  delete: SqliteDatabase.Statement;
}

/** Reads and writes for the import, on one better-sqlite3 connection. */
export class ImportWriter {
  private readonly tables = new Map<StateTable, TableStatements>();
  private readonly reads = new Map<string, SqliteDatabase.Statement>();
  private readonly insertEvent: SqliteDatabase.Statement;
  private readonly readHead: SqliteDatabase.Statement;
  private readonly moveHead: SqliteDatabase.Statement;
  private readonly batch: SqliteDatabase.Transaction<(b: WriteBatch) => number>;
  /** The connection checks foreign keys (pragma foreign_keys) outside the batches that skip it. */
  private readonly foreignKeys: boolean;

  constructor(private readonly sqlite: SqliteDatabase.Database) {
    this.foreignKeys = sqlite.pragma('foreign_keys', { simple: true }) === 1;
    this.insertEvent = sqlite.prepare(`INSERT INTO events (${EVENT_COLUMNS.map(q).join(', ')}) VALUES (${EVENT_COLUMNS.map(() => '?').join(', ')})`);
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
    const ev = b.events;
    const width = EVENT_COLUMNS.length;
    // Every event's hash is checked before any of the batch is written: those after
    // `sealedThrough` here, the rest by the import on its own thread (bulk-sqlite.ts SealShare).
    const sealStarted = performance.now();
    const sealed: SealedFields = { seq: 0, type: '', payload: '', prevHash: '', hash: '' };
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
    const sealMs = performance.now() - sealStarted;
    const params = new Array<unknown>(width);
    for (let i = 0; i < ev.length; i += width) {
      for (let j = 0; j < width; j++) params[j] = ev[i + j];
      try {
        this.insertEvent.run(params);
      } catch (err) {
        throw new WriteFailure(ev[i] as number, `events: ${describe(err)}`);
      }
    }
    for (const table of [...STATE_TABLES].reverse()) {
      const c = b.tables[table];
      if (c) this.runAll(table, this.tables.get(table)!.delete, this.tables.get(table)!.keyWidth, c.deletes, c.deleteSeqs);
    }
    for (const table of STATE_TABLES) {
      const c = b.tables[table];
      if (!c) continue;
      const s = this.tables.get(table)!;
      this.runAll(table, s.insert, s.width, c.inserts, c.insertSeqs);
      this.runAll(table, s.upsert, s.width, c.upserts, c.upsertSeqs);
    }
    this.moveHead.run(b.head.seq, b.head.hash);
    return sealMs;
  }

  private runAll(table: StateTable, statement: SqliteDatabase.Statement, width: number, values: unknown[], seqs: number[]): void {
    // One parameter array per statement, refilled for each row: no garbage per row.
    const params = new Array<unknown>(width);
    for (let i = 0, r = 0; i < values.length; i += width, r++) {
      for (let j = 0; j < width; j++) params[j] = values[i + j];
      try {
        statement.run(params);
      } catch (err) {
        throw new WriteFailure(seqs[r]!, `${table}: ${describe(err)}`);
      }
    }
  }

  private prepareTable(table: StateTable, columns: string[]): TableStatements {
    const keys = STATE_TABLE_KEYS[table];
    const rest = columns.filter((c) => !keys.includes(c));
    const insert = `INSERT INTO ${q(table)} (${columns.map(q).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`;
    const onConflict = rest.length === 0 ? 'DO NOTHING' : `DO UPDATE SET ${rest.map((c) => `${q(c)} = excluded.${q(c)}`).join(', ')}`;
    return {
      width: columns.length,
      keyWidth: keys.length,
      insert: this.sqlite.prepare(insert),
      upsert: this.sqlite.prepare(`${insert} ON CONFLICT (${keys.map(q).join(', ')}) ${onConflict}`),
      delete: this.sqlite.prepare(`DELETE FROM ${q(table)} WHERE ${keys.map((c) => `${q(c)} = ?`).join(' AND ')}`),
    };
  }

  private read1(text: string): SqliteDatabase.Statement {
    let s = this.reads.get(text);
    if (!s) this.reads.set(text, (s = this.sqlite.prepare(text)));
    return s;
  }
}

function describe(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
