import { Router } from 'express';
import { sql } from 'kysely';
import { LedgerEventsQuery } from '../../shared/api/index.js';
import type { AppContext } from '../context.js';
import { isSqlite } from '../db/raw-sqlite.js';
import { parse } from '../http/parse.js';
import { ledgerHead } from './append.js';
import { EVENT_COLUMNS } from './events.js';

/**
 * Up to `limit` events after `after`, each as its JSON text written by the database: a page of
 * 10,000 events is some 8 MB that auditors read by the hundred, and the database writes it for
 * about half the CPU of reading rows into objects and stringifying them. Rows come in the primary
 * key's order (an ORDER BY inside a JSON aggregate would sort the page again), joined here.
 */
async function eventsJson(ctx: AppContext, after: number, limit: number): Promise<{ seq: number; json: string }[]> {
  const fields = sql.join(EVENT_COLUMNS.map((c) => sql`${sql.lit(c)}, ${sql.ref(c)}`));
  const json = isSqlite(ctx.db) ? sql`json_object(${fields})` : sql`json_build_object(${fields})::text`;
  const { rows } = await sql<{ seq: number | string; json: string }>`
    select seq, ${json} as json from events where seq > ${after} order by seq limit ${limit}`.execute(ctx.db);
  return rows.map((r) => ({ seq: Number(r.seq), json: r.json }));
}

/** The run of events a query names, as the events after one number: a page before an event starts `limit` earlier. */
function eventsRun({ after, before, limit }: LedgerEventsQuery): { after: number; limit: number } {
  if (before === undefined) return { after: after ?? 0, limit };
  return { after: Math.max(0, before - 1 - limit), limit: Math.min(limit, before - 1) };
}

/** GET /api/ledger/events' answer as JSON text: the events the query names, and where the next page starts. */
export async function eventsPageJson(ctx: AppContext, query: LedgerEventsQuery): Promise<string> {
  const { after, limit } = eventsRun(query);
  const rows = await eventsJson(ctx, after, limit + 1);
  const items = rows.slice(0, limit);
  const next = rows.length > limit ? items[items.length - 1]!.seq : null;
  return `{"items":[${items.map((e) => e.json).join(',')}],"next":${next}}`;
}

/** The public ledger: its head, and every event, so anyone can re-verify from outside. */
export function ledgerRoutes(ctx: AppContext): Router {
  const r = Router();
  r.get('/head', async (_req, res) => {
    res.json(await ledgerHead(ctx.db));
  });
  r.get('/events', async (req, res) => {
    res.type('json').send(await eventsPageJson(ctx, parse(LedgerEventsQuery, req.query)));
  });
  return r;
}
