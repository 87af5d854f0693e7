import { verifyCheckpointSignature, type SignedCheckpoint } from './checkpoint.js';
import type { Sha256HexAsync } from './hash.js';

export interface ServedCheckpoint extends SignedCheckpoint {
  id: number;
  publicKey: string;
}

/**
 * The first problem with a series of checkpoints (oldest first), or null: each is signed by the
 * key it names; the first key is `firstKey` (remembered from before) or else the first
 * checkpoint's; a different key is accepted only once a checkpoint signed with the current key
 * announced it (nextKey); seqs never go back; and the last key is the one the instance publishes.
 */
export async function keyChainProblem(
  checkpoints: readonly ServedCheckpoint[],
  publishedKey: string,
  firstKey: string | null,
  sha256: Sha256HexAsync,
): Promise<string | null> {
  let current = firstKey ?? checkpoints[0]?.publicKey ?? publishedKey;
  let lastSeq = -1;
  for (const c of checkpoints) {
    const name = `checkpoint ${c.id} (#${c.seq})`;
    if (c.publicKey !== current) return `${name}: signed with key ${c.keyId}, which no earlier checkpoint announced`;
    if ((await sha256(c.publicKey)).slice(0, 16) !== c.keyId) return `${name}: its key id does not match its key`;
    if (!(await verifyCheckpointSignature(c, c.publicKey))) return `${name}: bad signature`;
    if (c.seq < lastSeq) return `${name}: goes back to seq ${c.seq} after seq ${lastSeq}`;
    lastSeq = c.seq;
    if (c.nextKey) current = c.nextKey;
  }
  if (checkpoints.length > 0 && current !== publishedKey)
    return `the published key is not the one the checkpoints lead to (${checkpoints.length} checked)`;
  return null;
}
