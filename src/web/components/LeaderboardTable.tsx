import { Link } from 'react-router';
import type { LeaderboardRow } from '../../shared/api/leaderboard.js';
import { count, fmtHits, interval, num, pct } from '../format.js';
import type { LeaderboardSort } from '../state/url-filters.js';
import { SortHeader } from './SortHeader.js';

interface Column {
  sort: LeaderboardSort;
  label: string;
  title: string;
  className?: string;
}

const COLUMNS: Column[] = [
  {
    sort: 'shrunkRate',
    label: 'Adjusted',
    title: 'Hit rate adjusted for sample size (the ranking measure)',
    className: 'num',
  },
  {
    sort: 'hitRate',
    label: 'Hit rate',
    title: 'Share of resolved directional calls that were right',
    className: 'num',
  },
  {
    sort: 'wilsonLow',
    label: '95% CI',
    title: '95% Wilson interval of the hit rate (sorts by its lower end)',
    className: 'num',
  },
  { sort: 'nDirectional', label: 'Resolved', title: 'Resolved calls that count for the hit rate', className: 'num' },
  {
    sort: 'brier',
    label: 'Brier',
    title: 'Mean Brier score of calls with a stated probability (0 best; coin flip = 0.25)',
    className: 'num',
  },
  { sort: 'open', label: 'Open', title: 'Calls whose window has not ended', className: 'num' },
  { sort: 'due', label: 'Due', title: 'Calls whose window ended, awaiting a ruling', className: 'num' },
];

export function LeaderboardTable({
  rows,
  sort,
  order,
  onSort,
  label = 'Leaderboard table',
}: {
  rows: LeaderboardRow[];
  sort: LeaderboardSort;
  order: 'asc' | 'desc';
  onSort(sort: LeaderboardSort): void;
  label?: string;
}) {
  return (
    <div className="table-scroll board-wide" role="region" aria-label={label} tabIndex={0}>
      <table className="data leaderboard">
        <caption className="visually-hidden">Sources ranked by hit rate adjusted for sample size</caption>
        <thead>
          <tr>
            <SortHeader
              label="#"
              active={sort === 'rank'}
              order={order}
              onSort={() => onSort('rank')}
              title="Rank"
              className="num rank-col"
            />
            <SortHeader
              label="Source"
              active={sort === 'handle'}
              order={order}
              onSort={() => onSort('handle')}
              className="source-col"
            />
            {COLUMNS.map((c) => (
              <SortHeader
                key={c.sort}
                label={c.label}
                title={c.title}
                className={c.className}
                active={sort === c.sort}
                order={order}
                onSort={() => onSort(c.sort)}
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
        <abbr className="provisional" title="Provisional: fewer than 5 resolved calls">
          *
        </abbr>
      )}
    </>
  );
}

/** A tiny inline interval: the range as a bar, the point as a tick. */
function IntervalBar({ low, high, point }: { low: number | null; high: number | null; point: number | null }) {
  if (low === null || high === null) return null;
  return (
    <span className="interval-bar" aria-hidden="true">
      <span className="range" style={{ left: `${low * 100}%`, width: `${Math.max(1, (high - low) * 100)}%` }} />
      {point !== null && <span className="point" style={{ left: `${point * 100}%` }} />}
    </span>
  );
}
