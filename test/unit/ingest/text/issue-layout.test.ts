import { describe, expect, it } from 'vitest';
import { extractClaims, extractClaimsWithSpans, findWindow, IngestInputError } from '../../../../src/ingest/index.js';
import { isClaimSentence } from '../../../../src/ingest/text/claim-rules.js';
import { isChatHeader } from '../../../../src/ingest/text/turns.js';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

// Whole issues: mastheads, titles, datelines, sections that make no calls, hard-wrapped pastes and formats.

describe('More on claims: title, dateline, masthead and mail headers are never claims', () => {
  const P = { published: '2026-03-02' };
  const brief = (text: string) =>
    extractClaims(text, P).map((c) => ({
      kind: c.kind,
      text: c.text,
      sources: c.sources,
      window: c.window && [c.window.start, c.window.end],
      restates: c.restates,
    }));

  it('a two-line masthead under a title heading, joined into one paragraph, is not proposed', () => {
    const text = [
      'THE WEEKLY WIRE',
      'Edition 12 — Monday 2 March 2026 — London',
      'Telecoms, spectrum and the money behind them',
      '',
      'The Signal',
      'Ofcom auctions the mmWave spectrum by the end of Q3.',
    ].join('\n');
    expect(brief(text).map((c) => c.text)).toEqual(['Ofcom auctions the mmWave spectrum by the end of Q3.']);
  });

  it('an issue pasted inside a mail reply: the reply header, the quoted subject and the signature are not claims', () => {
    const text = [
      'Fine by me, send it.',
      '',
      'On Sun, Mar 1, 2026 at 8:40 PM Lee Park <lee@wire.example> wrote:',
      '> Subject: Spectrum sells out by summer',
      '>',
      '> The Signal',
      '> Ofcom auctions the mmWave spectrum by the end of Q3.',
      '>',
      '> --',
      '> Lee Park',
      '> Editor',
    ].join('\n');
    expect(brief(text)).toEqual([
      {
        kind: 'CLAIM',
        text: 'Ofcom auctions the mmWave spectrum by the end of Q3.',
        sources: [],
        window: ['2026-03-02', '2026-09-30'],
        restates: undefined,
      },
    ]);
  });

  it('a forwarded mail keeps none of its headers, and a title line set directly above the lede is left out', () => {
    const text = [
      '---------- Forwarded message ---------',
      'From: The Wire <desk@wire.example>',
      'Date: Mon, Mar 2, 2026 at 6:00 AM',
      'Subject: Fibre overbuilders consolidate by Christmas',
      '',
      'The Wire, our telecoms call for Monday 2 March 2026',
      'Two UK fibre overbuilders merge before the end of the year.',
      '',
      "What's Moving",
      '- Towers — Cellnex sells its Nordic towers in the second half (via @towerwatch)',
    ].join('\n');
    expect(brief(text).map((c) => [c.text, c.window])).toEqual([
      ['Two UK fibre overbuilders merge before the end of the year.', ['2026-03-02', '2026-12-31']],
      ['Cellnex sells its Nordic towers in the second half', ['2026-07-01', '2026-12-31']],
    ]);
  });
});

describe('More on claims: a greeting and a dateline sentence above the first house section are masthead', () => {
  const P = { published: '2026-03-02' };
  const brief = (text: string) =>
    extractClaims(text, P).map((c) => ({
      kind: c.kind,
      text: c.text,
      sources: c.sources,
      window: c.window && [c.window.start, c.window.end],
      restates: c.restates,
    }));

  it('the welcome line that gives the issue number and date is not proposed; the lede below its heading is', () => {
    const text = [
      'Hello readers,',
      '',
      'This is Spectrum Notes, edition 31, March 2, 2026. Forwarded this? Sign up below.',
      '',
      '**The Signal**',
      'Ofcom auctions the mmWave spectrum by the end of Q3.',
    ].join('\n');
    expect(brief(text).map((c) => c.text)).toEqual(['Ofcom auctions the mmWave spectrum by the end of Q3.']);
  });
});

describe('sections that make no calls', () => {
  const brief = (text: string, published = '2026-04-06') =>
    extractClaims(text, { published }).map((c) => ({
      kind: c.kind,
      text: c.text,
      sources: c.sources,
      end: c.window?.end ?? null,
      restates: c.restates,
    }));

  it('data points, revisited calls and footnotes are not claims', () => {
    const issue = [
      'The Signal',
      'We expect copper to top $12,000 by the end of Q3.',
      '',
      'By the Numbers',
      '- 4% — the fall in output, 2025–26',
      '',
      'Previously',
      '- Our March call that zinc hits $3,000 by June is still open.',
      '',
      'Tradecraft',
      'BULL: Copper tops $13,000 by December.',
      '',
      'Footnotes',
      '¹ The exchange said it expects to list the new contract in 2027.',
    ].join('\n');
    expect(brief(issue).map((c) => c.text)).toEqual([
      'We expect copper to top $12,000 by the end of Q3.',
      'Copper tops $13,000 by December.',
    ]);
  });

  it('a section of calls the desk got wrong or right revisits them, no new calls', () => {
    const issue = [
      'The Signal',
      'We expect copper to top $12,000 by the end of Q3.',
      '',
      '## What we got wrong last quarter',
      "We also expected ASML's orders to dip below €4B in Q3, and they did not.",
      '',
      '## What we got right',
      'Copper tops $11,000 by June, as we said.',
      '',
      '## What we expect next',
      'Zinc tops $3,000 by June.',
    ].join('\n');
    expect(brief(issue).map((c) => c.text)).toEqual([
      'We expect copper to top $12,000 by the end of Q3.',
      'Zinc tops $3,000 by June.',
    ]);
  });

  it('a quoted letter in an issue that is not itself quoted is not a claim; a quoted Tradecraft block is', () => {
    const issue = [
      'The Signal',
      'We think the league expands to 16 teams by 2028.',
      '',
      'Mailbag',
      '> Love the letter. I think the salary cap doubles by 2027.',
      '>   -- Sam, Ohio',
      '',
      'Fair question, Sam.',
      '',
      'Tradecraft',
      '> BULL: Media rights double by 2029.',
    ].join('\n');
    expect(brief(issue).map((c) => [c.kind, c.text])).toEqual([
      ['CLAIM', 'We think the league expands to 16 teams by 2028.'],
      ['BULL', 'Media rights double by 2029.'],
    ]);
  });

  it("the desk's record of its own earlier calls is not a new call, whatever the section's name", () => {
    expect(isClaimSentence('Our call that the merger closes before the end of 2026 is still open.')).toBe(false);
    expect(isClaimSentence('We said in May that rates fall by December.')).toBe(false);
    expect(isClaimSentence('"Freight rates double in 2026" — on track; final data in January.')).toBe(false);
    expect(isClaimSentence('Our call is a cut by December.')).toBe(true);
  });

  it("'+' marks the items of a plain-text list", () => {
    const issue = [
      "What's Moving",
      '+ Ports: Rotterdam tops 15M boxes in 2026 (via @portnews)',
      '+ Rail: Freight volumes fall by June (via @railnews)',
    ].join('\n');
    expect(brief(issue).map((c) => [c.text, c.sources])).toEqual([
      ['Rotterdam tops 15M boxes in 2026', ['@portnews']],
      ['Freight volumes fall by June', ['@railnews']],
    ]);
  });

  it('a short line led by an emoji heads a section of its own', () => {
    const issue = [
      '💬 Our take',
      'Rates fall by June.',
      '',
      '🔋 2 things',
      '• Gas tops $4 by July (via @gasbuddy)',
    ].join('\n');
    expect(extractClaims(issue, { published: '2026-04-06' }).map((c) => [c.section, c.text])).toEqual([
      ['Our take', 'Rates fall by June.'],
      ['2 things', 'Gas tops $4 by July'],
    ]);
  });
});

