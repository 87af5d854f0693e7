import { existsSync } from 'node:fs';
import { join } from 'node:path';
import cookieParser from 'cookie-parser';
import express, { type Express } from 'express';
import helmet from 'helmet';
import { authRoutes, tokenRoutes, userRoutes } from './auth/routes.js';
import { claimRoutes, resolutionRoutes } from './claims/routes.js';
import type { AppContext } from './context.js';
import { authenticate } from './auth/authenticate.js';
import { AppError, errorHandler } from './http/errors.js';
import { ledgerRoutes } from './ledger/routes.js';
import { leaderboardRoutes, scorecardRoutes } from './leaderboard/routes.js';
import { publicationRoutes } from './publications/routes.js';
import { sourceRoutes } from './sources/routes.js';
import { exportRoutes } from './transfer/routes.js';
import { feedRoutes } from './feeds/routes.js';
import { healthRoutes } from './health/routes.js';
import { requestLog } from './http/request-log.js';
import { routePatternResolver } from './http/route-index.js';
import { httpMetrics } from './metrics/http-metrics.js';
import { metricsRoutes } from './metrics/routes.js';
import { openApiRoutes } from './openapi/routes.js';
import { type Lifecycle, runningLifecycle } from './lifecycle.js';
import { claimReviewRoutes, reviewRoutes } from './review/routes.js';
import { webhookRoutes } from './webhooks/routes.js';
import { calendarRoutes } from './calendars/routes.js';
import { compressResponses, immutableAssets } from './http/compress.js';
import { htmlWithPreload } from './web/preload.js';

export const BODY_LIMIT = '2mb';

/**
 * Builds the Express app. No listening, no migrations, no globals: main.ts and tests do those.
 * `lifecycle` says when the server is shutting down (readiness fails, connections close after
 * their response).
 */
export function createApp(ctx: AppContext & { webRoot?: string | null; lifecycle?: Lifecycle }): Express {
  const app = express();
  const lifecycle = ctx.lifecycle ?? runningLifecycle;
  const routes = routePatternResolver();
  app.disable('x-powered-by');
  app.set('trust proxy', ctx.config.trustProxy);
  if (ctx.logger.level !== 'silent') app.use(requestLog(ctx.logger, routes.patternOf));
  app.use(httpMetrics(ctx.metrics, routes.patternOf));
  app.use((_req, res, next) => {
    if (lifecycle.draining()) res.setHeader('Connection', 'close');
    next();
  });
  app.use(healthRoutes(ctx, lifecycle));
  app.use(metricsRoutes(ctx));
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          'img-src': ["'self'", 'data:'],
          'script-src': ["'self'"],
          'style-src': ["'self'", "'unsafe-inline'"],
        },
      },
    }),
  );
  // A public read that needs no body, cookie or identity: ahead of those, and it sends its own
  // cached, pre-compressed bytes (leaderboard/response-cache.ts), so also ahead of compression.
  app.use('/api/leaderboard', leaderboardRoutes(ctx));
  app.use(compressResponses());
  app.use(express.json({ limit: BODY_LIMIT }));
  app.use(cookieParser());

  const api = express.Router();
  api.use(authenticate(ctx));
  api.use(openApiRoutes());
  api.use('/auth', authRoutes(ctx));
  api.use('/users', userRoutes(ctx));
  api.use('/tokens', tokenRoutes(ctx));
  api.use('/sources', scorecardRoutes(ctx));
  api.use('/sources', sourceRoutes(ctx));
  api.use('/publications', publicationRoutes(ctx));
  api.use('/claims', claimReviewRoutes(ctx));
  api.use('/claims', claimRoutes(ctx));
  api.use('/resolutions', resolutionRoutes(ctx));
  api.use('/ledger', ledgerRoutes(ctx));
  api.use('/review', reviewRoutes(ctx));
  api.use('/feeds', feedRoutes(ctx));
  api.use('/export', exportRoutes(ctx));
  api.use('/webhooks', webhookRoutes(ctx));
  api.use('/calendars', calendarRoutes(ctx));
  api.use((req) => {
    throw new AppError('not_found', `no API route ${req.method} ${req.path}`);
  });
  app.use('/api', api);

  const webRoot = ctx.webRoot === undefined ? join(process.cwd(), 'dist/web') : ctx.webRoot;
  if (webRoot && existsSync(join(webRoot, 'index.html'))) {
    app.use(express.static(webRoot, { index: false, maxAge: '1h', setHeaders: immutableAssets }));
    // The web app routes in the browser: every other GET gets its shell.
    const shell = htmlWithPreload(webRoot);
    app.get(/.*/, (req, res) => {
      res.setHeader('Cache-Control', 'no-cache');
      res.type('html').send(shell(req.path, req.url.includes('?') ? req.url.slice(req.url.indexOf('?')) : ''));
    });
  }
  app.use(errorHandler);
  routes.index(app);
  return app;
}
