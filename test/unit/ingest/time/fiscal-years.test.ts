import { describe, expect, it } from 'vitest';
import { win, windowTable, windows, windowsByDate } from '../helpers.js';
import { extractClaims } from '../../../../src/ingest/index.js';

// Fiscal years: an organisation's own year, its halves and quarters, estimate suffixes and short forms.

windowTable([
  [
    "More conventions: a named organisation's fiscal year, its halves and quarters, and its next fiscal year",
    [
      ['Microsoft will see capex growth slow in the second half of fiscal 2027.', '2027-01-01', '2027-06-30'],
      ['Apple should return to growth in the first quarter of fiscal 2027.', '2026-10-01', '2026-12-31'],
      ['Nvidia expects data-center revenue to double next fiscal year.', '2027-02-01', '2028-01-31'],
      ['Microsoft expects Azure to grow 35% next fiscal year.', '2026-07-01', '2027-06-30'],
      ["India's economy will grow 7% in FY27, the RBI projects.", '2026-04-01', '2027-03-31'],
      ['The OBR expects borrowing to fall in the 2026-27 financial year.', '2026-04-01', '2027-03-31'],
      ['Toyota forecasts record profit in FY2026.', '2026-04-01', '2027-03-31'],
      ['Rapidus ships its first 2nm samples in fiscal 2026.', '2026-04-01', '2027-03-31'],
      ['The federal deficit will top $2 trillion in fiscal 2027, the CBO projects.', '2026-10-01', '2027-09-30'],
      ['Apple will grow revenue in H1 of fiscal 2027.', '2026-10-01', '2027-03-31'],
      ['Sales will rise 5% in fiscal 2027.', '2027-01-01', '2027-12-31'],
    ],
  ],
]);

describe('an estimate suffix on a fiscal period ("FY24E", "2HFY23E") is the same period', () => {
  it.each([
    ['Margins will rise in FY24E.', '2022-11-28', ['2024-01-01', '2024-12-31']],
    ['Margins will rise in FY2024E.', '2022-11-28', ['2024-01-01', '2024-12-31']],
    ['Margins will rise in 2HFY23E.', '2022-11-28', ['2023-07-01', '2023-12-31']],
    ['Earnings recover in H1 FY25E and FY26E.', '2024-02-01', ['2025-01-01', '2026-12-31']],
    // Without the suffix, as before; a longer tail is no suffix.
    ['Margins will rise in FY24.', '2022-11-28', ['2024-01-01', '2024-12-31']],
    ['Margins will rise in FY24EX.', '2022-11-28', null],
  ])('%s (published %s)', (text, published, want) => {
    expect(win(text, published)).toEqual(want);
  });
});

describe('a bracketed short form of the same part ("the first quarter (Q1) of FY26") restates it', () => {
  it.each([
    ['In the second quarter (Q2) of FY27, the firm expects a loss.', '2026-03-02', ['2027-04-01', '2027-06-30']],
    ['Sales will rise in the second half (2H) of 2027.', '2026-03-02', ['2027-07-01', '2027-12-31']],
    ['Sales will rise in the third quarter (3Q) 2027.', '2026-03-02', ['2027-07-01', '2027-09-30']],
    // A bracket that names another part is no restatement: the year is not joined to the half.
    ['Sales will rise in the second half (Q2) of 2027.', '2026-03-02', ['2026-07-01', '2027-12-31']],
    ['Sales will rise in the third quarter of 2027.', '2026-03-02', ['2027-07-01', '2027-09-30']],
  ])('%s (published %s)', (text, published, want) => {
    expect(win(text, published)).toEqual(want);
  });
});

describe('fiscal phrases (a half or quarter glued to its fiscal year, or written after it, is that part of it)', () => {
  it.each([
    ['Margins recover in H2FY27.', '2025-10-20', ['2027-07-01', '2027-12-31']],
    ['Margins recover in 2HFY27.', '2025-10-20', ['2027-07-01', '2027-12-31']],
    ['Volumes bottom in Q3FY26.', '2025-10-20', ['2026-07-01', '2026-09-30']],
    ['Volumes bottom in FY27 H1.', '2025-10-20', ['2027-01-01', '2027-06-30']],
    ['Volumes bottom in FY27 Q2.', '2025-10-20', ['2027-04-01', '2027-06-30']],
    // The organisation's calendar still applies (Microsoft FY27 = Jul 2026 – Jun 2027, Nvidia FY27 = Feb 2026 – Jan 2027).
    ['Microsoft capex peaks in FY27 H1.', '2025-10-20', ['2026-07-01', '2026-12-31']],
    ['Nvidia revenue tops $90bn in 1QFY27.', '2025-10-20', ['2026-02-01', '2026-04-30']],
    // There is no third half, and a bare fiscal year stays whole.
    ['Margins recover in H3FY27.', '2025-10-20', null],
    ['Margins recover in FY27.', '2025-10-20', ['2027-01-01', '2027-12-31']],
  ])('%s (published %s)', (text, published, want) => {
    expect(win(text, published)).toEqual(want);
  });
});

