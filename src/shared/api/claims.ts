import { z } from 'zod';
import { Handle, HttpUrl, Id, IsoDate, LIMITS, PageQuery, safeText } from './common.js';

export const CLAIM_KINDS = ['BULL', 'BEAR', 'WATCH', 'CLAIM'] as const;
export const ClaimKind = z.enum(CLAIM_KINDS);
export type ClaimKind = z.infer<typeof ClaimKind>;

export const SOURCE_ROLES = ['made', 'cited', 'disputed'] as const;
export const SourceRole = z.enum(SOURCE_ROLES);

export const CLAIM_STATUSES = ['open', 'due', 'resolved', 'void'] as const;
export const ClaimStatus = z.enum(CLAIM_STATUSES);
export type ClaimStatus = z.infer<typeof ClaimStatus>;

export const OUTCOMES = ['true', 'false', 'partial', 'void'] as const;
export const Outcome = z.enum(OUTCOMES);
export const VOID_REASONS = ['ambiguous', 'condition_not_met', 'withdrawn'] as const;
export const VoidReason = z.enum(VOID_REASONS);

const Tag = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9][a-z0-9 _-]{0,39}$/, 'a tag is up to 40 letters, digits, spaces, - or _');

export const ClaimSourceInput = z.strictObject({ handle: Handle, role: SourceRole.default('made') });

const windowRule = (v: { windowStart?: string | null; windowEnd?: string }) =>
  !v.windowStart || !v.windowEnd || v.windowStart <= v.windowEnd;
const windowMessage = { message: 'windowStart must be on or before windowEnd', path: ['windowStart'] };

const claimFields = {
  kind: ClaimKind,
  statement: safeText().trim().min(1).max(LIMITS.statement),
  quote: safeText().max(LIMITS.quote).nullable().optional(),
  condition: safeText().trim().max(LIMITS.statement).nullable().optional(),
  criteria: safeText().trim().max(LIMITS.statement).nullable().optional(),
  timePhrase: safeText().trim().max(LIMITS.name).nullable().optional(),
  windowStart: IsoDate.nullable().optional(),
  windowEnd: IsoDate,
  /** False when the text gave no date and the editor chose the window. */
  windowStated: z.boolean().default(true),
  probability: z.number().min(0).max(1).nullable().optional(),
  tags: z.array(Tag).max(LIMITS.tags).default([]),
  sources: z.array(ClaimSourceInput).max(20).default([]),
};

/** A claim to create, alone (with `publicationId`) or inside a publication. */
export const ClaimDraftInput = z
  .strictObject({
    ...claimFields,
    /** Character offsets of the quote in the publication text, for highlighting. */
    spanStart: z.number().int().min(0).nullable().optional(),
    spanEnd: z.number().int().min(0).nullable().optional(),
  })
  .refine(windowRule, windowMessage)
  .refine((v) => (v.spanStart == null) === (v.spanEnd == null), {
    message: 'a span needs both spanStart and spanEnd, or neither',
    path: ['spanEnd'],
  })
  .refine((v) => v.spanStart == null || v.spanEnd == null || v.spanStart <= v.spanEnd, {
    message: 'spanStart must not be after spanEnd',
    path: ['spanStart'],
  });
export type ClaimDraftInput = z.infer<typeof ClaimDraftInput>;

export const ClaimCreate = z
  .strictObject({ ...claimFields, publicationId: Id.nullable().optional() })
  .refine(windowRule, windowMessage);
export type ClaimCreate = z.infer<typeof ClaimCreate>;

/** An amendment: the fields that change, and why. Published words stay in the history. */
export const ClaimAmend = z
  .strictObject({
    reason: safeText().trim().min(3).max(LIMITS.reason),
    statement: claimFields.statement.optional(),
    condition: claimFields.condition,
    criteria: claimFields.criteria,
    timePhrase: claimFields.timePhrase,
    windowStart: IsoDate.nullable().optional(),
    windowEnd: IsoDate.optional(),
    probability: claimFields.probability,
    tags: z.array(Tag).max(LIMITS.tags).optional(),
    kind: ClaimKind.optional(),
  })
  .refine((v) => Object.keys(v).some((k) => k !== 'reason'), 'an amendment must change something');
export type ClaimAmend = z.infer<typeof ClaimAmend>;

export const ClaimListQuery = PageQuery.extend({
  source: Handle.optional(),
  kind: ClaimKind.optional(),
  status: ClaimStatus.optional(),
  tag: safeText().trim().toLowerCase().max(LIMITS.tag).optional(),
  publication: Id.optional(),
  endsBefore: IsoDate.optional(),
  endsAfter: IsoDate.optional(),
  q: safeText().trim().max(LIMITS.name).optional(),
});
export type ClaimListQuery = z.infer<typeof ClaimListQuery>;

