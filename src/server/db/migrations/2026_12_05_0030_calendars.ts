import { type Kysely } from 'kysely';

// Frozen in time: this file imports nothing from the app. The calendars extraction reads (TIME-WINDOWS.md,
// "More conventions"), kept in the database so admins can edit them; seeded with the set shipped on
// 2026-12-05 (names, rule, source) — later changes to the shipped defaults do not touch an existing database.

const EVENTS: Array<[string[], string, string]> = [
  [['Easter', 'Easter Sunday'], 'easter', 'https://www.census.gov/data/software/x13as/genhol/easter-dates.html'],
  [['Good Friday'], 'easter-2', 'https://www.census.gov/data/software/x13as/genhol/easter-dates.html'],
  [['Easter Monday'], 'easter+1', 'https://www.census.gov/data/software/x13as/genhol/easter-dates.html'],
  [
    ['Thanksgiving', 'Thanksgiving Day'],
    'nth 4 thu 11',
    'https://www.opm.gov/policy-data-oversight/pay-leave/federal-holidays/',
  ],
  [['Black Friday'], 'nth 4 thu 11+1', 'https://nrf.com/research-insights/holiday-data-and-trends'],
  [['Cyber Monday'], 'nth 4 thu 11+4', 'https://nrf.com/research-insights/holiday-data-and-trends'],
  [['Labor Day'], 'nth 1 mon 9', 'https://www.opm.gov/policy-data-oversight/pay-leave/federal-holidays/'],
  [['Memorial Day'], 'nth last mon 5', 'https://www.opm.gov/policy-data-oversight/pay-leave/federal-holidays/'],
  [
    ['Martin Luther King Jr. Day', 'MLK Day'],
    'nth 3 mon 1',
    'https://www.opm.gov/policy-data-oversight/pay-leave/federal-holidays/',
  ],
  [
    ["Presidents' Day", 'Presidents Day', "Washington's Birthday"],
    'nth 3 mon 2',
    'https://www.opm.gov/policy-data-oversight/pay-leave/federal-holidays/',
  ],
  [
    ['Columbus Day', "Indigenous Peoples' Day"],
    'nth 2 mon 10',
    'https://www.opm.gov/policy-data-oversight/pay-leave/federal-holidays/',
  ],
  [["Mother's Day"], 'nth 2 sun 5', 'https://www.census.gov/newsroom/stories/mothers-day.html'],
  [["Father's Day"], 'nth 3 sun 6', 'https://www.census.gov/newsroom/stories/fathers-day.html'],
  [['Election Day'], 'nth 1 mon 11+1', 'https://www.usa.gov/when-is-election-day'],
  [
    ['Christmas', 'Christmas Day'],
    'fixed 12-25',
    'https://www.opm.gov/policy-data-oversight/pay-leave/federal-holidays/',
  ],
  [['Christmas Eve'], 'fixed 12-24', 'https://www.opm.gov/policy-data-oversight/pay-leave/federal-holidays/'],
  [['Boxing Day'], 'fixed 12-26', 'https://www.gov.uk/bank-holidays'],
  [["New Year's Eve"], 'fixed 12-31', 'https://www.opm.gov/policy-data-oversight/pay-leave/federal-holidays/'],
  [
    ["New Year's Day", "New Year's"],
    'fixed 01-01',
    'https://www.opm.gov/policy-data-oversight/pay-leave/federal-holidays/',
  ],
  [
    ['Independence Day', 'Fourth of July', 'July Fourth'],
    'fixed 07-04',
    'https://www.opm.gov/policy-data-oversight/pay-leave/federal-holidays/',
  ],
  [['Juneteenth'], 'fixed 06-19', 'https://www.opm.gov/policy-data-oversight/pay-leave/federal-holidays/'],
  [['Veterans Day'], 'fixed 11-11', 'https://www.opm.gov/policy-data-oversight/pay-leave/federal-holidays/'],
  [['Halloween'], 'fixed 10-31', 'https://www.census.gov/newsroom/stories/halloween.html'],
  [["Valentine's Day"], 'fixed 02-14', 'https://www.census.gov/newsroom/stories/valentines-day.html'],
  [
    ["St. Patrick's Day", "Saint Patrick's Day"],
    'fixed 03-17',
    'https://www.census.gov/newsroom/stories/st-patricks-day.html',
  ],
  [
    ['Chinese New Year', 'Lunar New Year'],
    'date 2025-01-29',
    'https://www.timeanddate.com/holidays/china/chinese-new-year',
  ],
  [
    ['Chinese New Year', 'Lunar New Year'],
    'date 2026-02-17',
    'https://www.timeanddate.com/holidays/china/chinese-new-year',
  ],
  [
    ['Chinese New Year', 'Lunar New Year'],
    'date 2027-02-06',
    'https://www.timeanddate.com/holidays/china/chinese-new-year',
  ],
  [
    ['Chinese New Year', 'Lunar New Year'],
    'date 2028-01-26',
    'https://www.timeanddate.com/holidays/china/chinese-new-year',
  ],
  [
    ['Chinese New Year', 'Lunar New Year'],
    'date 2029-02-13',
    'https://www.timeanddate.com/holidays/china/chinese-new-year',
  ],
  [
    ['Chinese New Year', 'Lunar New Year'],
    'date 2030-02-03',
    'https://www.timeanddate.com/holidays/china/chinese-new-year',
  ],
  [
    ['midterms', 'midterm elections', 'midterm election'],
    'date 2026-11-03',
    'https://www.fec.gov/help-candidates-and-committees/dates-and-deadlines/',
  ],
  [
    ['midterms', 'midterm elections', 'midterm election'],
    'date 2030-11-05',
    'https://www.fec.gov/help-candidates-and-committees/dates-and-deadlines/',
  ],
  [
    ['presidential election', 'US presidential election'],
    'date 2028-11-07',
    'https://www.fec.gov/help-candidates-and-committees/dates-and-deadlines/',
  ],
  [
    ['World Cup', 'FIFA World Cup'],
    'date 2026-06-11..2026-07-19',
    'https://www.fifa.com/en/tournaments/mens/worldcup/canadamexicousa2026',
  ],
  [['World Cup final'], 'date 2026-07-19', 'https://www.fifa.com/en/tournaments/mens/worldcup/canadamexicousa2026'],
  [
    ['Winter Olympics', 'Olympics', 'Olympic Games'],
    'date 2026-02-06..2026-02-22',
    'https://www.olympics.com/en/milano-cortina-2026',
  ],
  [
    ['Summer Olympics', 'Olympics', 'Olympic Games', 'LA Olympics'],
    'date 2028-07-14..2028-07-30',
    'https://la28.org/en.html',
  ],
  [
    ['Winter Olympics', 'Olympics', 'Olympic Games'],
    'date 2030-02-01..2030-02-17',
    'https://www.olympics.com/en/olympic-games/french-alps-2030',
  ],
  [['Super Bowl'], 'date 2025-02-09', 'https://www.nfl.com/super-bowl/'],
  [['Super Bowl'], 'date 2026-02-08', 'https://www.nfl.com/super-bowl/'],
  [['Champions League final'], 'date 2026-05-30', 'https://www.uefa.com/uefachampionsleague/news/'],
  [
    ['FOMC meeting', 'FOMC', 'Fed meeting', 'FOMC decision'],
    'date 2025-01-29',
    'https://www.federalreserve.gov/monetarypolicy/fomccalendars.htm',
  ],
  [
    ['FOMC meeting', 'FOMC', 'Fed meeting', 'FOMC decision'],
    'date 2025-03-19',
    'https://www.federalreserve.gov/monetarypolicy/fomccalendars.htm',
  ],
  [
    ['FOMC meeting', 'FOMC', 'Fed meeting', 'FOMC decision'],
    'date 2025-05-07',
    'https://www.federalreserve.gov/monetarypolicy/fomccalendars.htm',
  ],
  [
    ['FOMC meeting', 'FOMC', 'Fed meeting', 'FOMC decision'],
    'date 2025-06-18',
    'https://www.federalreserve.gov/monetarypolicy/fomccalendars.htm',
  ],
  [
    ['FOMC meeting', 'FOMC', 'Fed meeting', 'FOMC decision'],
    'date 2025-07-30',
    'https://www.federalreserve.gov/monetarypolicy/fomccalendars.htm',
  ],
  [
    ['FOMC meeting', 'FOMC', 'Fed meeting', 'FOMC decision'],
    'date 2025-09-17',
    'https://www.federalreserve.gov/monetarypolicy/fomccalendars.htm',
  ],
  [
    ['FOMC meeting', 'FOMC', 'Fed meeting', 'FOMC decision'],
    'date 2025-10-29',
    'https://www.federalreserve.gov/monetarypolicy/fomccalendars.htm',
  ],
  [
    ['FOMC meeting', 'FOMC', 'Fed meeting', 'FOMC decision'],
    'date 2025-12-10',
    'https://www.federalreserve.gov/monetarypolicy/fomccalendars.htm',
  ],
  [
    ['FOMC meeting', 'FOMC', 'Fed meeting', 'FOMC decision'],
    'date 2026-01-28',
    'https://www.federalreserve.gov/monetarypolicy/fomccalendars.htm',
  ],
  [
    ['FOMC meeting', 'FOMC', 'Fed meeting', 'FOMC decision'],
    'date 2026-03-18',
    'https://www.federalreserve.gov/monetarypolicy/fomccalendars.htm',
  ],
  [
    ['FOMC meeting', 'FOMC', 'Fed meeting', 'FOMC decision'],
    'date 2026-04-29',
    'https://www.federalreserve.gov/monetarypolicy/fomccalendars.htm',
  ],
  [
    ['FOMC meeting', 'FOMC', 'Fed meeting', 'FOMC decision'],
    'date 2026-06-17',
    'https://www.federalreserve.gov/monetarypolicy/fomccalendars.htm',
  ],
  [
    ['FOMC meeting', 'FOMC', 'Fed meeting', 'FOMC decision'],
    'date 2026-07-29',
    'https://www.federalreserve.gov/monetarypolicy/fomccalendars.htm',
  ],
  [
    ['FOMC meeting', 'FOMC', 'Fed meeting', 'FOMC decision'],
    'date 2026-09-16',
    'https://www.federalreserve.gov/monetarypolicy/fomccalendars.htm',
  ],
  [
    ['FOMC meeting', 'FOMC', 'Fed meeting', 'FOMC decision'],
    'date 2026-10-28',
    'https://www.federalreserve.gov/monetarypolicy/fomccalendars.htm',
  ],
  [
    ['FOMC meeting', 'FOMC', 'Fed meeting', 'FOMC decision'],
    'date 2026-12-09',
    'https://www.federalreserve.gov/monetarypolicy/fomccalendars.htm',
  ],
];

