import { describe, expect, it } from 'vitest';
import { extractClaims, findWindow } from '../../../src/ingest/index.js';

// The misses of the sixteenth held-out round (golden issues in a house-format Tradecraft issue with revising Desk
// Notes, an e-mail with readers' quoted calls, a roundtable with several named guests, a scorecard issue and an
// elections-abroad beat), each as a general rule with sentences of its own (not the fixtures'), and counter-cases
// the rule must leave alone.
const win = (text: string, published: string) => {
  const w = findWindow(text, published);
  return w && [w.start, w.end];
};
const P = { published: '2027-05-03' };

describe('time phrases (TIME-WINDOWS.md rules 4, 6 and 7, "Not windows", by analogy)', () => {
  it.each([
    // After a time preposition, an "-s" word after a season that takes an object right away is the verb, so the
    // season is the period (rule 4: "before the spring" ends the day before it) …
    ['A truce before the spring sparks a rally in bunds.', '2026-11-02', ['2026-11-02', '2027-02-28']],
    ['Demand in the summer lifts a 3% rise in fares.', '2027-03-02', ['2027-06-01', '2027-08-31']],
    // … while a season before a noun still names a kind of thing.
    ['Prices fall before the winter storms arrive.', '2026-11-02', null],
    ['Stocks of the winter wheat fall.', '2026-11-02', null],
    // "the year" points back to a whole year named before it only when that year dates something, not a thing it
    // names ("the 2030 engine rules") …
    [
      'Two more makers sign up to the 2030 fuel rules before the end of the year.',
      '2027-03-02',
      ['2027-03-02', '2027-12-31'],
    ],
    // … as it still does after a year of the outcome.
    ['Growth slows next year, to 1.5% at the end of the year.', '2027-03-02', ['2028-01-01', '2028-12-31']],
    // A clause after "than" with a pronoun and a past auxiliary is the comparison's baseline: its past tense and
    // dates are its own, not the forecast's.
    [
      'Both chains open 40 more stores before Christmas than they did last year.',
      '2027-03-02',
      ['2027-03-02', '2027-12-24'],
    ],
    ['Sales rise more in 2028 than they did in 2027.', '2027-03-02', ['2028-01-01', '2028-12-31']],
    ['Prices were higher in March than they were last year.', '2027-05-03', null],
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
    // How far out a maker is booked, stated as it stands, is the order book (as the year a backlog reaches is) …
    ['Both yards are full through 2030; neither bids on new hulls.', '2027-03-02', null],
    ['Turbine capacity is already sold out until 2029.', '2027-03-02', null],
    // … but a forecast of it, or another dated outcome beside it, still dates the sentence.
    ['The yards will be full through 2030.', '2027-03-02', ['2027-03-02', '2030-12-31']],
    ['The plant is full through 2030 and adds a line by June.', '2027-03-02', ['2027-03-02', '2027-06-30']],
  ] as const)('%s (published %s)', (text, published, expected) => {
    expect(win(text, published)).toEqual(expected);
  });
});

describe('claims and sources (What counts as a claim, Sources)', () => {
  it("a roundtable's answers under a guest's name are that guest's, cited once in the introduction", () => {
    const issue = (intro: string, label = (n: string) => `**${n}:**`) =>
      [
        '## The Panel',
        '',
        intro,
        '',
        '**Where do rates go?**',
        '',
        `${label('Okafor')} Down. The bank cuts twice by June.`,
        '',
        `${label('Lind')} Up. Mortgage spreads widen in the coming months.`,
        '',
        `${label('Okafor')} Either way, the budget passes by the end of July.`,
      ].join('\n');
    const intro =
      'This week we put two questions to two people who watch the housing market: Ngozi Okafor, a former central ' +
      'banker (@nokafor); and Sven Lind of Nordic Rates (@svenlind).';
    const panel = extractClaims(issue(intro), P);
    expect(panel.map((c) => [c.text, c.sources])).toEqual([
      ['The bank cuts twice by June.', ['@nokafor']],
      ['Mortgage spreads widen in the coming months.', ['@svenlind']],
      ['Either way, the budget passes by the end of July.', ['@nokafor']],
    ]);
    // Plain "Name:" labels work as bold ones do.
    expect(
      extractClaims(
        issue(intro, (n) => `${n}:`),
        P,
      ).map((c) => c.sources),
    ).toEqual([['@nokafor'], ['@svenlind'], ['@nokafor']]);
    // A name that is no guest's stays uncited, and without an introduction naming two guests nothing is attributed.
    const stranger = extractClaims(
      issue(intro, (n) => (n === 'Lind' ? 'Marsh:' : `${n}:`)),
      P,
    );
    expect(stranger.map((c) => c.sources)).toEqual([['@nokafor'], [], ['@nokafor']]);
    const single = extractClaims(issue('Rates are the story of the spring (via @nokafor).'), P);
    expect(single.map((c) => c.sources)).toEqual([[], [], []]);
  });

  it("the introduction that presents a roundtable's guests is no call, whatever it dates", () => {
    const text = [
      'THE PANEL',
      'This week we put three questions to Ngozi Okafor (@nokafor), Sven Lind (@svenlind) and Ana Ruiz (@anaruiz).',
      '',
      'Okafor: The bank cuts by June.',
    ].join('\n');
    expect(extractClaims(text, P).map((c) => c.text)).toEqual(['The bank cuts by June.']);
    // Guests named with no answers under their names below are no roundtable: the paragraph's call stays one.
    const noAnswers = [
      'THE SIGNAL',
      'We talked to Ngozi Okafor (@nokafor) and Sven Lind (@svenlind); both expect the bank to cut by June.',
      '',
      'Mortgage rates follow it down.',
    ].join('\n');
    expect(extractClaims(noAnswers, P).map((c) => c.sources)).toEqual([['@nokafor', '@svenlind']]);
    // One handle with a cue is no roundtable: a dated call in it stays one.
    const call = ['THE SIGNAL', 'The panel expects two cuts by June (via @nokafor).'].join('\n');
    expect(extractClaims(call, P).map((c) => c.sources)).toEqual([['@nokafor']]);
  });
});

describe('Desk Notes (More on claims: the same outcome)', () => {
  const restates = (lede: string, items: string, note: string) =>
    extractClaims(['The Signal', lede, "What's Moving", items, 'Desk Notes', note].join('\n'), P).map(
      (c) => c.restates,
    );

  it('an irregular demonym in the note names the place of the item ("Spanish" for "Spain")', () => {
    const item =
      '- Spain -- The coalition is out of road. Sánchez calls a snap election before the summer (via @mpolls)';
    expect(restates('Rates are the story.', item, '- @mpolls: Spanish snap poll called by May')).toEqual([
      undefined,
      0,
    ]);
    // A demonym of a place the item does not name is a name the claim lacks.
    expect(restates('Rates are the story.', item, '- @mpolls: Portuguese snap poll called by May')).toEqual([
      undefined,
      undefined,
    ]);
  });

  it("the handle's own claim comes first only when the note shares what happens with it, not a year alone", () => {
    const lede = 'Sector growth does not turn positive before the second half of 2028.';
    const item = '- Pricing -- The houses hold prices flat in 2028 rather than cut (via @bear)';
    expect(restates(lede, item, '- @bear: sector growth not positive until H2 2028')).toEqual([
      undefined,
      undefined,
      0,
    ]);
    // A note that shares the handle's own outcome still links to it first.
    expect(restates(lede, item, '- @bear: houses hold prices flat in 2028')).toEqual([undefined, undefined, 1]);
  });
});
