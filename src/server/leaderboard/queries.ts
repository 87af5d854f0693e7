import type { Kysely } from 'kysely';
import type { Kind, ResolvedCall, ScoreTotals } from '../../scoring/index.js';
import type { Database } from '../db/schema.js';
import { parseTotals } from '../ledger/source-stats.js';

type Db = Kysely<Database>;

export interface SourceInfo {
  id: string;
  handle: string;
  displayName: string;
  kind: string;
}

/** Every source with its maintained totals: one indexed read, no claim scan. */
export async function sourcesWithTotals(db: Db): Promise<(SourceInfo & { totals: ScoreTotals; unresolved: number })[]> {
  const rows = await db
    .selectFrom('sources')
    .innerJoin('source_stats', 'source_stats.sourceId', 'sources.id')
    .select([
      'sources.id',
      'sources.handle',
      'sources.displayName',
      'sources.kind',
      'source_stats.totals',
      'source_stats.nOpen',
    ])
    .execute();
  return rows.map((r) => ({
    id: r.id,
    handle: r.handle,
    displayName: r.displayName,
    kind: r.kind,
    totals: parseTotals(r.totals),
    unresolved: r.nOpen,
  }));
}

/** Unresolved claims whose window has ended, per source that made them. */
export async function dueCounts(db: Db, today: string, sourceId?: string): Promise<Map<string, number>> {
  let q = db
    .selectFrom('claims')
    .innerJoin('claim_sources', 'claim_sources.claimId', 'claims.id')
    .select((eb) => ['claim_sources.sourceId', eb.fn.countAll<number>().as('n')])
    .where('claims.resolutionId', 'is', null)
    .where('claims.windowEnd', '<', today)
    .where('claim_sources.role', '=', 'made')
    .groupBy('claim_sources.sourceId');
  if (sourceId) q = q.where('claim_sources.sourceId', '=', sourceId);
  const rows = await q.execute();
  return new Map(rows.map((r) => [r.sourceId, Number(r.n)]));
}

export interface ClaimFilter {
  kind?: string;
  tag?: string;
  /** Only claims resolved on or after this date. */
  resolvedSince?: string;
  sourceId?: string;
}

/** Resolved calls (made by a source) matching the filters, for boards that totals cannot answer. */
export async function resolvedCalls(db: Db, filter: ClaimFilter): Promise<(ResolvedCall & { sourceId: string })[]> {
  let q = db
    .selectFrom('claims')
    .innerJoin('claim_sources', 'claim_sources.claimId', 'claims.id')
    .select([
      'claim_sources.sourceId',
      'claims.kind',
      'claims.probability',
      'claims.outcome',
      'claims.credit',
      'claims.resolvedAt',
    ])
    .where('claims.resolutionId', 'is not', null)
    .where('claim_sources.role', '=', 'made');
  if (filter.kind) q = q.where('claims.kind', '=', filter.kind);
  if (filter.sourceId) q = q.where('claim_sources.sourceId', '=', filter.sourceId);
  if (filter.resolvedSince) q = q.where('claims.resolvedAt', '>=', filter.resolvedSince);
  if (filter.tag)
    q = q.where('claims.id', 'in', db.selectFrom('claim_tags').select('claimId').where('tag', '=', filter.tag));
  const rows = await q.execute();
  return rows.map((r) => ({
    sourceId: r.sourceId,
    kind: r.kind as Kind,
    probability: r.probability,
    outcome: r.outcome === 'void' ? null : r.credit,
    ...(r.resolvedAt ? { resolvedOn: r.resolvedAt.slice(0, 10) } : {}),
  }));
}

/** Open/due/resolved/void counts of one source's claims (as maker). */
export async function claimCounts(db: Db, sourceId: string, today: string) {
  const rows = await db
    .selectFrom('claims')
    .innerJoin('claim_sources', 'claim_sources.claimId', 'claims.id')
    .select(['claims.resolutionId', 'claims.outcome', 'claims.windowEnd'])
    .where('claim_sources.sourceId', '=', sourceId)
    .where('claim_sources.role', '=', 'made')
    .execute();
  const counts = { open: 0, due: 0, resolved: 0, void: 0 };
  for (const r of rows) {
    if (r.resolutionId) counts[r.outcome === 'void' ? 'void' : 'resolved'] += 1;
    else counts[r.windowEnd < today ? 'due' : 'open'] += 1;
  }
  return counts;
}
