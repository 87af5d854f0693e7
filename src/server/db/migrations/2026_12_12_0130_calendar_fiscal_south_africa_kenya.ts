import { type Kysely } from 'kysely';

// Frozen in time: this file imports nothing from the app. The government fiscal years of South Africa (April–March)
// and Kenya (July–June), each named by the year it ends, reach existing databases here, so that "Kenya expects its
// deficit to widen in the 2026/27 financial year" previews as it extracts.

const ORGANISATIONS: Array<[string[], number, string]> = [
  [
    ['South Africa', 'South African', 'SARB'],
    4,
    'https://www.treasury.gov.za/documents/national%20budget/default.aspx',
  ],
  [['Kenya', 'Kenyan'], 7, 'https://www.treasury.go.ke/budget-policy-statement/'],
];

const AT = '2026-12-12T01:00:00.000Z';
const orgId = (i: number) => `seed-org-0130-${String(i + 1).padStart(3, '0')}`;

export async function up(db: Kysely<any>): Promise<void> {
  await db
    .insertInto('calendar_organisations')
    .values(
      ORGANISATIONS.map(([names, startMonth, source], i) => ({
        id: orgId(i),
        names: JSON.stringify(names),
        kind: 'fiscal',
        startMonth,
        months: 12,
        naming: 'end',
        source,
        updatedAt: AT,
      })),
    )
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.deleteFrom('calendar_organisations').where('id', 'like', 'seed-org-0130-%').execute();
}
