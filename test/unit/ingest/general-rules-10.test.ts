import { describe, expect, it } from 'vitest';
import { extractClaims, findWindow } from '../../../src/ingest/index.js';

// The misses of the eleventh held-out round (issue 23: four golden issues and quoted-16), each as a general rule with
// sentences of its own (not the fixtures'), and counter-cases the rule must leave alone.
const win = (text: string, published: string) => {
  const w = findWindow(text, published);
  return w && [w.start, w.end];
};

describe('time phrases (TIME-WINDOWS.md rules 2–7 and "More conventions", by analogy)', () => {
  it.each([
    // "on" before a word that names no day ("on schedule", "on time") lists no date: the clause is no listing.
    ['If the levy starts on schedule, shippers cut volumes in 2029.', '2027-05-03', ['2029-01-01', '2029-12-31']],
    ['If the plant opens on time, output doubles in 2029.', '2027-05-03', ['2029-01-01', '2029-12-31']],
    ['The plant opens on June 3.', '2027-05-03', null],
    // A participle before its noun, with a present verb a few words on, is an adjective ("managed travel spend grows").
    ['managed hotel spend still grows 4% over the next 12 months', '2027-05-03', ['2027-05-03', '2028-05-03']],
    ['the LME registered stocks keep falling through July', '2027-05-03', ['2027-05-03', '2027-07-31']],
    ['Budgets were cut in March.', '2027-05-03', null],
    // A verb whose past is its base form, after "is" / "are", is the present passive, not the past.
    ['Grants are cut in at least ten counties by the end of next year.', '2027-05-03', ['2027-05-03', '2028-12-31']],
    ['Grants were cut in March.', '2027-05-03', null],
    // "before the 2028 season starts on 1 March": the year names the event; its day is the deadline (rule 4).
    [
      'The league trims the salary cap before the 2028 season starts on 1 March.',
      '2027-05-03',
      ['2027-05-03', '2028-02-29'],
    ],
    ['Ticket prices rise in the 2028 season.', '2027-05-03', ['2028-01-01', '2028-12-31']],
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
    // Closed compounds read as their two words.
    ['Inventories hit a floor by midyear.', '2027-01-11', ['2027-01-11', '2027-06-30']],
    ['Margins recover by yearend.', '2027-01-11', ['2027-01-11', '2027-12-31']],
    // A forecasting participle dates the forecast ("another cut projected in 2028") …
    ['Output falls this year, with another cut projected in 2028.', '2027-05-03', ['2027-05-03', '2028-12-31']],
    // … but measured against ("than projected in January") or after a figure it is the earlier forecast's date.
    [
      'The deficit will reach $1 trillion in 2027, less than projected in January.',
      '2027-05-03',
      ['2027-05-03', '2027-12-31'],
    ],
    [
      'Joblessness climbs to 5% in the fourth quarter, up from the 4.6% projected in April.',
      '2027-05-03',
      ['2027-10-01', '2027-12-31'],
    ],
    // A forecast's movement reported in the past passive is a forecast; an expectation held then is not.
    [
      'The cotton crop in 2028/29 was forecast to climb to 15 million bales.',
      '2027-05-03',
      ['2028-01-01', '2029-12-31'],
    ],
    ['The terminal was expected to open in 2028.', '2027-05-03', null],
    // "following" as a preposition is "after": what follows it is the anchor's, not the outcome's.
    ['Herring catches recover in 2028 following a steep drop this year.', '2027-05-03', ['2028-01-01', '2028-12-31']],
    ['Catches recover in the following year.', '2027-05-03', ['2027-05-03', '2028-05-03']],
    // "later this year or early next": the unit left out of the second alternative (rule 8: the hull).
    ['The probe launches later this year or early next.', '2027-05-03', ['2027-05-03', '2028-04-30']],
    ['The probe launches this year or next.', '2027-05-03', ['2027-05-03', '2028-12-31']],
    // The time a thing takes or lasts bounds it from now ("a bare duration that bounds the outcome").
    ['It will take us nine months to rebuild the pier.', '2027-05-03', ['2027-05-03', '2028-02-03']],
    ['The strike could last for three weeks.', '2027-05-03', ['2027-05-03', '2027-05-24']],
    ['The drought lasted six months.', '2027-05-03', null],
    ['The strike will last for three weeks after the vote.', '2027-05-03', null],
    // A period after a verb of change and "from" is the baseline when another phrase dates the outcome.
    ['Third-quarter sales are expected to slow from the second quarter.', '2027-05-03', ['2027-07-01', '2027-09-30']],
    ['Sales slow from the third quarter in the fourth quarter.', '2027-05-03', ['2027-10-01', '2027-12-31']],
    ['Rents rise from 2028.', '2027-05-03', ['2028-01-01', '2028-12-31']],
    ['Rents rise from March to June.', '2027-05-03', ['2027-05-03', '2027-06-30']],
    // After a negation "until" binds to the negated verb, not to a past verb right before it (rule 5).
    ['Inspectors will not know how badly the dam leaked until next month.', '2027-05-03', ['2027-06-01', '2027-06-30']],
    ['The company did not report until March.', '2027-05-03', null],
    // What a "despite" phrase concedes dates the sentence only when nothing else does.
    [
      'No deal is expected in the next three months despite the statement on 2 May that a vote will come in October.',
      '2027-05-03',
      ['2027-05-03', '2027-08-03'],
    ],
    ['Sales rise despite tariffs in 2028.', '2027-05-03', ['2028-01-01', '2028-12-31']],
    // An agenda set for a day ("to consider … on June 14") is a calendar entry; a call beside it stays one.
    ['The board will have the chance to review the levy on June 14.', '2027-05-03', null],
    ['The board is expected to review the levy and repeal it by June.', '2027-05-03', ['2027-05-03', '2027-06-30']],
    // A starting level priced per unit ("from US$90 a barrel in the second quarter") is a baseline (rule 7).
    [
      'Brent falls from US$90 a barrel in the second quarter to US$75 this time next year.',
      '2027-05-03',
      ['2028-05-01', '2028-05-31'],
    ],
    ['Brent falls to US$75 a barrel in the fourth quarter.', '2027-05-03', ['2027-10-01', '2027-12-31']],
    ['The bank cuts its rate to 3.75 per cent from 4 per cent on 4 June.', '2027-05-03', ['2027-06-04', '2027-06-04']],
    // "end the quarter with X", "ends the month at X": the last day of that period, as "closes the year at X" is.
    ['The lender expects to end the quarter with $4 billion of cash.', '2027-05-03', ['2027-06-30', '2027-06-30']],
    ['The index ends the month above 5,000.', '2027-05-03', ['2027-05-31', '2027-05-31']],
  ] as const)('%s', (text, published, want) => {
    expect(win(text, published)).toEqual(want);
  });
});

