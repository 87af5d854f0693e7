import { createHash, hash } from 'node:crypto';

export const GENESIS_HASH = '0'.repeat(64);

/** hash = sha256(prevHash + "\n" + seq + "\n" + type + "\n" + payload), hex (DESIGN.md "The ledger"). */
export function eventHash(prevHash: string, seq: number, type: string, payload: string): string {
  // The one-shot crypto.hash skips a Hash object per event: import and verify hash every event.
  return hash('sha256', `${prevHash}\n${seq}\n${type}\n${payload}`, 'hex');
}

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