describe('fiscal years in more wording (TIME-WINDOWS.md "Fiscal years", by analogy)', () => {
  windows([
    // A bare quarter listed right after a quarter of a named fiscal year is a quarter of that fiscal year.
    ['The RBI sees growth of 7% in Q2 FY27 and 6.8% in Q3.', '2026-05-01', ['2026-07-01', '2026-12-31']],
    [
      'The RBI sees inflation at 3% in Q3 FY27, 4% in Q4 and 4.5% in Q1 FY28.',
      '2026-10-01',
      ['2026-10-01', '2027-06-30'],
    ],
    ['Sales rise 3% in Q4 and 4% in Q1.', '2026-10-01', ['2026-10-01', '2027-03-31']],
  ]);
  windowsByDate([
    // A bare "fiscal" closing its noun phrase after a determiner is the fiscal year (with no organisation named, the
    // calendar year, as "fiscal 2027" is) …
    ['The company expects to return to profit by next fiscal.', '2026-05-14', ['2026-05-14', '2027-12-31']],
    ['Microsoft sees capacity stay tight through the current fiscal.', '2026-01-12', ['2026-01-12', '2026-06-30']],
    // … while "fiscal" before its own noun is no year.
    ['The state tightens this fiscal stance by June.', '2026-03-02', ['2026-03-02', '2026-06-30']],
    // "the 2018 fiscal year" is "fiscal 2018": the calendar of the organisation named, else the calendar year …
    ['Nintendo sells 20 million consoles in the 2018 fiscal year.', '2018-01-03', ['2018-04-01', '2019-03-31']],
    ['Revenue rises in the 2027 fiscal year.', '2026-05-04', ['2027-01-01', '2027-12-31']],
    // … as "fiscal 2027" is.
    ['Revenue rises in fiscal 2027.', '2026-05-04', ['2027-01-01', '2027-12-31']],
    // "the upcoming fiscal year" is the next one, as "the coming fiscal year" is …
    ['The city will post a deficit in the upcoming fiscal year.', '2025-09-25', ['2026-01-01', '2026-12-31']],
    ['The city will post a deficit in the coming fiscal year.', '2025-09-25', ['2026-01-01', '2026-12-31']],
    // … while "this" and "the current" fiscal year stay current, and "upcoming" before another noun is no year.
    ['The city will post a deficit in the current fiscal year.', '2025-09-25', ['2025-09-25', '2025-12-31']],
    ['The upcoming fiscal cliff hits markets in March.', '2025-09-25', ['2026-03-01', '2026-03-31']],
    // "the next fiscal year, ending March 2027": the month it ends, set off by a comma, says which year is meant …
    ['Sales grow in the next fiscal year, ending March 2027.', '2026-05-11', ['2026-05-11', '2027-03-31']],
    // … and a forecast that opens the sentence after "In", its forecaster then stating what it predicts, sets the
    // period of the prediction …
    [
      'In its forecast for the next fiscal year, ending March 2027, the studio predicts that it will ship 5 million copies.',
      '2026-05-11',
      ['2026-05-11', '2027-03-31'],
    ],
    ['In its outlook for 2027, the agency expects demand to rise 2%.', '2026-05-11', ['2027-01-01', '2027-12-31']],
    // … while a forecast named elsewhere, or one whose sentence predicts nothing, is still named by its period.
    ['In its forecast for 2027, the agency said stocks are high.', '2026-05-11', null],
    ['The company raised its forecast for the next fiscal year, ending March 2027.', '2026-05-11', null],
  ]);
});

