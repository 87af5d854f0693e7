import type { Transaction } from 'kysely';
import { checkpointMessage } from '../../shared/ledger-format/checkpoint.js';
import type { Clock } from '../clock.js';
import type { Database } from '../db/schema.js';
import { lockLedgerHead, type HeadHook, type LedgerContext } from '../ledger/append.js';
import { insertNextCheckpoint, latestCheckpoint, type CheckpointRow } from './queries.js';
import type { Signer } from './signer.js';

/** The events after which the head is signed: what a reader later checks a source's record against. */
const SIGNED_AFTER = new Set(['publication.created', 'resolution.recorded', 'resolution.confirmed']);

/**
 * Signs the head {seq, hash} at `at` and stores the checkpoint, inside the caller's transaction
 * (which holds the head's lock, so checkpoints are numbered and ordered as the chain is).
 * `nextKey` announces a key rotation: the new key's public key, signed with `signer`'s.
 */
export async function signCheckpoint(
  trx: Transaction<Database>,
  signer: Signer,
  head: { seq: number; hash: string },
  at: string,
  nextKey: string | null = null,
): Promise<CheckpointRow> {
  const body = { seq: head.seq, hash: head.hash, at, keyId: signer.keyId, nextKey };
  const signed = { ...body, publicKey: signer.publicKey, signature: signer.sign(checkpointMessage(body)) };
  return { id: await insertNextCheckpoint(trx, signed), ...signed };
}

/** The head hook that signs a checkpoint when a transaction wrote a publication or a resolution. */
export function checkpointOnWrite(signer: Signer): HeadHook {
  return {
    run: async (trx, events, head, at) => {
      if (events.some((e) => SIGNED_AFTER.has(e.type))) await signCheckpoint(trx, signer, head, at);
    },
  };
}

/** Runs `work` in a transaction holding the head's lock (as writeLedger takes it) with the head read. */
export async function withHeadLocked<T>(
  ctx: Pick<LedgerContext, 'db'>,
  work: (trx: Transaction<Database>, head: { seq: number; hash: string }) => Promise<T>,
): Promise<T> {
  return ctx.db.transaction().execute(async (trx) => work(trx, await lockLedgerHead(trx)));
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Signs the head when the latest checkpoint is a day old or more (or there is none yet and the
 * ledger has events), so that even a quiet ledger is pinned at least daily. Returns the new
 * checkpoint, or null when none was due.
 */
export async function signIfDue(
  ctx: Pick<LedgerContext, 'db'> & { clock: Clock },
  signer: Signer,
): Promise<CheckpointRow | null> {
  return withHeadLocked(ctx, async (trx, head) => {
    const now = ctx.clock.now();
    const last = await latestCheckpoint(trx);
    if (last ? now.getTime() - Date.parse(last.at) < DAY_MS : head.seq === 0) return null;
    return signCheckpoint(trx, signer, head, now.toISOString());
  });
}

/** Checks hourly whether a daily checkpoint is due (signIfDue); stop() ends it. */
export function startCheckpointTimer(
  ctx: Pick<LedgerContext, 'db'> & { clock: Clock },
  signer: Signer,
  onError: (err: unknown) => void,
  intervalMs = 60 * 60 * 1000,
): { stop(): void } {
  const tick = () => {
    signIfDue(ctx, signer).catch(onError);
  };
  tick();
  const timer = setInterval(tick, intervalMs);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}

/**
 * Moves checkpoint signing from `current` to `next`: one checkpoint of the head signed with the
 * current key announces the next key (nextKey), and a second, signed with the next key, starts
 * its series. Both commit together, so the key chain readers follow never has a gap.
 */
export async function rotateKey(
  ctx: Pick<LedgerContext, 'db'> & { clock: Clock },
  current: Signer,
  next: Signer,
): Promise<{ announcement: CheckpointRow; first: CheckpointRow }> {
  return withHeadLocked(ctx, async (trx, head) => {
    const at = ctx.clock.now().toISOString();
    const announcement = await signCheckpoint(trx, current, head, at, next.publicKey);
    const first = await signCheckpoint(trx, next, head, at);
    return { announcement, first };
  });
}
