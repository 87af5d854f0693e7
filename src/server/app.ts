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
import { checkpointRoutes, wellKnownRoutes } from './checkpoints/routes.js';
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
import { reviewDeskRoutes } from './assignments/routes.js';
import { webhookRoutes } from './webhooks/routes.js';
import { calendarRoutes } from './calendars/routes.js';
import { deskRoutes } from './desk/routes.js';
import { LIMITS } from '../shared/api/common.js';
import { siteRoutes } from './site/routes.js';
import { badgeRoutes, embedRoutes } from './site/share-routes.js';
import { searchRoutes } from './search/routes.js';
import { tagRoutes } from './tags/routes.js';
import { compressResponses, immutableAssets } from './http/compress.js';

/**
 * JSON bodies may carry the longest text the limits allow even when every character takes four
 * bytes of UTF-8 (the character limits, not the bytes, are the rule), plus room for the rest.
 */
export const BODY_LIMIT = 4 * LIMITS.publicationText + 1_000_000;

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
  // Only a deployment that says it is served over HTTPS (TRACK_RECORD_SECURE_COOKIES) asks browsers
  // to upgrade requests and remember HTTPS: over plain HTTP on a LAN name those would send the
  // browser to an https:// that does not answer, and the web app would load blank.
  const https = ctx.config.secureCookies;
  app.use(wellKnownRoutes(ctx));
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          'img-src': ["'self'", 'data:'],
          'script-src': ["'self'"],
          'style-src': ["'self'", "'unsafe-inline'"],
          'upgrade-insecure-requests': https ? [] : null,
        },
      },
      strictTransportSecurity: https,
      // Browsers ignore COOP from an untrustworthy (plain HTTP, not localhost) origin and log an error for it.
      crossOriginOpenerPolicy: https,
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
  api.use('/sources', badgeRoutes(ctx));
  api.use('/sources', sourceRoutes(ctx));
  api.use('/publications', publicationRoutes(ctx));
  api.use('/claims', claimReviewRoutes(ctx));
  api.use('/claims', claimRoutes(ctx));
  api.use('/resolutions', resolutionRoutes(ctx));
  api.use('/ledger', ledgerRoutes(ctx));
  api.use('/ledger', checkpointRoutes(ctx));
  api.use('/review', reviewRoutes(ctx));
  api.use('/review', reviewDeskRoutes(ctx));
  api.use('/feeds', feedRoutes(ctx));
  api.use('/export', exportRoutes(ctx));
  api.use('/webhooks', webhookRoutes(ctx));
  api.use('/calendars', calendarRoutes(ctx));
  api.use('/desk', deskRoutes(ctx));
  api.use('/search', searchRoutes(ctx));
  api.use('/tags', tagRoutes(ctx));
  api.use((req) => {
    throw new AppError('not_found', `no API route ${req.method} ${req.path}`);
  });
  app.use('/api', api);
  app.use(embedRoutes(ctx));

  const webRoot = ctx.webRoot === undefined ? join(process.cwd(), 'dist/web') : ctx.webRoot;
  if (webRoot && existsSync(join(webRoot, 'index.html'))) {
    app.use(express.static(webRoot, { index: false, maxAge: '1h', setHeaders: immutableAssets }));
    // The web app routes in the browser; the server knows its pages (404 for others), their titles and preloads.
    app.use(siteRoutes(ctx, webRoot));
  }
  app.use(errorHandler);
  routes.index(app);
  return app;
}
