import { Router } from 'express';
import {
  ClaimAmend,
  ClaimCreate,
  ClaimListQuery,
  Id,
  ResolutionCreate,
  ResolutionWithdraw,
} from '../../shared/api/index.js';
import { today } from '../clock.js';
import type { AppContext } from '../context.js';
import { actorOf, requireRole } from '../http/auth.js';
import { notFound } from '../http/errors.js';
import { parse } from '../http/parse.js';
import { claimDetail, findClaim, listClaims } from './queries.js';
import { amendClaim, confirmResolution, createClaim, resolveClaim, withdrawResolution } from './service.js';

export function claimRoutes(ctx: AppContext): Router {
  const r = Router();
  const detail = async (id: string) => {
    const row = await findClaim(ctx.db, id);
    if (!row) throw notFound('claim');
    return claimDetail(ctx.db, row, today(ctx.clock));
  };

  r.get('/', async (req, res) => {
    res.json(await listClaims(ctx.db, parse(ClaimListQuery, req.query), today(ctx.clock)));
  });
  r.get('/:id', async (req, res) => {
    res.json(await detail(parse(Id, req.params.id)));
  });
  r.post('/', requireRole('editor'), async (req, res) => {
    const id = await createClaim(ctx, actorOf(res).username, parse(ClaimCreate, req.body));
    res.status(201).json(await detail(id));
  });
  r.patch('/:id', requireRole('editor'), async (req, res) => {
    const id = parse(Id, req.params.id);
    await amendClaim(ctx, actorOf(res).username, id, parse(ClaimAmend, req.body));
    res.json(await detail(id));
  });
  r.post('/:id/resolutions', requireRole('reviewer'), async (req, res) => {
    const id = parse(Id, req.params.id);
    const input = parse(ResolutionCreate, req.body);
    await resolveClaim(ctx, actorOf(res).username, id, input);
    res.status(201).json(await detail(id));
  });
  return r;
}

export function resolutionRoutes(ctx: AppContext): Router {
  const r = Router();
  r.post('/:id/confirm', requireRole('reviewer'), async (req, res) => {
    const claimId = await confirmResolution(ctx, actorOf(res).username, parse(Id, req.params.id));
    const row = await findClaim(ctx.db, claimId);
    res.json(await claimDetail(ctx.db, row!, today(ctx.clock)));
  });
  r.post('/:id/withdraw', requireRole('reviewer'), async (req, res) => {
    const { reason } = parse(ResolutionWithdraw, req.body ?? {});
    const claimId = await withdrawResolution(ctx, actorOf(res).username, parse(Id, req.params.id), reason);
    const row = await findClaim(ctx.db, claimId);
    res.json(await claimDetail(ctx.db, row!, today(ctx.clock)));
  });
  return r;
}
