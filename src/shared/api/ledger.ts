import { z } from 'zod';

export const LedgerHead = z.object({ seq: z.number(), hash: z.string() });
export const LedgerEvent = z.object({
  seq: z.number(),
  at: z.string(),
  actor: z.string(),
  type: z.string(),
  entity: z.string(),
  entityId: z.string(),
  payload: z.string(),
  prevHash: z.string(),
  hash: z.string(),
});
export type LedgerEvent = z.infer<typeof LedgerEvent>;
const seqNumber = z.coerce.number().int();
/**
 * GET /api/ledger/events' query as callers send it: the events after one number (oldest first, the
 * chain from there on), or the `limit` events just before one; either names the same events forever.
 */
export const LedgerEventsParams = z.object({
  after: seqNumber.min(0).optional(),
  before: seqNumber.min(2, 'must be 2 or more (no event comes before #1)').optional(),
  limit: z.coerce.number().int().min(1).max(10_000).default(500),
});
/** The query as the route reads it: a page before an event is the run of events after the one `limit` earlier. */
export const LedgerEventsQuery = LedgerEventsParams.refine((q) => q.after === undefined || q.before === undefined, {
  path: ['before'],
  message: 'give after or before, not both',
}).transform(({ after, before, limit }) =>
  before === undefined
    ? { after: after ?? 0, limit }
    : { after: Math.max(0, before - 1 - limit), limit: Math.min(limit, before - 1) },
);
export const LedgerEventsPage = z.object({ items: z.array(LedgerEvent), next: z.number().nullable() });
