import { timingSafeEqual } from 'node:crypto';
import { Router } from 'express';
import type { AppContext } from '../context.js';
import { AppError } from '../http/errors.js';

const sameSecret = (a: string, b: string) => a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

/**
 * GET /metrics in the Prometheus text format. It reveals activity, so it exists only when
 * TRACK_RECORD_METRICS_TOKEN is set, and answers only `Authorization: Bearer <that token>`.
 */
export function metricsRoutes(ctx: AppContext): Router {
  const r = Router();
  const token = ctx.config.metricsToken;
  r.get('/metrics', async (req, res) => {
    if (!token) throw new AppError('not_found', 'metrics are off (set TRACK_RECORD_METRICS_TOKEN to turn them on)');
    const given = /^Bearer\s+(\S+)$/i.exec(req.get('authorization') ?? '')?.[1];
    if (!given || !sameSecret(given, token))
      throw new AppError('unauthenticated', 'send the metrics token as a Bearer token');
    res.set('Content-Type', ctx.metrics.registry.contentType);
    res.set('Cache-Control', 'no-store');
    res.send(await ctx.metrics.render());
  });
  return r;
}
