import { type Kysely } from 'kysely';

// Frozen in time: this file imports nothing from the app. Two organisations whose fiscal years the extractor
// now ships reach existing databases here: Palo Alto Networks (August–July) and National Fuel Gas
// (October–September), so that "the second half of Palo Alto Networks' fiscal 2026" and National Fuel's "fiscal
// year 2028" preview as they extract.

const SEC = 'https://www.sec.gov/cgi-bin/browse-edgar?action=getcompany&type=10-K&CIK=';

const ORGANISATIONS: Array<[string[], string, number, number, string, string]> = [
  [['Palo Alto Networks', 'PANW'], 'fiscal', 8, 12, 'end', `${SEC}PANW`],
  [['National Fuel', 'National Fuel Gas', 'NFG'], 'fiscal', 10, 12, 'end', `${SEC}NFG`],
];

const AT = '2026-12-12T00:50:00.000Z';
const orgId = (i: number) => `seed-org-0050-${String(i + 1).padStart(3, '0')}`;

export async function up(db: Kysely<any>): Promise<void> {
  await db
    .insertInto('calendar_organisations')
    .values(
      ORGANISATIONS.map(([names, kind, startMonth, months, naming, source], i) => ({
        id: orgId(i),
        names: JSON.stringify(names),
        kind,
        startMonth,
        months,
        naming,
        source,
        updatedAt: AT,
      })),
    )
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.deleteFrom('calendar_organisations').where('id', 'like', 'seed-org-0050-%').execute();
}
