import type SqliteDatabase from 'better-sqlite3';
import { type Kysely, SqliteAdapter, sql, type Transaction } from 'kysely';
import type { Database } from '../db/schema.js';
import { eventEffect, prefetchHint, STATE_TABLE_KEYS, STATE_TABLES, type Effect, type LedgerOp, type Row, type StateTable } from './apply.js';
import type { RecordedEvent } from './events.js';
import { adjustStats, parseTotals, type SourceStatsState } from './source-stats.js';

/**
 * Bulk drivers for the appliers of apply.ts: they execute the same operations in the same order
 * as the per-event path, many events per transaction (import, and verify's replay). Source totals
 * are kept in memory during a batch and written once at its end; they go through the same
 * adjustStats calls in event order, so they are bit-identical to the per-event path's.
 */

/** An event whose link and hash were checked, with its payload parsed once. */
export interface CheckedEvent {
  event: RecordedEvent;
  payload: unknown;
}

/** An event the appliers could not apply (the batch it was in is rolled back). */
export class ApplyError extends Error {
  constructor(
    readonly seq: number,
    readonly type: string,
    /** What went wrong, without the event's name. */
    readonly detail: string,
    message = `event ${seq} (${type}) cannot be applied: ${detail}`,
  ) {
    super(message);
  }
}

const EVENT_COLUMNS = ['seq', 'at', 'actor', 'type', 'entity', 'entityId', 'payload', 'prevHash', 'hash'] as const;

function eventValues(e: RecordedEvent): unknown[] {
  return [e.seq, e.at, e.actor, e.type, e.entity, e.entityId, e.payload, e.prevHash, e.hash];
}

const q = (name: string) => `"${name.replace(/"/g, '""')}"`;