describe('issue formats (ingest issue: formats seen in the wild)', () => {
  const P = { published: '2026-02-09' };
  const brief = (text: string) =>
    extractClaims(text, P).map((c) => ({ kind: c.kind, text: c.text, sources: c.sources, section: c.section }));

  const bodies = {
    plain: 'Tradecraft\nBULL\nChip demand beats supply through 2027.\nBEAR\nPrices fall in Q3.',
    bold: 'Tradecraft\n**BULL:** Chip demand beats supply through 2027.\n\n**BEAR:** Prices fall in Q3.',
    dash: 'Tradecraft\nBull — Chip demand beats supply through 2027.\nBear — Prices fall in Q3.',
    emoji: 'Tradecraft\n🐂 BULL\nChip demand beats supply through 2027.\n🐻 BEAR\nPrices fall in Q3.',
    markdown: '## Tradecraft\n### BULL\nChip demand beats supply through 2027.\n### BEAR\nPrices fall in Q3.',
    crlf: 'Tradecraft\r\nBULL\r\nChip demand beats supply\r\nthrough 2027.\r\nBEAR\r\nPrices fall in Q3.',
  };
  it.each(Object.entries(bodies))('Tradecraft labels, %s style', (_style, text) => {
    expect(brief(text)).toEqual([
      { kind: 'BULL', text: 'Chip demand beats supply through 2027.', sources: [], section: 'Tradecraft' },
      { kind: 'BEAR', text: 'Prices fall in Q3.', sources: [], section: 'Tradecraft' },
    ]);
  });

  it('a Tradecraft block with no time phrase is still proposed, with a null window', () => {
    const [c] = extractClaims('Tradecraft\nBULL\nHarness-first wins.', P);
    expect(c).toMatchObject({ kind: 'BULL', window: null, sources: [] });
  });

  it.each(['- ', '* ', '• ', '– ', '1. ', '2) '])(
    'bullets with %j, hard-wrapped, attribution stripped from the text',
    (marker) => {
      const text = `What's Moving\n${marker}Grid — Queues keep growing. Utilities add 40 GW\n  of storage by 2028 (via @gridwatch)\n${marker}Other — Nothing dated here (via @x)`;
      expect(brief(text)).toEqual([
        {
          kind: 'CLAIM',
          text: 'Utilities add 40 GW of storage by 2028',
          sources: ['@gridwatch'],
          section: "What's Moving",
        },
      ]);
    },
  );

  it('section headings as markdown, bold, emoji and ALL CAPS map to the canonical names', () => {
    for (const h of ["## What's Moving", "**What's Moving**", '📈 What’s Moving', "WHAT'S MOVING", "What's Moving:"]) {
      expect(extractClaims(`${h}\n- Lithium prices double by 2027 (via @a)`, P)[0]?.section).toBe("What's Moving");
    }
  });

  it('an extra section keeps its printed name; a missing lede section still yields claims', () => {
    const c = extractClaims(
      "## Reading List\n- Rates fall in Q3 (via @macro)\n## What's Moving\n- Oil rises by June (via @oil)",
      P,
    );
    expect(c.map((x) => x.section)).toEqual(['Reading List', "What's Moving"]);
  });

  it('a label glued to the end of a line is stripped and starts a new paragraph', () => {
    const text =
      'The Signal\nCompute is rationed and prices rise by 2027."IMPORTANT\nServing wins over training through 2028.';
    const c = extractClaimsWithSpans(text, P);
    expect(c.map((x) => x.claim.text)).toEqual([
      'Compute is rationed and prices rise by 2027."',
      'Serving wins over training through 2028.',
    ]);
    expect(text.slice(c[0]?.start, c[0]?.end)).not.toContain('IMPORTANT');
  });

  it('spans point into the original text, CRLF included', () => {
    const text =
      "The Signal\r\nIntro line.\r\nWe expect the merger\r\nto close by Q3.\r\nWhat's Moving\r\n- Oil — Brent tops $100 by June (via @oil)";
    for (const { claim, start, end } of extractClaimsWithSpans(text, P)) {
      expect(text.slice(start, end).replace(/\s+/g, ' ')).toBe(claim.text);
    }
  });

  it('calendar listings and promotions are not claims', () => {
    expect(extractClaims('## Calendar\n- Mar 18 — FOMC decision\n- Subscribe by Friday for 20% off', P)).toEqual([]);
  });

  it('questions, could-possibilities, unfalsifiable and undated sentences are not claims outside Tradecraft', () => {
    const text =
      'The Signal\nWill rates fall by Q3? Prices could double by 2027. Something gives by mid-2027. AI is the future. Brent hits $100 by June.';
    expect(brief(text).map((c) => c.text)).toEqual(['Brent hits $100 by June.']);
  });

  it('a sentence needing an antecedent carries the previous sentence of the item', () => {
    const c = extractClaims('The Signal\nThe Senate is debating the tariff bill. If it passes, tariffs drop by Q3.', P);
    expect(c.map((x) => x.text)).toEqual(['The Senate is debating the tariff bill. If it passes, tariffs drop by Q3.']);
  });

  it('empty text gives [] and a published date that is not real throws IngestInputError', () => {
    expect(extractClaims('', P)).toEqual([]);
    expect(extractClaims('  \n\r\n', P)).toEqual([]);
    for (const bad of ['2026-02-30', '2026-2-09', '09/02/2026', '', '2026-13-01']) {
      expect(() => extractClaims('x', { published: bad })).toThrow(IngestInputError);
      expect(() => findWindow('by 2030', bad)).toThrow(IngestInputError);
    }
  });
});

