import { createHash } from 'node:crypto';
import { Router, type Request, type Response } from 'express';
import { BadgeQuery, Handle } from '../../shared/api/index.js';
import { pagePath } from '../../shared/routes.js';
import type { AppContext } from '../context.js';
import { parse } from '../http/parse.js';
import { badgeSvg } from './badge.js';
import { embedHtml } from './embed.js';
import { sourceRecord } from './record.js';

/**
 * Newsletters cache what they embed: a few minutes of freshness, then a revalidation that the
 * ETag (a hash of the body, so it moves exactly when the numbers do) answers with 304.
 */
function sendShareable(req: Request, res: Response, type: string, body: string): void {
  const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
  res.setHeader('Cache-Control', 'public, max-age=300, must-revalidate');
  res.setHeader('ETag', etag);
  const match = req.get('if-none-match');
  if (match && match.split(/\s*,\s*/).some((t) => t.replace(/^W\//, '') === etag)) {
    res.status(304).end();
    return;
  }
  res.type(type).send(body);
}

/** GET /api/sources/:handle/badge.svg — the source's record as an SVG badge. */
export function badgeRoutes(ctx: AppContext): Router {
  const r = Router();
  r.get('/:handle/badge.svg', async (req, res) => {
    const record = await sourceRecord(ctx, parse(Handle, req.params.handle));
    const { theme } = parse(BadgeQuery, req.query);
    sendShareable(req, res, 'image/svg+xml', badgeSvg(record, theme));
  });
  return r;
}

/** GET /embed/sources/:handle — the scorecard to put in an <iframe>, on any site. */
export function embedRoutes(ctx: AppContext): Router {
  const r = Router();
  r.get('/embed/sources/:handle', async (req, res) => {
    const record = await sourceRecord(ctx, parse(Handle, req.params.handle));
    const { theme } = parse(BadgeQuery, req.query);
    const url = `${ctx.config.publicUrl.replace(/\/+$/, '')}${pagePath('source', { handle: record.handle })}`;
    // The one page other sites may frame: helmet's defaults forbid framing everywhere else.
    res.removeHeader('X-Frame-Options');
    res.setHeader('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors *");
    sendShareable(req, res, 'html', embedHtml(record, url, theme));
  });
  return r;
}
