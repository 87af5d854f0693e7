import type { Kysely } from 'kysely';
import type { Kind, ResolvedCall, ScoreTotals } from '../../scoring/index.js';
import type { Database } from '../db/schema.js';
import { dueCounts as maintainedDueCounts, rollDueSoon } from '../ledger/read-model/due.js';
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

/** Unresolved claims whose window has ended, per source that made them: maintained, no claim scan. */
export async function dueCounts(db: Db, today: string, sourceId?: string): Promise<Map<string, number>> {
  rollDueSoon(db, today).catch(() => undefined);
  return maintainedDueCounts(db, today, sourceId ? [sourceId] : undefined);
}

/** Every source with its maintained totals of one kind or one tag (sources without any: empty). */
export async function sourcesWithTotalsOf(
  db: Db,
  by: { kind: string } | { tag: string },
): Promise<Map<string, ScoreTotals>> {
  const rows =
    'kind' in by
      ? await db.selectFrom('source_kind_stats').select(['sourceId', 'totals']).where('kind', '=', by.kind).execute()
      : await db.selectFrom('source_tag_stats').select(['sourceId', 'totals']).where('tag', '=', by.tag).execute();
  return new Map(rows.map((r) => [r.sourceId, parseTotals(r.totals)]));
}

export interface ClaimFilter {
  kind?: string;
  tag?: string;
  /** Only claims resolved on or after this date. */
  resolvedSince?: string;
  sourceId?: string;
  /** Only claims made by one of these sources. */
  sourceIds?: readonly string[];
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
  if (filter.sourceIds) q = q.where('claim_sources.sourceId', 'in', filter.sourceIds.length ? filter.sourceIds : ['']);
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

/** claimCounts of many sources at once (each source's counts as claimCounts gives them). */
export async function claimCountsOf(
  db: Db,
  sourceIds: readonly string[],
  today: string,
): Promise<Map<string, { open: number; due: number; resolved: number; void: number }>> {
  rollDueSoon(db, today).catch(() => undefined);
  const [stats, due] = await Promise.all([
    sourceIds.length
      ? db
          .selectFrom('source_stats')
          .select(['sourceId', 'totals', 'nOpen', 'nResolved'])
          .where('sourceId', 'in', sourceIds)
          .execute()
      : [],
    maintainedDueCounts(db, today, sourceIds),
  ]);
  const out = new Map(sourceIds.map((id) => [id, { open: 0, due: 0, resolved: 0, void: 0 }]));
  for (const s of stats) out.set(s.sourceId, countsFrom(s, due.get(s.sourceId) ?? 0));
  return out;
}

function countsFrom(stats: { totals: string; nOpen: number; nResolved: number }, nDue: number) {
  const nVoid = parseTotals(stats.totals).nVoid;
  return { open: stats.nOpen - nDue, due: nDue, resolved: stats.nResolved - nVoid, void: nVoid };
}

/** Open/due/resolved/void counts of one source's claims (as maker), from the maintained figures. */
export async function claimCounts(db: Db, sourceId: string, today: string) {
  const [stats, due] = await Promise.all([
    db
      .selectFrom('source_stats')
      .select(['totals', 'nOpen', 'nResolved'])
      .where('sourceId', '=', sourceId)
      .executeTakeFirst(),
    dueCounts(db, today, sourceId),
  ]);
  if (!stats) return { open: 0, due: 0, resolved: 0, void: 0 };
  return countsFrom(stats, due.get(sourceId) ?? 0);
}
