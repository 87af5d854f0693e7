import { type Row, STATE_TABLES, type StateTable, tableInfo } from '../ledger/apply.js';
import type { BatchPart, PartOp } from './batch.js';
import { EVENT_COLUMNS, type RecordedEvent } from '../ledger/events.js';
import type { Entry } from './image/state-image.js';

/** Values per part, at most (a row is never split): arrays of this size stay regular young objects. */
export const PART_VALUES = 12_000;

/**
 * Encodes a batch as parts made as they are taken, in the order the writer writes them: the
 * events, deletes (children before parents), then each table's inserts and upserts (parents first).
 */
export class BatchEncoder {
  /** Per table index, its columns as a set: an applier's row with another column is refused. */
  private readonly known: Set<string>[];
  /** Every part's values and seqs, written over for each part (taken before the next is made), so no part grows arrays of its own. */
  private readonly values: unknown[] = [];
  private readonly seqs: number[] = [];

  constructor(
    private readonly columns: Record<StateTable, string[]>,
    private readonly partValues = PART_VALUES,
    /** What is not written: the events, or a table's rows (a replay for scores only, see UNSCORED). */
    private readonly unwritten: ReadonlySet<StateTable | 'events'> = new Set(),
  ) {
    this.known = STATE_TABLES.map((t) => new Set(columns[t]));
  }

  /** The parts of a batch of `events` whose changed rows are `pending` (which must not change until all are taken). */
  *parts(events: readonly RecordedEvent[], pending: readonly Entry[]): Generator<BatchPart> {
    const groups = STATE_TABLES.map(() => ({ delete: [] as Entry[], insert: [] as Entry[], upsert: [] as Entry[] }));
    for (const e of pending) {
      if (e.state === 'clean' || e.state === 'gone') continue;
      const t = STATE_TABLES.indexOf(e.table);
      // An applier's row with a column the table lacks is a bug: say so instead of dropping it.
      for (const c in e.row) if (!this.known[t]!.has(c)) throw new Error(`${e.table} has no column ${c}`);
      groups[t]![e.state === 'deleted' ? 'delete' : e.state === 'new' ? 'insert' : 'upsert'].push(e);
    }
    yield* this.chunks('events', 'insert', events, EVENT_COLUMNS, (e) => e as unknown as Row);
    for (const [t, table] of [...STATE_TABLES.entries()].reverse())
      yield* this.chunks(table, 'delete', groups[t]!.delete, tableInfo(table).key, (e) => e.row);
    for (const [t, table] of STATE_TABLES.entries())
      for (const op of ['insert', 'upsert'] as const)
        yield* this.chunks(table, op, groups[t]![op], this.columns[table], (e) => e.row);
  }

  /** `items` as parts of at most partValues values, each item's row given by `rowOf` in `columns` order. */
  private *chunks<T extends { seq: number }>(
    table: StateTable | 'events',
    op: PartOp,
    items: readonly T[],
    columns: readonly string[],
    rowOf: (item: T) => Row,
  ): Generator<BatchPart> {
    if (this.unwritten.has(table)) return;
    const perPart = Math.max(1, Math.floor(this.partValues / columns.length));
    const { values, seqs } = this;
    for (let i = 0; i < items.length; i += perPart) {
      let at = 0;
      let r = 0;
      for (let k = i; k < Math.min(i + perPart, items.length); k++) {
        const row = rowOf(items[k]!);
        for (const c of columns) values[at++] = row[c] ?? null;
        seqs[r++] = items[k]!.seq;
      }
      values.length = at;
      seqs.length = r;
      yield { table, op, columns, values, seqs };
    }
  }
}
