import { Link, Navigate, useSearchParams } from 'react-router';
import { shortCheckpoint } from '../../shared/ledger-format/checkpoint.js';
import { useLedgerEvents, useLedgerHead } from '../api/hooks.js';
import { ErrorMessage, Loading } from '../components/Status.js';
import { dateTime, shortHash } from '../format.js';
import {
  eventJsonPath,
  eventPagePath,
  eventSubjectLink,
  legacyLedgerHref,
  ledgerEventsDataUrl,
  ledgerPageHref,
  ledgerPager,
  parseLedgerView,
  type LedgerRange,
} from '../../shared/ledger-links.js';
import { useTitle } from '../use-title.js';
import { useLatestCheckpoint } from '../verify/use-checkpoint.js';
import { VerifyPanel } from '../verify/VerifyPanel.js';

/** The pager's step: a link to the page, or the same box, unlinked, where there is none. */
function PageStep({ to, children }: { to: LedgerRange | null; children: string }) {
  return to === null ? (
    <span className="button" aria-disabled="true">
      {children}
    </span>
  ) : (
    <Link className="button" to={ledgerPageHref(to)}>
      {children}
    </Link>
  );
}

export function LedgerPage() {
  useTitle('Ledger');
  const head = useLedgerHead();
  const checkpoint = useLatestCheckpoint();
  // The events are in the address (?before=SEQ or ?after=SEQ, or ?event=SEQ from a claim's history,
  // which opens the page holding it and marks it); a page anchored on event numbers needs no head to ask for them.
  const [params] = useSearchParams();
  const { range, wanted } = parseLedgerView(params);
  // an old ?page=N address asks for nothing: it moves to its stable address below once the head is known
  const events = useLedgerEvents(params.has('page') ? null : ledgerEventsDataUrl(range, head.data?.seq ?? null));
  const pager = head.data ? ledgerPager(range, head.data.seq) : null;
  // an address from before the pages were anchored (?page=N) moves to the stable one, as the server redirects it
  const legacy = head.data ? legacyLedgerHref(params, head.data.seq) : null;
  if (legacy) return <Navigate to={legacy} replace />;
  return (
    <article className="page ledger-page">
      <header className="page-header">
        <h1>The ledger</h1>
        <p className="lede">
          Every call, amendment and grade is written here as an event, in order, and never changed. Each event carries a
          fingerprint (a hash) of itself and of the one before it, so editing anything in the past would change every
          fingerprint after it.
        </p>
      </header>
      <section className="block head-box" aria-labelledby="verify-h">
        <h2 id="verify-h">Check it yourself</h2>
        {head.error && <ErrorMessage error={head.error} what="the ledger head" onRetry={head.reload} />}
        {!head.data && !head.error && <Loading what="the head" />}
        {head.data && (
          <>
            <p className="big-number">Event #{head.data.seq}</p>
            <p className="head-hash">
              <code>{head.data.hash}</code>
            </p>
          </>
        )}
        {checkpoint.data && (
          <p>
            Latest signed checkpoint: <strong>{shortCheckpoint(checkpoint.data)}</strong>, signed{' '}
            {dateTime(checkpoint.data.at)} with key <code>{checkpoint.data.keyId}</code>.
          </p>
        )}
        <VerifyPanel request={{ fromSeq: 1 }} label="Verify the whole ledger" />
        <p className="sub">
          The button downloads every event and checks, here in your browser, that each one links to the one before and
          that its fingerprint matches its contents, and that every signed checkpoint is genuine and lies on the chain.
        </p>
      </section>
      <section className="block" aria-labelledby="explain-h">
        <h2 id="explain-h">What a checkpoint is, and what to do with one</h2>
        <p>
          A <strong>checkpoint</strong> is the ledger’s latest event number and fingerprint, signed with this site’s key
          (published at <a href="/.well-known/track-record.json">/.well-known/track-record.json</a>). One is signed
          whenever an issue is published or a call is graded, and at least once a day. Newsletters, feeds and the pages
          of this site quote it, like “Track record checkpoint #1234 · 9f3a…c2”.
        </p>
        <p>
          Keep the checkpoints you see. If the operator ever rewrote the past, the chain would no longer pass through
          them: press Verify and compare, or give one to <code>track-record audit URL --checkpoint SEQ:HASH</code>. See{' '}
          <code>docs/checkpoints.md</code> for the details.
        </p>
      </section>
      <section className="block" aria-labelledby="recent-h">
        <h2 id="recent-h">Events</h2>
        {events.error && <ErrorMessage error={events.error} what="the events" onRetry={events.reload} />}
        {events.data && (
          <div className="table-scroll ledger-events">
            <table className="data">
              <thead>
                <tr>
                  <th scope="col" className="num">
                    #
                  </th>
                  <th scope="col">Type</th>
                  <th scope="col">About</th>
                  <th scope="col">When</th>
                  <th scope="col">By</th>
                  <th scope="col">Hash</th>
                </tr>
              </thead>
              <tbody>
                {[...events.data.items].reverse().map((e) => {
                  const link = eventSubjectLink(e);
                  return (
                    <tr
                      key={e.seq}
                      id={`event-${e.seq}`}
                      className={e.seq === wanted ? 'event-wanted' : undefined}
                      aria-current={e.seq === wanted ? 'true' : undefined}
                    >
                      <td className="num" data-label="#">
                        <Link to={eventPagePath(e.seq)} title="A link to this event">
                          {e.seq}
                        </Link>
                      </td>
                      <td data-label="Type">{e.type}</td>
                      <td data-label="About">{link ? <Link to={link.to}>{link.text}</Link> : e.entity}</td>
                      <td className="nowrap" data-label="When">
                        {dateTime(e.at)}
                      </td>
                      <td data-label="By">{e.actor}</td>
                      <td data-label="Hash">
                        <span>
                          <code title={e.hash}>{shortHash(e.hash)}</code>{' '}
                          <a href={eventJsonPath(e.seq)} title="This event as the API records it">
                            JSON
                          </a>
                        </span>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
        {pager && (
          <nav className="pager" aria-label="Event pages">
            <PageStep to={pager.newer}>Newer</PageStep> {pager.label} <PageStep to={pager.older}>Older</PageStep>
          </nav>
        )}
      </section>
    </article>
  );
}
