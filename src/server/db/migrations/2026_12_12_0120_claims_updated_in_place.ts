import { type Kysely, sql, SqliteAdapter } from 'kysely';

// Frozen in time: this file imports nothing from the app.
// A resolution sets the claim's resolutionId, which the claims_due index held (as its first column
// and in its condition): on PostgreSQL an update of an indexed column is never a heap-only tuple,
// so every resolution moved its claim to another page and added it to each of the claims' indexes
// again (about 30 KB of WAL). Its readers now take the unresolved claims from the queue keys by
// kind (open_claim_keys) and their counts from open_days, so the index goes on both engines
// (on SQLite it was a b-tree entry to delete on every resolution).
// PostgreSQL only: the claims table keeps a tenth of each page free, so that the resolution of a
// claim finds room for its grown row on the claim's own page; rows already on full pages move to
// such pages as they are next updated. SQLite updates rows in place: nothing to set there.

const isSqlite = (db: Kysely<any>) => db.getExecutor().adapter instanceof SqliteAdapter;

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('claims_due').ifExists().execute();
  if (isSqlite(db)) {
    // An import killed before this migration noted the index to build again (ledger_deferred_indexes).
    const { rows } = await sql<{
      n: number;
    }>`select count(*) as n from sqlite_master where type = 'table' and name = 'ledger_deferred_indexes'`.execute(db);
    if (Number(rows[0]?.n)) await sql`delete from ledger_deferred_indexes where name = 'claims_due'`.execute(db);
    return;
  }
  await sql`alter table claims set (fillfactor = 90)`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  if (!isSqlite(db)) await sql`alter table claims reset (fillfactor)`.execute(db);
  await db.schema
    .createIndex('claims_due')
    .on('claims')
    .columns(['resolutionId', 'windowEnd', 'id'])
    .where(sql.ref('resolutionId'), 'is', null)
    .execute();
}
