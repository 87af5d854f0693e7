import type { Kysely } from 'kysely';

// Frozen in time: this file imports nothing from the app and uses portable DDL only.
// A source's claims are read through this index with their role (made, cited, disputed): with
// the role in it, a scorecard's calls and cited counts no longer look each link up in the table
// as well. The order by (sourceId, claimId) is unchanged.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('claim_sources_source').execute();
  await db.schema
    .createIndex('claim_sources_source')
    .on('claim_sources')
    .columns(['sourceId', 'claimId', 'role'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('claim_sources_source').execute();
  await db.schema.createIndex('claim_sources_source').on('claim_sources').columns(['sourceId', 'claimId']).execute();
}
