import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../../src/ingest/index.js';
import { win, windowPairTable, windowTable, windowTableByDate, windows, windowsByDate } from '../helpers.js';

// Periods counted from publication or from a named date: "next", "the coming", "N years from now", bare durations.

// The publication date the pair tables' rows are labelled for.
const P = '2026-02-09';

windowTable([
  [
    'More conventions: the coming quarter; next N quarters ends with the Nth full quarter after the current one',
    [
      ['Bookings should improve in the coming quarter.', '2026-04-01', '2026-06-30'],
      ['We expect margins to compress over the next two quarters.', '2026-02-09', '2026-09-30'],
      ['Deliveries double within the next 4 quarters.', '2026-02-09', '2027-03-31'],
    ],
  ],
  [
    'More conventions: this time next year; closes / ends the year at X; into year-end; N years from now',
    [
      ['Mortgage rates will be lower this time next year.', '2027-02-01', '2027-02-28'],
      ['The index closes the year at 7,400, our strategists say.', '2026-12-31', '2026-12-31'],
      ['Bitcoin ends the year at $150,000.', '2026-12-31', '2026-12-31'],
      ['We expect the dollar to weaken into year-end.', '2026-02-09', '2026-12-31'],
      ["In a year's time, inflation will be back at 2%.", '2026-02-09', '2027-02-09'],
      ['Five years from now, most code will be written by agents.', '2026-02-09', '2031-02-09'],
    ],
  ],
  [
    'More conventions: a bare duration that bounds the outcome is published + that duration',
    [
      ['The airline has perhaps 12 months before it runs out of cash.', '2026-02-09', '2027-02-09'],
      ['Europe has maybe two years before the gas shortfall bites.', '2026-02-09', '2028-02-09'],
    ],
  ],
  [
    'More conventions: "later this <period>", "by later in <period>" end at the end of that period',
    [
      ['The retailer will open its first stores later this year.', '2026-02-09', '2026-12-31'],
      ['The patch ships by later in the spring.', '2026-02-09', '2026-05-31'],
      ['A decision comes later this quarter.', '2026-02-09', '2026-03-31'],
    ],
  ],
  [
    'Phrasings: "end-26" (by the end of 2026), "ends this year at X" (Dec 31), a starting level is a baseline',
    [
      ['Oil will fall toward $50 by end-26.', '2026-02-09', '2026-12-31'],
      ['Copper should be higher by end-2027.', '2026-02-09', '2027-12-31'],
      ['Gold will end this year below $4,000.', '2026-12-31', '2026-12-31'],
      ['Inflation will climb from 2.4% in January to 3% by the summer.', '2026-02-09', '2026-08-31'],
      ['Rates rise to 5% in May, up from 4.5% in March.', '2026-05-01', '2026-05-31'],
      ['Alcoa is expected to post its fourth loss in a row Wednesday.', '2026-02-11', '2026-02-11'],
    ],
  ],
  [
    'Periods, "next month, next year": a bare "next" after "this year and" is next year',
    [
      ['Margins shrink this year and next.', '2026-02-09', '2027-12-31'],
      ['Capex peaks this quarter or next.', '2026-02-09', '2026-06-30'],
    ],
  ],
  [
    'Rule 7: a duration tied to an undated event gives null, whatever article the event takes',
    [
      ['Integration starts about three months after the close of the merger.', null],
      ['Hiring resumes six weeks following the vote.', null],
    ],
  ],
]);

windowTableByDate([
  [
    '"More conventions" (a bare duration that bounds the outcome): "could take up to N days"',
    [['It could take up to 10 days for the count to finish.', '2026-02-09', '2026-02-09', '2026-02-19']],
  ],
  [
    'A bare duration that bounds the outcome: "N more months", "at least N more weeks", "a period of N years"',
    [
      ['The strike could last 4 more months.', '2026-02-09', '2026-02-09', '2026-06-09'],
      ['Restrictions stay in place for at least six more weeks.', '2026-02-09', '2026-02-09', '2026-03-23'],
      ['Growers are looking at a period of two years of tight supply.', '2026-02-09', '2026-02-09', '2028-02-09'],
    ],
  ],
  [
    '"by the end of that month": "that month" is the month of the last date named before it',
    [
      [
        'Voting is scheduled for May 5, and results are expected by the end of that month.',
        '2026-02-09',
        '2026-02-09',
        '2026-05-31',
      ],
    ],
  ],
  [
    'Rule 7: a duration tied to an undated event ("within 30 days of the order") gives null',
    [
      ['The agency rules within 60 days of the filing.', '2026-02-09', null],
      ['Shares fall within a week of the announcement.', '2026-02-09', null],
    ],
  ],
]);

