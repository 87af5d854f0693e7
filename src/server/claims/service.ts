import type { ClaimAmend, ClaimCreate, ClaimDraftInput, ResolutionCreate } from '../../shared/api/claims.js';
import type { AppContext } from '../context.js';
import { AppError } from '../http/errors.js';
import { newId } from '../ids.js';
import { type LedgerTx, writeLedger } from '../ledger/append.js';
import { findSourceByHandle } from '../sources/queries.js';

/** Records a claim inside an open ledger transaction; every handle must name a known source. */
export async function appendClaim(
  tx: LedgerTx,
  input: ClaimDraftInput | ClaimCreate,
  publicationId: string | null,
): Promise<string> {
  const sources: { sourceId: string; role: string }[] = [];
  for (const s of input.sources) {
    const source = await findSourceByHandle(tx.trx, s.handle);
    if (!source) throw new AppError('invalid_request', `unknown source @${s.handle}: create it first`);
    if (sources.some((x) => x.sourceId === source.id))
      throw new AppError('invalid_request', `source @${s.handle} is listed twice`);
    sources.push({ sourceId: source.id, role: s.role });
  }
  const id = newId(new Date(tx.at));
  const span =
    'spanStart' in input
      ? { spanStart: input.spanStart ?? null, spanEnd: input.spanEnd ?? null }
      : { spanStart: null, spanEnd: null };
  await tx.append({
    type: 'claim.created',
    payload: {
      id,
      publicationId,
      kind: input.kind,
      statement: input.statement,
      quote: input.quote ?? null,
      condition: input.condition ?? null,
      criteria: input.criteria ?? null,
      timePhrase: input.timePhrase ?? null,
      windowStart: input.windowStart ?? null,
      windowEnd: input.windowEnd,
      windowStated: input.windowStated,
      probability: input.probability ?? null,
      tags: [...new Set(input.tags)],
      sources,
      ...span,
    },
  });
  return id;
}

export async function createClaim(ctx: AppContext, actor: string, input: ClaimCreate): Promise<string> {
  return writeLedger(ctx, actor, async (tx) => {
    const publicationId = input.publicationId ?? null;
    if (publicationId) {
      const pub = await tx.trx
        .selectFrom('publications')
        .select('id')
        .where('id', '=', publicationId)
        .executeTakeFirst();
      if (!pub) throw new AppError('not_found', 'publication not found');
    }
    return appendClaim(tx, input, publicationId);
  });
}

/** An amendment is an event with a reason; the words first published stay in `publishedStatement`. */
export async function amendClaim(ctx: AppContext, actor: string, id: string, input: ClaimAmend): Promise<void> {
  await writeLedger(ctx, actor, async (tx) => {
    const claim = await tx.readClaim(id);
    if (!claim) throw new AppError('not_found', 'claim not found');
    const { reason, ...changes } = input;
    const start = changes.windowStart !== undefined ? changes.windowStart : claim.windowStart;
    const end = changes.windowEnd ?? claim.windowEnd;
    if (start && start > end) throw new AppError('invalid_request', 'windowStart must be on or before windowEnd');
    await tx.append({ type: 'claim.amended', payload: { claimId: id, reason, changes } });
  });
}

/**
 * Resolves a claim, or corrects a resolution by superseding it. Writers are serialised by the
 * ledger, so of two racing resolutions of one claim the second sees the first and gets a 409.
 */
