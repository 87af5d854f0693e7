import { Router } from 'express';
import { Id, PreviewRequest, PublicationCreate, PublicationListQuery } from '../../shared/api/index.js';
import { today } from '../clock.js';
import type { AppContext } from '../context.js';
import { actorOf, requireRole } from '../http/auth.js';
import { notFound } from '../http/errors.js';
import { parse } from '../http/parse.js';
import { listPublications, publicationDetail } from './queries.js';
import { previewPublication } from './preview.js';
import { createPublication } from './service.js';

export function publicationRoutes(ctx: AppContext): Router {
  const r = Router();
  const detail = async (id: string) => {
    const found = await publicationDetail(ctx.db, id, today(ctx.clock));
    if (!found) throw notFound('publication');
    return found;
  };
  r.get('/', async (req, res) => {
    res.json(await listPublications(ctx.db, parse(PublicationListQuery, req.query)));
  });
  r.get('/:id', async (req, res) => {
    res.json(await detail(parse(Id, req.params.id)));
  });
  r.post('/preview', requireRole('editor'), async (req, res) => {
    const { text, publishedOn } = parse(PreviewRequest, req.body);
    res.json(await previewPublication(ctx, text, publishedOn));
  });
  r.post('/', requireRole('editor'), async (req, res) => {
    const id = await createPublication(ctx, actorOf(res).username, parse(PublicationCreate, req.body));
    res.status(201).json(await detail(id));
  });
  return r;
}
