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
  /** A parent row's children in composite-key tables (a claim's sources and tags), by slot. */
  children: (Group | undefined)[] | null;
  /**
   * The row this one leads to (claim_sources → sources → source_stats), found once so that each
   * `stats` operation takes no lookup by key; checked before use, as it may since have been dropped.
   */
  link: Entry | null;
  /** source_stats rows only: the row's totals, parsed once and kept ahead of it until syncTotals writes them back. */
  held?: HeldTotals;
}

/** A source's totals kept ahead of its row; `unsynced` until written back into the row. */
interface HeldTotals extends SourceStatsState {
  unsynced: boolean;
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
interface TableInfo {
  name: StateTable;
  index: number;
  key: string;
  /** Composite keys: the second key column. */
  second: string | null;
  /** Composite keys whose first column refers to a single-key table: that table, and the slot of this table among its children. */
  parent: StateTable | null;
  parentIndex: number;
  slot: number;
  foreignKeys: { column: string; references: StateTable; parentIndex: number; read: (row: Row) => unknown }[];
  /** Composite keys whose second column refers to a single-key table: that table's index (Entry.link), else -1. */
  linkIndex: number;
  /** The first and second key columns of a row. */
  readKey: (row: Row) => unknown;
  readSecond: (row: Row) => unknown;
}

/** By table name: a plain object, read once or more per operation (a Map lookup cost more there). */
const INFO = {} as Record<StateTable, TableInfo>;
const parentOf = (table: StateTable): StateTable | null => {
  const { key, references } = tableInfo(table);
  return key.length > 1 ? (references[key[0]!] ?? null) : null;
};
for (const name of STATE_TABLES) {
  const [key, second] = tableInfo(name).key;
  const parent = parentOf(name);
  const slot = parent ? STATE_TABLES.filter((t) => parentOf(t) === parent).indexOf(name) : -1;
  const foreignKeys = Object.entries(tableInfo(name).references).flatMap(([column, references]) =>
    references
      ? [{ column, references, parentIndex: STATE_TABLES.indexOf(references), read: (row: Row) => row[column] }]
      : [],
  );
  INFO[name] = {
    name,
    index: STATE_TABLES.indexOf(name),
    key: key!,
    second: second ?? null,
    parent,
    parentIndex: parent ? STATE_TABLES.indexOf(parent) : -1,
    slot,
    foreignKeys,
    linkIndex: second ? (foreignKeys.find((fk) => fk.column === second)?.parentIndex ?? -1) : -1,
    readKey: (row: Row) => row[key!],
    readSecond: second ? (row: Row) => row[second] : () => undefined,
  };
}
const info = (table: StateTable): TableInfo => INFO[table];
const CLAIM_SOURCES = info('claim_sources');
const SOURCE_STATS = info('source_stats');
/** Per single-key table, the composite-key tables grouped under its rows. */
const CHILDREN = Object.fromEntries(
  STATE_TABLES.map((t) => [t, STATE_TABLES.map(info).filter((c) => c.parent === t)]),
) as Record<StateTable, TableInfo[]>;

/** The groups a parent row holds, one slot per child table, made at its full size: every claim holds one. */
function childSlots(parent: StateTable): (Group | undefined)[] {
  return new Array<Group | undefined>(CHILDREN[parent].length);
}

/** A group's list with `e` added, short lists copied at their exact size (a pushed array keeps room for 16 more). */
function withEntry(list: Entry[], e: Entry): Entry[] {
  if (list.length >= 8) {
    list.push(e);
    return list;
  }
  const out = new Array<Entry>(list.length + 1);
  for (let i = 0; i < list.length; i++) out[i] = list[i]!;
  out[list.length] = e;
  return out;
}

export const isCompositeKey = (table: StateTable): boolean => info(table).second !== null;
/** The single-key table whose rows hold a composite-key table's groups (claims, for a claim's sources), if any. */
export const groupParent = (table: StateTable): StateTable | null => info(table).parent;

/**
 * The state tables in memory, changed by the appliers' operations (apply.ts) exactly as the
 * per-event path changes the database: verify replays every event into one and compares it with
 * the live tables; the bulk import applies a batch to one and then writes only the rows that
 * changed, once each. Foreign keys among the state tables are checked against what the image
 * knows (all of it when `complete`), so a replay refuses what the database would refuse.
 * Composite-key tables are held as groups by their first key column, kept on the parent row
 * (a claim holds its sources and tags), which is how the appliers reach them.
 */
export class StateImage {
  /** Single-key tables, by table index: key text → entry; null = known not to exist. */
  private readonly maps: Map<string, Entry | null>[] = STATE_TABLES.map(() => new Map<string, Entry | null>());
  /** Composite-key groups whose parent row the image does not hold (yet), by table index. */
  private orphans: Map<string, Group>[] = [];
  /** The source_stats entries whose totals are held ahead of their rows (Entry.held; some twice or synced since). */
  private unsynced: Entry[] = [];
  /** A complete image is never written back, so it keeps no list of changes. */
  private readonly tracking: boolean;
  private changed: Entry[] = [];
  private count = 0;
  /** Per table (by index), the row looked up last, as a parent (a claim, then its sources and tags) or by key. */
  private readonly lastParent: (Entry | null)[] = STATE_TABLES.map(() => null);
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
    this.orphans = STATE_TABLES.map(() => new Map<string, Group>());
    for (const t of STATE_TABLES) if (!isCompositeKey(t)) this.maps[info(t).index] = new Map();
    this.unsynced = [];
    this.changed = [];
    this.count = 0;
    this.lastParent.fill(null);
    this.mayHoldDead.fill(false);
  }

