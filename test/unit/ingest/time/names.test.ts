import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../../src/ingest/index.js';
import { win, windowPairTable, windowTable, windowTableByDate, windows, windowsByDate } from '../helpers.js';

// Dates that name a thing ("the April retail sales report", "its 2027 targets") rather than a period (rule 7, names).

// The publication date the pair tables' rows are labelled for.
const P = '2026-02-09';

windowTableByDate([
  [
    'Not windows (names): the source named after "according to" carries its own dates',
    [
      [
        "Unemployment will peak in Q3, according to minutes of the Fed's January 27-28 meeting.",
        '2026-02-09',
        '2026-07-01',
        '2026-09-30',
      ],
      ['Growth slows in H2, according to projections released in January.', '2026-02-09', '2026-07-01', '2026-12-31'],
    ],
  ],
  [
    'Not windows (names, "a 2027 forecast"): the span a forecast covers names it; a participle "forecast" does not',
    [
      ['In a forecast for the three months from July, the agency said storms are building.', '2026-02-09', null],
      [
        'Prices peak this quarter, with a slide forecast for the second half.',
        '2026-02-09',
        '2026-02-09',
        '2026-12-31',
      ],
    ],
  ],
  [
    'Names (rule 7): a quarter or half of a game or a season is no calendar period; of a year it still is',
    [
      [
        "He should miss the second half of the season after a knock in the third quarter of Sunday's game.",
        '2026-02-09',
        null,
      ],
      ['Profits rebound in the second half of the year.', '2026-02-09', '2026-07-01', '2026-12-31'],
    ],
  ],
  [
    'Names (rule 7): "the Q4 call", "2027 completion dates" name a thing',
    [
      ['The Q4 call will show margins widening by the third quarter.', '2026-02-09', '2026-02-09', '2026-09-30'],
      ['The builders expect to miss their 2027 completion dates.', '2026-02-09', null],
      ['The carrier has a June 4 launch date reserved on the range.', '2026-02-09', null],
    ],
  ],
]);

windowPairTable([
  [
    'Rule 7, names: a date before a noun it names, a hyphenated compound included; an event naming another event',
    [
      ['The 2028 candidate list includes three governors.', null],
      ['The 2035 phase-out date stays on paper.', null],
      ['The law moves the city from March and April primaries to June elections.', null],
      ['Spain will beat Malta in the World Cup qualifier on Friday.', '2026-02-13', '2026-02-13'],
      ['The EU sets tougher targets for 2030.', null],
      ['The utility misses its emissions targets for 2027.', '2027-01-01', '2027-12-31'],
    ],
  ],
  [
    'Not windows (names): "its 2027 targets" name the targets, as "targets for 2027" do, unless they are met',
    [
      ['The company is on track with its 2027 targets.', null],
      ['Tesla hits its 2026 targets.', P, '2026-12-31'],
    ],
  ],
]);

