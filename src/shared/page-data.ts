import { CLAIM_STATUSES, type ClaimStatus } from './api/claims.js';
import { withQuery } from './query-string.js';

// The API addresses a source's page, a claim's page, an issue's, the issues list and the search page read their data from, built by the web app's
// pages and by the server's first paint of those pages, so the server inlines each answer under the
// exact address the app then asks for (and the app does not ask again).

/** Months in each point of a source page's rolling hit rate. */
export const SOURCE_WINDOW_MONTHS = 6;

/** How many claims a page of a source's claims holds. */
export const SOURCE_CLAIMS_PAGE_SIZE = 50;

/** The claim list a source's page shows, as its address says (`?status=…&cursor=…`). */
export interface SourceClaimsView {
  status: ClaimStatus | null;
  cursor: string | null;
}

/** Reads a source page's view from its query string; anything unknown is the default (all claims, first page). */
export function parseSourceClaimsView(search: URLSearchParams | string): SourceClaimsView {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const status = params.get('status');
  return {
    status: (CLAIM_STATUSES as readonly (string | null)[]).includes(status) ? (status as ClaimStatus) : null,
    cursor: params.get('cursor') || null,
  };
}

/** The address of a source's page showing this view: where its tabs and its "More claims" lead. */
export function sourcePageHref(handle: string, view: SourceClaimsView): string {
  return withQuery(`/sources/${encodeURIComponent(handle)}`, {
    status: view.status ?? undefined,
    cursor: view.cursor ?? undefined,
  });
}

/** GET /api/sources/:handle: the source itself. */
export const sourceDataUrl = (handle: string) => `/api/sources/${encodeURIComponent(handle)}`;

/** GET /api/sources/:handle/scorecard as the source's page asks for it. */
export const scorecardDataUrl = (handle: string) =>
  withQuery(`/api/sources/${encodeURIComponent(handle)}/scorecard`, { windowMonths: SOURCE_WINDOW_MONTHS });

/** GET /api/claims for the source page's list of claims. */
export const sourceClaimsDataUrl = (handle: string, view: SourceClaimsView) =>
  withQuery('/api/claims', {
    source: handle,
    status: view.status ?? undefined,
    cursor: view.cursor ?? undefined,
    limit: SOURCE_CLAIMS_PAGE_SIZE,
  });

/** GET /api/claims/:id: the claim with its resolutions and history. */
export const claimDataUrl = (id: string) => `/api/claims/${encodeURIComponent(id)}`;

/** GET /api/claims/:id/claimreview: the ClaimReview a resolved claim's page carries as JSON-LD. */
export const claimReviewDataUrl = (id: string) => `/api/claims/${encodeURIComponent(id)}/claimreview`;

/** GET /api/publications/:id: an issue with its text and claims. */
export const publicationDataUrl = (id: string) => `/api/publications/${encodeURIComponent(id)}`;

/** How many issues a page of the issues list holds. */
export const PUBLICATIONS_PAGE_SIZE = 50;

/** GET /api/publications as the issues list asks for the page its address's `?cursor=` names. */
export const publicationsDataUrl = (cursor: string | null) =>
  withQuery('/api/publications', { cursor: cursor ?? undefined, limit: PUBLICATIONS_PAGE_SIZE });

/** The issues list's address at this page: where its pager leads. */
export const publicationsPageHref = (cursor: string | null) =>
  withQuery('/publications', { cursor: cursor ?? undefined });

/** Results per kind on the search page. */
export const SEARCH_PAGE_LIMIT = 10;

/** The words the search page's address asks for (`?q=`), trimmed as the app reads them. */
export const searchWords = (search: URLSearchParams | string) =>
  (typeof search === 'string' ? new URLSearchParams(search) : search).get('q')?.trim() ?? '';

/** GET /api/search as the search page asks for these words. */
export const searchDataUrl = (q: string) => withQuery('/api/search', { q, limit: SEARCH_PAGE_LIMIT });

/** GET /api/ledger/checkpoints/latest: the signed checkpoint a source's, a claim's and an issue's page show. */
export const LATEST_CHECKPOINT_URL = '/api/ledger/checkpoints/latest';
