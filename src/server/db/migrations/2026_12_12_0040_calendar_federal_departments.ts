import { type Kysely } from 'kysely';

// Frozen in time: this file imports nothing from the app. The US federal fiscal year (October to September) also
// applies where a sentence names a federal department or agency ("USDA expects … in FY2026", "the Ag Department"),
// so the seeded federal row gains those names. A row an admin has since edited is left as it is.

const BEFORE = [
  'federal',
  'congressional',
  'appropriations',
  'Congress',
  'Pentagon',
  'DoD',
  'CBO',
  'OMB',
  'US government',
];

const AFTER = [
  ...BEFORE,
  'USDA',
  'Department of Agriculture',
  'Agriculture Department',
  'Ag Department',
  'HHS',
  'Department of Health and Human Services',
  'Health and Human Services',
  'CMS',
  'Department of Defense',
  'Defense Department',
  'U.S. Navy',
  'US Navy',
  'U.S. Army',
  'US Army',
  'U.S. Air Force',
  'Department of Energy',
  'Energy Department',
  'Department of Homeland Security',
  'DHS',
  'Department of Education',
  'Education Department',
  'Department of Transportation',
  'Transportation Department',
  'Department of Veterans Affairs',
  'State Department',
  'Justice Department',
  'Department of Justice',
  'Commerce Department',
  'Department of Commerce',
  'Interior Department',
  'Department of the Interior',
  'Labor Department',
  'Department of Labor',
  'HUD',
  'NASA',
  'FAA',
  'EPA',
  'NIH',
  'FEMA',
];

async function swap(db: Kysely<any>, from: string[], to: string[], at: string): Promise<void> {
  await db
    .updateTable('calendar_organisations')
    .set({ names: JSON.stringify(to), updatedAt: at })
    .where('names', '=', JSON.stringify(from))
    .execute();
}

export async function up(db: Kysely<any>): Promise<void> {
  await swap(db, BEFORE, AFTER, '2026-12-12T00:40:00.000Z');
}

export async function down(db: Kysely<any>): Promise<void> {
  await swap(db, AFTER, BEFORE, '2026-12-05T00:00:00.000Z');
}
