import { type Kysely, sql } from 'kysely';

// Frozen in time with the migrations that use it: it imports nothing from the app.

/**
 * Rebuilds a SQLite table (copy it, drop it, rename the copy) as one write transaction. SQLite runs
 * migrations outside a transaction, so without one a writer in another process (a server still running,
 * a cron command) could commit between the copy and the drop and lose its rows with the old table, and
 * a migration killed partway would leave a half-made copy that stops every later start. Inside one, such
 * a writer waits for the lock and a killed rebuild rolls back. `done` says whether the table already has
 * its new form (a rebuild that committed before the migration was recorded), and then nothing is done.
 */
export async function rebuildAtomically(
  db: Kysely<any>,
  table: string,
  done: (definition: string) => boolean,
  copy: (definition: string, next: string) => Promise<void>,
): Promise<void> {
  await sql`begin immediate`.execute(db);
  try {
    const { rows } = await sql<{
      sql: string;
    }>`select sql from sqlite_master where type = 'table' and name = ${table}`.execute(db);
    const definition = rows[0]?.sql;
    if (!definition) throw new Error(`${table} does not exist`);
    if (!done(definition)) {
      const next = `${table}_rebuilt`;
      await sql`drop table if exists ${sql.table(next)}`.execute(db);
      await copy(definition, next);
    }
    await sql`commit`.execute(db);
  } catch (err) {
    await sql`rollback`.execute(db);
    throw err;
  }
}