  /** Runs one event's effect. */
  run(effect: Effect): void {
    let step = effect.next();
    while (!step.done) step = effect.next(this.apply(step.value));
  }

  apply(op: LedgerOp): Row | undefined {
    switch (op.op) {
      case 'insert':
        this.insert(info(op.table), op.row);
        return undefined;
      case 'update': {
        const e = this.lookup(info(op.table), op.key);
        if (!e || isEmpty(op.set)) return undefined;
        if (op.table === 'source_stats') {
          // The totals held are written back first, and parsed again from the row after.
          this.syncTotalsOf(e);
          e.held = undefined;
        }
        Object.assign(e.row, op.set);
        this.checkForeignKeys(info(op.table), e.row, op.set);
        this.touch(e);
        return undefined;
      }
      case 'deleteWhere':
        if (op.column !== info(op.table).key)
          throw new Error(`deleteWhere on ${op.table}.${op.column} is not supported`);
        for (const e of this.group(op.table, op.value)) this.remove(e);
        return undefined;
      case 'get': {
        const e = this.lookup(info(op.table), op.key);
        if (!e) return undefined;
        if (op.table === 'source_stats') this.syncTotalsOf(e);
        const out: Row = {};
        for (const c of op.columns) out[c] = e.row[c] ?? null;
        return out;
      }
      case 'stats': {
        if (this.options.maintainStats === false) return undefined;
        // Read in place: one list fewer per event, and nothing here changes the claim's sources.
        for (const cs of this.loadedGroup(CLAIM_SOURCES, op.claimId)) {
          if (cs.row.role !== 'made' || !isLive(cs)) continue;
          const e = this.statsEntryOf(cs);
          if (!e) continue;
          let s = e.held;
          if (!s) {
            const row = stateRow<'source_stats'>(e.row);
            s = { totals: parseTotals(row.totals), nOpen: row.nOpen, nResolved: row.nResolved, unsynced: false };
            e.held = s;
          }
          adjustStats(s, op.before, op.after);
          if (!s.unsynced) {
            s.unsynced = true;
            this.unsynced.push(e);
          }
          this.touch(e);
        }
        return undefined;
      }
    }
  }

