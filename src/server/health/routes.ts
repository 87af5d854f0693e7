import { Router } from 'express';
import type { AppContext } from '../context.js';
import { checkReadiness } from './readiness.js';

/**
 * GET /healthz: the process is up and serving. GET /readyz: it can do its work (readiness.ts), and
 * is not shutting down — a load balancer stops sending requests on a 503. Neither is cached.
 */
export function healthRoutes(ctx: AppContext, lifecycle: { draining(): boolean }): Router {
  const r = Router();
  r.get('/healthz', (_req, res) => {
    res.set('Cache-Control', 'no-store');
    res.json({ status: 'ok' });
  });
  r.get('/readyz', async (_req, res) => {
    res.set('Cache-Control', 'no-store');
    if (lifecycle.draining()) return void res.status(503).json({ status: 'unavailable', reason: 'shutting down' });
    const readiness = await checkReadiness(ctx.db);
    if (readiness.ready) return void res.json({ status: 'ready', headSeq: readiness.headSeq });
    ctx.logger.warn({ reason: readiness.reason }, 'not ready');
    res.status(503).json({ status: 'unavailable', reason: readiness.reason });
  });
  return r;
}
