import type { Kysely } from 'kysely';
import type { ClaimExportQuery } from '../../shared/api/review.js';
import { filterClaims } from '../claims/queries.js';
import type { ClaimRow, Database } from '../db/schema.js';

type Db = Kysely<Database>;

/** The claim columns exports and feeds use (materialising fewer columns is most of the speed). */
const COLUMNS = [
  'claims.id', 'claims.publicationId', 'claims.kind', 'claims.statement', 'claims.quote', 'claims.condition', 'claims.criteria',
  'claims.timePhrase', 'claims.windowStart', 'claims.windowEnd', 'claims.windowStated', 'claims.probability', 'claims.createdAt',
  'claims.amendedAt', 'claims.resolutionId', 'claims.outcome', 'claims.credit', 'claims.resolvedAt',
] as const;
type ClaimColumns = Pick<ClaimRow, 'id' | 'publicationId' | 'kind' | 'statement' | 'quote' | 'condition' | 'criteria' | 'timePhrase' | 'windowStart' | 'windowEnd' | 'windowStated' | 'probability' | 'createdAt' | 'amendedAt' | 'resolutionId' | 'outcome' | 'credit' | 'resolvedAt'>;

export interface ExportedClaim extends ClaimColumns {
  publishedOn: string | null;
  tags: string[];
  sources: { handle: string; displayName: string; role: string }[];
  /** The resolution that counts, when there is one. */
  resolution: { voidReason: string | null; evidence: string[]; note: string } | null;
}

export interface ClaimStreamOptions {
  /** 'id': creation order (exports); 'windowEnd': resolution date order (calendar). */
  order: 'id' | 'windowEnd';
  unresolvedOnly?: boolean;
  pageSize?: number;
}

type PageRow = ClaimColumns;

const presentResolutionExtras = (r: { voidReason: string | null; evidence: string; note: string }) => ({
  voidReason: r.voidReason,
  evidence: JSON.parse(r.evidence) as string[],
  note: r.note,
});

const byHandle = (a: { handle: string }, b: { handle: string }) => (a.handle < b.handle ? -1 : a.handle > b.handle ? 1 : 0);

function groupBy<T extends { claimId: string }, V>(rows: T[], value: (row: T) => V): Map<string, V[]> {
  const out = new Map<string, V[]>();
  for (const r of rows) {
    const list = out.get(r.claimId);
    if (list) list.push(value(r));
    else out.set(r.claimId, [value(r)]);
  }
  return out;
}

/**
 * Adds tags, sources and publication dates to one page, grouped in one pass. `contiguous` pages
 * (every claim between the first and last id, i.e. an unfiltered export by id) read the link
 * tables by key range instead of a long IN list; sources and publications are cached per stream.
 */
async function enrich(db: Db, rows: PageRow[], contiguous: boolean, cache: Map<string, { handle: string; displayName: string }>, pubCache: Map<string, string>): Promise<ExportedClaim[]> {
  const first = rows[0]!.id;
  const last = rows[rows.length - 1]!.id;
  const ids = rows.map((r) => r.id);
  const tagsQuery = db.selectFrom('claim_tags').select(['claimId', 'tag']);
  const linksQuery = db.selectFrom('claim_sources').select(['claimId', 'sourceId', 'role']);
  const resolutionIds = rows.map((r) => r.resolutionId).filter((id): id is string => id !== null);
  const [tags, links, resolutions] = await Promise.all([
    (contiguous ? tagsQuery.where('claimId', '>=', first).where('claimId', '<=', last) : tagsQuery.where('claimId', 'in', ids)).orderBy('claimId').orderBy('tag').execute(),
    (contiguous ? linksQuery.where('claimId', '>=', first).where('claimId', '<=', last) : linksQuery.where('claimId', 'in', ids)).execute(),
    resolutionIds.length
      ? db.selectFrom('resolutions').select(['id', 'voidReason', 'evidence', 'note']).where('id', 'in', resolutionIds).execute()
      : [],
  ]);
  const resolutionOf = new Map(resolutions.map((r) => [r.id, r]));
  const missingSources = [...new Set(links.map((l) => l.sourceId).filter((id) => !cache.has(id)))];
  if (missingSources.length)
    for (const s of await db.selectFrom('sources').select(['id', 'handle', 'displayName']).where('id', 'in', missingSources).execute()) cache.set(s.id, s);
  const missingPubs = [...new Set(rows.map((r) => r.publicationId).filter((p): p is string => p !== null && !pubCache.has(p)))];
  if (missingPubs.length)
    for (const p of await db.selectFrom('publications').select(['id', 'publishedOn']).where('id', 'in', missingPubs).execute()) pubCache.set(p.id, p.publishedOn);
  const tagsOf = groupBy(tags, (t) => t.tag);
  const sourcesOf = groupBy(links, (l) => ({ ...cache.get(l.sourceId)!, role: l.role }));
  return rows.map((r) => ({
    ...r,
    publishedOn: r.publicationId ? (pubCache.get(r.publicationId) ?? null) : null,
    tags: tagsOf.get(r.id) ?? [],
    sources: (sourcesOf.get(r.id) ?? []).sort(byHandle),
    resolution: resolutionOf.has(r.resolutionId ?? '') ? presentResolutionExtras(resolutionOf.get(r.resolutionId!)!) : null,
  }));
}

/**
 * Every claim matching the filters, a page at a time by keyset (never the whole table in memory):
 * the caller pulls the next page only when it has written the last one.
 */
export async function* streamClaims(db: Db, filters: ClaimExportQuery, today: string, options: ClaimStreamOptions): AsyncGenerator<ExportedClaim[]> {
  const pageSize = options.pageSize ?? 1000;
  let base = db.selectFrom('claims').select(COLUMNS);
  if (options.unresolvedOnly) base = base.where('claims.resolutionId', 'is', null);
  const filtered = await filterClaims(db, base, filters, today);
  if (!filtered) return;
  const unfiltered = options.order === 'id' && !options.unresolvedOnly && Object.values(filters).every((v) => v === undefined);
  const sources = new Map<string, { handle: string; displayName: string }>();
  const publications = new Map<string, string>();
  let last: PageRow | null = null;
  for (;;) {
    let q = filtered;
    if (last && options.order === 'id') q = q.where('claims.id', '>', last.id);
    if (last && options.order === 'windowEnd') {
      const after = last;
      q = q.where((eb) => eb(eb.refTuple('claims.windowEnd', 'claims.id'), '>', eb.tuple(after.windowEnd, after.id)));
    }
    q = options.order === 'id' ? q.orderBy('claims.id') : q.orderBy('claims.windowEnd').orderBy('claims.id');
    const rows: PageRow[] = await q.limit(pageSize).execute();
    if (rows.length === 0) return;
    yield await enrich(db, rows, unfiltered, sources, publications);
    if (rows.length < pageSize) return;
    last = rows[rows.length - 1]!;
  }
}
