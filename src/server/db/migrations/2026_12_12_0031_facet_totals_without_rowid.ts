import { type Kysely, sql, SqliteAdapter } from 'kysely';
import { rebuildAtomically } from './sqlite-rebuild.js';

// Frozen in time: this file imports nothing from the app.
// SQLite only. source_facet_totals rows are found by their primary key (facet, value, sourceId):
// every read names a facet and value, and every resolution adds to its makers' kind, tag and day
// rows by that key. Stored WITHOUT ROWID the table is that key's b-tree, so a write changes one
// b-tree, not the rowid table and the key's index (a new day row wrote both). The table is copied
// as it stands (its columns are the scoring figures of the day), keeping its definition's text.
// PostgreSQL tables have no rowid: nothing changes there.

const TABLE = 'source_facet_totals';

const WITHOUT_ROWID = /\s*without\s+rowid\s*$/i;

async function rebuild(db: Kysely<any>, withoutRowid: boolean): Promise<void> {
  await rebuildAtomically(
    db,
    TABLE,
    (definition) => WITHOUT_ROWID.test(definition) === withoutRowid,
    async (definition, next) => {
      const body = definition
        .replace(/^\s*create\s+table\s+("source_facet_totals"|source_facet_totals)\s*/i, '')
        .replace(WITHOUT_ROWID, '');
      await sql.raw(`create table "${next}" ${body}${withoutRowid ? ' without rowid' : ''}`).execute(db);
      await sql`insert into ${sql.table(next)} select * from ${sql.table(TABLE)}`.execute(db);
      await db.schema.dropTable(TABLE).execute();
      await db.schema.alterTable(next).renameTo(TABLE).execute();
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
