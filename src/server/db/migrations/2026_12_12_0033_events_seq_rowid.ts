import { type Kysely, sql, SqliteAdapter } from 'kysely';
import { rebuildAtomically } from './sqlite-rebuild.js';

// Frozen in time: this file imports nothing from the app.
// SQLite only. events' key was declared `bigint primary key`, which SQLite keeps as an index of
// its own beside the rowid table: every appended event wrote two b-trees for one key. Declared
// `integer primary key`, seq is the rowid, and an event is one row at the end of the table (the
// entity index aside). The values and their order are the same: seq had integer affinity already.
// The table's other indexes are made again as they were. PostgreSQL keeps bigint: nothing changes there.

const KEY = {
  bigint: /("seq"|seq)\s+bigint\s+primary\s+key/i,
  integer: /("seq"|seq)\s+integer\s+primary\s+key/i,
};

async function rebuild(db: Kysely<any>, from: 'bigint' | 'integer', to: 'bigint' | 'integer'): Promise<void> {
  await rebuildAtomically(
    db,
    'events',
    (definition) => KEY[to].test(definition),
    async (table, next) => {
      if (!KEY[from].test(table)) throw new Error(`events.seq is not declared ${from} primary key`);
      const { rows } = await sql<{
        sql: string;
      }>`select sql from sqlite_master where type = 'index' and tbl_name = 'events' and sql is not null`.execute(db);
      const body = table
        .replace(/^\s*create\s+table\s+("events"|events)\s*/i, '')
        .replace(KEY[from], `"seq" ${to} primary key`);
      await sql.raw(`create table "${next}" ${body}`).execute(db);
      await sql`insert into ${sql.table(next)} select * from events order by seq`.execute(db);
      await db.schema.dropTable('events').execute();
      await db.schema.alterTable(next).renameTo('events').execute();
      for (const index of rows) await sql.raw(index.sql).execute(db);
    },
  );
}

const isSqlite = (db: Kysely<any>) => db.getExecutor().adapter instanceof SqliteAdapter;

export async function up(db: Kysely<any>): Promise<void> {
  if (isSqlite(db)) await rebuild(db, 'bigint', 'integer');
}

export async function down(db: Kysely<any>): Promise<void> {
  if (isSqlite(db)) await rebuild(db, 'integer', 'bigint');
}
