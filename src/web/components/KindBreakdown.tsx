import type { ClaimKind } from '../../shared/api/claims.js';
import type { Scorecard } from '../../shared/api/leaderboard.js';
import { interval, num, pct } from '../format.js';
import { KIND_HELP } from '../../shared/record-words.js';
import { KindBadge } from './Badges.js';

export function KindBreakdown({ rows }: { rows: { kind: ClaimKind; scorecard: Scorecard }[] }) {
  if (rows.length === 0) return <p className="status empty">No resolved calls yet.</p>;
  return (
    <div className="table-scroll">
      <table className="data kind-table">
        <thead>
          <tr>
            <th scope="col">Kind</th>
            <th scope="col" className="num">
              Resolved
            </th>
            <th scope="col" className="num">
              Hit rate
            </th>
            <th scope="col" className="num">
              95% CI
            </th>
            <th scope="col" className="num">
              Brier
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ kind, scorecard: s }) => (
            <tr key={kind}>
              <th scope="row">
                <KindBadge kind={kind} /> <span className="sub">{KIND_HELP[kind]}</span>
              </th>
              <td className="num">{s.nDirectional}</td>
              <td className="num">{pct(s.hitRate)}</td>
              <td className="num">{interval(s.wilsonLow, s.wilsonHigh)}</td>
              <td className="num">{num(s.brier)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
