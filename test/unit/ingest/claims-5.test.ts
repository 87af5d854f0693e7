import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../src/ingest/index.js';
import { isClaimSentence } from '../../../src/ingest/text/claim-rules.js';

// The rules prompted by the fourth round of fresh golden issues (telecom-mobile, nuclear-footnotes,
// betting-email, metals-table, health-desk, fx-scorecard), each on sentences of its own (TIME-WINDOWS.md, "What
// counts as a claim" and "More on claims").
const brief = (text: string, published = '2026-04-06') =>
  extractClaims(text, { published }).map((c) => ({
    kind: c.kind,
    text: c.text,
    sources: c.sources,
    end: c.window?.end ?? null,
    restates: c.restates,
  }));

describe('what a dated sentence asserts', () => {
  it('a wish asserts no outcome; an intention to act still does', () => {
    expect(isClaimSentence("We'd like to see the regulator approve the merger by June.")).toBe(false);
    expect(isClaimSentence('Shareholders want a buyback by the end of the year.')).toBe(false);
    expect(isClaimSentence('We hope the port reopens before Christmas.')).toBe(false);
    expect(isClaimSentence('The board wants to sell the unit by June.')).toBe(true);
    expect(isClaimSentence('Rate-cut hopes fade by June as inflation sticks.')).toBe(true);
  });

  it('a possibility stated as an adjective asserts no outcome', () => {
    expect(isClaimSentence('A strike at the port is possible this summer.')).toBe(false);
    expect(isClaimSentence("A second recall can't be ruled out before year-end.")).toBe(false);
    expect(isClaimSentence('The earliest possible launch slips to next March.')).toBe(true);
  });

  it('a pointer to what to watch, and a present judgement, are not forecasts', () => {
    expect(isClaimSentence('Freight rates are the thing to watch this month.')).toBe(false);
    expect(isClaimSentence('Lithium is the trade of the quarter.')).toBe(false);
    expect(isClaimSentence('Lithium is the trade of the quarter, and it doubles by June.')).toBe(true);
    expect(isClaimSentence('There is a 60% chance of a La Niña winter.')).toBe(true);
  });

  it('an event verb inside a clause that dates the main one is not a calendar entry', () => {
    expect(isClaimSentence('Prices double before the exchange opens on June 3.')).toBe(true);
    expect(isClaimSentence("The agency's first outlook lands on May 21.")).toBe(false);
  });
});

describe('sections that make no calls', () => {
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

describe('sources of a statement', () => {
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

describe('Desk Notes that restate a claim', () => {
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
