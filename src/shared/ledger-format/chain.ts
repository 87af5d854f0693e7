import { GENESIS_HASH, type Sha256Hex, type Sha256HexAsync } from './hash.js';
import { isSealedAsync, isSealedWith, type SealedFields, unsealedMessage } from './seal.js';

/** Where a walk along the chain stands: the last event checked (seq 0 and GENESIS_HASH before the first). */
export interface ChainPoint {
  seq: number;
  hash: string;
}

export const CHAIN_START: ChainPoint = { seq: 0, hash: GENESIS_HASH };

/** Why `e` does not follow `prev` (a gap or a broken link), or null when it does. */
export function linkProblem(prev: ChainPoint, e: SealedFields): string | null {
  if (e.seq !== prev.seq + 1) return `event ${prev.seq + 1}: missing (the next event served is ${e.seq})`;
  if (e.prevHash !== prev.hash) return `event ${e.seq}: its link does not point at event ${prev.seq}'s hash`;
  return null;
}

/**
 * Checks events in order from `start`: each follows the one before (seq and link), its payload
 * is canonical JSON and its hash seals it. Returns the last point checked, or the first event
 * that fails and why. The server and CLI pass node:crypto's synchronous hash (chainWalk), the
 * browser WebCrypto's (chainWalkAsync); both word problems the same way.
 */
export function chainWalk(
  sha256: Sha256Hex,
  start: ChainPoint,
  events: Iterable<SealedFields>,
): { ok: true; point: ChainPoint } | { ok: false; seq: number; problem: string } {
  let point = start;
  for (const e of events) {
    const problem = linkProblem(point, e) ?? (isSealedWith(sha256, e) ? null : unsealedMessage(e.seq));
    if (problem) return { ok: false, seq: e.seq, problem };
    point = { seq: e.seq, hash: e.hash };
  }
  return { ok: true, point };
}

export async function chainWalkAsync(
  sha256: Sha256HexAsync,
  start: ChainPoint,
  events: readonly SealedFields[],
): Promise<{ ok: true; point: ChainPoint } | { ok: false; seq: number; problem: string }> {
  // Links are checked in order; the digests of a page run concurrently (WebCrypto is asynchronous).
  let point = start;
  for (const e of events) {
    const problem = linkProblem(point, e);
    if (problem) return { ok: false, seq: e.seq, problem };
    point = { seq: e.seq, hash: e.hash };
  }
  const sealed = await Promise.all(events.map((e) => isSealedAsync(sha256, e)));
  const bad = sealed.indexOf(false);
  if (bad >= 0) return { ok: false, seq: events[bad]!.seq, problem: unsealedMessage(events[bad]!.seq) };
  return { ok: true, point };
}
