import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../../src/ingest/index.js';
import { win, windowPairTable, windowTable, windowTableByDate, windows, windowsByDate } from '../helpers.js';

// Calendar periods: quarters, halves, year-ends, early / mid / late parts of a year, decades (the Periods table).

// The publication date the pair tables' rows are labelled for.
const P = '2026-02-09';

windowTable([
  [
    'Periods, early / mid / late YYYY and rule 3 ("by mid-YYYY" is Jun 30), with a non-breaking hyphen',
    [
      ['Output should peak around mid\u20112027.', '2027-05-01', '2027-08-31'],
      ['Payrolls will turn negative by mid\u20112026.', '2026-02-09', '2026-06-30'],
      ['Prices will bottom in late\u20112026.', '2026-09-01', '2026-12-31'],
    ],
  ],
  [
    'More conventions: decade idioms and mid-century (2050)',
    [
      ['Fusion power reaches the grid before the decade is out.', '2026-02-09', '2029-12-31'],
      ['A quantum computer breaks RSA-2048 within the decade.', '2026-02-09', '2029-12-31'],
      ['Half of new cars will be electric by the end of this decade.', '2026-02-09', '2029-12-31'],
      ['Coal use will halve in the early 2030s.', '2030-01-01', '2033-12-31'],
      ['Global population peaks around mid-century.', '2050-01-01', '2050-12-31'],
      ['India overtakes China in oil demand by mid-century.', '2026-02-09', '2050-12-31'],
      ['Over the next decade, nuclear capacity will triple.', '2026-02-09', '2036-02-09'],
    ],
  ],
  [
    'Periods, "Qn YYYY": roadmap shorthand QnCYyyyy is the calendar quarter',
    [
      ['Shipments begin in Q3CY2026.', '2026-07-01', '2026-09-30'],
      ['Volume ramps by Q1CY27.', '2026-02-09', '2027-03-31'],
    ],
  ],
  [
    'Periods, "by the end of the year": "the calendar year" is the current year',
    [['Two more cuts land before the end of the calendar year.', '2026-02-09', '2026-12-31']],
  ],
]);

windowTableByDate([
  [
    'Periods, "end of YYYY": "by end 2026" is "by the end of 2026"; "late in 2027" is late 2027',
    [
      ['Rates reach 3% by end 2026.', '2026-02-09', '2026-02-09', '2026-12-31'],
      ['Demand recovers early in 2027.', '2026-02-09', '2027-01-01', '2027-04-30'],
      ['Margins widen late in the year.', '2026-02-09', '2026-09-01', '2026-12-31'],
    ],
  ],
  [
    'Rule 6 (a period without a year is the nearest not yet ended): "for the year" is the current year (docs/ingest.md)',
    [
      [
        'Output rises in the fourth quarter, for an average of 29 million barrels a day for the year.',
        '2026-04-07',
        '2026-04-07',
        '2026-12-31',
      ],
      ['The company sees revenue of $4 billion for the full year.', '2026-04-07', '2026-04-07', '2026-12-31'],
    ],
  ],
  [
    'Periods: "the last quarter of 2026" is its fourth quarter, not the quarter before the current one',
    [['Demand should pick up in the last quarter of 2026.', '2026-02-09', '2026-10-01', '2026-12-31']],
  ],
  [
    '"for the full year" is the current year: guidance met, beaten or missed is measured over it, not a name',
    [
      ['Rio Tinto meets its copper guidance for the full year.', '2026-02-09', '2026-02-09', '2026-12-31'],
      ['The miner beats its 2.1 Moz guidance for the year.', '2026-02-09', '2026-02-09', '2026-12-31'],
      ['The miner raises its guidance for 2027.', '2026-02-09', null],
    ],
  ],
]);

