import { z } from 'zod';
import { Handle, HttpUrl, LIMITS, PageQuery, safeText } from './common.js';

export const SOURCE_KINDS = ['person', 'outlet', 'podcast', 'desk', 'org'] as const;
export const SourceKind = z.enum(SOURCE_KINDS);

/** A source as the API shows it. */
export const Source = z.object({
  id: z.string(),
  handle: z.string(),
  displayName: z.string(),
  kind: SourceKind,
  url: z.string().nullable(),
  aliases: z.array(z.string()),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Source = z.infer<typeof Source>;

export const SourceCreate = z.strictObject({
  handle: Handle,
  displayName: safeText().trim().min(1).max(LIMITS.name),
  kind: SourceKind.default('person'),
  url: HttpUrl.nullable().optional(),
  aliases: z.array(Handle).max(20).optional(),
});
export type SourceCreate = z.infer<typeof SourceCreate>;

export const SourceUpdate = z
  .strictObject({
    displayName: safeText().trim().min(1).max(LIMITS.name).optional(),
    kind: SourceKind.optional(),
    url: HttpUrl.nullable().optional(),
  })
  .refine((v) => Object.keys(v).length > 0, 'nothing to update');
export type SourceUpdate = z.infer<typeof SourceUpdate>;

export const AliasCreate = z.strictObject({ alias: Handle });

export const SourceListQuery = PageQuery.extend({
  q: safeText().trim().max(LIMITS.name).optional(),
});
