import { type Kysely, sql, SqliteAdapter } from 'kysely';
import { rebuildAtomically } from './sqlite-rebuild.js';

// Frozen in time: this file imports nothing from the app.
// SQLite only. A resolution row is found by its id (the key) or through its indexes (by claim,
// by time, awaiting confirmation), never by rowid: stored WITHOUT ROWID the table is its key's
// b-tree, so recording a resolution writes four b-trees, not five (the rowid table and the key's
// index were one row each). Ids are time-ordered, so new rows go at the end of the key as they did
// at the end of the rowid table. The table is copied as it stands, keeping its definition's text,
// and its indexes are made again as they were. PostgreSQL tables have no rowid: nothing changes there.

const WITHOUT_ROWID = /\s*without\s+rowid\s*$/i;

async function rebuild(db: Kysely<any>, withoutRowid: boolean): Promise<void> {
  await rebuildAtomically(
    db,
    'resolutions',
    (definition) => WITHOUT_ROWID.test(definition) === withoutRowid,
    async (table, next) => {
      const { rows } = await sql<{
        sql: string;
      }>`select sql from sqlite_master where type = 'index' and tbl_name = 'resolutions' and sql is not null`.execute(
        db,
      );
      const body = table.replace(/^\s*create\s+table\s+("resolutions"|resolutions)\s*/i, '').replace(WITHOUT_ROWID, '');
      await sql.raw(`create table "${next}" ${body}${withoutRowid ? ' without rowid' : ''}`).execute(db);
      await sql`insert into ${sql.table(next)} select * from resolutions order by id`.execute(db);
      await db.schema.dropTable('resolutions').execute();
      await db.schema.alterTable(next).renameTo('resolutions').execute();
      for (const index of rows) await sql.raw(index.sql).execute(db);
    },
  );
}

const isSqlite = (db: Kysely<any>) => db.getExecutor().adapter instanceof SqliteAdapter;

export async function up(db: Kysely<any>): Promise<void> {
  if (isSqlite(db)) await rebuild(db, true);
}

export async function down(db: Kysely<any>): Promise<void> {
  if (isSqlite(db)) await rebuild(db, false);
}
