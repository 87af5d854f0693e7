import type { ExpressionBuilder, Kysely } from 'kysely';
import type { ClaimCounts } from '../../shared/api/leaderboard.js';
import type { Kind, ResolvedCall, ScoreTotals } from '../../scoring/index.js';
import { perDatabase } from '../db/per-database.js';
import type { Database } from '../db/schema.js';
import { dueCounts as maintainedDueCounts, rollDueSoon } from '../read-model/due.js';
import { columnsEqual, columnsTotals, facetRows } from '../read-model/facet-totals.js';
import { parseTotals } from '../read-model/source-stats.js';

type Db = Kysely<Database>;

export interface SourceInfo {
  id: string;
  handle: string;
  displayName: string;
  kind: string;
}

/**
 * Parsed totals kept per database by (what they belong to, their stored text): a read after a
 * write parses only the rows the write changed, and hands back the same object for the others,
 * so the scorecards computed for them can be reused (ScorecardMemo). Never mutated.
 */
const parsedFor = perDatabase(() => new Map<string, { text: string; totals: ScoreTotals }>());

function parsedTotals(db: Db, key: string, text: string): ScoreTotals {
  const parsed = parsedFor(db);
  const hit = parsed.get(key);
  if (hit?.text === text) return hit.totals;
  const totals = parseTotals(text);
  parsed.set(key, { text, totals });
  return totals;
}

type SourceWithTotals = SourceInfo & { totals: ScoreTotals; unresolved: number; due: number };

function sourcesQuery(db: Db) {
  return db
    .selectFrom('sources')
    .innerJoin('source_stats', 'source_stats.sourceId', 'sources.id')
    .select([
      'sources.id',
      'sources.handle',
      'sources.displayName',
      'sources.kind',
      'source_stats.totals',
      'source_stats.nOpen',
    ]);
}

/** Every source with its totals and due count as last read, per database, and the ledger seq and day they were read at. */
const readAt = new WeakMap<object, { seq: number; day: string; sources: Map<string, SourceWithTotals> }>();

/** Events after `from` this many at most are worth reading to find what changed; more: read all. */
const DELTA_EVENTS = 1_000;

/**
 * The sources whose row, totals or due count events (from, to] can have changed, or null when
 * that cannot be told cheaply. Only the appliers write these tables, each event about one
 * subject: a claim event changes the totals and counts of the claim's sources (a claim's links
 * never change after it is made), a source event that source, a publication event neither.
 */
export async function changedSources(db: Db, from: number, to: number): Promise<Set<string> | null> {
  const events = await db
    .selectFrom('events')
    .select(['entity', 'entityId'])
    .where('seq', '>', from)
    .where('seq', '<=', to)
    .limit(DELTA_EVENTS + 1)
    .execute();
  if (events.length > DELTA_EVENTS) return null;
  const changed = new Set<string>();
  const claims = new Set<string>();
  for (const e of events) {
    if (e.entity === 'source') changed.add(e.entityId);
    else if (e.entity === 'claim') claims.add(e.entityId);
    else if (e.entity !== 'publication') return null;
  }
  if (claims.size > 0) {
    const links = await db
      .selectFrom('claim_sources')
      .select('sourceId')
      .where('claimId', 'in', [...claims])
      .execute();
    for (const l of links) changed.add(l.sourceId);
  }
  return changed;
}

/** In id order, whichever way they were read: the board's sums then add up in the same order. */
const byId = (sources: SourceWithTotals[]) => sources.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

/**
 * Every source with its maintained totals and its count of claims due on `day`: no claim scan.
 * Given the ledger head's seq, a read after an earlier one on the same day reads again only the
 * sources the events in between can have changed.
 */
export async function sourcesWithTotals(db: Db, day: string, headSeq?: number): Promise<SourceWithTotals[]> {
  rollDueSoon(db, day).catch(() => undefined);
  const toSource = (
    r: { id: string; handle: string; displayName: string; kind: string; totals: string; nOpen: number },
    due: Map<string, number>,
  ): SourceWithTotals => ({
    id: r.id,
    handle: r.handle,
    displayName: r.displayName,
    kind: r.kind,
    totals: parsedTotals(db, r.id, r.totals),
    unresolved: r.nOpen,
    due: due.get(r.id) ?? 0,
  });
  const last = readAt.get(db);
  if (last && headSeq !== undefined && headSeq >= last.seq && last.day === day) {
    const changed = headSeq === last.seq ? new Set<string>() : await changedSources(db, last.seq, headSeq);
    if (changed) {
      if (changed.size > 0) {
        const ids = [...changed];
        const [rows, due] = await Promise.all([
          sourcesQuery(db).where('sources.id', 'in', ids).execute(),
          maintainedDueCounts(db, day, ids),
        ]);
        for (const r of rows) last.sources.set(r.id, toSource(r, due));
      }
      last.seq = headSeq;
      return byId([...last.sources.values()]);
    }
  }
  const [rows, due] = await Promise.all([sourcesQuery(db).execute(), maintainedDueCounts(db, day)]);
  const sources = byId(rows.map((r) => toSource(r, due)));
  // Read after the head was: at least as new as `headSeq`, and what came after is read again next time.
  if (headSeq !== undefined) readAt.set(db, { seq: headSeq, day, sources: new Map(sources.map((s) => [s.id, s])) });
  return sources;
}

