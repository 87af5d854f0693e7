import {
  activeFilterCount,
  clearedFilters,
  parseLeaderboardFilters,
  serializeLeaderboardFilters,
  updateFilters,
  type LeaderboardFilters,
} from '../../shared/leaderboard-filters.js';
import {
  activeClaimFilters,
  NO_CLAIM_FILTERS,
  parseClaimFilters,
  serializeClaimFilters,
  updateClaimFilters,
  type ClaimFilters,
} from '../../shared/claim-filters.js';
import type { FilterCodec } from './use-url-filters.js';

/** The leaderboard's filters in the URL (useUrlFilters); clearing them keeps the sort. */
export const LEADERBOARD_FILTERS_CODEC: FilterCodec<LeaderboardFilters> = {
  parse: parseLeaderboardFilters,
  serialize: serializeLeaderboardFilters,
  update: updateFilters,
  cleared: clearedFilters,
  active: activeFilterCount,
};

/** The claims page's filters in the URL (useUrlFilters). */
export const CLAIM_FILTERS_CODEC: FilterCodec<ClaimFilters> = {
  parse: parseClaimFilters,
  serialize: serializeClaimFilters,
  update: updateClaimFilters,
  cleared: () => NO_CLAIM_FILTERS,
  active: activeClaimFilters,
};
