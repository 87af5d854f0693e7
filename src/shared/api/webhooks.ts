import { z } from 'zod';
import { HttpUrl, safeText } from './common.js';
import { Outcome } from './claims.js';

export const WebhookCreate = z.strictObject({
  url: HttpUrl,
  description: safeText().trim().max(200).default(''),
});
export const Webhook = z.object({
  id: z.string(),
  url: z.string(),
  description: z.string(),
  createdAt: z.string(),
  disabledAt: z.string().nullable(),
  /** Shown once, on creation: the HMAC-SHA256 signing secret. */
  secret: z.string().optional(),
});
export type Webhook = z.infer<typeof Webhook>;

export const WebhookList = z.object({ items: z.array(Webhook), nextCursor: z.null() });

/** One delivery attempt record of a webhook, as an admin sees it. */
export const WebhookDelivery = z.object({
  id: z.string(),
  kind: z.string(),
  subject: z.string(),
  attempts: z.number(),
  nextAttemptAt: z.string(),
  deliveredAt: z.string().nullable(),
  lastError: z.string().nullable(),
  createdAt: z.string(),
});
export const WebhookDeliveryList = z.object({ items: z.array(WebhookDelivery), nextCursor: z.null() });

/** `resolution.withdrawn` retracts a `claim.resolved` sent for a ruling that its reviewer then undid. */
export const WEBHOOK_EVENTS = ['claim.due', 'claim.resolved', 'resolution.withdrawn'] as const;

/**
 * The JSON body POSTed to a webhook. `id` is the delivery id (also in the X-Track-Record-Delivery
 * header): the same notification retried carries the same id, so receivers dedupe on it. `text`
 * makes the body a valid Slack incoming-webhook message. The body is signed: header
 * `X-Track-Record-Signature: sha256=<hex HMAC-SHA256 of the raw body with the webhook secret>`.
 */
export const WebhookPayload = z.object({
  id: z.string(),
  event: z.enum(WEBHOOK_EVENTS),
  text: z.string(),
  occurredAt: z.string(),
  url: z.string(),
  claim: z.object({
    id: z.string(),
    kind: z.string(),
    statement: z.string(),
    windowEnd: z.string(),
    sources: z.array(z.string()),
    tags: z.array(z.string()),
  }),
  resolution: z
    .object({
      id: z.string(),
      outcome: Outcome,
      credit: z.number().nullable(),
      reviewer: z.string(),
      confirmedBy: z.string().nullable(),
      supersedes: z.string().nullable(),
    })
    .nullable(),
  /** The ledger head right after the event (null for "came due", which is not a ledger event). */
  ledger: z.object({ seq: z.number(), hash: z.string() }).nullable(),
  /** The latest signed checkpoint when the notification was queued (docs/checkpoints.md): a head the receiver keeps. */
  checkpoint: z
    .object({ seq: z.number(), hash: z.string(), at: z.string(), keyId: z.string(), signature: z.string() })
    .optional(),
});
export type WebhookPayload = z.infer<typeof WebhookPayload>;
