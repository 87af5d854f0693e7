import {
  STATE_TABLES,
  type Effect,
  type LedgerOp,
  type Row,
  stateRow,
  type StateTable,
  tableInfo,
} from '../../ledger/apply.js';
import { adjustStats, parseTotals, type SourceStatsState } from '../../read-model/source-stats.js';

/**
 * new: not in the database yet; clean: as the database has it; dirty: changed since;
 * deleted: to be deleted from the database; gone: inserted and deleted again before a write.
 */
export type EntryState = 'new' | 'clean' | 'dirty' | 'deleted' | 'gone';

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

/**
 * Where rows the image does not hold come from: nowhere (`complete`: they do not exist — a
 * replay from the first event), or the caller (`preloaded`: it loads what the batch's operations
 * need first, see `load`; a miss is a bug).
 */
export type ImageBacking = 'complete' | 'preloaded';

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

/** By table name: a plain object, read once or more per operation. */
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
const CLAIM_SOURCES = TABLES.claim_sources;
const SOURCE_STATS = TABLES.source_stats;

export const isCompositeKey = (table: StateTable): boolean => TABLES[table].second !== null;

const isLive = (e: Entry): boolean => e.state !== 'deleted' && e.state !== 'gone';

/**
 * The state tables in memory, changed by the appliers' operations (apply.ts) exactly as the
 * per-event path changes the database: verify replays every event into one and compares it with
 * the live tables; the bulk import applies a batch to one and then writes only the rows that
 * changed, once each. Foreign keys among the state tables are checked against what the image
 * knows (all of it when `complete`), so a replay refuses what the database would refuse.
 * Composite-key tables are held as groups by their first key column (a claim's sources, its
 * tags), which is how the appliers reach them.
 */
export class StateImage {
  /** Single-key tables, by table index: key text → entry; null = known not to exist. */
  private readonly maps: Map<string, Entry | null>[] = STATE_TABLES.map(() => new Map<string, Entry | null>());
  /** Composite-key tables, by table index: first key column's text → its group. */
  private readonly groups: Map<string, Group>[] = STATE_TABLES.map(() => new Map<string, Group>());
  /** The source_stats entries whose totals are held ahead of their rows (some twice, or synced since). */
  private unsynced: Entry[] = [];
  /** A complete image is never written back, so it keeps no list of changes. */
  private readonly tracking: boolean;
  private changed: Entry[] = [];
  private count = 0;
  /** Per table, the row looked up last: an event reaches the same row several times in a row, and this spares a lookup in a map of up to a million keys. */
  private readonly last: (Entry | null)[] = STATE_TABLES.map(() => null);
  /** Per single-key table, whether its map may hold a key that is not a live row: until then an insert takes one lookup, not two. */
  private readonly mayHoldDead: boolean[] = STATE_TABLES.map(() => false);
  /** The event whose operations are being applied. */
  seq = 0;

  /**
   * `maintainStats: false` skips the `stats` operations (verify recomputes the totals instead);
   * `trackChanges` keeps the list of rows to write, by default only when backed by a database.
   */
  constructor(
    private readonly backing: ImageBacking,
    private readonly options: { maintainStats?: boolean; trackChanges?: boolean } = {},
  ) {
    this.tracking = options.trackChanges ?? backing !== 'complete';
    this.clear();
  }

  /** How many rows the image holds. */
  get size(): number {
    return this.count;
  }

  /** Forgets everything (after a failed write, or to bound memory between batches). */
  clear(): void {
    for (const t of STATE_TABLES) (isCompositeKey(t) ? this.groups : this.maps)[TABLES[t].index] = new Map();
    this.unsynced = [];
    this.changed = [];
    this.count = 0;
    this.last.fill(null);
    this.mayHoldDead.fill(false);
  }

  /** Runs one event's effect. */
  run(effect: Effect): void {
    let step = effect.next();
    while (!step.done) step = effect.next(this.apply(step.value));
  }

