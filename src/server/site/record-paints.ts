import { ClaimListQuery } from '../../shared/api/claims.js';
import { LedgerEventsQuery } from '../../shared/api/ledger.js';
import { PublicationListQuery } from '../../shared/api/publications.js';
import { Handle, Id } from '../../shared/api/common.js';
import type { PageMatch } from '../../shared/routes.js';
import { ScorecardQuery } from '../../shared/api/leaderboard.js';
import { SearchQuery } from '../../shared/api/search.js';
import { claimsDataUrl, type ClaimFilters } from '../../shared/claim-filters.js';
import {
  claimDataUrl,
  claimReviewDataUrl,
  LATEST_CHECKPOINT_URL,
  publicationDataUrl,
  publicationsDataUrl,
  scorecardDataUrl,
  searchDataUrl,
  sourceClaimsDataUrl,
  sourceDataUrl,
  type SourceClaimsView,
} from '../../shared/page-data.js';
import { LedgerEventsPage } from '../../shared/api/ledger.js';
import { LEDGER_HEAD_URL, ledgerEventsDataUrl, type LedgerView } from '../../shared/ledger-links.js';
import { today } from '../clock.js';
import { ledgerHead } from '../ledger/append.js';
import { eventsPageJson } from '../ledger/routes.js';
import { listPublications, publicationDetail } from '../publications/queries.js';
import type { AppContext } from '../context.js';
import { claimDetail, findClaim, listClaims } from '../claims/queries.js';
import { AppError, errorReply, notFound } from '../http/errors.js';
import { getScorecard } from '../leaderboard/service.js';
import { latestCheckpoint, type CheckpointRow } from '../checkpoints/queries.js';
import { findClaimReview } from '../review/claimreview.js';
import { search } from '../search/service.js';
import { findSourceByHandle, presentSources } from '../sources/queries.js';
import { claimPageHtml } from './claim-paint.js';
import { claimsPageHtml } from './claims-paint.js';
import { searchPageHtml } from './search-paint.js';
import { sourcePageHtml } from './source-paint.js';
import { publicationPageHtml, publicationsPageHtml } from './publication-paint.js';
import { ledgerPageHtml } from './ledger-paint.js';

/** A page's first paint: the API answers it inlines (each under the address the app asks it at) and its HTML. */
export interface RecordPaint {
  inline: { url: string; data: unknown }[];
  html: string;
}

/**
 * What the API answers (404) for the record a not-found page's address names, under the address the
 * app's page asks for it, or null when the app asks nothing (an address that can name no record).
 */
export function notFoundInline(match: PageMatch | null): { url: string; status: number; body: unknown } | null {
  const refusal = (url: string, what: string) => ({ url, ...errorReply(notFound(what)) });
  if (match?.page === 'claim' && Id.safeParse(match.params.id).success)
    return refusal(claimDataUrl(match.params.id!), 'claim');
  if (match?.page === 'publication' && Id.safeParse(match.params.id).success)
    return refusal(publicationDataUrl(match.params.id!), 'publication');
  if (match?.page === 'source') {
    const handle = Handle.safeParse(match.params.handle);
    if (handle.success) return refusal(sourceDataUrl(match.params.handle!), `source @${handle.data}`);
  }
  return null;
}

/** The query an API address carries, as its route reads it. */
const queryOf = (url: string) => Object.fromEntries(new URL(url, 'http://x').searchParams);

/** An AppError (a cursor the API did not issue, say) means no first paint: the app shows the API's own error. */
const orNull = (err: unknown) => {
  if (err instanceof AppError) return null;
  throw err;
};

/** The latest checkpoint as GET /api/ledger/checkpoints/latest answers it; none inline before the first (the API's 404). */
const checkpointInline = (checkpoint: CheckpointRow | null) =>
  checkpoint ? [{ url: LATEST_CHECKPOINT_URL, data: checkpoint }] : [];

/**
 * A source's page: what GET /api/sources/:handle, its scorecard and its claims answer for the addresses
 * the app's SourcePage asks (shared/page-data.ts), read by the same queries. Null when the address
 * is one the API refuses or names no source (the route answers 404 for that before asking).
 */
export async function sourcePagePaint(
  ctx: AppContext,
  handle: string,
  view: SourceClaimsView,
  origin: string,
): Promise<RecordPaint | null> {
  const parsed = Handle.safeParse(handle);
  const urls = {
    source: sourceDataUrl(handle),
    card: scorecardDataUrl(handle),
    claims: sourceClaimsDataUrl(handle, view),
  };
  const cardQuery = ScorecardQuery.safeParse(queryOf(urls.card));
  const claimsQuery = ClaimListQuery.safeParse(queryOf(urls.claims));
  if (!parsed.success || !cardQuery.success || !claimsQuery.success) return null;
  const row = await findSourceByHandle(ctx.db, parsed.data);
  if (!row) return null;
  const [[source], card, claims, checkpoint] = await Promise.all([
    presentSources(ctx.db, [row]),
    getScorecard(ctx, parsed.data, cardQuery.data).catch(orNull),
    listClaims(ctx.db, claimsQuery.data, today(ctx.clock)).catch(orNull),
    latestCheckpoint(ctx.db),
  ]);
  if (!source || !card || !claims) return null;
  return {
    inline: [
      { url: urls.source, data: source },
      { url: urls.card, data: card },
      { url: urls.claims, data: claims },
      ...checkpointInline(checkpoint),
    ],
    html: sourcePageHtml({ handle, source, card, claims, view, origin, checkpoint }),
  };
}

