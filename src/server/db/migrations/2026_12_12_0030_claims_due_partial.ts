import { type Kysely, sql } from 'kysely';

// Frozen in time: this file imports nothing from the app and uses portable DDL only.
// The due-claims index holds only the unresolved claims: every reader asks for unresolved claims,
// so the entries of resolved ones were only work for each write, and a resolution moved its
// claim's entry from the unresolved run to a random place among the resolved (two b-tree pages)
// where now it deletes one. Both engines use a partial index whose condition the query's
// `"resolutionId" is null` repeats. resolutionId stays the leading column, null on every entry: the
// review queue orders by it so that PostgreSQL reads the index in order and stops at a page's end.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('claims_due').ifExists().execute();
  await db.schema
    .createIndex('claims_due')
    .on('claims')
    .columns(['resolutionId', 'windowEnd', 'id'])
    .where(sql.ref('resolutionId'), 'is', null)
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('claims_due').execute();
  await db.schema.createIndex('claims_due').on('claims').columns(['resolutionId', 'windowEnd', 'id']).execute();
}
