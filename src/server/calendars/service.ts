import { parseEventRule } from '../../ingest/index.js';
import {
  CALENDAR_ROWS_MAX,
  type CalendarEventInput,
  type CalendarsResponse,
  type OrganisationCalendarInput,
} from '../../shared/api/index.js';
import type { AppContext } from '../context.js';
import { AppError, notFound } from '../http/errors.js';
import { newId } from '../ids.js';
import { listEvents, listOrganisations } from './queries.js';

// The calendars are settings, not records: admins edit them in place and the ledger does not seal them.

/** The calendars as stored, for preview and the admin page. */
export async function currentCalendars(ctx: Pick<AppContext, 'db'>): Promise<CalendarsResponse> {
  const [events, organisations] = await Promise.all([listEvents(ctx.db), listOrganisations(ctx.db)]);
  return { events, organisations };
}

function checkRule(input: CalendarEventInput): void {
  if (!parseEventRule(input.rule)) throw new AppError('invalid_request', `rule "${input.rule}" is not a real date`);
}

async function roomFor(ctx: AppContext, table: 'calendar_events' | 'calendar_organisations'): Promise<void> {
  const { n } = await ctx.db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  if (Number(n) >= CALENDAR_ROWS_MAX)
    throw new AppError('conflict', `the table already holds ${CALENDAR_ROWS_MAX} rows`);
}

export async function createEvent(ctx: AppContext, input: CalendarEventInput): Promise<string> {
  checkRule(input);
  await roomFor(ctx, 'calendar_events');
  const id = newId(ctx.clock.now());
  const row = { id, names: JSON.stringify(input.names), rule: input.rule, source: input.source };
  await ctx.db
    .insertInto('calendar_events')
    .values({ ...row, updatedAt: ctx.clock.now().toISOString() })
    .execute();
  return id;
}

export async function replaceEvent(ctx: AppContext, id: string, input: CalendarEventInput): Promise<void> {
  checkRule(input);
  const res = await ctx.db
    .updateTable('calendar_events')
    .set({
      names: JSON.stringify(input.names),
      rule: input.rule,
      source: input.source,
      updatedAt: ctx.clock.now().toISOString(),
    })
    .where('id', '=', id)
    .executeTakeFirst();
  if (Number(res.numUpdatedRows) === 0) throw notFound('calendar event');
}

export async function createOrganisation(ctx: AppContext, input: OrganisationCalendarInput): Promise<string> {
  await roomFor(ctx, 'calendar_organisations');
  const id = newId(ctx.clock.now());
  await ctx.db
    .insertInto('calendar_organisations')
    .values({ id, ...input, names: JSON.stringify(input.names), updatedAt: ctx.clock.now().toISOString() })
    .execute();
  return id;
}

export async function replaceOrganisation(
  ctx: AppContext,
  id: string,
  input: OrganisationCalendarInput,
): Promise<void> {
  const res = await ctx.db
    .updateTable('calendar_organisations')
    .set({ ...input, names: JSON.stringify(input.names), updatedAt: ctx.clock.now().toISOString() })
    .where('id', '=', id)
    .executeTakeFirst();
  if (Number(res.numUpdatedRows) === 0) throw notFound('organisation calendar');
}

export async function deleteRow(
  ctx: AppContext,
  table: 'calendar_events' | 'calendar_organisations',
  id: string,
): Promise<void> {
  const res = await ctx.db.deleteFrom(table).where('id', '=', id).executeTakeFirst();
  if (Number(res.numDeletedRows) === 0)
    throw notFound(table === 'calendar_events' ? 'calendar event' : 'organisation calendar');
}
