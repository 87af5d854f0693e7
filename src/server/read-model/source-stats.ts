import type { Transaction } from 'kysely';
import {
  adjustTotals,
  assertTotals,
  emptyTotals,
  type Kind,
  type ResolvedCall,
  type ScoreTotals,
} from '../../scoring/index.js';
import { compiledWrite } from '../db/compiled-once.js';
import type { ClaimsTable, Database } from '../db/schema.js';

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

/** The scoring state of a claim row as stored (the resolution that counts is copied into it). */
export function claimRowScoreState(
  c: Pick<ClaimsTable, 'kind' | 'probability' | 'outcome' | 'credit' | 'resolvedAt'>,
): ClaimScoreState {
  return claimScoreState(c, c.outcome ? { outcome: c.outcome, credit: c.credit, resolvedAt: c.resolvedAt } : null);
}

/** A source's totals as stored; checked once here, so they can be adjusted in place after. */
export function parseTotals(text: string): ScoreTotals {
  if (!text) return emptyTotals();
  const totals = JSON.parse(text) as ScoreTotals;
  assertTotals(totals);
  return totals;
}

/** A source_stats row as stored (totals as JSON text). */
export interface StoredSourceStats {
  totals: string;
  nOpen: number;
  nResolved: number;
}

/** The stored stats of these sources (those that have a row). */
export async function readSourceStats(
  trx: Transaction<Database>,
  sourceIds: readonly string[],
): Promise<Map<string, StoredSourceStats>> {
  if (sourceIds.length === 0) return new Map();
  const rows = await trx
    .selectFrom('source_stats')
    .select(['sourceId', 'totals', 'nOpen', 'nResolved'])
    .where('sourceId', 'in', sourceIds)
    .execute();
  return new Map(
    rows.map((r) => [r.sourceId, { totals: r.totals, nOpen: Number(r.nOpen), nResolved: Number(r.nResolved) }]),
  );
}

/**
 * Keeps each `made` source's totals in step with its claims inside the ledger transaction,
 * so leaderboard reads never scan claims (issue 5); `verify` recomputes them from scratch.
 * Takes the makers' rows as stored (the caller read them with the claim) and returns them as written.
 */
export async function updateSourceStats(
  trx: Transaction<Database>,
  makers: ReadonlyMap<string, StoredSourceStats>,
  before: ClaimScoreState | null,
  after: ClaimScoreState,
): Promise<Map<string, StoredSourceStats>> {
  const written = new Map<string, StoredSourceStats>();
  for (const [sourceId, row] of makers) {
    const next = { totals: parseTotals(row.totals), nOpen: row.nOpen, nResolved: row.nResolved };
    adjustStats(next, before, after);
    const stored = { totals: JSON.stringify(next.totals), nOpen: next.nOpen, nResolved: next.nResolved };
    await updateStats(trx, { sourceId, ...stored });
    written.set(sourceId, stored);
  }
  return written;
}

/** A maker's row as a write leaves it (one statement per maker of the claim). */
const updateStats = compiledWrite((db, v: StoredSourceStats & { sourceId: string }) =>
  db
    .updateTable('source_stats')
    .set({ totals: v.totals, nOpen: v.nOpen, nResolved: v.nResolved })
    .where('sourceId', '=', v.sourceId),
);

/** A source's maintained statistics, with its totals parsed. */
export interface SourceStatsState {
  totals: ScoreTotals;
  nOpen: number;
  nResolved: number;
}

/**
 * Moves one claim of a source from `before` to `after` (in place). The single definition used by
 * the per-event path and the bulk paths, so both make the same adjustments in the same order and
 * get bit-identical totals (a JSON round trip of a finite double is exact).
 */
export function adjustStats(s: SourceStatsState, before: ClaimScoreState | null, after: ClaimScoreState): void {
  if (before) {
    if (before.open) s.nOpen -= 1;
    else s.nResolved -= 1;
    if (before.call) adjustTotals(s.totals, before.call, -1);
  }
  if (after.open) s.nOpen += 1;
  else s.nResolved += 1;
  if (after.call) adjustTotals(s.totals, after.call, 1);
}
