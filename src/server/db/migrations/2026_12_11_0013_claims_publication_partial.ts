import { type Kysely, sql } from 'kysely';

// Frozen in time: this file imports nothing from the app and uses portable DDL only.
// The index of claims by publication holds only the claims that have one: every reader asks for
// the claims of a given publication (an equality, which no claim without one meets), so the
// entries of the others were only work for every write and every import. Both engines use a
// partial index whose condition the query's equality implies.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('claims_publication').ifExists().execute();
  await db.schema
    .createIndex('claims_publication')
    .on('claims')
    .columns(['publicationId'])
    .where(sql.ref('publicationId'), 'is not', null)
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('claims_publication').execute();
  await db.schema.createIndex('claims_publication').on('claims').columns(['publicationId']).execute();
}
