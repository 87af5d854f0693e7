import { describe, expect, it } from 'vitest';
import { DEFAULT_CALENDARS, extractClaims, findWindow } from '../../../../src/ingest/index.js';
import { win, windowPairTable, windowTable, windowTableByDate, windows, windowsByDate } from '../helpers.js';

// Named events from the shipped events table and calendars, and open-ended anchors ("after the midterms").

windowTable([
  [
    'More conventions: named events from the events table, by the deadline rules; open-ended anchors give null',
    [
      ['Retailers will slash prices by Thanksgiving.', '2026-02-09', '2026-11-26'],
      ['Congress will pass the bill before Labor Day.', '2026-02-09', '2026-09-06'],
      ['Chocolate sales will peak at Easter.', '2026-04-05', '2026-04-05'],
      ['The merger closes by Christmas.', '2026-02-09', '2026-12-25'],
      ['Gas will top $4 a gallon before Memorial Day.', '2026-02-09', '2026-05-24'],
      ['The Fed will cut at the June FOMC meeting.', '2026-06-17', '2026-06-17'],
      ['Turnout will hit a record in the presidential election.', '2028-11-07', '2028-11-07'],
      ['Stocks will rally after the midterms.', null],
      ['Once the merger closes, prices will rise.', null],
      ['The product ships by the Consumer Electronics Show.', null],
    ],
  ],
]);

windowTableByDate([
  [
    '"More conventions", events: an issue dated before the table starts does not get the table\'s first meeting',
    [
      ['The Fed cuts at the next FOMC meeting.', '2019-06-13', null],
      [
        'The Fed cuts at the next FOMC meeting, and by end 2019 it cuts again.',
        '2019-06-13',
        '2019-06-13',
        '2019-12-31',
      ],
    ],
  ],
  [
    'Open-ended anchors ("after the midterms") give null: the date of an "after" + gerund phrase is its own',
    [
      [
        'The center is expected to be out until the second half of the season after receiving an injection this week.',
        '2026-02-09',
        null,
      ],
    ],
  ],
  [
    'Rule 4 and named events ("before E" ends the day before E): an event that starts on a date dates the "before"',
    [
      ['Ticket prices double before the festival opens on July 3.', '2026-02-09', '2026-02-09', '2026-07-02'],
      ['The polls tighten before the convention begins on August 17.', '2026-02-09', '2026-02-09', '2026-08-16'],
    ],
  ],
]);

windowPairTable([
  [
    'More conventions: an "after" clause is an open-ended anchor; its tense and dates are its own',
    [
      ['Prices rise after the Fed cuts in March.', null],
      ['The line opens in December, months after the Olympics close in August.', '2026-12-01', '2026-12-31'],
    ],
  ],
  [
    'More conventions: a dated event after "after" is an open-ended anchor, verb or not',
    [['The line opens in December, months after the opening ceremony in August.', '2026-12-01', '2026-12-31']],
  ],
]);

// A rule read in several places is one rule, each word of it has a case, and a counter-case
// shows where it stops.
describe('a phrasal start ("gets underway", "get under way", "kicks off") is one rule everywhere', () => {
  const P = { published: '2027-10-18' };

  it.each([
    // A season as the subject of its start is dated by the day, whichever form the start takes.
    ['The 2027-28 NBA season will get underway on Tuesday.', ['2027-10-19', '2027-10-19']],
    ['The 2027-28 NBA season will kick off on Tuesday.', ['2027-10-19', '2027-10-19']],
    // A start stated in the present is a calendar entry (null), as "gets underway on Friday night" is.
    ['The 2027-28 NBA season gets under way on Tuesday.', null],
    // The present of a start is a schedule that dates a forecast in the same sentence.
    ['The season gets under way on Friday, and the home side will win its opener.', ['2027-10-22', '2027-10-22']],
    ['The season gets underway on Friday, and the home side will win its opener.', ['2027-10-22', '2027-10-22']],
    // The start dates nothing when the forecast names its own period.
    ['Construction gets underway on Monday and costs will double by 2028.', ['2027-10-18', '2028-12-31']],
  ] as const)('%s', (text, want) => {
    expect(win(text, P.published)).toEqual(want);
  });

  it('"will get underway / kick off on <day>" is a calendar entry, as "will start on <day>" is', () => {
    expect(extractClaims('The festival will start on Friday.', P)).toHaveLength(0);
    expect(extractClaims('The festival will get underway on Friday.', P)).toHaveLength(0);
    expect(extractClaims('The festival will get under way on Friday.', P)).toHaveLength(0);
    expect(extractClaims('The festival will kick off on Friday.', P)).toHaveLength(0);
    expect(extractClaims('The festival is expected to get under way on Friday.', P)).toHaveLength(0);
    expect(extractClaims('The festival will get underway on Friday, and crowds will top 10,000.', P)).toHaveLength(1);
    const claims = extractClaims('Construction gets underway on Monday and costs will double by 2028.', P);
    expect(claims.map((c) => [c.window?.start, c.window?.end])).toEqual([['2027-10-18', '2028-12-31']]);
  });
});

