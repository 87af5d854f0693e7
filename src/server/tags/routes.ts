import { Router } from 'express';
import type { AppContext } from '../context.js';
import { listTags } from './queries.js';

/** GET /api/tags: the filter bars' tag suggestions, read from the counts kept at write time. */
export function tagRoutes(ctx: AppContext): Router {
  const r = Router();
  r.get('/', async (_req, res) => {
    res.json(await listTags(ctx.db));
  });
  return r;
}