windowTable([
  [
    'Rule 7, names: an event name used as a modifier ("Christmas tickets") names a thing',
    [['Christmas tickets sell out by the end of October.', '2026-02-09', '2026-10-31']],
  ],
  [
    'Rule 7, names: a month naming a noun a few words on ("the April retail sales report")',
    [['The April retail sales report will show a drop by June.', '2026-02-09', '2026-06-30']],
  ],
  [
    'Rule 7, names: a date joined by hyphens into a compound before its noun ("a $13.50-by-2027 bill")',
    [
      [
        'The Assembly passes a $13.50-by-2027 bill within days, and the governor signs it by mid-April.',
        '2026-02-09',
        '2026-04-20',
      ],
      ['The mayor signs a net-zero-by-2050 pledge in June.', '2026-06-01', '2026-06-30'],
      // Spaced, the date bounds the outcome.
      ['The governor signs a $13.50 floor by 2027.', '2026-02-09', '2027-12-31'],
    ],
  ],
  [
    'Rule 7, names: an acronym after an article and a year is the thing the year names ("the 2026 COLA")',
    [
      ['The SSA must finalize the 2026 COLA by November 1, 2025.', '2025-10-20', '2025-11-01', '2025-10-20'],
      [
        'Construction starts soon, and Madrid joins Barcelona on the 2026 F1 calendar.',
        '2025-04-25',
        '2025-07-24',
        '2025-04-25',
      ],
      // A period noun after the acronym, or a period's own letters, keep the period.
      ['Dame Time is expected to miss the 2025-26 NBA season.', '2025-10-01', '2026-06-30', '2025-09-01'],
      ['Margins improve over the 2026 EU calendar year.', '2026-01-01', '2026-12-31', '2025-09-01'],
    ],
  ],
  [
    "Rule 7, names: a wire story's dateline (a place, a comma, the day, then a colon, a dash or the agency) dates the story",
    [
      ['Mumbai, January 2: Rockstar ships the game in March.', '2026-03-01', '2026-03-31', '2026-01-02'],
      [
        'NEW YORK, Jan 2 (Reuters) - Rockstar will release the game on 19 November 2026.',
        '2026-11-19',
        '2026-11-19',
        '2026-01-02',
      ],
      // Not opening the sentence, or with no place before the comma, the day is the sentence's own.
      ['In Mumbai, January 20 brings a holiday for markets.', '2026-01-20', '2026-01-20', '2026-01-02'],
      ['Rockstar ships the game on January 20: that is our call.', '2026-01-20', '2026-01-20', '2026-01-02'],
    ],
  ],
]);

describe('a possessive year before the noun it owns names the thing, not the period (rule 7)', () => {
  it.each([
    ['Issuance will beat 2025’s record next year.', '2025-03-01', ['2026-01-01', '2026-12-31']],
    ["Exports should top 2024's total by June.", '2025-03-01', ['2025-03-01', '2025-06-30']],
    ["2026's budget will pass.", '2025-03-01', null],
    // A part of the year or a target met over it is still the period.
    ["Sales will fall by 2026's end.", '2025-03-01', ['2025-03-01', '2026-12-31']],
    ["Tesla will hit 2026's targets.", '2025-03-01', ['2026-01-01', '2026-12-31']],
    ['Revenue will top $5bn in 2026.', '2025-03-01', ['2026-01-01', '2026-12-31']],
    // "2027's" as the contraction of "is / has" leaves the year the period; a period noun after a modifier is one too.
    ["2027's set to be the year rates finally fall.", '2026-03-01', ['2027-01-01', '2027-12-31']],
    ["2027's going to be a strong year for exports.", '2026-03-01', ['2027-01-01', '2027-12-31']],
    ["Sales will rise 5% in 2026's holiday quarter.", '2026-03-01', ['2026-03-01', '2026-12-31']],
  ])('%s (published %s)', (text, published, want) => {
    expect(win(text, published)).toEqual(want);
  });
});