const ORGANISATIONS: Array<[string[], string, number, number, string, string]> = [
  [
    ['Microsoft', 'MSFT'],
    'fiscal',
    7,
    12,
    'end',
    'https://www.sec.gov/cgi-bin/browse-edgar?action=getcompany&type=10-K&CIK=MSFT',
  ],
  [
    ['Apple', 'AAPL'],
    'fiscal',
    10,
    12,
    'end',
    'https://www.sec.gov/cgi-bin/browse-edgar?action=getcompany&type=10-K&CIK=AAPL',
  ],
  [
    ['Nvidia', 'NVIDIA', 'NVDA'],
    'fiscal',
    2,
    12,
    'end',
    'https://www.sec.gov/cgi-bin/browse-edgar?action=getcompany&type=10-K&CIK=NVDA',
  ],
  [
    ['Walmart', 'WMT'],
    'fiscal',
    2,
    12,
    'end',
    'https://www.sec.gov/cgi-bin/browse-edgar?action=getcompany&type=10-K&CIK=WMT',
  ],
  [
    ['Salesforce', 'CRM'],
    'fiscal',
    2,
    12,
    'end',
    'https://www.sec.gov/cgi-bin/browse-edgar?action=getcompany&type=10-K&CIK=CRM',
  ],
  [
    ['Workday', 'WDAY'],
    'fiscal',
    2,
    12,
    'end',
    'https://www.sec.gov/cgi-bin/browse-edgar?action=getcompany&type=10-K&CIK=WDAY',
  ],
  [
    ['Oracle', 'ORCL'],
    'fiscal',
    6,
    12,
    'end',
    'https://www.sec.gov/cgi-bin/browse-edgar?action=getcompany&type=10-K&CIK=ORCL',
  ],
  [
    ['Cisco', 'CSCO'],
    'fiscal',
    8,
    12,
    'end',
    'https://www.sec.gov/cgi-bin/browse-edgar?action=getcompany&type=10-K&CIK=CSCO',
  ],
  [
    ['Broadcom', 'AVGO'],
    'fiscal',
    11,
    12,
    'end',
    'https://www.sec.gov/cgi-bin/browse-edgar?action=getcompany&type=10-K&CIK=AVGO',
  ],
  [
    ['Micron', 'MU'],
    'fiscal',
    9,
    12,
    'end',
    'https://www.sec.gov/cgi-bin/browse-edgar?action=getcompany&type=10-K&CIK=MU',
  ],
  [
    ['federal', 'congressional', 'appropriations', 'Congress', 'Pentagon', 'DoD', 'CBO', 'OMB', 'US government'],
    'fiscal',
    10,
    12,
    'end',
    'https://www.gao.gov/products/gao-07-464sp',
  ],
  [
    ['India', 'Indian', 'RBI', 'Reserve Bank of India', 'Sensex', 'Nifty'],
    'fiscal',
    4,
    12,
    'end',
    'https://www.incometax.gov.in/iec/foportal/help/individual/return-applicable-1',
  ],
  [
    ['UK', 'U.K.', 'Britain', 'British', 'OBR', 'HMRC', 'Bank of England', 'BoE'],
    'fiscal',
    4,
    12,
    'end',
    'https://www.gov.uk/government/publications/spring-statement-2025-document',
  ],
  [
    ['Japan', 'Japanese', 'BoJ', 'Bank of Japan', 'Toyota', 'Sony', 'Honda', 'Nissan', 'SoftBank', 'Nintendo'],
    'fiscal',
    4,
    12,
    'start',
    'https://www.mof.go.jp/english/policy/budget/budget/index.html',
  ],
  [['Australia', 'Australian', 'RBA'], 'fiscal', 7, 12, 'end', 'https://www.ato.gov.au/tax-rates-and-codes/key-dates'],
  [['NBA'], 'season', 10, 9, 'start', 'https://www.nba.com/schedule'],
  [['NHL'], 'season', 10, 9, 'start', 'https://www.nhl.com/schedule'],
  [
    ['Premier League', 'La Liga', 'Bundesliga', 'Serie A', 'Ligue 1', 'Champions League', 'EFL', 'UEFA'],
    'season',
    8,
    10,
    'start',
    'https://www.premierleague.com/news',
  ],
];

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('calendar_events')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('names', 'text', (c) => c.notNull())
    .addColumn('rule', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('updatedAt', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('calendar_organisations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('names', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('startMonth', 'integer', (c) => c.notNull())
    .addColumn('months', 'integer', (c) => c.notNull())
    .addColumn('naming', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('updatedAt', 'text', (c) => c.notNull())
    .execute();
  const at = '2026-12-05T00:00:00.000Z';
  await db
    .insertInto('calendar_events')
    .values(
      EVENTS.map(([names, rule, source], i) => ({
        id: `seed-event-${String(i + 1).padStart(3, '0')}`,
        names: JSON.stringify(names),
        rule,
        source,
        updatedAt: at,
      })),
    )
    .execute();
  await db
    .insertInto('calendar_organisations')
    .values(
      ORGANISATIONS.map(([names, kind, startMonth, months, naming, source], i) => ({
        id: `seed-org-${String(i + 1).padStart(3, '0')}`,
        names: JSON.stringify(names),
        kind,
        startMonth,
        months,
        naming,
        source,
        updatedAt: at,
      })),
    )
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('calendar_organisations').execute();
  await db.schema.dropTable('calendar_events').execute();
}
