import type { ExpressionBuilder, Kysely } from 'kysely';
import type { Webhook } from '../../shared/api/webhooks.js';
import type { Database, WebhookRow } from '../db/schema.js';

type Db = Kysely<Database>;

export async function findActiveWebhooks(db: Db): Promise<Pick<WebhookRow, 'id'>[]> {
  return db.selectFrom('webhooks').select('id').where('disabledAt', 'is', null).orderBy('id').execute();
}

/** Whether any webhook is active, as an expression a larger statement can carry (the ledger's head hook asks it with the other hooks' questions, right behind the head's lock). */
export const anyActiveWebhook = (eb: ExpressionBuilder<Database, never>) =>
  eb.exists(eb.selectFrom('webhooks').select('id').where('disabledAt', 'is', null));

/** A claim as notifications describe it: its words, window, source handles and tags. */
export async function findClaimSummary(db: Db, claimId: string) {
  const claim = await db
    .selectFrom('claims')
    .select(['id', 'kind', 'statement', 'windowEnd'])
    .where('id', '=', claimId)
    .executeTakeFirstOrThrow();
  const [sources, tags] = await Promise.all([
    db
      .selectFrom('claim_sources')
      .innerJoin('sources', 'sources.id', 'claim_sources.sourceId')
      .select('sources.handle')
      .where('claim_sources.claimId', '=', claimId)
      .orderBy('sources.handle')
      .execute(),
    db.selectFrom('claim_tags').select('tag').where('claimId', '=', claimId).orderBy('tag').execute(),
  ]);
  return { ...claim, sources: sources.map((s) => s.handle), tags: tags.map((t) => t.tag) };
}
export type ClaimSummary = Awaited<ReturnType<typeof findClaimSummary>>;

export function presentWebhook(row: WebhookRow, options: { withSecret?: boolean } = {}): Webhook {
  return {
    id: row.id,
    url: row.url,
    description: row.description,
    createdAt: row.createdAt,
    disabledAt: row.disabledAt,
    ...(options.withSecret ? { secret: row.secret } : {}),
  };
}

export async function listWebhooks(db: Db): Promise<Webhook[]> {
  const rows = await db.selectFrom('webhooks').selectAll().orderBy('createdAt').orderBy('id').execute();
  return rows.map((r) => presentWebhook(r));
}

/** The latest deliveries of one webhook, newest first. */
export async function listDeliveries(db: Db, webhookId: string, limit = 100) {
  return db
    .selectFrom('webhook_outbox')
    .select(['id', 'kind', 'subject', 'attempts', 'nextAttemptAt', 'deliveredAt', 'lastError', 'createdAt'])
    .where('webhookId', '=', webhookId)
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
}