describe('names (rule 7: a date that qualifies a noun)', () => {
  it.each([
    // A full date between "a / an" and its noun names a kind of thing, as "a 2027 launch" does …
    ['The agency is preparing for a June 4, 2027 launch.', '2026-03-02', null],
    ['Regulators are working toward an 18 March 2027 decision.', '2026-03-02', null],
    // … "the" before it, or a month and year alone, still date the outcome (as older labels have it).
    ['The agency is preparing for the June 4, 2027 launch.', '2026-03-02', ['2027-06-04', '2027-06-04']],
    ['The phone is projected for a March 2027 release.', '2026-03-02', ['2027-03-01', '2027-03-31']],
    // "mid-year" before a noun qualifies it, as "winter wheat" does …
    ['The board approves a mid-year budget revision by November.', '2026-09-07', ['2026-09-07', '2026-11-30']],
    ['The mid-year review shows margins above 20%.', '2026-03-02', null],
    // … also after "in the", with adjectives joined by "and" before the noun (a report's name) …
    ['The Treasurer will unveil a deficit in the mid-year economic and financial outlook.', '2025-12-16', null],
    ['The state posts a surplus in the mid-year fiscal review.', '2025-12-16', null],
    // … and "by mid-year" is still the point of rule 3, as is "in the mid-year" before a clause or a comma.
    ['Prices bottom by mid-year.', '2026-03-02', ['2026-03-02', '2026-06-30']],
    ['Growth picks up in the mid-year as financial conditions ease.', '2026-03-02', ['2026-05-01', '2026-08-31']],
    ['We expect a rebound in the mid-year, economic data permitting.', '2026-03-02', ['2026-05-01', '2026-08-31']],
    ['Rates peak in the mid-year and fall after.', '2026-03-02', ['2026-05-01', '2026-11-30']],
    // A year right after its own preposition is the period, and the noun after it the subject (also when the noun
    // is one that a bare year names) …
    ['By 2028 shipments double.', '2026-03-02', ['2026-03-02', '2028-12-31']],
    ['In 2027 deliveries rise 5%.', '2026-03-02', ['2027-01-01', '2027-12-31']],
    // … while a bare year before the noun names it ("2026 output").
    ['Rates ease by June as 2026 deliveries land.', '2026-03-02', ['2026-03-02', '2026-06-30']],
    ['2027 output falls.', '2026-03-02', null],
  ])('%s (published %s)', (text, published, want) => {
    expect(win(text, published)).toEqual(want);
  });
});

