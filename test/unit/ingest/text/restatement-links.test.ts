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

  it("a ticker without '$' names the company whose name spells it in order ('WMT' for Walmart, 'MSFT' for Microsoft)", () => {
    const got = brief(
      issue(
        ['@retaildesk — WMT guidance raise by November', '@clouddesk — MSFT capex cut by June'],
        [
          '- Walmart — Walmart raises its full-year guidance by November (via @retaildesk)',
          '- Microsoft — Microsoft cuts its capex guidance by June (via @clouddesk)',
        ],
      ),
    );
    expect(got.map((c) => c.restates)).toEqual([undefined, undefined, 0, 1]);
    // Letters out of order, a longer word, or a company the item does not name are someone else.
    const other = brief(
      issue(
        ['@retaildesk — WTM guidance raise by November', '@retaildesk — AMZN guidance raise by November'],
        ['- Walmart — Walmart raises its full-year guidance by November (via @retaildesk)'],
      ),
    );
    expect(other.map((c) => c.restates)).toEqual([undefined, undefined, undefined]);
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

describe('Desk Notes: which claim a note restates (published 2027-05-03)', () => {
  const P = { published: '2027-05-03' };

  const linked = (item: string, note: string) =>
    extractClaims(["What's Moving", item, '', 'Desk Notes', note].join('\n'), P).map((c) => c.restates);

  const restates = (lede: string, items: string, note: string) =>
    extractClaims(['The Signal', lede, "What's Moving", items, 'Desk Notes', note].join('\n'), P).map(
      (c) => c.restates,
    );

  const lede = 'Rates are the story.';

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

describe('Desk Notes: which claim a note restates (published 2027-03-01)', () => {
  const P = { published: '2027-03-01' };

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

describe('Desk Notes: which claim a note restates (published 2026-02-09)', () => {
  const P = '2026-02-09';

  const brief = (text: string) =>
    extractClaims(text, { published: P }).map((c) => ({
      kind: c.kind,
      text: c.text,
      sources: c.sources,
      window: c.window && [c.window.start, c.window.end],
      restates: c.restates,
    }));

  it('a setext underline is no text, and a period written "1H27" is no figure of a Desk Note', () => {
    const issue = [
      'THE SIGNAL',
      '==========',
      'We expect rates to fall by June.',
      '',
      "WHAT'S MOVING",
      '-------------',
      '- Wind — A second auction round follows in the first half of 2027 (via @windwatch)',
      '',
      'DESK NOTES',
      '- @windwatch — a second round in 1H27',
    ].join('\n');
    expect(brief(issue)).toEqual([
      {
        kind: 'CLAIM',
        text: 'We expect rates to fall by June.',
        sources: [],
        window: [P, '2026-06-30'],
        restates: undefined,
      },
      {
        kind: 'CLAIM',
        text: 'A second auction round follows in the first half of 2027',
        sources: ['@windwatch'],
        window: ['2027-01-01', '2027-06-30'],
        restates: undefined,
      },
      {
        kind: 'CLAIM',
        text: 'a second round in 1H27',
        sources: ['@windwatch'],
        window: ['2027-01-01', '2027-06-30'],
        restates: 1,
      },
    ]);
  });

  it("a Desk Note whose period holds the claim's whole period restates it; a later deadline is a new call", () => {
    const issue = [
      "What's Moving",
      '- Mining — The mine restarts in H1 2027 at the earliest (via @minewatch)',
      '- Exports — Exports reach 5 Mt by May 10 (via @portwatch)',
      '',
      'Desk Notes',
      '- @minewatch — mine restart not before 2027',
      '- @portwatch — exports at 5 Mt by June',
    ].join('\n');
    const got = extractClaims(issue, { published: P });
    expect(got.map((c) => [c.sources[0], c.window && c.window.end, c.restates])).toEqual([
      ['@minewatch', '2027-06-30', undefined],
      ['@portwatch', '2026-05-10', undefined],
      ['@minewatch', '2027-12-31', 0],
      ['@portwatch', '2026-06-30', undefined],
    ]);
  });
});

describe('Desk Notes: which claim a note restates (published 2026-02-09), and where an issue ends', () => {
  const P = '2026-02-09';

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

describe('Desk Notes: which claim a note restates (published 2026-03-16)', () => {
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
