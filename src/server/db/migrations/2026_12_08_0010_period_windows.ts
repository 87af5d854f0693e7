import type { Kysely } from 'kysely';

// Frozen in time: this file imports nothing from the app and uses portable DDL only.
// Period boards (30 days, 90 days, 12 months, year to date) read maintained totals instead of
// folding the claims of the window (issue 27): source_facet_totals gains per-source per-day rows
// (facet 'day', value the resolution day) and per-source window rows (facet 'period', value the
// period), and this table holds the window each period's rows are rolled to. A new day then moves
// a window by the days that entered and left it. The read model is marked stale: migrate.ts
// rebuilds it from the claims.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('period_windows')
    .addColumn('period', 'text', (c) => c.primaryKey())
    .addColumn('since', 'text', (c) => c.notNull())
    .addColumn('asOf', 'text', (c) => c.notNull())
    .execute();
  await db.updateTable('read_model_state').set({ stale: 1 }).where('id', '=', 1).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('period_windows').execute();
  await db.deleteFrom('source_facet_totals').where('facet', 'in', ['day', 'period']).execute();
}
