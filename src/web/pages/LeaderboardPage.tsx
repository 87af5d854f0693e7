import { useCallback, useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useLeaderboard } from '../api/hooks.js';
import { LeaderboardChart } from '../charts/lazy.js';
import { leaderboardChartHeight } from '../charts/sizes.js';
import { ChartFrame } from '../components/LazyChart.js';
import { LeaderboardFilters, PERIOD_LABELS } from '../components/LeaderboardFilters.js';
import { LeaderboardCards } from '../components/LeaderboardCards.js';
import { LeaderboardTable } from '../components/LeaderboardTable.js';
import type { LeaderboardRow } from '../../shared/api/leaderboard.js';
import { Empty, ErrorMessage } from '../components/Status.js';
import { TableSkeleton } from '../components/TableSkeleton.js';
import { count, date, pct } from '../format.js';
import {
  effectiveOrder,
  parseLeaderboardFilters,
  serializeLeaderboardFilters,
  toggleSort,
  toLeaderboardQuery,
  updateFilters,
  type LeaderboardFilters as Filters,
  type LeaderboardSort,
} from '../state/url-filters.js';
import { useTitle } from '../use-title.js';

const PAGE_SIZE = 50;

export function LeaderboardPage() {
  useTitle('Leaderboard');
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => parseLeaderboardFilters(params), [params]);
  const { data, error, loading, reload } = useLeaderboard(toLeaderboardQuery(filters, PAGE_SIZE));

  const go = useCallback((next: Filters) => setParams(serializeLeaderboardFilters(next)), [setParams]);
  const handleChange = (change: Partial<Filters>) => go(updateFilters(filters, change));
  const handleSort = (sort: LeaderboardSort) => go(toggleSort(filters, sort));
  const rows = data?.items ?? [];
  const [showUnscored, setShowUnscored] = useState(false);
  // SCORING.md: provisional sources keep their rank but stand apart from the settled ones;
  // sources with nothing resolved have no score at all and wait behind a toggle.
  const ranked = rows.filter((r) => r.nDirectional > 0 && !r.provisional);
  const provisional = rows.filter((r) => r.nDirectional > 0 && r.provisional);
  const unscored = rows.filter((r) => r.nDirectional === 0);
  const board = (group: LeaderboardRow[], label: string) => (
    <>
      <LeaderboardTable
        rows={group}
        label={label}
        sort={filters.sort}
        order={effectiveOrder(filters)}
        onSort={handleSort}
      />
      <LeaderboardCards rows={group} label={label} />
    </>
  );
  const describe = [
    filters.kind ? `${filters.kind} calls` : 'All calls',
    filters.tag ? `tagged “${filters.tag}”` : null,
    PERIOD_LABELS[filters.period].toLowerCase(),
  ]
    .filter(Boolean)
    .join(', ');

  return (
    <section className="page">
      <header className="page-header">
        <h1>Who calls it right?</h1>
        <p className="lede">
          Every source the newsletter quotes, ranked by how often their calls came true — adjusted for sample size, so a
          lucky streak of two does not outrank a long record.
        </p>
      </header>
      <LeaderboardFilters filters={filters} onChange={handleChange} />
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
          {data && ranked.length > 0 && board(ranked, 'Ranked sources')}
          {data && provisional.length > 0 && (
            <section className="board-group" aria-label="Provisional sources">
              <h2 className="h3">Provisional — fewer than 5 resolved calls</h2>
              <p className="sub">Too few calls to rank with confidence: their adjusted rate leans on the average.</p>
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
                {showUnscored ? 'Hide' : 'Show'} {unscored.length} source{unscored.length === 1 ? '' : 's'} with no
                resolved calls yet
              </button>
              {showUnscored && board(unscored, 'Sources with no resolved calls')}
            </section>
          )}
          {data && (
            <nav className="pager" aria-label="Pages">
              {filters.cursor && (
                <button type="button" className="button secondary" onClick={() => handleChange({})}>
                  ← First page
                </button>
              )}
              {data.nextCursor && (
                <button
                  type="button"
                  className="button secondary"
                  onClick={() => go(updateFilters(filters, { cursor: data.nextCursor }))}
                >
                  Next {PAGE_SIZE} →
                </button>
              )}
            </nav>
          )}
          <p className="footnote">
            * Provisional: fewer than 5 resolved calls. Brier score: 0 is perfect, a coin flip scores 0.25; shown only
            where the source stated probabilities. <Link to="/methodology">How the numbers work</Link>.
          </p>
        </div>
        <aside className="board-chart" aria-label="Chart of the ranked sources">
          <h2 className="h3">Hit rate with 95% interval</h2>
          <ChartFrame height={leaderboardChartHeight(data ? rows.filter((r) => r.hitRate !== null).length : 10)}>
            {data && rows.some((r) => r.hitRate !== null) && (
              <LeaderboardChart rows={[...ranked, ...provisional]} priorMean={data.priorMean} />
            )}
          </ChartFrame>
        </aside>
      </div>
    </section>
  );
}
