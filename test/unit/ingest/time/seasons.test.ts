import { describe, expect, it } from 'vitest';
import { win, windowPairTable, windowTable, windowTableByDate, windows, windowsByDate } from '../helpers.js';

// Seasons: northern meteorological seasons, sports seasons, "the coming" / "next" season, season words that are verbs.

// The publication date the pair tables' rows are labelled for.
const P = '2026-02-09';

windowTable([
  [
    'Periods, seasons (northern meteorological): a hemisphere adjective does not change the reading for the north',
    [
      ['Grid demand will peak this northern summer.', '2026-06-01', '2026-08-31'],
      ['Wheat prices will rise in the Northern Hemisphere spring.', '2026-03-01', '2026-05-31'],
    ],
  ],
  [
    'More conventions: sports seasons when the sport is named; otherwise the calendar-year range',
    [
      ['The Celtics will win the title in the 2026-27 NBA season.', '2026-10-01', '2027-06-30'],
      ['Arsenal will win the Premier League in 2026/27.', '2026-08-01', '2027-05-31'],
      ['Attendance will rise in the 2026-27 season.', '2026-02-09', '2027-12-31'],
    ],
  ],
  [
    'Rule 6 for "the coming <season>" (the nearest not yet ended); "next <season>" has not started yet',
    [
      ['Demand will strengthen in the coming summer months.', '2026-06-10', '2026-08-31', '2026-06-10'],
      ['Heating costs will spike in the coming winter.', '2026-12-01', '2027-02-28', '2026-10-15'],
      ['Demand will strengthen next summer.', '2027-06-01', '2027-08-31', '2026-06-10'],
    ],
  ],
]);

windowTableByDate([
  [
    'Seasons: "fall" inside a quote after "to" is the verb, not autumn',
    [['Analysts expect margins to “fall sharply” next month.', '2026-02-09', '2026-03-01', '2026-03-31']],
  ],
]);

windowPairTable([
  [
    'Periods: a bare season before a noun names a kind of thing; before a period noun it is the season',
    [
      ['Farmers plant more of the winter wheat crop this year.', P, '2026-12-31'],
      ['Demand peaks in the summer months.', '2026-06-01', '2026-08-31'],
    ],
  ],
  [
    'Periods: the winter of a split year runs December to February',
    [
      ['Heating bills stay high through the 2026-27 winter.', P, '2027-02-28'],
      ['Snow returns in the 2026-27 winter season.', '2026-12-01', '2027-02-28'],
    ],
  ],
]);

describe('seasons in more wording (the Periods table and rule 6, by analogy)', () => {
  windows([
    // "before the 2028 season starts on 1 March": the year names the event; its day is the deadline (rule 4).
    [
      'The league trims the salary cap before the 2028 season starts on 1 March.',
      '2027-05-03',
      ['2027-05-03', '2028-02-29'],
    ],
    ['Ticket prices rise in the 2028 season.', '2027-05-03', ['2028-01-01', '2028-12-31']],
    // A glued fiscal year in an event's name ("the FY2027 cap lottery") names it too; the month of its start is the
    // deadline, and without a date of its start the fiscal year still reads as before.
    [
      'We expect a judge to block the fee before the FY2027 cap lottery opens in March.',
      '2026-01-12',
      ['2026-01-12', '2026-02-28'],
    ],
    ['Prices fall before the FY2027 season opens on 1 April.', '2026-01-12', ['2026-01-12', '2026-03-31']],
    ['We expect a judge to block the fee before the FY2027 budget.', '2026-01-12', ['2026-01-12', '2026-12-31']],
    ['Spending rises in FY2027 as the agency opens new offices.', '2026-01-12', ['2027-01-01', '2027-12-31']],
    // A season or cycle named by its two years after "for" says what is measured: another date bounds the outcome.
    [
      'The board reports a deficit for the 2027/28 season when it closes its books in late June.',
      '2027-05-03',
      ['2027-06-21', '2027-06-30'],
    ],
    [
      'Applications for the 2028-29 intake rise 8% over the next four months.',
      '2027-05-03',
      ['2027-05-03', '2027-09-03'],
    ],
    // … and dates the sentence when nothing else does; a financial year stays the period the outcome falls in.
    ['Applications for the 2028-29 intake rise 8%.', '2027-05-03', ['2028-01-01', '2029-12-31']],
    [
      'UK borrowing falls to £90bn for the 2027-28 financial year, the OBR says in November.',
      '2027-05-03',
      ['2027-05-03', '2028-03-31'],
    ],
    // A season opening the sentence as the subject of its verb is the coming season (rule 6) …
    ['Winter across the Alps will be snowier than usual.', '2027-09-10', ['2027-12-01', '2028-02-29']],
    ['The summer will be drier than last year.', '2027-03-02', ['2027-06-01', '2027-08-31']],
    // … but a season before a noun qualifies it, and "fall" before a preposition may be the noun of movement.
    ['Winter wheat will be planted late.', '2027-09-10', null],
    ['Fall in the dollar will lift exports.', '2027-09-10', null],
    // A season named as the subject of its start is the event, dated by its day.
    ['The 2027-28 NBA season will start on Tuesday.', '2027-10-18', ['2027-10-19', '2027-10-19']],
    ['The Thunder will win the title in the 2027-28 NBA season.', '2027-10-18', ['2027-10-18', '2028-06-30']],
    // A season before a verb of outlook is the coming season, as before a modal; "looks" only before what it forecasts.
    ['Summer looks set to be hot.', '2027-03-02', ['2027-06-01', '2027-08-31']],
    ['Summer looks likely to be hot.', '2027-03-02', ['2027-06-01', '2027-08-31']],
    ['Winter promises to be mild.', '2027-03-02', ['2027-12-01', '2028-02-29']],
    ['Spring looks back on a wet winter.', '2027-03-02', null],
    ['Summer looks hot so far.', '2027-07-10', null],
  ]);
  windowsByDate([
    // After a time preposition, an "-s" word after a season that takes an object right away is the verb, so the
    // season is the period (rule 4: "before the spring" ends the day before it) …
    ['A truce before the spring sparks a rally in bunds.', '2026-11-02', ['2026-11-02', '2027-02-28']],
    ['Demand in the summer lifts a 3% rise in fares.', '2027-03-02', ['2027-06-01', '2027-08-31']],
    // … while a season before a noun still names a kind of thing.
    ['Prices fall before the winter storms arrive.', '2026-11-02', null],
    ['Stocks of the winter wheat fall.', '2026-11-02', null],
    // A kind of season named by its season ("the summer travel season") is that season …
    ['Fares climb during the summer travel season.', '2026-03-02', ['2026-06-01', '2026-08-31']],
    ['Gas demand peaks in the winter heating season.', '2026-03-02', ['2026-12-01', '2027-02-28']],
    // … while a season before another noun still qualifies it.
    ['Winter wheat prices rise in the fall.', '2026-03-02', ['2026-09-01', '2026-11-30']],
    // A season that is the subject of its own "as / when" clause is that clause's anchor, not the outcome's period …
    ['Retail sales pick up in September as fall arrives.', '2026-03-02', ['2026-09-01', '2026-09-30']],
    // … and a season the outcome happens in is still read.
    ['Heating demand peaks in winter as temperatures drop.', '2026-03-02', ['2026-12-01', '2027-02-28']],
  ]);
});

