import type { ServerResponse } from 'node:http';
import { constants } from 'node:zlib';
import compression from 'compression';
import type { RequestHandler } from 'express';

/** Pages of ledger events: up to 10,000 events, some 8 MB of JSON each, that auditors and the Verify button read by the hundred. */
const EVENT_PAGES = /^\/api\/ledger\/events(?:[/?]|$)/;

/**
 * Brotli or gzip for every response worth it (the `compression` middleware picks what the client
 * accepts). Not the CSV/JSONL exports: they stream a whole ledger, and a download tool can
 * compress it better than a per-request stream would. Pages of ledger events are compressed at
 * the fastest settings (brotli quality 1, gzip level 1): on a page of 10,000 events, about a
 * seventh of the time of the defaults for a fifth more bytes, so that reading a whole ledger is
 * not held up by its compression.
 */
export function compressResponses(): RequestHandler {
  const usual = compression({
    filter: (req, res) => !req.url?.startsWith('/api/export') && compression.filter(req, res),
  });
  const fast = compression({ level: 1, brotli: { params: { [constants.BROTLI_PARAM_QUALITY]: 1 } } });
  return (req, res, next) => (EVENT_PAGES.test(req.url) ? fast : usual)(req, res, next);
}

/** Vite's hashed assets never change under their name: cache them for a year, unrevalidated. */
export function immutableAssets(res: ServerResponse, path: string): void {
  if (/[/\\]assets[/\\]/.test(path)) res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
}