describe('robustness', () => {
  const P = { published: '2026-02-09' };

  it('every fixture survives being pasted with CRLF line endings', () => {
    const dir = join(import.meta.dirname, '../../../fixtures/issues');
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.txt'))) {
      const text = readFileSync(join(dir, f), 'utf8');
      const lf = extractClaims(text.replace(/\r\n/g, '\n'), P);
      const crlf = extractClaims(text.replace(/\r?\n/g, '\r\n'), P);
      expect(crlf).toEqual(lf);
    }
    // Every fixture twice, on cores other test files share: the time grows with the fixture set and with the machine's load.
  }, 120_000);
});

describe('issues ("More on claims": the title, dateline and masthead lines are never claims)', () => {
  const drafts = (text: string, published = '2026-03-02') =>
    extractClaims(text, { published }).map((c) => [c.text, c.window && [c.window.start, c.window.end]]);

  it('a bullet-only brief opens with its dateline as a bullet', () => {
    const text = [
      '- MARKET WIRE // rates and credit // March 2, 2026',
      '- Treasury yields fall below 4% by June (via @bondwatch)',
    ].join('\n');
    expect(drafts(text)).toEqual([['Treasury yields fall below 4% by June', ['2026-03-02', '2026-06-30']]]);
  });

  it('an issue pasted as a quoted reply keeps its dateline out', () => {
    const text = [
      'Worth a read before the call. Sam',
      '',
      '> THE LEDGER',
      '> Energy notes · March 2, 2026',
      '>',
      '> LEAD',
      '> Brent tops $90 by June.',
    ].join('\n');
    expect(drafts(text)).toEqual([['Brent tops $90 by June.', ['2026-03-02', '2026-06-30']]]);
  });

  it('a short line whose own clause is dated by the issue day is a call, not a dateline', () => {
    const text = ['THE SIGNAL', '- The ECB cuts its deposit rate by 25bp on March 2, 2026', '- Brent tops $90 by June'];
    expect(drafts(text.join('\n')).map((d) => d[1])).toEqual([
      ['2026-03-02', '2026-03-02'],
      ['2026-03-02', '2026-06-30'],
    ]);
  });

  it('a sentence dated by the issue day is still read as a sentence', () => {
    const text = [
      'THE SIGNAL',
      'Spot rates fall by June.',
      '',
      'WHAT TO WATCH',
      '- The ECB cuts rates on March 2, 2026, we think.',
    ];
    expect(drafts(text.join('\n')).map((d) => d[1])).toEqual([
      ['2026-03-02', '2026-06-30'],
      ['2026-03-02', '2026-03-02'],
    ]);
  });
});

describe('issues (sections: a sponsor block makes no calls; an agenda is read sentence by sentence)', () => {
  const drafts = (text: string, published = '2026-03-02') =>
    extractClaims(text, { published }).map((c) => [c.text, c.window && [c.window.start, c.window.end]]);

  it('a "Together with" or "Presented by" block is a promotion', () => {
    for (const head of ['TOGETHER WITH ACME', 'PRESENTED BY ACME FREIGHT', 'BROUGHT TO YOU BY ACME'])
      expect(
        drafts(
          `THE SIGNAL\nSpot rates fall by March 31.\n\n${head}\nBook your Q2 freight in one dashboard by March 31.`,
        ),
      ).toEqual([['Spot rates fall by March 31.', ['2026-03-02', '2026-03-31']]]);
  });

  it('a heading that only mentions "together with" further on heads calls', () => {
    expect(
      drafts(
        'THE SIGNAL\nSpot rates fall by March 31.\n\nRATES, TOGETHER WITH THE DOLLAR\nThe Fed cuts rates by June.',
      ),
    ).toEqual([
      ['Spot rates fall by March 31.', ['2026-03-02', '2026-03-31']],
      ['The Fed cuts rates by June.', ['2026-03-02', '2026-06-30']],
    ]);
  });

  it('an agenda section holds calls and calendar entries, each judged by itself', () => {
    const text = [
      'THE AGENDA',
      '- Housing: the council passes the zoning reform by June (via @cityhall).',
      '- Parks: the council votes on the parks levy on May 5.',
    ].join('\n');
    expect(drafts(text)).toEqual([['the council passes the zoning reform by June', ['2026-03-02', '2026-06-30']]]);
  });
});

