import { type Row, STATE_TABLE_KEYS, STATE_TABLES, type StateTable } from './apply.js';
import { EVENT_COLUMNS } from './batch.js';
import type { RecordedEvent } from './events.js';
import type { BatchPart, PartOp } from './import-writer.js';
import { compileRowPush } from './row-access.js';
import type { Entry } from './state-image.js';

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
  private readonly push = new Map<StateTable, (row: Row, out: unknown[]) => void>();
  private readonly known = new Map<StateTable, Set<string>>();
  private readonly width = new Map<StateTable, number>();
  /** The batch's changed rows sorted into (table, op) groups; kept between batches so their arrays are reused. */
  private readonly groups = STATE_TABLES.map(() => ({ delete: new Group(), insert: new Group(), upsert: new Group() }));

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

  /** The parts of a batch of `events` whose changed rows are `pending`; the pending rows must not change until all are taken. */
  *parts(events: readonly RecordedEvent[], pending: readonly Entry[]): Generator<BatchPart> {
    for (const g of this.groups) for (const group of Object.values(g)) group.clear();
    for (const e of pending) {
      if (e.state === 'clean' || e.state === 'gone') continue;
      checkColumns(e.table, this.known.get(e.table)!, e.row);
      const g = this.groups[STATE_TABLES.indexOf(e.table)]!;
      (e.state === 'deleted' ? g.delete : e.state === 'new' ? g.insert : g.upsert).add(e);
    }
    const perPart = Math.max(1, Math.floor(this.partValues / EVENT_COLUMNS.length));
    for (let i = 0; i < events.length; i += perPart) {
      const values: unknown[] = [];
      for (const e of events.slice(i, i + perPart)) values.push(e.seq, e.at, e.actor, e.type, e.entity, e.entityId, e.payload, e.prevHash, e.hash);
      yield { table: 'events', op: 'insert', values, seqs: [] };
    }
    for (let t = STATE_TABLES.length - 1; t >= 0; t--) yield* this.groupParts(STATE_TABLES[t]!, 'delete');
    for (const table of STATE_TABLES) {
      yield* this.groupParts(table, 'insert');
      yield* this.groupParts(table, 'upsert');
    }
  }

  private *groupParts(table: StateTable, op: PartOp): Generator<BatchPart> {
    const group = this.groups[STATE_TABLES.indexOf(table)]![op];
    if (group.size === 0) return;
    const keys = STATE_TABLE_KEYS[table];
    const width = op === 'delete' ? keys.length : this.width.get(table)!;
    const perPart = Math.max(1, Math.floor(this.partValues / width));
    const push = this.push.get(table)!;
    for (let i = 0; i < group.size; i += perPart) {
      const values: unknown[] = [];
      const seqs: number[] = [];
      for (let k = i; k < Math.min(i + perPart, group.size); k++) {
        const e = group.at(k);
        if (op === 'delete') for (const c of keys) values.push(e.row[c]);
        else push(e.row, values);
        seqs.push(e.seq);
      }
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

/** An applier's row with a column the table lacks is a bug: say so instead of dropping it. */
function checkColumns(table: StateTable, columns: Set<string>, row: Row): void {
  for (const c in row) if (!columns.has(c)) throw new Error(`${table} has no column ${c}`);
}