export async function resolveClaim(
  ctx: AppContext,
  actor: string,
  claimId: string,
  input: ResolutionCreate,
): Promise<string> {
  return writeLedger(ctx, actor, async (tx) => {
    const claim = await tx.readClaim(claimId);
    if (!claim) throw new AppError('not_found', 'claim not found');
    if (input.supersedes) {
      if (input.supersedes !== claim.resolutionId)
        throw new AppError('conflict', 'only the resolution that currently counts can be corrected; reload the claim');
    } else if (claim.resolutionId) {
      throw new AppError(
        'conflict',
        `the claim is already resolved (resolution ${claim.resolutionId}); correct it by superseding that resolution`,
      );
    }
    if (claim.awaitingConfirmation)
      throw new AppError(
        'conflict',
        `resolution ${claim.awaitingConfirmation} is waiting for a second reviewer; confirm it first`,
      );
    const today = tx.at.slice(0, 10);
    if (claim.windowEnd >= today && !input.early && !input.supersedes)
      throw new AppError(
        'invalid_request',
        `the window runs until ${claim.windowEnd}; set "early": true if the outcome is already certain`,
      );
    if (
      input.outcome === 'void' &&
      input.voidReason === 'condition_not_met' &&
      claim.kind !== 'WATCH' &&
      !claim.condition
    )
      throw new AppError('invalid_request', '"condition_not_met" is for WATCH and conditional claims');
    const id = newId(new Date(tx.at));
    await tx.append({
      type: 'resolution.recorded',
      payload: {
        id,
        claimId,
        outcome: input.outcome,
        credit: input.outcome === 'partial' ? (input.credit ?? null) : null,
        voidReason: input.voidReason ?? null,
        evidence: input.evidence,
        note: input.note,
        early: input.early,
        reviewer: actor,
        supersedes: input.supersedes ?? null,
        reason: input.reason ?? null,
        needsConfirmation: ctx.config.requireConfirmation,
      },
    });
    return id;
  });
}

/** A second reviewer confirms a resolution; it counts from then on. Nobody confirms their own. */
export async function confirmResolution(ctx: AppContext, actor: string, resolutionId: string): Promise<string> {
  return writeLedger(ctx, actor, async (tx) => {
    const r = await tx.trx.selectFrom('resolutions').selectAll().where('id', '=', resolutionId).executeTakeFirst();
    if (!r) throw new AppError('not_found', 'resolution not found');
    if (r.confirmedAt) throw new AppError('conflict', `already confirmed by ${r.confirmedBy}`);
    if (r.supersededBy) throw new AppError('conflict', 'this resolution was superseded');
    if (r.withdrawnAt) throw new AppError('conflict', 'this resolution was withdrawn');
    if (r.reviewer === actor) throw new AppError('forbidden', 'a reviewer cannot confirm their own resolution');
    await tx.append({
      type: 'resolution.confirmed',
      payload: { resolutionId, claimId: r.claimId, confirmedBy: actor },
    });
    return r.claimId;
  });
}

/**
 * How long after resolving a reviewer may take the ruling back. The page offers Undo for ~10 s;
 * the server allows a margin for slow networks. Later, a correction (superseding) is the way.
 */
export const UNDO_WINDOW_MS = 120_000;

/**
 * The reviewer's undo: a `resolution.withdrawn` event (a correction in the ledger, nothing is
 * deleted) that returns the claim to the ruling this one superseded, or to open.
 */
export async function withdrawResolution(
  ctx: AppContext,
  actor: string,
  resolutionId: string,
  reason: string,
): Promise<string> {
  return writeLedger(ctx, actor, async (tx) => {
    const r = await tx.trx.selectFrom('resolutions').selectAll().where('id', '=', resolutionId).executeTakeFirst();
    if (!r) throw new AppError('not_found', 'resolution not found');
    if (r.withdrawnAt) throw new AppError('conflict', 'this resolution was already withdrawn');
    if (r.supersededBy) throw new AppError('conflict', 'this resolution was superseded; correct the current one');
    if (r.reviewer !== actor)
      throw new AppError('forbidden', 'only the reviewer who recorded it can undo a resolution');
    if (r.confirmedAt) throw new AppError('conflict', 'a confirmed resolution is corrected, not undone');
    if (Date.parse(tx.at) - Date.parse(r.createdAt) > UNDO_WINDOW_MS)
      throw new AppError('conflict', 'too late to undo; record a correction instead');
    const claim = await tx.readClaim(r.claimId);
    const current = claim?.resolutionId === r.id;
    await tx.append({
      type: 'resolution.withdrawn',
      payload: { resolutionId, claimId: r.claimId, restores: current ? r.supersedes : null, reviewer: actor, reason },
    });
    return r.claimId;
  });
}