describe('dates that name a thing in more wording (rule 7, names, by analogy)', () => {
  windows([
    // A year between an article and its noun names the thing even when the phrase took a preposition, or the noun is
    // a capitalised name followed by a lower-case noun ("the 2027 Worlds final").
    ['Cane tonnage from the 2027 harvest comes in 8% lower on Feb. 12.', '2027-10-04', ['2028-02-12', '2028-02-12']],
    [
      'We expect the 2027 Majors final to sell out when it is played on November 7.',
      '2027-10-04',
      ['2027-11-07', '2027-11-07'],
    ],
    ['Ticket sales rise in the 2028 Grand Prix season.', '2027-10-04', ['2028-01-01', '2028-12-31']],
    // … and so does a split year ("its 2027/28 price forecast"), unless a period noun follows ("marketing year").
    [
      'The board adopts its 2028/29 water rate schedule by the end of the fourth quarter.',
      '2027-10-04',
      ['2027-10-04', '2027-12-31'],
    ],
    ['Corn stays under $5 through the 2027-28 marketing year.', '2027-10-04', ['2027-10-04', '2028-12-31']],
    // A season before its noun is an adjective ("spring prices"), so the bare year before it names the thing.
    ['We think 2028 summer rents will see a similar jump.', '2027-10-04', null],
    ['Rents jump in summer 2028.', '2027-10-04', ['2028-06-01', '2028-08-31']],
    // "the year" right after a phrase naming another whole year is that year (quoted-16 job3).
    ['Jobless claims rise next year, to 4.5% at the end of the year.', '2027-10-04', ['2028-01-01', '2028-12-31']],
    ['Jobless claims rise to 4.5% by the end of the year.', '2027-10-04', ['2027-10-04', '2027-12-31']],
    ['Jobless claims rise this year, to 4.5% by the end of the year.', '2027-10-04', ['2027-10-04', '2027-12-31']],
    // Exports, imports, shipments, volumes and a delivery after a date are the figure the date names.
    [
      'We expect third quarter exports to fall, and total exports to end the year down 4%.',
      '2027-10-04',
      ['2027-12-31', '2027-12-31'],
    ],
    ['We expect exports to fall in the third quarter.', '2027-07-04', ['2027-07-04', '2027-09-30']],
    ['New slots are quoted for 2031 delivery by the end of March.', '2027-10-04', ['2027-10-04', '2028-03-31']],
    ['The first units are delivered in 2031.', '2027-10-04', ['2031-01-01', '2031-12-31']],
    // The year a backlog reaches measures the backlog, not when anything happens.
    ['Transformer backlogs reach 2030.', '2027-10-04', null],
    ['Order books stretch into 2031 at the big three.', '2027-10-04', null],
    ['Sales reach 5 million by 2030.', '2027-10-04', ['2027-10-04', '2030-12-31']],
    // The period a forecast is made for names the forecast ("a 2027 forecast"), with a noun phrase between or not.
    ['The bank’s inflation projection for 2028 is slightly higher.', '2027-10-04', null],
    ['The forecast for wheat and barley output in 2028 is cut again.', '2027-10-04', null],
    ['The USDA’s first forecast of the 2028-29 season comes in below last year.', '2027-10-04', null],
    // … while the outcome's own period still counts, and a forecast that is met measures the outcome.
    ['Inflation falls to 2% in 2028, the bank forecasts.', '2027-10-04', ['2028-01-01', '2028-12-31']],
    ['Exports will hit the forecast for 2028.', '2027-10-04', ['2028-01-01', '2028-12-31']],
    // A year after a possessive or a graded adjective, or a split year, before a noun names the noun ("2026 output").
    ['Tariffs land before Christmas and cut exporters’ 2028 margins.', '2027-10-04', ['2027-10-04', '2027-12-24']],
    ['Insurers file for higher 2028 rates by the end of November.', '2027-10-04', ['2027-10-04', '2027-11-30']],
    ['The board sets 2028-29 quota levels above 40,000 tonnes.', '2027-10-04', null],
    ['Landings rise in 2028 and hold through 2029-30.', '2027-10-04', ['2027-10-04', '2030-12-31']],
    ['The league expands for the 2028-29 season.', '2027-10-04', ['2028-01-01', '2029-12-31']],
    // A part of a year between the article and the year names the noun after it, as "2027 completion dates" do.
    ['The bridge is nearing its late 2028 completion.', '2027-03-02', null],
    ['The bridge opens in late 2028.', '2027-03-02', ['2028-09-01', '2028-12-31']],
    // A modal right after a month makes the month the subject, not a noun's qualifier.
    ['June could bring the third cut in a row.', '2027-03-02', ['2027-06-01', '2027-06-30']],
    ['June retail sales will beat forecasts.', '2027-03-02', null],
    // A half won, covered or led against an opponent is a game's, not the year's.
    ['We like Miami to cover the first half against Boston on Friday.', '2027-03-01', ['2027-03-05', '2027-03-05']],
    // A bare year between an article and its noun names the thing ("a 2027 forecast").
    ['The board adopts a 2028 spending plan by June 30.', '2027-03-01', ['2027-03-01', '2027-06-30']],
    // … unless a verb of meeting a figure measures the outcome against it.
    ['Ford beats its 2027 targets.', '2027-03-01', ['2027-03-01', '2027-12-31']],
    // A month no preposition introduces, set before its noun, names the thing.
    [
      'The CFO warns May shipments will slip before recovering in July and August.',
      '2027-06-03',
      ['2027-07-01', '2027-08-31'],
    ],
  ]);
  windowsByDate([
    // "the year" points back to a whole year named before it only when that year dates something, not a thing it
    // names ("the 2030 engine rules") …
    [
      'Two more makers sign up to the 2030 fuel rules before the end of the year.',
      '2027-03-02',
      ['2027-03-02', '2027-12-31'],
    ],
    // … as it still does after a year of the outcome.
    ['Growth slows next year, to 1.5% at the end of the year.', '2027-03-02', ['2028-01-01', '2028-12-31']],
    // After a verb that sets a figure and its object, "for" + a date names the figure set (as "raises its
    // guidance for 2027" does), not when it is set …
    [
      'The league raises the salary cap by $10 million for 2029 at its July meeting.',
      '2027-03-02',
      ['2027-07-01', '2027-07-31'],
    ],
    ['The board sets the dividend for 2028 by March.', '2027-01-04', ['2027-01-04', '2027-03-31']],
    // … while a figure that moves by itself over the period is still dated by it.
    ['Revenue rises by 5% for 2028.', '2027-03-02', ['2028-01-01', '2028-12-31']],
    // A calendar after its year is a schedule named by the year, as "a 2027 budget" is; "calendar year" is the period.
    ['The league will publish a 2029 calendar next month.', '2027-03-02', ['2027-04-01', '2027-04-30']],
    ['Revenue grows 4% in the 2028 calendar year.', '2027-03-02', ['2028-01-01', '2028-12-31']],
    // A gap, deficit or surplus another noun qualifies is a market's or an economy's, whose figure forecasts.
    ['The copper market deficit for 2028 is 300,000 tonnes, Goldman says.', '2027-03-02', ['2028-01-01', '2028-12-31']],
    ['The output gap for 2028 is 1.5%, the IMF says.', '2027-03-02', ['2028-01-01', '2028-12-31']],
    // A public body's deficit is its budget's.
    ['The city deficit for 2028 is $5 billion.', '2027-03-02', null],
    // A period alone in brackets right after another restates it: it shares that phrase's reading, so a name stays
    // a name …
    ['The bank has lifted its growth forecast for fiscal year 2027 (FY27) to 7%.', '2026-06-01', null],
    ['The agency has cut its output estimate for the second half (H2) by 3%.', '2026-03-02', null],
    // … and a dated outcome keeps its date.
    ['Margins widen in the second half (H2).', '2026-03-02', ['2026-07-01', '2026-12-31']],
    // A date given as the property of a noun that "with" attaches names the date (as "a March 20 launch date" does) …
    [
      'The probe now launches in late 2027, with a provisional launch date of Nov. 9.',
      '2026-10-05',
      ['2027-09-01', '2027-12-31'],
    ],
    [
      'The line opens next year, with an opening date of June 1 pencilled in.',
      '2026-10-05',
      ['2027-01-01', '2027-12-31'],
    ],
    // … while a date the outcome happens at still dates it.
    ['The drug wins approval at its action date of March 2.', '2026-10-05', ['2027-03-02', '2027-03-02']],
    // A month before an acronym and its noun names the thing ("August CDD futures"), as before a plain noun …
    ['A hot June means August CDD futures rally by July 4.', '2026-03-02', ['2026-03-02', '2026-07-04']],
    // … and a month standing alone is still the period.
    ['Rates fall in January as CPI cools.', '2026-11-02', ['2027-01-01', '2027-01-31']],
  ]);
});

