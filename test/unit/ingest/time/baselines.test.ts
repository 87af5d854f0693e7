import { describe, expect, it } from 'vitest';
import { DEFAULT_CALENDARS, findWindow } from '../../../../src/ingest/index.js';
import { win, windowPairTable, windowTable, windowTableByDate, windows, windowsByDate } from '../helpers.js';

// Backward-looking dates: baselines, comparisons and the date of a saying do not bound the outcome (rule 7).

// The publication date the pair tables' rows are labelled for.
const P = '2026-02-09';

windowTableByDate([
  [
    'Not windows: a result measured against an expectation ("than expected") is no forecast',
    [
      ['The deficit came in far better than expected in January.', '2026-02-09', null],
      [
        'Borrowing will be higher over the next two years than expected six months ago.',
        '2026-02-09',
        '2026-02-09',
        '2028-02-09',
      ],
    ],
  ],
  [
    'Rule 7 (backward-looking dates): "up on the first quarter", "matching the second quarter" are baselines',
    [
      [
        'Shipments reach 12,000 in the third quarter, up on the first quarter and matching the second quarter.',
        '2026-02-09',
        '2026-07-01',
        '2026-09-30',
      ],
    ],
  ],
  [
    'Rule 7 (backward-looking spans and baselines): a superlative a compound noun away, "up from X … in <month>"',
    [
      [
        'The first interest-rate hike in over a decade comes at the March 18 meeting.',
        '2026-02-09',
        '2026-03-18',
        '2026-03-18',
      ],
      [
        'Support reaches 76% in March, up from 22 percent of respondents in January.',
        '2026-02-09',
        '2026-03-01',
        '2026-03-31',
      ],
    ],
  ],
  [
    'Not windows: the period after "than in" is the baseline of a comparison',
    [['Growth will be stronger in the second half than in the first half.', '2026-02-09', '2026-07-01', '2026-12-31']],
  ],
  [
    'Not windows (past states): the date right after "said" dates the saying, not the forecast',
    [
      [
        '"Margins will recover by the third quarter," the chief executive said in January.',
        '2026-02-09',
        '2026-02-09',
        '2026-09-30',
      ],
    ],
  ],
  [
    'Not windows: a date named as someone else’s schedule or baseline',
    [
      [
        'We expect the line to open in the second half of 2027, well ahead of the 2029 date the ministry gave.',
        '2026-02-09',
        '2027-07-01',
        '2027-12-31',
      ],
    ],
  ],
  [
    'Rule 7: "so far in", "to date in" look backward',
    [
      ['The fund holds 12 names so far in 2026, and adds two more by June.', '2026-02-09', '2026-02-09', '2026-06-30'],
      ['Sales total 40 units thus far this year and reach 90 by June.', '2026-02-09', '2026-02-09', '2026-06-30'],
      [
        'Inflows total $3bn to date in 2026 and reach $5bn by the end of March.',
        '2026-02-09',
        '2026-02-09',
        '2026-03-31',
      ],
    ],
  ],
]);

windowPairTable([
  [
    'Rule 7: the date of a saying ("predicted at the end of January") and a "whatever …" concession do not count',
    [
      ['The strategist predicted at the end of January that stocks would rise by June.', P, '2026-06-30'],
      ['The rally is over, whatever the bulls say this week.', null],
    ],
  ],
]);

windowTable([
  [
    'Rule 7, backward-looking and comparative dates: "the same as 2026", "than usual" do not bound',
    [
      ['Demand grows 3% in 2027, the same as 2026.', '2027-01-01', '2027-12-31'],
      ['Output is more volatile than usual this summer.', '2026-06-01', '2026-08-31'],
    ],
  ],
]);

