import { Router } from 'express';
import { SearchQuery } from '../../shared/api/index.js';
import type { AppContext } from '../context.js';
import { parse } from '../http/parse.js';
import { search } from './service.js';

export function searchRoutes(ctx: AppContext): Router {
  const r = Router();
  r.get('/', async (req, res) => {
    res.json(await search(ctx, parse(SearchQuery, req.query)));
  });
  return r;
}
