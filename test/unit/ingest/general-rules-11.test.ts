import { describe, expect, it } from 'vitest';
import { extractClaims, findWindow } from '../../../src/ingest/index.js';

// The misses of the twelfth held-out round (issue 23: four golden issues and quoted-17) and of quoted-16's open list,
// each as a general rule with sentences of its own (not the fixtures'), and counter-cases the rule must leave alone.
const win = (text: string, published: string) => {
  const w = findWindow(text, published);
  return w && [w.start, w.end];
};

describe('time phrases (TIME-WINDOWS.md rules 2–7 and "More conventions", by analogy)', () => {
  it.each([
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
    // The period after "similar / same … as" is the baseline compared with (rule 7), unlike "as early as".
    ['Exports grow 5% in 2029, a similar gain as 2028.', '2027-10-04', ['2029-01-01', '2029-12-31']],
    ['The mine restarts as early as 2029.', '2027-10-04', ['2029-01-01', '2029-12-31']],
    // "had" before a determiner is the past of "have": the period after it looks back.
    ['The port had its busiest month this spring.', '2027-10-04', null],
    ['The port will have its busiest month next spring.', '2027-10-04', ['2028-03-01', '2028-05-31']],
    // A word closing a hyphenated compound is no verb: "showed year-end stocks" is still the past.
    ['The June quarter CPI showed trimmed-mean inflation at 2.6%.', '2027-10-04', null],
    [
      'The survey shows stocks will reach 2.1 million tonnes in the June quarter.',
      '2027-10-04',
      ['2028-04-01', '2028-06-30'],
    ],
    // A participle after a determiner's ordinal is an adjective, not the past.
    [
      'The agency issues its first unredacted audit report in the next two weeks.',
      '2027-10-04',
      ['2027-10-04', '2027-10-18'],
    ],
    ['The agency redacted its audit report in the next two weeks.', '2027-10-04', null],
    // Irregular pasts ("underwent", "withdrew") put the clause in the past.
    ['The pitcher underwent elbow surgery in mid-September.', '2027-10-04', null],
    ['The pitcher undergoes elbow surgery in mid-October.', '2027-10-04', ['2027-10-11', '2027-10-20']],
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
    // A capitalised "May" or "March" after a determiner before a meeting is the month, not the modal.
    ['Economists expect a cut at its May board meeting.', '2027-10-04', ['2028-05-01', '2028-05-31']],
    ['The cut exceeds what the bank projected in its March policy update.', '2027-10-04', null],
    // "in / over the year ahead": rolling, as "the coming year" is.
    ['Growth improves to 3% in the year ahead.', '2027-10-04', ['2027-10-04', '2028-10-04']],
    ['Growth improves over the year ahead.', '2027-10-04', ['2027-10-04', '2028-10-04']],
    // A figure's earlier forecast, with its agent, is dated by when it was made.
    [
      'Rates will hit 4% by the end of the year, above the 3.5% projected by the bank in June.',
      '2027-10-04',
      ['2027-10-04', '2027-12-31'],
    ],
    ['Growth of 3% is projected by the IMF in 2028.', '2027-10-04', ['2028-01-01', '2028-12-31']],
    // A plan held then ("was set to open in December") is the past; "is set to" still forecasts.
    ['Fares were set to rise in December.', '2027-10-04', null],
    ['Fares are set to rise in December.', '2027-10-04', ['2027-12-01', '2027-12-31']],
    // A forecaster's past verb with its object reports the forecast; an old poll dated before the verb does not.
    ['Nomura predicted a further cut in November.', '2027-10-04', ['2027-11-01', '2027-11-30']],
    ['The previous poll in early September predicted a cut in the fourth quarter.', '2027-10-04', null],
    // A rule's term in force is its schedule; a forecast of the term is a forecast.
    ['The curbs, in place until Nov. 1, limit watering to two days a week.', '2027-10-04', null],
    ['The curbs will remain in place until November.', '2027-10-04', ['2027-10-04', '2027-11-30']],
    ['Curbs stay in effect through 2028, we expect.', '2027-10-04', ['2027-10-04', '2028-12-31']],
    // "were seen ending / rising" reports a forecast of a movement (and "ending 2028 at X" is Dec 31).
    ['Wheat prices were seen ending 2028 at $6 a bushel.', '2027-10-04', ['2028-12-31', '2028-12-31']],
    ['The crop was seen rising in 2028/29.', '2027-10-04', ['2028-01-01', '2029-12-31']],
    ['The minister was seen leaving in September.', '2027-10-04', null],
    // "from" a level after a duration is the baseline, not an anchor the duration is tied to.
    ['Joblessness rises to 5% in a year from its current 4.1% level.', '2027-10-04', ['2027-10-04', '2028-10-04']],
    ['Sales double in a year from the merger.', '2027-10-04', null],
    // "the year" right after a phrase naming another whole year is that year (quoted-16 job3).
    ['Jobless claims rise next year, to 4.5% at the end of the year.', '2027-10-04', ['2028-01-01', '2028-12-31']],
    ['Jobless claims rise to 4.5% by the end of the year.', '2027-10-04', ['2027-10-04', '2027-12-31']],
    ['Jobless claims rise this year, to 4.5% by the end of the year.', '2027-10-04', ['2027-10-04', '2027-12-31']],
  ] as const)('%s', (text, published, want) => {
    expect(win(text, published)).toEqual(want);
  });
});

