import { CLAIM_KINDS, CLAIM_STATUSES, type Claim } from '../../shared/api/claims.js';
import {
  activeClaimFilters,
  claimsPageHref,
  NO_CLAIM_FILTERS,
  updateClaimFilters,
  type ClaimFilters,
} from '../../shared/claim-filters.js';
import { FILTER_TEXT } from '../../shared/leaderboard-page.js';
import { tabLabel } from '../../shared/record-words.js';
import { claimListHtml } from './claim-html.js';
import { filterActionsHtml, inputHtml, selectHtml } from './filter-html.js';
import { escapeHtml as e } from './head.js';

/** What the claims page shows: the API's answer for its filters (shared/claim-filters.ts: claimsDataUrl). */
export interface ClaimsPageData {
  filters: ClaimFilters;
  claims: { items: Claim[]; nextCursor: string | null };
}

/** The claims page's filter bar (pages/ClaimsPage.tsx) as a GET form to the same address. */
function filtersHtml(f: ClaimFilters): string {
  const text = (label: string, name: keyof ClaimFilters, placeholder?: string) =>
    inputHtml(
      label,
      `type="search" name="${name}" value="${e(f[name] ?? '')}"${placeholder ? ` placeholder="${e(placeholder)}"` : ''}`,
    );
  const day = (label: string, name: 'endsAfter' | 'endsBefore') =>
    `<label><span>${label}</span><input type="date" name="${name}" value="${e(f[name] ?? '')}"></label>`;
  return [
    '<form class="filters claim-filters" aria-label="Filter the claims" action="/claims" method="get">',
    text('Words', 'q'),
    selectHtml(FILTER_TEXT.kind, 'kind', f.kind ?? '', [
      { value: '', label: FILTER_TEXT.anyKind },
      ...CLAIM_KINDS.map((k) => ({ value: k, label: k })),
    ]),
    text('Source', 'source', '@handle'),
    text(FILTER_TEXT.tag, 'tag', FILTER_TEXT.tagPlaceholder),
    selectHtml('Status', 'status', f.status ?? '', [
      { value: '', label: 'Any status' },
      ...CLAIM_STATUSES.map((s) => ({ value: s, label: tabLabel(s) })),
    ]),
    day('Window ends after', 'endsAfter'),
    day('Window ends before', 'endsBefore'),
    filterActionsHtml(activeClaimFilters(f) > 0 ? claimsPageHref(NO_CLAIM_FILTERS) : null),
    '</form>',
  ].join('');
}

/** pages/ClaimsPage.tsx as the app first renders it: the filters, the claims and the pager, as links. */
export function claimsPageHtml({ filters, claims }: ClaimsPageData): string {
  const pager = (cursor: string | null, text: string) =>
    `<a class="button secondary" href="${e(claimsPageHref(updateClaimFilters(filters, { cursor })))}">${text}</a>`;
  return [
    '<section class="page claims-page"><header class="page-header"><h1>Claims</h1>',
    '<p class="lede">Every prediction on the record, newest first. Filters live in the address: share it.</p></header>',
    filtersHtml(filters),
    claims.items.length === 0
      ? '<p class="status empty">No claims match these filters.</p>'
      : claimListHtml(claims.items, null),
    '<nav class="pager" aria-label="Pages">',
    filters.cursor ? pager(null, '← Newest') : '',
    claims.nextCursor ? pager(claims.nextCursor, 'Older claims →') : '',
    '</nav></section>',
  ].join('');
}
