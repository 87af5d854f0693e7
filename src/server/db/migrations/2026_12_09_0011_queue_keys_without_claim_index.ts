import { type Kysely, sql, SqliteAdapter } from 'kysely';

// Frozen in time: this file imports nothing from the app.
// The ledger deletes a claim's queue keys by the keys it computes from the claim as it was, which
// the table's primary key finds, so the index on the claim id is only work for every write and
// every import (a row per unresolved claim and key, as large as the table itself).

const isSqlite = (db: Kysely<any>) => db.getExecutor().adapter instanceof SqliteAdapter;

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('open_claim_keys_claim').ifExists().execute();
  if (!isSqlite(db)) return;
  // An import killed before this migration noted the index to build again (ledger_deferred_indexes).
  const { rows } = await sql<{
    n: number;
  }>`select count(*) as n from sqlite_master where type = 'table' and name = 'ledger_deferred_indexes'`.execute(db);
  if (Number(rows[0]?.n))
    await sql`delete from ledger_deferred_indexes where name = 'open_claim_keys_claim'`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.createIndex('open_claim_keys_claim').on('open_claim_keys').columns(['claimId']).execute();
}
