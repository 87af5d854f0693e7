import { createHmac } from 'node:crypto';
import type { AppContext } from '../context.js';
import { guardedPost } from './send.js';
import { TargetRefused } from './target.js';

export type FetchLike = (
  url: string,
  init: { method: string; headers: Record<string, string>; body: string; signal: AbortSignal },
) => Promise<{ ok: boolean; status: number }>;

const BATCH = 20;
const TIMEOUT_MS = 10_000;
/** A claimed row stays claimed this long: longer than any request, short enough to retry soon after a crash. */
const LOCK_MS = TIMEOUT_MS + 5_000;
const MAX_BACKOFF_MS = 3_600_000;

/** Wait after the n-th failed attempt: 1 s, 2 s, 4 s … capped at an hour. Retries never stop. */
export function backoffMs(attempts: number): number {
  return Math.min(1000 * 2 ** Math.max(0, attempts - 1), MAX_BACKOFF_MS);
}

export function signBody(secret: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
}

/** The stored notification with absolute links, exactly the bytes that are signed and sent. */
function renderBody(payload: string, publicUrl: string): string {
  const body = JSON.parse(payload) as { url: string; text: string };
  const url = `${publicUrl.replace(/\/$/, '')}${body.url}`;
  return JSON.stringify({ ...body, url, text: `${body.text}\n${url}` });
}

/**
 * What an admin sees of a failed delivery. A closed port, a refused connection, a timeout and an
 * HTTP error status read the same, so webhooks cannot map what listens where (a port scanner);
 * the server log keeps the exact cause for the operator.
 */
export const NOT_DELIVERED = 'not delivered: the receiver did not answer with a 2xx status in time';
export const TARGET_REFUSED =
  'not delivered: the target resolves to a loopback, private or link-local address (TRACK_RECORD_WEBHOOKS_ALLOW_PRIVATE)';

const later = (now: Date, ms: number) => new Date(now.getTime() + ms).toISOString();

/**
 * Delivers one batch of outbox rows that are due. Each row is claimed first with a conditional
 * UPDATE (lockedUntil), so two server processes never send the same row at once; success marks
 * it delivered, failure schedules the next attempt by backoff. Returns what happened.
 */
export async function deliverDueWebhooks(
  ctx: AppContext,
  fetchImpl: FetchLike = guardedPost(ctx.config.webhooksAllowPrivate),
): Promise<{ attempted: number; delivered: number; failed: number }> {
  const now = ctx.clock.now();
  const nowIso = now.toISOString();
  const candidates = await ctx.db
    .selectFrom('webhook_outbox')
    .innerJoin('webhooks', 'webhooks.id', 'webhook_outbox.webhookId')
    .select([
      'webhook_outbox.id',
      'webhook_outbox.kind',
      'webhook_outbox.payload',
      'webhook_outbox.attempts',
      'webhooks.url',
      'webhooks.secret',
    ])
    .where('webhook_outbox.deliveredAt', 'is', null)
    .where('webhook_outbox.nextAttemptAt', '<=', nowIso)
    .where((eb) => eb.or([eb('webhook_outbox.lockedUntil', 'is', null), eb('webhook_outbox.lockedUntil', '<', nowIso)]))
    .where('webhooks.disabledAt', 'is', null)
    .orderBy('webhook_outbox.nextAttemptAt')
    .orderBy('webhook_outbox.id')
    .limit(BATCH)
    .execute();
  const claimed: typeof candidates = [];
  for (const c of candidates) {
    const result = await ctx.db
      .updateTable('webhook_outbox')
      .set({ lockedUntil: later(now, LOCK_MS) })
      .where('id', '=', c.id)
      .where('deliveredAt', 'is', null)
      .where((eb) => eb.or([eb('lockedUntil', 'is', null), eb('lockedUntil', '<', nowIso)]))
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) === 1) claimed.push(c);
  }
  const outcomes = await Promise.all(
    claimed.map(async (row) => {
      const body = renderBody(row.payload, ctx.config.publicUrl);
      let error: string | null;
      try {
        const res = await fetchImpl(row.url, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            'user-agent': 'Track-Record-Webhooks/1',
            'x-track-record-delivery': row.id,
            'x-track-record-event': row.kind,
            'x-track-record-signature': signBody(row.secret, body),
          },
          body,
          signal: AbortSignal.timeout(TIMEOUT_MS),
        });
        error = res.ok ? null : `HTTP ${res.status}`;
      } catch (err) {
        error = err instanceof TargetRefused ? TARGET_REFUSED : err instanceof Error ? err.message : String(err);
      }
      const done = ctx.clock.now();
      const attempts = row.attempts + 1;
      const about = { deliveryId: row.id, event: row.kind, attempts };
      if (error === null) ctx.logger.info(about, 'webhook delivered');
      else ctx.logger.warn({ ...about, error }, 'webhook delivery failed');
      ctx.metrics.webhookDeliveries.inc({ result: error === null ? 'delivered' : 'failed' });
      await ctx.db
        .updateTable('webhook_outbox')
        .set(
          error === null
            ? { attempts, deliveredAt: done.toISOString(), lockedUntil: null, lastError: null }
            : {
                attempts,
                nextAttemptAt: later(done, backoffMs(attempts)),
                lockedUntil: null,
                lastError: error === TARGET_REFUSED ? TARGET_REFUSED : NOT_DELIVERED,
              },
        )
        .where('id', '=', row.id)
        .execute();
      return error === null;
    }),
  );
  const delivered = outcomes.filter(Boolean).length;
  return { attempted: claimed.length, delivered, failed: claimed.length - delivered };
}

/**
 * Runs deliveries every `intervalMs` until stopped. Only main.ts starts it (createApp starts no
 * timers); tests call deliverDueWebhooks directly with their own clock.
 */
export function startWebhookWorker(
  ctx: AppContext,
  options: { intervalMs: number; fetchImpl?: FetchLike },
): { stop(): Promise<void> } {
  let stopped = false;
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<void> = Promise.resolve();
  const tick = async () => {
    try {
      // Keep going while batches come back full, so a backlog drains faster than one batch per tick.
      for (let round = 0; round < 50 && !stopped; round++) {
        const r = await deliverDueWebhooks(ctx, options.fetchImpl);
        if (r.attempted < BATCH) break;
      }
    } catch (err) {
      ctx.logger.error({ err }, 'webhook delivery round failed');
    }
    if (!stopped) schedule();
  };
  const schedule = () => {
    timer = setTimeout(() => {
      running = tick();
    }, options.intervalMs);
    timer.unref();
  };
  schedule();
  return {
    stop: async () => {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
    },
  };
}
