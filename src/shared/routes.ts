/**
 * The web app's page routes, shared by the browser router and the server. The server answers
 * 404 for any path not listed here (and for a listed entity page whose record does not exist),
 * and writes each page's title and link-preview tags into the HTML it serves.
 */
export const PAGE_ROUTES = {
  leaderboard: '/',
  methodology: '/methodology',
  claims: '/claims',
  claim: '/claims/:id',
  source: '/sources/:handle',
  publications: '/publications',
  publication: '/publications/:id',
  ledger: '/ledger',
  search: '/search',
  signin: '/signin',
  setup: '/setup',
  newIssue: '/editor/new',
  review: '/review',
  admin: '/admin',
} as const;

export type PageName = keyof typeof PAGE_ROUTES;

export interface PageMatch {
  page: PageName;
  params: Record<string, string>;
}

/** The page a path names, with its decoded parameters, or null when it names none. */
export function matchPage(pathname: string): PageMatch | null {
  const path = pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname;
  const parts = path.split('/');
  for (const [page, pattern] of Object.entries(PAGE_ROUTES) as [PageName, string][]) {
    const want = pattern.split('/');
    if (want.length !== parts.length) continue;
    const params: Record<string, string> = {};
    let ok = true;
    for (let i = 0; i < want.length && ok; i++) {
      const w = want[i]!;
      const p = parts[i]!;
      if (w.startsWith(':')) {
        if (!p) ok = false;
        else {
          try {
            params[w.slice(1)] = decodeURIComponent(p);
          } catch {
            ok = false;
          }
        }
      } else ok = w === p;
    }
    if (ok) return { page, params };
  }
  return null;
}

/** The path of a page, with its parameters filled in. */
export function pagePath(page: PageName, params: Record<string, string> = {}): string {
  return PAGE_ROUTES[page].replace(/:(\w+)/g, (_, k: string) => encodeURIComponent(params[k] ?? ''));
}

/** The title of the page a reader gets for an address that names nothing on the record. */
export const NOT_FOUND_TITLE = 'Page not found';

/**
 * What the not-found page says for an address (the server's 404 page and the app's NotFoundPage alike):
 * that the source, claim or issue it names is not on the record, or that nothing is at it.
 */
export function notFoundText(match: PageMatch | null): string {
  if (match?.page === 'source') return `There is no source @${match.params.handle!.replace(/^@/, '')} on the record.`;
  if (match?.page === 'claim') return 'There is no claim with this id on the record.';
  if (match?.page === 'publication') return 'There is no issue with this id on the record.';
  return 'There is nothing at this address.';
}
