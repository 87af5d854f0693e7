import { Link } from 'react-router';
import type { ClaimKind } from '../../shared/api/claims.js';
import { KindBadge } from './Badges.js';

/** A claim's kind and statement, the statement linking to its page: the first line of every claim row. */
export function ClaimLine({ claim }: { claim: { id: string; kind?: ClaimKind; statement: string } }) {
  return (
    <div className="claim-line">
      {claim.kind && <KindBadge kind={claim.kind} />}
      <Link to={`/claims/${claim.id}`} className="claim-statement">
        {claim.statement}
      </Link>
    </div>
  );
}