function describe(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

// ---------------------------------------------------------------------------------------------
// SQLite: the raw better-sqlite3 connection, prepared statements, one synchronous transaction.
// ---------------------------------------------------------------------------------------------

export class SqliteBulkApplier {
  private readonly statements = new Map<string, SqliteDatabase.Statement>();
  private readonly stats = new Map<string, SourceStatsState & { dirty: boolean }>();
  private readonly shapes = new Map<string, { cols: string[]; extra: string[]; statement: SqliteDatabase.Statement }[]>();
  /** The sources that `made` a claim and have totals (the join of updateSourceStats). */
  private readonly makers: SqliteDatabase.Statement;
  private readonly loadStats: SqliteDatabase.Statement;
  private readonly batch: SqliteDatabase.Transaction<(items: CheckedEvent[], writeEvents: boolean) => void>;

  constructor(private readonly sqlite: SqliteDatabase.Database) {
    this.makers = sqlite
      .prepare(
        `SELECT claim_sources."sourceId" FROM claim_sources JOIN source_stats ON source_stats."sourceId" = claim_sources."sourceId" WHERE claim_sources."claimId" = ? AND claim_sources.role = 'made'`,
      )
      .pluck();
    this.loadStats = sqlite.prepare('SELECT totals, "nOpen", "nResolved" FROM source_stats WHERE "sourceId" = ?');
    this.batch = sqlite.transaction((items: CheckedEvent[], writeEvents: boolean) => {
      const insertEvent = writeEvents ? this.statement(`INSERT INTO events (${EVENT_COLUMNS.map(q).join(', ')}) VALUES (${EVENT_COLUMNS.map(() => '?').join(', ')})`) : null;
      try {
        for (const { event, payload } of items) {
          try {
            insertEvent?.run(eventValues(event));
            this.run(eventEffect(event, payload));
          } catch (err) {
            throw new ApplyError(event.seq, event.type, describe(err));
          }
        }
        this.flushStats();
        if (writeEvents && items.length > 0) {
          const last = items[items.length - 1]!.event;
          this.statement('UPDATE ledger_head SET seq = ?, hash = ? WHERE id = 1').run(last.seq, last.hash);
        }
      } finally {
        this.stats.clear();
      }
    });
  }

  /**
   * Applies a batch in one IMMEDIATE transaction; with `writeEvents` also inserts the event rows
   * and moves the head. Throws ApplyError naming the first event that fails (nothing is written).
   */
  applyBatch(items: CheckedEvent[], writeEvents: boolean): void {
    this.batch.immediate(items, writeEvents);
  }

  private statement(text: string): SqliteDatabase.Statement {
    let s = this.statements.get(text);
    if (!s) {
      s = this.sqlite.prepare(text);
      this.statements.set(text, s);
    }
    return s;
  }

  private run(effect: Effect): void {
    let step = effect.next();
    while (!step.done) step = effect.next(this.exec(step.value));
  }

  /** The prepared statement for `kind` on `table` with these columns (found without building SQL text). */
  private shaped(kind: string, table: string, cols: string[], extra: string[], build: () => string): SqliteDatabase.Statement {
    const id = `${kind} ${table}`;
    let list = this.shapes.get(id);
    if (!list) this.shapes.set(id, (list = []));
    outer: for (const s of list) {
      if (s.cols.length !== cols.length || s.extra.length !== extra.length) continue;
      for (let i = 0; i < cols.length; i++) if (s.cols[i] !== cols[i]) continue outer;
      for (let i = 0; i < extra.length; i++) if (s.extra[i] !== extra[i]) continue outer;
      return s.statement;
    }
    const statement = this.statement(build());
    list.push({ cols, extra, statement });
    return statement;
  }

  private exec(op: LedgerOp): Row | undefined {
    switch (op.op) {
      case 'insert': {
        const cols = Object.keys(op.row);
        const s = this.shaped('insert', op.table, cols, [], () => `INSERT INTO ${q(op.table)} (${cols.map(q).join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`);
        s.run(Object.values(op.row));
        return undefined;
      }
      case 'update': {
        const set = Object.keys(op.set);
        if (set.length === 0) return undefined;
        const key = Object.keys(op.key);
        const s = this.shaped('update', op.table, set, key, () => `UPDATE ${q(op.table)} SET ${set.map((c) => `${q(c)} = ?`).join(', ')} WHERE ${key.map((c) => `${q(c)} = ?`).join(' AND ')}`);
        s.run([...Object.values(op.set), ...Object.values(op.key)]);
        return undefined;
      }
      case 'deleteWhere':
        this.shaped('delete', op.table, [op.column], [], () => `DELETE FROM ${q(op.table)} WHERE ${q(op.column)} = ?`).run(op.value);
        return undefined;
      case 'get': {
        const key = Object.keys(op.key);
        const s = this.shaped('get', op.table, op.columns, key, () => `SELECT ${op.columns.map(q).join(', ')} FROM ${q(op.table)} WHERE ${key.map((c) => `${q(c)} = ?`).join(' AND ')}`);
        return s.get(Object.values(op.key)) as Row | undefined;
      }
      case 'stats': {
        for (const sourceId of this.makers.all(op.claimId) as string[]) {
          let s = this.stats.get(sourceId);
          if (!s) {
            const row = this.loadStats.get(sourceId) as { totals: string; nOpen: number; nResolved: number };
            s = { totals: parseTotals(row.totals), nOpen: row.nOpen, nResolved: row.nResolved, dirty: false };
            this.stats.set(sourceId, s);
          }
          adjustStats(s, op.before, op.after);
          s.dirty = true;
        }
        return undefined;
      }
    }
  }

  private flushStats(): void {
    const update = this.statement('UPDATE source_stats SET totals = ?, "nOpen" = ?, "nResolved" = ? WHERE "sourceId" = ?');
    for (const [sourceId, s] of this.stats) if (s.dirty) update.run(JSON.stringify(s.totals), s.nOpen, s.nResolved, sourceId);
  }
}

// ---------------------------------------------------------------------------------------------
// Any Kysely database (PostgreSQL; SQLite without a file): a write-back overlay per batch.
// ---------------------------------------------------------------------------------------------

type EntryState = 'new' | 'clean' | 'dirty' | 'deleted';
interface Entry {
  row: Row;
  state: EntryState;
}

const MAX_PARAMS = 30_000;

/**
 * Executes the operations against an in-memory image of the rows the batch touches (loaded from
 * the database on first use, a batch's likely reads prefetched in a few queries), then writes the
 * batch with multi-row statements: deletes, inserts of new rows and upserts of changed ones, parents
 * before children. Reads see the batch's own writes, so results equal the per-event path's.
 */
export class KyselyBulkApplier {
  constructor(private readonly db: Kysely<Database>) {}

  async applyBatch(items: CheckedEvent[], writeEvents: boolean): Promise<void> {
    if (items.length === 0) return;
    await this.db.transaction().execute(async (trx) => {
      const overlay = new Overlay(trx);
      await overlay.prefetch(items);
      for (const { event, payload } of items) {
        try {
          const effect = eventEffect(event, payload);
          let step = effect.next();
          while (!step.done) step = effect.next(await overlay.exec(step.value));
        } catch (err) {
          throw new ApplyError(event.seq, event.type, describe(err));
        }
      }
      const first = items[0]!.event.seq;
      const last = items[items.length - 1]!.event;
      try {
        if (writeEvents) {
          const rows = items.map((i) => i.event);
          for (let i = 0; i < rows.length; i += Math.floor(MAX_PARAMS / EVENT_COLUMNS.length))
            await trx.insertInto('events').values(rows.slice(i, i + Math.floor(MAX_PARAMS / EVENT_COLUMNS.length)).map(pickEventColumns)).execute();
        }
        await overlay.flush();
        if (writeEvents) await trx.updateTable('ledger_head').set({ seq: last.seq, hash: last.hash }).where('id', '=', 1).execute();
      } catch (err) {
        throw new ApplyError(first, items[0]!.event.type, describe(err), `events ${first}–${last.seq} cannot be written: ${describe(err)}`);
      }
    });
  }
}

function pickEventColumns(e: RecordedEvent): RecordedEvent {
  return { seq: e.seq, at: e.at, actor: e.actor, type: e.type, entity: e.entity, entityId: e.entityId, payload: e.payload, prevHash: e.prevHash, hash: e.hash };
}

const SEP = '\u0000';

class Overlay {
  /** Per table: primary key text → entry; `null` = known not to exist. */
  private readonly rows = new Map<StateTable, Map<string, Entry | null>>();
  /** Per table: first key column value → key texts (for deleteWhere and the makers of a claim). */
  private readonly groups = new Map<StateTable, Map<unknown, Set<string>>>();
  private readonly loadedGroups = new Map<StateTable, Set<unknown>>();
  private readonly totals = new Map<string, SourceStatsState>();

  constructor(private readonly trx: Transaction<Database>) {
    for (const t of STATE_TABLES) {
      this.rows.set(t, new Map());
      this.groups.set(t, new Map());
      this.loadedGroups.set(t, new Set());
    }
  }

  private keyOf(table: StateTable, row: Row): string {
    const cols = STATE_TABLE_KEYS[table];
    return cols.length === 1 ? String(row[cols[0]!]) : cols.map((c) => String(row[c])).join(SEP);
  }

  private put(table: StateTable, row: Row, state: EntryState): void {
    const key = this.keyOf(table, row);
    this.rows.get(table)!.set(key, { row, state });
    const g = row[STATE_TABLE_KEYS[table][0]!];
    const groups = this.groups.get(table)!;
    let set = groups.get(g);
    if (!set) groups.set(g, (set = new Set()));
    set.add(key);
  }

  /** Adds rows read from the database unless the overlay already has them. */
  private absorb(table: StateTable, rows: Row[]): void {
    const map = this.rows.get(table)!;
    for (const r of rows) if (!map.get(this.keyOf(table, r))) this.put(table, r, 'clean');
  }

  private async selectIn(table: StateTable, column: string, values: unknown[]): Promise<Row[]> {
    const out: Row[] = [];
    for (let i = 0; i < values.length; i += 5000) {
      const chunk = values.slice(i, i + 5000);
      out.push(...((await this.trx.selectFrom(table).selectAll().where(column as never, 'in', chunk as never).execute()) as Row[]));
    }
    return out;
  }

  async prefetch(items: CheckedEvent[]): Promise<void> {
    const claims = new Set<string>();
    const resolutions = new Set<string>();
    const sources = new Set<string>();
    for (const { event, payload } of items) {
      try {
        const hint = prefetchHint(event.type, payload);
        if (!hint) continue;
        hint.claims.forEach((c) => claims.add(c));
        hint.resolutions.forEach((r) => resolutions.add(r));
        hint.sources.forEach((s) => sources.add(s));
      } catch {
        // Only a hint: a malformed payload fails in its applier, naming the event.
      }
    }
    if (claims.size > 0) {
      const ids = [...claims];
      this.absorb('claims', await this.selectIn('claims', 'id', ids));
      const cs = await this.selectIn('claim_sources', 'claimId', ids);
      this.absorb('claim_sources', cs);
      for (const id of ids) this.loadedGroups.get('claim_sources')!.add(id);
      for (const r of cs) if (r.role === 'made') sources.add(r.sourceId as string);
    }
    if (resolutions.size > 0) this.absorb('resolutions', await this.selectIn('resolutions', 'id', [...resolutions]));
    if (sources.size > 0) this.absorb('source_stats', await this.selectIn('source_stats', 'sourceId', [...sources]));
  }

  private async load(table: StateTable, key: Row): Promise<Entry | null> {
    const k = this.keyOf(table, key);
    const map = this.rows.get(table)!;
    const known = map.get(k);
    if (known !== undefined) return known;
    let query = this.trx.selectFrom(table).selectAll();
    for (const c of STATE_TABLE_KEYS[table]) query = query.where(c as never, '=', key[c] as never);
    const row = (await query.executeTakeFirst()) as Row | undefined;
    if (!row) {
      map.set(k, null);
      return null;
    }
    this.put(table, row, 'clean');
    return map.get(k)!;
  }

  private async loadGroup(table: StateTable, value: unknown): Promise<Entry[]> {
    const loaded = this.loadedGroups.get(table)!;
    if (!loaded.has(value)) {
      const column = STATE_TABLE_KEYS[table][0]!;
      this.absorb(table, (await this.trx.selectFrom(table).selectAll().where(column as never, '=', value as never).execute()) as Row[]);
      loaded.add(value);
    }
    const map = this.rows.get(table)!;
    const out: Entry[] = [];
    for (const k of this.groups.get(table)!.get(value) ?? []) {
      const e = map.get(k);
      if (e && e.state !== 'deleted') out.push(e);
    }
    return out;
  }

  async exec(op: LedgerOp): Promise<Row | undefined> {
    switch (op.op) {
      case 'insert': {
        const map = this.rows.get(op.table)!;
        const k = this.keyOf(op.table, op.row);
        const existing = map.get(k);
        if (existing && existing.state !== 'deleted') throw new Error(`duplicate key ${k} in ${op.table}`);
        this.put(op.table, { ...op.row }, existing ? 'dirty' : 'new');
        return undefined;
      }
      case 'update': {
        const e = await this.load(op.table, op.key);
        if (!e || e.state === 'deleted') return undefined;
        Object.assign(e.row, op.set);
        if (e.state === 'clean') e.state = 'dirty';
        return undefined;
      }
      case 'deleteWhere': {
        if (op.column !== STATE_TABLE_KEYS[op.table][0]) throw new Error(`deleteWhere on ${op.table}.${op.column} is not supported`);
        const map = this.rows.get(op.table)!;
        for (const e of await this.loadGroup(op.table, op.value)) {
          if (e.state === 'new') map.delete(this.keyOf(op.table, e.row));
          else e.state = 'deleted';
        }
        return undefined;
      }
      case 'get': {
        const e = await this.load(op.table, op.key);
        if (!e || e.state === 'deleted') return undefined;
        return Object.fromEntries(op.columns.map((c) => [c, e.row[c]]));
      }
      case 'stats': {
        for (const cs of await this.loadGroup('claim_sources', op.claimId)) {
          if (cs.row.role !== 'made') continue;
          const sourceId = cs.row.sourceId as string;
          const e = await this.load('source_stats', { sourceId });
          if (!e || e.state === 'deleted') continue;
          let s = this.totals.get(sourceId);
          if (!s) {
            s = { totals: parseTotals(e.row.totals as string), nOpen: e.row.nOpen as number, nResolved: e.row.nResolved as number };
            this.totals.set(sourceId, s);
          }
          adjustStats(s, op.before, op.after);
          if (e.state === 'clean') e.state = 'dirty';
        }
        return undefined;
      }
    }
  }

  async flush(): Promise<void> {
    for (const [sourceId, s] of this.totals) {
      const e = this.rows.get('source_stats')!.get(sourceId)!;
      Object.assign(e.row, { totals: JSON.stringify(s.totals), nOpen: s.nOpen, nResolved: s.nResolved });
    }
    for (const table of STATE_TABLES) {
      const keyCols = STATE_TABLE_KEYS[table];
      for (const e of this.rows.get(table)!.values()) {
        if (e?.state !== 'deleted') continue;
        let query = this.trx.deleteFrom(table);
        for (const c of keyCols) query = query.where(c as never, '=', e.row[c] as never);
        await query.execute();
      }
    }
    for (const table of STATE_TABLES) {
      const keyCols = STATE_TABLE_KEYS[table];
      const fresh: Row[] = [];
      const changed: Row[] = [];
      for (const e of this.rows.get(table)!.values()) {
        if (e?.state === 'new') fresh.push(e.row);
        else if (e?.state === 'dirty') changed.push(e.row);
      }
      await this.insertRows(table, fresh, null);
      await this.insertRows(table, changed, keyCols);
    }
  }

  /** Multi-row INSERT (a plain one for new rows, an upsert on the key for changed ones). */
  private async insertRows(table: StateTable, rows: Row[], upsertOn: string[] | null): Promise<void> {
    if (rows.length === 0) return;
    // Group by column set so every statement has one shape.
    const shapes = new Map<string, Row[]>();
    for (const r of rows) {
      const shape = Object.keys(r).join(',');
      const list = shapes.get(shape);
      if (list) list.push(r);
      else shapes.set(shape, [r]);
    }
    for (const [shape, list] of shapes) {
      const cols = shape.split(',');
      const per = Math.max(1, Math.floor(MAX_PARAMS / cols.length));
      for (let i = 0; i < list.length; i += per) {
        const chunk = list.slice(i, i + per);
        let query = this.trx.insertInto(table).values(chunk as never);
        if (upsertOn) {
          const rest = cols.filter((c) => !upsertOn.includes(c));
          query = query.onConflict((oc) => {
            const target = oc.columns(upsertOn as never);
            return rest.length === 0
              ? target.doNothing()
              : target.doUpdateSet(Object.fromEntries(rest.map((c) => [c, sql.ref(`excluded.${c}`)])) as never);
          });
        }
        await query.execute();
      }
    }
  }
}

/** True when `db` is a Kysely over SQLite. */
export function isSqlite(db: Kysely<Database>): boolean {
  return db.getExecutor().adapter instanceof SqliteAdapter;
}
