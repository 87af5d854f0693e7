import type { Claim, ClaimStatus, Resolution } from '../../shared/api/claims.js';
import type { ClaimRow, ResolutionRow } from '../db/schema.js';

/** Status is derived, never stored (DESIGN.md "Domain"): due once the window's last day has passed. */
export function claimStatus(row: Pick<ClaimRow, 'resolutionId' | 'outcome' | 'windowEnd'>, today: string): ClaimStatus {
  if (row.resolutionId) return row.outcome === 'void' ? 'void' : 'resolved';
  return row.windowEnd < today ? 'due' : 'open';
}

export function presentClaim(
  row: ClaimRow,
  extras: { tags: string[]; sources: Claim['sources'] },
  today: string,
): Claim {
  return {
    id: row.id,
    publicationId: row.publicationId,
    kind: row.kind as Claim['kind'],
    statement: row.statement,
    publishedStatement: row.publishedStatement,
    quote: row.quote,
    condition: row.condition,
    criteria: row.criteria,
    timePhrase: row.timePhrase,
    windowStart: row.windowStart,
    windowEnd: row.windowEnd,
    windowStated: row.windowStated === 1,
    probability: row.probability,
    tags: extras.tags,
    sources: extras.sources,
    status: claimStatus(row, today),
    outcome: (row.outcome as Claim['outcome']) ?? null,
    credit: row.credit,
    resolvedAt: row.resolvedAt,
    spanStart: row.spanStart,
    spanEnd: row.spanEnd,
    createdAt: row.createdAt,
    amendedAt: row.amendedAt,
  };
}

export function presentResolution(r: ResolutionRow): Resolution {
  return {
    id: r.id,
    claimId: r.claimId,
    outcome: r.outcome as Resolution['outcome'],
    credit: r.credit,
    voidReason: r.voidReason as Resolution['voidReason'],
    evidence: JSON.parse(r.evidence) as string[],
    note: r.note,
    early: r.early === 1,
    reviewer: r.reviewer,
    createdAt: r.createdAt,
    supersedes: r.supersedes,
    supersededBy: r.supersededBy,
    reason: r.reason,
    confirmedBy: r.confirmedBy,
    confirmedAt: r.confirmedAt,
    withdrawnAt: r.withdrawnAt,
    withdrawnBy: r.withdrawnBy,
    withdrawReason: r.withdrawReason,
  };
}
