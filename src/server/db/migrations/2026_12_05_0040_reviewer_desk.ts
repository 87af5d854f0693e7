import type { Kysely } from 'kysely';

// Frozen in time: this file imports nothing from the app and uses portable DDL only.
export async function up(db: Kysely<any>): Promise<void> {
  // Ledger state: a resolution withdrawn by `resolution.withdrawn` (an undo) stops counting.
  await db.schema.alterTable('resolutions').addColumn('withdrawnAt', 'text').execute();
  await db.schema.alterTable('resolutions').addColumn('withdrawnBy', 'text').execute();
  await db.schema.alterTable('resolutions').addColumn('withdrawReason', 'text').execute();

  // Operational data, not the record: who is asked to resolve a claim. Verify ignores it.
  await db.schema
    .createTable('review_assignments')
    .addColumn('claimId', 'text', (c) => c.primaryKey().references('claims.id'))
    .addColumn('reviewer', 'text', (c) => c.notNull())
    .addColumn('assignedBy', 'text', (c) => c.notNull())
    .addColumn('assignedAt', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('review_assignments_reviewer')
    .on('review_assignments')
    .columns(['reviewer', 'claimId'])
    .execute();

  // Operational data: a reviewer's e-mail digest choice. No row, or digest = 0: no mail.
  await db.schema
    .createTable('reviewer_prefs')
    .addColumn('username', 'text', (c) => c.primaryKey())
    .addColumn('email', 'text')
    .addColumn('digest', 'integer', (c) => c.notNull())
    .addColumn('lastDigestOn', 'text')
    .addColumn('updatedAt', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('reviewer_prefs').execute();
  await db.schema.dropTable('review_assignments').execute();
  await db.schema.alterTable('resolutions').dropColumn('withdrawReason').execute();
  await db.schema.alterTable('resolutions').dropColumn('withdrawnBy').execute();
  await db.schema.alterTable('resolutions').dropColumn('withdrawnAt').execute();
}
