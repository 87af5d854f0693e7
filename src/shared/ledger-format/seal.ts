import { isCanonicalJson, isCanonicalJsonText } from './canonical-json.js';
import { eventHashInput, type Sha256Hex, type Sha256HexAsync } from './hash.js';

/** The fields an event's hash seals (DESIGN.md "The ledger"). */
export interface SealedFields {
  seq: number;
  type: string;
  payload: string;
  prevHash: string;
  hash: string;
}

function isCanonical(e: SealedFields, parsed?: unknown): boolean {
  return parsed === undefined ? isCanonicalJsonText(e.payload) : isCanonicalJson(e.payload, parsed);
}

/**
 * Whether an event's hash seals what it carries: its payload is the canonical JSON of itself and
 * its hash is sha256 over prevHash, seq, type and payload. `parsed`, the payload's JSON.parse
 * when the caller has it, spares parsing it again.
 */
export function isSealedWith(sha256: Sha256Hex, e: SealedFields, parsed?: unknown): boolean {
  return isCanonical(e, parsed) && sha256(eventHashInput(e.prevHash, e.seq, e.type, e.payload)) === e.hash;
}

export async function isSealedAsync(sha256: Sha256HexAsync, e: SealedFields): Promise<boolean> {
  return isCanonical(e) && (await sha256(eventHashInput(e.prevHash, e.seq, e.type, e.payload))) === e.hash;
}

/** How a broken seal is worded wherever it is found (server, CLI, browser). */
export function unsealedMessage(seq: number): string {
  return `event ${seq}: hash does not match its contents`;
}
