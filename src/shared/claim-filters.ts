import { CLAIM_STATUSES, type ClaimKind, type ClaimStatus } from './api/claims.js';
import { dateFilter, kindFilter, oneOf, sourceFilter, tagFilter, wordsFilter } from './filter-values.js';
import { withQuery } from './query-string.js';

// The claims page's filters as they live in the address, read by the web app (state/url-filters.ts)
// and by the server's first paint of the page (server/site), so both ask the API the same question.

/** How many claims a page of the claims list holds. */
export const CLAIMS_PAGE_SIZE = 25;

/** The claims page's filters as they live in the URL: the API's own names (ClaimListQuery). */
export interface ClaimFilters {
  q: string | null;
  source: string | null;
  kind: ClaimKind | null;
  status: ClaimStatus | null;
  tag: string | null;
  endsAfter: string | null;
  endsBefore: string | null;
  cursor: string | null;
}

export const NO_CLAIM_FILTERS: ClaimFilters = {
  q: null,
  source: null,
  kind: null,
  status: null,
  tag: null,
  endsAfter: null,
  endsBefore: null,
  cursor: null,
};

const KEYS = Object.keys(NO_CLAIM_FILTERS) as (keyof ClaimFilters)[];

/** Reads filters from a query string; anything malformed is left out rather than sent to the API. */
export function parseClaimFilters(search: URLSearchParams | string): ClaimFilters {
  const p = typeof search === 'string' ? new URLSearchParams(search) : search;
  return {
    q: wordsFilter(p.get('q')),
    source: sourceFilter(p.get('source')),
    kind: kindFilter(p.get('kind')),
    status: oneOf(CLAIM_STATUSES, p.get('status'), (s) => s.toLowerCase()),
    tag: tagFilter(p.get('tag')),
    endsAfter: dateFilter(p.get('endsAfter')),
    endsBefore: dateFilter(p.get('endsBefore')),
    cursor: p.get('cursor')?.trim().slice(0, 200) || null,
  };
}

/** Writes the filters set, in a stable order. */
export function serializeClaimFilters(f: ClaimFilters): URLSearchParams {
  const p = new URLSearchParams();
  for (const k of KEYS) {
    const v = f[k];
    if (v) p.set(k, v);
  }
  return p;
}

/** Any change other than the page goes back to the first page. */
export function updateClaimFilters(f: ClaimFilters, change: Partial<ClaimFilters>): ClaimFilters {
  return { ...f, ...change, cursor: 'cursor' in change ? (change.cursor ?? null) : null };
}

export function activeClaimFilters(f: ClaimFilters): number {
  return KEYS.filter((k) => k !== 'cursor' && f[k]).length;
}

/** The claims page's address for these filters: where its pager leads, with or without a script. */
export function claimsPageHref(f: ClaimFilters): string {
  const qs = serializeClaimFilters(f).toString();
  return qs ? `/claims?${qs}` : '/claims';
}

/** The API address the claims page asks for its list on these filters (what the server inlines under). */
export function claimsDataUrl(f: ClaimFilters): string {
  return withQuery('/api/claims', { ...f, limit: CLAIMS_PAGE_SIZE });
}
