import { DEMO_NOTE, SEARCH_LABEL, SEARCH_PLACEHOLDER, SITE_FEEDS, SITE_NAV } from '../../shared/leaderboard-page.js';
import { NOT_FOUND_TITLE, notFoundText, pagePath, type PageMatch } from '../../shared/routes.js';
import { escapeHtml, SITE_NAME } from './head.js';

/**
 * The site's header as the app's components/Layout.tsx first renders it for a reader not signed in:
 * plain links, and the search box as a GET form to the search page (holding the search page's words,
 * `q`), so they work before any script runs.
 */
export function siteHeader({ demo, current, q = '' }: { demo: boolean; current: string; q?: string }): string {
  const nav = SITE_NAV.map((n) =>
    n.to === current
      ? `<a aria-current="page" class="active" href="${n.to}">${n.label}</a>`
      : `<a href="${n.to}">${n.label}</a>`,
  ).join('');
  return [
    '<a class="skip-link" href="#main">Skip to content</a>',
    demo ? `<p class="demo-banner" role="note"><strong>Demo ledger:</strong> ${DEMO_NOTE}</p>` : '',
    '<header class="site-header"><div class="wrap header-row">',
    `<a class="brand" href="/"><span class="brand-mark" aria-hidden="true">◆</span> ${SITE_NAME}</a>`,
    `<nav aria-label="Main" class="main-nav">${nav}</nav>`,
    `<form role="search" class="search-box" action="${pagePath('search')}" method="get">`,
    `<label for="site-search" class="visually-hidden">${SEARCH_LABEL}</label>`,
    `<input id="site-search" type="search" name="q" placeholder="${SEARCH_PLACEHOLDER}" value="${escapeHtml(q)}" maxlength="200">`,
    '<button type="submit" class="button secondary">Search</button></form>',
    `<div class="account"><a href="${pagePath('signin')}">Sign in</a></div>`,
    '</div></header>',
  ].join('');
}

/** The site's footer (components/Layout.tsx): where the ledger and the open data are. */
export function siteFooter(): string {
  return [
    '<footer class="site-footer wrap"><p>Every call is logged in an append-only, hash-chained <a href="/ledger">ledger</a>. ',
    'Rankings are adjusted for sample size.</p>',
    `<p class="feeds">Take it with you: ${SITE_FEEDS.map((f) => `<a href="${f.href}">${f.label}</a>`).join(' · ')}</p></footer>`,
  ].join('');
}

/**
 * The app's pages/NotFoundPage.tsx, for an address that names no page, or a source, claim or issue
 * that is not on the record (said so, for a reader who followed a link to it).
 */
export function notFoundHtml(match: PageMatch | null): string {
  return `<section class="page"><h1>${NOT_FOUND_TITLE}</h1><p>${escapeHtml(notFoundText(match))} Go back to the <a href="/">leaderboard</a>.</p></section>`;
}
