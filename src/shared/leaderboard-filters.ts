import type { ClaimKind } from './api/claims.js';
import { LEADERBOARD_SORTS, PERIODS } from './api/leaderboard.js';
import { countFilter, kindFilter, oneOf, tagFilter } from './filter-values.js';
import { withQuery } from './query-string.js';

// The leaderboard's filters as they live in the address, read by the web app (state/url-filters.ts)
// and by the server's first paint of the page (server/site), so both ask the API the same question.

export type LeaderboardSort = (typeof LEADERBOARD_SORTS)[number];
export type Period = (typeof PERIODS)[number];

/** The leaderboard's filters as they live in the URL (CONVENTIONS 3.9: URL is state for readers). */
export interface LeaderboardFilters {
  kind: ClaimKind | null;
  tag: string | null;
  period: Period;
  minResolved: number;
  sort: LeaderboardSort;
  order: 'asc' | 'desc' | null;
  cursor: string | null;
}

/** The filters of the bare address `/`. */
export const DEFAULT_FILTERS: LeaderboardFilters = {
  kind: null,
  tag: null,
  period: 'all',
  minResolved: 0,
  sort: 'rank',
  order: null,
  cursor: null,
};

/** How many sources a page of the board holds. */
export const LEADERBOARD_PAGE_SIZE = 50;

/** The API the board's data comes from. */
export const LEADERBOARD_API = '/api/leaderboard';

/** Measures where a lower value is better, so their natural order is ascending. */
const ASCENDING_BY_DEFAULT = new Set<LeaderboardSort>(['rank', 'brier', 'handle']);

/** Reads filters from a query string; anything unknown or malformed falls back to the default. */
export function parseLeaderboardFilters(search: URLSearchParams | string): LeaderboardFilters {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const order = params.get('order');
  return {
    kind: kindFilter(params.get('kind')),
    tag: tagFilter(params.get('tag')),
    period: oneOf(PERIODS, params.get('period')) ?? 'all',
    minResolved: Number(countFilter(params.get('minResolved')) ?? 0),
    sort: oneOf(LEADERBOARD_SORTS, params.get('sort')) ?? 'rank',
    order: order === 'asc' || order === 'desc' ? order : null,
    cursor: params.get('cursor') || null,
  };
}

/** Writes filters as a query string with the defaults left out, in a stable key order. */
export function serializeLeaderboardFilters(filters: LeaderboardFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.kind) params.set('kind', filters.kind);
  if (filters.tag) params.set('tag', filters.tag);
  if (filters.period !== 'all') params.set('period', filters.period);
  if (filters.minResolved > 0) params.set('minResolved', String(filters.minResolved));
  if (filters.sort !== 'rank') params.set('sort', filters.sort);
  if (filters.order && filters.order !== defaultOrder(filters.sort)) params.set('order', filters.order);
  if (filters.cursor) params.set('cursor', filters.cursor);
  return params;
}

/** The order a column sorts in when first clicked: ascending where lower is better. */
export function defaultOrder(sort: LeaderboardSort): 'asc' | 'desc' {
  return ASCENDING_BY_DEFAULT.has(sort) ? 'asc' : 'desc';
}

/** The order the board is shown in: the one asked for, else the column's natural one. */
export function effectiveOrder(filters: LeaderboardFilters): 'asc' | 'desc' {
  return filters.order ?? defaultOrder(filters.sort);
}

/** Applies a change; any change other than the cursor goes back to the first page. */
export function updateFilters(filters: LeaderboardFilters, change: Partial<LeaderboardFilters>): LeaderboardFilters {
  const next = { ...filters, ...change };
  if (!('cursor' in change)) next.cursor = null;
  return next;
}

/** Clicking a column header: a new column sorts in its natural order, the same column flips. */
export function toggleSort(filters: LeaderboardFilters, sort: LeaderboardSort): LeaderboardFilters {
  if (filters.sort !== sort) return updateFilters(filters, { sort, order: null });
  const flipped = effectiveOrder(filters) === 'asc' ? 'desc' : 'asc';
  return updateFilters(filters, { order: flipped });
}

/** The leaderboard's address for these filters: what its links point at, with or without a script. */
export function leaderboardHref(filters: LeaderboardFilters): string {
  const qs = serializeLeaderboardFilters(filters).toString();
  return qs ? `/?${qs}` : '/';
}

/** Where a column header leads: the board sorted by that column (toggleSort), from the first page. */
export function sortHref(filters: LeaderboardFilters, sort: LeaderboardSort): string {
  return leaderboardHref(toggleSort(filters, sort));
}

/** Where the pager leads: the page at `cursor` of the same board (null: the first page). */
export function pageHref(filters: LeaderboardFilters, cursor: string | null): string {
  return leaderboardHref(updateFilters(filters, { cursor }));
}

/** How many filters are set (the form's Clear shows when any is); the sort is not a filter. */
export function activeFilterCount(f: LeaderboardFilters): number {
  return [f.kind, f.tag, f.period !== 'all', f.minResolved > 0].filter(Boolean).length;
}

/** What the form's Clear leaves: no filters, the same sort. */
export function clearedFilters(f: LeaderboardFilters): LeaderboardFilters {
  return { ...DEFAULT_FILTERS, sort: f.sort, order: f.order };
}

/** The API query (LeaderboardQuery) for these filters. */
export function toLeaderboardQuery(
  filters: LeaderboardFilters,
  limit: number,
): Record<string, string | number | undefined> {
  return {
    kind: filters.kind ?? undefined,
    tag: filters.tag ?? undefined,
    period: filters.period === 'all' ? undefined : filters.period,
    minResolved: filters.minResolved || undefined,
    sort: filters.sort === 'rank' ? undefined : filters.sort,
    // The server's default order may differ per measure: say it whenever we sort by something.
    order: filters.sort === 'rank' && !filters.order ? undefined : effectiveOrder(filters),
    cursor: filters.cursor ?? undefined,
    limit,
  };
}

/** The API address the board asks for its data on these filters (what the server inlines under). */
export function leaderboardDataUrl(filters: LeaderboardFilters): string {
  return withQuery(LEADERBOARD_API, toLeaderboardQuery(filters, LEADERBOARD_PAGE_SIZE));
}