windowPairTable([
  [
    'More conventions: "another month", "another few months" bound the outcome as "N more months" do',
    [
      ['He could miss another month.', P, '2026-03-09'],
      ['It will be another "few months" before digging starts.', P, '2026-05-09'],
      ['The Fed trims by another quarter point in March.', '2026-03-01', '2026-03-31'],
    ],
  ],
  [
    'Rule 7: an ordinal elsewhere in the sentence does not make "another month" a count backward',
    [['Second baseman Pedroia could spend another month on the injured list.', P, '2026-03-09']],
  ],
]);

describe('N years counted from a named year run from its first day, as "N years from now" run from publication', () => {
  it.each([
    ['Thresholds will be frozen for another two years from 2026.', '2024-11-14', ['2026-01-01', '2027-12-31']],
    // Clipped at publication (rule 1).
    ['The levy stays for three years from 2025.', '2025-06-01', ['2025-06-01', '2027-12-31']],
    // Without "for" / "another" the count is a point after the year, not a span from it.
    ['Ten years from 2020, electric cars will outsell petrol cars.', '2026-03-01', null],
    // From now, and from a baseline noun, as before.
    ['Thresholds will be frozen for three years from now.', '2022-11-14', ['2022-11-14', '2025-11-14']],
    ['Output will rise 5% in three years from 2020 levels.', '2022-11-14', ['2022-11-14', '2025-11-14']],
  ])('%s (published %s)', (text, published, want) => {
    expect(win(text, published)).toEqual(want);
  });
});

describe('after "by", a count of units is the amount something changes by, not a span from now', () => {
  it.each([
    ['Analysts think the Treasury will extend the freeze by at least two more years.', '2025-06-30', null],
    ['The launch will be delayed by six months.', '2025-06-30', null],
    // A date after it still bounds the outcome; "from now", "next" and a deadline after "by" still count.
    [
      'The Treasury will extend the freeze by two years in the Autumn Budget.',
      '2025-06-30',
      ['2025-11-26', '2025-11-26'],
    ],
    ['The freeze will be extended by two years from now.', '2025-06-30', ['2025-06-30', '2027-06-30']],
    ['Prices will rise 5% by next year.', '2025-06-30', ['2025-06-30', '2026-12-31']],
    ['Prices will rise 5% within two years.', '2025-06-30', ['2025-06-30', '2027-06-30']],
  ])('%s (published %s)', (text, published, want) => {
    expect(win(text, published)).toEqual(want);
  });
  it('a forecast dated only by the amount is no claim', () => {
    expect(
      extractClaims('The Treasury will extend the freeze by two more years.', { published: '2025-06-30' }),
    ).toHaveLength(0);
  });
});

