import { type Kysely } from 'kysely';

// Frozen in time: this file imports nothing from the app. Rapidus, a Japanese company the shipped calendars
// now name, keeps Japan's fiscal year (April to March, named by the year it starts), so a database migrated
// before holds the same organisations as the extractor ships with.

const AT = '2026-12-12T01:00:00.000Z';
const ID = 'seed-org-0060-001';

export async function up(db: Kysely<any>): Promise<void> {
  await db
    .insertInto('calendar_organisations')
    .values({
      id: ID,
      names: JSON.stringify(['Rapidus']),
      kind: 'fiscal',
      startMonth: 4,
      months: 12,
      naming: 'start',
      source: 'https://www.rapidus.inc/en/company/',
      updatedAt: AT,
    })
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.deleteFrom('calendar_organisations').where('id', '=', ID).execute();
}