describe('a US federal department or agency named keeps the federal year; a year named by the month it starts', () => {
  it.each([
    // The department or agency a sentence names takes the federal year, October to September, as "federal" does …
    ['USDA expects farm exports to reach $173 billion in FY2026.', '2025-12-10', ['2025-12-10', '2026-09-30']],
    [
      'Exports fall in fiscal 2025, according to a report from the Ag Department.',
      '2025-02-26',
      ['2025-02-26', '2025-09-30'],
    ],
    ['The U.S. Navy gets 19 ships in fiscal year 2026.', '2025-12-20', ['2025-12-20', '2026-09-30']],
    ['HHS cuts its discretionary budget below $90 billion in fiscal 2027.', '2026-10-05', ['2026-10-05', '2027-09-30']],
    // … but a plain year or a split marketing year beside it stays the calendar (a federal year is named by one year).
    ['USDA forecasts $42.4 billion in grain exports for 2026.', '2026-03-02', ['2026-03-02', '2026-12-31']],
    ['USDA sees corn prices weak in 2026-27.', '2026-02-19', ['2026-02-19', '2027-12-31']],
    ['A company without a row grows 5% in fiscal 2026.', '2025-12-10', ['2026-01-01', '2026-12-31']],
    // "fiscal 2026, which starts Oct. 1": the twelve months from that month, named by the year they end in …
    ['The deficit drops in fiscal 2026, which starts Oct. 1.', '2025-08-29', ['2025-10-01', '2026-09-30']],
    ['Sales rise in fiscal 2027, which begins in July.', '2026-05-04', ['2026-07-01', '2027-06-30']],
    // … "the year that begins in April 2026" and "the next fiscal year starting April" likewise …
    ['A surplus is expected for the year that begins in April 2026.', '2023-07-25', ['2026-04-01', '2027-03-31']],
    [
      'For the next fiscal year starting April, the balance is expected to improve.',
      '2026-01-22',
      ['2026-04-01', '2027-03-31'],
    ],
    // … while a day other than the first, or a start that is not a month, is no such year.
    // A year with no number set off by ", which starts / begins" is the twelve months from that month, the nearest
    // not yet over; "which began" looks back and is left alone.
    ["The agency's fiscal year, which starts Oct. 1, will see cuts of 5%.", '2026-03-02', ['2026-10-01', '2027-09-30']],
    ['The fiscal year, which begins Oct. 1, will bring cuts of 5%.', '2026-03-02', ['2026-10-01', '2027-09-30']],
    ['Cuts will come in the fiscal year starting April 2027.', '2026-03-02', ['2027-04-01', '2028-03-31']],
    ['Sales rise in the year starting Sept. 15.', '2026-05-04', ['2026-09-15', '2027-09-14']],
    ['Sales rise next fiscal year.', '2026-05-04', ['2027-01-01', '2027-12-31']],
  ])('%s (published %s)', (text, published, want) => {
    expect(win(text, published)).toEqual(want);
  });
});

describe("another country's department or a company whose name starts with an agency's acronym is not the US federal year", () => {
  const P = '2026-03-02';
  const CAL = ['2027-01-01', '2027-12-31'];
  const FED = ['2026-10-01', '2027-09-30'];
  it.each([
    // A country's possessive before the name, or "in <country>" after it, names that country's body, a row of its own
    // or none (TIME-WINDOWS: an organisation not known stays calendar) …
    ["The Philippines' Department of Agriculture expects rice imports to fall in fiscal 2027.", CAL],
    // (South Africa's government year has a row of its own, April–March.)
    ["South Africa's Department of Energy will tender 2 GW in fiscal 2027.", ['2026-04-01', '2027-03-31']],
    ['The EPA in Ireland expects emissions to fall in fiscal 2027.', CAL],
    ["Canada's federal deficit will narrow in fiscal 2027.", CAL],
    ["Germany's federal budget will shrink in fiscal 2027.", CAL],
    ["India's Department of Agriculture expects rice imports to fall in fiscal 2027.", ['2026-04-01', '2027-03-31']],
    // … an acronym before a company word is the company's name …
    ['CMS Energy expects earnings to grow 7% in fiscal 2027.', CAL],
    // … while the US's own possessive, or none, keeps the federal year, and a company's row keeps its year whoever's
    // possessive stands before it.
    ["America's federal deficit will narrow in fiscal 2027.", FED],
    ['The Department of Agriculture expects rice imports to fall in fiscal 2027.', FED],
    ['CMS expects spending to grow in fiscal 2027.', FED],
    ["Ireland's Microsoft unit expects sales to rise in fiscal 2027.", ['2026-07-01', '2027-06-30']],
  ])('%s', (text, want) => {
    expect(win(text, P)).toEqual(want);
    for (const got of [
      extractClaims(text, { published: P }),
      extractClaims(`What's Moving\n\n- ${text}\n`, { published: P }),
    ])
      expect(got.map((c) => c.window && [c.window.start, c.window.end])).toEqual([want]);
  });
});

