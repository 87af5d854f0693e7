import { lazy, Suspense, useState } from 'react';
import { Link, useParams } from 'react-router';
import type { ClaimDetail, Resolution } from '../../shared/api/claims.js';
import { windowNote } from '../../shared/record-words.js';
import { Id } from '../../shared/api/common.js';
import { NOT_FOUND_TITLE } from '../../shared/routes.js';
import { isNotFound } from '../api/client.js';
import { useClaim, useClaimReview } from '../api/hooks.js';
import { invalidate } from '../api/use-query.js';
import { useAuth } from '../auth.js';
import { AssignForm } from '../components/AssignForm.js';
import { KindBadge, StatusBadge } from '../components/Badges.js';
import { History } from '../components/History.js';
import { ResolutionCard } from '../components/ResolutionCard.js';
import { ErrorMessage, Loading } from '../components/Status.js';
import { date } from '../format.js';
import { useTitle } from '../use-title.js';
import { CheckpointWitness } from '../verify/CheckpointWitness.js';
import { VerifyPanel } from '../verify/VerifyPanel.js';
import { NotFoundPage } from './NotFoundPage.js';

const ResolveDialog = lazy(() => import('../components/ResolveDialog.js').then((m) => ({ default: m.ResolveDialog })));
const AmendDialog = lazy(() => import('../components/AmendDialog.js').then((m) => ({ default: m.AmendDialog })));
const ConfirmButton = lazy(() => import('../components/ConfirmButton.js').then((m) => ({ default: m.ConfirmButton })));