describe('"its <month> meeting" of a body in the events table is that meeting (More conventions: central-bank meetings)', () => {
  const PUB = '2026-03-10';
  const win = (text: string) => {
    const w = findWindow(text, PUB, { calendars: DEFAULT_CALENDARS });
    return w && [w.start, w.end];
  };

  it.each([
    // The name heading the clause owns "its" meeting: the Fed's June meeting is the FOMC of June 17 …
    ['The Fed cuts rates at its June meeting.', ['2026-06-17', '2026-06-17']],
    ['The Federal Reserve will cut at its June meeting.', ['2026-06-17', '2026-06-17']],
    ['We expect the Fed to cut at its December meeting.', ['2026-12-09', '2026-12-09']],
    ['The Fed cuts by its July meeting.', ['2026-03-10', '2026-07-29']],
    ['The ECB cuts at its June meeting.', ['2026-06-11', '2026-06-11']],
    // … while a body the table lacks, another kind of event or a past meeting is read as before.
    ['The Riksbank cuts at its June meeting.', ['2026-06-01', '2026-06-30']],
    ['Apple will unveil the phone at its September event.', ['2026-09-01', '2026-09-30']],
    ['The Fed held rates at its January meeting.', null],
  ] as const)('%s', (text, expected) => {
    expect(win(text)).toEqual(expected);
  });
});

describe('"at today\'s meeting" is the meeting held that day, and a body named before it meets then', () => {
  const PUB = '2024-12-17';
  const win = (text: string) => {
    const w = findWindow(text, PUB, { calendars: DEFAULT_CALENDARS });
    return w && [w.start, w.end];
  };

  it.each([
    ["The FOMC is expected to cut Fed Funds by 25bp at today's meeting.", ['2024-12-17', '2024-12-17']],
    ["We expect a cut at tomorrow's meeting.", ['2024-12-18', '2024-12-18']],
    // A possessive day that names a thing, a day word not after "at", and a past meeting are read as before …
    ["Look at today's data: inflation will fall in June.", ['2025-06-01', '2025-06-30']],
    ["The Fed cut rates at today's meeting.", null],
    // … and a body in another clause keeps its own next meeting.
    ["The FOMC is expected to hold, and the ECB cuts at today's meeting.", ['2024-12-17', '2025-01-29']],
  ] as const)('%s', (text, expected) => {
    expect(win(text)).toEqual(expected);
  });
});

describe('events ("More conventions": central-bank meetings from the events table, in their other written forms)', () => {
  it.each([
    // "its <month> meeting" before its owner, and "the <month> meeting" of a name, are that name's meeting …
    ['At its June meeting, the Fed cuts rates.', '2026-03-02', ['2026-06-17', '2026-06-17']],
    ['At its July meeting, the Federal Reserve holds.', '2026-03-02', ['2026-07-29', '2026-07-29']],
    ['The Fed cuts rates at the September meeting.', '2026-03-02', ['2026-09-16', '2026-09-16']],
    ['At the October meeting, the Fed cuts by 25 basis points.', '2026-03-02', ['2026-10-28', '2026-10-28']],
    ['At its June meeting, the ECB cuts rates.', '2026-03-02', ['2026-06-11', '2026-06-11']],
    ['The BoE cuts at its June meeting.', '2026-03-02', ['2026-06-18', '2026-06-18']],
    // … while a body the table lacks, or no body at all, still gives the month.
    ['At its June meeting, the Riksbank cuts rates.', '2026-03-02', ['2026-06-01', '2026-06-30']],
    ['At the June meeting, we expect a cut.', '2026-03-02', ['2026-06-01', '2026-06-30']],
    ['The board approves the plan at the June meeting.', '2026-03-02', ['2026-06-01', '2026-06-30']],
  ])('%s (published %s)', (text, published, want) => {
    expect(win(text, published)).toEqual(want);
  });
});

