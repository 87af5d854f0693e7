import {
  eventEffect,
  STATE_TABLES,
  type LedgerOp,
  type Row,
  stateRow,
  type StateTable,
  tableInfo,
} from '../../ledger/apply.js';
import type { RecordedEvent } from '../../ledger/events.js';
import { adjustStats, parseTotals, type SourceStatsState } from '../../read-model/source-stats.js';
import { eventError, type ImportError } from '../batch.js';

/**
 * new: not in the database yet; clean: as the database has it; dirty: changed since;
 * deleted: to be deleted from the database; gone: inserted and deleted again before a write.
 */
type EntryState = 'new' | 'clean' | 'dirty' | 'deleted' | 'gone';

export interface Entry {
  readonly table: StateTable;
  /** The primary key's text; in a composite-key table, the text of its second column. */
  readonly key: string;
  row: Row;
  state: EntryState;
  /** The event that last changed the row: it is named when the database refuses the row. */
  seq: number;
  /** Set by verify when the live table holds the row. */
  seen: boolean;
  /** source_stats only: its totals, parsed once and kept ahead of the row until written back (`unsynced`). */
  held?: SourceStatsState & { unsynced: boolean };
}

/** The rows of a composite-key table that share a first key column (one claim's sources, say). */
interface Group {
  loaded: boolean;
  entries: Entry[];
}

/** What the image needs to know of each state table, worked out once from STATE_TABLE_INFO. */
interface Table {
  name: StateTable;
  index: number;
  key: string;
  /** Composite keys: the second key column. */
  second: string | null;
  /** Composite keys whose first column names a row of a single-key table: that table's index, else -1. */
  parentIndex: number;
  foreignKeys: { column: string; references: StateTable; index: number }[];
}

const TABLES = {} as Record<StateTable, Table>;
for (const [index, name] of STATE_TABLES.entries()) {
  const { key, references } = tableInfo(name);
  const parent = key.length > 1 ? references[key[0]!] : undefined;
  TABLES[name] = {
    name,
    index,
    key: key[0]!,
    second: key[1] ?? null,
    parentIndex: parent ? STATE_TABLES.indexOf(parent) : -1,
    foreignKeys: Object.entries(references).flatMap(([column, to]) =>
      to ? [{ column, references: to, index: STATE_TABLES.indexOf(to) }] : [],
    ),
  };
}

const isLive = (e: Entry): boolean => e.state !== 'deleted' && e.state !== 'gone';

/**
 * The state tables in memory, changed by the appliers' operations as the write path changes the database, foreign
 * keys checked so that a replay refuses what the database would. Rows it does not hold do not exist (`complete`),
 * or the caller loads them first (`preloaded`: a miss is a bug).
 */
export class StateImage {
  /** Single-key tables, by table index: key text → entry; null = known not to exist. */
  private readonly maps = STATE_TABLES.map(() => new Map<string, Entry | null>());
  /** Composite-key tables, by table index: first key column's text → its group. */
  private readonly groups = STATE_TABLES.map(() => new Map<string, Group>());
  /** The rows changed since the last commit (not kept for verify, which never writes back). */
  private changed: Entry[] = [];
  /** How many rows the image holds. */
  size = 0;
  /** The event whose operations are being applied. */
  private seq = 0;

  /** `forVerify`: no list of changes, and no `stats` operations (verify recomputes the totals instead). */
  constructor(
    private readonly backing: 'complete' | 'preloaded',
    private readonly forVerify = false,
  ) {}

  /** Forgets everything (after a failed operation, or to bound memory between batches). */
  clear(): void {
    for (const t of STATE_TABLES) (TABLES[t].second === null ? this.maps : this.groups)[TABLES[t].index] = new Map();
    this.changed = [];
    this.size = 0;
  }

  /** Applies one event: null, or the error naming it (after which the image is to be cleared or dropped). */
  replay(event: RecordedEvent, payload: unknown): ImportError | null {
    this.seq = event.seq;
    try {
      const effect = eventEffect(event, payload);
      for (let step = effect.next(); !step.done;) step = effect.next(this.apply(step.value));
      return null;
    } catch (err) {
      return eventError(event, err);
    }
  }

