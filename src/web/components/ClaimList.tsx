import { Link } from 'react-router';
import type { Claim } from '../../shared/api/claims.js';
import { date } from '../format.js';
import { StatusBadge } from './Badges.js';
import { ClaimLine } from './ClaimLine.js';

/** Claims as a readable list: kind, statement, window, status or outcome, and the issue it came from. */
export function ClaimList({
  claims,
  showSources = true,
  forSource,
}: {
  claims: Claim[];
  showSources?: boolean;
  /** On a source's page: marks the claims it is only cited or disputed in, which its scores leave out. */
  forSource?: string;
}) {
  return (
    <ul className="claim-list">
      {claims.map((c) => (
        <li key={c.id} className="claim-item">
          <ClaimLine claim={c} />
          <div className="claim-meta">
            <StatusBadge status={c.status} outcome={c.outcome} credit={c.credit} />
            {forSource && role(c, forSource) !== 'made' && (
              <span className="mark" title="Not this source's call: it does not count in its scores">
                {role(c, forSource)} here, not scored
              </span>
            )}
            <span>
              {c.status === 'open' ? 'Resolves' : 'Window ended'} {date(c.windowEnd)}
              {!c.windowStated && (
                <span className="mark" title="No date was stated; the editor set this window">
                  {' '}
                  (date set by editor)
                </span>
              )}
            </span>
            {c.probability !== null && <span>p = {Math.round(c.probability * 100)}%</span>}
            {c.publication && (
              <span className="claim-issue">
                in <Link to={`/publications/${c.publication.id}`}>{c.publication.title}</Link>,{' '}
                {date(c.publication.publishedOn)}
              </span>
            )}
            {showSources && c.sources.length > 0 && (
              <span>
                {c.sources.map((s, i) => (
                  <span key={s.handle}>
                    {i > 0 && ', '}
                    <Link to={`/sources/${s.handle}`}>@{s.handle}</Link>
                    {s.role !== 'made' && <span className="sub"> ({s.role})</span>}
                  </span>
                ))}
              </span>
            )}
          </div>
        </li>
      ))}
    </ul>
  );
}

function role(c: Claim, handle: string): string {
  return c.sources.find((s) => s.handle === handle)?.role ?? 'made';
}
