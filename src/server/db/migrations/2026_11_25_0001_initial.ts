import type { Kysely } from 'kysely';

// Frozen in time: this file imports nothing from the app and uses portable DDL only.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('events')
    .addColumn('seq', 'bigint', (c) => c.primaryKey())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('actor', 'text', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('entity', 'text', (c) => c.notNull())
    .addColumn('entityId', 'text', (c) => c.notNull())
    .addColumn('payload', 'text', (c) => c.notNull())
    .addColumn('prevHash', 'text', (c) => c.notNull())
    .addColumn('hash', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('events_entity').on('events').columns(['entityId', 'seq']).execute();

  await db.schema
    .createTable('ledger_head')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('seq', 'bigint', (c) => c.notNull())
    .addColumn('hash', 'text', (c) => c.notNull())
    .execute();
  await db
    .insertInto('ledger_head')
    .values({ id: 1, seq: 0, hash: '0'.repeat(64) })
    .execute();

  await db.schema
    .createTable('sources')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('handle', 'text', (c) => c.notNull().unique())
    .addColumn('displayName', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('url', 'text')
    .addColumn('createdAt', 'text', (c) => c.notNull())
    .addColumn('updatedAt', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('source_aliases')
    .addColumn('alias', 'text', (c) => c.primaryKey())
    .addColumn('sourceId', 'text', (c) => c.notNull().references('sources.id'))
    .execute();

  await db.schema
    .createTable('publications')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('publishedOn', 'text', (c) => c.notNull())
    .addColumn('url', 'text')
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull().unique())
    .addColumn('createdAt', 'text', (c) => c.notNull())
    .addColumn('createdBy', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('claims')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('publicationId', 'text', (c) => c.references('publications.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('statement', 'text', (c) => c.notNull())
    .addColumn('publishedStatement', 'text', (c) => c.notNull())
    .addColumn('quote', 'text')
    .addColumn('condition', 'text')
    .addColumn('criteria', 'text')
    .addColumn('timePhrase', 'text')
    .addColumn('windowStart', 'text')
    .addColumn('windowEnd', 'text', (c) => c.notNull())
    .addColumn('windowStated', 'integer', (c) => c.notNull())
    .addColumn('probability', 'double precision')
    .addColumn('spanStart', 'integer')
    .addColumn('spanEnd', 'integer')
    .addColumn('createdAt', 'text', (c) => c.notNull())
    .addColumn('createdBy', 'text', (c) => c.notNull())
    .addColumn('amendedAt', 'text')
    .addColumn('resolutionId', 'text')
    .addColumn('outcome', 'text')
    .addColumn('credit', 'double precision')
    .addColumn('resolvedAt', 'text')
    .execute();
  await db.schema.createIndex('claims_window_end').on('claims').columns(['windowEnd', 'id']).execute();
  await db.schema.createIndex('claims_due').on('claims').columns(['resolutionId', 'windowEnd', 'id']).execute();
  await db.schema.createIndex('claims_publication').on('claims').columns(['publicationId']).execute();

  await db.schema
    .createTable('claim_sources')
    .addColumn('claimId', 'text', (c) => c.notNull().references('claims.id'))
    .addColumn('sourceId', 'text', (c) => c.notNull().references('sources.id'))
    .addColumn('role', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('claim_sources_pk', ['claimId', 'sourceId'])
    .execute();
  await db.schema.createIndex('claim_sources_source').on('claim_sources').columns(['sourceId', 'claimId']).execute();

  await db.schema
    .createTable('claim_tags')
    .addColumn('claimId', 'text', (c) => c.notNull().references('claims.id'))
    .addColumn('tag', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('claim_tags_pk', ['claimId', 'tag'])
    .execute();
  await db.schema.createIndex('claim_tags_tag').on('claim_tags').columns(['tag', 'claimId']).execute();

  await db.schema
    .createTable('resolutions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('claimId', 'text', (c) => c.notNull().references('claims.id'))
    .addColumn('outcome', 'text', (c) => c.notNull())
    .addColumn('credit', 'double precision')
    .addColumn('voidReason', 'text')
    .addColumn('evidence', 'text', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull())
    .addColumn('early', 'integer', (c) => c.notNull())
    .addColumn('reviewer', 'text', (c) => c.notNull())
    .addColumn('createdAt', 'text', (c) => c.notNull())
    .addColumn('supersedes', 'text')
    .addColumn('supersededBy', 'text')
    .addColumn('reason', 'text')
    .addColumn('confirmedBy', 'text')
    .addColumn('confirmedAt', 'text')
    .execute();
  await db.schema.createIndex('resolutions_claim').on('resolutions').columns(['claimId', 'createdAt']).execute();
  await db.schema.createIndex('resolutions_created').on('resolutions').columns(['createdAt', 'id']).execute();

  await db.schema
    .createTable('source_stats')
    .addColumn('sourceId', 'text', (c) => c.primaryKey().references('sources.id'))
    .addColumn('totals', 'text', (c) => c.notNull())
    .addColumn('nOpen', 'integer', (c) => c.notNull())
    .addColumn('nResolved', 'integer', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('users')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('username', 'text', (c) => c.notNull().unique())
    .addColumn('displayName', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('passwordHash', 'text', (c) => c.notNull())
    .addColumn('disabled', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('createdAt', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('sessions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('userId', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('csrfToken', 'text', (c) => c.notNull())
    .addColumn('createdAt', 'text', (c) => c.notNull())
    .addColumn('expiresAt', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('api_tokens')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('userId', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('tokenHash', 'text', (c) => c.notNull().unique())
    .addColumn('createdAt', 'text', (c) => c.notNull())
    .addColumn('revokedAt', 'text')
    .addColumn('lastUsedAt', 'text')
    .execute();

  await db.schema
    .createTable('setup_tokens')
    .addColumn('tokenHash', 'text', (c) => c.primaryKey())
    .addColumn('expiresAt', 'text', (c) => c.notNull())
    .addColumn('usedAt', 'text')
    .execute();

  await db.schema
    .createTable('signin_failures')
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('signin_failures_key').on('signin_failures').columns(['key', 'at']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of [
    'signin_failures',
    'setup_tokens',
    'api_tokens',
    'sessions',
    'users',
    'source_stats',
    'resolutions',
    'claim_tags',
    'claim_sources',
    'claims',
    'publications',
    'source_aliases',
    'sources',
    'ledger_head',
    'events',
  ])
    await db.schema.dropTable(t).execute();
}
