import { STATE_TABLES, type StateTable, tableInfo } from '../ledger/apply.js';
import { type BatchPart, EVENT_COLUMNS, type PartOp } from './batch.js';
import type { RecordedEvent } from '../ledger/events.js';
import type { Entry } from './image/state-image.js';

/** Values per part, at most (a row is never split): arrays of this size stay regular young objects. */
export const PART_VALUES = 12_000;

/**
 * Encodes a batch for the writer as a sequence of parts, made one at a time as they are taken:
 * the events first, then the changed rows in the order the writer must write them — deletes
 * (children before parents), then each table's inserts and upserts (parents before children) —
 * so that a writer can write each part as it comes and a part's values die as soon as it is
 * handed on (see BatchPart).
 */
export class BatchEncoder {
  private readonly columns: Record<StateTable, string[]>;
  /** Per table, its columns as a set: an applier's row with another column is refused. */
  private readonly known = {} as Record<StateTable, Set<string>>;
  /** The batch's changed rows sorted into (table, op) groups; kept between batches so their arrays are reused. */
  private readonly groups = STATE_TABLES.map(() => ({ delete: new Group(), insert: new Group(), upsert: new Group() }));
  /**
   * Every part's values and seqs, written over for each part: a part is taken (copied into a
   * message, or written) before the next is made, and arrays made afresh for each part — grown
   * push by push — were a good part of what the import's thread allocated.
   */
  private readonly values: unknown[] = [];
  private readonly seqs: number[] = [];

  constructor(
    columns: Record<StateTable, string[]>,
    private readonly partValues = PART_VALUES,
    /** What is not written: the events, or a table's rows (a replay for scores only, see UNSCORED). */
    private readonly unwritten: ReadonlySet<StateTable | 'events'> = new Set(),
  ) {
    this.columns = columns;
    for (const t of STATE_TABLES) this.known[t] = new Set(columns[t]);
  }

  /**
   * The parts of a batch of `events` whose changed rows are `pending`; the pending rows must not
   * change until all are taken. A part's arrays are written over by the next: take (copy or
   * write) each before asking for the next.
   */
  *parts(events: readonly RecordedEvent[], pending: readonly Entry[]): Generator<BatchPart> {
    for (const g of this.groups) for (const group of Object.values(g)) group.clear();
    for (const e of pending) {
      if (e.state === 'clean' || e.state === 'gone') continue;
      // An applier's row with a column the table lacks is a bug: say so instead of dropping it.
      const known = this.known[e.table];
      for (const c in e.row) if (!known.has(c)) throw new Error(`${e.table} has no column ${c}`);
      const g = this.groups[STATE_TABLES.indexOf(e.table)]!;
      (e.state === 'deleted' ? g.delete : e.state === 'new' ? g.insert : g.upsert).add(e);
    }
    const perPart = Math.max(1, Math.floor(this.partValues / EVENT_COLUMNS.length));
    const values = this.values;
    const seqs = this.seqs;
    for (let i = 0; !this.unwritten.has('events') && i < events.length; i += perPart) {
      let at = 0;
      let r = 0;
      for (let k = i; k < Math.min(i + perPart, events.length); k++) {
        const e = events[k]!;
        seqs[r++] = e.seq;
        values[at++] = e.seq;
        values[at++] = e.at;
        values[at++] = e.actor;
        values[at++] = e.type;
        values[at++] = e.entity;
        values[at++] = e.entityId;
        values[at++] = e.payload;
        values[at++] = e.prevHash;
        values[at++] = e.hash;
      }
      values.length = at;
      seqs.length = r;
      yield { table: 'events', op: 'insert', values, seqs };
    }
    for (let t = STATE_TABLES.length - 1; t >= 0; t--) yield* this.groupParts(STATE_TABLES[t]!, 'delete');
    for (const table of STATE_TABLES) {
      yield* this.groupParts(table, 'insert');
      yield* this.groupParts(table, 'upsert');
    }
  }

  private *groupParts(table: StateTable, op: PartOp): Generator<BatchPart> {
    const group = this.groups[STATE_TABLES.indexOf(table)]![op];
    if (group.size === 0 || this.unwritten.has(table)) return;
    const keys = tableInfo(table).key;
    const columns = op === 'delete' ? keys : this.columns[table];
    const perPart = Math.max(1, Math.floor(this.partValues / columns.length));
    const values = this.values;
    const seqs = this.seqs;
    for (let i = 0; i < group.size; i += perPart) {
      let at = 0;
      let r = 0;
      for (let k = i; k < Math.min(i + perPart, group.size); k++) {
        const e = group.at(k);
        for (const c of columns) values[at++] = e.row[c] ?? null;
        seqs[r++] = e.seq;
      }
      values.length = at;
      seqs.length = r;
      yield { table, op, values, seqs };
    }
  }
}

/** A list of entries that keeps its array from one batch to the next. */
class Group {
  private readonly entries: Entry[] = [];
  size = 0;

  add(e: Entry): void {
    this.entries[this.size++] = e;
  }

  at(i: number): Entry {
    return this.entries[i]!;
  }

  clear(): void {
    this.size = 0;
  }
}