windowPairTable([
  [
    'More conventions: "closes the year at X" is Dec 31, also with the year as the subject',
    [
      ['The retail year closes at $7.1 trillion.', '2026-12-31', '2026-12-31'],
      ['The year ends higher for gold.', '2026-12-31', '2026-12-31'],
      ['Every year closes at midnight.', null],
    ],
  ],
  [
    'Periods: "for the entire year", "quarter two", the first or last N months of a year',
    [
      ['Rates stay on hold for the entire year.', P, '2026-12-31'],
      ['Margins recover in quarter two.', '2026-04-01', '2026-06-30'],
      ['Sales peak in quarter 3.', '2026-07-01', '2026-09-30'],
      ['Prices ease in the first six months of this year.', P, '2026-06-30'],
      ['Output dips in the last three months of 2026.', '2026-10-01', '2026-12-31'],
      ['Growth was weak in the first two months of the year.', null],
    ],
  ],
  [
    'Periods: "toward(s) the end of" a year without "by" is late in it, the current year too',
    [
      ['The ECB cuts towards the end of the year.', '2026-09-01', '2026-12-31'],
      ['The ECB cuts by the end of the year.', P, '2026-12-31'],
    ],
  ],
  [
    'Periods: two months joined by a hyphen are one range, the first in the year of the second or the one before',
    [['Henry Hub averages $4 over the November-March period.', P, '2026-03-31']],
  ],
  [
    'Periods: "the September quarter of 2027" is the calendar quarter ending that month, in the year named',
    [['Production starts in the September Quarter of 2027.', '2027-07-01', '2027-09-30']],
  ],
  [
    'Periods: "the end of this year" without a deadline word is its late part, as "the end of 2026" is',
    [
      ['Verizon switches off 3G at the end of this year.', '2026-09-01', '2026-12-31'],
      ['Verizon switches off 3G by the end of this year.', P, '2026-12-31'],
    ],
  ],
]);

describe('time phrases ("by the end of the year" = year-end, written as a possessive)', () => {
  it.each([
    // "by this / next year's end" is "by the end of this / next year" …
    ["The plant restarts by this year's end.", '2026-03-02', ['2026-03-02', '2026-12-31']],
    ["The merger closes by next year's end, the company said.", '2026-03-02', ['2026-03-02', '2027-12-31']],
    // … where "this year's" before another noun still names the thing.
    ["This year's harvest will be sold in May.", '2026-03-02', ['2026-05-01', '2026-05-31']],
  ])('%s (published %s)', (text, published, want) => {
    expect(win(text, published)).toEqual(want);
  });

  it('proposes the sentence dated by the possessive year-end as a claim', () => {
    const got = extractClaims("The first crewed flight will launch by this year's end.", { published: '2026-03-02' });
    expect(got.map((c) => c.window && [c.window.start, c.window.end])).toEqual([['2026-03-02', '2026-12-31']]);
  });
});

describe('time phrases ("Qn of YYYY" spelled "of the year YYYY")', () => {
  it.each([
    // A part of "the year YYYY" is that part of the year named …
    ['The crewed flight launches in the first quarter of the year 2027.', '2026-03-02', ['2027-01-01', '2027-03-31']],
    ['Deliveries start in the second half of the year 2027.', '2026-03-02', ['2027-07-01', '2027-12-31']],
    // … and "of the year" alone is still the current one.
    ['Deliveries start in the second half of the year.', '2026-03-02', ['2026-07-01', '2026-12-31']],
  ])('%s (published %s)', (text, published, want) => {
    expect(win(text, published)).toEqual(want);
  });
});

describe('time phrases ("Qn YYYY" written with a slash, as "Q4-2026" is with a hyphen)', () => {
  it.each([
    ['Approval comes in Q3/2027.', '2026-03-02', ['2027-07-01', '2027-09-30']],
    ['Margins recover in H2/27.', '2026-03-02', ['2027-07-01', '2027-12-31']],
    // Two quarters joined by a slash are still alternatives (rule 8).
    ['Volumes rise in Q3/Q4.', '2026-03-02', ['2026-07-01', '2026-12-31']],
  ])('%s (published %s)', (text, published, want) => {
    expect(win(text, published)).toEqual(want);
  });
});

