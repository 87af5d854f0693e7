import { z } from 'zod';
import { ApiToken, User } from '../../shared/api/auth.js';
import { ClaimDetail, Claim } from '../../shared/api/claims.js';
import { pageOf } from '../../shared/api/common.js';
import { LeaderboardResponse, ScorecardResponse, type LeaderboardQuery } from '../../shared/api/leaderboard.js';
import { LedgerEventsPage, LedgerHead } from '../../shared/api/ledger.js';
import { Publication, PublicationDetail } from '../../shared/api/publications.js';
import { RecentRulings, ReviewerList, ReviewerPrefs } from '../../shared/api/review-desk.js';
import { ReviewQueueResponse } from '../../shared/api/review.js';
import { Webhook } from '../../shared/api/webhooks.js';
import { Source } from '../../shared/api/sources.js';
import { SearchResponse } from '../../shared/api/search.js';
import { TagList } from '../../shared/api/tags.js';
import {
  claimDataUrl,
  claimReviewDataUrl,
  publicationDataUrl,
  scorecardDataUrl,
  searchDataUrl,
  sourceClaimsDataUrl,
  sourceDataUrl,
  type SourceClaimsView,
} from '../../shared/page-data.js';
import { LEDGER_HEAD_URL } from '../../shared/ledger-links.js';
import { withQuery } from '../../shared/query-string.js';
import { api } from './client.js';
import { takePreloaded } from './preloaded.js';
import { useQuery } from './use-query.js';

type Params = Record<string, string | number | undefined>;

function useGet<S extends z.ZodType>(path: string | null, schema: S, query: Params = {}) {
  return useUrl(path === null ? null : withQuery(path, query), schema);
}

/** The answer at `url`, taken from the page when the server rendered it there (api/preloaded.ts). */
function useUrl<S extends z.ZodType>(url: string | null, schema: S) {
  if (url !== null) takePreloaded(url, schema);
  return useQuery<z.infer<S>>(url, () => api.get(url!, schema));
}

export const useLeaderboard = (query: Partial<LeaderboardQuery>) =>
  useGet('/api/leaderboard', LeaderboardResponse, query);
// A record's hooks take null for an address that can name no record (the page shows it is not found, asking nothing).
export const useSourceScorecard = (handle: string | null) =>
  useUrl(handle === null ? null : scorecardDataUrl(handle), ScorecardResponse);
export const useSource = (handle: string | null) => useUrl(handle === null ? null : sourceDataUrl(handle), Source);
export const useSourceClaims = (handle: string | null, view: SourceClaimsView) =>
  useUrl(handle === null ? null : sourceClaimsDataUrl(handle, view), pageOf(Claim));
export const useClaims = (query: Params, enabled = true) =>
  useGet(enabled ? '/api/claims' : null, pageOf(Claim), query);
/** The claims page's list at its API address (shared/claim-filters.ts: claimsDataUrl). */
export const useClaimList = (url: string) => useUrl(url, pageOf(Claim));
export const useClaim = (id: string | null) => useUrl(id === null ? null : claimDataUrl(id), ClaimDetail);
/** The issues list's page at its API address (shared/page-data.ts: publicationsDataUrl). */
export const usePublications = (url: string) => useUrl(url, pageOf(Publication));
export const usePublication = (id: string | null) => useUrl(id ? publicationDataUrl(id) : null, PublicationDetail);
export const useLedgerHead = () => useUrl(LEDGER_HEAD_URL, LedgerHead);
/** A page of events at its API address (shared/ledger-links.ts: ledgerEventsDataUrl); null asks nothing. */
export const useLedgerEvents = (url: string | null) => useUrl(url, LedgerEventsPage);
export const useReviewQueue = (query: Params = {}) => useGet('/api/review/queue', ReviewQueueResponse, query);
export const useUsers = () => useGet('/api/users', pageOf(User));
export const useTokens = () => useGet('/api/tokens', pageOf(ApiToken));
export const useWebhooks = () =>
  useGet('/api/webhooks', z.object({ items: z.array(Webhook) }).or(z.array(Webhook).transform((items) => ({ items }))));
export const useClaimReview = (id: string, enabled: boolean) =>
  useUrl(enabled ? claimReviewDataUrl(id) : null, z.record(z.string(), z.unknown()));
export const useRecentRulings = (mine: boolean) =>
  useGet('/api/review/recent', RecentRulings, { mine: mine ? 'true' : 'false', limit: 10 });
export const useReviewerPrefs = () => useGet('/api/review/prefs', ReviewerPrefs);
export const useReviewers = (enabled: boolean) => useGet(enabled ? '/api/review/reviewers' : null, ReviewerList);
/** The search page's results for `q` (nothing to ask for empty words). */
export const useSearch = (q: string) => useUrl(q ? searchDataUrl(q) : null, SearchResponse);
export const useTags = () => useGet('/api/tags', TagList);
