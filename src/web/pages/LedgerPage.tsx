import { useLedgerEvents, useLedgerHead } from '../api/hooks.js';
import { ErrorMessage, Loading } from '../components/Status.js';
import { dateTime, shortHash } from '../format.js';
import { useTitle } from '../use-title.js';

export function LedgerPage() {
  useTitle('Ledger');
  const head = useLedgerHead();
  const after = head.data ? Math.max(0, head.data.seq - 20) : null;
  const events = useLedgerEvents(after === null ? {} : { after, limit: 20 });
  const origin = typeof location === 'undefined' ? '' : location.origin;
  return (
    <article className="page ledger-page">
      <header className="page-header">
        <h1>The ledger</h1>
        <p className="lede">
          Every claim, amendment and resolution is an event in an append-only chain. Each event’s hash covers the
          previous hash, so changing anything in the past changes every hash after it.
        </p>
      </header>
      <section className="block head-box" aria-labelledby="head-h">
        <h2 id="head-h">Current head</h2>
        {head.error && <ErrorMessage error={head.error} what="the ledger head" onRetry={head.reload} />}
        {!head.data && !head.error && <Loading what="the head" />}
        {head.data && (
          <>
            <p className="big-number">Event #{head.data.seq}</p>
            <p className="head-hash">
              <code>{head.data.hash}</code>
            </p>
            <p className="sub">
              Save this hash. If anyone later rewrites an earlier event, the chain will no longer lead to it.
            </p>
          </>
        )}
      </section>
      <section className="block" aria-labelledby="verify-h">
        <h2 id="verify-h">How to verify it</h2>
        <ol className="steps">
          <li>
            Download every event: <code>GET {origin}/api/ledger/events?after=0&amp;limit=1000</code>, following{' '}
            <code>next</code> until it is null.
          </li>
          <li>
            Start with <code>prevHash</code> = 64 zeros. For each event, check that its <code>prevHash</code> is the
            previous event’s hash and that{' '}
            <code>hash = sha256(prevHash + "\n" + seq + "\n" + type + "\n" + payload)</code> (hex; <code>payload</code>{' '}
            is the canonical JSON string as served).
          </li>
          <li>
            The last hash must equal the head above — and the head you saved earlier must appear in the chain at its
            sequence number.
          </li>
          <li>
            With a copy of the database, <code>track-record verify</code> does all of this and also replays the events
            into empty tables and compares them with the live ones.
          </li>
        </ol>
      </section>
      <section className="block" aria-labelledby="recent-h">
        <h2 id="recent-h">Latest events</h2>
        {events.error && <ErrorMessage error={events.error} what="the events" onRetry={events.reload} />}
        {events.data && (
          <div className="table-scroll">
            <table className="data">
              <thead>
                <tr>
                  <th scope="col" className="num">
                    #
                  </th>
                  <th scope="col">Type</th>
                  <th scope="col">When</th>
                  <th scope="col">By</th>
                  <th scope="col">Hash</th>
                </tr>
              </thead>
              <tbody>
                {[...events.data.items].reverse().map((e) => (
                  <tr key={e.seq}>
                    <td className="num">{e.seq}</td>
                    <td>{e.type}</td>
                    <td className="nowrap">{dateTime(e.at)}</td>
                    <td>{e.actor}</td>
                    <td>
                      <code title={e.hash}>{shortHash(e.hash)}</code>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </article>
  );
}