describe('relative periods and durations in more wording ("More conventions", by analogy)', () => {
  windows([
    // The time a thing takes or lasts bounds it from now ("a bare duration that bounds the outcome").
    ['It will take us nine months to rebuild the pier.', '2027-05-03', ['2027-05-03', '2028-02-03']],
    ['The strike could last for three weeks.', '2027-05-03', ['2027-05-03', '2027-05-24']],
    ['The drought lasted six months.', '2027-05-03', null],
    ['The strike will last for three weeks after the vote.', '2027-05-03', null],
    // "in / over the year ahead": rolling, as "the coming year" is.
    ['Growth improves to 3% in the year ahead.', '2027-10-04', ['2027-10-04', '2028-10-04']],
    ['Growth improves over the year ahead.', '2027-10-04', ['2027-10-04', '2028-10-04']],
    // "in the days / weeks / months ahead" is "in the coming days / weeks / months" (the vague list).
    ['Spot rates ease in the weeks ahead.', '2027-10-04', ['2027-10-04', '2027-11-29']],
    ['Hiring slows in the months ahead.', '2027-10-04', ['2027-10-04', '2028-04-04']],
    ['The storm makes landfall in the days ahead.', '2027-10-04', ['2027-10-04', '2027-10-18']],
    // … but "the weeks ahead of the vote" count back from the vote.
    ['Turnout models shift in the weeks ahead of the vote.', '2027-10-04', null],
    // "one year in the next four": the unit left out after "the next N" is the one before "in".
    ['One year in the next four will set a heat record.', '2027-03-02', ['2027-03-02', '2031-03-02']],
    ['Two quarters in the next four will show losses.', '2027-03-02', ['2027-03-02', '2028-03-31']],
    ['Sales fall in the next few.', '2027-03-02', null],
    // "always" marks a habit, as "usually" does.
    ['The board almost always approves the budget by the end of June.', '2027-03-02', null],
    ['The board will approve the budget by the end of June.', '2027-03-02', ['2027-03-02', '2027-06-30']],
    // "as it does every year" likens the outcome to a yearly routine, a habit too; "as it does everything" does not.
    ['L&I publishes the new figure by September 30 as it does every year.', '2027-03-02', null],
    ['The agency raises fees in June, as they do each spring.', '2027-03-02', null],
    [
      'L&I publishes the new figure by September 30, as it does with every release.',
      '2027-03-02',
      ['2027-03-02', '2027-09-30'],
    ],
    ['The board cuts rates by June as it does everything: slowly.', '2027-03-02', ['2027-03-02', '2027-06-30']],
    // A routine needs a period after "every / each" ("every time", "every cycle" name none), and a level or amount in
    // the likened clause is this period's call, no routine.
    ['Gold tops $3,000 by June, as it does every time the Fed cuts.', '2026-03-02', ['2026-03-02', '2026-06-30']],
    [
      'The yen weakens past 160 by March as it does every time the BoJ hesitates.',
      '2026-01-05',
      ['2026-01-05', '2026-03-31'],
    ],
    ['Oil spikes above $90 by August, as it does each summer.', '2026-03-02', ['2026-03-02', '2026-08-31']],
    ['Our call: the Bank cuts in June, as it does every cycle.', '2026-03-02', ['2026-06-01', '2026-06-30']],
    ['The agency updates its fee schedule by June 30, as it does every season.', '2026-03-02', null],
    // The routine named without its doer ("as usual", "as every year") is a habit too, with the same guard on a level …
    ['The composite rate resets on November 1 as usual.', '2026-10-20', null],
    ['The annual meeting takes place on June 26 as every year.', '2026-05-18', null],
    ['Oil spikes above $90 by August, as usual.', '2026-03-02', ['2026-03-02', '2026-08-31']],
    ['The composite rate resets on November 1.', '2026-10-20', ['2026-11-01', '2026-11-01']],
    // "as usual" likens only a thing set for a calendar day; a month's outcome in the plain present is this year's call.
    ['Apple launches new iPhones in September as usual.', '2026-01-10', ['2026-09-01', '2026-09-30']],
    ['The Fed cuts in March as usual after a shock.', '2026-01-10', ['2026-03-01', '2026-03-31']],
    // … and so is a routine's period right after a month or a day ("by Jan 31 every year"), while one after a level
    // or before a bounded period still dates the repeated outcome.
    ['The tax form shows up in your account by Jan 31 every year.', '2026-10-20', null],
    ['The fund pays out in March each year.', '2026-10-20', null],
    ['The tax form shows up in your account by Jan 31.', '2026-10-20', ['2026-10-20', '2027-01-31']],
    ['Rents rise 5% every year through 2030.', '2026-10-20', ['2026-10-20', '2030-12-31']],
    // A fronted habit adverb goes on into a conjunct with no subject of its own ("…, and peak in February"), and
    // "regularly" marks a habit as "usually" does; a conjunct with its own subject or modal, and "will regularly",
    // still date.
    [
      'Typically, flu cases start to rise in November, along with RSV and enteroviruses, and peak in February.',
      '2025-10-20',
      null,
    ],
    [
      'Influenza follows regular patterns in the north, regularly cresting between December and February.',
      '2025-09-01',
      null,
    ],
    [
      'Typically, prices rise in November, and we expect them to fall in February.',
      '2025-10-20',
      ['2026-02-01', '2026-02-28'],
    ],
    ['Typically, prices rise in November, and will peak in February.', '2025-10-20', ['2026-02-01', '2026-02-28']],
    ['Prices will regularly top $100 by 2030.', '2025-10-20', ['2025-10-20', '2030-12-31']],
  ]);
  windowsByDate([
    // How far out a maker is booked, stated as it stands, is the order book (as the year a backlog reaches is) …
    ['Both yards are full through 2030; neither bids on new hulls.', '2027-03-02', null],
    ['Turbine capacity is already sold out until 2029.', '2027-03-02', null],
    // … but a forecast of it, or another dated outcome beside it, still dates the sentence.
    ['The yards will be full through 2030.', '2027-03-02', ['2027-03-02', '2030-12-31']],
    ['The plant is full through 2030 and adds a line by June.', '2027-03-02', ['2027-03-02', '2027-06-30']],
    // A period that recurs ("every", "each year in") is a habit's, never an outcome's window …
    ['Ferry fares spike every late summer.', '2027-03-02', null],
    ['Freight rates jump every year in March.', '2027-03-02', null],
    // … while a period of a year is still the period, and a plain season is the coming one.
    ['Each quarter of 2028 beats the one before.', '2027-03-02', ['2028-01-01', '2028-12-31']],
    ['Ferry fares spike in the late summer.', '2027-03-02', ['2027-08-01', '2027-08-31']],
    // A repeated outcome over a bounded period ("every year in the next decade", "in 2028 and 2029") is dated by it.
    ['Revenue grows 10% every year in the next decade.', '2027-03-02', ['2027-03-02', '2037-03-02']],
    ['Revenue grows 10% each year in the next five years.', '2027-03-02', ['2027-03-02', '2032-03-02']],
    ['The chain adds two stores every year in 2028 and 2029.', '2027-03-02', ['2028-01-01', '2029-12-31']],
    // "in each of the next N years (months)": each one a whole calendar unit, as "next year" is the next calendar
    // year, so the span ends with the Nth full unit after the current one …
    ['Exports grow 3% this year and 4% in each of the next two years.', '2026-05-14', ['2026-05-14', '2028-12-31']],
    ['Sales rise in each of the next three months.', '2026-11-20', ['2026-11-20', '2027-02-28']],
    // … while "the next two years" alone is still rolling (TIME-WINDOWS.md: published + N units).
    ['Exports grow 4% in the next two years.', '2026-05-14', ['2026-05-14', '2028-05-14']],
    // A range of durations counts to its upper bound, also when the unit stands before "or two" …
    ['Yields should fall within the next week or two.', '2026-03-02', ['2026-03-02', '2026-03-16']],
    ['Rates fall within a week or two.', '2026-03-02', ['2026-03-02', '2026-03-16']],
    // … and a single unit is still one.
    ['The vote comes within the next week.', '2026-03-02', ['2026-03-02', '2026-03-09']],
    // "within" counts forward from now even after a superlative or an ordinal …
    ['The drug faces its first generic rivals within two years.', '2026-03-02', ['2026-03-02', '2028-03-02']],
    // … where "in" after one looks back.
    ['It was the first rate hike in two years.', '2026-03-02', null],
  ]);
});

