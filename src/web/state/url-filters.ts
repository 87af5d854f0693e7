import {
  activeFilterCount,
  clearedFilters,
  parseLeaderboardFilters,
  serializeLeaderboardFilters,
  updateFilters,
  type LeaderboardFilters,
} from '../../shared/leaderboard-filters.js';
import type { FilterCodec } from './use-url-filters.js';

/** The leaderboard's filters in the URL (useUrlFilters); clearing them keeps the sort. */
export const LEADERBOARD_FILTERS_CODEC: FilterCodec<LeaderboardFilters> = {
  parse: parseLeaderboardFilters,
  serialize: serializeLeaderboardFilters,
  update: updateFilters,
  cleared: clearedFilters,
  active: activeFilterCount,
};
