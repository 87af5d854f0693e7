import { Readable } from 'node:stream';
import { type Response, Router } from 'express';
import { CLAIM_CSV_COLUMNS } from '../../shared/api/imports.js';
import { ClaimExportQuery } from '../../shared/api/review.js';
import { today } from '../clock.js';
import type { AppContext } from '../context.js';
import { parse } from '../http/parse.js';
import { csvLine } from './csv.js';
import { claimCsvLine, claimJsonLine } from './format.js';
import { streamClaims } from './queries.js';
import { sendStream } from './stream.js';

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
    const pages = streamClaims(ctx.db, filters, day, { order: 'id', pageSize: 1000 });
    async function* chunks() {
      yield csvLine(CLAIM_CSV_COLUMNS);
      for await (const page of pages) {
        let chunk = '';
        for (const c of page) chunk += claimCsvLine(c, day);
        yield chunk;
      }
    }
    await sendStream(res, Readable.from(chunks()));
  });
  r.get('/claims.jsonl', async (req, res) => {
    const filters = parse(ClaimExportQuery, req.query);
    const day = start(res, 'application/x-ndjson; charset=utf-8', 'jsonl');
    const pages = streamClaims(ctx.db, filters, day, { order: 'id', pageSize: 1000 });
    async function* lines() {
      for await (const page of pages) yield page.map((c) => claimJsonLine(c, day)).join('');
    }
    await sendStream(res, Readable.from(lines()));
  });
  return r;
}
