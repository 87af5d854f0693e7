import type { Kysely } from 'kysely';

// Frozen in time: this file imports nothing from the app and uses portable DDL only.
// Webhooks and their outbox are operational state, not ledger state: verify ignores them.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('webhooks')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('url', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('secret', 'text', (c) => c.notNull())
    .addColumn('createdAt', 'text', (c) => c.notNull())
    .addColumn('createdBy', 'text', (c) => c.notNull())
    .addColumn('disabledAt', 'text')
    .execute();

  // One row per (webhook, notification); its id is the delivery id receivers dedupe on.
  await db.schema
    .createTable('webhook_outbox')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('webhookId', 'text', (c) => c.notNull().references('webhooks.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    /** What the notification is about, e.g. "claim.due:<claimId>" or "claim.resolved:<resolutionId>". */
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('eventSeq', 'bigint')
    .addColumn('payload', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('nextAttemptAt', 'text', (c) => c.notNull())
    .addColumn('lockedUntil', 'text')
    .addColumn('deliveredAt', 'text')
    .addColumn('lastError', 'text')
    .addColumn('createdAt', 'text', (c) => c.notNull())
    .execute();
  // A notification is enqueued at most once per webhook, whoever enqueues it.
  await db.schema
    .createIndex('webhook_outbox_subject')
    .on('webhook_outbox')
    .columns(['webhookId', 'subject'])
    .unique()
    .execute();
  await db.schema
    .createIndex('webhook_outbox_pending')
    .on('webhook_outbox')
    .columns(['deliveredAt', 'nextAttemptAt'])
    .execute();

  // A claim's "came due" notification is enqueued once: the primary key makes it a constraint.
  await db.schema
    .createTable('due_notifications')
    .addColumn('claimId', 'text', (c) => c.primaryKey().references('claims.id'))
    .addColumn('windowEnd', 'text', (c) => c.notNull())
    .addColumn('notifiedAt', 'text', (c) => c.notNull())
    .execute();

  // The review queue's "awaiting confirmation" list: unconfirmed, not superseded, oldest first.
  await db.schema
    .createIndex('resolutions_unconfirmed')
    .on('resolutions')
    .columns(['confirmedAt', 'supersededBy', 'createdAt'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('resolutions_unconfirmed').execute();
  for (const t of ['due_notifications', 'webhook_outbox', 'webhooks']) await db.schema.dropTable(t).execute();
}