describe('a month after "data for" / "report for" names the release, as "the September jobs report" does (rule 7)', () => {
  it.each([
    ['Statistics Canada releases retail sales data for April on Wednesday.', '2023-10-31', null],
    ["Friday's retail sales report for June should show an increase of 0.5 per cent.", '2023-10-31', null],
    ['Retail sales data for June show a rise.', '2023-10-31', null],
    // Counter-cases: the month still dates an outcome that is not a release's name.
    ['Retail sales rise in June.', '2023-10-31', ['2024-06-01', '2024-06-30']],
    ['Exports rise 5% for June.', '2023-10-31', ['2024-06-01', '2024-06-30']],
    ['The agency publishes more data by April.', '2023-10-31', ['2023-10-31', '2024-04-30']],
  ])('%s (published %s)', (text, published, want) => {
    expect(win(text, published)).toEqual(want);
  });
});

describe('a fiscal year right before a measured noun names it, as "2026 output" does (TIME-WINDOWS.md, Not windows)', () => {
  const asIssue = (text: string, published: string) =>
    extractClaims(`What's Moving\n\n- ${text}\n`, { published }).map((c) => c.window && [c.window.start, c.window.end]);
  it.each([
    // The year names the profit, the capex, the sales: no window, so no claim …
    [
      "US tariffs are expected to reduce the group's fiscal 2025 operating profit by 1.45 trillion yen.",
      '2025-11-05',
      null,
    ],
    ["GM's fiscal 2027 capex falls below $9B.", '2026-07-06', null],
    ["GM's FY2027 capex falls below $9B.", '2026-07-06', null],
    ["Toyota's FY3/27 operating profit tops 3.8 trillion yen.", '2026-05-10', null],
    ["Sony's FY 3/27 operating profit tops 1.5 trillion yen.", '2026-05-10', null],
    // … while a fiscal year after its preposition, after the noun, or a part of the year before the noun dates it, and
    // another date still bounds a named quantity.
    ['Profit falls in fiscal 2025.', '2025-11-05', ['2025-11-05', '2025-12-31']],
    ['In fiscal 2026 revenue will top $5B.', '2025-11-05', ['2026-01-01', '2026-12-31']],
    ['2026 output rises by June.', '2025-11-05', ['2025-11-05', '2026-06-30']],
    ['Fiscal 2026 output rises by June.', '2025-11-05', ['2025-11-05', '2026-06-30']],
    ['Apple expects second-quarter fiscal 2026 net sales to rise 13%.', '2026-01-30', ['2026-01-30', '2026-03-31']],
    ['Operating profit falls in FY3/27.', '2026-05-10', ['2026-05-10', '2027-03-31']],
  ])('%s (published %s)', (text, published, want) => {
    expect(win(text, published)).toEqual(want);
    const got = extractClaims(text, { published }).map((c) => c.window && [c.window.start, c.window.end]);
    expect(got).toEqual(want === null ? [] : [want]);
    expect(asIssue(text, published)).toEqual(want === null ? [] : [want]);
  });
});

