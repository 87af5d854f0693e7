import { type Kysely } from 'kysely';

// Frozen in time: this file imports nothing from the app. Desk settings (the publication's own handle, …) are
// configuration that admins change in place, so they live beside the ledger and are not sealed in it.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('desk_settings')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('updatedAt', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('desk_settings').execute();
}
