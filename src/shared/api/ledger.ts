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
 * GET /api/ledger/events' query: the events after one number (oldest first, the chain from there on),
 * or the `limit` events just before one; either names the same events forever.
 */
export const LedgerEventsQuery = z
  .object({
    after: seqNumber.min(0).optional().describe('the events after this number (default 0); not with before'),
    before: seqNumber
      .min(2, 'must be 2 or more (no event comes before #1)')
      .optional()
      .describe('the `limit` events just before this number; not with after'),
    limit: z.coerce.number().int().min(1).max(10_000).default(500),
  })
  .refine((q) => q.after === undefined || q.before === undefined, {
    path: ['before'],
    message: 'give after or before, not both',
  });
export type LedgerEventsQuery = z.infer<typeof LedgerEventsQuery>;
export const LedgerEventsPage = z.object({ items: z.array(LedgerEvent), next: z.number().nullable() });