describe('after a determiner, a month names a noun up to four words on ("its August gross domestic product report")', () => {
  it.each([
    [
      'The agency publishes its August gross domestic product report, and growth slows by June.',
      ['2026-02-09', '2026-06-30'],
    ],
    ['Traders await the October producer price index report; yields fall in December.', ['2026-12-01', '2026-12-31']],
    // With no determiner the reach stays three words, so a month before a verb still dates.
    ['A port strike in October delays holiday apparel shipments.', ['2026-10-01', '2026-10-31']],
  ] as const)('%s', (text, want) => {
    expect(win(text, '2026-02-09')).toEqual(want);
  });
});

describe('a bare month between "the" and a noun picks one of a series ("the July increase"): it dates only alone', () => {
  it.each([
    // Another phrase dates the outcome, so "the July increase" and "the July OSP" only say which one is meant …
    ['We expect the group to skip the July increase on Sunday.', '2026-05-28', ['2026-05-31', '2026-05-31']],
    [
      'Aramco cuts the July OSP to Asia again when it publishes prices in early June.',
      '2026-05-28',
      ['2026-06-01', '2026-06-10'],
    ],
    ['The board approves the March dividend by the end of February.', '2026-01-12', ['2026-01-12', '2026-02-28']],
    // … while alone it dates the outcome (rule 7, as a baseline alone does), an indefinite "a September increase"
    // stays a period beside another, and a meeting's month is its day or month.
    ['We expect the July increase.', '2026-05-28', ['2026-07-01', '2026-07-31']],
    ['Traders anticipate a September increase and a hike in October.', '2026-05-28', ['2026-09-01', '2026-10-31']],
    ['The Fed holds at the July meeting and cuts in September.', '2026-05-28', ['2026-07-29', '2026-09-30']],
  ])('%s (published %s)', (text, published, want) => {
    expect(win(text, published)).toEqual(want);
  });
});

