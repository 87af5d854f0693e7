import { type Kysely } from 'kysely';

// Frozen in time: this file imports nothing from the app. Sign-in limits become one counter row per
// key, reserved by a single conditional upsert before the password is hashed (auth/signin-limit.ts):
// a row-per-failure table read before and written after hashing let parallel guesses through.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('signin_limits')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('windowStart', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull())
    .execute();
  await db.schema.dropTable('signin_failures').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('signin_limits').execute();
  await db.schema
    .createTable('signin_failures')
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('signin_failures_key').on('signin_failures').columns(['key', 'at']).execute();
}
