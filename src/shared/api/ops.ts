import { z } from 'zod';

/** `GET /healthz`: the process is up. */
export const HealthStatus = z.object({ status: z.literal('ok') });

/** `GET /readyz`: ready (200) with the ledger head's sequence, or unavailable (503) with why. */
export const ReadyStatus = z.union([
  z.object({ status: z.literal('ready'), headSeq: z.number() }),
  z.object({ status: z.literal('unavailable'), reason: z.string() }),
]);
