import type { Claim, ClaimDetail, ClaimKind, ClaimStatus, Resolution } from '../../shared/api/claims.js';
import { date, dateTime } from '../../shared/format.js';
import {
  historyDetails,
  historyLabel,
  outcomeLabel,
  statusBadge,
  VOID_LABEL,
  type HistoryDetail,
} from '../../shared/record-words.js';
import { shortCheckpoint } from '../../shared/ledger-format/checkpoint.js';
import { eventJsonPath, eventPagePath } from '../../shared/ledger-links.js';
import { escapeHtml as e } from './head.js';

// Claims as the app's components render them (named on each), with the same classes and words, for
// the first paint of a source's page and a claim's page.

/** components/Badges.tsx: KindBadge. */
export const kindBadge = (kind: ClaimKind) => `<span class="badge kind-${kind.toLowerCase()}">${kind}</span>`;

/** components/Badges.tsx: StatusBadge. */
export function statusBadgeHtml(status: ClaimStatus, outcome?: string | null, credit?: number | null): string {
  const b = statusBadge(status, outcome, credit);
  return `<span class="${b.className}">${e(b.label)}</span>`;
}

const claimHref = (id: string) => `/claims/${encodeURIComponent(id)}`;
export const sourceHref = (handle: string) => `/sources/${encodeURIComponent(handle)}`;
const publicationHref = (id: string) => `/publications/${encodeURIComponent(id)}`;

/**
 * components/ClaimList.tsx: on a source's page (`forSource`) without the sources, marking the claims
 * it is only cited or disputed in; elsewhere with each claim's sources.
 */
export function claimListHtml(claims: readonly Claim[], forSource: string | null): string {
  const sources = (c: Claim) =>
    `<span>${c.sources
      .map(
        (s) =>
          `<span><a href="${sourceHref(s.handle)}">@${e(s.handle)}</a>${s.role !== 'made' ? `<span class="sub"> (${e(s.role)})</span>` : ''}</span>`,
      )
      .join(', ')}</span>`;
  const item = (c: Claim) => {
    const role = (forSource !== null && c.sources.find((s) => s.handle === forSource)?.role) || 'made';
    return [
      '<li class="claim-item">',
      `<div class="claim-line">${kindBadge(c.kind)}<a class="claim-statement" href="${claimHref(c.id)}">${e(c.statement)}</a></div>`,
      '<div class="claim-meta">',
      statusBadgeHtml(c.status, c.outcome, c.credit),
      role !== 'made'
        ? `<span class="mark" title="Not this source's call: it does not count in its scores">${e(role)} here, not scored</span>`
        : '',
      `<span>${c.status === 'open' ? 'Resolves' : 'Window ended'} ${date(c.windowEnd)}`,
      c.windowStated
        ? ''
        : '<span class="mark" title="No date was stated; the editor set this window"> (date set by editor)</span>',
      '</span>',
      c.probability !== null ? `<span>p = ${Math.round(c.probability * 100)}%</span>` : '',
      c.publication
        ? `<span class="claim-issue">in <a href="${publicationHref(c.publication.id)}">${e(c.publication.title)}</a>, ${date(c.publication.publishedOn)}</span>`
        : '',
      forSource === null && c.sources.length > 0 ? sources(c) : '',
      '</div></li>',
    ].join('');
  };
  return `<ul class="claim-list">${claims.map(item).join('')}</ul>`;
}

/** Links that open elsewhere; only http(s) addresses are links (the schemas allow nothing else). */
const outLink = (url: string, text: string, rel: string) =>
  /^https?:\/\//i.test(url) ? `<a href="${e(url)}" rel="${rel}" target="_blank">${e(text)}</a>` : e(text);

