import { Link } from 'react-router';
import type { LeaderboardRow } from '../../shared/api/leaderboard.js';
import { count, fmtHits, interval, num, pct } from '../format.js';
import { intervalBar, LEADERBOARD_COLUMNS, PROVISIONAL_TITLE, TABLE_CAPTION } from '../../shared/leaderboard-page.js';
import type { LeaderboardSort } from '../../shared/leaderboard-filters.js';
import { SortHeader } from './SortHeader.js';

export function LeaderboardTable({
  rows,
  sort,
  order,
  sortHref,
  label = 'Leaderboard table',
}: {
  rows: LeaderboardRow[];
  sort: LeaderboardSort;
  order: 'asc' | 'desc';
  /** The address of the board sorted by a column (shared/leaderboard-filters.ts: sortHref). */
  sortHref(sort: LeaderboardSort): string;
  label?: string;
}) {
  return (
    <div className="table-scroll board-wide" role="region" aria-label={label} tabIndex={0}>
      <table className="data leaderboard">
        <caption className="visually-hidden">{TABLE_CAPTION}</caption>
        <thead>
          <tr>
            {LEADERBOARD_COLUMNS.map((c) => (
              <SortHeader
                key={c.sort}
                label={c.label}
                title={c.title}
                className={c.className}
                active={sort === c.sort}
                order={order}
                href={sortHref(c.sort)}
              />
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.handle}>
              <td className="num rank-col">
                <Place row={r} />
              </td>
              <th scope="row" className="source-col">
                <Link to={`/sources/${r.handle}`}>{r.displayName}</Link>
                <span className="handle">@{r.handle}</span>
              </th>
              <td className="num strong">{r.nDirectional > 0 ? pct(r.shrunkRate) : '—'}</td>
              <td className="num">
                {pct(r.hitRate)}
                {r.nDirectional > 0 && <span className="sub">{`${fmtHits(r.hits)}/${r.nDirectional}`}</span>}
              </td>
              <td className="num ci">
                <IntervalBar low={r.wilsonLow} high={r.wilsonHigh} point={r.hitRate} />
                {interval(r.wilsonLow, r.wilsonHigh)}
              </td>
              <td className="num">{count(r.nDirectional)}</td>
              <td className="num">{num(r.brier)}</td>
              <td className="num">{count(r.open)}</td>
              <td className="num">{r.due > 0 ? <span className="due-count">{count(r.due)}</span> : '0'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The number a reader sees: the place within the row's group, starred when provisional. */
export function Place({ row }: { row: Pick<LeaderboardRow, 'place' | 'provisional'> }) {
  return (
    <>
      {row.place ?? '—'}
      {row.provisional && row.place !== null && (
        <abbr className="provisional" title={PROVISIONAL_TITLE}>
          *
        </abbr>
      )}
    </>
  );
}

/** A tiny inline interval: the range as a bar, the point as a tick. */
function IntervalBar({ low, high, point }: { low: number | null; high: number | null; point: number | null }) {
  const bar = intervalBar(low, high, point);
  if (!bar) return null;
  return (
    <span className="interval-bar" aria-hidden="true">
      <span className="range" style={{ left: bar.left, width: bar.width }} />
      {bar.point !== null && <span className="point" style={{ left: bar.point }} />}
    </span>
  );
}
