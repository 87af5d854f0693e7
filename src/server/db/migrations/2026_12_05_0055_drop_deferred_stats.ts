import { type Kysely, sql } from 'kysely';

// Frozen in time: this file imports nothing from the app.
// The import no longer keeps source totals back until its end, so the note it left while it did
// (ledger_deferred_stats, SQLite only, outside the Database interface) has no reader: gone.

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`drop table if exists ledger_deferred_stats`.execute(db);
}

export async function down(): Promise<void> {
  // Nothing to restore: the table only ever existed while an import ran.
}