describe('the shipped calendars: Diwali, the UK autumn fiscal event, and more organisations with their fiscal years', () => {
  it.each([
    ['Gold demand peaks before Diwali.', '2026-09-14', ['2026-09-14', '2026-11-07']],
    [
      'Jewellers stock up ahead of Deepavali 2027 and sales rise by Diwali 2027.',
      '2026-09-14',
      ['2026-09-14', '2027-10-29'],
    ],
    ['The Chancellor freezes thresholds at the Autumn Budget.', '2025-09-03', ['2025-11-26', '2025-11-26']],
    ['Reeves will raise the levy in the upcoming autumn budget.', '2025-06-30', ['2025-11-26', '2025-11-26']],
    ['Titan grows jewellery sales 20% in FY27.', '2026-05-04', ['2026-05-04', '2027-03-31']],
    ['DLF launches its Goa project in H2 FY27.', '2026-05-04', ['2026-10-01', '2027-03-31']],
    ['Tech Mahindra reaches a 15% margin by FY27.', '2026-01-12', ['2026-01-12', '2027-03-31']],
    ['Jimmy Choo returns to growth in fiscal 2027.', '2026-01-12', ['2026-04-01', '2027-03-31']],
    ['Diageo sells two more brands in fiscal 2026.', '2026-01-12', ['2026-01-12', '2026-06-30']],
    // An autumn budget after the last row is not known: no window, as any event missing from the table.
    ['The Chancellor freezes thresholds at the Autumn Budget.', '2026-02-02', null],
    // "autumn" alone is still the season.
    ['The budget is balanced by autumn.', '2026-02-02', ['2026-02-02', '2026-11-30']],
    // Past the table's last row "the upcoming Autumn Budget" is still read by its season.
    ['Reeves will raise the levy in the upcoming Autumn Budget.', '2026-03-01', ['2026-09-01', '2026-11-30']],
    // A company's own budget is not the UK event; another company sharing a short form keeps the calendar year.
    ["The firm cuts costs in the company's autumn budget.", '2025-06-30', null],
    ['Titan Machinery expects sales to fall in fiscal 2027.', '2026-03-01', ['2027-01-01', '2027-12-31']],
    ['Capri Sun sales will rise in fiscal 2026.', '2026-03-01', ['2026-03-01', '2026-12-31']],
    ['Titan Company expects sales to rise in fiscal 2027.', '2026-03-01', ['2026-04-01', '2027-03-31']],
  ])('%s (published %s)', (text, published, want) => {
    expect(win(text, published)).toEqual(want);
  });
});

describe('named events and open-ended anchors in more wording ("More conventions", by analogy)', () => {
  windows([
    // "following" as a preposition is "after": what follows it is the anchor's, not the outcome's.
    ['Herring catches recover in 2028 following a steep drop this year.', '2027-05-03', ['2028-01-01', '2028-12-31']],
    ['Catches recover in the following year.', '2027-05-03', ['2027-05-03', '2028-05-03']],
    // A capitalised "May" or "March" after a determiner before a meeting is the month, not the modal.
    ['Economists expect a cut at its May board meeting.', '2027-10-04', ['2028-05-01', '2028-05-31']],
    ['The cut exceeds what the bank projected in its March policy update.', '2027-10-04', null],
    // "next" counts a duration from now: an "after" clause of what has already happened is its reason, not its anchor.
    [
      'Crews finish the bridge in the next three months after the storms delayed the work.',
      '2027-04-25',
      ['2027-04-25', '2027-07-25'],
    ],
    ['Crews finish the bridge two months after the floods have closed the road.', '2027-04-25', null],
    ['Crews finish the bridge in the next three months after the launch.', '2027-04-25', null],
  ]);
  windowsByDate([
    // An event placed in or out of the calendar is dated by its year.
    ['Kyalami returns to the 2028 calendar.', '2027-03-02', ['2028-01-01', '2028-12-31']],
    ['Las Vegas drops off the 2028 calendar.', '2027-03-02', ['2028-01-01', '2028-12-31']],
  ]);
});