describe('issues (a hard-wrapped paste that broke a month or weekday at the line end)', () => {
  const drafts = (text: string, published = '2026-03-02') =>
    extractClaims(text, { published }).map((c) => [c.text, c.window && [c.window.start, c.window.end]]);

  it('joins the month again', () => {
    const text = 'THE SIGNAL\nWe expect the merger to close by Decem-\nber 15 after the vote.';
    expect(drafts(text)).toEqual([
      ['We expect the merger to close by December 15 after the vote.', ['2026-03-02', '2026-12-15']],
    ]);
  });

  it('leaves a compound broken at its own hyphen as it is', () => {
    const got = drafts('THE SIGNAL\nThe long-\nhaul carrier cuts fares by June.');
    expect(got.map((d) => d[1])).toEqual([['2026-03-02', '2026-06-30']]);
    expect(String(got[0]?.[0])).toContain('long- haul');
  });
});

describe('issue layout: lists, tables, mastheads and pasted formats (published 2027-05-03)', () => {
  const P = { published: '2027-05-03' };

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
});

describe('issue layout: lists, tables, mastheads and pasted formats (published 2027-10-04)', () => {
  const P = { published: '2027-10-04' };

  const texts = (text: string) => extractClaims(text, P).map((c) => c.text);

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

  it("a roundup paragraph's ALL-CAPS dateline is its title, left out of the claim as a bullet's title is", () => {
    const issue = [
      'AROUND THE REGION',
      'SANTA ROSA — The county opens two cooling centres by July.',
      '',
      'NATO — Spending hits 3% by 2030.',
    ];
    expect(texts(issue.join('\n'))).toEqual([
      'The county opens two cooling centres by July.',
      'Spending hits 3% by 2030.',
    ]);
    // A capitalised word in a sentence that goes on after a dash is no dateline.
    expect(texts(['AROUND THE REGION', 'We expect the vote — A yes — by July.'].join('\n'))).toEqual([
      'We expect the vote — A yes — by July.',
    ]);
  });

  it('a markdown footnote definition is a reference, never a claim', () => {
    const issue = ['## The Signal', 'Yields fall below 4% by December.[^1]', '', '[^1]: Treasury data, October 2.'];
    expect(texts(issue.join('\n'))).toEqual(['Yields fall below 4% by December.[^1]']);
    // A bracketed figure that opens a sentence is still prose.
    expect(texts(['## The Signal', '[Update] Yields fall below 4% by December.'].join('\n'))).toHaveLength(1);
  });

  it('a line opened by a superscript figure defines a footnote, as "[^1]:" does', () => {
    const issue = [
      '## The Signal',
      'Wolverine moves to early 2027 within the next three months.²',
      '',
      '² The Wolverine date is Sony\'s own: "fall 2026" on the PlayStation blog.',
    ];
    expect(texts(issue.join('\n'))).toEqual(['Wolverine moves to early 2027 within the next three months.²']);
    // A plain figure opening a line is still prose, and a superscript mark closing a sentence keeps it a call.
    expect(texts(['## The Signal', '2 more fabs open by 2028.'].join('\n'))).toEqual(['2 more fabs open by 2028.']);
  });

  it("a PDF's running header or footer is masthead, and a paragraph runs on across it", () => {
    const issue = [
      'THE SIGNAL',
      'We expect freight rates to fall 20% by',
      'THE BOX REPORT · 4 October 2027 · Page 1 of 3',
      'the end of March as new ships arrive.',
      '',
      'Page 2',
    ].join('\n');
    expect(texts(issue)).toEqual(['We expect freight rates to fall 20% by the end of March as new ships arrive.']);
    // "page" in a sentence is prose.
    expect(texts(['THE SIGNAL', 'The regulator turns the page on rate caps by March.'].join('\n'))).toHaveLength(1);
  });

  it("a transcript's turns are items of their own; a guest introduced with a handle is each turn's source", () => {
    const issue = [
      'THIS EPISODE',
      'Our guests were Mara Costa, a grid analyst (@maracosta), and Ben Adeyemi of Northline (@benadeyemi).',
      '',
      '[01:05] HOST: Where do prices go? I think they stay high through the winter.',
      '[02:10] COSTA: Down. Spot power falls below $50 by March.',
      '[04:30] ADEYEMI: Not so fast. Two plants close in the coming months.',
      'MARA COSTA: Then prices rise again by the summer.',
    ].join('\n');
    expect(extractClaims(issue, P).map((c) => [c.text, c.sources])).toEqual([
      ['I think they stay high through the winter.', []],
      ['Spot power falls below $50 by March.', ['@maracosta']],
      ['Two plants close in the coming months.', ['@benadeyemi']],
      ['Then prices rise again by the summer.', ['@maracosta']],
    ]);
    // A capitalised word and a colon inside a paragraph's line is no turn ("Note: …" joins its paragraph).
    const plain = ['THE SIGNAL', 'Prices fall by March.', 'Note: spot power falls below $50 by June.'].join('\n');
    expect(texts(plain)).toHaveLength(2);
  });
});

describe('issue layout: lists, tables, mastheads and pasted formats (published 2027-03-01)', () => {
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
});

