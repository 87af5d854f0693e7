import type { SourceCreate, SourceUpdate } from '../../shared/api/sources.js';
import type { AppContext } from '../context.js';
import { AppError } from '../http/errors.js';
import { newId } from '../ids.js';
import type { LedgerTx } from '../ledger/append.js';
import { writeLedger } from '../ledger/append.js';
import { findSourceByHandle } from './queries.js';

/** Records a new source inside an open ledger transaction (used by publishing too). */
export async function appendSource(tx: LedgerTx, input: SourceCreate): Promise<string> {
  const aliases = [...new Set(input.aliases ?? [])].filter((a) => a !== input.handle);
  for (const h of [input.handle, ...aliases]) {
    if (await findSourceByHandle(tx.trx, h)) throw new AppError('conflict', `the handle @${h} is already taken`);
  }
  const id = newId(new Date(tx.at));
  await tx.append({
    type: 'source.created',
    payload: {
      id,
      handle: input.handle,
      displayName: input.displayName,
      kind: input.kind,
      url: input.url ?? null,
      aliases,
    },
  });
  return id;
}

export async function createSource(ctx: AppContext, actor: string, input: SourceCreate): Promise<string> {
  return writeLedger(ctx, actor, (tx) => appendSource(tx, input));
}

export async function updateSource(
  ctx: AppContext,
  actor: string,
  handle: string,
  input: SourceUpdate,
): Promise<string> {
  return writeLedger(ctx, actor, async (tx) => {
    const source = await findSourceByHandle(tx.trx, handle);
    if (!source) throw new AppError('not_found', `no source @${handle}`);
    await tx.append({ type: 'source.updated', payload: { id: source.id, ...input } });
    return source.handle;
  });
}

export async function addAlias(ctx: AppContext, actor: string, handle: string, alias: string): Promise<string> {
  return writeLedger(ctx, actor, async (tx) => {
    const source = await findSourceByHandle(tx.trx, handle);
    if (!source) throw new AppError('not_found', `no source @${handle}`);
    if (await findSourceByHandle(tx.trx, alias))
      throw new AppError('conflict', `the handle @${alias} is already taken`);
    await tx.append({ type: 'source.alias_added', payload: { sourceId: source.id, alias } });
    return source.handle;
  });
}
