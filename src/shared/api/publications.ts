import { z } from 'zod';
import { unsafeTextReason } from '../text.js';
import { Handle, HttpUrl, IsoDate, LIMITS, PageQuery, safeText } from './common.js';
import { Claim, ClaimDraftInput } from './claims.js';
import { SourceKind } from './sources.js';

/** Publish one issue with its confirmed claims, in one ledger transaction. */
export const PublicationCreate = z
  .strictObject({
    title: safeText().trim().min(1).max(LIMITS.name),
    publishedOn: IsoDate,
    url: HttpUrl.nullable().optional(),
    text: safeText().min(1, 'the issue text is empty').max(LIMITS.publicationText),
    claims: z.array(ClaimDraftInput).max(500).default([]),
    /** Sources to create on the way (handles the drafts named that do not exist yet). */
    newSources: z
      .array(
        z.strictObject({
          handle: safeText(),
          displayName: safeText().trim().min(1).max(LIMITS.name),
          kind: SourceKind.default('person'),
        }),
      )
      .max(100)
      .default([]),
    /**
     * The publication's own desk as a source (DESIGN.md "Domain"): claims with no maker are the
     * desk's calls and are recorded as made by it, so the desk is ranked beside everyone else.
     */
    desk: Handle.nullable().optional(),
    /** Handles not yet known and not listed in newSources are created with their handle as name. */
    createMissingSources: z.boolean().default(true),
  })
  .superRefine((v, ctx) => {
    v.claims.forEach((c, i) => {
      if (c.spanEnd != null && c.spanEnd > v.text.length)
        ctx.addIssue({
          code: 'custom',
          path: ['claims', i, 'spanEnd'],
          message: 'the span ends after the publication text',
        });
    });
  });
export type PublicationCreate = z.infer<typeof PublicationCreate>;

export const Publication = z.object({
  id: z.string(),
  title: z.string(),
  publishedOn: z.string(),
  url: z.string().nullable(),
  sha256: z.string(),
  createdAt: z.string(),
  claimCount: z.number(),
});
export type Publication = z.infer<typeof Publication>;

export const PublicationDetail = Publication.extend({ text: z.string(), claims: z.array(Claim) });
export type PublicationDetail = z.infer<typeof PublicationDetail>;

export const PublicationListQuery = PageQuery;

export const PreviewRequest = z.strictObject({
  text: z
    .string()
    .max(LIMITS.publicationText)
    .refine((t) => t.trim().length > 0, 'the issue text is empty')
    // eslint-disable-next-line no-control-regex -- finding control characters is the point
    .refine((t) => !/[\u0000-\u0008\u000E-\u001F]/.test(t), 'the text contains binary data')
    // What publishing would refuse is refused here first (it is reported after the binary check).
    .superRefine((t, ctx) => {
      const reason = unsafeTextReason(t);
      if (reason) ctx.addIssue({ code: 'custom', message: reason });
    }),
  publishedOn: IsoDate,
});

export const PreviewWindow = z.object({
  start: z.string(),
  end: z.string(),
  phrase: z.string(),
  isDefault: z.boolean(),
});

export const PreviewDraft = z.object({
  kind: z.enum(['BULL', 'BEAR', 'WATCH', 'CLAIM']),
  text: z.string(),
  sources: z.array(z.string()),
  window: PreviewWindow.nullable(),
  section: z.string(),
  restates: z.number().optional(),
  /** Which rule set the window: the phrase and how it was read, the near-term default, or none. */
  windowRule: z.object({ kind: z.enum(['phrase', 'default', 'none']), detail: z.string() }).optional(),
  /** The claim itself when the sentence frames it ("@x says that …"): offered to the editor as the statement. */
  clause: z.string().nullable().optional(),
  start: z.number(),
  end: z.number(),
});
export type PreviewDraft = z.infer<typeof PreviewDraft>;

export const PreviewResponse = z.object({
  drafts: z.array(PreviewDraft),
  unknownSources: z.array(z.string()),
  sha256: z.string(),
  duplicateOf: z.string().nullable(),
});
export type PreviewResponse = z.infer<typeof PreviewResponse>;
