import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { ClaimDetail } from '../../shared/api/claims.js';
import { dateTime } from '../format.js';
import { eventJsonPath, eventPagePath } from '../../shared/ledger-links.js';
import { historyDetails, historyLabel, type HistoryDetail } from '../../shared/record-words.js';

type HistoryEvent = ClaimDetail['history'][number];

/** A detail's value: its text, or the evidence as links that open elsewhere. */
function value(d: HistoryDetail): ReactNode {
  if ('text' in d) return d.text;
  return d.links.map((u, i) => (
    <span key={u}>
      {i > 0 && ', '}
      <a href={u} rel="nofollow noopener noreferrer" target="_blank">
        {u}
      </a>
    </span>
  ));
}

/** Every ledger event that touched the claim, oldest first, each with its hash and the one before. */
export function History({ events }: { events: HistoryEvent[] }) {
  return (
    <ol className="history">
      {events.map((e) => (
        <li key={e.seq} className={`history-item ev-${e.type.replace('.', '-')}`}>
          <div className="history-head">
            <strong>{historyLabel(e)}</strong>
            <span className="sub">
              {dateTime(e.at)} by {e.actor} ·{' '}
              <Link to={eventPagePath(e.seq)} title="This event in the ledger">
                event #{e.seq}
              </Link>{' '}
              (
              <a href={eventJsonPath(e.seq)} title="This event as the API records it">
                JSON
              </a>
              )
            </span>
          </div>
          {historyDetails(e).length > 0 && (
            <dl className="history-details">
              {historyDetails(e).map((d) => (
                <div key={d.term}>
                  <dt>{d.term}</dt>
                  <dd>{value(d)}</dd>
                </div>
              ))}
            </dl>
          )}
          <p className="hash">
            <span className="hash-label">hash</span> <code>{e.hash}</code>
            <br />
            <span className="hash-label">prev</span> <code>{e.prevHash}</code>
          </p>
        </li>
      ))}
    </ol>
  );
}