describe('time phrases ("early / late in" a quarter or half is "early / late Qn", as "late in 2016" is)', () => {
  it.each([
    ['The readout arrives early in the third quarter.', '2026-03-02', ['2026-07-01', '2026-07-31']],
    ['Shipments resume late in Q2.', '2026-03-02', ['2026-06-01', '2026-06-30']],
    ['Demand picks up late in the second half of 2027.', '2026-03-02', ['2027-11-01', '2027-12-31']],
    // Without the modifier it is the whole quarter.
    ['The readout arrives in the third quarter.', '2026-03-02', ['2026-07-01', '2026-09-30']],
  ])('%s (published %s)', (text, published, want) => {
    expect(win(text, published)).toEqual(want);
  });
});

describe('periods ("conclude 2025 at X" is a point on Dec 31, as "closes the year at X" is)', () => {
  it.each([
    ['Mortgage rates conclude 2026 at about 6.1%.', '2025-10-20', ['2026-12-31', '2026-12-31']],
    ['The index will conclude the year at 5,200.', '2025-10-20', ['2025-12-31', '2025-12-31']],
    // "conclude in 2026" is the year itself.
    ['The talks conclude in 2026.', '2025-10-20', ['2026-01-01', '2026-12-31']],
  ])('%s (published %s)', (text, published, want) => {
    expect(win(text, published)).toEqual(want);
  });
});

describe('calendar periods in more wording (the Periods table, by analogy)', () => {
  windows([
    // Closed compounds read as their two words.
    ['Inventories hit a floor by midyear.', '2027-01-11', ['2027-01-11', '2027-06-30']],
    ['Margins recover by yearend.', '2027-01-11', ['2027-01-11', '2027-12-31']],
    // "end the quarter with X", "ends the month at X": the last day of that period, as "closes the year at X" is.
    ['The lender expects to end the quarter with $4 billion of cash.', '2027-05-03', ['2027-06-30', '2027-06-30']],
    ['The index ends the month above 5,000.', '2027-05-03', ['2027-05-31', '2027-05-31']],
    // "2027H2", "2028Q1": the year glued before the half or quarter.
    ['Two more cuts come in 2027H2.', '2027-10-04', ['2027-10-04', '2027-12-31']],
    ['Margins recover by 2028Q1.', '2027-10-04', ['2027-10-04', '2028-03-31']],
    // "midway / halfway through X" is mid-X; an approximation after a trigger keeps its deadline.
    ['Mills stay shut until about midway through next year.', '2027-10-04', ['2027-10-04', '2028-08-31']],
    ['Prices peak halfway through 2028.', '2027-10-04', ['2028-05-01', '2028-08-31']],
    ['Mills stay shut until around March.', '2027-10-04', ['2027-10-04', '2028-03-31']],
    ['Sales fall by about 20% in March.', '2027-10-04', ['2028-03-01', '2028-03-31']],
    // "the June quarter next year": a month's quarter placed by a year after it, as "the September quarter of 2022".
    ['The cash rate falls to 3% by the end of the June quarter next year.', '2027-10-04', ['2027-10-04', '2028-06-30']],
    ['The cash rate falls to 3% in the December quarter.', '2027-10-04', ['2027-10-04', '2027-12-31']],
    // "2Q2028": a quarter before a four-digit year, as "2Q28" is.
    ['Seat capacity tops 2019 levels in 3Q2028.', '2027-10-04', ['2028-07-01', '2028-09-30']],
    ['Seat capacity tops 2019 levels in 3Q28.', '2027-10-04', ['2028-07-01', '2028-09-30']],
    // The first / last N weeks of a month are those days of it, as "the first three months of 2026" are months.
    ['The patch ships in the first two weeks of May.', '2027-03-02', ['2027-05-01', '2027-05-14']],
    ['Rulings land over the last two weeks of June.', '2027-03-02', ['2027-06-17', '2027-06-30']],
    ['Deliveries resume in the first week of April.', '2027-03-02', ['2027-04-01', '2027-04-07']],
    ['Sales jump in the first three months of 2028.', '2027-03-02', ['2028-01-01', '2028-03-31']],
  ]);
  windowsByDate([
    // "back half" after a verb is the verb's particle, not the second half of a year …
    ['The city bought back half of its 2030 bonds with the new issue.', '2026-03-02', null],
    // … while after an article or a preposition it is the period.
    ['Margins recover in the back half of the year.', '2026-03-02', ['2026-07-01', '2026-12-31']],
  ]);
});

