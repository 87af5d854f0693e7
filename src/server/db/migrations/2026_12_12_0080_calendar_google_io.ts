import { type Kysely } from 'kysely';

// Frozen in time: this file imports nothing from the app. Google I/O, the developer conference Google holds each
// May, is a launch event the shipped calendars now date, so a database migrated before holds the same events as
// the extractor ships with.

const AT = '2026-12-12T00:08:00.000Z';
const NAMES = ['Google I/O', 'I/O developer conference', 'I/O conference', 'I/O keynote'];
const EVENTS: Array<[string, string]> = [
  ['date 2025-05-20..2025-05-21', 'https://io.google/2025/'],
  ['date 2026-05-19..2026-05-20', 'https://io.google/2026/'],
];
const eventId = (i: number) => `seed-event-0080-${String(i + 1).padStart(3, '0')}`;

export async function up(db: Kysely<any>): Promise<void> {
  await db
    .insertInto('calendar_events')
    .values(
      EVENTS.map(([rule, source], i) => ({
        id: eventId(i),
        names: JSON.stringify(NAMES),
        rule,
        source,
        updatedAt: AT,
      })),
    )
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db
    .deleteFrom('calendar_events')
    .where(
      'id',
      'in',
      EVENTS.map((_, i) => eventId(i)),
    )
    .execute();
}