export const ResolutionCreate = z
  .strictObject({
    outcome: Outcome,
    credit: z.number().min(0).max(1).nullable().optional(),
    voidReason: VoidReason.nullable().optional(),
    evidence: z.array(HttpUrl).max(LIMITS.evidence).default([]),
    note: safeText().trim().max(LIMITS.note).default(''),
    /** Resolving before the window ends needs the reviewer to say the outcome is already certain. */
    early: z.boolean().default(false),
    /** A correction names the resolution it supersedes and says why. */
    supersedes: Id.nullable().optional(),
    reason: safeText().trim().max(LIMITS.reason).nullable().optional(),
  })
  .superRefine((v, ctx) => {
    if (v.outcome === 'partial' && (v.credit === null || v.credit === undefined))
      ctx.addIssue({ code: 'custom', path: ['credit'], message: 'a partial outcome needs a credit in [0,1]' });
    if (v.outcome !== 'partial' && v.credit !== null && v.credit !== undefined)
      ctx.addIssue({ code: 'custom', path: ['credit'], message: 'credit is only for partial outcomes' });
    if (v.outcome === 'void' && !v.voidReason)
      ctx.addIssue({ code: 'custom', path: ['voidReason'], message: 'a void outcome needs a reason' });
    if (v.outcome !== 'void' && v.voidReason)
      ctx.addIssue({ code: 'custom', path: ['voidReason'], message: 'voidReason is only for void outcomes' });
    if (v.outcome !== 'void' && v.evidence.length === 0)
      ctx.addIssue({ code: 'custom', path: ['evidence'], message: 'at least one evidence URL is needed' });
    if (v.supersedes && !v.reason)
      ctx.addIssue({ code: 'custom', path: ['reason'], message: 'a correction needs a reason' });
  });
export type ResolutionCreate = z.infer<typeof ResolutionCreate>;

/** The reviewer's undo: takes their resolution back (the claim returns to what it was). */
export const ResolutionWithdraw = z.strictObject({
  reason: z.string().trim().min(3).max(LIMITS.reason).default('undone by the reviewer'),
});
export type ResolutionWithdraw = z.infer<typeof ResolutionWithdraw>;

export const Resolution = z.object({
  id: z.string(),
  claimId: z.string(),
  outcome: Outcome,
  credit: z.number().nullable(),
  voidReason: VoidReason.nullable(),
  evidence: z.array(z.string()),
  note: z.string(),
  early: z.boolean(),
  reviewer: z.string(),
  createdAt: z.string(),
  supersedes: z.string().nullable(),
  supersededBy: z.string().nullable(),
  reason: z.string().nullable(),
  confirmedBy: z.string().nullable(),
  confirmedAt: z.string().nullable(),
  /** Set when the reviewer took the resolution back (undo): it no longer counts. */
  withdrawnAt: z.string().nullable(),
  withdrawnBy: z.string().nullable(),
  withdrawReason: z.string().nullable(),
});
export type Resolution = z.infer<typeof Resolution>;

export const ClaimSource = z.object({ handle: z.string(), displayName: z.string(), role: SourceRole });

export const Claim = z.object({
  id: z.string(),
  publicationId: z.string().nullable(),
  kind: ClaimKind,
  statement: z.string(),
  publishedStatement: z.string(),
  quote: z.string().nullable(),
  condition: z.string().nullable(),
  criteria: z.string().nullable(),
  timePhrase: z.string().nullable(),
  windowStart: z.string().nullable(),
  windowEnd: z.string(),
  windowStated: z.boolean(),
  probability: z.number().nullable(),
  tags: z.array(z.string()),
  sources: z.array(ClaimSource),
  status: ClaimStatus,
  outcome: Outcome.nullable(),
  credit: z.number().nullable(),
  resolvedAt: z.string().nullable(),
  spanStart: z.number().nullable(),
  spanEnd: z.number().nullable(),
  createdAt: z.string(),
  amendedAt: z.string().nullable(),
  /** The issue the claim was published in, so lists can tell two similar claims apart. */
  publication: z.object({ id: z.string(), title: z.string(), publishedOn: z.string() }).nullable().optional(),
});
export type Claim = z.infer<typeof Claim>;

export const HistoryEvent = z.object({
  seq: z.number(),
  at: z.string(),
  actor: z.string(),
  type: z.string(),
  payload: z.unknown(),
  hash: z.string(),
  prevHash: z.string(),
});

export const ClaimDetail = Claim.extend({
  resolutions: z.array(Resolution),
  history: z.array(HistoryEvent),
});
export type ClaimDetail = z.infer<typeof ClaimDetail>;
