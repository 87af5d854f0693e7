import { type Kysely } from 'kysely';

// Frozen in time: this file imports nothing from the app. The shipped Christmas and New Year's Eve rows now also
// name the spellings of notes typed in a hurry ("by xmas", "by new years eve"), so a database migrated before reads
// the same calendars the extractor ships with. A row an admin has since edited is left as it is.

const SEEDED_AT = '2026-12-05T00:00:00.000Z';
const AT = '2026-12-12T01:10:00.000Z';

const CHANGES: Array<[string[], string[]]> = [
  [
    ['Christmas', 'Christmas Day'],
    ['Christmas', 'Christmas Day', 'Xmas', 'xmas'],
  ],
  [["New Year's Eve"], ["New Year's Eve", 'New Years Eve', "new year's eve", 'new years eve']],
];

export async function up(db: Kysely<any>): Promise<void> {
  for (const [before, after] of CHANGES) {
    await db
      .updateTable('calendar_events')
      .set({ names: JSON.stringify(after), updatedAt: AT })
      .where('names', '=', JSON.stringify(before))
      .where('updatedAt', '=', SEEDED_AT)
      .execute();
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const [before, after] of CHANGES) {
    await db
      .updateTable('calendar_events')
      .set({ names: JSON.stringify(before), updatedAt: SEEDED_AT })
      .where('names', '=', JSON.stringify(after))
      .where('updatedAt', '=', AT)
      .execute();
  }
}
