import { Link } from 'react-router';
import { LEADERBOARD_COLUMNS, SORT_TEXT, sortOptionLabel } from '../../shared/leaderboard-page.js';
import {
  effectiveOrder,
  sortHref,
  type LeaderboardFilters,
  type LeaderboardSort,
} from '../../shared/leaderboard-filters.js';

const SORTS = new Set<string>(LEADERBOARD_COLUMNS.map((c) => c.sort));

/**
 * On a phone, where the cards have no sort headers: the column to sort by, and a link to the reversed
 * order (the address a second click on the header leads to). The server's first paint draws the same
 * form with a Sort button, so it sorts without a script too.
 */
export function LeaderboardSortControl({
  filters,
  onSort,
}: {
  filters: LeaderboardFilters;
  onSort(sort: LeaderboardSort): void;
}) {
  const order = effectiveOrder(filters);
  return (
    <form
      className="board-sort board-narrow"
      aria-label={SORT_TEXT.form}
      action="/"
      method="get"
      onSubmit={(e) => e.preventDefault()}
    >
      <label>
        <span>{SORT_TEXT.label}</span>
        <select
          name="sort"
          value={filters.sort}
          onChange={(e) => {
            if (SORTS.has(e.target.value)) onSort(e.target.value as LeaderboardSort);
          }}
        >
          {LEADERBOARD_COLUMNS.map((c) => (
            <option key={c.sort} value={c.sort}>
              {sortOptionLabel(c)}
            </option>
          ))}
        </select>
      </label>
      <span className="sort-order">
        <span className="sort-now">{SORT_TEXT[order]}</span>
        <Link to={sortHref(filters, filters.sort)} title={SORT_TEXT.reverseTitle}>
          {SORT_TEXT.reverse}
        </Link>
      </span>
    </form>
  );
}
