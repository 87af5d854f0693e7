import type { AssignmentCreate, ReviewerPrefsUpdate } from '../../shared/api/review-desk.js';
import type { AppContext } from '../context.js';
import { AppError } from '../http/errors.js';
import { findSourceByHandle } from '../sources/queries.js';
import { findReviewers } from './queries.js';

/**
 * Assigns a claim, or every unresolved claim of a source or tag, to a reviewer; an earlier
 * assignment of the same claim is replaced. Not a ledger write: who is asked to judge a claim is
 * how the desk is run, not part of the record.
 */
export async function assignClaims(ctx: AppContext, actor: string, input: AssignmentCreate): Promise<number> {
  const { db } = ctx;
  const reviewers = await findReviewers(db);
  if (!reviewers.some((r) => r.username === input.reviewer))
    throw new AppError('invalid_request', `${input.reviewer} is not an active reviewer`);
  let q = db.selectFrom('claims').select('claims.id');
  if (input.claimId) {
    q = q.where('claims.id', '=', input.claimId);
  } else {
    q = q.where('claims.resolutionId', 'is', null);
    if (input.source) {
      const source = await findSourceByHandle(db, input.source);
      if (!source) throw new AppError('not_found', `no source @${input.source}`);
      q = q.where(
        'claims.id',
        'in',
        db.selectFrom('claim_sources').select('claimId').where('sourceId', '=', source.id),
      );
    }
    if (input.tag)
      q = q.where('claims.id', 'in', db.selectFrom('claim_tags').select('claimId').where('tag', '=', input.tag));
  }
  const ids = (await q.execute()).map((r) => r.id);
  if (input.claimId && ids.length === 0) throw new AppError('not_found', 'claim not found');
  const at = ctx.clock.now().toISOString();
  await db.transaction().execute(async (trx) => {
    // Chunks keep each statement under SQLite's bound-parameter limit.
    for (let i = 0; i < ids.length; i += 200) {
      const chunk = ids.slice(i, i + 200);
      await trx.deleteFrom('review_assignments').where('claimId', 'in', chunk).execute();
      await trx
        .insertInto('review_assignments')
        .values(chunk.map((claimId) => ({ claimId, reviewer: input.reviewer, assignedBy: actor, assignedAt: at })))
        .execute();
    }
  });
  return ids.length;
}

export async function unassignClaim(ctx: AppContext, claimId: string): Promise<void> {
  await ctx.db.deleteFrom('review_assignments').where('claimId', '=', claimId).execute();
}

export async function savePrefs(ctx: AppContext, username: string, prefs: ReviewerPrefsUpdate): Promise<void> {
  const row = {
    username,
    email: prefs.email,
    digest: prefs.digest ? 1 : 0,
    updatedAt: ctx.clock.now().toISOString(),
  };
  await ctx.db
    .insertInto('reviewer_prefs')
    .values({ ...row, lastDigestOn: null })
    .onConflict((oc) =>
      oc.column('username').doUpdateSet({ email: row.email, digest: row.digest, updatedAt: row.updatedAt }),
    )
    .execute();
}
