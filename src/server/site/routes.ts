import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Router, type Request } from 'express';
import { matchPage, NOT_FOUND_TITLE, pagePath, type PageMatch } from '../../shared/routes.js';
import { legacyLedgerHref, ledgerPageHref, parseLedgerView } from '../../shared/ledger-links.js';
import { claimsDataUrl, parseClaimFilters } from '../../shared/claim-filters.js';
import {
  parseSourceClaimsView,
  publicationsDataUrl,
  searchWords,
  sourceClaimsDataUrl,
} from '../../shared/page-data.js';
import type { AppContext } from '../context.js';
import { today } from '../clock.js';
import { LRUCache } from 'lru-cache';
import { getLeaderboard } from '../leaderboard/service.js';
import { currentHead } from '../ledger/head-reader.js';
import { perDatabase } from '../db/per-database.js';
import { LeaderboardQuery } from '../../shared/api/leaderboard.js';
import {
  leaderboardDataUrl,
  parseLeaderboardFilters,
  type LeaderboardFilters,
} from '../../shared/leaderboard-filters.js';
import { AppError } from '../http/errors.js';
import { leaderboardFirstPaint, preloadedScript } from './first-paint.js';
import { renderShell, SITE_DESCRIPTION } from './head.js';
import { pageHead, type Head } from './meta.js';
import { methodologyPageHtml } from './methodology-paint.js';
import { notFoundHtml, siteFooter, siteHeader } from './page-frame.js';
import {
  claimPagePaint,
  claimsPagePaint,
  ledgerPagePaint,
  notFoundInline,
  publicationPagePaint,
  publicationsPagePaint,
  searchPagePaint,
  sourcePagePaint,
} from './record-paints.js';

export interface FirstPaint {
  script: string;
  rows: string;
  /** A record page's head (meta.ts), kept with its paint: it reads the same record for the same head. */
  head?: Head;
}
/** First paints kept: the bare board's for the current head, and the filtered boards readers share. */
export const FIRST_PAINTS = 32;
/** Characters of HTML and inline data the kept first paints may hold between them. */
const FIRST_PAINT_CHARS = 8 * 1024 * 1024;

/**
 * The per-database cache of the leaderboard's first paints (its data and HTML) by ledger head, day
 * and filters, keyed by the API address the filters read as, so spellings of one board share an
 * entry; the bound keeps a flood of distinct filters from growing it.
 */
export const firstPaintCacheFor = perDatabase(
  () =>
    new LRUCache<string, FirstPaint>({
      max: FIRST_PAINTS,
      maxSize: FIRST_PAINT_CHARS,
      sizeCalculation: (p) => p.script.length + p.rows.length || 1,
    }),
);

/** The pages drawn from the record besides the leaderboard, each kept in the cache below. */
const RECORD_PAGES = [
  'source',
  'claim',
  'claims',
  'search',
  'publication',
  'publications',
  'ledger',
] as const satisfies readonly PageMatch['page'][];
type RecordPage = (typeof RECORD_PAGES)[number];
const isRecordPage = (page: PageMatch['page']): page is RecordPage =>
  (RECORD_PAGES as readonly string[]).includes(page);

/** Record pages' first paints kept: the sources, claims, issues, lists, searches and ledger pages readers open at the current head. */
export const RECORD_PAINTS = 256;

/**
 * The per-database cache of the record pages' first paints (a source's, a claim's, an issue's, the
 * claims and issues lists, search, the ledger page), by ledger head, day and the address's data; bounded apart from the leaderboard's, so a crawl of many claims cannot push the
 * board's out, and by size, so a flood of distinct pages cannot grow it.
 */
export const recordPaintCacheFor = perDatabase(
  () =>
    new LRUCache<string, FirstPaint>({
      max: RECORD_PAINTS,
      maxSize: FIRST_PAINT_CHARS,
      sizeCalculation: (p) => p.script.length + p.rows.length || 1,
    }),
);

const NOT_FOUND = { title: NOT_FOUND_TITLE, description: SITE_DESCRIPTION, noindex: true };

/**
 * Serves the web app's HTML shell for the pages in src/shared/routes.ts, with the page's own
 * title and link-preview tags, and a real 404 for any other path or for a claim, source or issue
 * that does not exist (the app still renders its "not found" page from the same shell).
 */