windowTableByDate([
  [
    'A season before "recess", "break" or "holidays" names an institution\'s break, an event the table lacks: no period',
    [
      ['Parliament amends the omnibus and nothing is adopted by the summer recess.', '2026-01-05', null],
      ['Hamilton wins at least three races by the summer break.', '2026-01-05', null],
      ['Bookings fall before the winter holidays.', '2026-01-05', null],
      // The season itself, and a season with a period noun, still are periods.
      ['The omnibus is adopted before the summer.', '2026-01-05', '2026-01-05', '2026-05-31'],
      ['Bookings fall over the summer months.', '2026-01-05', '2026-06-01', '2026-08-31'],
    ],
  ],
]);

describe('a preposition after a season ("over the summer despite weak demand") is no noun the season qualifies', () => {
  windowsByDate([
    ['Fares fall 3% over the summer despite weak demand.', '2026-05-04', ['2026-06-01', '2026-08-31']],
    ['Hotel rates climb through the winter amid tight supply.', '2026-10-05', ['2026-10-05', '2027-02-28']],
    ['Margins hold up in the fall without price cuts.', '2026-05-04', ['2026-09-01', '2026-11-30']],
    // Counter-cases: a noun after the season is still qualified by it.
    ['The summer blockbusters gross $4 billion.', '2026-05-04', null],
    ['Winter wheat futures rise.', '2026-05-04', null],
  ]);
});

describe('a year right after a season ("the summer in 2020") is the season\'s year, as "the summer of 2020" is', () => {
  it.each([
    [
      'There is a 60% chance of neutral conditions during the northern hemisphere summer in 2020.',
      ['2020-06-11', '2020-08-31'],
    ],
    ['Prices rise through the winter in 2027.', ['2020-06-11', '2028-02-29']],
    // … while a year set off by a comma is a phrase of its own, and a past clause keeps no window.
    ['The summer in 2019 was hot.', null],
  ] as const)('%s', (text, want) => {
    expect(win(text, '2020-06-11')).toEqual(want);
  });
});

describe('a three-month season written as its initials in capitals ("DJF", "SON 2027") is those three months', () => {
  windowsByDate([
    ['The odds for DJF favour La Niña at 71%.', '2026-12-07', ['2026-12-07', '2027-02-28']],
    ['La Niña persists through DJF.', '2026-12-07', ['2026-12-07', '2027-02-28']],
    ['El Niño by SON 2027, 40%', '2026-12-07', ['2026-12-07', '2027-11-30']],
    ['Neutral conditions are favoured in MAM.', '2026-12-07', ['2027-03-01', '2027-05-31']],
    ['La Niña is likely to last through NDJ.', '2026-10-05', ['2026-10-05', '2027-01-31']],
    // Counter-cases: in lower case they are words, and before a noun the code names a thing.
    ['His son returns to the team.', '2026-12-07', null],
    ['The DJF outlook is out.', '2026-12-07', null],
    ['Rain is heavy, as the bar over the SON label shows.', '2026-12-07', null],
    ["Kenya's OND short rains are forecast to be below normal.", '2026-06-01', null],
    // Names and tickers in capitals are codes only after a time preposition, before a year or beside another code.
    ['ASO will unveil the 2027 route in October.', '2026-06-01', ['2026-10-01', '2026-10-31']],
    ['JAS 39 Gripen deliveries to Thailand finish in 2027.', '2026-06-01', ['2027-01-01', '2027-12-31']],
    ['RATES SEEN FALLING AS SON TAKES OVER', '2026-06-01', null],
    ['La Niña persists through DJF–MAM.', '2026-06-01', ['2026-06-01', '2027-05-31']],
  ]);
});
