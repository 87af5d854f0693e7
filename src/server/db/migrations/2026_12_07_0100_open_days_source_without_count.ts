import type { Kysely } from 'kysely';

// Frozen in time: this file imports nothing from the app and uses portable DDL only.
// open_days' index by source no longer carries the count: every resolution moves two counts, and
// with the count in the index each move also rewrote that index (on PostgreSQL it also ruled out
// an update in place). Readers by source range over a day or two, and find each count by the key.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('open_days_source').execute();
  await db.schema.createIndex('open_days_source').on('open_days').columns(['sourceId', 'windowEnd']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('open_days_source').execute();
  await db.schema.createIndex('open_days_source').on('open_days').columns(['sourceId', 'windowEnd', 'n']).execute();
}
