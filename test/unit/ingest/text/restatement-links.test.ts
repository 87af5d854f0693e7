import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../../src/ingest/index.js';

// Desk Notes: a note restates a claim only when it asserts the same outcome (More on claims).

describe('More on claims: a Desk Note restates a claim only when it asserts the same outcome', () => {
  const P = { published: '2026-03-02' };
  const brief = (text: string) =>
    extractClaims(text, P).map((c) => ({
      kind: c.kind,
      text: c.text,
      sources: c.sources,
      window: c.window && [c.window.start, c.window.end],
      restates: c.restates,
    }));

  const text = [
    "What's Moving",
    '- Fibre — Openreach passes 20 million premises by the end of Q3; altnets keep cutting prices (via @fibrefan)',
    '- Mobile — US carriers raise unlimited-plan prices in the second half (via @mobileanalyst)',
    '',
    'Desk Notes',
    '- @fibrefan — Openreach at 20 million premises by the end of Q3',
    '- @fibrefan — altnet prices fall again by the end of Q3',
    '- @fibrefan — CityFibre passes 5 million premises by the end of Q3',
    '- @mobileanalyst — European carriers raise prices in the second half',
    '- @mobileanalyst — prepaid plans go up in the second half too',
  ].join('\n');
  const got = brief(text);

  it('does not link a note to a desk claim it shares only a year with', () => {
    const desk = [
      'The Signal',
      'Fixed-line revenue keeps shrinking, and we expect BT to cut its dividend in 2027.',
      '',
      'Desk Notes',
      '- @towerwatch — tower consolidation finishes in 2027',
      '- @divwatch — BT dividend cut in 2027',
    ].join('\n');
    expect(brief(desk).map((c) => c.restates)).toEqual([undefined, undefined, 0]);
  });

  it('a date before ", and …" reaches the second conjunct: a note restating that conjunct is linked', () => {
    const text = [
      "What's Moving",
      '- Spectrum — The auction closes by the end of Q3, and Vodafone wins the largest block (via @spectrumwonk)',
      '',
      'Desk Notes',
      '- @spectrumwonk — Vodafone takes the largest block by the end of Q3',
    ].join('\n');
    expect(brief(text).map((c) => c.restates)).toEqual([undefined, 0]);
  });

  it('links the note that repeats the dated outcome', () => {
    expect(got[2]).toMatchObject({ sources: ['@fibrefan'], restates: 0 });
  });

  it('does not link a note that takes up the claim’s undated clause, names another company, another market, or says "too"', () => {
    expect(got.slice(3).map((c) => [c.sources[0], c.window?.[1], c.restates])).toEqual([
      ['@fibrefan', '2026-09-30', undefined],
      ['@fibrefan', '2026-09-30', undefined],
      ['@mobileanalyst', '2026-12-31', undefined],
      ['@mobileanalyst', '2026-12-31', undefined],
    ]);
  });
});

