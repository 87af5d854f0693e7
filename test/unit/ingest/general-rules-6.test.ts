import { describe, expect, it } from 'vitest';
import { extractClaims, findWindow } from '../../../src/ingest/index.js';
import { isClaimSentence } from '../../../src/ingest/text/claim-rules.js';

// Rules added for the misses of the eighth round of golden issues and quoted-13 (docs/ingest.md). Each row is a
// sentence written for the rule, not one of the fixtures, labelled by hand from the TIME-WINDOWS.md convention
// named in its group, for 2026-02-09 (a Monday); never by running the code.
const P = '2026-02-09';
type Row = [text: string, start: string | null, end?: string];
const WINDOWS: Array<[string, Row[]]> = [
  [
    'More conventions: "closes the year at X" is Dec 31, also with the year as the subject',
    [
      ['The retail year closes at $7.1 trillion.', '2026-12-31', '2026-12-31'],
      ['The year ends higher for gold.', '2026-12-31', '2026-12-31'],
      ['Every year closes at midnight.', null],
    ],
  ],
  [
    'Not windows: an alternative set against the forecast with "as opposed to" is given up',
    [['The plant opens in the third quarter of 2027 as opposed to 2026.', '2027-07-01', '2027-09-30']],
  ],
  [
    'Rule 5: what waits, holds off or holds "until X, then …" happens in X; a state "until X" is still a deadline',
    [
      ['Regulators hold off on a ruling until September.', '2026-09-01', '2026-09-30'],
      ['The bank holds rates until June and then cuts.', '2026-06-01', '2026-06-30'],
      ['Rates stay at 2% until June.', P, '2026-06-30'],
    ],
  ],
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
    'Ranges: "from X to Y" and "between X and Y" run from the start of X to the end of Y, in one stretch',
    [
      ['Exports stay strong from November to March.', P, '2026-03-31'],
      ['Sales jump between Thanksgiving and the end of 2026.', '2026-11-26', '2026-12-31'],
      ['The launch slips from April to September.', '2026-09-01', '2026-09-30'],
    ],
  ],
  [
    'Not windows: a season or months defined in the present are a calendar; a period a clause points at still dates',
    [
      ['The storm season is from June 1 to Nov. 30.', null],
      ['The busiest months are July through September.', null],
      ['Buyers rush in during the season that runs from June to August.', '2026-06-01', '2026-08-31'],
    ],
  ],
  [
    'Not windows: the past wherever it stands — a month "last year", a verb whose past is its base form',
    [
      ['Sales recovered from the low they set in December last year.', null],
      ['The central bank cut in January.', null],
      ['We expect a rate cut in March.', '2026-03-01', '2026-03-31'],
    ],
  ],
  [
    'Rule 7: the date of a saying ("predicted at the end of January") and a "whatever …" concession do not count',
    [
      ['The strategist predicted at the end of January that stocks would rise by June.', P, '2026-06-30'],
      ['The rally is over, whatever the bulls say this week.', null],
    ],
  ],
  [
    'Not the past: a finding reported in the present ("the survey found 60% of builders are …")',
    [['The survey found 60% of builders are planning price cuts by June.', P, '2026-06-30']],
  ],
];

describe.each(WINDOWS)('%s', (_name, rows) => {
  it.each(rows)('%s', (text, start, end) => {
    const w = findWindow(text, P);
    expect(w && [w.start, w.end]).toEqual(start === null ? null : [start, end]);
  });
});

describe('what counts as a claim', () => {
  it('a possibility stated as an adjective ("is doable", "is achievable") asserts no outcome', () => {
    expect(isClaimSentence('A deal by June is doable.')).toBe(false);
    expect(isClaimSentence('Profitability by 2027 is achievable.')).toBe(false);
    expect(isClaimSentence('A deal comes by June.')).toBe(true);
  });

  it('"would" after a past reporting verb reports a forecast; alone, or after "had said", it is no claim', () => {
    expect(isClaimSentence('Last week the company forecast revenue would double by 2028.')).toBe(true);
    expect(isClaimSentence('A deal by June would be a surprise.')).toBe(false);
    expect(isClaimSentence('The firm had said it would close the plant by May.')).toBe(false);
  });

  it('what markets price is the present described, unless the sentence also calls an outcome', () => {
    expect(isClaimSentence('Markets price three cuts by December.')).toBe(false);
    expect(isClaimSentence('Markets price three cuts by December, but we expect two.')).toBe(true);
  });

  it('a release date in the passive is a calendar entry, unless an outcome of it is asserted', () => {
    expect(isClaimSentence('The new console will be released on March 20.')).toBe(false);
    expect(isClaimSentence('The new console will be released on March 20 and will sell out.')).toBe(true);
  });
});

describe('issues', () => {
  const brief = (text: string) =>
    extractClaims(text, { published: P }).map((c) => ({
      text: c.text,
      sources: c.sources,
      window: c.window && [c.window.start, c.window.end],
      restates: c.restates,
    }));

  it('a mail signature ("-- " alone on a line) ends the issue, and a Desk Note may date one part of a hull', () => {
    const issue = [
      'THE SIGNAL',
      'We expect the lira to weaken further.',
      '',
      "WHAT'S MOVING",
      '- Rates — The central bank cuts by June and keeps cutting through 2027 (via @ankaradesk)',
      '',
      'DESK NOTES',
      '- @ankaradesk — central bank cuts by June',
      '-- ',
      'Sent from the desk. Reply STOP to unsubscribe.',
    ].join('\n');
    expect(brief(issue)).toEqual([
      {
        text: 'The central bank cuts by June and keeps cutting through 2027',
        sources: ['@ankaradesk'],
        window: [P, '2027-12-31'],
        restates: undefined,
      },
      { text: 'central bank cuts by June', sources: ['@ankaradesk'], window: [P, '2026-06-30'], restates: 0 },
    ]);
  });
});