describe('two fiscal years written in full of a calendar named by its start ("fiscal 2025-2026" for Japan) are both', () => {
  it.each([
    // Japan names a fiscal year by the year it starts, so "fiscal 2025-2026" is fiscal 2025 through fiscal 2026 …
    [
      'The Japanese government will push back its primary surplus target to fiscal 2025-2026.',
      '2025-06-03',
      ['2025-06-03', '2027-03-31'],
    ],
    // … while "fiscal 2025–26" is the one year, and India's and the UK's split years (named by their end) are one year.
    [
      'Toyota expects a 21% decline in operating income for fiscal 2025–26.',
      '2025-05-08',
      ['2025-05-08', '2026-03-31'],
    ],
    ["India's deficit will narrow in fiscal 2026-2027.", '2026-03-02', ['2026-04-01', '2027-03-31']],
    ["India's deficit will narrow in fiscal 2026-27.", '2026-03-02', ['2026-04-01', '2027-03-31']],
    ['The UK deficit will narrow in fiscal 2026-27.', '2026-03-02', ['2026-04-01', '2027-03-31']],
  ])('%s (published %s)', (text, published, want) => {
    expect(win(text, published)).toEqual(want);
  });
});

describe('companies whose years end in July (Palo Alto Networks) or September (National Fuel) are rows of the table', () => {
  it.each([
    // Palo Alto Networks' fiscal 2026 runs from August 2025 to July 2026; its second half is February–July 2026.
    [
      'The purchase is expected to close in the second half of Palo Alto Networks’ fiscal 2026.',
      '2025-11-20',
      ['2026-02-01', '2026-07-31'],
    ],
    ['PANW guides to 15% revenue growth in fiscal 2027.', '2026-02-16', ['2026-08-01', '2027-07-31']],
    // National Fuel Gas's fiscal 2028 runs from October 2027 to September 2028.
    [
      "The deal is expected to be accretive to National Fuel's earnings by fiscal year 2028.",
      '2025-10-23',
      ['2025-10-23', '2028-09-30'],
    ],
    ['National Fuel Gas expects its rate base to double in fiscal 2027.', '2025-10-23', ['2026-10-01', '2027-09-30']],
    // The city of Palo Alto and another "National" company are not those rows: calendar years.
    ["Palo Alto's city council expects a surplus in fiscal 2026.", '2025-11-20', ['2026-01-01', '2026-12-31']],
    ['National Grid expects its bills to fall in fiscal 2027.', '2025-11-20', ['2027-01-01', '2027-12-31']],
  ])('%s (published %s)', (text, published, want) => {
    expect(win(text, published)).toEqual(want);
  });
});

describe('the owner between "of" and a fiscal year may be several words, plural or "its" ("half of Palo Alto Networks\' fiscal 2026")', () => {
  it.each([
    // The owner's name, a plural possessive, "the Company's" (no company named: calendar periods) or "its".
    [
      'The Company expects the Merger to close in the fourth quarter of the Company’s fiscal 2025.',
      '2024-12-11',
      ['2025-10-01', '2025-12-31'],
    ],
    ['Revenue falls in the second half of its fiscal 2027.', '2025-11-20', ['2027-07-01', '2027-12-31']],
    ["Revenue falls in the second half of the company's fiscal 2027.", '2025-11-20', ['2027-07-01', '2027-12-31']],
    [
      'Margins widen in the first quarter of the Tokyo group’s fiscal 2027.',
      '2025-11-20',
      ['2027-01-01', '2027-03-31'],
    ],
    // A one-word owner, as before; a capitalised word that is no possessive is no owner.
    ["Revenue falls in the second half of Apple's fiscal 2027.", '2025-11-20', ['2027-04-01', '2027-09-30']],
    ['Revenue falls in the second half of Strong fiscal 2027 guidance.', '2025-11-20', null],
  ])('%s (published %s)', (text, published, want) => {
    expect(win(text, published)).toEqual(want);
  });
});