describe('Desk Notes that restate a claim', () => {
  const brief = (text: string, published = '2026-04-06') =>
    extractClaims(text, { published }).map((c) => ({
      kind: c.kind,
      text: c.text,
      sources: c.sources,
      end: c.window?.end ?? null,
      restates: c.restates,
    }));

  const issue = (notes: string[], moving: string[]) =>
    ["What's Moving", ...moving, '', 'Desk Notes', ...notes.map((n) => `- ${n}`)].join('\n');

  it('a coarser date for the same outcome restates: the same month, or a few days apart', () => {
    const got = brief(
      issue(
        ['@railnews — the new timetable by May', '@courtwatch — the appeal ruling before July'],
        [
          '- Rail — The new timetable starts by May 10 (via @railnews)',
          '- Courts — The appeals court rules before July 3 (via @courtwatch)',
        ],
      ),
    );
    expect(got.map((c) => c.restates)).toEqual([undefined, undefined, 0, 1]);
  });

  it('a later month is a new call, not a coarser date', () => {
    const got = brief(
      issue(['@railnews — the new timetable by June'], ['- Rail — The new timetable starts by May 10 (via @railnews)']),
    );
    expect(got.map((c) => c.restates)).toEqual([undefined, undefined]);
  });

  it("a holiday in the note's date is no name the item must hold", () => {
    const got = brief(
      issue(
        ["@dealdesk — Acme's sale closed before New Year's Day"],
        ["- M&A — Acme's sale closes by year-end (via @dealdesk)"],
      ),
    );
    expect(got.map((c) => c.restates)).toEqual([undefined, 0]);
  });

  it('initials and tickers name what the item names', () => {
    const got = brief(
      issue(
        ['@ratesdesk — ECB at 1.5% by September', '@minewatch — Glencore bid by Christmas'],
        [
          '- Rates — The European Central Bank cuts to 1.5% by September (via @ratesdesk)',
          '- $GLEN — A bid for Teck lands before Christmas (via @minewatch)',
        ],
      ),
    );
    expect(got.map((c) => c.restates)).toEqual([undefined, undefined, 0, 1]);
  });

  it('the same figure written another way is the same outcome, and shares the call', () => {
    const got = brief(
      issue(
        ['@metalsdesk — aluminium at $3k by June'],
        ['- Metals — Aluminium stays under $3,000/t by June (via @metalsdesk)'],
      ),
    );
    expect(got.map((c) => c.restates)).toEqual([undefined, 0]);
  });

  it("the handle's own claim restated in the item's words; not the claim's undated clause", () => {
    const got = brief(
      issue(
        ['@hoopsdata — Celtics champions in June', '@eudesk — Meta signs the code by May'],
        [
          '- NBA — The Celtics are favourites. Boston wins the title in June (via @hoopsdata)',
          '- AI code — The AI Office publishes its guidelines by May; Meta still refuses to sign the code (via @eudesk)',
        ],
      ),
    );
    expect(got.map((c) => c.restates)).toEqual([undefined, undefined, 0, undefined]);
  });

  it('"also sees" shares a view and may restate; "also" beside a new outcome adds a call', () => {
    const got = brief(
      [
        'The Signal',
        'We expect gold to trade above $5,000 by the end of Q3.',
        '',
        'Desk Notes',
        '- @bullionbank — also sees gold above $5,000 by the end of Q3',
        '- @bullionbank — silver also tops $60 by the end of Q3',
      ].join('\n'),
    );
    expect(got.map((c) => c.restates)).toEqual([undefined, 0, undefined]);
  });
});

