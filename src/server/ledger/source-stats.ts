import type { Transaction } from 'kysely';
import { addCall, emptyTotals, removeCall, type Kind, type ResolvedCall, type ScoreTotals } from '../../scoring/index.js';
import type { Database } from '../db/schema.js';

/** What scoring needs to know of a claim: open, or resolved with a credit (null = void). */
export interface ClaimScoreState {
  open: boolean;
  call: ResolvedCall | null;
}

export function claimScoreState(
  claim: { kind: string; probability: number | null },
  resolution: { outcome: string; credit: number | null; resolvedAt: string | null } | null,
): ClaimScoreState {
  if (!resolution) return { open: true, call: null };
  return {
    open: false,
    call: {
      kind: claim.kind as Kind,
      probability: claim.probability,
      outcome: resolution.outcome === 'void' ? null : resolution.credit,
      ...(resolution.resolvedAt ? { resolvedOn: resolution.resolvedAt.slice(0, 10) } : {}),
    },
  };
}

export function parseTotals(text: string): ScoreTotals {
  return text ? (JSON.parse(text) as ScoreTotals) : emptyTotals();
}

/**
 * Keeps each `made` source's totals in step with its claims inside the ledger transaction,
 * so leaderboard reads never scan claims (issue 5); `verify` recomputes them from scratch.
 */
export async function updateSourceStats(
  trx: Transaction<Database>,
  claimId: string,
  before: ClaimScoreState | null,
  after: ClaimScoreState,
): Promise<void> {
  const makers = await trx
    .selectFrom('claim_sources')
    .innerJoin('source_stats', 'source_stats.sourceId', 'claim_sources.sourceId')
    .select(['source_stats.sourceId', 'source_stats.totals', 'source_stats.nOpen', 'source_stats.nResolved'])
    .where('claim_sources.claimId', '=', claimId)
    .where('claim_sources.role', '=', 'made')
    .execute();
  for (const row of makers) {
    let totals = parseTotals(row.totals);
    let { nOpen, nResolved } = row;
    if (before) {
      if (before.open) nOpen -= 1;
      else nResolved -= 1;
      if (before.call) totals = removeCall(totals, before.call);
    }
    if (after.open) nOpen += 1;
    else nResolved += 1;
    if (after.call) totals = addCall(totals, after.call);
    await trx
      .updateTable('source_stats')
      .set({ totals: JSON.stringify(totals), nOpen, nResolved })
      .where('sourceId', '=', row.sourceId)
      .execute();
  }
}