/** "From <issue>, published <date>": every claim logged from an issue links back to it, quoted or not. */
function IssueLink({ c, pub }: { c: ClaimDetail; pub: { title: string; publishedOn: string } | undefined }) {
  return (
    <>
      From{' '}
      <Link to={`/publications/${c.publicationId}${c.spanStart !== null ? `#claim-${c.id}` : ''}`}>
        {pub ? pub.title : 'the issue'}
      </Link>
      {pub && `, published ${date(pub.publishedOn)}`}
    </>
  );
}

type Open = { kind: 'resolve'; correcting?: Resolution } | { kind: 'amend' } | null;

export function ClaimPage() {
  const { id = '' } = useParams();
  // An id the API would refuse names no claim: the server answers 404 for it too.
  const valid = Id.safeParse(id).success;
  const claim = useClaim(valid ? id : null);
  const c = claim.data;
  const review = useClaimReview(id, c?.status === 'resolved');
  const { can, user } = useAuth();
  const [open, setOpen] = useState<Open>(null);
  const notFound = !valid || (isNotFound(claim.error) && !c);
  useTitle(c ? c.statement.slice(0, 60) : notFound ? NOT_FOUND_TITLE : 'Claim');

  if (notFound) return <NotFoundPage />;
  if (claim.error && !c) return <ErrorMessage error={claim.error} what={`claim ${id}`} onRetry={claim.reload} />;
  if (!c) return <Loading what="the claim" />;

  const handleDone = () => {
    setOpen(null);
    invalidate('/api/');
    claim.reload();
  };
  // The claim names its issue's title and date, which is all the page shows of it.
  const pub = c.publication ?? undefined;
  const current = c.resolutions.filter((r) => !r.supersededBy && !r.withdrawnAt);
  return (
    <article className="page claim-page">
      {review.data && (
        <script
          type="application/ld+json"
          dangerouslySetInnerHTML={{ __html: JSON.stringify(review.data).replace(/</g, '\\u003c') }}
        />
      )}
      <header className="page-header">
        <p className="eyebrow">
          <KindBadge kind={c.kind} /> <StatusBadge status={c.status} outcome={c.outcome} credit={c.credit} />
        </p>
        <h1 className="statement">{c.statement}</h1>
        {c.publishedStatement !== c.statement && (
          <p className="first-published">
            <strong>First published as:</strong> “{c.publishedStatement}”
          </p>
        )}
        {(can('editor') || can('reviewer')) && (
          <div className="actions">
            {can('reviewer') && c.status !== 'resolved' && (
              <button type="button" className="button" onClick={() => setOpen({ kind: 'resolve' })}>
                Resolve…
              </button>
            )}
            {can('editor') && (
              <button type="button" className="button secondary" onClick={() => setOpen({ kind: 'amend' })}>
                Amend…
              </button>
            )}
          </div>
        )}
      </header>
      <CheckpointWitness />

      <dl className="facts">
        <div>
          <dt>Window</dt>
          <dd>
            {c.windowStart ? `${date(c.windowStart)} – ` : 'until '}
            {date(c.windowEnd)}
            {c.windowStated && c.timePhrase && <span className="sub"> from “{c.timePhrase}”</span>}
            {!c.windowStated && <span className="mark"> {windowNote(c, pub?.publishedOn)}</span>}
          </dd>
        </div>
        <div>
          <dt>Sources</dt>
          <dd>
            {c.sources.length === 0
              ? '—'
              : c.sources.map((s, i) => (
                  <span key={s.handle}>
                    {i > 0 && ', '}
                    <Link to={`/sources/${s.handle}`}>{s.displayName}</Link>{' '}
                    <span className="sub">
                      @{s.handle}
                      {s.role !== 'made' ? `, ${s.role}` : ''}
                    </span>
                  </span>
                ))}
          </dd>
        </div>
        {c.probability !== null && (
          <div>
            <dt>Stated probability</dt>
            <dd>{Math.round(c.probability * 100)}%</dd>
          </div>
        )}
        {c.condition && (
          <div>
            <dt>Condition</dt>
            <dd>{c.condition}</dd>
          </div>
        )}
        {c.criteria && (
          <div>
            <dt>How it is judged</dt>
            <dd>{c.criteria}</dd>
          </div>
        )}
        {c.tags.length > 0 && (
          <div>
            <dt>Tags</dt>
            <dd>
              {c.tags.map((t, i) => (
                <span key={t}>
                  {i > 0 && ', '}
                  <Link to={`/claims?tag=${encodeURIComponent(t)}`}>{t}</Link>
                </span>
              ))}
            </dd>
          </div>
        )}
      </dl>

      {c.quote ? (
        <figure className="quote">
          <blockquote>{c.quote}</blockquote>
          <figcaption>{c.publicationId ? <IssueLink c={c} pub={pub} /> : 'Quoted as published'}</figcaption>
        </figure>
      ) : (
        c.publicationId && (
          <p className="claim-issue from-issue">
            <IssueLink c={c} pub={pub} />
          </p>
        )
      )}

      <section className="block" aria-labelledby="res-h">
        <h2 id="res-h">Resolution</h2>
        {c.resolutions.length === 0 && (
          <p className="status empty">
            {c.status === 'open'
              ? `Not yet: the window ends ${date(c.windowEnd)}.`
              : 'The window has ended; a reviewer has not ruled yet.'}
          </p>
        )}
        {[...current, ...c.resolutions.filter((r) => r.supersededBy || r.withdrawnAt)].map((r) => (
          <ResolutionCard
            key={r.id}
            r={r}
            actions={
              can('reviewer') && !r.supersededBy && !r.withdrawnAt ? (
                <div className="actions">
                  {!r.confirmedBy && r.reviewer !== user?.username && (
                    <Suspense fallback={null}>
                      <ConfirmButton resolutionId={r.id} onDone={handleDone} />
                    </Suspense>
                  )}
                  <button
                    type="button"
                    className="button secondary"
                    onClick={() => setOpen({ kind: 'resolve', correcting: r })}
                  >
                    Correct…
                  </button>
                </div>
              ) : null
            }
          />
        ))}
      </section>

      {can('editor') && c.status !== 'resolved' && c.status !== 'void' && (
        <AssignForm target={{ claimId: c.id }} label="Assign to a reviewer" />
      )}

      <section className="block" aria-labelledby="hist-h">
        <h2 id="hist-h">History</h2>
        <p className="sub">
          Every change is an event in the public <Link to="/ledger">ledger</Link>; each hash covers the one before it.
        </p>
        <History events={c.history} />
        {c.history.length > 0 && (
          <VerifyPanel
            request={{
              fromSeq: Math.min(...c.history.map((h) => h.seq)),
              mustInclude: c.history.map((h) => h.seq),
            }}
            label="Verify this claim"
          />
        )}
      </section>

      <Suspense fallback={null}>
        {open?.kind === 'resolve' && (
          <ResolveDialog claim={c} correcting={open.correcting} onClose={() => setOpen(null)} onDone={handleDone} />
        )}
        {open?.kind === 'amend' && <AmendDialog claim={c} onClose={() => setOpen(null)} onDone={handleDone} />}
      </Suspense>
    </article>
  );
}
