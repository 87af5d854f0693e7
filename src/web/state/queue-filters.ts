import type { ClaimKind } from '../../shared/api/claims.js';
import { kindFilter, oneOf, sourceFilter, tagFilter } from '../../shared/filter-values.js';
import type { FilterCodec } from './use-url-filters.js';

export const QUEUE_DAYS = ['7', '14', '30', '90'] as const;
const DEFAULT_DAYS = '14';

/** The review queue's filters as they live in the URL: the API's own names (ReviewQueueQuery). */
export interface QueueFilters {
  assigned: 'me' | null;
  kind: ClaimKind | null;
  source: string | null;
  tag: string | null;
  /** "Closing soon" looks this many days ahead. */
  days: (typeof QUEUE_DAYS)[number];
  dueCursor: string | null;
  closingCursor: string | null;
}

export const NO_QUEUE_FILTERS: QueueFilters = {
  assigned: null,
  kind: null,
  source: null,
  tag: null,
  days: DEFAULT_DAYS,
  dueCursor: null,
  closingCursor: null,
};

export function parseQueueFilters(search: URLSearchParams | string): QueueFilters {
  const p = typeof search === 'string' ? new URLSearchParams(search) : search;
  return {
    assigned: p.get('assigned') === 'me' ? 'me' : null,
    kind: kindFilter(p.get('kind')),
    source: sourceFilter(p.get('source')),
    tag: tagFilter(p.get('tag')),
    days: oneOf(QUEUE_DAYS, p.get('days')) ?? DEFAULT_DAYS,
    dueCursor: p.get('dueCursor') || null,
    closingCursor: p.get('closingCursor') || null,
  };
}

/** Writes the filters set, in a stable order, leaving the default look-ahead out. */
export function serializeQueueFilters(f: QueueFilters): URLSearchParams {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(f) as [keyof QueueFilters, string | null][])
    if (v && !(k === 'days' && v === DEFAULT_DAYS)) p.set(k, v);
  return p;
}

/** Any change but a page cursor goes back to the first pages. */
export function updateQueueFilters(f: QueueFilters, change: Partial<QueueFilters>): QueueFilters {
  const paging = 'dueCursor' in change || 'closingCursor' in change;
  return paging ? { ...f, ...change } : { ...f, ...change, dueCursor: null, closingCursor: null };
}

export const QUEUE_FILTERS_CODEC: FilterCodec<QueueFilters> = {
  parse: parseQueueFilters,
  serialize: serializeQueueFilters,
  update: updateQueueFilters,
  cleared: () => NO_QUEUE_FILTERS,
  active: (f) => [f.assigned, f.kind, f.source, f.tag, f.days !== DEFAULT_DAYS].filter(Boolean).length,
};

/** The API query (ReviewQueueQuery) for these filters. */
export function toQueueQuery(f: QueueFilters): Record<string, string | undefined> {
  return Object.fromEntries(Object.entries(f).map(([k, v]) => [k, (v as string | null) ?? undefined]));
}
