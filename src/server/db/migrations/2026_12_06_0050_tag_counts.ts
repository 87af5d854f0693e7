import type { Kysely } from 'kysely';

// Frozen in time: this file imports nothing from the app and uses portable DDL only.
// How many claims carry each tag, kept at write time so the filter bars' tag suggestions never
// count the claim_tags table (issue 27). Filled by the read model's rebuild, which migrate runs
// because the read model is marked stale here.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('tag_counts')
    .addColumn('tag', 'text', (c) => c.primaryKey())
    .addColumn('claims', 'integer', (c) => c.notNull())
    .execute();
  await db.updateTable('read_model_state').set({ stale: 1 }).where('id', '=', 1).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('tag_counts').execute();
}