describe('issue layout: lists, tables, mastheads and pasted formats (published 2026-02-09)', () => {
  const P = '2026-02-09';

  const brief = (text: string) =>
    extractClaims(text, { published: P }).map((c) => ({
      kind: c.kind,
      text: c.text,
      sources: c.sources,
      window: c.window && [c.window.start, c.window.end],
      restates: c.restates,
    }));

  it('an undated forecast that points back takes its antecedent and its date; a present statement does not', () => {
    const issue = [
      "What's Moving",
      '- **Zoning** — The city wants 2,000 permits by 2027. That goal will be missed (via @urbanist)',
      '- **Schools** — The board has scheduled its vote for March 3. Expect it to pass the plan (via @edwatch)',
      '- **Rents** — Rents are flat in 2026. This is no blip; it is structural (via @renter)',
    ].join('\n');
    expect(brief(issue)).toEqual([
      {
        kind: 'CLAIM',
        text: 'The city wants 2,000 permits by 2027. That goal will be missed',
        sources: ['@urbanist'],
        window: [P, '2027-12-31'],
        restates: undefined,
      },
      {
        kind: 'CLAIM',
        text: 'The board has scheduled its vote for March 3. Expect it to pass the plan',
        sources: ['@edwatch'],
        window: ['2026-03-03', '2026-03-03'],
        restates: undefined,
      },
    ]);
  });

  it('HTML character references are decoded before the issue is read; spans point into the text as given', () => {
    const issue = [
      'The Signal',
      'Fares rise 4% in March.&nbsp;Ridership beat its target by 12%.',
      '',
      'Tradecraft',
      'Bull &mdash; Grants are signed before June.',
      '',
      'Desk Notes',
      '&bull; @metro &mdash; fares up 4% in March',
    ].join('\n');
    const spans = extractClaimsWithSpans(issue, { published: P });
    expect(spans.map((s) => [s.claim.kind, s.claim.sources, s.claim.restates])).toEqual([
      ['CLAIM', [], undefined],
      ['BULL', [], undefined],
      ['CLAIM', ['@metro'], 0],
    ]);
    expect(spans.map((s) => issue.slice(s.start, s.end))).toEqual([
      'Fares rise 4% in March.',
      'Grants are signed before June.',
      'fares up 4% in March',
    ]);
    const att = 'The Signal\nAT&T shuts its last 3G towers by December &amp; sells the spectrum.';
    expect(extractClaims(att, { published: P }).map((c) => c.text)).toEqual([
      'AT&T shuts its last 3G towers by December & sells the spectrum.',
    ]);
  });
});

describe('a full stop glued to the next capitalised word still ends the sentence (a paste that lost its space)', () => {
  const texts = (text: string) => extractClaims(text, { published: '2026-04-27' }).map((c) => c.text);
  it.each([
    [
      "What's Moving\n- China: fibre prices were down 3% in March.Prices rebound by the third quarter, per @pxchain",
      'Prices rebound by the third quarter, per @pxchain',
    ],
    [
      'The Signal\nMills are not buying.We think cotton stays under 70 cents through July.',
      'We think cotton stays under 70 cents through July.',
    ],
    // After a year or a percentage, too.
    [
      "What's Moving\n- China: Hollywood's share fell below 15% in 2025.Imports recover by the third quarter, per @cbo",
      'Imports recover by the third quarter, per @cbo',
    ],
    [
      "What's Moving\n- Steel: output fell 4%.Mills restart by the third quarter, per @steeldesk",
      'Mills restart by the third quarter, per @steeldesk',
    ],
  ])('%s', (text, want) => {
    expect(texts(text)).toEqual([want]);
  });
  it.each([
    // An abbreviation, an initialism or a domain keeps its stop inside the sentence.
    ["What's Moving\n- Steel: U.S.Steel output rises in Q3 (via @steeldesk)", 'U.S.Steel output rises in Q3'],
    [
      "What's Moving\n- Rates: the Dec.Meeting brings a cut in December (via @ratesdesk)",
      'the Dec.Meeting brings a cut in December',
    ],
    // A decimal, a version or a short number keeps its point.
    [
      "What's Moving\n- Rates: the 4.5 Target rate holds through June (via @ratesdesk)",
      'the 4.5 Target rate holds through June',
    ],
    ["What's Moving\n- Tech: iOS 26.Beta ships in Q3 (via @appledesk)", 'iOS 26.Beta ships in Q3'],
  ])('%s keeps one sentence', (text, want) => {
    expect(texts(text)).toEqual([want]);
  });
});

describe("a bullet's title set off by a spaced colon glued to its body ('China :Imports …') is left out, as 'China: …' is", () => {
  const texts = (text: string) => extractClaims(text, { published: '2026-04-27' }).map((c) => c.text);
  it.each([
    [
      "What's Moving\n- China :Imports recover by the third quarter, per @cbo",
      'Imports recover by the third quarter, per @cbo',
    ],
    [
      "What's Moving\n- China : Imports recover by the third quarter, per @cbo",
      'Imports recover by the third quarter, per @cbo',
    ],
    [
      "What's Moving\n- Box office :Hollywood's share fell in 2025.It stays under 15% this year, per @cbo",
      "Hollywood's share fell in 2025.It stays under 15% this year, per @cbo",
    ],
  ])('%s', (text, want) => {
    expect(texts(text)).toEqual([want]);
  });
  it.each([
    // A colon glued on both sides is part of a name; one before a figure is a ratio.
    [
      "What's Moving\n- AWS re:Invent draws 70,000 people by December (via @clouddesk)",
      'AWS re:Invent draws 70,000 people by December',
    ],
    [
      "What's Moving\n- The Spurs win the title by June at 3 :1 (via @hoopsdata)",
      'The Spurs win the title by June at 3 :1',
    ],
  ])('%s keeps its text', (text, want) => {
    expect(texts(text)).toEqual([want]);
  });
});

describe('a title before a name ("Rep.", "Sen.", "Gov.") ends no sentence, so its clause keeps its past verb', () => {
  it.each([
    ['Just today, January 14, 2026, Rep. Mike Levin introduced the SHIELD Act.', null],
    ['On January 14, Sen. Mike Lee introduced the bill.', null],
    ['On January 14, Gov. Newsom signed the bill.', null],
    // A title in a forecast still forecasts.
    ['Rep. Levin will introduce the bill in March.', ['2026-03-01', '2026-03-31']],
  ])('%s', (text, want) => {
    const got = extractClaims(text, { published: '2026-01-14' }).map((c) => c.window && [c.window.start, c.window.end]);
    expect(got).toEqual(want === null ? [] : [want]);
  });
});

describe('a title abbreviation ends no sentence only when capitalised, as a title before a name is', () => {
  it.each([
    // "rev." in lower case is "revenue" abbreviated at a sentence's end: two claims.
    [
      'Nvidia guided $54bn in Q3 rev. We expect a beat on Nov. 19.',
      [
        ['2026-07-01', '2026-09-30'],
        ['2026-11-19', '2026-11-19'],
      ],
    ],
    // The capitalised title still joins its name.
    ['On January 14, Sen. Mike Lee introduced the bill.', []],
  ])('%s', (text, want) => {
    const got = extractClaims(text, { published: '2026-06-01' }).map((c) => c.window && [c.window.start, c.window.end]);
    expect(got).toEqual(want);
  });
});