describe('"the <Month> <noun>" is one reading with one noun list: a name gives no date, an occasion its month, a pick its month only alone', () => {
  it.each([
    // Every occasion of the shared list (a sitting, a vote, a deadline, an auction …) keeps its month, as "the July
    // hearing" and "the July meeting" did; before, "plenary" and "auction" were missing from one of two lists.
    ['Traders expect the group to skip the July hearing on Sunday.', '2026-05-28', ['2026-05-31', '2026-07-31']],
    ['We expect the group to skip the July plenary on Sunday.', '2026-05-28', ['2026-05-31', '2026-07-31']],
    ['We expect the bank to skip the July auction on Sunday.', '2026-05-28', ['2026-05-31', '2026-07-31']],
    // A pick of a series still dates only alone, and a name's noun not at all.
    ['We expect the group to skip the July increase on Sunday.', '2026-05-28', ['2026-05-31', '2026-05-31']],
    [
      'Traders await the October producer price index report; yields fall in December.',
      '2026-02-09',
      ['2026-12-01', '2026-12-31'],
    ],
  ])('%s (published %s)', (text, published, want) => {
    expect(win(text, published)).toEqual(want);
  });
});

describe('a fiscal or calendar year between a determiner and its noun names the thing, as a bare year does', () => {
  it.each([
    // "fiscal 2027", "fiscal year 2027", "FY2027" and "CY2027" after a determiner (one adjective may stand between)
    // qualify the noun, as "the 2027 budget" does (TIME-WINDOWS.md "Not windows"): the other phrase dates the outcome.
    ['Congress passes the fiscal 2027 defense bill by Friday.', '2026-09-14', ['2026-09-14', '2026-09-18']],
    ['The FY2027 budget passes by Friday.', '2026-09-14', ['2026-09-14', '2026-09-18']],
    ['The CY2027 physician fee schedule final rule lands by November 1.', '2026-10-05', ['2026-10-05', '2026-11-01']],
    [
      'The House passes the remaining fiscal 2027 appropriations bills by Friday.',
      '2026-09-14',
      ['2026-09-14', '2026-09-18'],
    ],
    ['CMS publishes the final 2027 rate announcement by April 7.', '2026-01-14', ['2026-01-14', '2026-04-07']],
    // A capitalised name of two or three words may stand between the year and its noun.
    [
      'The 2027 Part B premium rises above $215 when CMS announces it in mid-November.',
      '2026-10-05',
      ['2026-11-11', '2026-11-20'],
    ],
    // Still periods: after a preposition, before a period noun, alone or before "to be", and a name before a modal.
    ['Revenue rises in fiscal 2027.', '2026-09-14', ['2027-01-01', '2027-12-31']],
    ['Congress passes a budget in the second half of fiscal 2027.', '2026-09-14', ['2027-04-01', '2027-09-30']],
    ['The company expects fiscal 2027 to be strong.', '2026-09-14', ['2027-01-01', '2027-12-31']],
    ['The 2027 season will be the strongest.', '2026-09-14', ['2027-01-01', '2027-12-31']],
    ['The 2027 US Open will be played in June.', '2026-09-14', ['2027-01-01', '2027-12-31']],
  ])('%s (published %s)', (text, published, want) => {
    expect(win(text, published)).toEqual(want);
  });
});

describe('odds quoted on an event ("+600 to win the Super Bowl") name the betting market, not its day', () => {
  windowsByDate([
    ['The Bills are +600 to win the Super Bowl.', '2025-07-20', null],
    ['Lions at +750 for the Super Bowl is value', '2025-07-20', null],
    ['PSG are 11/8 to win the Champions League final.', '2026-02-09', null],
    // Counter-cases: a call on the event, and "for" with no odds before it, keep its day.
    ['The Bills will win the Super Bowl.', '2025-07-20', ['2026-02-08', '2026-02-08']],
    ['Ticket prices rise 20% for the Super Bowl.', '2025-07-20', ['2026-02-08', '2026-02-08']],
  ]);
});

describe('a fiscal year with no determiner, after a verb and before a plural noun, names those things (rule 7)', () => {
  windowsByDate([
    [
      'Both chambers are expected to consider fiscal year 2026 appropriations bills this month.',
      '2025-09-02',
      ['2025-09-02', '2025-09-30'],
    ],
    ['Congress passes FY2027 defense bills by Friday.', '2025-09-02', ['2025-09-02', '2025-09-05']],
    // Counter-cases: alone it is the period, after a preposition it stays the period, and a measured quantity
    // ("fiscal 2027 comparable sales") is read as before.
    ['Both chambers consider fiscal year 2026 appropriations bills.', '2025-09-02', ['2025-10-01', '2026-09-30']],
    ['In fiscal year 2026 appropriations rise 4% by March.', '2025-09-02', ['2025-09-02', '2026-09-30']],
  ]);
});

