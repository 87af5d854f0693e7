import { type Row, STATE_TABLES, type StateTable, subjectProblem, tableInfo } from '../ledger/apply.js';
import { EVENT_COLUMNS, type RecordedEvent } from '../ledger/events.js';
import { type SealedFields, sealProblem } from '../ledger/event-seal.js';
import { findUnsafeText, jsonMayHoldUnstorableText, unstorableTextReason } from '../../shared/text.js';

/** Whatever stops an import: names the event (`seq`), with how many events were committed before (`imported`). */
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

/** Why `e` cannot follow event `seq`, whose hash is `hash` (null: not known), in the chain (a gap, a broken link), or null. */
export function linkProblem(e: RecordedEvent, seq: number, hash: string | null): string | null {
  if (e.seq !== seq + 1) return `event ${seq + 1} is missing: the chain jumps from ${seq} to ${e.seq}`;
  return hash !== null && e.prevHash !== hash ? `event ${e.seq}: prevHash does not link to event ${seq}` : null;
}

/**
 * What import and verify both check of an event read from a ledger, each problem worded once, naming the event: its
 * payload parsed (undefined when not JSON); why it cannot be taken (`problem`: its payload is not JSON, it was edited,
 * its entity columns disagree with it); text in it a database cannot store exactly (`unstorable`: the import refuses
 * it, verify reports an encoding mismatch).
 */
export function checkEvent(e: RecordedEvent): { payload: unknown; problem: string | null; unstorable: string | null } {
  let payload: unknown;
  try {
    payload = JSON.parse(e.payload);
  } catch {
    return { payload: undefined, problem: `event ${e.seq} (${e.type}): payload is not valid JSON`, unstorable: null };
  }
  // Text a database would not hand back as sealed (a lone surrogate comes back as U+FFFD, PostgreSQL refuses NUL).
  const unsafe =
    findUnsafeText(e.actor, unstorableTextReason, 'actor') ??
    (jsonMayHoldUnstorableText(e.payload) ? findUnsafeText(payload, unstorableTextReason) : null);
  let problem: string | null;
  try {
    problem = subjectProblem(e, payload);
  } catch (err) {
    problem = eventError(e, err).message;
  }
  // An edited event is named as edited rather than by what its edit broke.
  if (problem) problem = sealProblem(e, payload) ?? problem;
  const unstorable =
    unsafe && `event ${e.seq} (${e.type}): ${unsafe.path} ${unsafe.reason}, which the database cannot store exactly`;
  return { payload, problem, unstorable };
}

const [SEQ, TYPE, PAYLOAD, PREV_HASH, HASH] = (['seq', 'type', 'payload', 'prevHash', 'hash'] as const).map((c) =>
  EVENT_COLUMNS.indexOf(c),
) as [number, number, number, number, number];

/** Checks the hash of every event of an events part (flat values), throwing an ImportError at the first that does not hold; `types` takes each one's type. */
export function checkSeals(values: readonly unknown[], types: string[] = []): void {
  const sealed: SealedFields = { seq: 0, type: '', payload: '', prevHash: '', hash: '' };
  for (let i = 0; i < values.length; i += EVENT_COLUMNS.length) {
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

/** What a batch needs read (prefetchHint), and per table the keys asked for and the rows found. */
export type ReadRequest = Partial<Record<StateTable, string[]>>;
export type ReadResult = { table: StateTable; keys: string[]; rows: Row[] }[];

/** The rows of a request (`loadWith`, then `loads`), each read by `select`: the rows of `table` whose `column` is one of `keys`. */
export async function readRows(
  request: ReadRequest,
  select: (table: StateTable, column: string, keys: string[]) => Row[] | Promise<Row[]>,
): Promise<ReadResult> {
  const wanted = new Map<StateTable, Set<string>>();
  for (const t of STATE_TABLES) {
    const by = tableInfo(t).loadWith;
    wanted.set(t, new Set(by && request[by]));
  }
  const out: ReadResult = [];
  for (const table of STATE_TABLES) {
    const info = tableInfo(table);
    const done = new Set<string>();
    // A table that loads rows of its own (a resolution, the one it supersedes) is read again for them.
    for (;;) {
      const keys = [...wanted.get(table)!].filter((k) => !done.has(k));
      if (keys.length === 0) break;
      for (const k of keys) done.add(k);
      const rows = await select(table, info.key[0]!, keys);
      out.push({ table, keys, rows });
      const { loads } = info;
      if (loads)
        for (const row of rows) {
          const key = row[loads.column];
          if (typeof key === 'string' && (!loads.when || loads.when(row))) wanted.get(loads.table)!.add(key);
        }
    }
  }
  return out;
}

export type PartOp = 'insert' | 'upsert' | 'delete';

const q = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** `(?, ?, …)` for `width` columns, `rows` times. */
export function placeholders(width: number, rows: number): string {
  const one = `(${new Array<string>(width).fill('?').join(', ')})`;
  return new Array<string>(rows).fill(one).join(', ');
}

/** The one statement text, on either engine, that writes `rows` rows of a part of `table` (`columns`: the part's, deletes: the key's). */
export function partStatement(
  table: StateTable | 'events',
  op: PartOp,
  columns: readonly string[],
  rows: number,
): string {
  const keys: readonly string[] = table === 'events' ? ['seq'] : tableInfo(table).key;
  const keyList = keys.map(q).join(', ');
  const values = placeholders(columns.length, rows);
  if (op === 'delete') return `DELETE FROM ${q(table)} WHERE (${keyList}) IN (VALUES ${values})`;
  const insert = `INSERT INTO ${q(table)} (${columns.map(q).join(', ')}) VALUES ${values}`;
  const rest = columns.filter((c) => !keys.includes(c)).map((c) => `${q(c)} = excluded.${q(c)}`);
  if (op === 'insert') return insert;
  return `${insert} ON CONFLICT (${keyList}) ${rest.length === 0 ? 'DO NOTHING' : `DO UPDATE SET ${rest.join(', ')}`}`;
}

/**
 * Rows of one table for one statement, as flat values in its column order (deletes: its key), with the event that
 * last changed each row; kept small (PART_VALUES) so that a batch's values die young on both threads.
 */
export interface BatchPart {
  table: StateTable | 'events';
  op: PartOp;
  columns: readonly string[];
  values: unknown[];
  seqs: number[];
}

export interface WriteBatch {
  /** The head before the batch: the batch is refused if the database moved on meanwhile. */
  afterSeq: number;
  head: { seq: number; hash: string };
  /** The events, then the rows in the order they are written (BatchEncoder), taken one at a time. */
  parts: Iterable<BatchPart>;
}

/** The import's handle on its writer (SQLite's, on this thread or a worker, or Kysely's). */
export interface WriterClient {
  read(request: ReadRequest): Promise<ReadResult>;
  /** Takes the batch's parts before it returns; resolves once committed, rejects with an ImportError naming the event refused (hashes included). */
  write(batch: WriteBatch): Promise<void>;
  close(): Promise<void>;
}
