import { randomBytes } from 'node:crypto';

let lastMs = 0;
let sequence = 0;

/**
 * UUIDv7-style ids: 48 bits of milliseconds, then a 12-bit counter that keeps ids made in the
 * same millisecond in creation order, then random bits. Ids therefore sort by creation and
 * serve as stable cursors; the ledger stores them in payloads, so replay reproduces them.
 */
export function newId(now: Date): string {
  let ms = now.getTime();
  if (ms <= lastMs) {
    ms = lastMs;
    sequence += 1;
    if (sequence > 0xfff) {
      ms += 1;
      sequence = 0;
    }
  } else {
    sequence = 0;
  }
  lastMs = ms;
  const hex =
    ms.toString(16).padStart(12, '0') + '7' + sequence.toString(16).padStart(3, '0') + randomBytes(8).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}
