import { Router } from 'express';
import type { TagList } from '../../shared/api/tags.js';
import type { AppContext } from '../context.js';
import { ledgerHead } from '../ledger/append.js';
import { listTags } from './queries.js';

/**
 * GET /api/tags. Every filter bar asks for it on load, and counting means reading every tag row:
 * the list is kept per ledger head (only a write can change it), so that happens once per write.
 */
export function tagRoutes(ctx: AppContext): Router {
  const r = Router();
  let kept: { head: string; body: Promise<TagList> } | null = null;
  r.get('/', async (_req, res) => {
    const { seq, hash } = await ledgerHead(ctx.db);
    const head = `${seq}:${hash}`;
    if (kept?.head !== head) {
      const body = listTags(ctx.db);
      kept = { head, body };
      body.catch(() => {
        if (kept?.body === body) kept = null;
      });
    }
    res.json(await kept.body);
  });
  return r;
}
