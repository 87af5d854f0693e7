/**
 * The calendars shipped with the product (TIME-WINDOWS.md, "More conventions"): holidays, dated events
 * for 2025–2030 and organisations' fiscal years and seasons, each row with its source. Admins edit their own
 * copy in the database; this is the starting set.
 */
import type { CalendarEvent, Calendars, OrganisationCalendar } from '../types.js';

const OPM = 'https://www.opm.gov/policy-data-oversight/pay-leave/federal-holidays/';
const EASTER = 'https://www.census.gov/data/software/x13as/genhol/easter-dates.html';
const FOMC = 'https://www.federalreserve.gov/monetarypolicy/fomccalendars.htm';
const CNY = 'https://www.timeanddate.com/holidays/china/chinese-new-year';
const DIWALI = 'https://www.timeanddate.com/holidays/india/diwali';
const ECB = 'https://www.ecb.europa.eu/press/calendars/mgcgc/html/index.en.html';
const BOE = 'https://www.bankofengland.co.uk/monetary-policy/upcoming-mpc-dates';

// A central bank's rate-setting meetings: each row one decision day, under the names the bank's meetings go by.
const meetings =
  (names: string[], source: string) =>
  (dates: string[]): CalendarEvent[] =>
    dates.map((d) => ({ names, rule: `date ${d}`, source }));

const fomc = meetings(['FOMC meeting', 'FOMC', 'Fed meeting', 'Federal Reserve meeting', 'FOMC decision'], FOMC);
// No bare "MPC" for the Bank of England, which the Reserve Bank of India's committee shares.
const ecb = meetings(['ECB meeting', 'ECB policy meeting', 'ECB Governing Council meeting'], ECB);
const boe = meetings(['Bank of England meeting', 'BoE meeting'], BOE);
// The Bank of Japan's two-day meetings are dated by their decision (second) day; only the years whose full schedule a
// public page lists. Names match in any case ("BOJ meeting"), so each is written once.
const boj = meetings(
  ['BoJ meeting', 'Bank of Japan meeting', 'BoJ policy meeting'],
  'https://equalsmoney.com/economic-calendar/events/boj-interest-rate-decision',
);