describe('Desk Notes (More on claims: the same outcome)', () => {
  const P = { published: '2027-05-03' };

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

describe('Desk Notes (More on claims: the same outcome)', () => {
  const P = { published: '2027-05-03' };

  const restates = (lede: string, items: string, note: string) =>
    extractClaims(['The Signal', lede, "What's Moving", items, 'Desk Notes', note].join('\n'), P).map(
      (c) => c.restates,
    );
  const lede = 'Rates are the story.';

  it('"25 Mt" set apart is million tonnes, as "25mt" is, and a unit symbol is no name', () => {
    const item = '- Wheat -- Australia exports more than 25 million tonnes of wheat in 2028 (via @grainsoz)';
    expect(restates(lede, item, '- @grainsoz: wheat exports above 25 Mt next year')).toEqual([undefined, 0]);
    // A different figure is a call of its own; a spaced lower-case "mt" may be metric tons.
    expect(restates(lede, item, '- @grainsoz: wheat exports above 30 Mt next year')).toEqual([undefined, undefined]);
    expect(restates(lede, item, '- @grainsoz: wheat exports above 25 mt next year')).toEqual([undefined, undefined]);
  });

  it('a place the note names is in an item that has its demonym ("France" for "French")', () => {
    const item = '- Rail -- The French operator opens its last high-speed line by the end of the decade (via @railfr)';
    expect(restates(lede, item, '- @railfr: last high-speed line in France by 2029')).toEqual([undefined, 0]);
    expect(
      restates(lede, item.replace('French', 'German'), '- @railfr: last high-speed line in Germany by 2029'),
    ).toEqual([undefined, 0]);
    // A place the item does not name is a name the claim lacks.
    expect(restates(lede, item, '- @railfr: last high-speed line in Italy by 2029')).toEqual([undefined, undefined]);
    // A four-letter place counts as a four-letter stem does the other way ("Iranian" for "Iran").
    expect(
      restates(lede, item.replace('French', 'Iranian'), '- @railfr: last high-speed line in Iran by 2029'),
    ).toEqual([undefined, 0]);
    expect(
      restates(lede, item.replace('French', 'Peruvian'), '- @railfr: last high-speed line in Peru by 2029'),
    ).toEqual([undefined, 0]);
  });
});

describe('Desk Notes (More on claims: the same outcome)', () => {
  const restates = (item: string, note: string) =>
    extractClaims(['The Signal', 'Rates are the story.', "What's Moving", item, 'Desk Notes', note].join('\n'), {
      published: '2026-03-16',
    }).map((c) => c.restates);

  it('the acronym of a measure ("CPI", "GDP") names no one: the item may name what it measures', () => {
    const item = '- Argentina -- Monthly inflation falls below 2% by the third quarter (via @pampaprices)';
    expect(restates(item, '- @pampaprices: monthly CPI under 2% by September')).toEqual([undefined, 0]);
    const growth = '- Chile -- Growth tops 3% in 2027 (via @andesmacro)';
    expect(restates(growth, '- @andesmacro: Chilean GDP above 3% in 2027')).toEqual([undefined, 0]);
    // An item that does not name what the acronym measures still lacks the name.
    const exports = '- Argentina -- Monthly exports fall below 2% by the third quarter (via @pampaprices)';
    expect(restates(exports, '- @pampaprices: monthly CPI under 2% by September')).toEqual([undefined, undefined]);
  });
});

describe('a Desk Note restates a claim only with the same outcome (More on claims: the same event, the same direction)', () => {
  const PUB = '2026-03-10';

  const restates = (moving: string, note: string) =>
    extractClaims(["What's Moving", `- ${moving}`, '', 'Desk Notes', `- ${note}`].join('\n'), {
      published: PUB,
    }).map((c) => c.restates);
  it.each([
    // The opposite direction, a hold for a move, a denied outcome, another count in words, another company …
    ['Rates — The RBA cuts rates in May (via @aussiemacro)', '@aussiemacro — RBA raises in May', undefined],
    ['Rates — The RBA cuts rates in May (via @aussiemacro)', '@aussiemacro — RBA hikes in May', undefined],
    ['Rates — The RBA cuts rates in May (via @aussiemacro)', '@aussiemacro — RBA on hold in May', undefined],
    ['Fed — The Fed cuts rates in June (via @fedwatch)', '@fedwatch — No Fed cut in June', undefined],
    ['Fed — The Fed cuts twice by December (via @fedwatch)', '@fedwatch — Fed cuts three times by December', undefined],
    ['Autos — GM cuts prices in June (via @autodesk)', '@autodesk — Ford cuts prices in June', undefined],
    // … are new calls; the same outcome in other words still restates it.
    ['Rates — The RBA cuts rates in May (via @aussiemacro)', '@aussiemacro — RBA cut in May', 0],
    ['Rates — The RBA holds rates in May (via @aussiemacro)', '@aussiemacro — RBA on hold in May', 0],
    [
      'Rates — It holds until May 2027 and then cuts again (via @aussiemacro)',
      '@aussiemacro — on hold into May 2027',
      0,
    ],
    ['Fed — The Fed will not cut rates in June (via @fedwatch)', '@fedwatch — No Fed cut in June', 0],
    ['Fed — The Fed cuts rates in June (via @fedwatch)', '@fedwatch — Fed cuts in June, not April', 0],
    ['Fed — The Fed cuts twice by December (via @fedwatch)', '@fedwatch — Fed cuts two times by December', 0],
    ['Fed — The Fed cuts 2 times by December (via @fedwatch)', '@fedwatch — Fed cuts twice by December', 0],
    ['Autos — GM cuts prices in June (via @autodesk)', '@autodesk — GM price cuts in June', 0],
    ['Autos — GM cuts prices in June (via @autodesk)', '@autodesk — Price cuts in June', 0],
    ['Labour — No East Coast strike before 2030 (via @joc)', '@joc — no strike before 2030', 0],
  ] as const)('%s / %s', (moving, note, expected) => {
    expect(restates(moving, note)).toEqual([undefined, expected]);
  });
});

describe('A Desk Note restates a call in headline style (More on claims: the same claim)', () => {
  const issue = (note: string) =>
    [
      "What's Moving",
      '- Mergers — Acme completes its Beta acquisition in Q3 (via @dealwire)',
      '',
      'Desk Notes',
      `- @dealwire — ${note}`,
    ].join('\n');

  it('a bare participle ("Beta deal closed in Q3") is the call restated, with its window', () => {
    const got = extractClaims(issue('Beta deal closed in Q3'), { published: '2026-02-09' });
    expect(got.map((c) => [c.window && [c.window.start, c.window.end], c.restates])).toEqual([
      [['2026-07-01', '2026-09-30'], undefined],
      [['2026-07-01', '2026-09-30'], 0],
    ]);
  });

  it('a bare participle that restates no call may state the past, so it is no claim', () => {
    const got = extractClaims(issue('Gamma deal closed in Q3'), { published: '2026-02-09' });
    expect(got).toHaveLength(1);
  });

  it('a period wholly past still gives nothing', () => {
    const got = extractClaims(issue('Beta deal closed in Q3 2025'), { published: '2026-02-09' });
    expect(got).toHaveLength(1);
  });
});
