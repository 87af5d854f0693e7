import { type Kysely } from 'kysely';

// Frozen in time: this file imports nothing from the app. Migration 0085 shipped the Bank of England's meeting rows
// under "BoE meeting" and "BOE meeting", names that differ only in case; names match in any case, so the rows now
// carry each name once, as the shipped set does. A row an admin has since edited is left as it is.

const SEEDED_AT = '2026-12-12T00:58:00.000Z';
const AT = '2026-12-12T01:10:00.000Z';
const BEFORE = ['Bank of England meeting', 'BoE meeting', 'BOE meeting'];
const AFTER = ['Bank of England meeting', 'BoE meeting'];

export async function up(db: Kysely<any>): Promise<void> {
  await db
    .updateTable('calendar_events')
    .set({ names: JSON.stringify(AFTER), updatedAt: AT })
    .where('id', 'like', 'seed-event-0085-%')
    .where('names', '=', JSON.stringify(BEFORE))
    .where('updatedAt', '=', SEEDED_AT)
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db
    .updateTable('calendar_events')
    .set({ names: JSON.stringify(BEFORE), updatedAt: SEEDED_AT })
    .where('id', 'like', 'seed-event-0085-%')
    .where('names', '=', JSON.stringify(AFTER))
    .where('updatedAt', '=', AT)
    .execute();
}
