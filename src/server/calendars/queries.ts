import type { Kysely } from 'kysely';
import type { CalendarEvent, OrganisationCalendar } from '../../shared/api/index.js';
import type { Database } from '../db/schema.js';

/** Every event row, oldest id first (the seed, then admins' additions). */
export async function listEvents(db: Kysely<Database>): Promise<CalendarEvent[]> {
  const rows = await db.selectFrom('calendar_events').select(['id', 'names', 'rule', 'source']).orderBy('id').execute();
  return rows.map((r) => ({ id: r.id, names: JSON.parse(r.names) as string[], rule: r.rule, source: r.source }));
}

/** Every organisation row, oldest id first. */
export async function listOrganisations(db: Kysely<Database>): Promise<OrganisationCalendar[]> {
  const rows = await db
    .selectFrom('calendar_organisations')
    .select(['id', 'names', 'kind', 'startMonth', 'months', 'naming', 'source'])
    .orderBy('id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    names: JSON.parse(r.names) as string[],
    kind: r.kind === 'season' ? 'season' : 'fiscal',
    startMonth: Number(r.startMonth),
    months: Number(r.months),
    naming: r.naming === 'start' ? 'start' : 'end',
    source: r.source,
  }));
}
