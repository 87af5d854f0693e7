import { useState } from 'react';
import { Link } from 'react-router';
import type { Claim, ClaimDetail } from '../../shared/api/claims.js';
import { useReviewQueue, useTags } from '../api/hooks.js';
import { invalidate } from '../api/use-query.js';
import { useAuth } from '../auth.js';
import { ClaimLine } from '../components/ClaimLine.js';
import { ConfirmButton } from '../components/ConfirmButton.js';
import { DigestPrefs } from '../components/DigestPrefs.js';
import { ChoiceFilter, FilterForm, KindFilter, SourceFilter, TagFilter } from '../components/FilterForm.js';
import { RecentRulings } from '../components/RecentRulings.js';
import { RequireRole } from '../components/RequireRole.js';
import { ResolveDialog } from '../components/ResolveDialog.js';
import { UndoBanner, type JustResolved } from '../components/UndoBanner.js';
import { Empty, ErrorMessage, Loading } from '../components/Status.js';
import { date, dateTime } from '../format.js';
import { QUEUE_DAYS, QUEUE_FILTERS_CODEC, toQueueQuery } from '../state/queue-filters.js';
import { useUrlFilters } from '../state/use-url-filters.js';
import { useTitle } from '../use-title.js';

export function ReviewQueuePage() {
  useTitle('Review queue');
  return (
    <RequireRole roles={['reviewer']}>
      <ReviewQueue />
    </RequireRole>
  );
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(to) - Date.parse(from)) / 86400_000);
}

function ReviewQueue() {
  const { filters, apply, clear, active } = useUrlFilters(QUEUE_FILTERS_CODEC);
  const tags = useTags();
  const { data, error, loading, reload } = useReviewQueue(toQueueQuery(filters));
  const { user } = useAuth();
  const [resolving, setResolving] = useState<Claim | null>(null);
  const [justResolved, setJustResolved] = useState<JustResolved | null>(null);
  const [refreshKey, setRefreshKey] = useState(0);

  const refresh = () => {
    invalidate('/api/');
    reload();
    setRefreshKey((k) => k + 1);
  };
  const handleDone = () => {
    setResolving(null);
    refresh();
  };
  const handleResolved = (detail: ClaimDetail) => {
    // The new ruling is the newest one that was not withdrawn.
    const latest = detail.resolutions
      .filter((r) => !r.withdrawnAt)
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0];
    setResolving(null);
    if (latest)
      setJustResolved({
        claimId: detail.id,
        statement: detail.statement,
        resolutionId: latest.id,
        outcome: latest.outcome,
      });
    refresh();
  };

  const row = (c: Claim, today: string) => {
    const late = daysBetween(c.windowEnd, today);
    const assignee = data?.assignments[c.id];
    return (
      <li key={c.id} className="queue-item">
        <div className="queue-main">
          <ClaimLine claim={c} />
          <div className="claim-meta">
            <span>
              Window{' '}
              {late >= 0
                ? `ended ${date(c.windowEnd)} (${late} day${late === 1 ? '' : 's'} ago)`
                : `ends ${date(c.windowEnd)} (in ${-late} days)`}
            </span>
            <span>{c.sources.map((s) => `@${s.handle}`).join(', ')}</span>
            {assignee && <span>Assigned to {assignee === user?.username ? 'you' : assignee}</span>}
          </div>
        </div>
        <div className="queue-action">
          <button
            type="button"
            className="button small"
            onClick={() => setResolving(c)}
            aria-label={`Resolve: ${c.statement.slice(0, 80)}`}
          >
            Resolve…
          </button>
        </div>
      </li>
    );
  };

  return (
    <section className="page">
      <header className="page-header">
        <h1>Review queue</h1>
        <p className="lede">
          Claims whose window has ended, oldest first; then those closing soon. Rule on each with evidence.
        </p>
      </header>
      {justResolved && <UndoBanner key={justResolved.resolutionId} done={justResolved} onUndone={refresh} />}
      <FilterForm
        label="Filter the queue"
        text={{ source: filters.source, tag: filters.tag }}
        onApply={apply}
        active={active}
        onClear={clear}
      >
        <ChoiceFilter
          label="Show"
          value={filters.assigned}
          options={[{ value: 'me', label: 'Assigned to me' }]}
          anyLabel="All claims"
          onChange={(assigned) => apply({ assigned })}
        />
        <KindFilter value={filters.kind} onChange={(kind) => apply({ kind })} />
        <SourceFilter />
        <TagFilter tags={tags.data?.items} />
        <ChoiceFilter
          label="Closing within"
          value={filters.days}
          options={QUEUE_DAYS.map((d) => ({ value: d, label: `${d} days` }))}
          onChange={(days) => days && apply({ days })}
        />
      </FilterForm>
      {error && <ErrorMessage error={error} what="the review queue" onRetry={reload} />}
      {!data && !error && <Loading what="the queue" />}
      {data && (
        <>
          <p className="meta" aria-live="polite">
            Today is {date(data.today)}. {loading && 'Updating…'}
          </p>
          <section className="block" aria-labelledby="due-h">
            <h2 id="due-h">
              Due <span className="count-pill">{data.counts.due}</span>
            </h2>
            {data.due.items.length === 0 ? (
              <Empty>Nothing is due. Well done.</Empty>
            ) : (
              <ul className="claim-list">{data.due.items.map((c) => row(c, data.today))}</ul>
            )}
            {data.due.nextCursor && (
              <button
                type="button"
                className="button secondary"
                onClick={() => apply({ dueCursor: data.due.nextCursor })}
              >
                More due claims →
              </button>
            )}
          </section>
          <section className="block" aria-labelledby="soon-h">
            <h2 id="soon-h">
              Closing soon <span className="count-pill">{data.counts.closingSoon}</span>
            </h2>
            {data.closingSoon.items.length === 0 ? (
              <Empty>No windows close in this period.</Empty>
            ) : (
              <ul className="claim-list">{data.closingSoon.items.map((c) => row(c, data.today))}</ul>
            )}
          </section>
          {data.awaitingConfirmation.length > 0 && (
            <section className="block" aria-labelledby="confirm-h">
              <h2 id="confirm-h">
                Awaiting confirmation <span className="count-pill">{data.counts.awaitingConfirmation}</span>
              </h2>
              <ul className="claim-list">
                {data.awaitingConfirmation.map((a) => (
                  <li key={a.resolutionId} className="queue-item">
                    <ClaimLine claim={{ id: a.claimId, statement: a.statement }} />
                    <div className="claim-meta">
                      <span>
                        Ruled <strong>{a.outcome}</strong> by {a.reviewer}, {dateTime(a.createdAt)}
                      </span>
                      {a.reviewer === user?.username ? (
                        <span>Waiting for another reviewer</span>
                      ) : (
                        <ConfirmButton resolutionId={a.resolutionId} onDone={handleDone} />
                      )}
                      <Link to={`/claims/${a.claimId}`}>Correct…</Link>
                    </div>
                  </li>
                ))}
              </ul>
            </section>
          )}
          <RecentRulings refreshKey={refreshKey} onCorrected={refresh} />
          <DigestPrefs />
        </>
      )}
      {resolving && <ResolveDialog claim={resolving} onClose={() => setResolving(null)} onDone={handleResolved} />}
    </section>
  );
}
