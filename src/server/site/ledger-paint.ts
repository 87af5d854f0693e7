import type { LedgerEvent } from '../../shared/api/ledger.js';
import { dateTime, shortHash } from '../../shared/format.js';
import { shortCheckpoint } from '../../shared/ledger-format/checkpoint.js';
import {
  eventJsonPath,
  eventPagePath,
  eventSubjectLink,
  ledgerPageHref,
  ledgerPager,
  type LedgerRange,
} from '../../shared/ledger-links.js';
import { escapeHtml as e } from './head.js';

/** What the ledger page shows, as the API answers the app's requests for it (shared/ledger-links.ts). */
export interface LedgerPageData {
  head: { seq: number; hash: string };
  /** The events the address opens (shared/ledger-links.ts: parseLedgerView), and the event it marks (`?event=`), if any. */
  range: LedgerRange;
  wanted: number | null;
  events: { items: LedgerEvent[] };
  /** The latest signed checkpoint (GET /api/ledger/checkpoints/latest), null before the first. */
  checkpoint: { seq: number; hash: string; at: string; keyId: string } | null;
}

/** The events table's rows, newest first (pages/LedgerPage.tsx). */
function eventRowHtml(ev: LedgerEvent, wanted: number | null): string {
  const link = eventSubjectLink(ev);
  const marked = ev.seq === wanted;
  return [
    `<tr id="event-${ev.seq}"${marked ? ' class="event-wanted" aria-current="true"' : ''}>`,
    `<td class="num" data-label="#"><a href="${e(eventPagePath(ev.seq))}" title="A link to this event">${ev.seq}</a></td>`,
    `<td data-label="Type">${e(ev.type)}</td>`,
    `<td data-label="About">${link ? `<a href="${e(link.to)}">${e(link.text)}</a>` : e(ev.entity)}</td>`,
    `<td class="nowrap" data-label="When">${e(dateTime(ev.at))}</td>`,
    `<td data-label="By">${e(ev.actor)}</td>`,
    `<td data-label="Hash"><span><code title="${e(ev.hash)}">${e(shortHash(ev.hash))}</code> `,
    `<a href="${e(eventJsonPath(ev.seq))}" title="This event as the API records it">JSON</a></span></td></tr>`,
  ].join('');
}

/** The pager's step (LedgerPage's PageStep): a link to the page, or the same box unlinked. */
const step = (to: LedgerRange | null, text: string) =>
  to === null
    ? `<span class="button" aria-disabled="true">${text}</span>`
    : `<a class="button" href="${e(ledgerPageHref(to))}">${text}</a>`;

/**
 * pages/LedgerPage.tsx as the app first renders it: the head and the latest checkpoint, what a
 * checkpoint is, and the address's page of events with its pager as links; the in-browser check waits
 * for the script.
 */
export function ledgerPageHtml({ head, range, wanted, events, checkpoint }: LedgerPageData): string {
  const pager = ledgerPager(range, head.seq);
  return [
    '<article class="page ledger-page"><header class="page-header"><h1>The ledger</h1>',
    '<p class="lede">Every call, amendment and grade is written here as an event, in order, and never changed. ',
    'Each event carries a fingerprint (a hash) of itself and of the one before it, so editing anything in the past ',
    'would change every fingerprint after it.</p></header>',
    '<section class="block head-box" aria-labelledby="verify-h"><h2 id="verify-h">Check it yourself</h2>',
    `<p class="big-number">Event #${head.seq}</p><p class="head-hash"><code>${e(head.hash)}</code></p>`,
    checkpoint
      ? `<p>Latest signed checkpoint: <strong>${e(shortCheckpoint(checkpoint))}</strong>, signed ${e(dateTime(checkpoint.at))} with key <code>${e(checkpoint.keyId)}</code>.</p>`
      : '',
    '<div class="verify-panel" aria-live="polite"><button type="button" class="button script-only">Verify the whole ledger</button></div>',
    '<p class="sub">The button downloads every event and checks, here in your browser, that each one links to the one ',
    'before and that its fingerprint matches its contents, and that every signed checkpoint is genuine and lies on the chain.</p>',
    '</section><section class="block" aria-labelledby="explain-h"><h2 id="explain-h">What a checkpoint is, and what to do with one</h2>',
    '<p>A <strong>checkpoint</strong> is the ledger’s latest event number and fingerprint, signed with this site’s key ',
    '(published at <a href="/.well-known/track-record.json">/.well-known/track-record.json</a>). One is signed ',
    'whenever an issue is published or a call is graded, and at least once a day. Newsletters, feeds and the pages ',
    'of this site quote it, like “Track record checkpoint #1234 · 9f3a…c2”.</p>',
    '<p>Keep the checkpoints you see. If the operator ever rewrote the past, the chain would no longer pass through ',
    'them: press Verify and compare, or give one to <code>track-record audit URL --checkpoint SEQ:HASH</code>. See ',
    '<code>docs/checkpoints.md</code> for the details.</p></section>',
    '<section class="block" aria-labelledby="recent-h"><h2 id="recent-h">Events</h2>',
    '<div class="table-scroll ledger-events"><table class="data"><thead><tr>',
    '<th scope="col" class="num">#</th><th scope="col">Type</th><th scope="col">About</th>',
    '<th scope="col">When</th><th scope="col">By</th><th scope="col">Hash</th></tr></thead><tbody>',
    [...events.items]
      .reverse()
      .map((ev) => eventRowHtml(ev, wanted))
      .join(''),
    '</tbody></table></div>',
    `<nav class="pager" aria-label="Event pages">${step(pager.newer, 'Newer')} ${e(pager.label)} `,
    `${step(pager.older, 'Older')}</nav></section></article>`,
  ].join('');
}
