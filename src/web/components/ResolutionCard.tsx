import type { Resolution } from '../../shared/api/claims.js';
import { dateTime } from '../format.js';
import { outcomeLabel, VOID_LABEL } from '../../shared/record-words.js';

export function ResolutionCard({ r, actions }: { r: Resolution; actions?: React.ReactNode }) {
  const superseded = !!r.supersededBy;
  const withdrawn = !!r.withdrawnAt;
  return (
    <div className={`resolution${superseded || withdrawn ? ' superseded' : ''}`}>
      <p className="resolution-head">
        <span className={`badge outcome-${r.outcome}`}>
          {outcomeLabel(r.outcome)}
          {r.outcome === 'partial' && r.credit !== null && ` (${Math.round(r.credit * 100)}% credit)`}
        </span>
        {r.voidReason && (
          <span> — {Object.hasOwn(VOID_LABEL, r.voidReason) ? VOID_LABEL[r.voidReason] : r.voidReason}</span>
        )}
        {superseded && <span className="badge status-void">Superseded</span>}
        {withdrawn && <span className="badge status-void">Withdrawn</span>}
        {r.early && <span className="badge">Resolved early</span>}
      </p>
      <p className="sub">
        By {r.reviewer}, {dateTime(r.createdAt)}
        {r.confirmedBy ? ` · confirmed by ${r.confirmedBy}, ${dateTime(r.confirmedAt)}` : ''}
      </p>
      {r.supersedes && r.reason && <p>Correction: {r.reason}</p>}
      {withdrawn && (
        <p>
          Withdrawn by {r.withdrawnBy}, {dateTime(r.withdrawnAt)}: {r.withdrawReason}
        </p>
      )}
      {r.note && <p className="note">{r.note}</p>}
      {r.evidence.length > 0 && (
        <ul className="evidence">
          {r.evidence.map((url) => (
            <li key={url}>
              <a href={url} rel="noopener noreferrer nofollow" target="_blank">
                {url.replace(/^https?:\/\//, '')}
              </a>
            </li>
          ))}
        </ul>
      )}
      {actions}
    </div>
  );
}