describe('a half written as a decimal ("1.5 years") counts, and a level named by its noun after "from" is no anchor', () => {
  it.each([
    ['Reserves are expected to last only about 1.5 years.', '2025-06-20', ['2025-06-20', '2026-12-20']],
    ['Prices rise 2.5% in 2.5 years.', '2025-06-20', ['2025-06-20', '2027-12-20']],
    // A decimal that is no half, or a size, counts nothing.
    ['Reserves last 1.7 years.', '2025-06-20', null],
    ['Growth slows 1.5 points next year.', '2025-06-20', ['2026-01-01', '2026-12-31']],
    // "from the recent all-time lows", "from current levels": the baseline, so the duration counts from now …
    [
      'Rates improve over the next 18 months from the recent all-time lows.',
      '2016-10-10',
      ['2016-10-10', '2018-04-10'],
    ],
    ['Rates improve over the next 18 months from current levels.', '2016-10-10', ['2016-10-10', '2018-04-10']],
    // … while an event after "from" still ties it.
    ['Sales rise within 18 months from the launch.', '2016-10-10', null],
  ])('%s (published %s)', (text, published, want) => {
    expect(win(text, published)).toEqual(want);
  });
});

describe('a hyphenated count before its noun ("the two-day meeting", "a three-month delay") measures the thing, no span', () => {
  it.each([
    ['During the two-day meeting, the BOJ is expected to raise its rate.', null],
    [
      'During the two-day meeting concluding on Friday, the BOJ is expected to raise its rate.',
      ['2025-01-24', '2025-01-24'],
    ],
    // A stretch of time named so is still a span from now.
    ['Growth slows over a 12-month period.', ['2025-01-20', '2026-01-20']],
    ['Stocks rally in the three-month window.', ['2025-01-20', '2025-04-20']],
  ] as const)('%s', (text, want) => {
    expect(win(text, '2025-01-20')).toEqual(want);
  });
});

