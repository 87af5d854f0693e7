import { z } from 'zod';
import { Handle, Id, safeText } from './common.js';
import { ClaimKind } from './claims.js';

/** Filters of the calendar feed: the claim-list filters that make sense for open claims. */
export const DueFeedQuery = z.object({
  source: Handle.optional(),
  kind: ClaimKind.optional(),
  tag: safeText().trim().toLowerCase().max(40).optional(),
  publication: Id.optional(),
});
export type DueFeedQuery = z.infer<typeof DueFeedQuery>;

/** The Atom feed of resolutions: all of them, or one source's. */
export const ResolutionsFeedQuery = z.object({ source: Handle.optional() });
