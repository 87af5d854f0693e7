import { createHash, hash } from 'node:crypto';
import { eventHashInput, GENESIS_HASH, type Sha256Hex } from '../../shared/ledger-format/hash.js';

export { GENESIS_HASH };

/** The server's SHA-256: node:crypto's one-shot hash skips a Hash object per event (import and verify hash every event). */
export const nodeSha256Hex: Sha256Hex = (text) => hash('sha256', text, 'hex');

/** hash = sha256(prevHash + "\n" + seq + "\n" + type + "\n" + payload), hex (src/shared/ledger-format/hash.ts). */
export function eventHash(prevHash: string, seq: number, type: string, payload: string): string {
  return nodeSha256Hex(eventHashInput(prevHash, seq, type, payload));
}

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