windowTableByDate([
  [
    'An event after a quantifier ("any World Cup", "every Olympics") is the kind of event, no occurrence of it',
    [
      ['FIFA sells more than 6.5 million tickets, a record for any World Cup.', '2026-03-09', null],
      ['Every Olympics runs over budget, and LA will too.', '2026-03-09', null],
      ['No Super Bowl has drawn 130 million viewers.', '2025-06-01', null],
      // Counter-cases: the event itself, with an article, a year or a deadline, keeps its date.
      ['Attendance tops 3.5 million at the World Cup.', '2026-03-09', '2026-06-11', '2026-07-19'],
      ['Ticket sales top 6 million before any match of the World Cup.', '2026-03-09', '2026-03-09', '2026-06-10'],
      ['Ratings beat any prior final at the World Cup final.', '2026-03-09', '2026-07-19', '2026-07-19'],
    ],
  ],
]);

windowTableByDate([
  [
    'An event after a noun\'s "for" / "to" ("tickets for the 2026 World Cup", "rights to the World Cup") names what the thing is for',
    [
      ['Fox and Telemundo have the US rights to the World Cup.', '2026-03-09', null],
      ['Visas for the World Cup get harder to obtain.', '2026-03-09', null],
      [
        'FIFA will sell more than 6 million tickets for the 2026 World Cup by May.',
        '2026-03-09',
        '2026-03-09',
        '2026-05-31',
      ],
      // A competition's qualifier names another competition: the Club World Cup is not the World Cup.
      ['DAZN streams every match of the Club World Cup.', '2026-03-09', null],
      ["Ratings top 10 million at the Women's World Cup.", '2026-03-09', null],
      // Counter-cases: after a verb, "in time for" or "before", the event dates the outcome.
      ['Hotel prices will double for the World Cup.', '2026-03-09', '2026-06-11', '2026-07-19'],
      ['The new metro line opens in time for the Olympics.', '2028-01-10', '2028-01-10', '2028-07-14'],
      ['FIFA sells the last tickets before the World Cup final.', '2026-03-09', '2026-03-09', '2026-07-18'],
    ],
  ],
]);

describe("the shipped Christmas and New Year's Eve rows also name the spellings of hurried notes", () => {
  it.each([
    // "xmas" and "new years eve" (no apostrophe, any case) are the rows' own names now, as "autumn budget" is.
    ['10y under 4% by xmas', '2026-12-07', ['2026-12-07', '2026-12-25']],
    ['S&P 7500 by Xmas', '2026-12-07', ['2026-12-07', '2026-12-25']],
    ['s&p 7500 by new years eve', '2026-12-07', ['2026-12-07', '2026-12-31']],
    ['The S&P hits 7500 by New Years Eve.', '2026-12-07', ['2026-12-07', '2026-12-31']],
    // A possessive owner before the lower-case spelling still names a thing, as with "the company's autumn budget".
    ["The company's xmas sales rise.", '2026-12-07', null],
  ])('%s (published %s)', (text, published, want) => {
    const w = findWindow(text, published);
    expect(w && [w.start, w.end]).toEqual(want);
  });
});

windowTableByDate([
  [
    'More conventions (launches from the events table): Google I/O, the developer conference held each May, is a row',
    [
      ['Google unveils Gemini 4 at Google I/O.', '2026-04-15', '2026-05-19', '2026-05-20'],
      [
        'Google will unveil a new model at its annual I/O developer conference.',
        '2026-04-15',
        '2026-05-19',
        '2026-05-20',
      ],
      ['Google ships the glasses before Google I/O.', '2026-04-15', '2026-04-15', '2026-05-18'],
      // The month named beside the conference holds its days: the window is the month.
      [
        'Google will unveil a new model at its annual I/O developer conference in May.',
        '2026-04-15',
        '2026-05-01',
        '2026-05-31',
      ],
      // Counter-cases: "I/O" alone is input and output, no conference.
      ['The I/O ports will be upgraded in September.', '2026-04-15', '2026-09-01', '2026-09-30'],
      ['Storage I/O bottlenecks ease before long.', '2026-04-15', '2026-04-15', '2026-07-14'],
    ],
  ],
]);