windowTableByDate([
  [
    'A hyphenated count after "over / within the next" or "over a" is a span from publication, whatever its noun',
    [
      ['Rates will stay high over the next two-year span.', '2026-05-01', '2026-05-01', '2028-05-01'],
      ['Brent will average $70 over the next three-month run.', '2026-05-01', '2026-05-01', '2026-08-01'],
      ['Prices will rise within the next six-month stretch.', '2026-05-01', '2026-05-01', '2026-11-01'],
      ['Margins will recover over a two-year horizon.', '2026-05-01', '2026-05-01', '2028-05-01'],
      // Counter-cases: with no trigger the count measures the thing ("During the two-day meeting" is above).
      ['The merger faces a three-month delay.', '2026-05-01', null],
    ],
  ],
]);

describe('"the upcoming days / weeks / months / years" are the coming ones (TIME-WINDOWS.md vague phrases)', () => {
  it.each([
    ['La Niña is anticipated to affect climate during the upcoming months.', ['2021-03-11', '2021-09-11']],
    ['Prices rise in the upcoming weeks.', ['2021-03-11', '2021-05-06']],
    ['The board approves the deal in the upcoming days.', ['2021-03-11', '2021-03-25']],
    ['Demand doubles over the upcoming years.', ['2021-03-11', '2024-03-11']],
    // … and a past clause keeps no window.
    ['The upcoming months were busy.', null],
  ] as const)('%s', (text, want) => {
    expect(win(text, '2021-03-11')).toEqual(want);
  });
});

describe('a near-term word under a negation ("not imminent", "not … soon") says when it will not happen: no window', () => {
  windowsByDate([
    ['A strike is not imminent.', '2008-06-02', null],
    ['The vote does not mean a strike is imminent; it is intended to put pressure on UPS.', '2008-06-02', null],
    ['A deal is not expected soon.', '2008-06-02', null],
    ['Nobody expects a cut soon.', '2008-06-02', null],
    // Counter-cases: a negation in another clause leaves the default, and a dated phrase beside the denial dates it.
    ['A deal is imminent.', '2008-06-02', ['2008-06-02', '2008-08-31']],
    ['Nobody doubts that a deal is imminent.', '2008-06-02', ['2008-06-02', '2008-08-31']],
    ["It isn't clear why, but a deal is imminent.", '2008-06-02', ['2008-06-02', '2008-08-31']],
    ['No rate cut is coming soon, but a hike is likely by March.', '2008-06-02', ['2008-06-02', '2009-03-31']],
  ]);
});