describe('a month set before the saying dates the saying (rule 7: backward-looking dates)', () => {
  const PUB = '2026-03-10';
  const win = (text: string) => {
    const w = findWindow(text, PUB, { calendars: DEFAULT_CALENDARS });
    return w && [w.start, w.end];
  };

  it.each([
    // "In February, the IMF said …": a fronted month (or weekday) with only the speaker before the reporting verb is
    // the date of the saying, as "said in February" is …
    ['In February, the IMF said Germany would grow 1% in 2026.', ['2026-03-10', '2026-12-31']],
    ['In January, Tesla said it would launch the Cybercab in April.', ['2026-04-01', '2026-04-30']],
    ['In early February, Tesla said it would launch the Cybercab in April.', ['2026-04-01', '2026-04-30']],
    // … while a fronted month of the forecast itself still dates it.
    ['In June, the Fed will cut rates.', ['2026-06-01', '2026-06-30']],
    ['In June, we expect the Fed to cut, Powell said.', ['2026-06-01', '2026-06-30']],
  ] as const)('%s', (text, expected) => {
    expect(win(text)).toEqual(expected);
  });
});

describe('a figure "it projected at its <month> meeting" is dated by that meeting (rule 7: a figure\'s earlier forecast)', () => {
  const PUB = '2026-03-10';
  const win = (text: string) => {
    const w = findWindow(text, PUB, { calendars: DEFAULT_CALENDARS });
    return w && [w.start, w.end];
  };

  it.each([
    // The body's own meeting, after a finite expectation of a figure, is when that forecast was made …
    [
      'The Fed now expects core inflation of 2.5% in 2027, up from the 2.2% it projected at its September meeting.',
      ['2027-01-01', '2027-12-31'],
    ],
    [
      'The ECB sees inflation at 2% in 2027, below the 2.3% it projected at its March meeting.',
      ['2027-01-01', '2027-12-31'],
    ],
    [
      'The Fed now sees two cuts in 2027, versus the three it projected at its December meeting.',
      ['2027-01-01', '2027-12-31'],
    ],
    // … while a call for the meeting itself still dates the outcome.
    ['The Fed will cut at its September meeting.', ['2026-09-16', '2026-09-16']],
  ] as const)('%s', (text, expected) => {
    expect(win(text)).toEqual(expected);
  });
});

describe('time phrases (rule 7: an amount measured against an earlier one is a baseline)', () => {
  it.each([
    // ", following <amount> in <date>" and "compared with <amount> in <date>" date the earlier amount, as "up from" does …
    [
      'Capex rises to $30 billion in 2027, following $25 billion to $26 billion in 2026.',
      '2026-03-02',
      ['2027-01-01', '2027-12-31'],
    ],
    ['Margins reach 6% in 2027, compared with 4.5% in 2026.', '2026-03-02', ['2027-01-01', '2027-12-31']],
    // … while without an amount the other date still counts where it bounds the outcome …
    ['Rates will be cut in June, following a pause in April.', '2026-03-02', ['2026-06-01', '2026-06-30']],
    // … and an amount after "following" with no comma before it is no comparison.
    ['The fund will invest $5 billion following 3 approvals in 2027.', '2026-03-02', ['2027-01-01', '2027-12-31']],
  ])('%s (published %s)', (text, published, want) => {
    expect(win(text, published)).toEqual(want);
  });
});

describe('baselines ("from 4.5% of GDP in 2025/26": the whole a share is of stands between the level and its date)', () => {
  it.each([
    [
      'Debt is projected to fall from 97% of GDP in 2026 to 91% of GDP in 2029.',
      '2025-10-20',
      ['2029-01-01', '2029-12-31'],
    ],
    ['The deficit narrows from 5.1% of output in 2026 to 3% in 2028.', '2025-10-20', ['2028-01-01', '2028-12-31']],
    // "to" a share is the forecast's level, not a baseline.
    ['Spending rises to 3% of GDP in 2027.', '2025-10-20', ['2027-01-01', '2027-12-31']],
  ])('%s (published %s)', (text, published, want) => {
    expect(win(text, published)).toEqual(want);
  });
});