windowTableByDate([
  [
    'The shipped starting set of recurring events: central-bank meetings, races, retail days, summits and ceremonies',
    [
      // At, by, before and in an event; the nearest occurrence not yet past when no year is given …
      ['The ECB will cut rates at the next ECB meeting.', '2026-02-09', '2026-03-19', '2026-03-19'],
      ['The ECB cuts at its July meeting.', '2026-02-09', '2026-07-23', '2026-07-23'],
      ['Gilts rally before the BoE meeting.', '2026-02-09', '2026-02-09', '2026-03-18'],
      ['Betting handle sets a record at the Kentucky Derby.', '2026-02-09', '2026-05-02', '2026-05-02'],
      ['Betting handle sets a record at the Kentucky Derby.', '2026-05-10', '2027-05-01', '2027-05-01'],
      ["Alibaba's sales grow 10% by Singles' Day.", '2026-02-09', '2026-02-09', '2026-11-11'],
      ['Sales will peak on Singles Day.', '2026-02-09', '2026-11-11', '2026-11-11'],
      ['Sinner will be fit by the Wimbledon Championships.', '2026-02-09', '2026-02-09', '2026-06-29'],
      ['Beijing unveils stimulus at the Two Sessions.', '2026-02-09', '2026-03-04', '2026-03-12'],
      ['Beijing unveils stimulus at the Two Sessions.', '2025-01-10', '2025-03-04', '2025-03-11'],
      ['Ad prices hit a record at the Super Bowl.', '2026-06-01', '2027-02-14', '2027-02-14'],
      ['A streamer wins best picture at the Academy Awards.', '2026-06-01', '2027-03-14', '2027-03-14'],
      ['Leaders agree a trade truce at the G20 summit.', '2026-06-01', '2026-12-14', '2026-12-15'],
      ['Turkey secures a finance deal by COP31.', '2026-02-09', '2026-02-09', '2026-11-09'],
      // … and a year given takes that year's occurrence.
      ['Betting handle sets a record at the 2028 Kentucky Derby.', '2026-02-09', '2028-05-06', '2028-05-06'],
      ['A streamer wins best picture at the 2028 Academy Awards.', '2026-06-01', '2028-03-05', '2028-03-05'],
      // Counter-cases: "two sessions" as a count, a Derby other than Kentucky's, the Reserve Bank of India's MPC and
      // Wimbledon the place are no events of the table.
      ['The talks will run over two sessions in March.', '2026-02-09', '2026-03-01', '2026-03-31'],
      ['The favourite wins the Derby in June.', '2026-02-09', '2026-06-01', '2026-06-30'],
      ['The RBI cuts at its June MPC meeting.', '2026-02-09', '2026-06-01', '2026-06-30'],
      ['House prices in Wimbledon will rise 5% by June.', '2026-02-09', '2026-02-09', '2026-06-30'],
      ['Netflix wins more Oscars than any other studio this year.', '2026-02-09', '2026-02-09', '2026-12-31'],
    ],
  ],
]);

