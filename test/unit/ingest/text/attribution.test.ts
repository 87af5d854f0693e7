import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../../src/ingest/index.js';
import { windowTable } from '../helpers.js';

// Sources: who a claim is attributed to (TIME-WINDOWS.md, "Sources").

windowTable([
  [
    'Not windows, past states: a trailing attribution ("…, the CEO told reporters") reports, it does not date',
    [
      [
        'The plant is projected to be complete in 2028, chief executive Ana Ruiz told reporters.',
        '2028-01-01',
        '2028-12-31',
      ],
    ],
  ],
]);

describe('sources of a statement', () => {
  const brief = (text: string, published = '2026-04-06') =>
    extractClaims(text, { published }).map((c) => ({
      kind: c.kind,
      text: c.text,
      sources: c.sources,
      end: c.window?.end ?? null,
      restates: c.restates,
    }));

  it('a bullet with two attributions cites each for its own statement, footnote marks aside', () => {
    const issue = [
      "What's Moving",
      '- Ports — Rotterdam handles 15M boxes in 2026 (via @portrotterdam). Hamburg falls below 8M by 2027 (via @hhla).²',
    ].join('\n');
    expect(brief(issue).map((c) => [c.text, c.sources])).toEqual([
      ['Rotterdam handles 15M boxes in 2026', ['@portrotterdam']],
      ['Hamburg falls below 8M by 2027', ['@hhla']],
    ]);
  });
});

describe('attribution forms (TIME-WINDOWS.md, Sources)', () => {
  const P = { published: '2026-02-09' };

  const forms: Array<[string, string[]]> = [
    ['(via @a)', ['@a']],
    ['(via @a and @b)', ['@a', '@b']],
    ['(via @a, @b)', ['@a', '@b']],
    ['(via @a/@b)', ['@a', '@b']],
    ['(via @a vs. @b)', ['@a', '@b']],
    ['(via @A podcast)', ['@a']],
    ['(h/t @y)', ['@y']],
    ['(per @x)', ['@x']],
  ];
  it.each(forms)('%s', (form, sources) => {
    expect(extractClaims(`What's Moving\n- Topic — Copper tops $12k by Q3 ${form}`, P)[0]?.sources).toEqual(sources);
  });
  it('"@x reports that …" and "per @x" inside a lede sentence; uncited lede sentences are the desk\'s', () => {
    const c = extractClaims(
      'The Signal\n@Reuters reports that the deal closes by Q3. Per @ft, layoffs follow in H2. We expect margins to rise in 2027.',
      P,
    );
    expect(c.map((x) => x.sources)).toEqual([['@reuters'], ['@ft'], []]);
  });
  it('Desk Notes take the leading handle and restate a claim made elsewhere', () => {
    const text =
      "What's Moving\n- Chips — TSMC raises prices by Q3 (via @dnystedt)\nDesk Notes\n- @dnystedt (Dan) — Price hikes by Q3; bullish TSMC\n- @other — Nothing dated";
    const c = extractClaims(text, P);
    expect(c[1]).toMatchObject({
      kind: 'CLAIM',
      sources: ['@dnystedt'],
      section: 'Desk Notes',
      restates: 0,
      text: 'Price hikes by Q3',
    });
  });
});

describe('sources: interviews, roundtables and transcripts (published 2027-10-04)', () => {
  const P = { published: '2027-10-04' };

  it("an interview's answers are the interviewee's, cited once in the introduction", () => {
    const issue = (intro: string) =>
      [
        'THE INTERVIEW',
        intro,
        '',
        'Q: Where do rates go? A: Down. The bank cuts twice by June.',
        '',
        'A: Mortgage spreads narrow in the coming months.',
      ].join('\n');
    const interview = extractClaims(issue('This week we spoke with Ana Ruiz (@anaruiz), chief economist.'), P);
    expect(interview.map((c) => [c.text, c.sources])).toEqual([
      ['The bank cuts twice by June.', ['@anaruiz']],
      ['Mortgage spreads narrow in the coming months.', ['@anaruiz']],
    ]);
    // Without an interview, a handle in one paragraph does not cite the next.
    const plain = extractClaims(
      ['THE SIGNAL', 'Rates are the story (via @anaruiz).', '', 'The bank cuts twice by June.'].join('\n'),
      P,
    );
    expect(plain.map((c) => c.sources)).toEqual([[]]);
  });
});