describe('formats: footnote marks, numbered footnotes, emoji sentence ends and replies quoted above a forward', () => {
  const P = { published: '2026-04-06' };
  const texts = (text: string) => extractClaims(text, P).map((c) => c.text);

  it('a footnote mark after the stop ends the sentence it marks; a mark inside a sentence does not', () => {
    expect(
      texts(
        [
          'The Signal',
          'The re-proposal landed on 19 March.[1] We expect the final rule before the end of 2026.',
          'Basel 3.1 was delayed twice.² We think the PRA confirms the date before the end of June.',
        ].join('\n'),
      ),
    ).toEqual([
      'We expect the final rule before the end of 2026.',
      'We think the PRA confirms the date before the end of June.',
    ]);
    // Counter-case: a mark before the stop, or one followed by a lower-case word, leaves the sentence whole.
    expect(texts('The Signal\nThe rule[1] lands by June, and the fee[2] rises in 2027.')).toEqual([
      'The rule[1] lands by June, and the fee[2] rises in 2027.',
    ]);
  });

  it('a line opening with a bracketed number is a footnote when the text refers to that number, else an item', () => {
    const issue = [
      'The Signal',
      'We expect the final rule before the end of 2026.[1]',
      '',
      '______',
      '[1] Comments close 17 June 2026, and the agencies finalize by December.',
    ].join('\n');
    expect(texts(issue)).toEqual(['We expect the final rule before the end of 2026.[1]']);
    // Counter-case: with no mark in the text, "[2] …" lines are text whose calls are read.
    const listed = texts('The Signal\n[1] Banks pass the stress test in June.\n[2] Buybacks hit a record by July.');
    expect(listed.join(' ')).toContain('Buybacks hit a record by July.');
  });

  it('a numbered line above the last footnote mark is a call of the body, not a note', () => {
    const issue = [
      '## Calls',
      '[1] Brent tops $100 by March.',
      '[2] Gold tops $3,000 by June.',
      '',
      'We lay out call[1] in the notes.[1]',
      '',
      '[1] Brent forward curve, 2 January 2026.',
    ].join('\n');
    const claims = extractClaims(issue, { published: '2026-01-05' }).map((c) => c.text);
    expect(claims.join(' ')).toContain('[1] Brent tops $100 by March.');
    expect(claims.join(' ')).not.toContain('forward curve');
  });

  it('an emoji followed by a capitalised word ends a sentence; an emoji inside a sentence does not', () => {
    const issue = [
      '📣 The Signal',
      'We expect holiday sales to grow 3% in November and December 🎁 Returns peak on Jan 2 📬',
      'Walmart 💙 its deals week beats last year by July.',
    ].join('\n');
    expect(texts(issue)).toEqual([
      'We expect holiday sales to grow 3% in November and December 🎁',
      'Returns peak on Jan 2 📬',
      'Walmart 💙 its deals week beats last year by July.',
    ]);
  });

  it('an emoji after a word that leaves its clause open (a verb awaiting its object, a preposition) ends nothing', () => {
    const P2 = { published: '2026-02-23' };
    expect(
      extractClaims('## Chips\nWe expect 📈 Nvidia to beat estimates on Wednesday.', P2).map((c) => c.text),
    ).toEqual(['We expect 📈 Nvidia to beat estimates on Wednesday.']);
    expect(extractClaims('## Chips\nBullish on 🍎 Apple shares hitting $300 by June.', P2).map((c) => c.text)).toEqual([
      'Bullish on 🍎 Apple shares hitting $300 by June.',
    ]);
  });

  it('a reply quoted above a forwarded issue is no claim; the same lines under a heading of the issue are', () => {
    const forward = [
      'Team - see the reply below.',
      '',
      '> On Mon, Apr 6, 2026 at 7:58 AM, Marcus Bell wrote:',
      "> I'd bet CPMs roll back 3-5% by July.",
      '',
      '-----Original Message-----',
      'From: Remote Control <editor@remote.example>',
      '',
      'The Signal',
      'We expect upfront volume to fall 5% by the end of July.',
    ].join('\n');
    expect(texts(forward)).toEqual(['We expect upfront volume to fall 5% by the end of July.']);
    // Counter-case: a whole issue pasted as a quoted reply is read as it is.
    expect(texts('> The Signal\n> We expect upfront volume to fall 5% by the end of July.')).toEqual([
      'We expect upfront volume to fall 5% by the end of July.',
    ]);
  });

  it("a desk's TL;DR or pull-quote in a blockquote above the first heading, under no reply's mark, is the desk's", () => {
    const P2 = { published: '2026-01-05' };
    const tldr =
      '> **TL;DR:** We expect Brent to top $100 by March, and the Fed to cut in June.\n\n## Oil\nStocks drew again.';
    expect(extractClaims(tldr, P2).map((c) => [c.text, c.window?.start, c.window?.end])).toEqual([
      ['TL;DR: We expect Brent to top $100 by March, and the Fed to cut in June.', '2026-01-05', '2026-06-30'],
    ]);
    const pull = '> "Brent tops $100 by March." That is our call for the quarter.\n\n## Oil\nStocks drew again.';
    expect(extractClaims(pull, P2).map((c) => c.text)).toEqual(['"Brent tops $100 by March."']);
    // Counter-case: under a forward's mark, the same quoted lines are a reply's.
    const forwarded = ['---------- Forwarded message ---------', 'From: Desk <desk@example.com>', '', tldr].join('\n');
    expect(extractClaims(forwarded, P2).map((c) => c.text)).toEqual([]);
  });
});

