import { type Kysely } from 'kysely';

// Frozen in time: this file imports nothing from the app. Events the extractor now ships with reach existing
// databases here, so that a preview reads the same calendars: the Masters (2025–2028, as Augusta announced them), the
// Tour de France (2025, 2026), the Melbourne Cup (first Tuesday of November), CES 2026, WWDC (2025, 2026) and the Bank
// of Japan's 2025 monetary policy meetings. They wait for the rule that an event's name before a noun or inside a
// longer name names a thing ("its Tour de France deal", "the Tour de France Femmes"). "Masters" and "CES" alone also
// read as the degree and the payroll survey, so they ship only after "the" or a preposition of time, or in full; names
// match in any case, so each BoJ name is written once.

const MASTERS = 'https://www.golfcompendium.com/2024/01/masters-golf-tournament-future-dates.html';
const WWDC = 'https://en.wikipedia.org/wiki/Worldwide_Developers_Conference';
const BOJ = 'https://equalsmoney.com/economic-calendar/events/boj-interest-rate-decision';
const BOJ_NAMES = ['BoJ meeting', 'Bank of Japan meeting', 'BoJ policy meeting'];

const EVENTS: Array<[string[], string, string]> = [
  ...['2025-04-10..2025-04-13', '2026-04-09..2026-04-12', '2027-04-08..2027-04-11', '2028-04-06..2028-04-09'].map(
    (d): [string[], string, string] => [['the Masters', 'Masters Tournament'], `date ${d}`, MASTERS],
  ),
  [
    ['Tour de France'],
    'date 2025-07-05..2025-07-27',
    'https://www.nationalworld.com/travel/travel-news/when-does-the-tour-de-france-start-holidaymakers-in-paris-and-lille-warned-what-is-route-5205353',
  ],
  [['Tour de France'], 'date 2026-07-04..2026-07-26', 'https://www.cyclingnews.com/race-homes/tour-de-france-2026/'],
  [
    ['Melbourne Cup'],
    'nth 1 tue 11',
    'https://africa.espn.com/betting/story/_/id/38821001/2023-melbourne-cup-field-complete-guide-jockeys-trainers-odds-form',
  ],
  [
    ['Consumer Electronics Show', 'CES 2026', 'at CES', 'during CES', 'before CES', 'after CES'],
    'date 2026-01-06..2026-01-09',
    'https://lasvegaslive.show/ces-2026-how-las-vegas-became-the-global-stage-for-technologys-next-chapter',
  ],
  [['WWDC', 'Worldwide Developers Conference'], 'date 2025-06-09..2025-06-13', WWDC],
  [['WWDC', 'Worldwide Developers Conference'], 'date 2026-06-08..2026-06-12', WWDC],
  ...[
    '2025-01-24',
    '2025-03-19',
    '2025-05-01',
    '2025-06-17',
    '2025-07-31',
    '2025-09-19',
    '2025-10-30',
    '2025-12-19',
  ].map((d): [string[], string, string] => [BOJ_NAMES, `date ${d}`, BOJ]),
];

const AT = '2026-12-12T00:59:00.000Z';
const eventId = (i: number) => `seed-event-0090-${String(i + 1).padStart(3, '0')}`;

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
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.deleteFrom('calendar_events').where('id', 'like', 'seed-event-0090-%').execute();
}
