import { Router } from 'express';
import { Id } from '../../shared/api/common.js';
import { WebhookCreate } from '../../shared/api/webhooks.js';
import type { AppContext } from '../context.js';
import { actorOf, requireRole } from '../http/auth.js';
import { notFound } from '../http/errors.js';
import { parse } from '../http/parse.js';
import { listDeliveries, listWebhooks } from './queries.js';
import { createWebhook, disableWebhook } from './service.js';

/** Admin-only: register receivers (the secret is shown once), list them, disable them, see deliveries. */
export function webhookRoutes(ctx: AppContext): Router {
  const r = Router();
  r.use(requireRole('admin'));
  r.get('/', async (_req, res) => {
    res.set('Cache-Control', 'no-store');
    res.json({ items: await listWebhooks(ctx.db), nextCursor: null });
  });
  r.post('/', async (req, res) => {
    const input = parse(WebhookCreate, req.body);
    res.set('Cache-Control', 'no-store');
    res.status(201).json(await createWebhook(ctx, actorOf(res).username, input));
  });
  r.delete('/:id', async (req, res) => {
    await disableWebhook(ctx, parse(Id, req.params.id));
    res.status(204).end();
  });
  r.get('/:id/deliveries', async (req, res) => {
    const id = parse(Id, req.params.id);
    const hook = await ctx.db.selectFrom('webhooks').select('id').where('id', '=', id).executeTakeFirst();
    if (!hook) throw notFound('webhook');
    res.json({ items: await listDeliveries(ctx.db, id), nextCursor: null });
  });
  return r;
}
