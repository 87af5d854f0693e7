import { Link } from 'react-router';
import type { LeaderboardRow } from '../../shared/api/leaderboard.js';
import { count, fmtHits, interval, pct } from '../format.js';
import { Place } from './LeaderboardTable.js';

/** On a phone, one card per source with every measure the table has, instead of a table cut short. */
export function LeaderboardCards({ rows, label }: { rows: LeaderboardRow[]; label: string }) {
  return (
    <ol className="board-cards board-narrow" aria-label={label}>
      {rows.map((r) => (
        <li key={r.handle} className="board-card">
          <div className="board-card-head">
            <span className="board-card-rank">
              <Place row={r} />
            </span>
            <span className="board-card-who">
              <Link to={`/sources/${r.handle}`}>{r.displayName}</Link>
              <span className="handle">@{r.handle}</span>
            </span>
            <span className="board-card-score" title="Hit rate adjusted for sample size">
              {r.nDirectional > 0 ? pct(r.shrunkRate) : '—'}
            </span>
          </div>
          <dl className="board-card-stats">
            <div>
              <dt>Hit rate</dt>
              <dd>
                {pct(r.hitRate)}
                {r.nDirectional > 0 && ` (${fmtHits(r.hits)}/${r.nDirectional})`}
              </dd>
            </div>
            <div>
              <dt>95% CI</dt>
              <dd>{interval(r.wilsonLow, r.wilsonHigh)}</dd>
            </div>
            <div>
              <dt>Brier</dt>
              <dd>{r.brier === null ? '—' : r.brier.toFixed(2)}</dd>
            </div>
            <div>
              <dt>Open · due</dt>
              <dd>
                {count(r.open)} · {count(r.due)}
              </dd>
            </div>
          </dl>
        </li>
      ))}
    </ol>
  );
}
