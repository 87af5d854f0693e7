import { isCanonicalJson, isCanonicalJsonText } from './canonical-json.js';
import { eventHash } from './hash.js';

/** The fields an event's hash seals (DESIGN.md "The ledger"), as the import receives them. */
export interface SealedFields {
  seq: number;
  type: string;
  payload: string;
  prevHash: string;
  hash: string;
}

/**
 * Whether an event's hash seals what it carries: its payload is the canonical JSON of itself and
 * its hash is sha256 over prevHash, seq, type and payload. `parsed`, the payload's JSON.parse
 * when the caller has it, spares parsing it again. Import and verify both ask this of every event.
 */
export function isSealed(e: SealedFields, parsed?: unknown): boolean {
  const canonical = parsed === undefined ? isCanonicalJsonText(e.payload) : isCanonicalJson(e.payload, parsed);
  return canonical && eventHash(e.prevHash, e.seq, e.type, e.payload) === e.hash;
}

/**
 * Why an event's hash does not seal what it carries (isSealed), or null when it does. The import
 * asks this wherever it writes the event — on the SQLite writer's thread for a file, on its own
 * thread otherwise — so the message is worded here once.
 */
export function sealProblem(e: SealedFields, parsed?: unknown): string | null {
  return isSealed(e, parsed) ? null : `event ${e.seq}: hash does not match its contents`;
}

/** The first of `events` (in order) whose hash does not seal it, and why (as sealProblem words it). */
export function firstUnsealed<E extends SealedFields>(events: Iterable<E>): { event: E; problem: string } | null {
  for (const event of events) {
    const problem = sealProblem(event);
    if (problem) return { event, problem };
  }
  return null;
}
