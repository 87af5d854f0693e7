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
 * Why an event's hash does not seal what it carries, or null when it does: the payload must be
 * the canonical JSON of itself and the hash must be sha256 over prevHash, seq, type and payload.
 * The import asks this of every event wherever it writes the event — on the SQLite writer's
 * thread for a file, on its own thread otherwise — so the message is worded here once.
 */
export function sealProblem(e: SealedFields, parsed?: unknown): string | null {
  if (!isCanonical(e.payload, parsed) || eventHash(e.prevHash, e.seq, e.type, e.payload) !== e.hash) return `event ${e.seq}: hash does not match its contents`;
  return null;
}

function isCanonical(text: string, parsed: unknown): boolean {
  return parsed === undefined ? isCanonicalJsonText(text) : isCanonicalJson(text, parsed);
}

/** The first of `events` (in order) whose hash does not seal it, and why (as sealProblem words it). */
export function firstUnsealed<E extends SealedFields>(events: Iterable<E>): { event: E; problem: string } | null {
  for (const event of events) {
    const problem = sealProblem(event);
    if (problem) return { event, problem };
  }
  return null;
}
