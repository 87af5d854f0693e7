import { type Kysely } from 'kysely';

// Frozen in time: this file imports nothing from the app. Rows added to the shipped calendars after the
// seed (migration 2026_12_05_0030) reach existing databases here, so that a preview in the app reads the
// same calendars the extractor ships with: Diwali, the UK's autumn fiscal event, the FOMC row's longer
// name list, and five organisations' fiscal years. A row an admin has since edited is left as it is.

const DIWALI = 'https://www.timeanddate.com/holidays/india/diwali';
const SEC = 'https://www.sec.gov/cgi-bin/browse-edgar?action=getcompany&type=10-K&CIK=';

const EVENTS: Array<[string[], string, string]> = [
  ...['2022-10-24', '2023-11-12', '2024-10-31', '2025-10-20', '2026-11-08', '2027-10-29', '2028-10-17']
    .concat(['2029-11-05', '2030-10-26'])
    .map((d): [string[], string, string] => [['Diwali', 'Deepavali'], `date ${d}`, DIWALI]),
  ...(
    [
      ['2022-11-17', 'https://www.gov.uk/government/publications/autumn-statement-2022-documents'],
      ['2023-11-22', 'https://www.gov.uk/government/publications/autumn-statement-2023'],
      ['2024-10-30', 'https://www.gov.uk/government/publications/autumn-budget-2024'],
      ['2025-11-26', 'https://www.gov.uk/government/publications/budget-2025-document'],
    ] as const
  ).map(([d, source]): [string[], string, string] => [
    ['Autumn Budget', 'autumn budget', 'Autumn Statement'],
    `date ${d}`,
    source,
  ]),
];

const ORGANISATIONS: Array<[string[], string, number, number, string, string]> = [
  [['Capri', 'Capri Holdings', 'CPRI', 'Michael Kors', 'Jimmy Choo'], 'fiscal', 4, 12, 'end', `${SEC}CPRI`],
  [['Diageo', 'DEO'], 'fiscal', 7, 12, 'end', `${SEC}DEO`],
  [['Titan', 'Titan Company'], 'fiscal', 4, 12, 'end', 'https://www.titancompany.in/investors/annual-reports'],
  [['DLF'], 'fiscal', 4, 12, 'end', 'https://www.dlf.in/investor.php'],
  [['Tech Mahindra'], 'fiscal', 4, 12, 'end', 'https://www.techmahindra.com/investors/'],
];

const FOMC_BEFORE = ['FOMC meeting', 'FOMC', 'Fed meeting', 'FOMC decision'];
const FOMC_AFTER = ['FOMC meeting', 'FOMC', 'Fed meeting', 'Federal Reserve meeting', 'FOMC decision'];

const AT = '2026-12-12T00:41:00.000Z';
const eventId = (i: number) => `seed-event-0041-${String(i + 1).padStart(3, '0')}`;
const orgId = (i: number) => `seed-org-0041-${String(i + 1).padStart(3, '0')}`;

export async function up(db: Kysely<any>): Promise<void> {
  await db
    .insertInto('calendar_events')
    .values(
      EVENTS.map(([names, rule, source], i) => ({
        id: eventId(i),
        names: JSON.stringify(names),
        rule,
        source,
        updatedAt: AT,
      })),
    )
    .execute();
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
  // Only the seeded rows no admin has touched: their updatedAt is still the seed's.
  await db
    .updateTable('calendar_events')
    .set({ names: JSON.stringify(FOMC_AFTER) })
    .where('names', '=', JSON.stringify(FOMC_BEFORE))
    .where('updatedAt', '=', '2026-12-05T00:00:00.000Z')
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db
    .updateTable('calendar_events')
    .set({ names: JSON.stringify(FOMC_BEFORE) })
    .where('names', '=', JSON.stringify(FOMC_AFTER))
    .where('updatedAt', '=', '2026-12-05T00:00:00.000Z')
    .execute();
  await db.deleteFrom('calendar_events').where('id', 'like', 'seed-event-0041-%').execute();
  await db.deleteFrom('calendar_organisations').where('id', 'like', 'seed-org-0041-%').execute();
}
