import { type Kysely, sql } from 'kysely';

// Frozen in time: this file imports nothing from the app and uses portable DDL only.
// How many claims carry each tag, kept at write time so the filter bars' tag suggestions never
// count the claim_tags table (issue 27). Filled here from claim_tags, as the read model's rebuild
// fills it.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('tag_counts')
    .addColumn('tag', 'text', (c) => c.primaryKey())
    .addColumn('claims', 'integer', (c) => c.notNull())
    .execute();
  await sql`insert into tag_counts (tag, claims) select tag, count(*) from claim_tags group by tag`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('tag_counts').execute();
}
