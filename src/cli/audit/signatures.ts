import type { Checkpoint } from '../../shared/api/index.js';
import { keyChainProblem } from '../../shared/ledger-format/key-chain.js';
import { nodeSha256Hex } from '../../server/ledger/hash.js';
import { Discrepancy } from './discrepancy.js';

/** Checks every checkpoint's signature and the chain of keys (keyChainProblem); throws a Discrepancy naming the first failure. */
export async function checkSignatures(
  checkpoints: readonly Checkpoint[],
  publishedKey: string,
  firstKey: string | null,
): Promise<void> {
  const problem = await keyChainProblem(checkpoints, publishedKey, firstKey, (t) => Promise.resolve(nodeSha256Hex(t)));
  if (problem) throw new Discrepancy(problem);
}
