import type { ClaimDetail } from '../../shared/api/claims.js';
import { date } from '../../shared/format.js';
import { windowNote } from '../../shared/record-words.js';
import { historyHtml, kindBadge, resolutionHtml, sourceHref, statusBadgeHtml, witnessHtml } from './claim-html.js';
import { escapeHtml as e } from './head.js';

/** What a claim's page shows, as the API answers the app's requests for it (shared/page-data.ts). */
export interface ClaimPageData {
  claim: ClaimDetail;
  /** GET /api/claims/:id/claimreview for a resolved claim (the page's JSON-LD), else null. */
  review: unknown;
  /** The latest signed checkpoint (GET /api/ledger/checkpoints/latest), null before the first. */
  checkpoint: { seq: number; hash: string; at: string } | null;
}

/** "From <issue>, published <date>": every claim logged from an issue links back to it (ClaimPage's IssueLink). */
function issueLink(c: ClaimDetail): string {
  const pub = c.publication ?? undefined;
  const href = `/publications/${encodeURIComponent(c.publicationId!)}${c.spanStart !== null ? `#claim-${encodeURIComponent(c.id)}` : ''}`;
  return `From <a href="${href}">${pub ? e(pub.title) : 'the issue'}</a>${pub ? `, published ${date(pub.publishedOn)}` : ''}`;
}

const fact = (term: string, value: string) => `<div><dt>${term}</dt><dd>${value}</dd></div>`;

/**
 * pages/ClaimPage.tsx as the app first renders it for a reader not signed in: the statement, its
 * facts, the rulings and the full history; the in-browser check of the history waits for the script.
 */
export function claimPageHtml({ claim: c, review, checkpoint }: ClaimPageData): string {
  const window = [
    c.windowStart ? `${date(c.windowStart)} – ` : 'until ',
    date(c.windowEnd),
    c.windowStated && c.timePhrase ? `<span class="sub"> from “${e(c.timePhrase)}”</span>` : '',
    c.windowStated ? '' : `<span class="mark"> ${e(windowNote(c, c.publication?.publishedOn))}</span>`,
  ].join('');
  const sources =
    c.sources.length === 0
      ? '—'
      : c.sources
          .map(
            (s) =>
              `<span><a href="${sourceHref(s.handle)}">${e(s.displayName)}</a> <span class="sub">@${e(s.handle)}${s.role !== 'made' ? `, ${e(s.role)}` : ''}</span></span>`,
          )
          .join(', ');
  const tags = c.tags.map((t) => `<span><a href="/claims?tag=${encodeURIComponent(t)}">${e(t)}</a></span>`).join(', ');
  const quote = c.quote
    ? `<figure class="quote"><blockquote>${e(c.quote)}</blockquote><figcaption>${c.publicationId ? issueLink(c) : 'Quoted as published'}</figcaption></figure>`
    : c.publicationId
      ? `<p class="claim-issue from-issue">${issueLink(c)}</p>`
      : '';
  const current = c.resolutions.filter((r) => !r.supersededBy && !r.withdrawnAt);
  const past = c.resolutions.filter((r) => r.supersededBy || r.withdrawnAt);
  return [
    '<article class="page claim-page">',
    review ? `<script type="application/ld+json">${JSON.stringify(review).replace(/</g, '\\u003c')}</script>` : '',
    `<header class="page-header"><p class="eyebrow">${kindBadge(c.kind)} ${statusBadgeHtml(c.status, c.outcome, c.credit)}</p>`,
    `<h1 class="statement">${e(c.statement)}</h1>`,
    c.publishedStatement !== c.statement
      ? `<p class="first-published"><strong>First published as:</strong> “${e(c.publishedStatement)}”</p>`
      : '',
    `</header>${witnessHtml(checkpoint)}<dl class="facts">`,
    fact('Window', window),
    fact('Sources', sources),
    c.probability !== null ? fact('Stated probability', `${Math.round(c.probability * 100)}%`) : '',
    c.condition ? fact('Condition', e(c.condition)) : '',
    c.criteria ? fact('How it is judged', e(c.criteria)) : '',
    c.tags.length > 0 ? fact('Tags', tags) : '',
    `</dl>${quote}`,
    '<section class="block" aria-labelledby="res-h"><h2 id="res-h">Resolution</h2>',
    c.resolutions.length === 0
      ? `<p class="status empty">${c.status === 'open' ? `Not yet: the window ends ${date(c.windowEnd)}.` : 'The window has ended; a reviewer has not ruled yet.'}</p>`
      : '',
    [...current, ...past].map(resolutionHtml).join(''),
    '</section><section class="block" aria-labelledby="hist-h"><h2 id="hist-h">History</h2>',
    '<p class="sub">Every change is an event in the public <a href="/ledger">ledger</a>; each hash covers the one before it.</p>',
    historyHtml(c.history),
    c.history.length > 0
      ? '<div class="verify-panel" aria-live="polite"><button type="button" class="button script-only">Verify this claim</button></div>'
      : '',
    '</section></article>',
  ].join('');
}