describe('formats: a stub line of a web paste ends what runs on, as a stop does', () => {
  const P = { published: '2026-06-22' };
  it('after "Last updated 21 June" a one-word line heads the next item, whose handle stays its own', () => {
    const issue = [
      "What's Moving",
      'EU',
      'The AI Office publishes the guidelines by the end of Q3, per @euaiwatch.',
      'Last updated 21 June',
      'Texas',
      'The attorney general brings the first case before the end of the year (via @txtechpolicy)',
    ].join('\n');
    expect(extractClaims(issue, P).map((c) => c.sources)).toEqual([['@euaiwatch'], ['@txtechpolicy']]);
    // Counter-case: a hard-wrapped sentence whose line ends mid-clause runs on into the next line.
    const wrapped = ["What's Moving", 'The AI Office publishes the guidelines by', 'the end of Q3, per @euaiwatch.'];
    expect(extractClaims(wrapped.join('\n'), P).map((c) => c.text)).toEqual([
      'The AI Office publishes the guidelines by the end of Q3, per @euaiwatch.',
    ]);
  });

  it('a title-like line whose next line runs on in lower case opens a hard-wrapped sentence, not a section', () => {
    const P2 = { published: '2026-03-02' };
    const fed = '## Rates\n\nThe Federal Reserve\nwill cut rates twice by\nDecember, says Goldman.';
    expect(extractClaims(fed, P2).map((c) => c.text)).toEqual([
      'The Federal Reserve will cut rates twice by December, says Goldman.',
    ]);
    const apple = '## Tech\n\nShares of Apple Inc\nwill rise 10% by June.';
    expect(extractClaims(apple, P2).map((c) => c.text)).toEqual(['Shares of Apple Inc will rise 10% by June.']);
    // Counter-case: over a capitalised sentence the same line is a sub-heading, and the sentence stands alone.
    const headed = '## Rates\n\nThe Federal Reserve\nWe expect two cuts by December.';
    expect(extractClaims(headed, P2).map((c) => c.text)).toEqual(['We expect two cuts by December.']);
  });
});

describe("formats: a chat export's message header (a name and a clock time alone on a line) ends the message above", () => {
  const P = { published: '2026-06-08' };
  it('messages under "Name  9:14 AM" headers are read one by one', () => {
    const chat = [
      '#worldcup-desk',
      '',
      'Tom Reyes  9:21 AM',
      'Kane tops the Golden Boot race by the end of the group stage, says @statsbomb_liam',
      'Tom Reyes  9:22 AM',
      'reminder: the USMNT plays Paraguay in LA on June 12',
      'Priya Nair  9:30 PM',
      'We expect Spain to beat Uruguay on Thursday.',
    ].join('\n');
    expect(extractClaims(chat, P).map((c) => c.text)).toEqual(['We expect Spain to beat Uruguay on Thursday.']);
    // Counter-cases: a sentence that ends in a time runs on, a line with words after the time is text, and a day or a
    // month with its hour on a line of its own is an agenda's, not a sender's name.
    const prose = ['## Markets', '', 'Futures open at 9:30', 'and stocks rally 2% by Friday.'].join('\n');
    expect(extractClaims(prose, P).map((c) => c.text)).toEqual(['Futures open at 9:30 and stocks rally 2% by Friday.']);
    const lineWithText = ['## Desk', '', 'Priya Nair 9:30 AM we expect Spain to win on Thursday.'].join('\n');
    expect(extractClaims(lineWithText, P)).toHaveLength(1);
    const lines = ['Priya Nair  9:14 AM', 'Tom Reyes 21:05', 'Julia Chen  9:16 AM', 'Mark Ruiz 9:16 AM', 'dev 9:14 AM'];
    expect(lines.map(isChatHeader)).toEqual([true, true, true, true, false]);
    expect(['Tuesday 9:30 AM', 'March 4 9:30', 'Tomorrow 9:30 AM'].map(isChatHeader)).toEqual([false, false, false]);
  });
});

describe('formats: an automatic caption transcript (time-stamped ALL-CAPS turns, sound cues, lower-case sentences)', () => {
  const P = { published: '2026-11-16' };
  const brief = (text: string) => extractClaims(text, P).map((c) => [c.text, c.sources, c.window && c.window.end]);
  const intro = [
    'SHOW NOTES',
    'Dana Ruiz talks to Sam Okoro, analyst at Voltline (@okoro_cells), and Lena Voss (@vossgrid).',
    '',
  ];

  it('a stamped line heads nothing and a sound cue says nothing, so the guests keep their handles', () => {
    const text = [
      ...intro,
      '[00:00] [Music]',
      '[00:21] SAM: LG ships its first Arizona cells before the end of the first quarter.',
      '[00:52] DANA: and Kentucky 2?',
      '[00:55] SAM: Kentucky 2 opens in 2028.',
    ].join('\n');
    expect(brief(text)).toEqual([
      ['LG ships its first Arizona cells before the end of the first quarter.', ['@okoro_cells'], '2027-03-31'],
      ['Kentucky 2 opens in 2028.', ['@okoro_cells'], '2028-12-31'],
    ]);
  });

  it("a sentence the next stamp cut goes on in the same ALL-CAPS speaker's next line", () => {
    const text = [
      ...intro,
      '[01:34] LENA: and I think grid storage installs in Texas pass 20 gigawatts',
      '[01:40] LENA: by the end of next year.',
      // … but not after a line that ended its sentence, nor under another speaker.
      '[01:43] LENA: the tariff review is a wild card.',
      '[01:50] LENA: it ends in March.',
    ].join('\n');
    expect(brief(text)).toEqual([
      [
        'and I think grid storage installs in Texas pass 20 gigawatts by the end of next year.',
        ['@vossgrid'],
        '2027-12-31',
      ],
      ['it ends in March.', ['@vossgrid'], '2027-03-31'],
    ]);
  });

  it("a chat export's messages under names as written stay one each", () => {
    const text = [
      "What's Moving",
      '[09:11] Marco: nah Madrid slips to 2027, I have seen the site',
      '[09:12] Marco: ok fine, the Madring is finished by the end of June (via @madringwatch)',
    ].join('\n');
    expect(brief(text).map((c) => c[0])).toEqual([
      'nah Madrid slips to 2027, I have seen the site',
      'ok fine, the Madring is finished by the end of June',
    ]);
  });

  it("a caption turn's sentences may open in lower case after a stop", () => {
    const text = [
      ...intro,
      '[02:15] DANA: last question. Tesla said the Semi goes into volume production in 2026. do you buy it?',
      "[02:24] SAM: I don't. the Semi doesn't hit volume before mid-2027.",
    ].join('\n');
    expect(brief(text)).toEqual([
      ['Tesla said the Semi goes into volume production in 2026.', [], '2026-12-31'],
      ["the Semi doesn't hit volume before mid-2027.", ['@okoro_cells'], '2027-08-31'],
    ]);
    // Outside a turn a lower-case word after a stop still continues the sentence ("vs. the", "e.g. a").
    expect(extractClaims('The Signal\nWe think prices rise in 2027. e.g. a 5% rise by June.', P)).toHaveLength(1);
  });
});