  apply(op: LedgerOp): Row | undefined {
    const t = op.op === 'stats' ? CLAIM_SOURCES : TABLES[op.table];
    switch (op.op) {
      case 'insert':
        this.insert(t, op.row);
        return undefined;
      case 'update': {
        const e = this.lookup(t, op.key);
        let changes = false;
        for (const _ in op.set) changes = true;
        if (!e || !changes) return undefined;
        if (e.held) {
          // Totals held ahead of the row are written back first, and parsed again from the row after.
          this.syncTotalsOf(e);
          e.held = undefined;
        }
        Object.assign(e.row, op.set);
        this.checkForeignKeys(t, e.row, op.set);
        this.touch(e);
        return undefined;
      }
      case 'deleteWhere':
        if (op.column !== t.key) throw new Error(`deleteWhere on ${op.table}.${op.column} is not supported`);
        for (const e of this.group(op.table, op.value)) this.remove(e);
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
        if (this.options.maintainStats === false) return undefined;
        // Read in place: nothing here changes the claim's sources.
        for (const cs of this.loadedGroup(t, op.claimId)) {
          if (cs.row.role !== 'made' || !isLive(cs)) continue;
          const e = this.lookupKey(SOURCE_STATS, stateRow<'claim_sources'>(cs.row).sourceId);
          if (!e) continue;
          if (!e.held) {
            const row = stateRow<'source_stats'>(e.row);
            e.held = { totals: parseTotals(row.totals), nOpen: row.nOpen, nResolved: row.nResolved, unsynced: false };
          }
          adjustStats(e.held, op.before, op.after);
          if (!e.held.unsynced) {
            e.held.unsynced = true;
            this.unsynced.push(e);
          }
          this.touch(e);
        }
        return undefined;
    }
  }

  /** Writes the totals kept ahead of their rows into the rows (before reading or writing them). */
  syncTotals(): void {
    for (const e of this.unsynced) if (e.state !== 'gone') this.syncTotalsOf(e);
    this.unsynced = [];
  }

