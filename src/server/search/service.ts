import type { SearchHit, SearchKind, SearchQuery, SearchResponse } from '../../shared/api/search.js';
import { pagePath } from '../../shared/routes.js';
import { claimStatus } from '../claims/present.js';
import { today } from '../clock.js';
import type { AppContext } from '../context.js';
import { type MarkedHit, searchKind } from '../read-model/search-queries.js';
import { highlightRuns, MARK_START, searchTerms } from '../read-model/search-terms.js';

const runs = (marked: string) => highlightRuns(marked);
/** A snippet is worth showing only when it holds a match; the title already shows the rest. */
const snippetRuns = (marked: string) => (marked.includes(MARK_START) ? highlightRuns(marked) : []);

async function sources(ctx: AppContext, hits: MarkedHit[]): Promise<SearchHit[]> {
  if (hits.length === 0) return [];
  const rows = await ctx.db
    .selectFrom('sources')
    .select(['id', 'handle'])
    .where(
      'id',
      'in',
      hits.map((h) => h.ref),
    )
    .execute();
  const handles = new Map(rows.map((r) => [r.id, r.handle]));
  return hits.flatMap((h) => {
    const handle = handles.get(h.ref);
    if (!handle) return [];
    return [
      {
        kind: 'source' as const,
        id: handle,
        path: pagePath('source', { handle }),
        title: runs(h.title),
        snippet: snippetRuns(h.snippet),
        detail: `@${handle}`,
      },
    ];
  });
}

async function claims(ctx: AppContext, hits: MarkedHit[]): Promise<SearchHit[]> {
  if (hits.length === 0) return [];
  const rows = await ctx.db
    .selectFrom('claims')
    .leftJoin('publications', 'publications.id', 'claims.publicationId')
    .select([
      'claims.id',
      'claims.kind',
      'claims.windowEnd',
      'claims.resolutionId',
      'claims.outcome',
      'publications.title as issue',
      'publications.publishedOn',
    ])
    .where(
      'claims.id',
      'in',
      hits.map((h) => h.ref),
    )
    .execute();
  const day = today(ctx.clock);
  const byId = new Map(rows.map((r) => [r.id, r]));
  return hits.flatMap((h) => {
    const r = byId.get(h.ref);
    if (!r) return [];
    const issue = r.issue ? `${r.issue} · ${r.publishedOn}` : null;
    return [
      {
        kind: 'claim' as const,
        id: r.id,
        path: pagePath('claim', { id: r.id }),
        title: runs(h.title),
        snippet: snippetRuns(h.snippet),
        detail: [r.kind, claimStatus(r, day), issue].filter(Boolean).join(' · '),
      },
    ];
  });
}

async function publications(ctx: AppContext, hits: MarkedHit[]): Promise<SearchHit[]> {
  if (hits.length === 0) return [];
  const rows = await ctx.db
    .selectFrom('publications')
    .select(['id', 'publishedOn'])
    .where(
      'id',
      'in',
      hits.map((h) => h.ref),
    )
    .execute();
  const dates = new Map(rows.map((r) => [r.id, r.publishedOn]));
  return hits.flatMap((h) =>
    dates.has(h.ref)
      ? [
          {
            kind: 'publication' as const,
            id: h.ref,
            path: pagePath('publication', { id: h.ref }),
            title: runs(h.title),
            snippet: snippetRuns(h.snippet),
            detail: `Issue of ${dates.get(h.ref)}`,
          },
        ]
      : [],
  );
}

/** GET /api/search: sources, claims and issues matching every word, best first within each kind. */
export async function search(ctx: AppContext, q: SearchQuery): Promise<SearchResponse> {
  const terms = searchTerms(q.q);
  const want = (kind: SearchKind) => (!q.kind || q.kind === kind ? searchKind(ctx.db, kind, terms, q.limit) : []);
  const [s, c, p] = await Promise.all([want('source'), want('claim'), want('publication')]);
  return {
    q: q.q,
    sources: await sources(ctx, s),
    claims: await claims(ctx, c),
    publications: await publications(ctx, p),
  };
}
