import { Readable } from 'node:stream';
import { Router } from 'express';
import { DueFeedQuery, ResolutionsFeedQuery } from '../../shared/api/feeds.js';
import { AppError } from '../http/errors.js';
import { findSourceByHandle } from '../sources/queries.js';
import { today } from '../clock.js';
import type { AppContext } from '../context.js';
import { parse } from '../http/parse.js';
import { streamClaims } from '../transfer/queries.js';
import { sendStream } from '../transfer/stream.js';
import { renderResolutionsAtom } from './atom.js';
import { renderCalendar } from './calendar.js';
import { findRecentResolutions } from './queries.js';

/** Public, subscribable feeds: a calendar of resolution dates and an Atom feed of resolutions. */
export function feedRoutes(ctx: AppContext): Router {
  const r = Router();
  r.get('/due.ics', async (req, res) => {
    const query = parse(DueFeedQuery, req.query);
    const pages = streamClaims(ctx.db, query, today(ctx.clock), { order: 'windowEnd', unresolvedOnly: true });
    res.set('Content-Type', 'text/calendar; charset=utf-8');
    res.set('Content-Disposition', 'inline; filename="track-record-due.ics"');
    res.set('Cache-Control', 'public, max-age=300');
    await sendStream(res, Readable.from(renderCalendar(pages, ctx.config.publicUrl, query)));
  });
  r.get('/resolutions.atom', async (req, res) => {
    const { source } = parse(ResolutionsFeedQuery, req.query);
    const row = source ? await findSourceByHandle(ctx.db, source) : undefined;
    if (source && !row) throw new AppError('not_found', `no source @${source}`);
    const data = await findRecentResolutions(ctx.db, undefined, row?.id);
    res.set('Content-Type', 'application/atom+xml; charset=utf-8');
    res.set('Cache-Control', 'public, max-age=60');
    res.send(renderResolutionsAtom(data, ctx.config.publicUrl));
  });
  return r;
}