describe('formats: a PDF paste whose page break cuts a sentence, with a running header at each page', () => {
  const P = { published: '2026-11-23' };
  const header = 'South African Reserve Bank                 Statement of the Monetary Policy Committee';
  it('the header is no text and the sentence goes on after the page mark', () => {
    const text = [
      'FROM THE STATEMENT',
      '',
      header,
      '',
      'Electricity supply has been stable for eighteen months. The Committee expects',
      'the logistics reforms to add around 0.3 percentage points to growth',
      '',
      '                                   Page 2 of 4',
      '',
      header,
      '',
      'by 2028. Risks to the inflation outlook are assessed to be balanced.',
    ].join('\n');
    expect(extractClaims(text, P).map((c) => [c.text, c.window && c.window.end])).toEqual([
      [
        'The Committee expects the logistics reforms to add around 0.3 percentage points to growth by 2028.',
        '2028-12-31',
      ],
    ]);
  });

  it('a paragraph that ended its sentence is not continued, and without a page mark a repeated line stays', () => {
    const ended = ['Growth rises to 2% by 2028.', '', 'Page 2 of 4', '', 'by the way, rates fall in 2027.'].join('\n');
    expect(extractClaims(ended, P).map((c) => c.text)).toEqual([
      'Growth rises to 2% by 2028.',
      'by the way, rates fall in 2027.',
    ]);
    const repeated = ['The Signal', 'Rates fall by June 2027', '', 'Rates fall by June 2027'].join('\n');
    expect(extractClaims(repeated, P)).toHaveLength(2);
  });
});

describe('an emoji before a handle marks an item, as a dash does ("🗒️ @macleaks: …")', () => {
  const P = { published: '2026-09-14' };
  const notes = (lines: string[]) =>
    extractClaims(["What's Moving", ...lines.slice(0, 1), '', 'Desk Notes', ...lines.slice(1)].join('\n'), P).map(
      (c) => [c.sources.join(','), c.text, c.window && c.window.end, c.restates],
    );

  it('each emoji-led Desk Note line is a note of its own, with its own handle, restating its claim', () => {
    expect(
      notes([
        "Apple's M6 MacBook Pros arrive later this fall, most likely in late October (via @macleaks).",
        '🗒️ @macleaks: M6 MacBook Pro in late October',
        '🗒️ @siriwatch: LLM Siri ships with iOS 27.4 in March 2027',
        '📝 @gurmanfan: AirPods Pro 4 in the spring',
      ]),
    ).toEqual([
      [
        '@macleaks',
        "Apple's M6 MacBook Pros arrive later this fall, most likely in late October",
        '2026-11-30',
        undefined,
      ],
      ['@macleaks', 'M6 MacBook Pro in late October', '2026-10-31', 0],
      ['@siriwatch', 'LLM Siri ships with iOS 27.4 in March 2027', '2027-03-31', undefined],
      ['@gurmanfan', 'AirPods Pro 4 in the spring', '2027-05-31', undefined],
    ]);
  });

  it('counter-cases: an emoji before a word still decorates a heading, and lines that run on stay one sentence', () => {
    const text = [
      '🔋 3 things',
      'Battery prices fall 10% by June.',
      '',
      '💬 Our take',
      'Lithium rallies in March.',
    ].join('\n');
    expect(extractClaims(text, P).map((c) => [c.section, c.text])).toEqual([
      ['3 things', 'Battery prices fall 10% by June.'],
      ['Our take', 'Lithium rallies in March.'],
    ]);
  });
});

describe('a feed\'s "Read more" line, or a bare web address on its own line, is no text', () => {
  const P = { published: '2026-12-07' };
  const drafts = (lines: string[]) =>
    extractClaims(['The Signal', ...lines].join('\n'), P).map((c) => [c.sources.join(','), c.text]);

  it('the item keeps its attribution and its text stops at the snippet', () => {
    expect(
      drafts([
        'ECB cuts in March, not January. Write it down. (via @macrofeed)',
        'Read more: https://bsky.app/profile/macrofeed.bsky.social/post/3lq7x2',
        '',
        'Economists expect single-family starts to fall below 900,000 in January as builders work through…',
        'Continue reading →',
        '',
        'Brent trades above $70 by March, per @oilbull.',
        'https://www.reuters.com/business/energy/opec-2026-12-06/',
      ]),
    ).toEqual([
      ['@macrofeed', 'ECB cuts in March, not January.'],
      ['', 'Economists expect single-family starts to fall below 900,000 in January as builders work through…'],
      ['@oilbull', 'Brent trades above $70 by March, per @oilbull.'],
    ]);
  });

  it('an attribution line below the link still closes the item', () => {
    expect(drafts(['- Oil tops $90 in Q1.', 'Read more', '(via @oil)'])).toEqual([['@oil', 'Oil tops $90 in Q1.']]);
  });

  it('counter-cases: a sentence that opens with "More" or mentions reading more is text', () => {
    expect(drafts(['More rate cuts come in March.', 'Read more of our outlook: we see two cuts by June.'])).toEqual([
      ['', 'More rate cuts come in March.'],
      ['', 'Read more of our outlook: we see two cuts by June.'],
    ]);
  });
});
