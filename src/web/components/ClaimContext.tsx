import { Link } from 'react-router';
import type { Claim } from '../../shared/api/claims.js';
import { date } from '../format.js';

const ROLE_LABEL: Record<string, string> = { made: 'made it', cited: 'cited', disputed: 'disputed it' };

/** What a reviewer needs to judge a claim, shown in the resolve dialog: nothing to look up elsewhere. */
export function ClaimContext({ claim }: { claim: Claim }) {
  const window = `${claim.windowStart ? `${date(claim.windowStart)} – ` : 'until '}${date(claim.windowEnd)}`;
  return (
    <dl className="claim-context">
      <dt>Sources</dt>
      <dd>
        {claim.sources.length === 0
          ? 'none recorded'
          : claim.sources.map((s, i) => (
              <span key={s.handle}>
                {i > 0 && ', '}
                <Link to={`/sources/${s.handle}`}>{s.displayName}</Link>{' '}
                <span className="sub">({ROLE_LABEL[s.role] ?? s.role})</span>
              </span>
            ))}
      </dd>
      <dt>Window</dt>
      <dd>
        {window}
        {claim.timePhrase ? <span className="sub"> — “{claim.timePhrase}”</span> : null}
        {!claim.windowStated && <span className="sub"> (chosen by the editor)</span>}
      </dd>
      <dt>Criteria</dt>
      <dd>{claim.criteria || <span className="sub">none stated</span>}</dd>
      {claim.condition && (
        <>
          <dt>Condition</dt>
          <dd>{claim.condition}</dd>
        </>
      )}
      <dt>Stated probability</dt>
      <dd>
        {claim.probability === null ? <span className="sub">none</span> : `${Math.round(claim.probability * 100)}%`}
      </dd>
      {claim.quote && (
        <>
          <dt>Quote</dt>
          <dd>
            <blockquote className="context-quote">{claim.quote}</blockquote>
          </dd>
        </>
      )}
      <dt>Issue</dt>
      <dd>
        {claim.publicationId ? (
          <Link to={`/publications/${claim.publicationId}`} target="_blank" rel="noopener">
            Open the issue ↗
          </Link>
        ) : (
          <span className="sub">entered on its own, not from an issue</span>
        )}
      </dd>
    </dl>
  );
}
