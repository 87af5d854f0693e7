import type { Kysely } from 'kysely';
import type { ClaimExportQuery } from '../../shared/api/transfer.js';
import { filterClaims } from '../claims/queries.js';
import type { ClaimRow, Database } from '../db/schema.js';

type Db = Kysely<Database>;

/** The claim columns exports and feeds use (materialising fewer columns is most of the speed). */
const COLUMNS = [
  'claims.id',
  'claims.publicationId',
  'claims.kind',
  'claims.statement',
  'claims.quote',
  'claims.condition',
  'claims.criteria',
  'claims.timePhrase',
  'claims.windowStart',
  'claims.windowEnd',
  'claims.windowStated',
  'claims.probability',
  'claims.createdAt',
  'claims.amendedAt',
  'claims.resolutionId',
  'claims.outcome',
  'claims.credit',
  'claims.resolvedAt',
] as const;
type ClaimColumns = Pick<
  ClaimRow,
  | 'id'
  | 'publicationId'
  | 'kind'
  | 'statement'
  | 'quote'
  | 'condition'
  | 'criteria'
  | 'timePhrase'
  | 'windowStart'
  | 'windowEnd'
  | 'windowStated'
  | 'probability'
  | 'createdAt'
  | 'amendedAt'
  | 'resolutionId'
  | 'outcome'
  | 'credit'
  | 'resolvedAt'
>;

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

/** A claim row with its counting resolution's extras and its issue's date, read in one query. */
type PageRow = ClaimColumns & {
  publishedOn: string | null;
  voidReason: string | null;
  evidence: string | null;
  note: string | null;
};

const byHandle = (a: { handle: string }, b: { handle: string }) =>
  a.handle < b.handle ? -1 : a.handle > b.handle ? 1 : 0;

/**
 * Adds tags and sources to one page. `contiguous` pages (every claim between the first and last
 * id, i.e. an unfiltered export by id) read the link tables by key range instead of a long IN
 * list; sources are cached per stream. Rows are completed in place: at a million rows, copying
 * each one is most of the garbage.
 */
async function enrich(
  db: Db,
  rows: PageRow[],
  contiguous: boolean,
  cache: Map<string, { handle: string; displayName: string }>,
): Promise<ExportedClaim[]> {
  const first = rows[0]!.id;
  const last = rows[rows.length - 1]!.id;
  const ids = rows.map((r) => r.id);
  const tagsQuery = db.selectFrom('claim_tags').select(['claimId', 'tag']);
  const linksQuery = db.selectFrom('claim_sources').select(['claimId', 'sourceId', 'role']);
  const [tags, links] = await Promise.all([
    (contiguous
      ? tagsQuery.where('claimId', '>=', first).where('claimId', '<=', last)
      : tagsQuery.where('claimId', 'in', ids)
    )
      .orderBy('claimId')
      .orderBy('tag')
      .execute(),
    (contiguous
      ? linksQuery.where('claimId', '>=', first).where('claimId', '<=', last)
      : linksQuery.where('claimId', 'in', ids)
    ).execute(),
  ]);
  const missingSources = [...new Set(links.map((l) => l.sourceId).filter((id) => !cache.has(id)))];
  if (missingSources.length)
    for (const s of await db
      .selectFrom('sources')
      .select(['id', 'handle', 'displayName'])
      .where('id', 'in', missingSources)
      .execute())
      cache.set(s.id, s);
  const out = rows as unknown as (ExportedClaim & Partial<PageRow>)[];
  const index = new Map<string, ExportedClaim>();
  for (const r of out) {
    r.tags = [];
    r.sources = [];
    r.resolution =
      r.resolutionId && r.evidence !== null
        ? { voidReason: r.voidReason ?? null, evidence: JSON.parse(r.evidence!) as string[], note: r.note ?? '' }
        : null;
    delete r.voidReason;
    delete r.evidence;
    delete r.note;
    index.set(r.id, r);
  }
  for (const t of tags) index.get(t.claimId)?.tags.push(t.tag);
  for (const l of links) {
    const source = cache.get(l.sourceId)!;
    index.get(l.claimId)?.sources.push({ handle: source.handle, displayName: source.displayName, role: l.role });
  }
  for (const r of out) if (r.sources.length > 1) r.sources.sort(byHandle);
  return out;
}

/**
 * Every claim matching the filters, a page at a time by keyset (never the whole table in memory):
 * the caller pulls the next page only when it has written the last one.
 */
export async function* streamClaims(
  db: Db,
  filters: ClaimExportQuery,
  today: string,
  options: ClaimStreamOptions,
): AsyncGenerator<ExportedClaim[]> {
  const pageSize = options.pageSize ?? 1000;
  let base = db
    .selectFrom('claims')
    .leftJoin('resolutions', 'resolutions.id', 'claims.resolutionId')
    .leftJoin('publications', 'publications.id', 'claims.publicationId')
    .select(COLUMNS)
    .select(['publications.publishedOn', 'resolutions.voidReason', 'resolutions.evidence', 'resolutions.note']);
  if (options.unresolvedOnly) base = base.where('claims.resolutionId', 'is', null);
  const filtered = await filterClaims(db, base, filters, today);
  if (!filtered) return;
  const unfiltered =
    options.order === 'id' && !options.unresolvedOnly && Object.values(filters).every((v) => v === undefined);
  const sources = new Map<string, { handle: string; displayName: string }>();
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
    yield await enrich(db, rows, unfiltered, sources);
    if (rows.length < pageSize) return;
    last = rows[rows.length - 1]!;
  }
}
