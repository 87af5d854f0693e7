import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { ClaimDetail } from '../../shared/api/claims.js';
import { api, messageOf } from '../api/client.js';
import { outcomeLabel } from './Badges.js';

/** How long Undo is offered after a ruling (the server allows a margin beyond it). */
export const UNDO_SECONDS = 10;

export interface JustResolved {
  claimId: string;
  statement: string;
  resolutionId: string;
  outcome: string;
}

/**
 * The confirmation after a ruling: what was recorded, a link to the claim, and Undo for a few
 * seconds. Undo records a `resolution.withdrawn` correction in the ledger; nothing is deleted.
 */
export function UndoBanner({ done, onUndone }: { done: JustResolved; onUndone(): void }) {
  const [left, setLeft] = useState(UNDO_SECONDS);
  const [state, setState] = useState<'ready' | 'busy' | 'undone'>('ready');
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (left <= 0 || state !== 'ready') return;
    const t = setTimeout(() => setLeft((n) => n - 1), 1000);
    return () => clearTimeout(t);
  }, [left, state]);

  const undo = async () => {
    setState('busy');
    setError(null);
    try {
      await api.post(`/api/resolutions/${done.resolutionId}/withdraw`, {}, ClaimDetail);
      setState('undone');
      onUndone();
    } catch (err) {
      setError(messageOf(err));
      setState('ready');
    }
  };

  return (
    <div className="notice" role="status">
      {state === 'undone' ? (
        <span>
          Undone: the ruling was withdrawn (recorded as a correction) and the claim is back in the queue.{' '}
          <Link to={`/claims/${done.claimId}`}>View the claim</Link>
        </span>
      ) : (
        <span>
          Recorded <strong>{outcomeLabel(done.outcome)}</strong> for “{done.statement.slice(0, 90)}
          {done.statement.length > 90 ? '…' : ''}” · <Link to={`/claims/${done.claimId}`}>View the claim</Link>
        </span>
      )}
      {state !== 'undone' && left > 0 && (
        <button type="button" className="button small secondary" onClick={undo} disabled={state === 'busy'}>
          Undo ({left}s)
        </button>
      )}
      {error && (
        <span className="form-error" role="alert">
          {error}
        </span>
      )}
    </div>
  );
}