describe('baselines (the noun phrase after a comparative\'s "than" may be a long one)', () => {
  it.each([
    [
      "Borrowing hits £90bn in 2027, about £60bn higher than the fiscal watchdog's central deficit forecast of £30bn in March.",
      '2025-10-20',
      ['2027-01-01', '2027-12-31'],
    ],
    // With no other date the period after "than" still dates the sentence (rule 7's "unless nothing else is dated").
    [
      'Revenue comes in higher than the company’s own guidance of $4bn for the fourth quarter.',
      '2025-10-20',
      ['2025-10-20', '2025-12-31'],
    ],
  ])('%s (published %s)', (text, published, want) => {
    expect(win(text, published)).toEqual(want);
  });
});

describe('"a year earlier" sets a comparison point, so a deadline after it stays (only a plan\'s "earlier" gives a date up)', () => {
  it.each([
    ['Toy prices rise at least 8% from a year earlier by Christmas.', '2026-10-19', ['2026-10-19', '2026-12-25']],
    ['Exports climb 5% from three months earlier by June.', '2026-01-12', ['2026-01-12', '2026-06-30']],
    // A plan's "earlier" still gives its date up.
    ['The earlier target of March is gone; we expect May.', '2026-01-12', ['2026-05-01', '2026-05-31']],
  ])('%s (published %s)', (text, published, want) => {
    expect(win(text, published)).toEqual(want);
  });
});

describe('"for the first time this year" counts a record, so it dates the outcome only when nothing else does', () => {
  it.each([
    ['The Fed cuts next week for the first time this year.', '2025-09-12', ['2025-09-15', '2025-09-21']],
    ['Exports shrink in 2027 for the first time in the decade.', '2026-01-12', ['2027-01-01', '2027-12-31']],
    ['The Fed cuts for the first time this year.', '2025-09-12', ['2025-09-12', '2025-12-31']],
  ])('%s (published %s)', (text, published, want) => {
    expect(win(text, published)).toEqual(want);
  });
});

