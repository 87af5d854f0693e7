import type SqliteDatabase from 'better-sqlite3';
import { eventEffect, STATE_TABLE_KEYS, STATE_TABLES, type Row, type StateTable } from './apply.js';
import { ApplyError, type CheckedEvent, describeError, EVENT_COLUMNS, eventOf } from './batch.js';
import { type Entry, type RowSource, StateImage } from './state-image.js';

const q = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** How many rows the import keeps in memory between batches before it starts afresh. */
const DEFAULT_RETAIN_ROWS = 4_000_000;

interface TableStatements {
  columns: string[];
  insert: SqliteDatabase.Statement;
  upsert: SqliteDatabase.Statement;
  delete: SqliteDatabase.Statement;
}

/**
 * The bulk writer of the import on SQLite. Each batch is one IMMEDIATE transaction: the event
 * rows, then the batch's events applied to a StateImage of the state tables (reading from the
 * database only rows it does not hold), then every changed row written once with prepared
 * statements, parents before children, then the head. A row created and changed in one batch is
 * written once, in its final state; the image is kept between batches (up to a bound), so later
 * events that touch earlier rows rarely read them back.
 */
export class SqliteBulkWriter implements RowSource {
  private readonly image = new StateImage(this);
  private readonly tables = new Map<StateTable, TableStatements>();
  private readonly reads = new Map<string, SqliteDatabase.Statement>();
  private readonly insertEvent: SqliteDatabase.Statement;
  private readonly readHead: SqliteDatabase.Statement;
  private readonly moveHead: SqliteDatabase.Statement;
  private readonly batch: SqliteDatabase.Transaction<(items: CheckedEvent[]) => void>;
  private headSeq: number | null = null;

  constructor(
    private readonly sqlite: SqliteDatabase.Database,
    private readonly retainRows = DEFAULT_RETAIN_ROWS,
  ) {
    this.insertEvent = sqlite.prepare(`INSERT INTO events (${EVENT_COLUMNS.map(q).join(', ')}) VALUES (${EVENT_COLUMNS.map(() => '?').join(', ')})`);
    this.readHead = sqlite.prepare('SELECT seq FROM ledger_head WHERE id = 1').pluck();
    this.moveHead = sqlite.prepare('UPDATE ledger_head SET seq = ?, hash = ? WHERE id = 1');
    for (const table of STATE_TABLES) this.tables.set(table, this.prepareTable(table));
    this.batch = sqlite.transaction((items: CheckedEvent[]) => this.write(items));
  }

  /** Writes a batch in one transaction; throws ApplyError naming the first event that fails (nothing of the batch is written). */
  applyBatch(items: CheckedEvent[]): void {
    if (items.length === 0) return;
    try {
      this.batch.immediate(items);
    } catch (err) {
      this.image.clear();
      throw err;
    }
    this.image.commit();
    if (this.image.size > this.retainRows) this.image.clear();
  }

  row(table: StateTable, key: Row): Row | undefined {
    const cols = STATE_TABLE_KEYS[table];
    const s = this.read(`SELECT * FROM ${q(table)} WHERE ${cols.map((c) => `${q(c)} = ?`).join(' AND ')}`);
    return s.get(cols.map((c) => key[c])) as Row | undefined;
  }

  group(table: StateTable, value: unknown): Row[] {
    return this.read(`SELECT * FROM ${q(table)} WHERE ${q(STATE_TABLE_KEYS[table][0]!)} = ?`).all(value) as Row[];
  }

  private write(items: CheckedEvent[]): void {
    // Rows kept from earlier batches hold only while nobody else has written since.
    const head = Number(this.readHead.get());
    if (this.headSeq !== null && head !== this.headSeq) this.image.clear();
    for (const { event: e } of items) this.insertEvent.run(e.seq, e.at, e.actor, e.type, e.entity, e.entityId, e.payload, e.prevHash, e.hash);
    for (const { event, payload } of items) {
      this.image.seq = event.seq;
      try {
        this.image.run(eventEffect(event, payload));
      } catch (err) {
        throw new ApplyError(event.seq, event.type, describeError(err));
      }
    }
    this.image.syncTotals();
    this.flush(items);
    const last = items[items.length - 1]!.event;
    this.moveHead.run(last.seq, last.hash);
    this.headSeq = last.seq;
  }

  /** Deletes children before parents, then inserts and updates parents before children. */
  private flush(items: CheckedEvent[]): void {
    const byTable = new Map<StateTable, Entry[]>(STATE_TABLES.map((t) => [t, []]));
    for (const e of this.image.pending()) byTable.get(e.table)!.push(e);
    for (const table of [...STATE_TABLES].reverse()) {
      const s = this.tables.get(table)!;
      const keys = STATE_TABLE_KEYS[table];
      for (const e of byTable.get(table)!) if (e.state === 'deleted') this.run(items, e, s.delete, keys.map((c) => e.row[c]));
    }
    for (const table of STATE_TABLES) {
      const s = this.tables.get(table)!;
      const entries = byTable.get(table)!;
      if (entries.length > 0) checkColumns(table, s.columns, entries[0]!.row);
      for (const e of entries) {
        if (e.state !== 'new' && e.state !== 'dirty') continue;
        const values = new Array<unknown>(s.columns.length);
        for (let i = 0; i < values.length; i++) values[i] = e.row[s.columns[i]!] ?? null;
        this.run(items, e, e.state === 'new' ? s.insert : s.upsert, values);
      }
    }
  }

  private run(items: CheckedEvent[], e: Entry, statement: SqliteDatabase.Statement, values: unknown[]): void {
    try {
      statement.run(values);
    } catch (err) {
      const event = eventOf(items, e.seq);
      throw new ApplyError(event.seq, event.type, `${e.table}: ${describeError(err)}`);
    }
  }

  private prepareTable(table: StateTable): TableStatements {
    const columns = this.sqlite.prepare('SELECT name FROM pragma_table_info(?) ORDER BY cid').pluck().all(table) as string[];
    const keys = STATE_TABLE_KEYS[table];
    const rest = columns.filter((c) => !keys.includes(c));
    const insert = `INSERT INTO ${q(table)} (${columns.map(q).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`;
    const onConflict = rest.length === 0 ? 'DO NOTHING' : `DO UPDATE SET ${rest.map((c) => `${q(c)} = excluded.${q(c)}`).join(', ')}`;
    return {
      columns,
      insert: this.sqlite.prepare(insert),
      upsert: this.sqlite.prepare(`${insert} ON CONFLICT (${keys.map(q).join(', ')}) ${onConflict}`),
      delete: this.sqlite.prepare(`DELETE FROM ${q(table)} WHERE ${keys.map((c) => `${q(c)} = ?`).join(' AND ')}`),
    };
  }

  private read(text: string): SqliteDatabase.Statement {
    let s = this.reads.get(text);
    if (!s) this.reads.set(text, (s = this.sqlite.prepare(text)));
    return s;
  }
}

/** An applier's row with a column the table lacks is a bug: say so instead of dropping it. */
function checkColumns(table: StateTable, columns: string[], row: Row): void {
  for (const c in row) if (!columns.includes(c)) throw new Error(`${table} has no column ${c}`);
}
