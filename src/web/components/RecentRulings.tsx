import { useState } from 'react';
import { Link } from 'react-router';
import { ClaimDetail } from '../../shared/api/claims.js';
import type { RecentRuling } from '../../shared/api/review-desk.js';
import { api, messageOf } from '../api/client.js';
import { useRecentRulings } from '../api/hooks.js';
import { dateTime } from '../format.js';
import { outcomeLabel } from './Badges.js';
import { ResolveDialog } from './ResolveDialog.js';
import { Empty, ErrorMessage, Loading } from './Status.js';

/**
 * "Recently resolved" on the queue page: the latest rulings, mine or everyone's, each with a
 * Correct… button that opens the correction dialog prefilled with the current ruling.
 */
export function RecentRulings({ refreshKey, onCorrected }: { refreshKey: number; onCorrected(): void }) {
  const [mine, setMine] = useState(true);
  const { data, error, reload } = useRecentRulings(mine);
  const [correcting, setCorrecting] = useState<{ claim: ClaimDetail; ruling: RecentRuling } | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [seen, setSeen] = useState(refreshKey);
  if (seen !== refreshKey) {
    setSeen(refreshKey);
    reload();
  }

  const openCorrection = async (ruling: RecentRuling) => {
    setLoadError(null);
    try {
      const claim = await api.get(`/api/claims/${ruling.claimId}`, ClaimDetail);
      setCorrecting({ claim, ruling });
    } catch (err) {
      setLoadError(messageOf(err));
    }
  };

  return (
    <section className="block" aria-labelledby="recent-h">
      <h2 id="recent-h">Recently resolved</h2>
      <div className="tabs" role="group" aria-label="Whose rulings">
        <button type="button" className="tab" aria-pressed={mine} onClick={() => setMine(true)}>
          Mine
        </button>
        <button type="button" className="tab" aria-pressed={!mine} onClick={() => setMine(false)}>
          Everyone’s
        </button>
      </div>
      {error && <ErrorMessage error={error} what="recent rulings" onRetry={reload} />}
      {!data && !error && <Loading what="recent rulings" />}
      {loadError && (
        <p className="form-error" role="alert">
          {loadError}
        </p>
      )}
      {data &&
        (data.items.length === 0 ? (
          <Empty>{mine ? 'You have not ruled on anything yet.' : 'No rulings yet.'}</Empty>
        ) : (
          <ul className="claim-list">
            {data.items.map((r) => (
              <li key={r.resolutionId} className="recent-item">
                <div className="queue-main">
                  <div className="claim-line">
                    <Link to={`/claims/${r.claimId}`} className="claim-statement">
                      {r.statement}
                    </Link>
                  </div>
                  <div className="claim-meta">
                    <span className={`badge outcome-${r.outcome}`}>
                      {outcomeLabel(r.outcome)}
                      {r.outcome === 'partial' && r.credit !== null && ` (${Math.round(r.credit * 100)}%)`}
                    </span>
                    <span>
                      by {r.reviewer}, {dateTime(r.createdAt)}
                    </span>
                    {!r.current && (
                      <span>{r.supersededBy ? '(superseded by a correction)' : '(awaiting confirmation)'}</span>
                    )}
                  </div>
                </div>
                <div className="queue-action">
                  {r.current && (
                    <button
                      type="button"
                      className="button small secondary"
                      onClick={() => void openCorrection(r)}
                      aria-label={`Correct: ${r.statement.slice(0, 80)}`}
                    >
                      Correct…
                    </button>
                  )}
                </div>
              </li>
            ))}
          </ul>
        ))}
      {correcting && (
        <ResolveDialog
          claim={correcting.claim}
          correcting={{ ...correcting.ruling, id: correcting.ruling.resolutionId }}
          onClose={() => setCorrecting(null)}
          onDone={() => {
            setCorrecting(null);
            reload();
            onCorrected();
          }}
        />
      )}
    </section>
  );
}