  /** Writes the totals kept ahead of their rows into the rows (before reading or writing them). */
  syncTotals(): void {
    for (const e of this.unsynced) {
      const s = e.held;
      if (!s?.unsynced) continue;
      s.unsynced = false;
      if (e.state !== 'gone') this.writeTotals(e, s);
    }
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
    return this.mapOf(table).get(key);
  }

  /** The rows of a composite-key table under one first-column value, without loading (undefined: not known). */
  peekGroup(table: StateTable, first: string): readonly Entry[] | undefined {
    const g = this.findGroup(info(table), first);
    return g && (g.loaded || this.backing === 'complete') ? g.entries : undefined;
  }

  /** The rows of composite-key `table` held on `parent`, without loading (undefined: not known). */
  childGroup(parent: Entry, table: StateTable): readonly Entry[] | undefined {
    const t = info(table);
    const g = parent.children?.[t.slot];
    if (g) return g.loaded || this.backing === 'complete' ? g.entries : undefined;
    return this.backing === 'complete' ? [] : undefined;
  }

  /** Every row the image holds for `table`. */
  *entries(table: StateTable): Generator<Entry> {
    const t = info(table);
    if (t.second === null) {
      for (const e of this.mapOf(table).values()) if (e && isLive(e)) yield e;
      return;
    }
    const groups: Group[] = [...this.orphans[t.index]!.values()];
    if (t.parent)
      for (const p of this.mapOf(t.parent).values()) if (p?.children?.[t.slot]) groups.push(p.children[t.slot]!);
    for (const g of groups) for (const e of g.entries) if (isLive(e)) yield e;
  }

  /** Takes the rows read for `keys` of `table` (by its first key column); keys not found are then known absent. */
  load(table: StateTable, keys: readonly string[], rows: readonly Row[]): void {
    this.absorb(table, rows);
    for (const k of keys) this.markLoaded(table, k);
  }

  /** Adds rows read from the database, unless the image already knows them (or knows them gone). */
  private absorb(table: StateTable, rows: readonly Row[]): void {
    const t = info(table);
    for (const row of rows) {
      const k = String(row[t.second ?? t.key]);
      if (t.second !== null) {
        const g = this.groupOf(t, String(t.readKey(row)));
        if (!g.loaded && !g.entries.some((e) => e.key === k))
          g.entries = withEntry(g.entries, this.entry(t, k, row, 'clean'));
        continue;
      }
      if (this.mapOf(table).get(k) === undefined) this.setEntry(t, k, this.entry(t, k, row, 'clean'));
    }
  }

  /** Every row of `table` whose first key column is `k` is in the image. */
  markLoaded(table: StateTable, k: string): void {
    const t = info(table);
    if (t.second !== null) this.groupOf(t, k).loaded = true;
    else if (this.mapOf(table).get(k) === undefined) this.setAbsent(t, k);
  }

  /** The rows whose first key column equals `value` (all of a claim's sources, say), loading them if need be. */
  group(table: StateTable, value: unknown): Entry[] {
    const t = info(table);
    if (t.second === null) {
      const e = this.lookupKey(t, String(value));
      return e ? [e] : [];
    }
    const out: Entry[] = [];
    for (const e of this.loadedGroup(t, value)) if (isLive(e)) out.push(e);
    return out;
  }

  /** A composite-key group's entries as held (deleted ones included), loaded if need be: to be read, not kept. */
  private loadedGroup(t: TableInfo, value: unknown): readonly Entry[] {
    const g = this.groupOf(t, String(value));
    if (!g.loaded) {
      if (this.backing === 'preloaded') throw new Error(`internal: ${t.name} rows of ${String(value)} were not loaded`);
      g.loaded = true;
    }
    return g.entries;
  }

