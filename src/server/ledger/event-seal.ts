import { isSealedWith, type SealedFields, unsealedMessage } from '../../shared/ledger-format/seal.js';
import { nodeSha256Hex } from './hash.js';

export type { SealedFields };

/** isSealedWith (src/shared/ledger-format/seal.ts) with the server's synchronous SHA-256. */
export function isSealed(e: SealedFields, parsed?: unknown): boolean {
  return isSealedWith(nodeSha256Hex, e, parsed);
}

/**
 * Why an event's hash does not seal what it carries (isSealed), or null when it does. The import
 * asks this wherever it writes the event — on the SQLite writer's thread for a file, on its own
 * thread otherwise — so the message is worded once (unsealedMessage).
 */
export function sealProblem(e: SealedFields, parsed?: unknown): string | null {
  return isSealed(e, parsed) ? null : unsealedMessage(e.seq);
}

/** The first of `events` (in order) whose hash does not seal it, and why (as sealProblem words it). */
export function firstUnsealed<E extends SealedFields>(events: Iterable<E>): { event: E; problem: string } | null {
  for (const event of events) {
    const problem = sealProblem(event);
    if (problem) return { event, problem };
  }
  return null;
}