export const DEFAULT_EVENTS: readonly CalendarEvent[] = [
  { names: ['Easter', 'Easter Sunday'], rule: 'easter', source: EASTER },
  { names: ['Good Friday'], rule: 'easter-2', source: EASTER },
  { names: ['Easter Monday'], rule: 'easter+1', source: EASTER },
  { names: ['Thanksgiving', 'Thanksgiving Day'], rule: 'nth 4 thu 11', source: OPM },
  {
    names: ['Black Friday'],
    rule: 'nth 4 thu 11+1',
    source: 'https://nrf.com/research-insights/holiday-data-and-trends',
  },
  {
    names: ['Cyber Monday'],
    rule: 'nth 4 thu 11+4',
    source: 'https://nrf.com/research-insights/holiday-data-and-trends',
  },
  { names: ['Labor Day'], rule: 'nth 1 mon 9', source: OPM },
  { names: ['Memorial Day'], rule: 'nth last mon 5', source: OPM },
  { names: ['Martin Luther King Jr. Day', 'MLK Day'], rule: 'nth 3 mon 1', source: OPM },
  { names: ["Presidents' Day", 'Presidents Day', "Washington's Birthday"], rule: 'nth 3 mon 2', source: OPM },
  { names: ['Columbus Day', "Indigenous Peoples' Day"], rule: 'nth 2 mon 10', source: OPM },
  { names: ["Mother's Day"], rule: 'nth 2 sun 5', source: 'https://www.census.gov/newsroom/stories/mothers-day.html' },
  { names: ["Father's Day"], rule: 'nth 3 sun 6', source: 'https://www.census.gov/newsroom/stories/fathers-day.html' },
  {
    names: ['Election Day'],
    rule: 'nth 1 mon 11+1',
    source: 'https://www.usa.gov/when-is-election-day',
  },
  { names: ['Christmas', 'Christmas Day', 'Xmas', 'xmas'], rule: 'fixed 12-25', source: OPM },
  { names: ['Christmas Eve'], rule: 'fixed 12-24', source: OPM },
  { names: ['Boxing Day'], rule: 'fixed 12-26', source: 'https://www.gov.uk/bank-holidays' },
  { names: ["New Year's Eve", 'New Years Eve', "new year's eve", 'new years eve'], rule: 'fixed 12-31', source: OPM },
  { names: ["New Year's Day", "New Year's"], rule: 'fixed 01-01', source: OPM },
  { names: ['Independence Day', 'Fourth of July', 'July Fourth'], rule: 'fixed 07-04', source: OPM },
  { names: ['Juneteenth'], rule: 'fixed 06-19', source: OPM },
  { names: ['Veterans Day'], rule: 'fixed 11-11', source: OPM },
  { names: ['Halloween'], rule: 'fixed 10-31', source: 'https://www.census.gov/newsroom/stories/halloween.html' },
  {
    names: ["Valentine's Day"],
    rule: 'fixed 02-14',
    source: 'https://www.census.gov/newsroom/stories/valentines-day.html',
  },
  {
    names: ["St. Patrick's Day", "Saint Patrick's Day"],
    rule: 'fixed 03-17',
    source: 'https://www.census.gov/newsroom/stories/st-patricks-day.html',
  },
  ...['2025-01-29', '2026-02-17', '2027-02-06', '2028-01-26', '2029-02-13', '2030-02-03'].map((d) => ({
    names: ['Chinese New Year', 'Lunar New Year'],
    rule: `date ${d}`,
    source: CNY,
  })),
  ...[
    '2022-10-24',
    '2023-11-12',
    '2024-10-31',
    '2025-10-20',
    '2026-11-08',
    '2027-10-29',
    '2028-10-17',
    '2029-11-05',
    '2030-10-26',
  ].map((d) => ({ names: ['Diwali', 'Deepavali'], rule: `date ${d}`, source: DIWALI })),
  // The UK's autumn fiscal event (an Autumn Statement in 2022 and 2023); later dates are set each summer.
  ...[
    ['2022-11-17', 'https://www.gov.uk/government/publications/autumn-statement-2022-documents'],
    ['2023-11-22', 'https://www.gov.uk/government/publications/autumn-statement-2023'],
    ['2024-10-30', 'https://www.gov.uk/government/publications/autumn-budget-2024'],
    ['2025-11-26', 'https://www.gov.uk/government/publications/budget-2025-document'],
  ].map(([d, source]) => ({
    names: ['Autumn Budget', 'autumn budget', 'Autumn Statement'],
    rule: `date ${d as string}`,
    source: source as string,
  })),
  {
    names: ['midterms', 'midterm elections', 'midterm election'],
    rule: 'date 2026-11-03',
    source: 'https://www.fec.gov/help-candidates-and-committees/dates-and-deadlines/',
  },
  {
    names: ['midterms', 'midterm elections', 'midterm election'],
    rule: 'date 2030-11-05',
    source: 'https://www.fec.gov/help-candidates-and-committees/dates-and-deadlines/',
  },
  {
    names: ['presidential election', 'US presidential election'],
    rule: 'date 2028-11-07',
    source: 'https://www.fec.gov/help-candidates-and-committees/dates-and-deadlines/',
  },
  {
    names: ['World Cup', 'FIFA World Cup'],
    rule: 'date 2026-06-11..2026-07-19',
    source: 'https://www.fifa.com/en/tournaments/mens/worldcup/canadamexicousa2026',
  },
  {
    names: ['World Cup final'],
    rule: 'date 2026-07-19',
    source: 'https://www.fifa.com/en/tournaments/mens/worldcup/canadamexicousa2026',
  },
  {
    names: ['Winter Olympics', 'Olympics', 'Olympic Games'],
    rule: 'date 2026-02-06..2026-02-22',
    source: 'https://www.olympics.com/en/milano-cortina-2026',
  },
  {
    names: ['Summer Olympics', 'Olympics', 'Olympic Games', 'LA Olympics'],
    rule: 'date 2028-07-14..2028-07-30',
    source: 'https://la28.org/en.html',
  },
  {
    names: ['Winter Olympics', 'Olympics', 'Olympic Games'],
    rule: 'date 2030-02-01..2030-02-17',
    source: 'https://www.olympics.com/en/olympic-games/french-alps-2030',
  },
  { names: ['Super Bowl'], rule: 'date 2025-02-09', source: 'https://www.nfl.com/super-bowl/' },
  { names: ['Super Bowl'], rule: 'date 2026-02-08', source: 'https://www.nfl.com/super-bowl/' },
  { names: ['Super Bowl'], rule: 'date 2027-02-14', source: 'https://www.nfl.com/super-bowl/' },
  {
    names: ['Super Bowl'],
    rule: 'date 2028-02-13',
    source:
      'https://www.cbssports.com/nfl/news/nfl-announces-atlanta-will-host-super-bowl-lxii-in-2028-marking-fourth-time-city-landed-big-event/',
  },
  // Google's developer conference, held each May; its dates are announced each winter.
  ...[
    ['2025-05-20..2025-05-21', 'https://io.google/2025/'],
    ['2026-05-19..2026-05-20', 'https://io.google/2026/'],
  ].map(([d, source]) => ({
    names: ['Google I/O', 'I/O developer conference', 'I/O conference', 'I/O keynote'],
    rule: `date ${d as string}`,
    source: source as string,
  })),
  {
    names: ['Champions League final'],
    rule: 'date 2026-05-30',
    source: 'https://www.uefa.com/uefachampionsleague/news/',
  },
  ...ecb(['2025-01-30', '2025-03-06', '2025-04-17', '2025-06-05', '2025-07-24', '2025-09-11', '2025-10-30']),
  ...ecb(['2025-12-18', '2026-02-05', '2026-03-19', '2026-04-30', '2026-06-11', '2026-07-23', '2026-09-10']),
  ...ecb(['2026-10-29', '2026-12-17']),
  ...boe(['2025-02-06', '2025-03-20', '2025-05-08', '2025-06-19', '2025-08-07', '2025-09-18', '2025-11-06']),
  ...boe(['2025-12-18', '2026-02-05', '2026-03-19', '2026-04-30', '2026-06-18', '2026-07-30', '2026-09-17']),
  ...boe(['2026-11-05', '2026-12-17']),
  // Races run on a fixed day by their organisers' rule; "Derby" alone is also Epsom's, so only the full name.
  { names: ['Kentucky Derby'], rule: 'nth 1 sat 5', source: 'https://www.kentuckyderby.com/' },
  {
    names: ["Singles' Day", 'Singles Day'],
    rule: 'fixed 11-11',
    source: 'https://www.alibabagroup.com/en-US/',
  },
  // Multi-day events are their span, as the World Cup's and the Olympics' rows are.
  // "Wimbledon" alone is also the London district ("house prices in Wimbledon"), so only the full name.
  ...[
    ['2025-06-30..2025-07-13', 'https://www.wimbledon.com/'],
    ['2026-06-29..2026-07-12', 'https://www.wtatennis.com/tournaments/904/wimbledon/2026'],
  ].map(([d, source]) => ({
    names: ['Wimbledon Championships'],
    rule: `date ${d as string}`,
    source: source as string,
  })),
  ...[
    ['2026-03-15', 'https://www.oscars.org/'],
    [
      '2027-03-14',
      'https://tribune.com.pk/story/2602026/academy-of-motion-picture-arts-announces-dates-for-oscars-2027-2028',
    ],
    [
      '2028-03-05',
      'https://tribune.com.pk/story/2602026/academy-of-motion-picture-arts-announces-dates-for-oscars-2027-2028',
    ],
  ].map(([d, source]) => ({
    names: ['Academy Awards', 'Academy Awards ceremony', 'Oscars ceremony'],
    rule: `date ${d as string}`,
    source: source as string,
  })),
  {
    names: ['COP30', 'COP 30'],
    rule: 'date 2025-11-10..2025-11-21',
    source: 'https://unfccc.int/cop30',
  },
  {
    names: ['COP31', 'COP 31'],
    rule: 'date 2026-11-09..2026-11-20',
    source: 'https://www.azernews.az/region/252475.html',
  },
  ...[
    [
      '2025-11-22..2025-11-23',
      'https://www.diariolasamericas.com/economia/trump-anuncia-que-cumbre-del-g-20-2026-sera-miami-n5381987',
    ],
    ['2026-12-14..2026-12-15', 'https://anewz.tv/world/world-news/12796/us-to-host-2026-g20-summit-in-miami/news'],
  ].map(([d, source]) => ({
    names: ['G20 summit', "G20 leaders' summit", 'G20 Leaders Summit'],
    rule: `date ${d as string}`,
    source: source as string,
  })),
  // China's Two Sessions: the CPPCC's opening to the NPC's close, as Xinhua announces them.
  {
    names: ['Two Sessions'],
    rule: 'date 2025-03-04..2025-03-11',
    source: 'http://www.npc.gov.cn/englishnpc/',
  },
  {
    names: ['Two Sessions'],
    rule: 'date 2026-03-04..2026-03-12',
    source: 'http://www.ecns.cn/china/2026-03-04/detail-ihfaizcc2498370.shtml',
  },
  // Augusta's dates are announced years ahead: the four rounds, Thursday to the second Sunday of April. "Masters"
  // alone is also the degree ("Masters students"), so only after "the" or in the full name.
  ...['2025-04-10..2025-04-13', '2026-04-09..2026-04-12', '2027-04-08..2027-04-11', '2028-04-06..2028-04-09'].map(
    (d) => ({
      names: ['the Masters', 'Masters Tournament'],
      rule: `date ${d}`,
      source: 'https://www.golfcompendium.com/2024/01/masters-golf-tournament-future-dates.html',
    }),
  ),
  // The Tour's dates come with each edition's route; "the Tour" alone is any tour.
  ...[
    [
      '2025-07-05..2025-07-27',
      'https://www.nationalworld.com/travel/travel-news/when-does-the-tour-de-france-start-holidaymakers-in-paris-and-lille-warned-what-is-route-5205353',
    ],
    ['2026-07-04..2026-07-26', 'https://www.cyclingnews.com/race-homes/tour-de-france-2026/'],
  ].map(([d, source]) => ({ names: ['Tour de France'], rule: `date ${d as string}`, source: source as string })),
  {
    names: ['Melbourne Cup'],
    rule: 'nth 1 tue 11',
    source:
      'https://africa.espn.com/betting/story/_/id/38821001/2023-melbourne-cup-field-complete-guide-jockeys-trainers-odds-form',
  },
  // "CES" alone is also the BLS payroll survey ("CES payroll revisions"), so only after a preposition of time, with
  // its year or in the full name.
  {
    names: ['Consumer Electronics Show', 'CES 2026', 'at CES', 'during CES', 'before CES', 'after CES'],
    rule: 'date 2026-01-06..2026-01-09',
    source: 'https://lasvegaslive.show/ces-2026-how-las-vegas-became-the-global-stage-for-technologys-next-chapter',
  },
  ...['2025-06-09..2025-06-13', '2026-06-08..2026-06-12'].map((d) => ({
    names: ['WWDC', 'Worldwide Developers Conference'],
    rule: `date ${d}`,
    source: 'https://en.wikipedia.org/wiki/Worldwide_Developers_Conference',
  })),
  ...boj(['2025-01-24', '2025-03-19', '2025-05-01', '2025-06-17', '2025-07-31', '2025-09-19', '2025-10-30']),
  ...boj(['2025-12-19']),
  ...fomc([
    '2025-01-29',
    '2025-03-19',
    '2025-05-07',
    '2025-06-18',
    '2025-07-30',
    '2025-09-17',
    '2025-10-29',
    '2025-12-10',
    '2026-01-28',
    '2026-03-18',
    '2026-04-29',
    '2026-06-17',
    '2026-07-29',
    '2026-09-16',
    '2026-10-28',
    '2026-12-09',
  ]),
];

