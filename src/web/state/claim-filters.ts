import { CLAIM_KINDS, CLAIM_STATUSES, type ClaimKind, type ClaimStatus } from '../../shared/api/claims.js';

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
const isDate = (v: string | null) => (v && /^\d{4}-\d{2}-\d{2}$/.test(v) ? v : null);
function oneOf<T extends string>(values: readonly T[], raw: string | null | undefined): T | null {
  return raw && (values as readonly string[]).includes(raw) ? (raw as T) : null;
}

/** Reads filters from a query string; anything malformed is left out rather than sent to the API. */
export function parseClaimFilters(search: URLSearchParams | string): ClaimFilters {
  const p = typeof search === 'string' ? new URLSearchParams(search) : search;
  const text = (k: string, max: number) => p.get(k)?.trim().slice(0, max) || null;
  return {
    q: text('q', 120),
    source: text('source', 60)?.replace(/^@/, '').toLowerCase() ?? null,
    kind: oneOf(CLAIM_KINDS, p.get('kind')?.toUpperCase()),
    status: oneOf(CLAIM_STATUSES, p.get('status')?.toLowerCase()),
    tag: text('tag', 40)?.toLowerCase() ?? null,
    endsAfter: isDate(p.get('endsAfter')),
    endsBefore: isDate(p.get('endsBefore')),
    cursor: text('cursor', 200),
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
