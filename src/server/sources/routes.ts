import { Router } from 'express';
import { AliasCreate, Handle, SourceCreate, SourceListQuery, SourceUpdate } from '../../shared/api/index.js';
import type { AppContext } from '../context.js';
import { actorOf, requireRole } from '../http/auth.js';
import { notFound } from '../http/errors.js';
import { parse } from '../http/parse.js';
import { findSourceByHandle, listSources, presentSources } from './queries.js';
import { addAlias, createSource, updateSource } from './service.js';

export function sourceRoutes(ctx: AppContext): Router {
  const r = Router();
  const present = async (handle: string) => {
    const row = await findSourceByHandle(ctx.db, handle);
    if (!row) throw notFound(`source @${handle}`);
    return (await presentSources(ctx.db, [row]))[0];
  };

  r.get('/', async (req, res) => {
    res.json(await listSources(ctx.db, parse(SourceListQuery, req.query)));
  });
  r.get('/:handle', async (req, res) => {
    res.json(await present(parse(Handle, req.params.handle)));
  });
  r.post('/', requireRole('editor'), async (req, res) => {
    const input = parse(SourceCreate, req.body);
    await createSource(ctx, actorOf(res).username, input);
    res.status(201).json(await present(input.handle));
  });
  r.patch('/:handle', requireRole('editor'), async (req, res) => {
    const handle = parse(Handle, req.params.handle);
    const input = parse(SourceUpdate, req.body);
    res.json(await present(await updateSource(ctx, actorOf(res).username, handle, input)));
  });
  r.post('/:handle/aliases', requireRole('editor'), async (req, res) => {
    const handle = parse(Handle, req.params.handle);
    const { alias } = parse(AliasCreate, req.body);
    res.status(201).json(await present(await addAlias(ctx, actorOf(res).username, handle, alias)));
  });
  return r;
}
