import { type Kysely } from 'kysely';

// Frozen in time: this file imports nothing from the app. Recurring events the extractor now ships with reach
// existing databases here, so that a preview reads the same calendars: the ECB's and the Bank of England's
// rate-setting meetings, China's Two Sessions, the Kentucky Derby, Singles' Day, Wimbledon, the Super Bowls of
// 2027 and 2028, the Academy Awards, the COP30 and COP31 climate conferences and the 2025 and 2026 G20 summits.

const ECB = 'https://www.ecb.europa.eu/press/calendars/mgcgc/html/index.en.html';
const BOE = 'https://www.bankofengland.co.uk/monetary-policy/upcoming-mpc-dates';
const ECB_NAMES = ['ECB meeting', 'ECB policy meeting', 'ECB Governing Council meeting'];
const BOE_NAMES = ['Bank of England meeting', 'BoE meeting', 'BOE meeting'];
const G20 = ['G20 summit', "G20 leaders' summit", 'G20 Leaders Summit'];
const OSCARS = ['Academy Awards', 'Academy Awards ceremony', 'Oscars ceremony'];

const EVENTS: Array<[string[], string, string]> = [
  ...['2025-01-30', '2025-03-06', '2025-04-17', '2025-06-05', '2025-07-24', '2025-09-11', '2025-10-30']
    .concat(['2025-12-18', '2026-02-05', '2026-03-19', '2026-04-30', '2026-06-11', '2026-07-23', '2026-09-10'])
    .concat(['2026-10-29', '2026-12-17'])
    .map((d): [string[], string, string] => [ECB_NAMES, `date ${d}`, ECB]),
  ...['2025-02-06', '2025-03-20', '2025-05-08', '2025-06-19', '2025-08-07', '2025-09-18', '2025-11-06']
    .concat(['2025-12-18', '2026-02-05', '2026-03-19', '2026-04-30', '2026-06-18', '2026-07-30', '2026-09-17'])
    .concat(['2026-11-05', '2026-12-17'])
    .map((d): [string[], string, string] => [BOE_NAMES, `date ${d}`, BOE]),
  [['Kentucky Derby'], 'nth 1 sat 5', 'https://www.kentuckyderby.com/'],
  [["Singles' Day", 'Singles Day'], 'fixed 11-11', 'https://www.alibabagroup.com/en-US/'],
  [['Wimbledon Championships'], 'date 2025-06-30..2025-07-13', 'https://www.wimbledon.com/'],
  [
    ['Wimbledon Championships'],
    'date 2026-06-29..2026-07-12',
    'https://www.wtatennis.com/tournaments/904/wimbledon/2026',
  ],
  [['Two Sessions'], 'date 2025-03-04..2025-03-11', 'http://www.npc.gov.cn/englishnpc/'],
  [['Two Sessions'], 'date 2026-03-04..2026-03-12', 'http://www.ecns.cn/china/2026-03-04/detail-ihfaizcc2498370.shtml'],
  [['Super Bowl'], 'date 2027-02-14', 'https://www.nfl.com/super-bowl/'],
  [
    ['Super Bowl'],
    'date 2028-02-13',
    'https://www.cbssports.com/nfl/news/nfl-announces-atlanta-will-host-super-bowl-lxii-in-2028-marking-fourth-time-city-landed-big-event/',
  ],
  [OSCARS, 'date 2026-03-15', 'https://www.oscars.org/'],
  [
    OSCARS,
    'date 2027-03-14',
    'https://tribune.com.pk/story/2602026/academy-of-motion-picture-arts-announces-dates-for-oscars-2027-2028',
  ],
  [
    OSCARS,
    'date 2028-03-05',
    'https://tribune.com.pk/story/2602026/academy-of-motion-picture-arts-announces-dates-for-oscars-2027-2028',
  ],
  [['COP30', 'COP 30'], 'date 2025-11-10..2025-11-21', 'https://unfccc.int/cop30'],
  [['COP31', 'COP 31'], 'date 2026-11-09..2026-11-20', 'https://www.azernews.az/region/252475.html'],
  [
    G20,
    'date 2025-11-22..2025-11-23',
    'https://www.diariolasamericas.com/economia/trump-anuncia-que-cumbre-del-g-20-2026-sera-miami-n5381987',
  ],
  [
    G20,
    'date 2026-12-14..2026-12-15',
    'https://anewz.tv/world/world-news/12796/us-to-host-2026-g20-summit-in-miami/news',
  ],
];

const AT = '2026-12-12T00:58:00.000Z';
const eventId = (i: number) => `seed-event-0085-${String(i + 1).padStart(3, '0')}`;

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
  await db.deleteFrom('calendar_events').where('id', 'like', 'seed-event-0085-%').execute();
}
