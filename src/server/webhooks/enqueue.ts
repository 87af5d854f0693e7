import type { Kysely, Transaction } from 'kysely';
import type { WebhookPayload } from '../../shared/api/webhooks.js';
import { latestCheckpoint } from '../checkpoints/queries.js';
import type { Database, ResolutionsTable } from '../db/schema.js';
import { newId } from '../ids.js';
import type { EventPayloads, RecordedEvent } from '../ledger/events.js';
import { type ClaimSummary, findActiveWebhooks, findClaimSummary } from './queries.js';

type Db = Kysely<Database> | Transaction<Database>;

/** A notification before it is addressed to a webhook: the body minus its delivery id. */
export type Notification = Omit<WebhookPayload, 'id'>;

/** Slack mrkdwn treats &, < and > as control characters. */
const slackEscape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function describeClaim(c: ClaimSummary): string {
  const who = c.sources.length ? ` — ${c.sources.map((h) => `@${h}`).join(', ')}` : '';
  return `[${c.kind}] “${slackEscape(c.statement)}”${slackEscape(who)}`;
}

export function dueNotification(claim: ClaimSummary, at: string): Notification {
  return {
    event: 'claim.due',
    text: `Due for review: ${describeClaim(claim)} (window ended ${claim.windowEnd})`,
    occurredAt: at,
    url: `/claims/${claim.id}`,
    claim,
    resolution: null,
    ledger: null,
  };
}

function verdict(r: { outcome: string; credit: number | null; voidReason: string | null }): string {
  if (r.outcome === 'partial') return `PARTIAL (credit ${r.credit})`;
  if (r.outcome === 'void') return `VOID (${r.voidReason ?? 'no reason'})`;
  return r.outcome.toUpperCase();
}

/**
 * Called by the ledger for every appended event, inside its transaction: when a resolution starts
 * to count (recorded without needing confirmation, or confirmed) every active webhook gets an
 * outbox row. Commit and notification are therefore one atomic step.
 */
export async function enqueueNotifications(trx: Transaction<Database>, event: RecordedEvent): Promise<void> {
  let resolutionId: string;
  if (event.type === 'resolution.recorded') {
    const p = JSON.parse(event.payload) as EventPayloads['resolution.recorded'];
    if (p.needsConfirmation) return;
    resolutionId = p.id;
  } else if (event.type === 'resolution.confirmed') {
    resolutionId = (JSON.parse(event.payload) as EventPayloads['resolution.confirmed']).resolutionId;
  } else if (event.type === 'resolution.withdrawn') {
    return enqueueWithdrawal(trx, event, JSON.parse(event.payload) as EventPayloads['resolution.withdrawn']);
  } else {
    return;
  }
  const hooks = await findActiveWebhooks(trx);
  if (hooks.length === 0) return;
  const r = await findResolution(trx, resolutionId);
  const claim = await findClaimSummary(trx, r.claimId);
  const by = r.confirmedBy ? `${r.reviewer}, confirmed by ${r.confirmedBy}` : r.reviewer;
  await enqueueForWebhooks(trx, hooks, {
    subject: `claim.resolved:${r.id}`,
    eventSeq: event.seq,
    at: event.at,
    notification: await ledgerNotification(trx, event, {
      event: 'claim.resolved',
      text: `${r.supersedes ? 'Corrected' : 'Resolved'} ${verdict(r)}: ${describeClaim(claim)} (by ${slackEscape(by)})`,
      claim,
      resolution: r,
    }),
  });
}

/**
 * An undo retracts what was announced: every active webhook that was sent (or has queued) the
 * withdrawn ruling's "resolved" notice gets a "withdrawn" one; a ruling never announced (awaiting
 * confirmation) is withdrawn quietly.
 */
async function enqueueWithdrawal(
  trx: Transaction<Database>,
  event: RecordedEvent,
  p: EventPayloads['resolution.withdrawn'],
): Promise<void> {
  const told = await trx
    .selectFrom('webhook_outbox')
    .select('webhookId')
    .where('subject', '=', `claim.resolved:${p.resolutionId}`)
    .execute();
  const toldIds = new Set(told.map((o) => o.webhookId));
  const hooks = (await findActiveWebhooks(trx)).filter((h) => toldIds.has(h.id));
  if (hooks.length === 0) return;
  const r = await findResolution(trx, p.resolutionId);
  const claim = await findClaimSummary(trx, p.claimId);
  const restored = p.restores ? await findResolution(trx, p.restores) : null;
  const now = restored ? `the earlier ruling, ${verdict(restored)}, stands again` : 'the claim is open again';
  await enqueueForWebhooks(trx, hooks, {
    subject: `resolution.withdrawn:${r.id}`,
    eventSeq: event.seq,
    at: event.at,
    notification: await ledgerNotification(trx, event, {
      event: 'resolution.withdrawn',
      text: `Withdrawn ${verdict(r)}: ${describeClaim(claim)} (by ${slackEscape(p.reviewer)}); ${now}`,
      claim,
      resolution: r,
    }),
  });
}

const findResolution = (trx: Transaction<Database>, id: string) =>
  trx.selectFrom('resolutions').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

/** A notice about a ledger event: it carries the head after the event and the latest signed checkpoint. */
async function ledgerNotification(
  trx: Transaction<Database>,
  event: RecordedEvent,
  n: { event: Notification['event']; text: string; claim: ClaimSummary; resolution: ResolutionsTable },
): Promise<Notification> {
  const r = n.resolution;
  const checkpoint = await latestCheckpoint(trx);
  return {
    event: n.event,
    text: n.text,
    occurredAt: event.at,
    url: `/claims/${n.claim.id}`,
    claim: n.claim,
    resolution: {
      id: r.id,
      outcome: r.outcome as 'true' | 'false' | 'partial' | 'void',
      credit: r.credit,
      reviewer: r.reviewer,
      confirmedBy: r.confirmedBy,
      supersedes: r.supersedes,
    },
    ledger: { seq: event.seq, hash: event.hash },
    ...(checkpoint && {
      checkpoint: {
        seq: checkpoint.seq,
        hash: checkpoint.hash,
        at: checkpoint.at,
        keyId: checkpoint.keyId,
        signature: checkpoint.signature,
      },
    }),
  };
}

/** One outbox row per webhook; the (webhookId, subject) unique index keeps it to one. */
export async function enqueueForWebhooks(
  db: Db,
  hooks: { id: string }[],
  n: { subject: string; eventSeq: number | null; at: string; notification: Notification },
): Promise<number> {
  let enqueued = 0;
  for (const hook of hooks) {
    const id = newId(new Date(n.at));
    const result = await db
      .insertInto('webhook_outbox')
      .values({
        id,
        webhookId: hook.id,
        kind: n.notification.event,
        subject: n.subject,
        eventSeq: n.eventSeq,
        payload: JSON.stringify({ id, ...n.notification }),
        attempts: 0,
        nextAttemptAt: n.at,
        lockedUntil: null,
        deliveredAt: null,
        lastError: null,
        createdAt: n.at,
      })
      .onConflict((oc) => oc.columns(['webhookId', 'subject']).doNothing())
      .executeTakeFirst();
    enqueued += Number(result.numInsertedOrUpdatedRows ?? 0);
  }
  return enqueued;
}
