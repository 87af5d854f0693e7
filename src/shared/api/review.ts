import { z } from 'zod';
import { Cursor, Handle, Id } from './common.js';
import { Claim, ClaimKind, ClaimListQuery, Outcome } from './claims.js';

/** The reviewers' due queue: claims whose window has ended (oldest first), then those closing soon. */
export const ReviewQueueQuery = z.object({
  /** "Closing soon" = the window ends within this many days from today. */
  days: z.coerce.number().int().min(0).max(365).default(14),
  source: Handle.optional(),
  kind: ClaimKind.optional(),
  tag: z.string().trim().toLowerCase().max(40).optional(),
  publication: Id.optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  dueCursor: Cursor.optional(),
  closingCursor: Cursor.optional(),
});
export type ReviewQueueQuery = z.infer<typeof ReviewQueueQuery>;

const Bucket = z.object({ items: z.array(Claim), nextCursor: z.string().nullable() });

export const ReviewQueueResponse = z.object({
  today: z.string(),
  /** The "closing soon" horizon used: windows ending today .. today + days. */
  days: z.number(),
  /** Counts stop at this number so they stay cheap on big ledgers: a count equal to it means "at least". */
  countLimit: z.number(),
  counts: z.object({ due: z.number(), closingSoon: z.number(), awaitingConfirmation: z.number() }),
  due: Bucket,
  closingSoon: Bucket,
  /** Resolutions waiting for a second reviewer (when confirmation is required). */
  awaitingConfirmation: z.array(z.object({ resolutionId: z.string(), claimId: z.string(), statement: z.string(), outcome: z.string(), reviewer: z.string(), createdAt: z.string() })),
});
export type ReviewQueueResponse = z.infer<typeof ReviewQueueResponse>;

export const WebhookCreate = z.strictObject({
  url: z.string().url().max(2000).refine((u) => /^https?:\/\//i.test(u), 'only http(s) URLs'),
  description: z.string().trim().max(200).default(''),
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

export const WEBHOOK_EVENTS = ['claim.due', 'claim.resolved'] as const;

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
});
export type WebhookPayload = z.infer<typeof WebhookPayload>;

/** Filters of the calendar feed: the claim-list filters that make sense for open claims. */
export const DueFeedQuery = z.object({
  source: Handle.optional(),
  kind: ClaimKind.optional(),
  tag: z.string().trim().toLowerCase().max(40).optional(),
  publication: Id.optional(),
});
export type DueFeedQuery = z.infer<typeof DueFeedQuery>;

/** Filters of the claim exports: those of the claim list, without paging (an export is everything). */
export const ClaimExportQuery = ClaimListQuery.omit({ cursor: true, limit: true });
export type ClaimExportQuery = z.infer<typeof ClaimExportQuery>;

/** schema.org ClaimReview (JSON-LD) of a resolved claim, the markup fact-checkers publish. */
export const ClaimReviewJsonLd = z.object({
  '@context': z.literal('https://schema.org'),
  '@type': z.literal('ClaimReview'),
  url: z.string(),
  datePublished: z.string(),
  claimReviewed: z.string(),
  reviewBody: z.string().optional(),
  author: z.object({ '@type': z.literal('Organization'), name: z.string(), url: z.string() }),
  reviewRating: z.object({
    '@type': z.literal('Rating'),
    /** true 1, false 0, partial its credit; absent for a void claim (alternateName says why). */
    ratingValue: z.number().optional(),
    bestRating: z.number(),
    worstRating: z.number(),
    alternateName: z.string(),
  }),
  itemReviewed: z.object({
    '@type': z.literal('Claim'),
    author: z.array(z.object({ '@type': z.string(), name: z.string(), url: z.string().optional() })),
    datePublished: z.string(),
    appearance: z.array(z.object({ '@type': z.literal('CreativeWork'), url: z.string() })).optional(),
  }),
});
export type ClaimReviewJsonLd = z.infer<typeof ClaimReviewJsonLd>;