describe('baselines, comparisons and the date of a saying in more wording (rule 7, by analogy)', () => {
  windows([
    // A period after a verb of change and "from" is the baseline when another phrase dates the outcome.
    ['Third-quarter sales are expected to slow from the second quarter.', '2027-05-03', ['2027-07-01', '2027-09-30']],
    ['Sales slow from the third quarter in the fourth quarter.', '2027-05-03', ['2027-10-01', '2027-12-31']],
    ['Rents rise from 2028.', '2027-05-03', ['2028-01-01', '2028-12-31']],
    ['Rents rise from March to June.', '2027-05-03', ['2027-05-03', '2027-06-30']],
    // A starting level priced per unit ("from US$90 a barrel in the second quarter") is a baseline (rule 7).
    [
      'Brent falls from US$90 a barrel in the second quarter to US$75 this time next year.',
      '2027-05-03',
      ['2028-05-01', '2028-05-31'],
    ],
    ['Brent falls to US$75 a barrel in the fourth quarter.', '2027-05-03', ['2027-10-01', '2027-12-31']],
    ['The bank cuts its rate to 3.75 per cent from 4 per cent on 4 June.', '2027-05-03', ['2027-06-04', '2027-06-04']],
    // The period after "similar / same … as" is the baseline compared with (rule 7), unlike "as early as".
    ['Exports grow 5% in 2029, a similar gain as 2028.', '2027-10-04', ['2029-01-01', '2029-12-31']],
    ['The mine restarts as early as 2029.', '2027-10-04', ['2029-01-01', '2029-12-31']],
    // A figure's earlier forecast, with its agent, is dated by when it was made.
    [
      'Rates will hit 4% by the end of the year, above the 3.5% projected by the bank in June.',
      '2027-10-04',
      ['2027-10-04', '2027-12-31'],
    ],
    ['Growth of 3% is projected by the IMF in 2028.', '2027-10-04', ['2028-01-01', '2028-12-31']],
    // "from" a level after a duration is the baseline, not an anchor the duration is tied to.
    ['Joblessness rises to 5% in a year from its current 4.1% level.', '2027-10-04', ['2027-10-04', '2028-10-04']],
    ['Sales double in a year from the merger.', '2027-10-04', null],
    // "…, <Forecaster> forecast <date>" is the saying's date, as after "said"; "will forecast" is no saying.
    ['Premiums double in 2035, the Swiss Re Institute forecast this week.', '2027-10-04', ['2035-01-01', '2035-12-31']],
    ['The agency will forecast a rebound next week.', '2027-10-04', ['2027-10-11', '2027-10-17']],
    // A period inside the noun phrase after a comparative's "than" is the baseline when another phrase dates it.
    [
      'Output will rise 3% in 2028, faster than the 2% gain for the current year.',
      '2027-03-02',
      ['2028-01-01', '2028-12-31'],
    ],
    ['Sales will grow faster than the economy in 2028.', '2027-03-02', ['2028-01-01', '2028-12-31']],
    ['Sales will rise more than 20% by 2028.', '2027-03-02', ['2027-03-02', '2028-12-31']],
    // Rule 7: "from X" after a verb of change is a baseline only when another phrase dates the outcome; when every
    // phrase is such a "from", they date it (as a lone "from June" does).
    ['Prices will fall from June, and rents will rise from December.', '2027-03-02', ['2027-06-01', '2027-12-31']],
    ['Rents will rise from 2028 as wages climb from 2029.', '2027-03-02', ['2028-01-01', '2029-12-31']],
    [
      'In the fourth quarter, growth will accelerate from the third quarter.',
      '2027-03-02',
      ['2027-10-01', '2027-12-31'],
    ],
    // A date after "of <noun> from" with the clause's verb right after it says where the thing comes from, so it
    // dates the outcome only when nothing else does …
    [
      'Demand will tumble next year as the front-loading of cargo from 2025 fades out.',
      '2025-12-01',
      ['2026-01-01', '2026-12-31'],
    ],
    ['The share of cargo from 2027 rises.', '2025-12-01', ['2027-01-01', '2027-12-31']],
    // … while a range, a verb of change, or "from" after a verb keeps its reading.
    [
      'Imports will fall next year, and the supply of cargo from 2027 to 2029 doubles.',
      '2025-12-01',
      ['2026-01-01', '2029-12-31'],
    ],
    [
      'Shipments will resume from 2027 as the supply of cargo recovers next year.',
      '2025-12-01',
      ['2026-01-01', '2027-12-31'],
    ],
    // "said this week" dates the saying, not the forecast it reports.
    [
      'Airbus said this week that it expects the first delivery in the fourth quarter.',
      '2027-03-01',
      ['2027-10-01', '2027-12-31'],
    ],
    // So does a day right after the report that carried the saying ("said in its updated forecast on Tuesday") …
    [
      'Monsoon rains from June to September will be above normal, the agency said in its updated long-range forecast on Tuesday.',
      '2025-05-27',
      ['2025-06-01', '2025-09-30'],
    ],
    [
      'Prices will rise 5% in 2027, the bank said in its quarterly report on Monday.',
      '2025-05-27',
      ['2027-01-01', '2027-12-31'],
    ],
    // … but not a date after a "that" clause, or a report with no date of its own.
    ['The bank said in its report that rates would be cut in June.', '2025-05-27', ['2025-06-01', '2025-06-30']],
    ['The bank said in its report rates would be cut in June.', '2025-05-27', ['2025-06-01', '2025-06-30']],
    ['The bank said in a statement that it will cut rates on Friday.', '2025-05-27', ['2025-05-30', '2025-05-30']],
  ]);
  windowsByDate([
    // A clause after "than" with a pronoun and a past auxiliary is the comparison's baseline: its past tense and
    // dates are its own, not the forecast's.
    [
      'Both chains open 40 more stores before Christmas than they did last year.',
      '2027-03-02',
      ['2027-03-02', '2027-12-24'],
    ],
    ['Sales rise more in 2028 than they did in 2027.', '2027-03-02', ['2028-01-01', '2028-12-31']],
    ['Prices were higher in March than they were last year.', '2027-05-03', null],
    // A starting level's period is a baseline (rule 7) also when no preposition introduces the period …
    ['Inflation cools from 4.1% this year to 2.9% in 2027.', '2026-03-02', ['2027-01-01', '2027-12-31']],
    ['Unemployment rises from 4% this year to 5% next year.', '2026-04-06', ['2027-01-01', '2027-12-31']],
    // … while a figure that is not a starting level leaves the period dating the outcome.
    ['Inflation cools to 2.9% this year.', '2026-03-02', ['2026-03-02', '2026-12-31']],
    // Rivals compared within a period leave the period the forecast's …
    ['Netflix wins more Emmys than any other network this year.', '2026-03-02', ['2026-03-02', '2026-12-31']],
    // … while a period compared with is the baseline (rule 7).
    ['Prices are higher than at any point in 2025.', '2026-03-02', null],
  ]);
});