  apply(op: LedgerOp): Row | undefined {
    const t = TABLES[op.op === 'stats' ? 'claim_sources' : op.table];
    switch (op.op) {
      case 'insert':
        this.insert(t, op.row);
        return undefined;
      case 'update': {
        const e = this.lookup(t, op.key);
        if (!e || Object.keys(op.set).length === 0) return undefined;
        // Totals held ahead of the row are written back first, and parsed again from the row after.
        this.syncTotalsOf(e);
        e.held = undefined;
        Object.assign(e.row, op.set);
        this.checkForeignKeys(t, e.row, op.set);
        this.touch(e);
        return undefined;
      }
      case 'deleteWhere':
        if (op.column !== t.key) throw new Error(`deleteWhere on ${op.table}.${op.column} is not supported`);
        // A row the database does not have yet is dropped; any other is deleted there at the next write.
        for (const e of this.group(op.table, op.value))
          if (e.state === 'new') this.forget(e, false);
          else {
            this.touch(e);
            e.state = 'deleted';
          }
        return undefined;
      case 'get': {
        const e = this.lookup(t, op.key);
        if (!e) return undefined;
        this.syncTotalsOf(e);
        const out: Row = {};
        for (const c of op.columns) out[c] = e.row[c] ?? null;
        return out;
      }
      case 'stats':
        if (this.forVerify) return undefined;
        // Read in place: nothing here changes the claim's sources.
        for (const cs of this.loadedGroup(t, op.claimId)) {
          if (cs.row.role !== 'made' || !isLive(cs)) continue;
          const e = this.lookupKey(TABLES.source_stats, stateRow<'claim_sources'>(cs.row).sourceId);
          if (!e) continue;
          const row = stateRow<'source_stats'>(e.row);
          e.held ??= { totals: parseTotals(row.totals), nOpen: row.nOpen, nResolved: row.nResolved, unsynced: false };
          adjustStats(e.held, op.before, op.after);
          e.held.unsynced = true;
          this.touch(e);
        }
        return undefined;
    }
  }

  /** The rows changed since the last commit, each once, in the order they first changed, the totals kept ahead of them written in (each such row has changed). */
  pending(): readonly Entry[] {
    for (const e of this.changed) this.syncTotalsOf(e);
    return this.changed;
  }

  /** The pending rows are now what the database holds. */
  commit(): void {
    for (const e of this.changed) {
      if (e.state === 'new' || e.state === 'dirty') e.state = 'clean';
      else if (e.state === 'deleted') this.forget(e, true);
    }
    this.changed = [];
  }

  /** The entry of a single-key table's key text, without loading (null: absent, undefined: not known). */
  peek(table: StateTable, key: string): Entry | null | undefined {
    return this.maps[TABLES[table].index]!.get(key);
  }

  /** Every row the image holds for `table`. */
  *entries(table: StateTable): Generator<Entry> {
    const t = TABLES[table];
    if (t.second === null) {
      for (const e of this.maps[t.index]!.values()) if (e && isLive(e)) yield e;
      return;
    }
    for (const g of this.groups[t.index]!.values()) for (const e of g.entries) if (isLive(e)) yield e;
  }

  /**
   * Takes the rows read for `keys` of `table` (by its first key column), unless it knows them already: every row of
   * those keys is then in the image (keys not found are known absent).
   */
  load(table: StateTable, keys: readonly string[], rows: readonly Row[]): void {
    const t = TABLES[table];
    for (const row of rows) {
      const k = String(row[t.second ?? t.key]);
      if (t.second !== null) {
        const g = this.groupOf(t, String(row[t.key]));
        if (!g.loaded && !g.entries.some((e) => e.key === k))
          g.entries = withEntry(g.entries, this.entry(t, k, row, 'clean'));
      } else if (this.maps[t.index]!.get(k) === undefined) this.maps[t.index]!.set(k, this.entry(t, k, row, 'clean'));
    }
    for (const k of keys)
      if (t.second !== null) this.groupOf(t, k).loaded = true;
      else if (this.maps[t.index]!.get(k) === undefined) this.maps[t.index]!.set(k, null);
  }

  /** The live rows whose first key column equals `value` (all of a claim's sources, say), loading them if need be. */
  group(table: StateTable, value: unknown): Entry[] {
    const t = TABLES[table];
    if (t.second === null) {
      const e = this.lookupKey(t, String(value));
      return e ? [e] : [];
    }
    return this.loadedGroup(t, value).filter(isLive);
  }

  /** A composite-key group's entries as held (deleted ones included): to be read, not kept. */
  private loadedGroup(t: Table, value: unknown): readonly Entry[] {
    const g = this.groupOf(t, String(value));
    if (!g.loaded) {
      if (this.backing === 'preloaded') throw new Error(`internal: ${t.name} rows of ${String(value)} were not loaded`);
      g.loaded = true;
    }
    return g.entries;
  }