  /** The group of a composite-key table under `first`, made on first use. */
  private groupOf(t: TableInfo, first: string): Group {
    const found = this.findGroup(t, first);
    if (found) return found;
    const parent = t.parent ? this.parentEntry(t.parentIndex, first) : null;
    // A parent the database does not have yet has no children there either.
    const g: Group = { loaded: this.backing === 'complete' || parent?.state === 'new', entries: [] };
    if (parent) (parent.children ??= childSlots(t.parent!))[t.slot] = g;
    else this.orphans[t.index]!.set(first, g);
    return g;
  }

  private findGroup(t: TableInfo, first: string): Group | undefined {
    if (t.parent) {
      const parent = this.parentEntry(t.parentIndex, first);
      // A parent row holds its groups (groupOf, adoptOrphans): none is left among the orphans.
      if (parent) return parent.children?.[t.slot];
    }
    return this.orphans[t.index]!.get(first);
  }

  private parentEntry(index: number, key: string): Entry | null {
    const last = this.lastParent[index]!;
    if (last !== null && last.key === key) return last;
    const e = this.maps[index]!.get(key) ?? null;
    if (e) this.lastParent[index] = e;
    return e;
  }

  private mapOf(table: StateTable): Map<string, Entry | null> {
    return this.maps[info(table).index]!;
  }

  private lookup(t: TableInfo, key: Row): Entry | null {
    if (t.second !== null) {
      const k = String(t.readSecond(key));
      return this.group(t.name, t.readKey(key)).find((e) => e.key === k) ?? null;
    }
    return this.lookupKey(t, String(t.readKey(key)));
  }

  private lookupKey(t: TableInfo, k: string): Entry | null {
    // An event reaches the same row several times in a row (a resolution reads its claim, updates
    // it, reads it again): the row found last spares a lookup in a map of up to a million keys.
    const last = this.lastParent[t.index]!;
    if (last !== null && last.key === k) return last.state !== 'deleted' ? last : null;
    const map = this.maps[t.index]!;
    const known = map.get(k);
    if (known) this.lastParent[t.index] = known;
    if (known !== undefined) return known && known.state !== 'deleted' ? known : null;
    if (this.backing === 'complete') return null;
    throw new Error(`internal: ${t.name} row ${k} was not loaded`);
  }