/** components/ResolutionCard.tsx, without the reviewer's actions. */
export function resolutionHtml(r: Resolution): string {
  const superseded = !!r.supersededBy;
  const withdrawn = !!r.withdrawnAt;
  const credit = r.outcome === 'partial' && r.credit !== null ? ` (${Math.round(r.credit * 100)}% credit)` : '';
  const voidReason = r.voidReason
    ? `<span> — ${e(Object.hasOwn(VOID_LABEL, r.voidReason) ? VOID_LABEL[r.voidReason]! : r.voidReason)}</span>`
    : '';
  return [
    `<div class="resolution${superseded || withdrawn ? ' superseded' : ''}"><p class="resolution-head">`,
    `<span class="badge outcome-${e(r.outcome)}">${e(outcomeLabel(r.outcome))}${credit}</span>${voidReason}`,
    superseded ? '<span class="badge status-void">Superseded</span>' : '',
    withdrawn ? '<span class="badge status-void">Withdrawn</span>' : '',
    r.early ? '<span class="badge">Resolved early</span>' : '',
    `</p><p class="sub">By ${e(r.reviewer)}, ${dateTime(r.createdAt)}`,
    r.confirmedBy ? ` · confirmed by ${e(r.confirmedBy)}, ${dateTime(r.confirmedAt)}` : '',
    '</p>',
    r.supersedes && r.reason ? `<p>Correction: ${e(r.reason)}</p>` : '',
    withdrawn
      ? `<p>Withdrawn by ${e(r.withdrawnBy ?? '')}, ${dateTime(r.withdrawnAt)}: ${e(r.withdrawReason ?? '')}</p>`
      : '',
    r.note ? `<p class="note">${e(r.note)}</p>` : '',
    r.evidence.length > 0
      ? `<ul class="evidence">${r.evidence
          .map((url) => `<li>${outLink(url, url.replace(/^https?:\/\//, ''), 'noopener noreferrer nofollow')}</li>`)
          .join('')}</ul>`
      : '',
    '</div>',
  ].join('');
}

const detailValue = (d: HistoryDetail) =>
  'text' in d
    ? e(d.text)
    : d.links.map((u) => `<span>${outLink(u, u, 'nofollow noopener noreferrer')}</span>`).join(', ');

/** components/History.tsx: every ledger event that touched the claim, oldest first, with its hashes. */
export function historyHtml(events: ClaimDetail['history']): string {
  const item = (ev: ClaimDetail['history'][number]) => {
    const details = historyDetails(ev);
    return [
      `<li class="history-item ev-${e(ev.type.replace('.', '-'))}"><div class="history-head">`,
      `<strong>${e(historyLabel(ev))}</strong><span class="sub">${dateTime(ev.at)} by ${e(ev.actor)} · `,
      `<a href="${e(eventPagePath(ev.seq))}" title="This event in the ledger">event #${ev.seq}</a> (`,
      `<a href="${e(eventJsonPath(ev.seq))}" title="This event as the API records it">JSON</a>)</span></div>`,
      details.length > 0
        ? `<dl class="history-details">${details.map((d) => `<div><dt>${e(d.term)}</dt><dd>${detailValue(d)}</dd></div>`).join('')}</dl>`
        : '',
      `<p class="hash"><span class="hash-label">hash</span> <code>${e(ev.hash)}</code><br>`,
      `<span class="hash-label">prev</span> <code>${e(ev.prevHash)}</code></p></li>`,
    ].join('');
  };
  return `<ol class="history">${events.map(item).join('')}</ol>`;
}

/** verify/CheckpointWitness.tsx: the latest signed checkpoint, which a reader (or an archive of the page) can hold the operator to. */
export function witnessHtml(checkpoint: { seq: number; hash: string; at: string } | null): string {
  if (!checkpoint) return '';
  return (
    `<div class="checkpoint-witness sub"><p>Track record checkpoint <a href="/ledger" title="${checkpoint.seq}:${e(checkpoint.hash)}">` +
    `${e(shortCheckpoint(checkpoint))}</a> · signed ${e(checkpoint.at.slice(0, 10))}</p></div>`
  );
}
