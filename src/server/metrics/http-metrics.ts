import type { Request, RequestHandler } from 'express';
import type { Metrics } from './metrics.js';

const SIGN_IN = '/api/auth/signin';
const RESOLVE = '/api/claims/:id/resolutions';

/**
 * Counts every finished request by method, route pattern and status, and derives the figures
 * the auth and review code need not know about from route and status: a 401 from sign-in is a
 * failed sign-in, any 429 a rate-limit refusal, a 201 from the resolve route a resolution.
 */
export function httpMetrics(metrics: Metrics, patternOf: (req: Request) => string): RequestHandler {
  return (req, res, next) => {
    const started = process.hrtime.bigint();
    res.once('finish', () => {
      const route = patternOf(req);
      const labels = { method: req.method, route, status: String(res.statusCode) };
      metrics.httpRequests.inc(labels);
      metrics.httpDuration.observe(labels, Number(process.hrtime.bigint() - started) / 1e9);
      if (res.statusCode === 429) metrics.rateLimited.inc({ route });
      else if (route === SIGN_IN && res.statusCode === 401) metrics.signInFailures.inc();
      else if (route === RESOLVE && res.statusCode === 201) {
        const outcome = (req.body as { outcome?: unknown } | undefined)?.outcome;
        if (typeof outcome === 'string') metrics.resolutions.inc({ outcome });
      }
    });
    next();
  };
}
