import type { Highlighted, SearchHit, SearchResponse } from '../../shared/api/search.js';
import { escapeHtml as e } from './head.js';

const GROUPS = [
  { key: 'sources', label: 'Sources' },
  { key: 'claims', label: 'Claims' },
  { key: 'publications', label: 'Issues' },
] as const;

/** components/Highlighted.tsx: the search's matches in <mark>. */
const runsHtml = (runs: Highlighted) =>
  runs.map((r) => (r.hit ? `<mark>${e(r.text)}</mark>` : `<span>${e(r.text)}</span>`)).join('');

/** pages/SearchPage.tsx's Hit; a result's page is a path on this site (anything else is not linked). */
function hitHtml(hit: SearchHit): string {
  const title = runsHtml(hit.title);
  return [
    '<li class="search-hit">',
    hit.path.startsWith('/') && !hit.path.startsWith('//')
      ? `<a class="search-title" href="${e(hit.path)}">${title}</a>`
      : `<span class="search-title">${title}</span>`,
    hit.detail ? `<span class="sub search-detail">${e(hit.detail)}</span>` : '',
    hit.snippet.length > 0 ? `<p class="search-snippet">${runsHtml(hit.snippet)}</p>` : '',
    '</li>',
  ].join('');
}

/** pages/SearchPage.tsx as the app first renders it: the results of the address's words, by kind. */
export function searchPageHtml(q: string, results: SearchResponse | null): string {
  const total = results ? results.sources.length + results.claims.length + results.publications.length : 0;
  return [
    '<section class="page search-page"><header class="page-header"><h1>Search</h1>',
    q ? `<p class="lede">Sources, claims and issues matching “${e(q)}”, best match first.</p>` : '',
    '</header>',
    q ? '' : '<p class="status empty">Type a name, a handle or a few words of a claim in the search box above.</p>',
    results && total === 0 ? `<p class="status empty">Nothing matches “${e(q)}”. Try fewer or shorter words.</p>` : '',
    results
      ? GROUPS.map(({ key, label }) =>
          results[key].length > 0
            ? `<section class="search-group" aria-label="${label}"><h2>${label}</h2><ul class="search-hits">${results[key].map(hitHtml).join('')}</ul></section>`
            : '',
        ).join('')
      : '',
    '</section>',
  ].join('');
}
