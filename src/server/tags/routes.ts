import { Router } from 'express';
import type { TagList } from '../../shared/api/tags.js';
import type { AppContext } from '../context.js';

/** At most this many suggestions: enough for a datalist, small at any ledger size. */
const MAX_TAGS = 300;

export function tagRoutes(ctx: AppContext): Router {
  const r = Router();
  r.get('/', async (_req, res) => {
    const rows = await ctx.db
      .selectFrom('claim_tags')
      .select(['tag', (eb) => eb.fn.countAll<number | string>().as('n')])
      .groupBy('tag')
      .orderBy('n', 'desc')
      .orderBy('tag')
      .limit(MAX_TAGS)
      .execute();
    const body: TagList = { items: rows.map((t) => ({ tag: t.tag, claims: Number(t.n) })) };
    res.json(body);
  });
  return r;
}
