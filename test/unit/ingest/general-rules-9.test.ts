import { describe, expect, it } from 'vitest';
import { extractClaims, findWindow } from '../../../src/ingest/index.js';

// The open misses of the tenth round (docs/ingest.md states each rule under its subject): each rule as a general
// case, with sentences of its own (not the fixtures').
const win = (text: string, published: string) => {
  const w = findWindow(text, published);
  return w && [w.start, w.end];
};

describe('time phrases (TIME-WINDOWS.md rule 7 and "Past and present states", by analogy)', () => {
  it.each([
    // A "when" clause's own passive ("is announced") is no present state beside the forecast: its date bounds it.
    [
      'Okafor takes the scoring title when the final tally is published in April.',
      '2027-01-10',
      ['2027-04-01', '2027-04-30'],
    ],
    ['The club wins the award when the votes are counted in June.', '2027-01-10', ['2027-06-01', '2027-06-30']],
    // … while beside a present state a "when" clause still dates the state, not an outcome.
    ['Growers are nervous when the frost outlook lands on March 2.', '2027-01-10', null],
    // A forecast's figure reported in the past passive is still a forecast of the period it measures.
    [
      'Soybean crush in the 2028 marketing year was projected at 2.4 billion bushels.',
      '2027-06-01',
      ['2028-01-01', '2028-12-31'],
    ],
    ['Wheat exports for 2028 were forecast at $7 billion.', '2027-06-01', ['2028-01-01', '2028-12-31']],
    // An estimate measures, and an expectation held then is past.
    ['The deficit was estimated at 4.1% on May 20.', '2027-06-01', null],
    ['The plant was expected to open in 2028.', '2027-06-01', null],
    // "next" counts a duration from now: an "after" clause of what has already happened is its reason, not its anchor.
    [
      'Crews finish the bridge in the next three months after the storms delayed the work.',
      '2027-04-25',
      ['2027-04-25', '2027-07-25'],
    ],
    ['Crews finish the bridge two months after the floods have closed the road.', '2027-04-25', null],
    ['Crews finish the bridge in the next three months after the launch.', '2027-04-25', null],
    // An agenda set in the passive for a dated call or meeting is a calendar entry, whatever it names.
    ['The 2028 capital plan will be discussed at the shareholder meeting on 14 July.', '2027-06-01', null],
  ] as const)('%s', (text, published, want) => {
    expect(win(text, published)).toEqual(want);
  });
});

describe('claims (What counts as a claim, More on claims)', () => {
  const P = { published: '2027-03-01' };

  it('a scheduled event in the present passive is a calendar entry, also beside a clause stating the present', () => {
    expect(extractClaims('The new trustees are sworn in on April 12.', P)).toHaveLength(0);
    expect(extractClaims('The audit is finished; the board is seated on April 12.', P)).toHaveLength(0);
    expect(extractClaims('The harbour bridge is opened on May 3.', P)).toHaveLength(0);
    // An outcome asserted beside it, or a forecast in the other clause, keeps the sentence a claim.
    expect(extractClaims('The audit is finished; the board repeals the levy by April 12.', P)).toHaveLength(1);
    expect(extractClaims('The trustees are sworn in on April 12 and cut the budget by June.', P)).toHaveLength(1);
    expect(extractClaims('Turnout will be low; the mayor is sworn in on April 12.', P)).toHaveLength(1);
  });

  it('a forecast reported in the past passive is a claim; a past estimate is not', () => {
    const later = { published: '2027-06-01' };
    expect(extractClaims('Cotton output for 2028 was forecast at 14 million bales.', later)).toHaveLength(1);
    expect(extractClaims('Cotton output was estimated at 14 million bales in May.', later)).toHaveLength(0);
  });

  it("a Desk Note restates a call whose day sits in the note's time phrase (the day is a date, not a figure)", () => {
    const text = [
      "What's Moving",
      '- Hawks — Trae Young (hamstring) returns before the end of the month (via @hawkswire)',
      '',
      'Desk Notes',
      '- @hawkswire — Young back by March 31',
    ].join('\n');
    expect(extractClaims(text, P).map((c) => c.restates)).toEqual([undefined, 0]);
  });

  it('a rank ("No. 1", "#1") is first place, the "top" of the claim, and no figure of its own', () => {
    const item = '- Bracket — We like Purdue to earn the top seed in March (via @bracketguy)';
    const note = (n: string) =>
      extractClaims(["What's Moving", item, '', 'Desk Notes', `- @bracketguy — ${n}`].join('\n'), P).map(
        (c) => c.restates,
      );
    expect(note('Purdue earns the No. 1 seed in March')).toEqual([undefined, 0]);
    expect(note('Purdue earns a #1 seed in March')).toEqual([undefined, 0]);
    // Another rank is another outcome.
    expect(note('Purdue earns a No. 2 seed in March')).toEqual([undefined, undefined]);
  });

  it('"2 m" set apart from its figure is the metre, as "2 metres" is; "$2m" is a sum', () => {
    const item = '- Alps — Verbier opens with a base above 1.5 metres before Christmas (via @snowdesk)';
    const note = (n: string) =>
      extractClaims(["What's Moving", item, '', 'Desk Notes', `- @snowdesk — ${n}`].join('\n'), P).map(
        (c) => c.restates,
      );
    expect(note('1.5 m base before Christmas')).toEqual([undefined, 0]);
    expect(note('a $1.5m base before Christmas')).toEqual([undefined, undefined]);
  });
});