// A date noun that is itself a day: the day before it after a preposition of time dates the outcome.
windowTableByDate([
  [
    'Names (rule 7): a day between a preposition of time and a noun that is a date ("its March 28 PDUFA date") dates',
    [
      ['The FDA approves obelitide by its March 28 PDUFA date.', '2026-11-30', '2026-11-30', '2027-03-28'],
      ['Velocitab wins approval on its Dec. 2 PDUFA date.', '2026-11-30', '2026-12-02', '2026-12-02'],
      ['The agency rules on the drug by the December 2 goal date.', '2026-11-30', '2026-11-30', '2026-12-02'],
      ['Shares fall before the Jan. 9 action date.', '2026-11-30', '2026-11-30', '2027-01-08'],
      // … while a date noun with no preposition of time before it, or a year alone, still names the date.
      ['The company has a March 28 PDUFA date for obelitide.', '2026-11-30', null],
      ['The carrier has a June 4 launch date reserved on the range.', '2026-11-30', null],
      ['Sales rise by the 2028 target date.', '2026-11-30', null],
    ],
  ],
]);

describe('guidance "for" a period names the guide: a fronted "For <period>" before a verb of guiding, and "put … for"', () => {
  windowsByDate([
    [
      'For FY3/27 the company guides operating profit of 3.2 trillion yen, which we think is too low.',
      '2026-05-18',
      null,
    ],
    ['For FY2027, Toyota guides operating profit of 3.2 trillion yen.', '2026-05-18', null],
    ['Many put the assumption of 145 yen per dollar for FY3/27.', '2026-05-18', null],
    // Counter-cases: another verb after the fronted period, guidance "in" a period, and a "put" with no article
    // before its object still date.
    ['For fiscal 2027, BHP projects iron ore output of 290 Mt.', '2026-05-18', ['2026-07-01', '2027-06-30']],
    ['Microsoft guides capex flat-to-down in FY27.', '2026-05-18', ['2026-07-01', '2027-06-30']],
    ['For 2027 we expect growth of 3%.', '2026-05-18', ['2027-01-01', '2027-12-31']],
    ['Airlines put on more capacity for summer 2027.', '2026-05-18', ['2027-06-01', '2027-08-31']],
  ]);
});

describe('a month hyphenated to a participle ("March-closing companies") is an adjective of a kind, no period', () => {
  windowsByDate([
    ['Earnings season of March-closing companies is now finishing.', '2026-05-18', null],
    // Counter-cases: the kind's outcome keeps its own date, and a month's end is still the month.
    ['Earnings of March-closing companies rise 10% in 2027.', '2026-05-18', ['2027-01-01', '2027-12-31']],
    ['Sales rise by March-end.', '2026-05-18', ['2026-05-18', '2027-03-31']],
  ]);
});

describe('odds quoted after the event ("to win Super Bowl LXI at +450") name the betting market as odds before it do', () => {
  windowsByDate([
    ['Bills to win Super Bowl LXI at +450.', '2026-12-07', null],
    ['Spain are the favourites to win the World Cup at 5/1 according to the latest odds.', '2025-12-10', null],
    ['Bills to win the Super Bowl (+450).', '2026-12-07', null],
    // Counter-cases: a call on the event with no price, or a figure that is no price, keeps its day.
    ['The Bills win Super Bowl LXI.', '2026-12-07', ['2027-02-14', '2027-02-14']],
    ['The Bills win the Super Bowl at home, up 450 points.', '2026-12-07', ['2027-02-14', '2027-02-14']],
  ]);
});
