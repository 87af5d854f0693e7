import { describe, expect, it } from 'vitest';
import { extractClaims, findWindow } from '../../../src/ingest/index.js';

// The tenth round (issue 23): each rule as a general case, with sentences of their own (not the fixtures').
const win = (text: string, published: string) => {
  const w = findWindow(text, published);
  return w && [w.start, w.end];
};

describe('time phrases (TIME-WINDOWS.md rules 5 and 7, by analogy)', () => {
  it.each([
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
    // "said this week" dates the saying, not the forecast it reports.
    [
      'Airbus said this week that it expects the first delivery in the fourth quarter.',
      '2027-03-01',
      ['2027-10-01', '2027-12-31'],
    ],
    // "until at least X" is "X at the earliest": the thing happens in X.
    ['The striker stays out until at least the end of April.', '2027-03-01', ['2027-04-21', '2027-04-30']],
    // An abbreviation alone in brackets glosses a name and ends no clause.
    [
      'Results are expected in 2028 after a readout had been expected from partner Roche (RHHBY) this year.',
      '2027-03-01',
      ['2028-01-01', '2028-12-31'],
    ],
  ] as const)('%s', (text, published, want) => {
    expect(win(text, published)).toEqual(want);
  });
});

describe('claims (What counts as a claim, More on claims)', () => {
  const P = { published: '2027-03-01' };

  it('a bullet marker glued to its item ("*Acme: …") still starts an item with its own sources', () => {
    const text = [
      "What's Moving",
      '*Acme: shipments double by year-end (via @acmewatch)',
      '*Beta: the plant opens by September (via @betabeat)',
    ].join('\n');
    expect(extractClaims(text, P).map((c) => [c.text, c.sources])).toEqual([
      ['shipments double by year-end', ['@acmewatch']],
      ['the plant opens by September', ['@betabeat']],
    ]);
  });

  it('a table row reads its cells in headline style: a status participle does not make the call past', () => {
    const text = [
      "What's Moving",
      '',
      '| Project | Status | Our call |',
      '|---|---|---|',
      '| Bridge | Funded | Opens in Q3 2028 |',
      '| Tunnel | Bid phase | Awarded in Q2 2027 |',
    ].join('\n');
    expect(extractClaims(text, P).map((c) => c.window && [c.window.start, c.window.end])).toEqual([
      ['2028-07-01', '2028-09-30'],
      ['2027-04-01', '2027-06-30'],
    ]);
  });

  it('a Desk Note headline dated relative to the issue is a call of its own; a bare period name still needs a claim', () => {
    const text = (note: string) =>
      [
        "What's Moving",
        '- Ports — dockworkers strike in May (via @portwire)',
        '',
        'Desk Notes',
        `- @tradedesk — ${note}`,
      ].join('\n');
    expect(extractClaims(text('tariff deal signed this month'), P)).toHaveLength(2);
    expect(extractClaims(text('tariff deal signed in Q3'), P)).toHaveLength(1);
  });

  it('"We think it …" after a calendar entry takes the entry as antecedent and its date', () => {
    const text = [
      "What's Moving",
      '- Rates: The board votes on March 18. We think it cuts by a quarter point (via @cbwatch)',
    ].join('\n');
    const got = extractClaims(text, P);
    expect(got.map((c) => [c.text, c.window && [c.window.start, c.window.end]])).toEqual([
      ['The board votes on March 18. We think it cuts by a quarter point', ['2027-03-18', '2027-03-18']],
    ]);
  });

  it('"will need to" states what it takes, as "will have to" does: no outcome asserted', () => {
    expect(
      extractClaims('To hit its target, the mill will need to ship 40,000 tonnes in the third quarter.', P),
    ).toHaveLength(0);
    expect(extractClaims('The mill will ship 40,000 tonnes in the third quarter.', P)).toHaveLength(1);
  });

  it('an undated wish before a semicolon leaves the dated clause after it a claim', () => {
    expect(extractClaims('The union wants a 9% raise; the city settles at 5% by June.', P)).toHaveLength(1);
    expect(extractClaims('The union wants a 9% raise by June; the city disagrees.', P)).toHaveLength(0);
  });

  it('a Desk Note may name a claim by an acronym its item spells out ("TAVR" for "transcatheter aortic valve replacement")', () => {
    const text = [
      "What's Moving",
      '- Valves — Medicare widens coverage of transcatheter aortic valve replacement by October (via @cardiowire)',
      '',
      'Desk Notes',
      '- @cardiowire — TAVR coverage wider by October',
    ].join('\n');
    expect(extractClaims(text, P).map((c) => c.restates)).toEqual([undefined, 0]);
  });
});
