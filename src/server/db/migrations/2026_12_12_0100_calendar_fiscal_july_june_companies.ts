import { type Kysely } from 'kysely';

// Frozen in time: this file imports nothing from the app. Three Australian companies whose fiscal years the
// extractor now ships reach existing databases here: BHP, Fortescue and Qantas, each on Australia's July–June
// year named by the year it ends, so that "For fiscal 2026, BHP projects …" previews as it extracts.

const SEC = 'https://www.sec.gov/cgi-bin/browse-edgar?action=getcompany&type=10-K&CIK=';

const ORGANISATIONS: Array<[string[], string]> = [
  [['BHP', 'BHP Group'], `${SEC}BHP`],
  [['Fortescue', 'Fortescue Metals', 'FMG'], 'https://www.fortescue.com/investors'],
  [['Qantas', 'Qantas Group', 'Jetstar'], 'https://investor.qantas.com/investors/?page=annual-reports'],
];

const AT = '2026-12-12T01:00:00.000Z';
const orgId = (i: number) => `seed-org-0100-${String(i + 1).padStart(3, '0')}`;

export async function up(db: Kysely<any>): Promise<void> {
  await db
    .insertInto('calendar_organisations')
    .values(
      ORGANISATIONS.map(([names, source], i) => ({
        id: orgId(i),
        names: JSON.stringify(names),
        kind: 'fiscal',
        startMonth: 7,
        months: 12,
        naming: 'end',
        source,
        updatedAt: AT,
      })),
    )
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.deleteFrom('calendar_organisations').where('id', 'like', 'seed-org-0100-%').execute();
}