describe('sources: interviews, roundtables and transcripts (published 2027-05-03)', () => {
  const P = { published: '2027-05-03' };

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

describe('sources: transcript turns under show notes (published 2026-04-13)', () => {
  const P = { published: '2026-04-13' };
  const notes = (intro: string) =>
    [
      'Rights & Wrongs',
      'Episode 147 · 13 April 2026',
      '',
      intro,
      '',
      'The Signal',
      'Rights fees stopped rising in 2025 for everything except the biggest events.',
      '',
      "What's Moving",
      '[03:40] LUIS: Amazon takes at least one package before the end of June.',
      '[12:30] PRIYA: The broadcaster renews its deal before the race starts on 4 July.',
      '[20:00] DANA: The auction closes above £7bn a season by the end of June.',
    ].join('\n');

  it("guests introduced above the first house section speak under their names in a later section's turns", () => {
    const intro =
      'In this episode Dana Okafor talks to Luis Ferrer of Ferrer Media (@ferrer_media) and Priya Nand, who ran ' +
      'rights sales at two leagues (@priyanand), about sports rights.';
    // The host who "talks to" a guest is introduced by no handle of her own: her turn is the desk's.
    expect(extractClaims(notes(intro), P).map((c) => c.sources)).toEqual([['@ferrer_media'], ['@priyanand'], []]);
  });

  it('a host is still introduced by a handle of their own, and an introduction naming nobody attributes nothing', () => {
    const hosted = 'Dana Okafor (@danaokafor) is joined by Luis Ferrer (@ferrer_media) and Priya Nand (@priyanand).';
    expect(extractClaims(notes(hosted), P).map((c) => c.sources)).toEqual([
      ['@ferrer_media'],
      ['@priyanand'],
      ['@danaokafor'],
    ]);
    const nobody = 'Who pays for the Tour, and what the Premier League auction is really worth.';
    expect(extractClaims(notes(nobody), P).map((c) => c.sources)).toEqual([[], [], []]);
  });
});

describe('sources: a transcript turn takes no handle from another section (published 2026-02-09)', () => {
  it("a What's Moving bullet naming someone is no introduction of a later section's speaker", () => {
    const text = [
      "What's Moving",
      "- Goldman's Sarah Chen sees the ECB cutting by June (via @gs_macro).",
      'Crosscurrents',
      '[00:00] SARAH: I think gilts rally by March.',
    ].join('\n');
    expect(extractClaims(text, { published: '2026-02-09' }).map((c) => c.sources)).toEqual([['@gs_macro'], []]);
  });
});

describe('a claim that carries its antecedent cites what the antecedent cites', () => {
  const P = { published: '2026-06-22' };
  it('"… says @a. It does not pass …" gives the second sentence @a; a pronoun-free sentence keeps its own', () => {
    const issue = [
      'The Signal',
      'Federal',
      'A preemption bill clears the committee in July, says @hilltechdesk. It does not pass the full Senate this year.',
      '',
      'A preemption bill clears the committee in July, says @hilltechdesk. The Senate adjourns without a vote this year.',
    ].join('\n');
    const got = extractClaims(issue, P);
    expect(got.map((c) => c.sources)).toEqual([['@hilltechdesk'], ['@hilltechdesk'], ['@hilltechdesk'], []]);
    expect(got[1]?.text).toMatch(/says @hilltechdesk\. It does not pass the full Senate this year\.$/);
    expect(got[3]?.text).toBe('The Senate adjourns without a vote this year.');
  });
});

describe('sources: a chat export whose speakers carry their handles (published 2026-04-06)', () => {
  const P = { published: '2026-04-06' };
  it('a time-stamped speaker written as a name is a turn of its own, and a handle beside the name is its source', () => {
    const text = [
      "What's Moving (from the group chat, lightly edited)",
      '[09:02] Dev (@devonthegrid): Russell signs a two-year extension by the end of July.',
      '[09:04] Priya (@PriyaF1data): Audi scores its first points by the end of May.',
      '[09:11] Marco: Madrid slips to 2027.',
    ].join('\n');
    const got = extractClaims(text, P);
    expect(got.map((c) => [c.text, c.sources])).toEqual([
      ['Russell signs a two-year extension by the end of July.', ['@devonthegrid']],
      ['Audi scores its first points by the end of May.', ['@priyaf1data']],
      ['Madrid slips to 2027.', []],
    ]);
  });

  it('a time stamp before a topic outside a chat export is the time of the line: the topic stays in the claim', () => {
    const text = [
      "What's Moving",
      'Markets open quietly.',
      '[08:30] Payrolls: we expect 180k jobs on Friday.',
      'Oil holds steady.',
    ].join('\n');
    expect(extractClaims(text, P).map((c) => [c.text, c.sources, c.window?.start])).toEqual([
      ['Payrolls: we expect 180k jobs on Friday.', [], '2026-04-10'],
    ]);
  });

  it('time-stamped lines whose names speak twice make a chat export, whose names are speakers', () => {
    const text = [
      "What's Moving",
      '[09:02] Dev: Russell signs a two-year extension by the end of July.',
      '[09:11] Marco: Madrid slips to 2027.',
      '[09:14] Dev: Audi scores its first points by the end of May.',
    ].join('\n');
    expect(extractClaims(text, P).map((c) => c.text)).toEqual([
      'Russell signs a two-year extension by the end of July.',
      'Madrid slips to 2027.',
      'Audi scores its first points by the end of May.',
    ]);
  });

  it('a timeline of time-stamped topics that never recur keeps each topic in its claim', () => {
    const text = [
      "What's Moving",
      '[08:30] Payrolls: we expect a 150k gain on Friday.',
      '[10:00] ISM Services: the index will slip below 50 in January.',
    ].join('\n');
    expect(extractClaims(text, P).map((c) => c.text)).toEqual([
      'Payrolls: we expect a 150k gain on Friday.',
      'ISM Services: the index will slip below 50 in January.',
    ]);
  });

  it('a time-stamped speaker in capitals is a turn without a chat around it (a transcript)', () => {
    const text = ["What's Moving", '[03:40] LUIS: Amazon takes at least one package before the end of June.'].join(
      '\n',
    );
    expect(extractClaims(text, P).map((c) => c.text)).toEqual([
      'Amazon takes at least one package before the end of June.',
    ]);
  });

  it('without a time stamp a name in ordinary case and a colon opens a sentence, no turn', () => {
    const text = [
      "What's Moving",
      'Priya (@priyaf1data): Audi scores its first points by the end of May.',
      'Marco: Madrid slips to 2027.',
    ].join('\n');
    // The names stay in the sentences, and the handle in brackets cites only the sentence it stands in.
    expect(extractClaims(text, P).map((c) => [c.text, c.sources])).toEqual([
      ['Priya (@priyaf1data): Audi scores its first points by the end of May.', ['@priyaf1data']],
      ['Marco: Madrid slips to 2027.', []],
    ]);
  });
});

describe('show notes under no heading of their own, above the first house heading, introduce the guests of the turns below', () => {
  const P = { published: '2026-12-07' };
  const turns = (top: string[]) =>
    extractClaims(
      [
        ...top,
        'Host Marcus Hale is joined by fantasy analyst Jenna Cole (@jennacoleff) and bettor Dev Patel (@sharpdev).',
        '',
        'THE SIGNAL',
        'The AFC bye is down to two teams.',
        '',
        'TRANSCRIPT HIGHLIGHTS',
        '[22:15] DEV: The Eagles win the NFC East in January.',
        '[24:02] JENNA: The Rams win the NFC West in January.',
        '[26:50] MARCUS: The Ravens beat the Packers on February 14.',
      ].join('\n'),
      P,
    ).map((c) => [c.sources.join(','), c.text]);

  it('after a title line, the introduction still names each guest, whose turns are theirs', () => {
    expect(turns(['THE RED ZONE REPORT - Episode 214 show notes', ''])).toEqual([
      ['@sharpdev', 'The Eagles win the NFC East in January.'],
      ['@jennacoleff', 'The Rams win the NFC West in January.'],
      ['', 'The Ravens beat the Packers on February 14.'],
    ]);
  });

  it('counter-case: with no title line, as with a heading of their own, the host still speaks for the desk', () => {
    const want = [
      ['@sharpdev', 'The Eagles win the NFC East in January.'],
      ['@jennacoleff', 'The Rams win the NFC West in January.'],
      ['', 'The Ravens beat the Packers on February 14.'],
    ];
    expect(turns([])).toEqual(want);
    expect(turns(['SHOW NOTES'])).toEqual(want);
  });
});