const SEC = 'https://www.sec.gov/cgi-bin/browse-edgar?action=getcompany&type=10-K&CIK=';

export const DEFAULT_ORGANISATIONS: readonly OrganisationCalendar[] = [
  { names: ['Microsoft', 'MSFT'], kind: 'fiscal', startMonth: 7, months: 12, naming: 'end', source: `${SEC}MSFT` },
  { names: ['Apple', 'AAPL'], kind: 'fiscal', startMonth: 10, months: 12, naming: 'end', source: `${SEC}AAPL` },
  {
    names: ['Nvidia', 'NVIDIA', 'NVDA'],
    kind: 'fiscal',
    startMonth: 2,
    months: 12,
    naming: 'end',
    source: `${SEC}NVDA`,
  },
  { names: ['Walmart', 'WMT'], kind: 'fiscal', startMonth: 2, months: 12, naming: 'end', source: `${SEC}WMT` },
  { names: ['Salesforce', 'CRM'], kind: 'fiscal', startMonth: 2, months: 12, naming: 'end', source: `${SEC}CRM` },
  { names: ['Workday', 'WDAY'], kind: 'fiscal', startMonth: 2, months: 12, naming: 'end', source: `${SEC}WDAY` },
  { names: ['Oracle', 'ORCL'], kind: 'fiscal', startMonth: 6, months: 12, naming: 'end', source: `${SEC}ORCL` },
  { names: ['Cisco', 'CSCO'], kind: 'fiscal', startMonth: 8, months: 12, naming: 'end', source: `${SEC}CSCO` },
  { names: ['Broadcom', 'AVGO'], kind: 'fiscal', startMonth: 11, months: 12, naming: 'end', source: `${SEC}AVGO` },
  { names: ['Micron', 'MU'], kind: 'fiscal', startMonth: 9, months: 12, naming: 'end', source: `${SEC}MU` },
  {
    names: ['Palo Alto Networks', 'PANW'],
    kind: 'fiscal',
    startMonth: 8,
    months: 12,
    naming: 'end',
    source: `${SEC}PANW`,
  },
  {
    names: ['National Fuel', 'National Fuel Gas', 'NFG'],
    kind: 'fiscal',
    startMonth: 10,
    months: 12,
    naming: 'end',
    source: `${SEC}NFG`,
  },
  {
    names: ['Capri', 'Capri Holdings', 'CPRI', 'Michael Kors', 'Jimmy Choo'],
    kind: 'fiscal',
    startMonth: 4,
    months: 12,
    naming: 'end',
    source: `${SEC}CPRI`,
  },
  { names: ['Diageo', 'DEO'], kind: 'fiscal', startMonth: 7, months: 12, naming: 'end', source: `${SEC}DEO` },
  // Australian companies that report on Australia's July–June year, named by the year it ends ("BHP's FY27").
  { names: ['BHP', 'BHP Group'], kind: 'fiscal', startMonth: 7, months: 12, naming: 'end', source: `${SEC}BHP` },
  {
    names: ['Fortescue', 'Fortescue Metals', 'FMG'],
    kind: 'fiscal',
    startMonth: 7,
    months: 12,
    naming: 'end',
    source: 'https://www.fortescue.com/investors',
  },
  {
    names: ['Qantas', 'Qantas Group', 'Jetstar'],
    kind: 'fiscal',
    startMonth: 7,
    months: 12,
    naming: 'end',
    source: 'https://investor.qantas.com/investors/?page=annual-reports',
  },
  {
    names: ['Titan', 'Titan Company'],
    kind: 'fiscal',
    startMonth: 4,
    months: 12,
    naming: 'end',
    source: 'https://www.titancompany.in/investors/annual-reports',
  },
  {
    names: ['DLF'],
    kind: 'fiscal',
    startMonth: 4,
    months: 12,
    naming: 'end',
    source: 'https://www.dlf.in/investor.php',
  },
  {
    names: ['Tech Mahindra'],
    kind: 'fiscal',
    startMonth: 4,
    months: 12,
    naming: 'end',
    source: 'https://www.techmahindra.com/investors/',
  },
  {
    // A Japanese company named alone ("Rapidus ships … in fiscal 2026"): Japan's year, named by its start.
    names: ['Rapidus'],
    kind: 'fiscal',
    startMonth: 4,
    months: 12,
    naming: 'start',
    source: 'https://www.rapidus.inc/en/company/',
  },
  {
    // The federal departments and agencies a sentence names keep the federal year too ("USDA expects … in FY2026").
    names: [
      'federal',
      'congressional',
      'appropriations',
      'Congress',
      'Pentagon',
      'DoD',
      'CBO',
      'OMB',
      'US government',
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
    ],
    kind: 'fiscal',
    startMonth: 10,
    months: 12,
    naming: 'end',
    source: 'https://www.gao.gov/products/gao-07-464sp',
  },
  {
    names: ['India', 'Indian', 'RBI', 'Reserve Bank of India', 'Sensex', 'Nifty'],
    kind: 'fiscal',
    startMonth: 4,
    months: 12,
    naming: 'end',
    source: 'https://www.incometax.gov.in/iec/foportal/help/individual/return-applicable-1',
  },
  {
    names: ['UK', 'U.K.', 'Britain', 'British', 'OBR', 'HMRC', 'Bank of England', 'BoE'],
    kind: 'fiscal',
    startMonth: 4,
    months: 12,
    naming: 'end',
    source: 'https://www.gov.uk/government/publications/spring-statement-2025-document',
  },
  {
    names: ['Japan', 'Japanese', 'BoJ', 'Bank of Japan', 'Toyota', 'Sony', 'Honda', 'Nissan', 'SoftBank', 'Nintendo'],
    kind: 'fiscal',
    startMonth: 4,
    months: 12,
    naming: 'start',
    source: 'https://www.mof.go.jp/english/policy/budget/budget/index.html',
  },
  {
    names: ['Australia', 'Australian', 'RBA'],
    kind: 'fiscal',
    startMonth: 7,
    months: 12,
    naming: 'end',
    source: 'https://www.ato.gov.au/tax-rates-and-codes/key-dates',
  },
  // South Africa's government year runs April–March and Kenya's July–June, each named by the year it ends
  // ("2026/27" is the one year that ends in 2027).
  {
    names: ['South Africa', 'South African', 'SARB'],
    kind: 'fiscal',
    startMonth: 4,
    months: 12,
    naming: 'end',
    source: 'https://www.treasury.gov.za/documents/national%20budget/default.aspx',
  },
  {
    names: ['Kenya', 'Kenyan'],
    kind: 'fiscal',
    startMonth: 7,
    months: 12,
    naming: 'end',
    source: 'https://www.treasury.go.ke/budget-policy-statement/',
  },
  {
    names: ['NBA'],
    kind: 'season',
    startMonth: 10,
    months: 9,
    naming: 'start',
    source: 'https://www.nba.com/schedule',
  },
  {
    names: ['NHL'],
    kind: 'season',
    startMonth: 10,
    months: 9,
    naming: 'start',
    source: 'https://www.nhl.com/schedule',
  },
  {
    names: ['Premier League', 'La Liga', 'Bundesliga', 'Serie A', 'Ligue 1', 'Champions League', 'EFL', 'UEFA'],
    kind: 'season',
    startMonth: 8,
    months: 10,
    naming: 'start',
    source: 'https://www.premierleague.com/news',
  },
];

/** The shipped calendars: the defaults extraction uses when it is given none. */
export const DEFAULT_CALENDARS: Calendars = { events: DEFAULT_EVENTS, organisations: DEFAULT_ORGANISATIONS };