windowTableByDate([
  [
    'An event named before a noun or inside a longer name names a thing (rule 7), as a month before its noun does',
    [
      [
        'France Télévisions renews its Tour de France deal before the race starts on 4 July.',
        '2026-04-13',
        '2026-04-13',
        '2026-07-03',
      ],
      ['Langer is set to make his final Masters appearance this week.', '2025-04-08', '2025-04-08', '2025-04-13'],
      ['AMD is a CES regular, so we can expect new chips.', '2025-12-01', null],
      ['The Tour de France Femmes draws record crowds.', '2026-03-01', null],
      ['Old Masters outperform contemporary art at auction.', '2026-03-01', null],
      ['Sinner wins the Masters 1000 in Rome.', '2026-03-01', null],
      ['Scheffler wins the Masters 2027.', '2026-03-01', '2027-04-08', '2027-04-11'],
      // Counter-cases: the event itself after a preposition, as the subject of its verbs, or with what it holds.
      ['Scheffler wins at the Masters.', '2026-03-01', '2026-04-09', '2026-04-12'],
      ['Pogačar takes the lead before the Tour de France starts.', '2026-03-01', '2026-03-01', '2026-07-03'],
      ['Samsung shows a rollable phone during CES.', '2025-12-01', '2026-01-06', '2026-01-09'],
      ['Apple unveils iOS 27 at its WWDC keynote.', '2026-03-01', '2026-06-08', '2026-06-12'],
      ['Before CES Samsung will unveil a rollable phone.', '2025-12-01', '2025-12-01', '2026-01-05'],
      ['A Japanese stayer wins the Melbourne Cup.', '2026-03-01', '2026-11-03', '2026-11-03'],
      ['The Masters draws a record crowd.', '2026-03-01', '2026-04-09', '2026-04-12'],
      ['Ratings top 30 million at the World Cup Final.', '2026-03-01', '2026-07-19', '2026-07-19'],
      ['Fares jump 20% for the Thanksgiving travel peak.', '2026-10-30', '2026-11-26', '2026-11-26'],
      // Counter-cases: an owner or "a" before a noun of what happens on the event's days, or after a preposition of
      // time, leaves the event to date.
      ["Amazon's Black Friday sales will top $10 billion.", '2026-10-01', '2026-11-27', '2026-11-27'],
      ["Walmart's Christmas sales will rise 5%.", '2026-10-01', '2026-12-25', '2026-12-25'],
      ['Target expects its Christmas sales to rise 5%.', '2026-10-01', '2026-12-25', '2026-12-25'],
      ['Expect a Thanksgiving travel record of 80 million people.', '2026-10-01', '2026-11-26', '2026-11-26'],
      ['Retailers will see a Black Friday surge in foot traffic.', '2026-10-01', '2026-11-27', '2026-11-27'],
      ['Apple will unveil iOS 27 at its WWDC event.', '2026-03-01', '2026-06-08', '2026-06-12'],
      // Counter-cases: a weekday's possessive before an event dates it, as newsletters name the day of the event.
      ["Sunday's Super Bowl will draw 130 million viewers.", '2026-02-04', '2026-02-08', '2026-02-08'],
      ["The Fed will cut at Wednesday's FOMC meeting.", '2026-06-15', '2026-06-17', '2026-06-17'],
      ["Thursday's Thanksgiving will see record travel.", '2026-11-23', '2026-11-26', '2026-11-26'],
      // Counter-cases: host or edition words after "the" name the edition; a name after a fronted "At the <event>"
      // is the clause's subject.
      ['Hotels will sell out for the Milan Cortina Olympics.', '2025-06-01', '2026-02-06', '2026-02-22'],
      ['Ticket prices will soar for the North American World Cup.', '2026-01-10', '2026-06-11', '2026-07-19'],
      ['Ad prices will top $8 million for the Santa Clara Super Bowl.', '2025-10-01', '2026-02-08', '2026-02-08'],
      ['Sales will jump over the American Thanksgiving weekend.', '2026-10-01', '2026-11-26', '2026-11-26'],
      ['At the World Cup Messi will score at least three goals.', '2026-03-01', '2026-06-11', '2026-07-19'],
      ['Before the Super Bowl Fox will sell out its ad slots.', '2026-12-01', '2026-12-01', '2027-02-13'],
      ['During the Olympics Paris hotels will double their prices.', '2024-03-01', '2026-02-06', '2026-02-22'],
    ],
  ],
  [
    'A short name that also reads as something else matches only in its unambiguous forms ("the Masters", "at CES")',
    [
      ['Masters students will face higher fees.', '2026-01-10', null],
      ['CES payroll revisions will cut 500,000 jobs.', '2025-12-01', null],
      ['Samsung will show a rollable phone at CES 2026.', '2025-12-01', '2026-01-06', '2026-01-09'],
      ['The Masters Tournament draws a record crowd.', '2026-03-01', '2026-04-09', '2026-04-12'],
    ],
  ],
  [
    "A row's names that differ only in case are one name: the month-qualified meeting is that month's",
    [
      ['The BoJ will hike at its December meeting.', '2025-10-01', '2025-12-19', '2025-12-19'],
      ['Expect the BoJ to hike at the December BoJ meeting.', '2025-10-01', '2025-12-19', '2025-12-19'],
      ['The BoJ will hike at its March meeting.', '2025-01-01', '2025-03-19', '2025-03-19'],
      ['The BoJ will hike at the next BOJ meeting.', '2025-01-01', '2025-01-24', '2025-01-24'],
    ],
  ],
  [
    'The opening / first day of an event is its first day, the final / last / closing day its last',
    [
      ['Apple is expected to unveil iOS 27 on the opening day of WWDC.', '2026-05-20', '2026-06-08', '2026-06-08'],
      ['Scheffler wins on the final day of the Masters.', '2026-03-01', '2026-04-12', '2026-04-12'],
      // Counter-case: the event alone is its span.
      ['Apple unveils iOS 27 at WWDC.', '2026-05-20', '2026-06-08', '2026-06-12'],
    ],
  ],
  [
    'An event said to happen every year is the habit, and one as the object after "time to" the occasion at hand',
    [
      ['The Masters is the most bet-on golf event in the UK every year.', '2026-03-30', null],
      ['Every year the Masters draws a record crowd.', '2026-03-01', null],
      ['It is time to run the Melbourne Cup around the 3200 metres at Flemington.', '2023-11-05', null],
      // Counter-cases: one occurrence, and "time" that is no "time to" before the event.
      ['Scheffler wins the Masters again, as every pundit expects.', '2026-03-01', '2026-04-09', '2026-04-12'],
      ['It is time: Scheffler wins the Masters.', '2026-03-01', '2026-04-09', '2026-04-12'],
      // Counter-cases: a habit in another clause, or with a future or modal in the event's clause, leaves this year's
      // occurrence; "annually" before a participle qualifies a noun; "in time to" dates.
      ['As every year, gas prices will rise before Memorial Day.', '2026-03-01', '2026-03-01', '2026-05-24'],
      [
        'Retailers discount every year, but Black Friday sales will fall 5% this time.',
        '2026-10-01',
        '2026-11-27',
        '2026-11-27',
      ],
      [
        'Prices rise every year before Christmas, and this time they will rise 10% before Christmas.',
        '2026-10-01',
        '2026-10-01',
        '2026-12-24',
      ],
      [
        'Americans travel every year at Thanksgiving; AAA expects 80 million to travel by Thanksgiving.',
        '2026-10-01',
        '2026-10-01',
        '2026-11-26',
      ],
      ['Our annually updated model says stocks will rally into Christmas.', '2026-10-01', '2026-12-25', '2026-12-25'],
      ['As it does each year, Apple will unveil a new iOS at WWDC.', '2026-03-01', '2026-06-08', '2026-06-12'],
      ['Gas prices will drop just in time to celebrate Thanksgiving.', '2026-10-01', '2026-11-26', '2026-11-26'],
      ['Airlines will add flights in time to handle the Thanksgiving rush.', '2026-10-01', '2026-11-26', '2026-11-26'],
    ],
  ],
  [
    'An event opening its sentence as the subject is dated by another phrase of its clause when there is one',
    [
      ['The Masters stays on CBS until at least 2030.', '2026-04-13', '2030-01-01', '2030-12-31'],
      ['The Masters sells out by March.', '2026-01-05', '2026-01-05', '2026-03-31'],
      // Counter-case: a phrase in another clause leaves the subject's own date.
      ['The FOMC is expected to hold, and the ECB cuts at its June meeting.', '2026-03-02', '2026-03-18', '2026-06-11'],
      // Counter-cases: a baseline of the clause dates nothing, so the subject event keeps its date.
      ['Black Friday sales will rise 4% over 2025 levels.', '2026-10-01', '2026-11-27', '2026-11-27'],
      ['Thanksgiving travel will top 2019 levels.', '2026-10-01', '2026-11-26', '2026-11-26'],
      ['Easter travel will rise 5% versus 2025.', '2026-02-01', '2026-04-05', '2026-04-05'],
      ['The Olympics will lift hotel prices by 30% over last summer.', '2028-01-10', '2028-07-14', '2028-07-30'],
    ],
  ],
]);

describe('held-out sentences about the events added with the rule are no claims', () => {
  it.each([
    [
      'The Masters is the most bet-on golf event in the UK every year, and the Grand National the most bet-on race.',
      '2026-03-30',
    ],
    [
      'Once again we have reached the first Tuesday in November, which means it is time to run the Melbourne Cup around the 3200 metres at Flemington.',
      '2023-11-05',
    ],
  ])('%s', (text, published) => {
    expect(extractClaims(text, { published })).toEqual([]);
  });
});