describe('BHP, Fortescue and Qantas report on July–June years named by their end (calendars table)', () => {
  windowsByDate([
    [
      'For fiscal 2026, BHP projects iron ore output between 284 Mt and 296 Mt.',
      '2025-07-17',
      ['2025-07-17', '2026-06-30'],
    ],
    ['Fortescue ships 200 Mt of iron ore in fiscal 2026.', '2025-05-22', ['2025-07-01', '2026-06-30']],
    ['Qantas grows domestic capacity 4% in FY27.', '2026-03-02', ['2026-07-01', '2027-06-30']],
    // Counter-cases: a calendar half or year beside the company stays the calendar's, and with no company named
    // "fiscal 2026" is calendar 2026.
    ['Qantas Loyalty grows EBIT 10% in the first half of 2026.', '2025-10-17', ['2026-01-01', '2026-06-30']],
    ['BHP ships more copper in 2027.', '2026-03-02', ['2027-01-01', '2027-12-31']],
    ['The mining giant ships 200 Mt of iron ore in fiscal 2026.', '2025-07-24', ['2026-01-01', '2026-12-31']],
  ]);
});

describe('a half or quarter "of the <year> fiscal / financial year" is that part of the fiscal year', () => {
  windowsByDate([
    [
      'Qantas expects domestic unit revenue to rise 3% in the first half of the 2026 fiscal year.',
      '2025-10-17',
      ['2025-10-17', '2025-12-31'],
    ],
    [
      "Microsoft's cloud revenue grows 30% in the second half of the 2027 fiscal year.",
      '2026-01-20',
      ['2027-01-01', '2027-06-30'],
    ],
    // With no organisation named the fiscal year is the calendar year, and its half the calendar half.
    [
      'The permit is expected to be submitted in the second half of the 2026 financial year.',
      '2026-01-20',
      ['2026-07-01', '2026-12-31'],
    ],
    // Counter-cases: a half of a season or of a bare year keeps its reading.
    ['Sales rise in the first half of 2026.', '2026-01-20', ['2026-01-20', '2026-06-30']],
    ['Qantas adds capacity in the 2026 fiscal year.', '2025-10-17', ['2025-10-17', '2026-06-30']],
  ]);
});

describe("South Africa's (April–March) and Kenya's (July–June) government years, named by the year they end", () => {
  it.each([
    [
      'Kenya expects its budget deficit to widen to 5.3% of GDP in the 2026/27 financial year.',
      ['2026-07-01', '2027-06-30'],
    ],
    ["South Africa's Treasury projects the deficit at 4.2% of GDP in 2027/28.", ['2027-04-01', '2028-03-31']],
    ['Kenyan tax revenue rises 10% in fiscal 2027.', ['2026-07-01', '2027-06-30']],
    ['The SARB expects its dividend to the Treasury to fall in FY2027.', ['2026-04-01', '2027-03-31']],
    // … while a calendar year stays the calendar's, and a split year with neither named two calendar years.
    ['South African inflation averages 3.1% in 2027.', ['2027-01-01', '2027-12-31']],
    ['Nigeria expects its deficit to narrow in 2026/27.', ['2026-02-11', '2027-12-31']],
  ] as const)('%s', (text, want) => {
    expect(win(text, '2026-02-11')).toEqual(want);
  });
});

describe("a fiscal year's end or run stated in the present defines its months, no outcome's date", () => {
  it.each([
    ['Micron, whose fiscal year ends in late August, guided revenue to a record $14.2 billion.', '2026-11-02', null],
    [
      'Its FY2026 ends in March, and we expect a second upgrade with the Q3 results in February.',
      '2026-11-02',
      ['2027-02-01', '2027-02-28'],
    ],
    ['The fiscal year runs April to March, so the 2025-26 deficit came in at $78.3 billion.', '2026-10-20', null],
    ['Its fiscal year ends in late August, and sales rise in 2027.', '2026-11-02', ['2027-01-01', '2027-12-31']],
    // Counter-cases: a deadline pointed at the year's end, and another term's end, still date.
    ['We expect a downgrade before the fiscal year ends in March.', '2026-11-02', ['2026-11-02', '2027-03-31']],
    ['The tariff pause expires on July 9, and prices will jump.', '2026-05-04', ['2026-07-09', '2026-07-09']],
  ] as const)('%s (published %s)', (text, published, want) => {
    expect(win(text, published)).toEqual(want);
  });
});
