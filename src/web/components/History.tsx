import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { ClaimDetail } from '../../shared/api/claims.js';
import { dateTime } from '../format.js';
import { eventJsonPath, eventPagePath } from '../ledger-links.js';
import { outcomeLabel } from './Badges.js';

type HistoryEvent = ClaimDetail['history'][number];

const EVENT_LABEL: Record<string, string> = {
  'claim.created': 'Published',
  'claim.amended': 'Amended',
  'resolution.recorded': 'Resolved',
  'resolution.confirmed': 'Resolution confirmed',
  'resolution.withdrawn': 'Resolution withdrawn (undo)',
};

const FIELD_LABEL: Record<string, string> = {
  statement: 'Statement',
  kind: 'Kind',
  windowStart: 'Window start',
  windowEnd: 'Window end',
  timePhrase: 'Time phrase',
  probability: 'Probability',
  tags: 'Tags',
  condition: 'Condition',
  criteria: 'Criteria',
  outcome: 'Outcome',
  credit: 'Credit',
  voidReason: 'Void reason',
  note: 'Note',
  reason: 'Reason',
  evidence: 'Evidence',
};

function show(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (Array.isArray(value)) return value.length ? value.map(show).join(', ') : '—';
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
}

/** Evidence as links: they are http(s) URLs (the schema allows nothing else). */
function links(value: unknown): ReactNode {
  const urls = Array.isArray(value) ? value.map(String) : [String(value)];
  return urls.map((u, i) => (
    <span key={u}>
      {i > 0 && ', '}
      <a href={u} rel="nofollow noopener noreferrer" target="_blank">
        {u}
      </a>
    </span>
  ));
}

/** A correction is recorded as a resolution that supersedes another: say so. */
function label(e: HistoryEvent): string {
  const p = (e.payload ?? {}) as Record<string, unknown>;
  if (e.type === 'resolution.recorded' && p.supersedes) return 'Corrected';
  return Object.hasOwn(EVENT_LABEL, e.type) ? EVENT_LABEL[e.type]! : e.type;
}

function details(e: HistoryEvent): [string, ReactNode][] {
  const p = (e.payload ?? {}) as Record<string, unknown>;
  if (e.type === 'claim.amended') {
    const changes = (p.changes ?? {}) as Record<string, unknown>;
    return [
      ['Reason', show(p.reason)],
      ...Object.entries(changes).map(
        ([k, v]) => [`${Object.hasOwn(FIELD_LABEL, k) ? FIELD_LABEL[k] : k} now`, show(v)] as [string, ReactNode],
      ),
    ];
  }
  if (e.type === 'claim.created')
    return (['statement', 'kind', 'windowStart', 'windowEnd', 'timePhrase', 'probability'] as const)
      .filter((k) => p[k] !== undefined && p[k] !== null)
      .map((k) => [FIELD_LABEL[k]!, show(p[k])]);
  if (e.type === 'resolution.recorded')
    return (['outcome', 'credit', 'voidReason', 'evidence', 'note', 'reason'] as const)
      .filter(
        (k) =>
          p[k] !== undefined && p[k] !== null && p[k] !== '' && !(Array.isArray(p[k]) && !(p[k] as unknown[]).length),
      )
      .map((k) => [
        FIELD_LABEL[k]!,
        k === 'outcome'
          ? outcomeLabel(String(p[k]))
          : k === 'credit'
            ? `${Number((Number(p[k]) * 100).toFixed(1))}%`
            : k === 'evidence'
              ? links(p[k])
              : show(p[k]),
      ]);
  return [];
}

/** Every ledger event that touched the claim, oldest first, each with its hash and the one before. */
export function History({ events }: { events: HistoryEvent[] }) {
  return (
    <ol className="history">
      {events.map((e) => (
        <li key={e.seq} className={`history-item ev-${e.type.replace('.', '-')}`}>
          <div className="history-head">
            <strong>{label(e)}</strong>
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
          {details(e).length > 0 && (
            <dl className="history-details">
              {details(e).map(([k, v]) => (
                <div key={k}>
                  <dt>{k}</dt>
                  <dd>{v}</dd>
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
