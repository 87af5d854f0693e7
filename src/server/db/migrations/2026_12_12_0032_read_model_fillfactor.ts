import { type Kysely, sql, SqliteAdapter } from 'kysely';

// Frozen in time: this file imports nothing from the app.
// PostgreSQL only. Every resolution updates rows of these tables in place (its makers' totals,
// due counts, open-day counts and facet totals) and no index holds a column it changes, so an
// update that finds room on its row's page is a heap-only tuple: no new entry in the table's
// indexes, one page changed (and logged) instead of three. A bulk-loaded page is full, so each
// update moved its row to another page and indexed it again. Room is left on new pages only: the
// rows an existing page holds move to such pages as they are next updated.
// SQLite updates rows in place: nothing changes there.

const TABLES: { name: string; fillfactor: number }[] = [
  // Rows of about 500 bytes, one per source: a small table, half of each page kept free.
  { name: 'source_stats', fillfactor: 50 },
  { name: 'source_due', fillfactor: 50 },
  { name: 'open_days', fillfactor: 80 },
  { name: 'source_facet_totals', fillfactor: 80 },
];

const isSqlite = (db: Kysely<any>) => db.getExecutor().adapter instanceof SqliteAdapter;

export async function up(db: Kysely<any>): Promise<void> {
  if (isSqlite(db)) return;
  for (const t of TABLES)
    await sql`alter table ${sql.table(t.name)} set (fillfactor = ${sql.raw(String(t.fillfactor))})`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  if (isSqlite(db)) return;
  for (const t of TABLES) await sql`alter table ${sql.table(t.name)} reset (fillfactor)`.execute(db);
}
