import { Readable } from 'node:stream';
import { type Response, Router } from 'express';
import { CLAIM_CSV_COLUMNS } from '../../shared/api/imports.js';
import { ClaimExportQuery } from '../../shared/api/transfer.js';
import { today } from '../clock.js';
import type { AppContext } from '../context.js';
import { parse } from '../http/parse.js';
import { csvLine } from './csv.js';
import { claimCsvLine, claimJsonLine } from './format.js';
import { streamClaims } from './queries.js';
import { streamAllClaimsSqlite } from './sqlite-stream.js';
import { rawSqliteOf } from '../db/raw-sqlite.js';
import { sendStream } from './stream.js';

/**
 * The pages of an export. An unfiltered export on SQLite reads through its own connection in one
 * statement (one snapshot, no per-page queries); everything else pages through Kysely by keyset.
 */
async function claimPages(ctx: AppContext, filters: ClaimExportQuery, day: string) {
  const unfiltered = Object.values(filters).every((v) => v === undefined);
  const raw = unfiltered ? await rawSqliteOf(ctx.db) : null;
  if (raw) return { pages: streamAllClaimsSqlite(raw.sqlite), release: () => raw.release() };
  return { pages: streamClaims(ctx.db, filters, day, { order: 'id', pageSize: 1000 }), release: () => {} };
}

/** Every claim (with the claim list's filters) as CSV or JSON lines, streamed page by page. */
export function exportRoutes(ctx: AppContext): Router {
  const r = Router();
  const start = (res: Response, type: string, ext: string) => {
    const day = today(ctx.clock);
    res.set('Content-Type', type);
    res.set('Content-Disposition', `attachment; filename="track-record-claims-${day}.${ext}"`);
    res.set('Cache-Control', 'no-store');
    return day;
  };
  r.get('/claims.csv', async (req, res) => {
    const filters = parse(ClaimExportQuery, req.query);
    const day = start(res, 'text/csv; charset=utf-8', 'csv');
    const { pages, release } = await claimPages(ctx, filters, day);
    async function* chunks() {
      yield csvLine(CLAIM_CSV_COLUMNS);
      for await (const page of pages) {
        let chunk = '';
        for (const c of page) chunk += claimCsvLine(c, day);
        yield chunk;
      }
    }
    try {
      await sendStream(res, Readable.from(chunks()));
    } finally {
      release();
    }
  });
  r.get('/claims.jsonl', async (req, res) => {
    const filters = parse(ClaimExportQuery, req.query);
    const day = start(res, 'application/x-ndjson; charset=utf-8', 'jsonl');
    const { pages, release } = await claimPages(ctx, filters, day);
    async function* lines() {
      for await (const page of pages) yield page.map((c) => claimJsonLine(c, day)).join('');
    }
    try {
      await sendStream(res, Readable.from(lines()));
    } finally {
      release();
    }
  });
  return r;
}
