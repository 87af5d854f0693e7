import type { Claim } from '../../shared/api/claims.js';
import type { Publication, PublicationDetail } from '../../shared/api/publications.js';
import { date } from '../../shared/format.js';
import { publicationsPageHref } from '../../shared/page-data.js';
import { formattedRuns, issueFormat, segmentText } from '../../shared/issue-text.js';
import { claimListHtml, witnessHtml } from './claim-html.js';
import { escapeHtml as e } from './head.js';

/** What an issue's page shows, as the API answers the app's requests for it (shared/page-data.ts). */
export interface PublicationPageData {
  pub: PublicationDetail;
  /** The latest signed checkpoint (GET /api/ledger/checkpoints/latest), null before the first. */
  checkpoint: { seq: number; hash: string; at: string } | null;
}

/**
 * components/HighlightedText.tsx with `readable`: the text as published, each claim's span a link to
 * the claim (pages/PublicationPage.tsx's renderMark), the house format's bold and headings drawn.
 */
function issueTextHtml(text: string, claims: readonly Claim[]): string {
  const spans = claims
    .filter((c) => c.spanStart !== null && c.spanEnd !== null)
    .map((c) => ({ id: c.id, start: c.spanStart!, end: c.spanEnd!, claim: c }));
  const format = issueFormat(text);
  let at = 0;
  const segments = segmentText(text, spans).map((seg) => {
    const start = at;
    at += seg.text.length;
    const shown = formattedRuns(text, start, at, format)
      .map((r) =>
        r.kind === 'heading'
          ? `<strong class="issue-heading">${e(r.text)}</strong>`
          : r.kind === 'strong'
            ? `<strong>${e(r.text)}</strong>`
            : e(r.text),
      )
      .join('');
    if (!seg.span) return `<span>${shown}</span>`;
    const c = seg.span.claim;
    return [
      `<span><a href="/claims/${encodeURIComponent(c.id)}" id="claim-${e(c.id)}" class="mark-claim kind-${c.kind.toLowerCase()}"`,
      ` title="${e(`${c.kind}: ${c.statement}`)}"><span class="visually-hidden">[claim: ${c.kind}] </span>${shown}</a></span>`,
    ].join('');
  });
  return `<div class="issue-text">${segments.join('')}</div>`;
}

/**
 * pages/PublicationPage.tsx as the app first renders it for a reader not signed in: the issue's
 * facts and fingerprint, the checkpoint, its text with each claim marked and linked, and its claims.
 */
export function publicationPageHtml({ pub, checkpoint }: PublicationPageData): string {
  // Only an http(s) address is a link (the schema allows nothing else).
  const original =
    pub.url && /^https?:\/\//i.test(pub.url) ? ` · <a href="${e(pub.url)}" rel="noopener noreferrer">original</a>` : '';
  return [
    '<article class="page"><header class="page-header"><p class="eyebrow">Issue</p>',
    `<h1>${e(pub.title)}</h1>`,
    `<p class="meta">Published ${date(pub.publishedOn)} · ${pub.claimCount} claims logged${original}</p>`,
    `<p class="meta hash-line">SHA-256 of the text: <code>${e(pub.sha256)}</code></p></header>`,
    witnessHtml(checkpoint),
    '<div class="pub-layout"><section aria-label="The issue as published" class="block">',
    '<h2 class="visually-hidden">Text as published</h2>',
    issueTextHtml(pub.text, pub.claims),
    '</section><section aria-labelledby="pub-claims-h" class="block"><h2 id="pub-claims-h">Claims in this issue</h2>',
    pub.claims.length === 0
      ? '<p class="status empty">No claims were logged from this issue.</p>'
      : claimListHtml(pub.claims, null),
    '</section></div></article>',
  ].join('');
}

/**
 * pages/PublicationsPage.tsx as the app first renders it: the page of issues its address names, each
 * linking to its page, and the next page as a link.
 */
export function publicationsPageHtml(list: { items: Publication[]; nextCursor: string | null }): string {
  const row = (p: Publication) =>
    [
      `<tr><td class="nowrap">${date(p.publishedOn)}</td>`,
      `<th scope="row"><a href="/publications/${encodeURIComponent(p.id)}">${e(p.title)}</a></th>`,
      `<td class="num">${p.claimCount}</td></tr>`,
    ].join('');
  return [
    '<section class="page"><header class="page-header"><h1>Issues</h1>',
    '<p class="lede">Each issue as it was published, with every logged claim highlighted in place.</p></header>',
    list.items.length === 0
      ? '<p class="status empty">No issues have been published yet.</p>'
      : [
          '<div class="table-scroll"><table class="data"><thead><tr><th scope="col">Published</th>',
          '<th scope="col">Title</th><th scope="col" class="num">Claims</th></tr></thead>',
          `<tbody>${list.items.map(row).join('')}</tbody></table></div>`,
        ].join(''),
    list.nextCursor
      ? `<a class="button secondary" href="${e(publicationsPageHref(list.nextCursor))}">Older issues →</a>`
      : '',
    '</section>',
  ].join('');
}