describe('a part of a named year ("early this year") is no look-back span, even after a superlative (rule 7)', () => {
  it.each([
    ['The first cargo ships early this year.', '2016-01-15', ['2016-01-15', '2016-04-30']],
    ['The first cargo ships late next year.', '2016-01-15', ['2017-09-01', '2017-12-31']],
    // Counter-cases: a count of time after a superlative still looks back, and a past clause states the past.
    ['Output posts its biggest drop in six months.', '2016-01-15', null],
    ['The first rate cut in three years came early this year.', '2016-01-15', null],
    ['The first cargo left early this year.', '2016-01-15', null],
    ['This is the first cargo of the year.', '2016-01-15', null],
  ])('%s (published %s)', (text, published, want) => {
    expect(win(text, published)).toEqual(want);
  });
});

describe("the day after a revised forecast and its new figure is the revision's, as a saying's date is", () => {
  windowsByDate([
    ['TEL raised its FY2026 net sales forecast to ¥2.6 trillion on Oct. 30.', '2026-11-02', null],
    ['Toyota lowered its profit forecast to 3.2 trillion yen on May 8.', '2026-05-18', null],
    // Counter-cases: a period the forecast is for still dates it, and a revision ahead is a call on its day.
    ['TEL raised its forecast to 3% for fiscal 2027 on Oct. 30.', '2026-11-02', ['2027-01-01', '2027-12-31']],
    ['TEL will raise its forecast to 3% on Nov. 12.', '2026-11-02', ['2026-11-12', '2026-11-12']],
    ['We think TEL raises its forecast to 3% on Nov. 12.', '2026-11-02', ['2026-11-12', '2026-11-12']],
  ]);
});

describe('"as forecast in <date or event>" says when a forecast was made: a baseline beside another date', () => {
  windowsByDate([
    [
      'Inflation is expected to fall to 6.9% next quarter, compared to 8.9% as forecast in the Autumn Statement.',
      '2023-03-15',
      ['2023-04-01', '2023-06-30'],
    ],
    ['Inflation falls to 6.9% next quarter, as projected in November.', '2023-03-15', ['2023-04-01', '2023-06-30']],
    [
      'Growth beats 1% in 2027, up from the 0.8% predicted at the spring forecast.',
      '2026-12-07',
      ['2027-01-01', '2027-12-31'],
    ],
    // Counter-cases: "as expected in March" may date what is expected, and "as forecast" with no date drops nothing.
    ['Rates fall, as expected in March.', '2023-03-15', ['2023-03-15', '2023-03-31']],
    ['Sales rise in March, as forecast.', '2023-03-15', ['2023-03-15', '2023-03-31']],
    // A baseline counts when nothing else dates the outcome: then it is when the outcome falls.
    ['The rebound arrives as forecast in Q3.', '2026-01-10', ['2026-07-01', '2026-09-30']],
    ['Rates will be cut as projected in June.', '2026-01-10', ['2026-06-01', '2026-06-30']],
  ]);
});
