import { createHash } from 'node:crypto';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Request, Response } from 'express';
import { LRUCache } from 'lru-cache';
import { perDatabase } from '../db/per-database.js';

/**
 * A serialised response kept per (ledger head, day, query): the JSON bytes, their ETag, and each
 * compressed form once asked for. A hot read only looks up the head, then sends bytes it holds.
 * The ETag hashes the bytes, so every process serving the same head answers with the same one.
 */
export interface CachedBody {
  etag: string;
  json: Buffer;
  gzip?: Buffer;
  br?: Buffer;
}

export function cachedBody(value: unknown): CachedBody {
  const json = Buffer.from(JSON.stringify(value));
  return { etag: `"${createHash('sha1').update(json).digest('base64url')}"`, json };
}

/** Quick settings: a body is compressed once per write, inside the first read after it. */
const BROTLI = { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } };

/** Picks what the client accepts (brotli, then gzip), ignoring q-values other than q=0. */
function encodingFor(req: Request): 'br' | 'gzip' | null {
  const accepted = req.headers['accept-encoding'];
  if (!accepted) return null;
  const names = new Set(
    accepted
      .split(',')
      .map((p) => p.trim().toLowerCase())
      .filter((p) => !/;\s*q=0(\.0*)?$/.test(p))
      .map((p) => p.split(';')[0]),
  );
  if (names.has('br')) return 'br';
  if (names.has('gzip')) return 'gzip';
  return null;
}

function fresh(req: Request, etag: string): boolean {
  const header = req.headers['if-none-match'];
  if (!header) return false;
  return header === '*' || header.split(',').some((t) => t.trim().replace(/^W\//, '') === etag);
}

/** Sends a cached body: 304 when the client holds it, else the best encoding it accepts. */
export function sendCached(req: Request, res: Response, body: CachedBody): void {
  res.setHeader('ETag', body.etag);
  res.setHeader('Cache-Control', 'no-cache');
  res.setHeader('Vary', 'Accept-Encoding');
  if (fresh(req, body.etag)) {
    res.status(304).end();
    return;
  }
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  const encoding = encodingFor(req);
  let bytes = body.json;
  if (encoding === 'br') bytes = body.br ??= brotliCompressSync(body.json, BROTLI);
  else if (encoding === 'gzip') bytes = body.gzip ??= gzipSync(body.json, { level: 6 });
  if (encoding) res.setHeader('Content-Encoding', encoding);
  res.setHeader('Content-Length', bytes.length);
  res.end(req.method === 'HEAD' ? undefined : bytes);
}

/** Bytes of JSON the body cache holds, with room for each body's compressed forms. */
const BODY_BYTES = 32 * 1024 * 1024;
/** The per-database cache of serialised responses (keys name the ledger head, so entries never go stale). */
export const bodyCacheFor = perDatabase(
  () =>
    new LRUCache<string, CachedBody>({
      maxSize: BODY_BYTES,
      sizeCalculation: (b) => Math.ceil(b.json.length * 1.25) + 1,
    }),
);