/** Unresolved claims whose window has ended, per source that made them: maintained, no claim scan. */
export async function dueCounts(db: Db, today: string, sourceId?: string): Promise<Map<string, number>> {
  rollDueSoon(db, today).catch(() => undefined);
  return maintainedDueCounts(db, today, sourceId ? [sourceId] : undefined);
}

/** Totals of one kind or one tag kept per database, by source: as parsedTotals, the same object while unchanged. */
const facetsFor = perDatabase(() => new Map<string, ScoreTotals>());

/** Every source with its maintained totals of one kind or one tag (sources without any: empty). */
export async function sourcesWithTotalsOf(
  db: Db,
  by: { kind: string } | { tag: string },
): Promise<Map<string, ScoreTotals>> {
  const rows = await facetRows(db, by);
  const known = facetsFor(db);
  const prefix = 'kind' in by ? `kind:${by.kind}:` : `tag:${by.tag}:`;
  const out = new Map<string, ScoreTotals>();
  for (const r of rows) {
    const key = prefix + r.sourceId;
    let totals = known.get(key);
    if (!totals || !columnsEqual(r, totals)) known.set(key, (totals = columnsTotals(r)));
    out.set(r.sourceId, totals);
  }
  return out;
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
export async function resolvedCalls(
  db: Db,
  filter: ClaimFilter,
): Promise<(ResolvedCall & { sourceId: string; claimId: string })[]> {
  const bySource = filter.sourceId !== undefined || filter.sourceIds !== undefined;
  // Without a source, claims come first and their links are found by key: SQLite keeps a cross
  // join's order, and would otherwise read every link through (sourceId, claimId, role) and look
  // each claim up at random. With sources, that index is the way in.
  const joined = bySource
    ? db.selectFrom('claims').innerJoin('claim_sources', 'claim_sources.claimId', 'claims.id')
    : db.selectFrom('claims').crossJoin('claim_sources').whereRef('claim_sources.claimId', '=', 'claims.id');
  let q = joined
    .select([
      'claim_sources.sourceId',
      'claims.id',
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
    claimId: r.id,
    kind: r.kind as Kind,
    probability: r.probability,
    outcome: r.outcome === 'void' ? null : r.credit,
    ...(r.resolvedAt ? { resolvedOn: r.resolvedAt.slice(0, 10) } : {}),
  }));
}

/** claimCounts of many sources at once (each source's counts as claimCounts gives them); null: every source's. */
export async function claimCountsOf(
  db: Db,
  sourceIds: readonly string[] | null,
  today: string,
): Promise<Map<string, { open: number; due: number; resolved: number; void: number }>> {
  rollDueSoon(db, today).catch(() => undefined);
  const stats = db.selectFrom('source_stats').select(['sourceId', 'totals', 'nOpen', 'nResolved']);
  const [rows, due] = await Promise.all([
    sourceIds === null ? stats.execute() : sourceIds.length ? stats.where('sourceId', 'in', sourceIds).execute() : [],
    maintainedDueCounts(db, today, sourceIds ?? undefined),
  ]);
  const out = new Map((sourceIds ?? []).map((id) => [id, { open: 0, due: 0, resolved: 0, void: 0 }]));
  for (const s of rows) out.set(s.sourceId, countsFrom(s, due.get(s.sourceId) ?? 0));
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

/**
 * The claims that cite or dispute each source without it having made them, by status (the same
 * statuses as the claim list's filter): read from the link table's source index, never scored.
 * Null: every source's (those without any are left out).
 */
export async function citedClaimCountsOf(
  db: Db,
  sourceIds: readonly string[] | null,
  today: string,
): Promise<Map<string, ClaimCounts>> {
  type Eb = ExpressionBuilder<Database, 'claims' | 'claim_sources'>;
  const count = (eb: Eb, when: ReturnType<Eb['and']>) =>
    eb.fn.sum<number | string | null>(eb.case().when(when).then(1).else(0).end());
  const rows =
    sourceIds === null || sourceIds.length
      ? await db
          .selectFrom('claim_sources')
          .innerJoin('claims', 'claims.id', 'claim_sources.claimId')
          .$if(sourceIds !== null, (q) => q.where('claim_sources.sourceId', 'in', sourceIds!))
          .where('claim_sources.role', '!=', 'made')
          .groupBy('claim_sources.sourceId')
          .select((eb) => [
            'claim_sources.sourceId',
            count(eb, eb.and([eb('claims.resolutionId', 'is', null), eb('claims.windowEnd', '>=', today)])).as('open'),
            count(eb, eb.and([eb('claims.resolutionId', 'is', null), eb('claims.windowEnd', '<', today)])).as('due'),
            count(eb, eb.and([eb('claims.resolutionId', 'is not', null), eb('claims.outcome', '!=', 'void')])).as(
              'resolved',
            ),
            count(eb, eb.and([eb('claims.outcome', '=', 'void')])).as('void'),
          ])
          .execute()
      : [];
  const out = new Map((sourceIds ?? []).map((id) => [id, { open: 0, due: 0, resolved: 0, void: 0 }]));
  for (const r of rows)
    out.set(r.sourceId, {
      open: Number(r.open ?? 0),
      due: Number(r.due ?? 0),
      resolved: Number(r.resolved ?? 0),
      void: Number(r.void ?? 0),
    });
  return out;
}

/** citedClaimCountsOf for one source. */
export async function citedClaimCounts(db: Db, sourceId: string, today: string): Promise<ClaimCounts> {
  return (await citedClaimCountsOf(db, [sourceId], today)).get(sourceId)!;
}
