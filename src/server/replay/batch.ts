import { type Row, STATE_TABLES, type StateTable, tableInfo } from '../ledger/apply.js';
import type { RecordedEvent } from '../ledger/events.js';

/** An event whose link and hash were checked, with its payload parsed once. */
export interface CheckedEvent {
  event: RecordedEvent;
  payload: unknown;
}

/**
 * Why an import stops, naming the event (`seq`) in its message: whatever stops an import reaches
 * its caller as one of these, with how many events were committed before (`imported`, a valid prefix).
 */
export class ImportError extends Error {
  constructor(
    message: string,
    readonly seq = 0,
    readonly imported = 0,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}

export function describeError(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/** The event `event` cannot be applied or written, for the reason `err` gives. */
export function eventError(event: { seq: number; type: string }, err: unknown): ImportError {
  return new ImportError(`event ${event.seq} (${event.type}) cannot be applied: ${describeError(err)}`, event.seq);
}

export const EVENT_COLUMNS = [
  'seq',
  'at',
  'actor',
  'type',
  'entity',
  'entityId',
  'payload',
  'prevHash',
  'hash',
] as const;

/** What a batch needs read (prefetchHint), and per table the keys asked for and the rows found. */
export type ReadRequest = Partial<Record<StateTable, string[]>>;
export type ReadResult = { table: StateTable; keys: string[]; rows: Row[] }[];

/** One read: the rows of `table` whose `column` is one of `keys`. */
export interface Read {
  table: StateTable;
  column: string;
  keys: string[];
}

/**
 * The reads of a request, as a generator a reader drives (synchronously on SQLite, through Kysely
 * elsewhere), table by table in STATE_TABLES order: the rows of every table loaded with a
 * requested one (`loadWith`), by its first key column, and then the rows those lead to (`loads`).
 */
export function* readPlan(request: ReadRequest): Generator<Read, ReadResult, Row[]> {
  const wanted = new Map<StateTable, Set<string>>();
  const want = (table: StateTable, key: unknown) => {
    if (typeof key !== 'string') return;
    let set = wanted.get(table);
    if (!set) wanted.set(table, (set = new Set()));
    set.add(key);
  };
  for (const table of STATE_TABLES) {
    const by = tableInfo(table).loadWith;
    for (const key of (by && request[by]) || []) want(table, key);
  }
  const out: ReadResult = [];
  for (const table of STATE_TABLES) {
    const info = tableInfo(table);
    const done = new Set<string>();
    // A table that loads rows of its own (a resolution, the one it supersedes) is read again for them.
    for (;;) {
      const keys = [...(wanted.get(table) ?? [])].filter((k) => !done.has(k));
      if (keys.length === 0) break;
      for (const k of keys) done.add(k);
      const rows = yield { table, column: info.key[0]!, keys };
      out.push({ table, keys, rows });
      const loads = info.loads;
      if (loads) for (const row of rows) if (!loads.when || loads.when(row)) want(loads.table, row[loads.column]);
    }
  }
  return out;
}

export type PartOp = 'insert' | 'upsert' | 'delete';

/**
 * A slice of a batch: rows of one table for one statement (events: inserts), as flat values in
 * the table's column order (deletes: its key columns), with the event that last changed each row. A batch travels to a writer on a worker as one
 * message per part, and the writer writes each part as it comes into the batch's open
 * transaction: parts are kept small (PART_VALUES, batch-encoder.ts) so that a batch's values die
 * young on both threads instead of being copied into the old generation.
 */
export interface BatchPart {
  table: StateTable | 'events';
  op: PartOp;
  values: unknown[];
  seqs: number[];
}

export interface WriteBatch {
  /** The head before the batch: the batch is refused if the database moved on meanwhile. */
  afterSeq: number;
  head: { seq: number; hash: string };
  /** The events, then the rows in the order they are written (batch-encoder.ts), taken one at a time. */
  parts: Iterable<BatchPart>;
}

/** The import's handle on its writer (SQLite's, on this thread or a worker, or Kysely's). */
export interface WriterClient {
  read(request: ReadRequest): Promise<ReadResult>;
  /**
   * Hands a batch over, taking its parts one by one before it returns; resolves once the batch is
   * committed; rejects with an ImportError naming the event when it was refused. Every event's
   * hash is checked before its batch is committed.
   */
  write(batch: WriteBatch): Promise<void>;
  close(): Promise<void>;
}
