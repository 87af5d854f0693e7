import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import type { Webhook } from '../../shared/api/webhooks.js';
import { today } from '../clock.js';
import type { AppContext } from '../context.js';
import { writeTransaction } from '../db/write-transaction.js';
import { AppError } from '../http/errors.js';
import { newId } from '../ids.js';
import { EVERY_KIND_KEY } from '../read-model/snapshot.js';
import { dueNotification, enqueueForWebhooks } from './enqueue.js';
import { findActiveWebhooks, findClaimSummary, presentWebhook } from './queries.js';
import { targetProblem } from './target.js';

/** Registers a receiver; the signing secret is returned here and never again. */
export async function createWebhook(
  ctx: AppContext,
  actor: string,
  input: { url: string; description: string },
): Promise<Webhook> {
  const problem = targetProblem(input.url, ctx.config.webhooksAllowPrivate);
  if (problem)
    throw new AppError('invalid_request', `url: ${problem}`, { issues: [{ path: 'url', message: problem }] });
  const row = {
    id: newId(ctx.clock.now()),
    url: input.url,
    description: input.description,
    secret: `whsec_${randomBytes(32).toString('hex')}`,
    createdAt: ctx.clock.now().toISOString(),
    createdBy: actor,
    disabledAt: null,
  };
  await ctx.db.insertInto('webhooks').values(row).execute();
  return presentWebhook(row, { withSecret: true });
}

/** Stops deliveries to a webhook. The row stays, so its delivery history does too. */
export async function disableWebhook(ctx: AppContext, id: string): Promise<void> {
  const result = await ctx.db
    .updateTable('webhooks')
    .set({ disabledAt: ctx.clock.now().toISOString() })
    .where('id', '=', id)
    .where('disabledAt', 'is', null)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) === 0) {
    const exists = await ctx.db.selectFrom('webhooks').select('id').where('id', '=', id).executeTakeFirst();
    throw exists
      ? new AppError('conflict', 'the webhook is already disabled')
      : new AppError('not_found', 'webhook not found');
  }
}

const BATCH = 500;

/**
 * `track-record due`: records every claim that has come due (window ended, unresolved) and was
 * not recorded before, and enqueues its "came due" notification for every active webhook — in
 * the same transaction. The due_notifications primary key makes "once per claim" a constraint,
 * so overlapping cron runs or several processes cannot notify twice.
 */
export async function markDueClaims(ctx: AppContext): Promise<{ marked: number; enqueued: number }> {
  const day = today(ctx.clock);
  const at = ctx.clock.now().toISOString();
  let marked = 0;
  let enqueued = 0;
  for (;;) {
    const batch = await writeTransaction(ctx.db, async (trx) => {
      // The unresolved claims come from the read model's kind keys (every unresolved claim has one),
      // whose index holds only them: no index on the claims lists the unresolved ones.
      const candidates = await trx
        .selectFrom('open_claim_keys as k')
        .select(['k.claimId as id', 'k.windowEnd'])
        .where('k.key', 'in', EVERY_KIND_KEY)
        .where('k.windowEnd', '<', day)
        .where((eb) =>
          eb.not(
            eb.exists(
              eb
                .selectFrom('due_notifications')
                .select(sql.lit(1).as('one'))
                .whereRef('due_notifications.claimId', '=', 'k.claimId'),
            ),
          ),
        )
        .orderBy('k.windowEnd')
        .orderBy('k.claimId')
        .limit(BATCH)
        .execute();
      if (candidates.length === 0) return null;
      const inserted = await trx
        .insertInto('due_notifications')
        .values(candidates.map((c) => ({ claimId: c.id, windowEnd: c.windowEnd, notifiedAt: at })))
        .onConflict((oc) => oc.column('claimId').doNothing())
        .returning('claimId')
        .execute();
      const hooks = await findActiveWebhooks(trx);
      let n = 0;
      if (hooks.length > 0) {
        for (const { claimId } of inserted) {
          const claim = await findClaimSummary(trx, claimId);
          n += await enqueueForWebhooks(trx, hooks, {
            subject: `claim.due:${claimId}`,
            eventSeq: null,
            at,
            notification: dueNotification(claim, at),
          });
        }
      }
      return { marked: inserted.length, enqueued: n };
    });
    if (!batch) break;
    marked += batch.marked;
    enqueued += batch.enqueued;
  }
  return { marked, enqueued };
}