  /** The rows changed since the last commit, each once, in the order they first changed. */
  pending(): readonly Entry[] {
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

  /** The rows of a composite-key table under one first-column value, without loading (undefined: not known). */
  peekGroup(table: StateTable, first: string): readonly Entry[] | undefined {
    const g = this.groups[TABLES[table].index]!.get(first);
    if (this.backing === 'complete') return g?.entries ?? [];
    return g?.loaded ? g.entries : undefined;
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

  /** Takes the rows read for `keys` of `table` (by its first key column), unless it knows them already; keys not found are then known absent. */
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
    for (const k of keys) this.markLoaded(table, k);
  }

  /** Every row of `table` whose first key column is `k` is in the image. */
  markLoaded(table: StateTable, k: string): void {
    const t = TABLES[table];
    if (t.second !== null) this.groupOf(t, k).loaded = true;
    else if (this.maps[t.index]!.get(k) === undefined) this.setAbsent(t, k);
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
    const parent = t.parentIndex >= 0 ? this.parentEntry(t.parentIndex, first) : null;
    groups.set(first, (g = { loaded: this.backing === 'complete' || parent?.state === 'new', entries: [] }));
    return g;
  }

  /** The entry of a single-key table's key, dead or alive (null: known absent; undefined: not known). */
  private parentEntry(index: number, key: string): Entry | null | undefined {
    const last = this.last[index]!;
    if (last !== null && last.key === key) return last;
    const e = this.maps[index]!.get(key);
    if (e) this.last[index] = e;
    return e;
  }

  private lookup(t: Table, key: Row): Entry | null {
    if (t.second === null) return this.lookupKey(t, String(key[t.key]));
    const k = String(key[t.second]);
    return this.group(t.name, key[t.key]).find((e) => e.key === k) ?? null;
  }

  private lookupKey(t: Table, k: string): Entry | null {
    const e = this.parentEntry(t.index, k);
    if (e !== undefined) return e && e.state !== 'deleted' ? e : null;
    if (this.backing === 'complete') return null;
    throw new Error(`internal: ${t.name} row ${k} was not loaded`);
  }

  private insert(t: Table, row: Row): void {
    this.checkForeignKeys(t, row, row);
    if (t.second !== null) {
      const first = String(row[t.key]);
      const g = this.groupOf(t, first);
      const k = String(row[t.second]);
      const existing = g.entries.findLast((e) => e.key === k);
      if (existing && existing.state !== 'deleted') throw new Error(`duplicate key ${first}, ${k} in ${t.name}`);
      if (existing) this.revive(existing, row);
      else g.entries = withEntry(g.entries, this.entry(t, k, row, 'new'));
      return;
    }
    const k = String(row[t.key]);
    const map = this.maps[t.index]!;
    let e: Entry;
    if (!this.mayHoldDead[t.index]) {
      // One set, whose size tells whether the key was new: half the lookups in the largest maps.
      e = this.entry(t, k, row, 'new');
      const size = map.size;
      if (map.set(k, e).size === size) {
        // The live row this replaced is lost: rather than be left wrong, the image is emptied
        // (after an operation fails, every caller clears or drops it).
        this.clear();
        throw new Error(`duplicate key ${k} in ${t.name}`);
      }
    } else {
      const existing = map.get(k);
      if (existing && existing.state !== 'deleted') throw new Error(`duplicate key ${k} in ${t.name}`);
      if (existing) e = this.revive(existing, row);
      else map.set(k, (e = this.entry(t, k, row, 'new')));
    }
    // A row inserted again (revived) starts from its new totals.
    if (e.held) e.held = undefined;
    // What an event inserts, it usually reaches next (a claim's sources name it, a resolution is read back).
    this.last[t.index] = e;
  }

  /** A key of a single-key table known not to exist. */
  private setAbsent(t: Table, k: string): void {
    this.maps[t.index]!.set(k, null);
    this.mayHoldDead[t.index] = true;
  }

  /** A row deleted earlier in this batch but still in the database comes back as a change. */
  private revive(e: Entry, row: Row): Entry {
    e.row = row;
    e.state = 'dirty';
    e.seq = this.seq;
    return e;
  }

  private entry(t: Table, key: string, row: Row, state: EntryState): Entry {
    const e: Entry = { table: t.name, key, row, state, seq: this.seq, seen: false };
    this.count += 1;
    if (state !== 'clean' && this.tracking) this.changed.push(e);
    return e;
  }

  private remove(e: Entry): void {
    if (e.state === 'new') return this.forget(e, false);
    if (e.state === 'clean' && this.tracking) this.changed.push(e);
    if (!isCompositeKey(e.table)) this.mayHoldDead[TABLES[e.table].index] = true;
    e.state = 'deleted';
    e.seq = this.seq;
  }

  /** Drops a row; `known` remembers that its key does not exist. */
  private forget(e: Entry, known: boolean): void {
    e.state = 'gone';
    this.count -= 1;
    const t = TABLES[e.table];
    if (t.second !== null) {
      const g = this.groups[t.index]!.get(String(e.row[t.key]));
      if (g) g.entries = g.entries.filter((x) => x !== e);
      return;
    }
    if (this.last[t.index] === e) this.last[t.index] = null;
    if (known) this.setAbsent(t, e.key);
    else this.maps[t.index]!.delete(e.key);
  }

  private touch(e: Entry): void {
    if (e.state === 'clean') {
      e.state = 'dirty';
      if (this.tracking) this.changed.push(e);
    }
    e.seq = this.seq;
  }

  private syncTotalsOf(e: Entry): void {
    const s = e.held;
    if (!s?.unsynced) return;
    s.unsynced = false;
    e.row.totals = JSON.stringify(s.totals);
    e.row.nOpen = s.nOpen;
    e.row.nResolved = s.nResolved;
  }

  /** The parents that `changed` names must exist; one the image does not know is left to the database. */
  private checkForeignKeys(t: Table, row: Row, changed: Row): void {
    for (const fk of t.foreignKeys) {
      if (changed !== row && !(fk.column in changed)) continue;
      const value = row[fk.column];
      if (value === null || value === undefined) continue;
      const k = typeof value === 'string' ? value : JSON.stringify(value);
      const parent = this.parentEntry(fk.index, k);
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
