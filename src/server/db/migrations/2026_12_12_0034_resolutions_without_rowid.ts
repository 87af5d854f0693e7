import { type Kysely, sql, SqliteAdapter } from 'kysely';

// Frozen in time: this file imports nothing from the app.
// SQLite only. A resolution row is found by its id (the key) or through its indexes (by claim,
// by time, awaiting confirmation), never by rowid: stored WITHOUT ROWID the table is its key's
// b-tree, so recording a resolution writes four b-trees, not five (the rowid table and the key's
// index were one row each). Ids are time-ordered, so new rows go at the end of the key as they did
// at the end of the rowid table. The table is copied as it stands, keeping its definition's text,
// and its indexes are made again as they were. PostgreSQL tables have no rowid: nothing changes there.

async function rebuild(db: Kysely<any>, withoutRowid: boolean): Promise<void> {
  const { rows } = await sql<{
    type: string;
    sql: string;
  }>`select type, sql from sqlite_master where tbl_name = 'resolutions' and sql is not null`.execute(db);
  const table = rows.find((r) => r.type === 'table')?.sql;
  if (!table) throw new Error('resolutions does not exist');
  const indexes = rows.filter((r) => r.type === 'index').map((r) => r.sql);
  const body = table
    .replace(/^\s*create\s+table\s+("resolutions"|resolutions)\s*/i, '')
    .replace(/\s*without\s+rowid\s*$/i, '');
  await sql.raw(`create table "resolutions_rebuilt" ${body}${withoutRowid ? ' without rowid' : ''}`).execute(db);
  await sql`insert into resolutions_rebuilt select * from resolutions order by id`.execute(db);
  await db.schema.dropTable('resolutions').execute();
  await db.schema.alterTable('resolutions_rebuilt').renameTo('resolutions').execute();
  for (const index of indexes) await sql.raw(index).execute(db);
}

const isSqlite = (db: Kysely<any>) => db.getExecutor().adapter instanceof SqliteAdapter;

export async function up(db: Kysely<any>): Promise<void> {
  if (isSqlite(db)) await rebuild(db, true);
}

export async function down(db: Kysely<any>): Promise<void> {
  if (isSqlite(db)) await rebuild(db, false);
}