/**
 * A claim's page: what GET /api/claims/:id answers (and, once it is resolved, its ClaimReview, which
 * the page carries as JSON-LD), read by the same queries. Null when no such claim exists.
 */
export async function claimPagePaint(ctx: AppContext, id: string): Promise<RecordPaint | null> {
  if (!Id.safeParse(id).success) return null;
  const row = await findClaim(ctx.db, id);
  if (!row) return null;
  const [claim, checkpoint] = await Promise.all([claimDetail(ctx.db, row, today(ctx.clock)), latestCheckpoint(ctx.db)]);
  const inline: RecordPaint['inline'] = [{ url: claimDataUrl(id), data: claim }, ...checkpointInline(checkpoint)];
  let review: unknown = null;
  // The app asks for the review only of a resolved claim (a void one has none to show).
  if (claim.status === 'resolved') {
    review = await findClaimReview(ctx.db, id, ctx.config.publicUrl).catch(orNull);
    if (review) inline.push({ url: claimReviewDataUrl(id), data: review });
  }
  return { inline, html: claimPageHtml({ claim, review, checkpoint }) };
}

/**
 * The claims list: what GET /api/claims answers for the address the app's ClaimsPage asks on these
 * filters, read by the same query. Null when the API would refuse it (a cursor it did not issue).
 */
export async function claimsPagePaint(ctx: AppContext, filters: ClaimFilters): Promise<RecordPaint | null> {
  const url = claimsDataUrl(filters);
  const query = ClaimListQuery.safeParse(queryOf(url));
  if (!query.success) return null;
  const claims = await listClaims(ctx.db, query.data, today(ctx.clock)).catch(orNull);
  if (!claims) return null;
  return { inline: [{ url, data: claims }], html: claimsPageHtml({ filters, claims }) };
}

/**
 * The search page: what GET /api/search answers for the address the app's SearchPage asks for the
 * address's words, read by the same search; with no words, the page's hint and nothing inline.
 */
export async function searchPagePaint(ctx: AppContext, q: string): Promise<RecordPaint | null> {
  if (!q) return { inline: [], html: searchPageHtml(q, null) };
  const url = searchDataUrl(q);
  const query = SearchQuery.safeParse(queryOf(url));
  if (!query.success) return null;
  const results = await search(ctx, query.data).catch(orNull);
  if (!results) return null;
  return { inline: [{ url, data: results }], html: searchPageHtml(q, results) };
}

/**
 * An issue's page: what GET /api/publications/:id answers, read by the same query, and the latest
 * checkpoint its witness line shows. Null when no such issue exists.
 */
export async function publicationPagePaint(ctx: AppContext, id: string): Promise<RecordPaint | null> {
  if (!Id.safeParse(id).success) return null;
  const [pub, checkpoint] = await Promise.all([
    publicationDetail(ctx.db, id, today(ctx.clock)),
    latestCheckpoint(ctx.db),
  ]);
  if (!pub) return null;
  return {
    inline: [{ url: publicationDataUrl(id), data: pub }, ...checkpointInline(checkpoint)],
    html: publicationPageHtml({ pub, checkpoint }),
  };
}

/**
 * The ledger page: what GET /api/ledger/head answers, the events the address opens (`?before=`,
 * `?after=`, `?event=`, else the newest) as GET /api/ledger/events answers them, and the latest
 * checkpoint, each read by the route's own query and inlined under the address the app's LedgerPage asks.
 */
export async function ledgerPagePaint(ctx: AppContext, view: LedgerView): Promise<RecordPaint> {
  const [head, checkpoint] = await Promise.all([ledgerHead(ctx.db), latestCheckpoint(ctx.db)]);
  const url = ledgerEventsDataUrl(view.range, head.seq)!;
  const events = LedgerEventsPage.parse(JSON.parse(await eventsPageJson(ctx, LedgerEventsQuery.parse(queryOf(url)))));
  return {
    inline: [{ url: LEDGER_HEAD_URL, data: head }, { url, data: events }, ...checkpointInline(checkpoint)],
    html: ledgerPageHtml({ head, range: view.range, wanted: view.wanted, events, checkpoint }),
  };
}

/**
 * The issues list: what GET /api/publications answers for the page the address's cursor names, read
 * by the same query. Null when the API would refuse it (a cursor it did not issue).
 */
export async function publicationsPagePaint(ctx: AppContext, cursor: string | null): Promise<RecordPaint | null> {
  const url = publicationsDataUrl(cursor);
  const query = PublicationListQuery.safeParse(queryOf(url));
  if (!query.success) return null;
  const list = await listPublications(ctx.db, query.data).catch(orNull);
  if (!list) return null;
  return { inline: [{ url, data: list }], html: publicationsPageHtml(list) };
}
