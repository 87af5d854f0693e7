import { useState } from 'react';
import { Link } from 'react-router';
import { useLeaderboard, useTags } from '../api/hooks.js';
import { LeaderboardChart } from '../charts/LeaderboardChart.js';
import { Explain } from '../components/Explain.js';
import { EXPLANATIONS } from '../../shared/explanations.js';
import { leaderboardChartHeight } from '../charts/sizes.js';
import { LeaderboardFilters } from '../components/LeaderboardFilters.js';
import { LeaderboardCards } from '../components/LeaderboardCards.js';
import { LeaderboardSortControl } from '../components/LeaderboardSortControl.js';
import { LeaderboardTable } from '../components/LeaderboardTable.js';
import type { LeaderboardRow } from '../../shared/api/leaderboard.js';
import { chartedRows } from '../../shared/leaderboard-chart.js';
import {
  CHART_HEADING,
  describeLeaderboard,
  LEADERBOARD_FOOTNOTE,
  LEADERBOARD_LEDE,
  LEADERBOARD_TITLE,
  METHODOLOGY_LINK,
  PROVISIONAL_HEADING,
  PROVISIONAL_NOTE,
  unscoredToggle,
} from '../../shared/leaderboard-page.js';
import { Empty, ErrorMessage } from '../components/Status.js';
import { TableSkeleton } from '../components/TableSkeleton.js';
import { count, date, pct } from '../format.js';
import {
  effectiveOrder,
  LEADERBOARD_PAGE_SIZE as PAGE_SIZE,
  pageHref,
  sortHref,
  toLeaderboardQuery,
  type LeaderboardSort,
} from '../../shared/leaderboard-filters.js';
import { LEADERBOARD_FILTERS_CODEC } from '../state/url-filters.js';
import { useUrlFilters } from '../state/use-url-filters.js';
import { useMediaQuery } from '../use-media-query.js';
import { useTitle } from '../use-title.js';

/** Where the board turns from a table into cards (the `.board-narrow` rule in styles.css). */
const NARROW = '(max-width: 640px)';

export function LeaderboardPage() {
  useTitle('Leaderboard');
  const { filters, apply, clear, active } = useUrlFilters(LEADERBOARD_FILTERS_CODEC);
  const { data, error, loading, reload } = useLeaderboard(toLeaderboardQuery(filters, PAGE_SIZE));
  const tags = useTags();
  const headerHref = (sort: LeaderboardSort) => sortHref(filters, sort);
  const rows = data?.items ?? [];
  const [showUnscored, setShowUnscored] = useState(false);
  // Provisional sources stand apart from the settled ones, and sources with nothing resolved wait
  // behind a toggle; each group is numbered from 1 by the server (`place`), so no rank is skipped.
  const ranked = rows.filter((r) => r.rank !== null && !r.provisional);
  const provisional = rows.filter((r) => r.rank !== null && r.provisional);
  const unscored = rows.filter((r) => r.rank === null);
  const charted = chartedRows(rows);
  // Only the layout the viewport shows is rendered: the other would double the page's first render.
  const narrow = useMediaQuery(NARROW);
  const board = (group: LeaderboardRow[], label: string) =>
    narrow ? (
      <LeaderboardCards rows={group} label={label} />
    ) : (
      <LeaderboardTable
        rows={group}
        label={label}
        sort={filters.sort}
        order={effectiveOrder(filters)}
        sortHref={headerHref}
      />
    );
  const describe = describeLeaderboard(filters);

  return (
    <section className="page">
      <header className="page-header">
        <h1>{LEADERBOARD_TITLE}</h1>
        <p className="lede">{LEADERBOARD_LEDE}</p>
      </header>
      <LeaderboardFilters filters={filters} tags={tags.data?.items} active={active} onChange={apply} onClear={clear} />
      <p className="meta" aria-live="polite">
        {data ? (
          <>
            {describe}. {count(data.total)} sources; average hit rate {pct(data.priorMean)}; as of {date(data.asOf)}.{' '}
            <Link to="/ledger">Ledger #{data.headSeq}</Link>
            {loading && <span className="refreshing"> Updating…</span>}
          </>
        ) : (
          <span>&nbsp;</span>
        )}
      </p>
      {error && <ErrorMessage error={error} what="the leaderboard" onRetry={reload} />}
      <div className="board-layout">
        <div className="board-table">
          {!data && !error && <TableSkeleton rows={10} columns={9} label="Loading the leaderboard" />}
          {data && rows.length === 0 && (
            <Empty>
              No source matches these filters
              {filters.minResolved ? ` with at least ${filters.minResolved} resolved calls` : ''}.
            </Empty>
          )}
          {/* The cards have no sort headers: a phone sorts here instead. */}
          {data && narrow && rows.length > 0 && (
            <LeaderboardSortControl filters={filters} onSort={(sort) => apply({ sort, order: null })} />
          )}
          {data && ranked.length > 0 && board(ranked, 'Ranked sources')}
          {data && provisional.length > 0 && (
            <section className="board-group" aria-label="Provisional sources">
              <h2 className="h3">{PROVISIONAL_HEADING}</h2>
              <p className="sub">{PROVISIONAL_NOTE}</p>
              {board(provisional, 'Provisional sources')}
            </section>
          )}
          {data && unscored.length > 0 && (
            <section className="board-group" aria-label="Sources with no resolved calls">
              <button
                type="button"
                className="link-button"
                aria-expanded={showUnscored}
                onClick={() => setShowUnscored(!showUnscored)}
              >
                {unscoredToggle(showUnscored, unscored.length)}
              </button>
              {showUnscored && board(unscored, 'Sources with no resolved calls')}
            </section>
          )}
          {data && (
            <nav className="pager" aria-label="Pages">
              {/* Links to the pages' addresses, as the server's first paint draws them. */}
              {filters.cursor && (
                <Link className="button secondary" to={pageHref(filters, null)}>
                  ← First page
                </Link>
              )}
              {data.nextCursor && (
                <Link className="button secondary" to={pageHref(filters, data.nextCursor)}>
                  Next {PAGE_SIZE} →
                </Link>
              )}
            </nav>
          )}
          <p className="footnote">
            {LEADERBOARD_FOOTNOTE} <Link to="/methodology">{METHODOLOGY_LINK}</Link>.
          </p>
          <div className="footnote explain-row">
            What the columns mean: Adjusted <Explain {...EXPLANATIONS.adjusted} /> · Hit rate and 95% CI{' '}
            <Explain {...EXPLANATIONS.hitRate} /> · Brier <Explain {...EXPLANATIONS.brier} />
          </div>
        </div>
        <aside className="board-chart" aria-label="Chart of the ranked sources">
          <h2 className="h3">{CHART_HEADING}</h2>
          {/* Drawn with the table in the first render: the box keeps the chart's height until the data comes. */}
          {data && charted.length > 0 ? (
            <LeaderboardChart rows={charted} priorMean={data.priorMean} />
          ) : data ? (
            <p className="sub">No source here has resolved calls to chart yet.</p>
          ) : (
            <div className="chart-placeholder" style={{ height: leaderboardChartHeight(10) }} aria-hidden="true" />
          )}
        </aside>
      </div>
    </section>
  );
}
