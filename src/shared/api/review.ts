import { z } from 'zod';
import { Cursor, Handle, Id, safeText } from './common.js';
import { Claim, ClaimKind } from './claims.js';

/** The reviewers' due queue: claims whose window has ended (oldest first), then those closing soon. */
export const ReviewQueueQuery = z.object({
  /** "Closing soon" = the window ends within this many days from today. */
  days: z.coerce.number().int().min(0).max(365).default(14),
  source: Handle.optional(),
  kind: ClaimKind.optional(),
  tag: safeText().trim().toLowerCase().max(40).optional(),
  publication: Id.optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  dueCursor: Cursor.optional(),
  closingCursor: Cursor.optional(),
  /** "me": only claims assigned to the signed-in reviewer (see docs/review.md). */
  assigned: z.enum(['me']).optional(),
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
  awaitingConfirmation: z.array(
    z.object({
      resolutionId: z.string(),
      claimId: z.string(),
      statement: z.string(),
      outcome: z.string(),
      reviewer: z.string(),
      createdAt: z.string(),
    }),
  ),
  /** Who each listed claim is assigned to (claim id → username); unassigned claims are absent. */
  assignments: z.record(z.string(), z.string()).default({}),
});
export type ReviewQueueResponse = z.infer<typeof ReviewQueueResponse>;
