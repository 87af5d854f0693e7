import { Router, type Request } from 'express';
import { matchPage } from '../../shared/routes.js';
import type { AppContext } from '../context.js';
import { htmlWithPreload } from '../web/preload.js';
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
  let shellFor: ReturnType<typeof htmlWithPreload> | null = null;
  // Read once: dist/web is built before the server starts.
  const shell = (req: Request) =>
    (shellFor ??= htmlWithPreload(webRoot))(req.path, req.url.includes('?') ? req.url.slice(req.url.indexOf('?')) : '');
  const origin = (req: Request) => ctx.config.publicUrl.replace(/\/+$/, '') || `${req.protocol}://${req.get('host')}`;

  r.get(/.*/, async (req, res) => {
    const base = origin(req);
    const match = matchPage(req.path);
    const head = match ? await pageHead(ctx, match, base) : null;
    res.status(head ? 200 : 404);
    res.setHeader('Cache-Control', 'no-cache');
    res.type('html').send(renderShell(shell(req), { ...(head ?? NOT_FOUND), url: base + req.originalUrl }));
  });
  return r;
}
