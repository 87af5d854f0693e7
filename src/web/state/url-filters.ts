import type { ClaimKind } from '../../shared/api/claims.js';
import { LEADERBOARD_SORTS, PERIODS } from '../../shared/api/leaderboard.js';
import { countFilter, kindFilter, oneOf, tagFilter } from './filter-values.js';
import type { FilterCodec } from './use-url-filters.js';

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

export const DEFAULT_FILTERS: LeaderboardFilters = {
  kind: null,
  tag: null,
  period: 'all',
  minResolved: 0,
  sort: 'rank',
  order: null,
  cursor: null,
};

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

export function defaultOrder(sort: LeaderboardSort): 'asc' | 'desc' {
  return ASCENDING_BY_DEFAULT.has(sort) ? 'asc' : 'desc';
}

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

/** The leaderboard's filters in the URL (useUrlFilters); clearing them keeps the sort. */
export const LEADERBOARD_FILTERS_CODEC: FilterCodec<LeaderboardFilters> = {
  parse: parseLeaderboardFilters,
  serialize: serializeLeaderboardFilters,
  update: updateFilters,
  cleared: (f: LeaderboardFilters): LeaderboardFilters => ({ ...DEFAULT_FILTERS, sort: f.sort, order: f.order }),
  active: (f: LeaderboardFilters): number =>
    [f.kind, f.tag, f.period !== 'all', f.minResolved > 0].filter(Boolean).length,
};