  /** The group of a composite-key table under `first`, made on first use. */
  private groupOf(t: Table, first: string): Group {
    const groups = this.groups[t.index]!;
    let g = groups.get(first);
    if (g) return g;
    // A parent the database does not have yet has no children there either.
    const parent = t.parentIndex >= 0 ? this.maps[t.parentIndex]!.get(first) : null;
    groups.set(first, (g = { loaded: this.backing === 'complete' || parent?.state === 'new', entries: [] }));
    return g;
  }

  private lookup(t: Table, key: Row): Entry | null {
    if (t.second === null) return this.lookupKey(t, String(key[t.key]));
    const k = String(key[t.second]);
    return this.group(t.name, key[t.key]).find((e) => e.key === k) ?? null;
  }

  private lookupKey(t: Table, k: string): Entry | null {
    const e = this.maps[t.index]!.get(k);
    if (e !== undefined) return e && e.state !== 'deleted' ? e : null;
    if (this.backing === 'complete') return null;
    throw new Error(`internal: ${t.name} row ${k} was not loaded`);
  }

  private insert(t: Table, row: Row): void {
    this.checkForeignKeys(t, row, row);
    const first = String(row[t.key]);
    const k = t.second === null ? first : String(row[t.second]);
    const g = t.second === null ? null : this.groupOf(t, first);
    const existing = g ? g.entries.findLast((e) => e.key === k) : this.maps[t.index]!.get(k);
    if (existing && existing.state !== 'deleted') {
      // After an operation fails every caller clears or drops the image: emptied, it cannot be used wrong.
      this.clear();
      throw new Error(`duplicate key ${g ? `${first}, ` : ''}${k} in ${t.name}`);
    }
    if (existing) {
      // A row deleted earlier in this batch but still in the database comes back as a change, with its new totals.
      Object.assign(existing, { row, state: 'dirty', seq: this.seq, held: undefined });
    } else if (g) g.entries = withEntry(g.entries, this.entry(t, k, row, 'new'));
    else this.maps[t.index]!.set(k, this.entry(t, k, row, 'new'));
  }

  private entry(t: Table, key: string, row: Row, state: EntryState): Entry {
    const e: Entry = { table: t.name, key, row, state, seq: this.seq, seen: false };
    this.size += 1;
    if (state !== 'clean' && !this.forVerify) this.changed.push(e);
    return e;
  }

  /** Drops a row; `known` remembers that its key does not exist. */
  private forget(e: Entry, known: boolean): void {
    e.state = 'gone';
    this.size -= 1;
    const t = TABLES[e.table];
    if (t.second !== null) {
      const g = this.groups[t.index]!.get(String(e.row[t.key]));
      if (g) g.entries = g.entries.filter((x) => x !== e);
    } else if (known) this.maps[t.index]!.set(e.key, null);
    else this.maps[t.index]!.delete(e.key);
  }

  private touch(e: Entry): void {
    if (e.state === 'clean') {
      e.state = 'dirty';
      if (!this.forVerify) this.changed.push(e);
    }
    e.seq = this.seq;
  }

  private syncTotalsOf(e: Entry): void {
    const s = e.held;
    if (!s?.unsynced) return;
    s.unsynced = false;
    Object.assign(e.row, { totals: JSON.stringify(s.totals), nOpen: s.nOpen, nResolved: s.nResolved });
  }

  /** The parents that `changed` names must exist; one the image does not know is left to the database. */
  private checkForeignKeys(t: Table, row: Row, changed: Row): void {
    for (const fk of t.foreignKeys) {
      if (changed !== row && !(fk.column in changed)) continue;
      const value = row[fk.column];
      if (value === null || value === undefined) continue;
      const k = typeof value === 'string' ? value : JSON.stringify(value);
      const parent = this.maps[fk.index]!.get(k);
      if (parent === undefined && this.backing !== 'complete') continue;
      if (!parent || parent.state === 'deleted')
        throw new Error(`${t.name}.${fk.column} names ${fk.references} row ${k}, which does not exist`);
    }
  }
}

/** A group's list with `e` added, short lists copied at their exact size (a pushed array keeps room for 16 more). */
function withEntry(list: Entry[], e: Entry): Entry[] {
  if (list.length < 8) return list.concat(e);
  list.push(e);
  return list;
}