describe('a half of a decade ("the latter half of the decade") is its first or last five years', () => {
  it.each([
    ['Pressure on rates lasts well into the latter half of the decade.', ['2025-10-06', '2029-12-31']],
    ['Demand rises in the first half of the 2030s.', ['2030-01-01', '2034-12-31']],
    ['Demand peaks in the second half of this decade.', ['2025-10-06', '2029-12-31']],
    // A half of a year, or of something that is no period, keeps its own reading.
    ['Sales rise in the second half of 2027.', ['2027-07-01', '2027-12-31']],
    ['Demand rises in the second half of the season.', null],
  ])('%s', (text, want) => {
    expect(win(text, '2025-10-06')).toEqual(want);
  });
});

describe('"in the second" after "the first half" in the same sentence is the second half, the unit left out', () => {
  it.each([
    ['Print sales were flat in the first half and we see them flat again in the second.', ['2026-09-14', '2026-12-31']],
    ['Sales fell in the first half; they rise in the second, we think.', ['2026-09-14', '2026-12-31']],
    // With no half named before, or "second" as a rank, it is no period.
    ['The team came in second.', null],
    ['Sales rise in the second, we think.', null],
  ])('%s', (text, want) => {
    expect(win(text, '2026-09-14')).toEqual(want);
  });
});

describe('a named quarter or half that a verb of closing ends at a level is its last day ("ends the second quarter below $60")', () => {
  it.each([
    ['We think Brent ends the second quarter below $60.', '2026-05-28', ['2026-06-30', '2026-06-30']],
    ['Brent ends Q3 near $65.', '2026-05-28', ['2026-09-30', '2026-09-30']],
    ['The company finishes the first half of 2027 with $2bn in cash.', '2026-05-28', ['2027-06-30', '2027-06-30']],
    ['Gold closes the fourth quarter above $4,000.', '2026-05-28', ['2026-12-31', '2026-12-31']],
    // Without a level after it the period stays a period, and "with" needs an amount.
    ['Talks end the first quarter.', '2026-05-28', ['2027-01-01', '2027-03-31']],
    ['The season ends the second half with a derby.', '2026-05-28', ['2026-07-01', '2026-12-31']],
    ['The strike ends the second quarter of talks.', '2026-05-28', null],
  ])('%s (published %s)', (text, published, want) => {
    expect(win(text, published)).toEqual(want);
  });
});

describe('"from the second to the fourth quarter", "the fourth quarter of the upcoming year"', () => {
  it.each([
    // Two quarters joined with the article repeated are one span, as "the second to fourth quarter" is …
    [
      'Brent will average $62 from the second to the fourth quarter of 2026.',
      '2025-10-20',
      ['2026-04-01', '2026-12-31'],
    ],
    ['Rates hold in the second and the third quarter.', '2025-10-20', ['2026-04-01', '2026-09-30']],
    // … and a part "of the upcoming / coming / following year" is in the next calendar year, as "of next year" is.
    [
      'Brent will average $62 per barrel from the second to the fourth quarter of the upcoming year.',
      '2025-10-20',
      ['2026-04-01', '2026-12-31'],
    ],
    ['Margins recover in the first half of the coming year.', '2025-10-20', ['2026-01-01', '2026-06-30']],
    // "the upcoming year" alone stays the rolling year.
    ['Sales rise in the upcoming year.', '2025-10-20', ['2025-10-20', '2026-10-20']],
  ])('%s (published %s)', (text, published, want) => {
    expect(win(text, published)).toEqual(want);
  });
});

