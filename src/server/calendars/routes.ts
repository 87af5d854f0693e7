import { Router } from 'express';
import { CalendarEventInput, Id, OrganisationCalendarInput } from '../../shared/api/index.js';
import type { AppContext } from '../context.js';
import { requireRole } from '../http/auth.js';
import { parse } from '../http/parse.js';
import {
  createEvent,
  createOrganisation,
  currentCalendars,
  deleteRow,
  replaceEvent,
  replaceOrganisation,
} from './service.js';

/** `/api/calendars`: editors read the events and organisations' calendars, admins edit them. */
export function calendarRoutes(ctx: AppContext): Router {
  const r = Router();
  r.get('/', requireRole('editor', 'reviewer'), async (_req, res) => {
    res.set('cache-control', 'no-store').json(await currentCalendars(ctx));
  });
  r.post('/events', requireRole('admin'), async (req, res) => {
    const input = parse(CalendarEventInput, req.body);
    res.status(201).json({ id: await createEvent(ctx, input), ...input });
  });
  r.patch('/events/:id', requireRole('admin'), async (req, res) => {
    const id = parse(Id, req.params.id);
    const input = parse(CalendarEventInput, req.body);
    await replaceEvent(ctx, id, input);
    res.json({ id, ...input });
  });
  r.delete('/events/:id', requireRole('admin'), async (req, res) => {
    await deleteRow(ctx, 'calendar_events', parse(Id, req.params.id));
    res.status(204).end();
  });
  r.post('/organisations', requireRole('admin'), async (req, res) => {
    const input = parse(OrganisationCalendarInput, req.body);
    res.status(201).json({ id: await createOrganisation(ctx, input), ...input });
  });
  r.patch('/organisations/:id', requireRole('admin'), async (req, res) => {
    const id = parse(Id, req.params.id);
    const input = parse(OrganisationCalendarInput, req.body);
    await replaceOrganisation(ctx, id, input);
    res.json({ id, ...input });
  });
  r.delete('/organisations/:id', requireRole('admin'), async (req, res) => {
    await deleteRow(ctx, 'calendar_organisations', parse(Id, req.params.id));
    res.status(204).end();
  });
  return r;
}
