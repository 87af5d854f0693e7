import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Router, type Request } from 'express';
import { matchPage } from '../../shared/routes.js';
import type { AppContext } from '../context.js';
import { today } from '../clock.js';
import { LRUCache } from 'lru-cache';
import { getLeaderboard } from '../leaderboard/service.js';
import { currentHead } from '../ledger/head-reader.js';
import { LeaderboardQuery } from '../../shared/api/leaderboard.js';
import { isLeaderboardHome, LEADERBOARD_DATA_URL } from '../web/preload.js';
import { leaderboardFirstPaint, preloadedScript } from './first-paint.js';
import { renderShell, SITE_DESCRIPTION } from './head.js';
import { pageHead } from './meta.js';

const NOT_FOUND = { title: 'Page not found', description: SITE_DESCRIPTION, noindex: true };

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

  // The leaderboard's data and first paint (the whole page as the app first renders it), rendered
  // into `/` once per ledger head and day; only the newest head's is asked for again.
  const firstPaints = new LRUCache<string, { script: string; rows: string }>({ max: 4 });
  const firstPaint = async () => {
    const [head, day] = [await currentHead(ctx.db), today(ctx.clock)];
    const key = `${head.seq}:${head.hash}:${day}`;
    let paint = firstPaints.get(key);
    if (!paint) {
      const query = LeaderboardQuery.parse(Object.fromEntries(new URL(LEADERBOARD_DATA_URL, 'http://x').searchParams));
      const board = await getLeaderboard(ctx, query, { head, day });
      paint = {
        script: preloadedScript(LEADERBOARD_DATA_URL, board),
        rows: leaderboardFirstPaint(board, { demo: ctx.config.demo }),
      };
      firstPaints.set(key, paint);
    }
    return paint;
  };

  r.get(/.*/, async (req, res) => {
    const base = origin(req);
    const match = matchPage(req.path);
    const head = match ? await pageHead(ctx, match) : null;
    res.status(head ? 200 : 404);
    res.setHeader('Cache-Control', 'no-cache');
    let html = renderShell(shell(), {
      ...(head ?? NOT_FOUND),
      url: base + req.originalUrl,
      demo: ctx.config.demo,
    });
    if (isLeaderboardHome(req.path, query(req))) {
      const paint = await firstPaint();
      html = html
        .replace('</head>', `${paint.script}</head>`)
        .replace('<div id="root"></div>', `<div id="root">${paint.rows}</div>`);
    }
    res.type('html').send(html);
  });
  return r;
}
