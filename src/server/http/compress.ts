import type { ServerResponse } from 'node:http';
import compression from 'compression';
import type { RequestHandler } from 'express';

/**
 * Brotli or gzip for every response worth it (the `compression` middleware picks what the client
 * accepts). Not the CSV/JSONL exports: they stream a whole ledger, and a download tool can
 * compress it better than a per-request stream would.
 */
export function compressResponses(): RequestHandler {
  return compression({
    filter: (req, res) => !req.url?.startsWith('/api/export') && compression.filter(req, res),
  });
}

/** Vite's hashed assets never change under their name: cache them for a year, unrevalidated. */
export function immutableAssets(res: ServerResponse, path: string): void {
  if (/[/\\]assets[/\\]/.test(path)) res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
}
