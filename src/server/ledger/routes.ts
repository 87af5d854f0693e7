import { Router } from 'express';
import { LedgerEventsQuery } from '../../shared/api/index.js';
import type { AppContext } from '../context.js';
import { parse } from '../http/parse.js';
import { ledgerHead } from './append.js';

/** The public ledger: its head, and every event, so anyone can re-verify from outside. */
export function ledgerRoutes(ctx: AppContext): Router {
  const r = Router();
  r.get('/head', async (_req, res) => {
    res.json(await ledgerHead(ctx.db));
  });
  r.get('/events', async (req, res) => {
    const { after, limit } = parse(LedgerEventsQuery, req.query);
    const rows = await ctx.db
      .selectFrom('events')
      .selectAll()
      .where('seq', '>', after)
      .orderBy('seq')
      .limit(limit + 1)
      .execute();
    const items = rows.slice(0, limit).map((e) => ({ ...e, seq: Number(e.seq) }));
    res.json({ items, next: rows.length > limit ? items[items.length - 1]!.seq : null });
  });
  return r;
}
