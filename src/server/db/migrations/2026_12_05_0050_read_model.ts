import type { Kysely } from 'kysely';

// Frozen in time: this file imports nothing from the app and uses portable DDL only.
// Figures the pages show, kept by the ledger's writes so that no read scans claims (issue 27).
// The tables start empty and marked stale; migrate.ts builds them from the claims (read-model.ts).
export async function up(db: Kysely<any>): Promise<void> {
  // Unresolved claims per (window-end day, source that made them); sourceId '*' counts every claim.
  await db.schema
    .createTable('open_days')
    .addColumn('windowEnd', 'text', (c) => c.notNull())
    .addColumn('sourceId', 'text', (c) => c.notNull())
    .addColumn('n', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('open_days_pk', ['windowEnd', 'sourceId'])
    .execute();
  await db.schema.createIndex('open_days_source').on('open_days').columns(['sourceId', 'windowEnd', 'n']).execute();
  // Per source: open_days summed over days before read_model_state.asOf (rolled forward by date).
  await db.schema
    .createTable('source_due')
    .addColumn('sourceId', 'text', (c) => c.primaryKey())
    .addColumn('nDue', 'integer', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('read_model_state')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('asOf', 'text', (c) => c.notNull())
    .addColumn('stale', 'integer', (c) => c.notNull())
    .execute();
  await db.insertInto('read_model_state').values({ id: 1, asOf: '0000-00-00', stale: 1 }).execute();
  // Scoring totals (JSON) of the claims a source made, per kind and per tag.
  await db.schema
    .createTable('source_kind_stats')
    .addColumn('sourceId', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('totals', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('source_kind_stats_pk', ['kind', 'sourceId'])
    .execute();
  await db.schema
    .createTable('source_tag_stats')
    .addColumn('sourceId', 'text', (c) => c.notNull())
    .addColumn('tag', 'text', (c) => c.notNull())
    .addColumn('totals', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('source_tag_stats_pk', ['tag', 'sourceId'])
    .execute();
  // The review queue's filters: one row per (filter key, unresolved claim), in queue order.
  await db.schema
    .createTable('open_claim_keys')
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('windowEnd', 'text', (c) => c.notNull())
    .addColumn('claimId', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('open_claim_keys_pk', ['key', 'windowEnd', 'claimId'])
    .execute();
  await db.schema.createIndex('open_claim_keys_claim').on('open_claim_keys').columns(['claimId']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of [
    'open_claim_keys',
    'source_tag_stats',
    'source_kind_stats',
    'read_model_state',
    'source_due',
    'open_days',
  ])
    await db.schema.dropTable(t).execute();
}
