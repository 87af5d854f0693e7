import { Router } from 'express';
import { DeskSettings } from '../../shared/api/index.js';
import type { AppContext } from '../context.js';
import { requireRole } from '../http/auth.js';
import { parse } from '../http/parse.js';
import { readDeskSettings, writeDeskSettings } from './settings.js';

/** `/api/desk/settings`: editors read the desk's settings (to fill in the desk handle), admins change them. */
export function deskRoutes(ctx: AppContext): Router {
  const r = Router();
  r.get('/settings', requireRole('editor', 'reviewer'), async (_req, res) => {
    res.json(await readDeskSettings(ctx));
  });
  r.patch('/settings', requireRole('admin'), async (req, res) => {
    await writeDeskSettings(ctx, parse(DeskSettings, req.body));
    res.json(await readDeskSettings(ctx));
  });
  return r;
}