windowTableByDate([
  [
    '"The holiday quarter" is the October–December calendar quarter, the nearest not yet ended, for a named company too',
    [
      ['Nova Lake laptops are on shelves for the holiday quarter.', '2026-05-18', '2026-10-01', '2026-12-31'],
      ["Apple's revenue rises 8% in the holiday quarter.", '2026-05-18', '2026-10-01', '2026-12-31'],
      ['Toy sales rise in the holiday quarter 2027.', '2026-05-18', '2027-10-01', '2027-12-31'],
      ['Retail margins shrink in the holiday quarter.', '2027-01-10', '2027-10-01', '2027-12-31'],
      // Counter-cases: a holiday season names no quarter; "2026's holiday quarter" keeps its year, as before.
      ['We expect a strong holiday season.', '2026-05-18', null],
      ["Sales will rise 5% in 2026's holiday quarter.", '2026-03-01', '2026-03-01', '2026-12-31'],
      ['The retailer expects its holiday quarter to beat guidance.', '2026-05-18', null],
    ],
  ],
]);

windowTableByDate([
  [
    '"The holiday quarter" of a company whose fiscal year starts off the calendar quarters is its quarter holding December',
    [
      // Walmart's year starts in February: its holiday quarter is November to January (TIME-WINDOWS.md: the named
      // organisation's fiscal year).
      ['Walmart expects same-store sales to grow 4% in the holiday quarter.', '2026-03-01', '2026-11-01', '2027-01-31'],
      // Under way at publication, it runs from publication to its end, as any period does.
      ['Walmart says margins improve in the holiday quarter.', '2026-12-15', '2026-12-15', '2027-01-31'],
      // Counter-cases: a company whose quarters are the calendar's (Apple: October–December), and none named.
      ["Apple's revenue rises 8% in the holiday quarter.", '2026-05-18', '2026-10-01', '2026-12-31'],
      ['Toy sales rise in the holiday quarter.', '2026-05-18', '2026-10-01', '2026-12-31'],
    ],
  ],
]);

describe('"by next week\'s end", "by this month\'s end", "by next quarter\'s end" are by the end of that period, as "by this year\'s end" is', () => {
  it.each([
    [
      'The House will by next week’s end pass the last of the spending bills.',
      '2009-07-13',
      ['2009-07-13', '2009-07-26'],
    ],
    ["The House passes the bill by next week's end.", '2009-07-13', ['2009-07-13', '2009-07-26']],
    ["Rates fall by this month's end.", '2009-07-13', ['2009-07-13', '2009-07-31']],
    ["Sales rise by next quarter's end.", '2009-07-13', ['2009-07-13', '2009-12-31']],
    // A compound on "end" is no end of the period.
    ["Next week's end-of-session rush lifts volumes.", '2009-07-13', null],
  ])('%s (published %s)', (text, published, want) => {
    expect(win(text, published)).toEqual(want);
  });
});

describe('"throughout the year" is the current year from publication, as "for the year" is', () => {
  windowsByDate([
    ['Prices will decline throughout the year.', '2026-01-15', ['2026-01-15', '2026-12-31']],
    [
      'Quotes are expected to gradually decline throughout the year—from $64 in the first quarter (Q1) to $54 in the fourth quarter (Q4).',
      '2026-01-15',
      ['2026-01-15', '2026-12-31'],
    ],
    ['Prices will decline throughout the full year.', '2026-01-15', ['2026-01-15', '2026-12-31']],
    // Counter-cases: the past, a named period, and the year an event names keep their readings.
    ['Prices fell throughout the year.', '2026-01-15', null],
    ['Prices will decline throughout the summer.', '2026-01-15', ['2026-06-01', '2026-08-31']],
    ['Prices will stay high throughout the year of the Olympics.', '2026-01-15', ['2026-02-06', '2026-02-22']],
  ]);
});
