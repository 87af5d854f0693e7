import type { Checkpoint } from '../../shared/api/index.js';
import { verifyCheckpointSignature } from '../../shared/ledger-format/checkpoint.js';
import { nodeSha256Hex } from '../../server/ledger/hash.js';
import { Discrepancy } from './discrepancy.js';

/**
 * Checks every checkpoint's signature and the chain of keys: the first checkpoint's key is the
 * first key (or, with a state file, the first key seen before); a different key is accepted only
 * after a checkpoint signed with the current one announced it (nextKey); and the last key is the
 * one /.well-known/track-record.json publishes. Throws a Discrepancy naming the first failure.
 */
export async function checkSignatures(
  checkpoints: readonly Checkpoint[],
  publishedKey: string,
  firstKey: string | null,
): Promise<void> {
  let current = firstKey ?? checkpoints[0]?.publicKey ?? publishedKey;
  let lastSeq = -1;
  for (const c of checkpoints) {
    const name = `checkpoint ${c.id} (#${c.seq})`;
    if (c.publicKey !== current)
      throw new Discrepancy(`${name}: signed with key ${c.keyId}, which no earlier checkpoint announced`);
    if (nodeSha256Hex(c.publicKey).slice(0, 16) !== c.keyId)
      throw new Discrepancy(`${name}: its key id does not match its key`);
    if (!(await verifyCheckpointSignature(c, c.publicKey))) throw new Discrepancy(`${name}: bad signature`);
    if (c.seq < lastSeq) throw new Discrepancy(`${name}: goes back to seq ${c.seq} after seq ${lastSeq}`);
    lastSeq = c.seq;
    if (c.nextKey) current = c.nextKey;
  }
  if (checkpoints.length > 0 && current !== publishedKey)
    throw new Discrepancy(`the published key is not the one the checkpoints lead to (${checkpoints.length} checked)`);
}
