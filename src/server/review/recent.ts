import type { Kysely } from 'kysely';
import type { RecentRuling, RecentRulingsQuery } from '../../shared/api/review-desk.js';
import type { Database } from '../db/schema.js';

/**
 * "Recently resolved": the latest rulings, newest first (the resolutions_created index order),
 * withdrawn ones left out. `current` says whether it still counts, i.e. can be corrected.
 */
export async function findRecentRulings(
  db: Kysely<Database>,
  query: RecentRulingsQuery,
  username: string,
): Promise<RecentRuling[]> {
  let q = db
    .selectFrom('resolutions')
    .innerJoin('claims', 'claims.id', 'resolutions.claimId')
    .where('resolutions.withdrawnAt', 'is', null)
    .select([
      'resolutions.id',
      'resolutions.claimId',
      'claims.statement',
      'claims.resolutionId as currentId',
      'resolutions.outcome',
      'resolutions.credit',
      'resolutions.voidReason',
      'resolutions.evidence',
      'resolutions.note',
      'resolutions.reviewer',
      'resolutions.createdAt',
      'resolutions.confirmedAt',
      'resolutions.supersededBy',
    ]);
  if (query.mine === 'true') q = q.where('resolutions.reviewer', '=', username);
  const rows = await q
    .orderBy('resolutions.createdAt', 'desc')
    .orderBy('resolutions.id', 'desc')
    .limit(query.limit)
    .execute();
  return rows.map((r) => ({
    resolutionId: r.id,
    claimId: r.claimId,
    statement: r.statement,
    outcome: r.outcome as RecentRuling['outcome'],
    credit: r.credit,
    voidReason: r.voidReason as RecentRuling['voidReason'],
    evidence: JSON.parse(r.evidence) as string[],
    note: r.note,
    reviewer: r.reviewer,
    createdAt: r.createdAt,
    current: r.currentId === r.id,
    supersededBy: r.supersededBy,
    confirmedAt: r.confirmedAt,
  }));
}
