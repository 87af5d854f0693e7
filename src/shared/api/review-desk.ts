import { z } from 'zod';
import { Handle, Id, LIMITS } from './common.js';
import { Username } from './auth.js';
import { Outcome, VoidReason } from './claims.js';

/**
 * Assign one claim, or every unresolved claim of a source or of a tag, to a reviewer. Exactly
 * one of claimId / source / tag. Assignments are operational data, outside the ledger.
 */
export const AssignmentCreate = z
  .strictObject({
    reviewer: Username,
    claimId: Id.optional(),
    source: Handle.optional(),
    tag: z.string().trim().toLowerCase().max(LIMITS.tag).optional(),
  })
  .refine((v) => [v.claimId, v.source, v.tag].filter((x) => x !== undefined).length === 1, {
    message: 'name exactly one of claimId, source or tag',
  });
export type AssignmentCreate = z.infer<typeof AssignmentCreate>;

export const AssignmentResult = z.object({ reviewer: z.string(), assigned: z.number() });

/** The people a claim can be assigned to: reviewers and admins who are not disabled. */
export const ReviewerList = z.object({ items: z.array(z.object({ username: z.string(), displayName: z.string() })) });

/** A reviewer's daily e-mail digest choice. */
export const ReviewerPrefs = z.object({ email: z.string().nullable(), digest: z.boolean() });
export type ReviewerPrefs = z.infer<typeof ReviewerPrefs>;

export const ReviewerPrefsUpdate = z
  .strictObject({ email: z.email().max(254).nullable(), digest: z.boolean() })
  .refine((v) => !v.digest || v.email !== null, {
    message: 'an e-mail address is needed for the digest',
    path: ['email'],
  });
export type ReviewerPrefsUpdate = z.infer<typeof ReviewerPrefsUpdate>;

/** "Recently resolved": the latest rulings, everyone's or only the signed-in reviewer's. */
export const RecentRulingsQuery = z.object({
  mine: z.enum(['true', 'false']).default('false'),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});
export type RecentRulingsQuery = z.infer<typeof RecentRulingsQuery>;

export const RecentRuling = z.object({
  resolutionId: z.string(),
  claimId: z.string(),
  statement: z.string(),
  outcome: Outcome,
  credit: z.number().nullable(),
  voidReason: VoidReason.nullable(),
  evidence: z.array(z.string()),
  note: z.string(),
  reviewer: z.string(),
  createdAt: z.string(),
  /** The ruling that counts now (not superseded, not withdrawn): the one a correction supersedes. */
  current: z.boolean(),
  /** The correction that replaced it; a ruling neither current nor superseded awaits confirmation. */
  supersededBy: z.string().nullable(),
  confirmedAt: z.string().nullable(),
});
export type RecentRuling = z.infer<typeof RecentRuling>;
export const RecentRulings = z.object({ items: z.array(RecentRuling) });
export type RecentRulings = z.infer<typeof RecentRulings>;