describe('claims and issues (What counts as a claim, More on claims)', () => {
  const P = { published: '2027-10-04' };

  it('"~" and "»" mark list items in plain text', () => {
    const text = [
      "WHAT'S MOVING",
      '~ Rioja: shipments fall 6% in 2028 (via @riojawatch)',
      '~ Mosel: the harvest comes in early by',
      '  late September 2028 (via @moselwine)',
      '» Port: prices rise in Q2 2028, per @portdesk.',
    ];
    expect(extractClaims(text.join('\n'), P).map((c) => c.sources)).toEqual([
      ['@riojawatch'],
      ['@moselwine'],
      ['@portdesk'],
    ]);
    // A tilde inside a line ("~5%") is no marker.
    expect(
      extractClaims(["WHAT'S MOVING", 'Rioja shipments fall ~6% in 2028 (via @riojawatch)'].join('\n'), P),
    ).toHaveLength(1);
  });

  it('above the first house section a line of at most four words is a greeting, full stop or not', () => {
    const issue = (first: string) => [first, '', 'THE SIGNAL', 'We expect fares to rise 5% in 2028.'].join('\n');
    expect(extractClaims(issue('Short one today.'), P)).toHaveLength(1);
    expect(extractClaims(issue('Quick note this week.'), P)).toHaveLength(1);
    expect(extractClaims(issue('We expect fares to fall this week.'), P)).toHaveLength(2);
  });

  it('a table row whose capitalised past verb takes an object is the past; a bare participle stays a call', () => {
    const table = (cell: string) =>
      extractClaims(
        ["What's Moving", '| Company | Call | When |', '|---|---|---|', `| Acme | ${cell} |`].join('\n'),
        P,
      );
    expect(table('Posted a Q2 loss | August')).toHaveLength(0);
    expect(table('Approved in Q1 2028 | Q1')).toHaveLength(1);
    expect(table('Cuts its dividend | by the end of March')).toHaveLength(1);
  });

  it('a clause that forecasts a dated outcome is asserted whatever the next clause deems possible', () => {
    expect(
      extractClaims('Analysts are predicting two more cuts later this year, and rates could hit 3% by Christmas.', P),
    ).toHaveLength(1);
    expect(extractClaims('Analysts predict a recovery, and prices could hit $5 by June.', P)).toHaveLength(0);
    expect(extractClaims('Economists predicted the bank may hike on Thursday.', P)).toHaveLength(0);
  });

  it('a modal right after "that" / "which" belongs to a relative clause, not to the main one (quoted-16 sp1)', () => {
    expect(
      extractClaims('The agency is on track to launch a probe that would orbit Mars early next year.', P),
    ).toHaveLength(1);
    expect(extractClaims('The agency says that the probe could launch early next year.', P)).toHaveLength(0);
  });

  it('"higher than expected" measures; it asserts nothing beside a possibility', () => {
    expect(extractClaims('The bank may hike in November amid higher than expected inflation.', P)).toHaveLength(0);
    expect(extractClaims('Larger-than-expected crops may see prices drop in 2028.', P)).toHaveLength(0);
    expect(extractClaims('Prices are expected to drop in 2028.', P)).toHaveLength(1);
  });

  it('an agenda in the future at a dated meeting is a calendar entry', () => {
    expect(extractClaims('Staff will present a revised budget at the board meeting on Nov. 12.', P)).toHaveLength(0);
    expect(extractClaims('The board will approve a 4% fare rise at its meeting on Nov. 12.', P)).toHaveLength(1);
  });
});
