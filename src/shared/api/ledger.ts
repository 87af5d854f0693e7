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
export const LedgerEventsQuery = z.object({
  after: z.coerce.number().int().min(0).default(0),
  limit: z.coerce.number().int().min(1).max(10_000).default(500),
});
export const LedgerEventsPage = z.object({ items: z.array(LedgerEvent), next: z.number().nullable() });