  private insert(t: TableInfo, row: Row): void {
    this.checkForeignKeys(t, row, row);
    if (t.second !== null) {
      const first = String(t.readKey(row));
      const g = this.groupOf(t, first);
      const k = String(t.readSecond(row));
      let existing: Entry | undefined;
      for (const e of g.entries) if (e.key === k) existing = e;
      if (existing && existing.state !== 'deleted') throw new Error(`duplicate key ${first}, ${k} in ${t.name}`);
      const e = existing ?? this.entry(t, k, row, 'new');
      if (existing) this.revive(existing, row);
      else g.entries = withEntry(g.entries, e);
      // The row checkForeignKeys just found (the last parent looked up in that table).
      if (t.linkIndex >= 0) e.link = this.parentEntry(t.linkIndex, k);
      return;
    }
    const k = String(t.readKey(row));
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
      this.adoptOrphans(t, k, e);
    } else {
      const existing = map.get(k);
      if (existing && existing.state !== 'deleted') throw new Error(`duplicate key ${k} in ${t.name}`);
      if (existing) {
        this.revive(existing, row);
        e = existing;
      } else {
        e = this.entry(t, k, row, 'new');
        this.setEntry(t, k, e);
      }
    }
    if (t.name === 'source_stats') {
      // A row inserted again (revived) starts from its new totals (syncTotals skips it, held no more).
      e.held = undefined;
    }
    // What an event inserts, it usually reaches next (a claim's sources name it, a resolution is read back).
    this.lastParent[t.index] = e;
  }

  /** Puts a single-key row in place (see adoptOrphans). */
  private setEntry(t: TableInfo, k: string, e: Entry): void {
    this.maps[t.index]!.set(k, e);
    this.adoptOrphans(t, k, e);
  }

  /** A key of a single-key table known not to exist. */
  private setAbsent(t: TableInfo, k: string): void {
    this.maps[t.index]!.set(k, null);
    this.mayHoldDead[t.index] = true;
  }

  /** A parent row takes over any of its groups made before it was known. */
  private adoptOrphans(t: TableInfo, k: string, e: Entry): void {
    for (const c of CHILDREN[t.name]) {
      const orphans = this.orphans[c.index]!;
      if (orphans.size === 0) continue;
      const g = orphans.get(k);
      if (!g) continue;
      orphans.delete(k);
      (e.children ??= childSlots(t.name))[c.slot] = g;
    }
  }

  /** A row deleted earlier in this batch but still in the database comes back as a change. */
  private revive(e: Entry, row: Row): void {
    e.row = row;
    e.state = 'dirty';
    e.seq = this.seq;
  }

  private entry(t: TableInfo, key: string, row: Row, state: EntryState): Entry {
    const e: Entry = { table: t.name, key, row, state, seq: this.seq, seen: false, children: null, link: null };
    this.count += 1;
    if (state !== 'clean' && this.tracking) this.changed.push(e);
    return e;
  }

  private remove(e: Entry): void {
    if (e.state === 'new') {
      this.forget(e, false);
      return;
    }
    if (e.state === 'clean' && this.tracking) this.changed.push(e);
    if (info(e.table).second === null) this.mayHoldDead[info(e.table).index] = true;
    e.state = 'deleted';
    e.seq = this.seq;
  }

  /** Drops a row; `known` remembers that its key does not exist. */
  private forget(e: Entry, known: boolean): void {
    e.state = 'gone';
    this.count -= 1;
    const t = info(e.table);
    if (t.second !== null) {
      const g = this.findGroup(t, String(e.row[t.key]));
      if (g) g.entries = g.entries.filter((x) => x !== e);
      return;
    }
    if (this.lastParent[t.index] === e) this.lastParent[t.index] = null;
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

  /** The live source_stats row of the source a claim_sources row names, through the links when they hold. */
  private statsEntryOf(cs: Entry): Entry | null {
    const source = cs.link !== null && isLive(cs.link) ? cs.link : null;
    const linked = source?.link ?? null;
    // Dropped (gone) since it was linked: the map may hold another entry for the key now.
    if (linked !== null && linked.state !== 'gone') return linked.state === 'deleted' ? null : linked;
    const e = this.lookupKey(SOURCE_STATS, stateRow<'claim_sources'>(cs.row).sourceId);
    if (e !== null && source !== null) source.link = e;
    return e;
  }

  private syncTotalsOf(e: Entry): void {
    const s = e.held;
    if (!s?.unsynced) return;
    s.unsynced = false;
    this.writeTotals(e, s);
  }

  private writeTotals(e: Entry, s: SourceStatsState): void {
    e.row.totals = JSON.stringify(s.totals);
    e.row.nOpen = s.nOpen;
    e.row.nResolved = s.nResolved;
  }

  /** The parents that `changed` names must exist; one the image does not know is left to the database. */
  private checkForeignKeys(t: TableInfo, row: Row, changed: Row): void {
    for (const fk of t.foreignKeys) {
      if (changed !== row && !(fk.column in changed)) continue;
      const value = fk.read(row);
      if (value === null || value === undefined) continue;
      const k = typeof value === 'string' ? value : JSON.stringify(value);
      const parent = this.parentEntry(fk.parentIndex, k) ?? this.maps[fk.parentIndex]!.get(k);
      if (parent === undefined && this.backing !== 'complete') continue;
      if (!parent || parent.state === 'deleted')
        throw new Error(`${t.name}.${fk.column} names ${fk.references} row ${k}, which does not exist`);
    }
  }
}

function isLive(e: Entry): boolean {
  return e.state !== 'deleted' && e.state !== 'gone';
}

function isEmpty(row: Row): boolean {
  for (const _ in row) return false;
  return true;
}
