import { Link, useParams } from 'react-router';
import { Id } from '../../shared/api/common.js';
import { NOT_FOUND_TITLE } from '../../shared/routes.js';
import { isNotFound } from '../api/client.js';
import { usePublication } from '../api/hooks.js';
import { ClaimList } from '../components/ClaimList.js';
import { HighlightedText } from '../components/HighlightedText.js';
import { ErrorMessage, Loading } from '../components/Status.js';
import { date } from '../format.js';
import { useTitle } from '../use-title.js';
import { CheckpointWitness } from '../verify/CheckpointWitness.js';
import { useAuth } from '../auth.js';
import { NotFoundPage } from './NotFoundPage.js';

export function PublicationPage() {
  const { user } = useAuth();
  const { id = '' } = useParams();
  // An id the API would refuse names no issue: the server answers 404 for it too.
  const valid = Id.safeParse(id).success;
  const { data: pub, error, reload } = usePublication(valid ? id : null);
  const notFound = !valid || (isNotFound(error) && !pub);
  useTitle(pub?.title ?? (notFound ? NOT_FOUND_TITLE : 'Issue'));
  if (notFound) return <NotFoundPage />;
  if (error && !pub) return <ErrorMessage error={error} what="the issue" onRetry={reload} />;
  if (!pub) return <Loading what="the issue" />;
  const spans = pub.claims
    .filter((c) => c.spanStart !== null && c.spanEnd !== null)
    .map((c) => ({ id: c.id, start: c.spanStart!, end: c.spanEnd!, claim: c }));
  return (
    <article className="page">
      <header className="page-header">
        <p className="eyebrow">Issue</p>
        <h1>{pub.title}</h1>
        <p className="meta">
          Published {date(pub.publishedOn)} · {pub.claimCount} claims logged
          {pub.url && (
            <>
              {' · '}
              <a href={pub.url} rel="noopener noreferrer">
                original
              </a>
            </>
          )}
        </p>
        <p className="meta hash-line">
          SHA-256 of the text: <code>{pub.sha256}</code>
        </p>
      </header>
      <CheckpointWitness paste={user !== null} />
      <div className="pub-layout">
        <section aria-label="The issue as published" className="block">
          <h2 className="visually-hidden">Text as published</h2>
          <HighlightedText
            text={pub.text}
            spans={spans}
            readable
            renderMark={(s, text) => (
              <Link
                to={`/claims/${s.claim.id}`}
                id={`claim-${s.claim.id}`}
                className={`mark-claim kind-${s.claim.kind.toLowerCase()}`}
                title={`${s.claim.kind}: ${s.claim.statement}`}
              >
                <span className="visually-hidden">[claim: {s.claim.kind}] </span>
                {text}
              </Link>
            )}
          />
        </section>
        <section aria-labelledby="pub-claims-h" className="block">
          <h2 id="pub-claims-h">Claims in this issue</h2>
          {pub.claims.length === 0 ? (
            <p className="status empty">No claims were logged from this issue.</p>
          ) : (
            <ClaimList claims={pub.claims} />
          )}
        </section>
      </div>
    </article>
  );
}