export function siteRoutes(ctx: AppContext, webRoot: string): Router {
  const r = Router();
  // Read again only when the file changes: a rebuild of dist/web under a running server replaces the
  // hashed scripts the old shell names, and a kept old shell would then load none of them.
  const shellPath = join(webRoot, 'index.html');
  let shellRead: { mtimeMs: number; html: string } | null = null;
  const query = (req: Request) => (req.url.includes('?') ? req.url.slice(req.url.indexOf('?')) : '');
  const shell = () => {
    const { mtimeMs } = statSync(shellPath);
    if (shellRead?.mtimeMs !== mtimeMs) shellRead = { mtimeMs, html: readFileSync(shellPath, 'utf8') };
    return shellRead.html;
  };
  const origin = (req: Request) => ctx.config.publicUrl.replace(/\/+$/, '') || `${req.protocol}://${req.get('host')}`;

  const firstPaints = firstPaintCacheFor(ctx.db);
  const firstPaint = async (filters: LeaderboardFilters): Promise<FirstPaint | null> => {
    const url = leaderboardDataUrl(filters);
    const [head, day] = [await currentHead(ctx.db), today(ctx.clock)];
    const key = `${head.seq}:${head.hash}:${day}:${ctx.config.demo ? 'demo' : ''}:${url}`;
    let paint = firstPaints.get(key);
    if (!paint) {
      // What GET /api/leaderboard reads the same address as; one it refuses (a cursor it did not
      // issue, say) gets no first paint, and the app shows the API's own error.
      const query = LeaderboardQuery.safeParse(Object.fromEntries(new URL(url, 'http://x').searchParams));
      if (!query.success) return null;
      const board = await getLeaderboard(ctx, query.data, { head, day }).catch((err: unknown) => {
        if (err instanceof AppError) return null;
        throw err;
      });
      if (!board) return null;
      paint = {
        script: preloadedScript(url, board),
        rows: leaderboardFirstPaint(board, filters, { demo: ctx.config.demo }),
      };
      firstPaints.set(key, paint);
    }
    return paint;
  };

  const recordPaints = recordPaintCacheFor(ctx.db);
  /**
   * A source's page, a claim's, an issue's, the claims or issues list, search or the ledger page, kept per head and day like the
   * leaderboard's (a source's per origin too, which its snippets name).
   */
  const recordPaint = async (match: PageMatch, page: RecordPage, req: Request): Promise<FirstPaint | null> => {
    const view = parseSourceClaimsView(query(req));
    const base = origin(req);
    const [head, day] = [await currentHead(ctx.db), today(ctx.clock)];
    const filters = parseClaimFilters(query(req));
    const q = searchWords(query(req));
    const cursor = new URLSearchParams(query(req)).get('cursor') || null;
    const ledgerView = parseLedgerView(query(req));
    const what = {
      source: () => `source:${base}:${sourceClaimsDataUrl(match.params.handle!, view)}`,
      claims: () => `claims:${claimsDataUrl(filters)}`,
      search: () => `search:${q}`,
      claim: () => `claim:${match.params.id!}`,
      publication: () => `publication:${match.params.id!}`,
      publications: () => `publications:${publicationsDataUrl(cursor)}`,
      // The events its address opens and the event it marks, so other spellings of one page share an entry.
      ledger: () => `ledger:${ledgerPageHref(ledgerView.range, ledgerView.wanted)}`,
    }[page]();
    const key = `${head.seq}:${head.hash}:${day}:${ctx.config.demo ? 'demo' : ''}:${what}`;
    let paint = recordPaints.get(key);
    if (!paint) {
      const head = await pageHead(ctx, match);
      if (!head) return null;
      const record = await {
        source: () => sourcePagePaint(ctx, match.params.handle!, view, base),
        claims: () => claimsPagePaint(ctx, filters),
        search: () => searchPagePaint(ctx, q),
        claim: () => claimPagePaint(ctx, match.params.id!),
        publication: () => publicationPagePaint(ctx, match.params.id!),
        publications: () => publicationsPagePaint(ctx, cursor),
        ledger: () => ledgerPagePaint(ctx, ledgerView),
      }[page]();
      if (!record) return null;
      paint = {
        script: record.inline.map((i) => preloadedScript(i.url, i.data)).join(''),
        rows: framed(record.html, match, q),
        head,
      };
      recordPaints.set(key, paint);
    }
    return paint;
  };
  const framed = (html: string, match: PageMatch | null, q = '') =>
    [
      siteHeader({
        demo: ctx.config.demo,
        current: match ? pagePath(match.page, match.params) : '',
        q: match?.page === 'search' ? q : '',
      }),
      `<main id="main" class="wrap" tabindex="-1">${html}</main>`,
      siteFooter(),
    ].join('');

  r.get(/.*/, async (req, res) => {
    const base = origin(req);
    const match = matchPage(req.path);
    // An address of the ledger page from before its pages were anchored on event numbers (?page=N,
    // counted back from the head) leads to the stable address of the events it shows now.
    const legacy =
      match?.page === 'ledger' && 'page' in req.query
        ? legacyLedgerHref(query(req), (await currentHead(ctx.db)).seq)
        : null;
    if (legacy) {
      res.setHeader('Cache-Control', 'no-cache');
      return res.redirect(302, legacy);
    }
    // A record page's head is kept with its paint; any other page's (and a record page the API would refuse) is read now.
    const recordPage = match && isRecordPage(match.page) ? await recordPaint(match, match.page, req) : null;
    const head = recordPage?.head ?? (match ? await pageHead(ctx, match) : null);
    res.status(head ? 200 : 404);
    res.setHeader('Cache-Control', 'no-cache');
    let html = renderShell(shell(), {
      ...(head ?? NOT_FOUND),
      url: base + req.originalUrl,
      demo: ctx.config.demo,
    });
    let paint: FirstPaint | null = null;
    if (!head) {
      const refusal = notFoundInline(match);
      paint = {
        script: refusal ? preloadedScript(refusal.url, refusal.body, refusal.status) : '',
        rows: framed(notFoundHtml(match), match),
      };
    } else if (match?.page === 'leaderboard') paint = await firstPaint(parseLeaderboardFilters(query(req)));
    else if (recordPage) paint = recordPage;
    else if (match?.page === 'methodology') paint = { script: '', rows: framed(methodologyPageHtml(), match) };
    if (paint) {
      // The shell's note that the page needs a script is not true of a page drawn here.
      html = html
        .replace(/<noscript>[\s\S]*?<\/noscript>\s*/i, '')
        .replace('</head>', `${paint.script}</head>`)
        .replace('<div id="root"></div>', `<div id="root">${paint.rows}</div>`);
    }
    res.type('html').send(html);
  });
  return r;
}