describe('claims and issues (What counts as a claim, More on claims)', () => {
  const P = { published: '2027-05-03' };

  it('"can anticipate / expect" is an expectation, not a possibility', () => {
    expect(extractClaims('We can anticipate the first closures to come in 2028.', P)).toHaveLength(1);
    expect(extractClaims('Prices can fall in 2028.', P)).toHaveLength(0);
  });

  it('a reported calendar entry is still one: after "X said", with "Nov.", and with a noun such as "votes" first', () => {
    expect(extractClaims('Ortiz also said ballots will be certified on Nov. 21.', P)).toHaveLength(0);
    expect(extractClaims('Votes will be canvassed on May 20.', P)).toHaveLength(0);
    expect(extractClaims('Ortiz said turnout will top 60% on May 20.', P)).toHaveLength(1);
  });

  it('a word processor\'s "o" bullets and "(1)" numbers are items of their own', () => {
    const tab = [
      "What's Moving",
      'o\tCoffee: exports fall 5% in Q3 2027 (via @beans)',
      'o\tSugar: mills close by June (via @cane)',
    ];
    expect(extractClaims(tab.join('\n'), P).map((c) => c.sources)).toEqual([['@beans'], ['@cane']]);
    const spaced = [
      "What's Moving",
      'o Coffee exports fall 5% in Q3 2027 (via @beans)',
      'o @cane says mills close by June',
    ];
    expect(extractClaims(spaced.join('\n'), P)).toHaveLength(2);
    const numbered = [
      "What's Moving",
      '(1) Rail: fares rise 3% in Q3 2027 (via @rail)',
      '(2) Bus: fares freeze by June (via @bus)',
    ];
    expect(extractClaims(numbered.join('\n'), P).map((c) => c.sources)).toEqual([['@rail'], ['@bus']]);
    // A line that merely starts with a word "o" is no bullet.
    expect(extractClaims(["What's Moving", 'o dear, fares rise 3% in Q3 2027 (via @rail)'].join('\n'), P)).toHaveLength(
      1,
    );
  });

  it('Tradecraft labels in brackets or with ">>" are labels', () => {
    const text = ['Tradecraft', '[BULL] Fares rise 3% in 2028.', '[BEAR] Ridership falls.', 'WATCH >> The June vote.'];
    expect(extractClaims(text.join('\n'), P).map((c) => [c.kind, c.text])).toEqual([
      ['BULL', 'Fares rise 3% in 2028.'],
      ['BEAR', 'Ridership falls.'],
      ['WATCH', 'The June vote.'],
    ]);
  });

  const linked = (item: string, note: string) =>
    extractClaims(["What's Moving", item, '', 'Desk Notes', note].join('\n'), P).map((c) => c.restates);

  it('a Desk Note may name a place by its demonym ("Norwegian" for "Norway", "English" for "England")', () => {
    expect(
      linked(
        '- Norway: salmon exports fall 10% by December (via @fjord)',
        '- @fjord — Norwegian exports down 10% by December',
      ),
    ).toEqual([undefined, 0]);
    expect(
      linked(
        '- England: councils raise council tax by 5% by March (via @lg)',
        '- @lg — English councils raise tax 5% by March',
      ),
    ).toEqual([undefined, 0]);
    // A name the item does not hold still keeps the note a call of its own.
    expect(
      linked(
        '- Norway: salmon exports fall 10% by December (via @fjord)',
        '- @fjord — Chilean exports down 10% by December',
      ),
    ).toEqual([undefined, undefined]);
  });

  it('"560kt" and "1.5mt" are the figures "560,000 tonnes" and "1.5 million tonnes"; "a 20-year low" is a level of its own', () => {
    expect(
      linked(
        '- Mills: sugar output reaches 560,000 tonnes by August (via @cane)',
        '- @cane — output at 560kt by August',
      ),
    ).toEqual([undefined, 0]);
    expect(
      linked(
        '- Quota: exports of 1.5 million tonnes approved by June (via @cane)',
        '- @cane — 1.5mt of exports approved by June',
      ),
    ).toEqual([undefined, 0]);
    expect(
      linked(
        '- Quota: exports of 1.5 million tonnes approved by June (via @cane)',
        '- @cane — 1.5mt of exports approved by June, 2mt by July',
      ),
    ).toEqual([undefined, undefined]);
    expect(
      linked(
        '- Stocks: warehouse stocks keep falling through June (via @lme)',
        '- @lme — stocks at a 20-year low by June',
      ),
    ).toEqual([undefined, undefined]);
  });
});
