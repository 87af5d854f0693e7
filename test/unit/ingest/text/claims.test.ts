import { describe, expect, it } from 'vitest';
import { DEFAULT_CALENDARS, extractClaims, extractClaimsWithSpans, findWindow } from '../../../../src/ingest/index.js';
import { isClaimSentence } from '../../../../src/ingest/text/claim-rules.js';
import { win, windowTable, windowTableByDate } from '../helpers.js';

// Which sentences are claims (TIME-WINDOWS.md, "What counts as a claim" and "More on claims").

windowTableByDate([
  [
    'What counts as a claim (hedged forecasts): a projected figure looks ahead even where a plan is stated',
    [['His projected return is now set for late April.', '2026-02-09', '2026-04-21', '2026-04-30']],
  ],
  [
    'What counts as a claim (present states, open questions): beside a present state, a circumstance or a "when" clause dates nothing',
    [
      [
        'With the U.S. vote looming on March 3, lawmakers are focused on one question: will the bill pass?',
        '2026-02-09',
        null,
      ],
      ['Backers are facing a tough fight when the council takes up the plan on March 3.', '2026-02-09', null],
      [
        'Backers will face a tough fight when the council takes up the plan on March 3.',
        '2026-02-09',
        '2026-03-03',
        '2026-03-03',
      ],
      ['If the Fed cuts in June, stocks rally.', '2026-02-09', '2026-06-01', '2026-06-30'],
    ],
  ],
]);

windowTable([
  [
    'What counts as a claim: a forecast stays a forecast when its verb is a forecasting verb in the perfect or passive',
    [
      ['Analysts have predicted a rebound in Q3 2026.', '2026-07-01', '2026-09-30'],
      ['Fares are forecast to climb in June.', '2026-06-01', '2026-06-30'],
    ],
  ],
  [
    'What counts as a claim: an intention ("plans to") or a projection ("have penciled in") is forward-looking',
    [
      ['The retailer plans to open redesigned stores later this month.', '2026-02-09', '2026-02-28'],
      ['Officials have penciled in two more hikes in 2027.', '2027-01-01', '2027-12-31'],
    ],
  ],
]);

describe('What counts as a claim: listings, housekeeping and rules in force are not claims', () => {
  const P = { published: '2026-03-02' };
  const brief = (text: string) =>
    extractClaims(text, P).map((c) => ({
      kind: c.kind,
      text: c.text,
      sources: c.sources,
      window: c.window && [c.window.start, c.window.end],
      restates: c.restates,
    }));

  it('each markdown table row stands alone, so a row that opens on a date is a listing', () => {
    const text = [
      'The Signal',
      'Handset upgrades stay slow through the summer.',
      '',
      '| Date | Event | Where |',
      '|------|-------|-------|',
      '| Mar 3 | Spectrum auction opens | London |',
      '| Jun 9 | Apple keynote | Cupertino |',
    ].join('\n');
    expect(brief(text).map((c) => c.text)).toEqual(['Handset upgrades stay slow through the summer.']);
  });

  it('a table row whose cell under a column of set dates ("Statutory deadline") holds only a date lists it', () => {
    const text = [
      '## Phase 2 watch',
      '',
      '| Deal | Authority | Stage | Statutory deadline |',
      '| --- | --- | --- | --- |',
      '| Getty Images / Shutterstock | CMA | Phase 2 | 29 April 2026 |',
      '| Acme / Beta | FTC | Second request | June 30 |',
      // A call in a cell of its own words is still a call …
      '| Gamma / Delta | FTC | Blocked by June 30 | — |',
      '',
      // … and so is a date under a "When" column, the call's own date.
      '| Ticker | Call | When |',
      '|---|---|---|',
      '| $COST | Membership fee rise | Sept. 2026 |',
    ].join('\n');
    expect(brief(text).map((c) => c.text)).toEqual([
      'Gamma / Delta | FTC | Blocked by June 30 | — |',
      '$COST | Membership fee rise | Sept. 2026 |',
    ]);
  });

  it("the newsletter's own schedule and sign-off are housekeeping", () => {
    const text = [
      'The Signal',
      'Handset upgrades stay slow through the summer. Next issue: Friday, March 6.',
      "That's all for this week. We're back on Monday 9 March.",
    ].join('\n');
    expect(brief(text).map((c) => c.text)).toEqual(['Handset upgrades stay slow through the summer.']);
  });

  it('the newsletter named as a brief, newsletter, dispatch or digest, and a "Housekeeping:" line, are housekeeping', () => {
    const text = [
      'The Signal',
      'Handset upgrades stay slow through the summer. The next brief is out on Tuesday, October 13.',
      'Housekeeping: we publish on Tuesday, October 13, as Monday is a holiday.',
      'Our next newsletter lands on Friday. The next digest arrives on October 20.',
      // The next round or edition of something else is still a call.
      'The next round of layoffs comes by Friday.',
    ].join('\n');
    expect(brief(text).map((c) => c.text)).toEqual([
      'Handset upgrades stay slow through the summer.',
      'The next round of layoffs comes by Friday.',
    ]);
  });

  it('a skipped issue, a preview of the next one and a copyright footer are housekeeping', () => {
    const text = [
      'The Signal',
      'Handset upgrades stay slow through the summer.',
      '- Housekeeping: no issue on March 16; the next one covers the spectrum auction.',
      '',
      'Next week: the Champions League final, and what the rights auction means for BT.',
      '',
      '© 2026 Handset Weekly · Privacy ∙ Terms',
      '',
      'Copyright 2026 Handset Weekly. All rights reserved.',
    ].join('\n');
    expect(brief(text).map((c) => c.text)).toEqual(['Handset upgrades stay slow through the summer.']);
    // Counter-cases: a call that names an issue or next week is still a call.
    expect(
      brief(['The Signal', 'The regulator clears the merger next week: we expect no remedies.'].join('\n')).map(
        (c) => c.window,
      ),
    ).toEqual([['2026-03-09', '2026-03-15']]);
    expect(brief(['The Signal', 'The issue of spectrum fees is settled by June.'].join('\n'))).toHaveLength(1);
  });

  it("a show's break, its next or numbered episode, its own sponsor and a copyright line after a sentence are housekeeping", () => {
    const text = [
      'The Signal',
      'Handset upgrades stay slow through the summer.',
      '[00:00] DANA: Housekeeping first: we are off next week for the school holidays and back on 27 April.',
      '[33:00] DANA: Quick break. This week’s sponsor is Pitchside Analytics, free to try until 30 April.',
      '[50:00] DANA: Episode 148 is out on 27 April. The next episode drops on 4 May.',
      '',
      'Handset Weekly is not investment advice. © 2026 Handset Weekly.',
      '<p>Handset Weekly is not investment advice. &copy; 2026 Handset Weekly.</p>',
    ].join('\n');
    expect(brief(text).map((c) => c.text)).toEqual(['Handset upgrades stay slow through the summer.']);
    // Counter-cases: a trip, a bill's sponsor and a bond's issue are no edition of the show.
    const calls = [
      'The Signal',
      "We're off next week to Davos, where we expect a deal by Friday.",
      'The sponsor of the bill wins the vote on 27 April.',
      'Issue 12 of the bond series is priced on 27 April and yields 5%.',
    ].join('\n');
    expect(brief(calls)).toHaveLength(3);
  });

  it("a numbered topic, a saga's next episode and a call beside the break are no housekeeping", () => {
    const calls = [
      'The Signal',
      'Issue 2 is tariffs: the EU will retaliate by March.',
      'No. 1 will be Nvidia again by June.',
      'The next episode will be a shutdown in October.',
      "We're off next week, but expect the Fed to cut in March.",
      'We are off next week for half-term, and the Fed will cut in March while we are away.',
    ].join('\n');
    const got = brief(calls);
    expect(got.map((c) => c.text)).toHaveLength(5);
    // The break's "next week" dates no call.
    expect(got.slice(3).map((c) => c.window)).toEqual([
      ['2026-03-02', '2026-03-31'],
      ['2026-03-02', '2026-03-31'],
    ]);
    // The edition announced with a verb of release is still the show's own.
    const own = ['The Signal', 'Issue 12 lands on Friday, 13 March.', 'The next episode drops on 4 May.'].join('\n');
    expect(brief(own)).toHaveLength(0);
  });

  it('an event on a given day is a calendar entry unless the sentence asserts an outcome of it', () => {
    const text = [
      'The Signal',
      'Vodafone reports on May 12. The regulator votes on the merger remedies on 3 June.',
      'The auction opens on June 10, and bids top £2 billion by June 30.',
    ].join('\n');
    expect(brief(text).map((c) => c.text)).toEqual([
      'The auction opens on June 10, and bids top £2 billion by June 30.',
    ]);
  });

  it('an obligation states the rule in force ("must", "are required to"); a forecast about it is still a claim', () => {
    const text = [
      "What's Moving",
      '- Roaming — Carriers must cap roaming charges by July 1 (via @telcoreg)',
      '- Masts — Operators are required to share rural masts by 2027 (via @telcoreg)',
      '- Fines — Regulators will fine at least one carrier for missing the July 1 cap by year-end (via @telcoreg)',
    ].join('\n');
    expect(brief(text).map((c) => c.text)).toEqual([
      'Regulators will fine at least one carrier for missing the July 1 cap by year-end',
    ]);
  });

  it('a "could" or "would" in a trailing ", which …" clause does not take the claim away', () => {
    const text = ['The Signal', 'Handset prices rise 8% by June, which could hurt upgrades.'].join('\n');
    expect(brief(text).map((c) => c.window)).toEqual([['2026-03-02', '2026-06-30']]);
  });

  it('pointing and check-mark symbols mark bullets, each with its own sources', () => {
    const text = [
      "What's Moving",
      '👉 Towers — Cellnex sells its Nordic towers in the second half (via @towerwatch)',
      '✅ Cable — Liberty Global spins off its Belgian unit by year-end (via @cablecowboy)',
    ].join('\n');
    expect(brief(text).map((c) => [c.text, c.sources])).toEqual([
      ['Cellnex sells its Nordic towers in the second half', ['@towerwatch']],
      ['Liberty Global spins off its Belgian unit by year-end', ['@cablecowboy']],
    ]);
  });

  it('lettered items are bullets, and a numbered ALL-CAPS line heads a section (a corrections section makes no calls)', () => {
    const text = [
      "1) WHAT'S MOVING",
      'a. Towers — Cellnex sells its Nordic towers in the second half (via @towerwatch)',
      '(b) Cable — Liberty Global spins off its Belgian unit by year-end (via @cablecowboy)',
      '',
      '2) CORRECTIONS',
      'Last week we wrote that the auction opens on June 3. It opens on June 10.',
    ].join('\n');
    expect(extractClaims(text, P).map((c) => [c.text, c.sources, c.section])).toEqual([
      ['Cellnex sells its Nordic towers in the second half', ['@towerwatch'], "What's Moving"],
      ['Liberty Global spins off its Belgian unit by year-end', ['@cablecowboy'], "What's Moving"],
    ]);
  });

  it('words of a promotion name things in forecasts too; they mark a promotion only when it addresses the reader', () => {
    const text = [
      'The Signal',
      'Discount grocers take 15% of UK grocery sales by 2027.',
      'This issue is sponsored by Acme: get 20% off your first order before June 1.',
    ].join('\n');
    expect(brief(text).map((c) => c.text)).toEqual(['Discount grocers take 15% of UK grocery sales by 2027.']);
  });

  it('a sentence that opens on "It" or "They" carries the sentence before it', () => {
    const text = [
      "What's Moving",
      '- Towers — Tower rents fell 3% in 2025. They rebound in the second half (via @towerwatch)',
    ].join('\n');
    expect(brief(text).map((c) => c.text)).toEqual(['Tower rents fell 3% in 2025. They rebound in the second half']);
  });
});

describe('What counts as a claim, on a whole issue: a two-line masthead, a present schedule, two Desk Notes of one handle', () => {
  const ISSUE = [
    'Chip Notes — Week of March 9, 2026',
    'Vol. 3 · No. 10',
    '',
    'The Signal',
    'Nvidia reports Wednesday. We think data-center revenue beats guidance by at least 10% this quarter.',
    'The 2027 capex cycle is the largest in a decade.',
    '',
    "What's Moving",
    '- Memory — HBM prices will rise 20% by June (via @dramwatch)',
    "- Foundry — Intel's 18A node is slated for Q4. (via @foundryfan)",
    '',
    'Desk Notes',
    "- @dramwatch — HBM prices fall below last year's levels by June",
    '- @dramwatch — HBM contract prices up 20% by mid-year',
    '',
  ].join('\n');

  const got = extractClaims(ISSUE, { published: '2026-03-09' });

  it('proposes the forecasts only, and links only the Desk Note that asserts the same outcome', () => {
    expect(
      got.map((c) => ({
        kind: c.kind,
        sources: [...c.sources].sort(),
        window: c.window && [c.window.start, c.window.end],
        restates: c.restates,
      })),
    ).toEqual([
      { kind: 'CLAIM', sources: [], window: ['2026-03-09', '2026-03-31'], restates: undefined },
      { kind: 'CLAIM', sources: ['@dramwatch'], window: ['2026-03-09', '2026-06-30'], restates: undefined },
      { kind: 'CLAIM', sources: ['@dramwatch'], window: ['2026-03-09', '2026-06-30'], restates: undefined },
      { kind: 'CLAIM', sources: ['@dramwatch'], window: ['2026-03-09', '2026-06-30'], restates: 1 },
    ]);
  });

  it('keeps the masthead out of the lede claim', () => {
    expect(got[0]?.text).toBe('We think data-center revenue beats guidance by at least 10% this quarter.');
  });
});

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

  it('a possibility as the subject of a copula weighs it, as "is possible" does', () => {
    expect(isClaimSentence("Possibility of foreign investors' return to KOSPI in June is not small.")).toBe(false);
    expect(isClaimSentence('The possibility of a cut in June is real.')).toBe(false);
    // Counter-cases: a possibility that moves, or one seen by the desk as an object, is read as before.
    expect(isClaimSentence('The possibility of a cut in June rises after the data.')).toBe(true);
    expect(isClaimSentence('We see a possibility of a cut in June.')).toBe(true);
    // Odds and likelihood assert, as "There is a 60% chance of …" does.
    expect(isClaimSentence('The possibility of a June cut is 70%.')).toBe(true);
    expect(isClaimSentence('The possibility of a cut in June is high.')).toBe(true);
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

describe('What counts as a claim, on a whole issue in the house format', () => {
  // An issue in the house format: its title and dateline, a calendar entry, a bullet title, `&` between handles,
  // a Desk Note that restates a claim and one that adds a new dated call (TIME-WINDOWS.md, "More on claims").
  const ISSUE = [
    'Grid Weekly — March 2, 2026',
    'Issue 42 · Published 2026-03-02',
    '',
    'The Signal',
    'Utilities will announce record capex plans by Q3 2026. The FERC hearing is set for April 14.',
    '',
    "What's Moving",
    '- Gas turbines vs. grid batteries — Battery installs will overtake gas peakers in H2 2026 (via @GridGuy & @ElectricAnna)',
    '- Rate cases — The Texas rate-case ruling is due in May. (via @puc_watch)',
    '',
    'Tradecraft',
    'BULL',
    'Storage costs keep falling faster than anyone models.',
    'WATCH',
    'Next trigger: the June 17 FOMC. If rates drop, expect a wave of project-finance deals by Q4.',
    '',
    'Desk Notes',
    '- @gridguy — batteries beat gas peakers in the back half of 2026',
    '- @electricanna — transmission permitting reform passes by the end of 2027',
    '',
  ].join('\n');

  const got = extractClaims(ISSUE, { published: '2026-03-02' });
  const brief = got.map((c) => ({
    kind: c.kind,
    sources: [...c.sources].sort(),
    window: c.window && [c.window.start, c.window.end],
    restates: c.restates,
  }));

  it('proposes the dated forecasts, the Tradecraft blocks and the new Desk Note call, and nothing else', () => {
    expect(brief).toEqual([
      { kind: 'CLAIM', sources: [], window: ['2026-03-02', '2026-09-30'], restates: undefined },
      {
        kind: 'CLAIM',
        sources: ['@electricanna', '@gridguy'],
        window: ['2026-07-01', '2026-12-31'],
        restates: undefined,
      },
      { kind: 'BULL', sources: [], window: null, restates: undefined },
      { kind: 'WATCH', sources: [], window: ['2026-03-02', '2026-12-31'], restates: undefined },
      { kind: 'CLAIM', sources: ['@gridguy'], window: ['2026-07-01', '2026-12-31'], restates: 1 },
      { kind: 'CLAIM', sources: ['@electricanna'], window: ['2026-03-02', '2027-12-31'], restates: undefined },
    ]);
  });

  it('leaves the bullet title and the attribution out of the claim text', () => {
    expect(got[1]?.text).toBe('Battery installs will overtake gas peakers in H2 2026');
  });
});

describe('What counts as a claim, on a whole markdown issue', () => {
  // A markdown issue: a title with a dateline, a tagline, bold bullet titles, a calendar entry, a Desk Note of the
  // same handle with a new (opposite) call and one whose window only overlaps the WATCH block's.
  const LEDGER = [
    '# The Ledger — Feb. 9, 2026',
    '*Markets, policy and the calls we make*',
    '',
    '## The Signal',
    'Copper will hit a record above $12,000 a tonne by the end of Q2.',
    '',
    "## What's Moving",
    "- **Chile** — Codelco's output will fall in 2026 for a third straight year (via @minewatch)",
    '- **Tariffs** — The copper tariff decision is scheduled for April 15 (per @tradedesk)',
    '',
    '## Tradecraft',
    '**WATCH:** The April 15 tariff decision — a tariff above 25% sends COMEX premiums to records by June.',
    '',
    '## Desk Notes',
    "- @minewatch — Codelco's output rebounds above 1.4 Mt in 2027",
    '- @tradedesk — tariff set at 50% by mid-year',
    '',
  ].join('\n');

  it('proposes no masthead or calendar line, and links no Desk Note that makes a new call', () => {
    const got = extractClaims(LEDGER, { published: '2026-02-09' });
    expect(
      got.map((c) => ({
        kind: c.kind,
        sources: [...c.sources].sort(),
        window: c.window && [c.window.start, c.window.end],
        restates: c.restates,
      })),
    ).toEqual([
      { kind: 'CLAIM', sources: [], window: ['2026-02-09', '2026-06-30'], restates: undefined },
      { kind: 'CLAIM', sources: ['@minewatch'], window: ['2026-02-09', '2026-12-31'], restates: undefined },
      { kind: 'WATCH', sources: [], window: ['2026-02-09', '2026-06-30'], restates: undefined },
      { kind: 'CLAIM', sources: ['@minewatch'], window: ['2027-01-01', '2027-12-31'], restates: undefined },
      { kind: 'CLAIM', sources: ['@tradedesk'], window: ['2026-02-09', '2026-06-30'], restates: undefined },
    ]);
  });
});

describe('What counts as a claim: present states, plans and possibilities are not proposed', () => {
  // Present-state judgements, calendar entries and "could" possibilities that hold a date, a dateline above the
  // first section, and Desk Notes by the same handle that make a new call with a figure of their own
  // (TIME-WINDOWS.md, "What counts as a claim" and "More on claims"). Labelled before the extractor was run.
  const BRIEF = [
    'Morning Brief — Tuesday, March 3, 2026',
    'By the desk',
    '',
    'The Signal',
    'Markets are pricing two cuts in 2026. We think the Fed delivers only one, in September.',
    'The ECB meeting slated for April could bring a surprise.',
    'The CPI release is due March 11.',
    "Europe's gas storage is at its lowest level for March since 2021.",
    '',
    "What's Moving",
    '- Chips — TSMC is the most important company in the world in 2026. (via @chipwatch)',
    "- Autos — Tesla's robotaxi launch, scheduled for June, will slip to 2027 (via @evanalyst)",
    '- Oil — OPEC+ will raise output by June, per @opecwatch',
    '',
    'Desk Notes',
    '- @chipwatch — TSMC capex tops $50B in 2026',
    '- @evanalyst — robotaxi launch pushed into 2027',
    '- @opecwatch — Brent below $60 by July',
    '',
  ].join('\n');
  const WEEKLY = [
    'THE WEEKLY',
    'Issue 12 | 2026-03-03',
    '',
    'The Signal',
    'Housing starts will fall 10% by the summer, and the spring selling season is the weakest in a decade.',
    '',
    'Crosscurrents',
    '- Rates — Mortgage rates could dip below 6% by May if the Fed cuts (via @housingwire)',
    "- Builders — Lennar's Q1 report showed margins at 18%; they recover to 22% by Q4 (via @builderbob)",
    '',
    'Tradecraft',
    '🐂 BULL',
    "Builders' margins recover by year-end.",
    '🐻 BEAR',
    'Inventory swells.',
    '👀 WATCH',
    'The June 17 FOMC decision.',
    '',
  ].join('\n');
  const brief = (text: string, published: string) =>
    extractClaims(text, { published }).map((c) => ({
      kind: c.kind,
      sources: [...c.sources].sort(),
      window: c.window && [c.window.start, c.window.end],
      restates: c.restates,
    }));

  it('a plain brief with a dateline', () => {
    expect(brief(BRIEF, '2026-03-03')).toEqual([
      { kind: 'CLAIM', sources: [], window: ['2026-09-01', '2026-09-30'], restates: undefined },
      { kind: 'CLAIM', sources: ['@evanalyst'], window: ['2027-01-01', '2027-12-31'], restates: undefined },
      { kind: 'CLAIM', sources: ['@opecwatch'], window: ['2026-03-03', '2026-06-30'], restates: undefined },
      { kind: 'CLAIM', sources: ['@chipwatch'], window: ['2026-03-03', '2026-12-31'], restates: undefined },
      { kind: 'CLAIM', sources: ['@evanalyst'], window: ['2027-01-01', '2027-12-31'], restates: 1 },
      { kind: 'CLAIM', sources: ['@opecwatch'], window: ['2026-03-03', '2026-07-31'], restates: undefined },
    ]);
  });

  it('an emoji-labelled weekly with an issue line', () => {
    expect(brief(WEEKLY, '2026-03-03')).toEqual([
      { kind: 'CLAIM', sources: [], window: ['2026-03-03', '2026-08-31'], restates: undefined },
      { kind: 'CLAIM', sources: ['@builderbob'], window: ['2026-03-03', '2026-12-31'], restates: undefined },
      { kind: 'BULL', sources: [], window: ['2026-03-03', '2026-12-31'], restates: undefined },
      { kind: 'BEAR', sources: [], window: null, restates: undefined },
      { kind: 'WATCH', sources: [], window: ['2026-06-17', '2026-06-17'], restates: undefined },
    ]);
  });
});

describe('What counts as a claim, with weekdays', () => {
  // An issue whose items date their calls by weekday: a forecast for Wednesday is a claim; a report of what
  // happened on Friday is not (TIME-WINDOWS.md, "What counts as a claim").
  const ISSUE = [
    'Rates Desk — Feb. 9, 2026',
    '',
    'The Signal',
    'The Fed will cut by 25 basis points on Wednesday.',
    '',
    "What's Moving",
    '- Payrolls — Payrolls rose 200,000 in January, the BLS said Friday (via @jobsguy)',
    '- Treasuries — The 10-year yield will close below 4% by Friday (via @bondbear)',
    '- Calendar — Fed decision Wednesday; CPI Thursday; jobs Friday (via @cal)',
    '- Chips — Nvidia reports Wednesday after the close. (via @chipguy)',
    '',
  ].join('\n');

  it('proposes the weekday forecasts with their windows, not the report of last Friday nor the calendar lines', () => {
    const got = extractClaims(ISSUE, { published: '2026-02-09' });
    expect(
      got.map((c) => ({ kind: c.kind, sources: c.sources, window: c.window && [c.window.start, c.window.end] })),
    ).toEqual([
      { kind: 'CLAIM', sources: [], window: ['2026-02-11', '2026-02-11'] },
      { kind: 'CLAIM', sources: ['@bondbear'], window: ['2026-02-09', '2026-02-13'] },
    ]);
  });
});

describe('rules of TIME-WINDOWS.md on sentences', () => {
  const win = (s: string) => {
    const w = findWindow(s, '2026-02-09');
    return w && `${w.start}..${w.end}`;
  };
  it('clips a named period that contains published (rule 1)', () =>
    expect(win('Sales slow in Q1 2026.')).toBe('2026-02-09..2026-03-31'));
  it('by / before / not until (rules 3–5)', () => {
    expect(win('It ships by March.')).toBe('2026-02-09..2026-03-31');
    expect(win('It ships before March.')).toBe('2026-02-09..2026-02-28');
    expect(win('It does not ship until March.')).toBe('2026-03-01..2026-03-31');
    expect(win('It ships before the end of March.')).toBe('2026-02-09..2026-03-31');
  });
  it('ignores dates inside an If condition unless nothing else is dated (rule 7)', () => {
    expect(win('If the bill passes in Q2, imports fall in H2.')).toBe('2026-07-01..2026-12-31');
    expect(win('If the bill passes in Q2, imports fall.')).toBe('2026-04-01..2026-06-30');
  });
  it('ignores look-alikes and backward-looking dates (rule 7)', () => {
    expect(win('The H200 and Vision 2030 and iPhone 18 and A16 stay popular.')).toBeNull();
    expect(win('Demand is back to 2022 levels, up since 2024, and rises by 2027.')).toBe('2026-02-09..2027-12-31');
  });
  it('phrase names the text that produced the window', () => {
    expect(findWindow('Supply lags through 2027-28.', '2026-02-09')?.phrase).toBe('through 2027-28');
  });
});

describe('claims (What counts as a claim: a possibility asserts no outcome)', () => {
  const claims = (text: string, published = '2027-03-02') => extractClaims(text, { published }).length;

  it('a hedge that asserts counts only in a dated clause when the date stands in a clause of its own', () => {
    // The "should" of an undated clause does not assert the possibility of the dated one.
    expect(claims('The minister could call a referendum as soon as next autumn, and the party should back it.')).toBe(
      0,
    );
    // A dated clause that asserts is a claim, whatever the other clause deems possible.
    expect(claims('The minister could call a referendum next autumn, and we expect a vote by December.')).toBe(1);
    expect(claims('Output should recover in 2028.')).toBe(1);
    expect(claims('Revenue grows 10% every year in the next decade.')).toBe(1);
    // An undated clause that points back to the dated outcome asserts it, so the dated hedge counts.
    expect(claims('The ECB could cut in June, and we expect it will.')).toBe(1);
    expect(claims('The ECB could cut in June, but we think it will.')).toBe(1);
    expect(claims('Rates could fall by June; we should see it in the data.')).toBe(1);
    expect(claims('Rates could fall by June, and they will.')).toBe(1);
    // A weekday, a fiscal year or a half dates a clause too.
    expect(claims('The board could vote on Tuesday, and the chair should back the deal.')).toBe(0);
    expect(claims('Margins could recover in FY28, and the chair should back the plan.')).toBe(0);
    expect(claims('Margins could recover in 1H28, and the chair should back the plan.')).toBe(0);
  });
});

describe('claims (What counts as a claim)', () => {
  const claims = (text: string, published: string) => extractClaims(text, { published }).length;

  it.each([
    // A forecast reported in the past progressive is a call, as "forecast that … would" is.
    ['The ministry was projecting that the deficit would narrow later this year.', '2026-03-02', 1],
    ['Analysts were predicting the port would reopen in May.', '2026-03-02', 1],
    // A polled group's view is the call of the poll.
    ['The economists polled believe in a hike at the July meeting.', '2026-03-02', 1],
    ['The regulator surveyed dealers in March.', '2026-05-04', 0],
    // A scheduled event with an adverb between "will" and its verb ("will next meet on …") is a calendar entry …
    ['The board will next meet on Sept. 14.', '2026-03-02', 0],
    ['The new terminal will formally open on Monday.', '2026-03-02', 0],
    // … and a forecast with such an adverb is still a forecast.
    ['The bank will next cut rates by half a point on Sept. 14.', '2026-03-02', 1],
    // A decision already made states a plan, not a forecast.
    [
      'The state has confirmed its decision to bring forward the closure of its last coal and gas plants by 2029.',
      '2026-03-02',
      0,
    ],
    // A revision already made to a forecast for a period glossed in brackets asserts nothing ahead.
    ['The bank has lifted its growth forecast for fiscal year 2027 (FY27) to 7%.', '2026-06-01', 0],
  ] as const)('%s (published %s) → %i', (text, published, n) => {
    expect(claims(text, published)).toBe(n);
  });
});

describe('an undated possibility beside a dated clause of its own ("What counts as a claim": hedged, it asserts)', () => {
  const PUB = '2026-03-10';
  const claims = (text: string) => extractClaims(text, { published: PUB, calendars: DEFAULT_CALENDARS }).length;

  it.each([
    // A "could / may / might" only in undated clauses leaves a dated clause of its own (", but …", ", and …", "; …"),
    // with no condition, asserting its outcome: the desk's present, "we think", "we see", "our base case", "our call" …
    ['Tariffs could bite, but the Fed cuts in June.', 1],
    ['The rally could stall, but we think Bitcoin tops $150,000 by year-end.', 1],
    ['Valuations could stretch further, and we see the S&P at 7,500 by year-end.', 1],
    ['Prices might spike, and our base case is a 10% rise in 2027.', 1],
    ['Volatility could spike, but the S&P still ends the year at 7,500.', 1],
    ['Margins may compress; our call is a beat in the June quarter.', 1],
    // … while a dated possibility, a condition in the dated clause, or an obligation there still asserts nothing.
    ['The Fed could cut in June.', 0],
    ['Tariffs could bite, and the Fed could cut in June.', 0],
    ['Tariffs could bite in April, and the Fed cuts in June.', 0],
    ['Stocks could rally, but only if earnings beat in the June quarter.', 0],
    ['Shares could double, and earnings must rise in 2027.', 0],
  ] as const)('%s → %i', (text, n) => {
    expect(claims(text)).toBe(n);
  });
});

describe('which sentences are claims (TIME-WINDOWS.md "What counts as a claim", "More on claims")', () => {
  const claims = (text: string, published = '2027-03-02') => extractClaims(text, { published });

  it("an issue pasted as a page's markup reads its block tags as lines, list items as items, inline tags as nothing", () => {
    const issue =
      '<h2>What&#8217;s Moving</h2>\n<ul><li><strong>Rates</strong> &mdash; The RBA cuts in May (via @rbawatch)</li>' +
      '<li><strong>Housing</strong> &mdash; <em>Sydney</em> prices rise 5% in 2027 (via @propdesk)</li></ul>';
    const got = extractClaimsWithSpans(issue, { published: '2027-03-02' });
    expect(got.map((x) => [x.claim.text, x.claim.sources])).toEqual([
      ['The RBA cuts in May', ['@rbawatch']],
      ['Sydney prices rise 5% in 2027', ['@propdesk']],
    ]);
    // Spans still point into the text as given.
    expect(issue.slice(got[0]?.start, got[0]?.end)).toContain('The RBA cuts in May');
  });

  it('a plain-text "<" is no tag: without block tags nothing is stripped', () => {
    expect(claims('Margins stay <5% through June, and <b> stays as written.').map((c) => c.text)).toEqual([
      'Margins stay <5% through June, and <b> stays as written.',
    ]);
  });

  it('"-- " before a line marks an item, as "- " does; alone on a line it is still the signature delimiter', () => {
    const notes = 'DESK NOTES\n-- @ratesdesk: Fed cut by June\n-- @eurodesk: ECB cut by July\n';
    expect(claims(notes).map((c) => [c.text, c.sources])).toEqual([
      ['Fed cut by June', ['@ratesdesk']],
      ['ECB cut by July', ['@eurodesk']],
    ]);
    expect(claims('The Fed cuts by June.\n-- \nSent from my phone. Back by Friday.')).toHaveLength(1);
  });

  it('after a line that ended its sentence, a line opening with a short title and a dash is an item of its own', () => {
    const moving =
      "WHAT'S MOVING\nOhio -- sales hit $1bn in the first year.\nTexas -- the legislature passes the bill before June 1 " +
      '(via @austinwire)\nFlorida -- will it pass in 2027? Nobody knows.\n';
    expect(claims(moving).map((c) => [c.text, c.sources])).toEqual([
      ['the legislature passes the bill before June 1', ['@austinwire']],
    ]);
    // A line that did not end its sentence runs on into the next, whatever that opens with.
    const wrapped =
      "WHAT'S MOVING\n- Housing -- prices rise again this spring, but they cool first in\n" +
      'Sydney -- the hottest market -- by June (via @propdesk)\n';
    expect(claims(wrapped).map((c) => c.text)).toEqual([
      'prices rise again this spring, but they cool first in Sydney -- the hottest market -- by June',
    ]);
  });

  it.each([
    // A promotion's word capitalised inside a sentence is part of a name ("the Federal Register") …
    ['We expect the final rule in the Federal Register by June.', 1],
    // … while the imperative still promotes.
    ['Register by June 3 for the webinar.', 0],
    // A bond's coupon is a payment; a coupon offered to the reader is a promotion.
    ['Argentina misses a coupon payment before the end of 2027.', 1],
    ['Use your coupon code by June 30.', 0],
    // After a verb of deciding, "whether" is the decision's object and the decision is the dated outcome …
    ['The court will decide whether the merger can close by the end of June.', 1],
    // … while an open "whether" asserts nothing.
    ['Nobody knows whether rates fall by June.', 0],
    // Publishing a result on a day, its content unknown, is a calendar entry …
    ['The jury announces its winner on May 23.', 0],
    // … while an announcement whose content is named forecasts it.
    ['Apple announces a buyback on May 1.', 1],
  ] as const)('%s → %i claim(s)', (text, n) => {
    expect(claims(text)).toHaveLength(n);
  });

  it('a Desk Note whose clauses each carry a time phrase adds a dated call: a new claim, no restatement', () => {
    const issue =
      "WHAT'S MOVING\n- Hospitals -- Medicaid cuts push five systems into covenant breaches in 2027 (via @healthdesk)\n" +
      'DESK NOTES\n- @healthdesk: covenant breaches in 2027, and a rural hospital bond default by Q3\n' +
      '- @healthdesk: five systems breach covenants in 2027\n';
    const got = claims(issue, '2026-12-14');
    expect(got.map((c) => c.restates)).toEqual([undefined, undefined, 0]);
  });
});

describe('claims ("hopeful of / for / that" is a wish, as "we hope" is)', () => {
  const claims = (text: string, published = '2025-10-20') => extractClaims(text, { published }).length;

  it.each([
    ['“We are hopeful of double-digit growth in the second half of 2026,” the chief executive said.', 0],
    ['The board remains hopeful for a settlement by June.', 0],
    ['We are hopeful that rates fall by March.', 0],
    // "hopeful" before a noun is an adjective of it, and a forecast beside it is still asserted.
    ['The hopeful candidate wins in November.', 1],
    ['Analysts expect growth of 8% in 2026.', 1],
  ])('%s', (text, n) => {
    expect(claims(text)).toBe(n);
  });
});

describe('a stance of expectation after "is / are" ("hopeful of", "confident of") looks ahead, so a current period stays', () => {
  const claims = (text: string, published = '2026-01-12') => extractClaims(text, { published }).length;

  it.each([
    ['We are hopeful of double-digit growth in the second half.', '2026-08-10', ['2026-08-10', '2026-12-31']],
    ['Traders are confident of a rate cut in January.', '2026-01-12', ['2026-01-12', '2026-01-31']],
    // A present state in a current period is still no window.
    ['Demand is strong in the second half.', '2026-08-10', null],
    ['Margins are thin in January.', '2026-01-12', null],
    // "confident about" names no outcome, as "optimistic about" does.
    ['We are confident about our performance in the second half.', '2026-08-10', null],
  ])('%s (published %s)', (text, published, want) => {
    expect(win(text, published)).toEqual(want);
  });
  it('a judgement that names no outcome is still no claim', () => {
    expect(
      claims('We are optimistic about our performance in the remaining quarters of the current fiscal year.'),
    ).toBe(0);
    expect(claims('Traders are confident of a rate cut in January.')).toBe(1);
    expect(claims('We are confident about our performance in the second half.', '2026-08-10')).toBe(0);
  });
});

describe('a calendar entry followed by ", but …", and "forecast what …" (What counts as a claim)', () => {
  const P = { published: '2027-10-18' };
  it('a calendar entry followed by ", but …" stays one only when the "but" clause names no date', () => {
    const claims = extractClaims('The season starts on Saturday, but the title is decided by May.', P);
    expect(claims.map((c) => [c.window?.start, c.window?.end])).toEqual([['2027-10-18', '2028-05-31']]);
    expect(extractClaims('The season will start on Saturday, but the title is decided by May.', P)).toHaveLength(1);
    expect(extractClaims('The season will start on Saturday, but two starters are injured.', P)).toHaveLength(0);
    expect(extractClaims('The season will start on Saturday, but the champions are a year older.', P)).toHaveLength(0);
    expect(extractClaims('The season starts on Saturday, but two starters may be out.', P)).toHaveLength(0);
  });
  it('"forecast what would be …" is a free relative naming the outcome; "predict what will happen" a question', () => {
    expect(extractClaims('Analysts forecast what would be a record harvest by 2027.', P)).toHaveLength(1);
    expect(extractClaims('Analysts forecast what will be a record harvest by 2027.', P)).toHaveLength(1);
    expect(extractClaims('Analysts predict what will happen to rates by 2028.', P)).toHaveLength(0);
    expect(extractClaims('Nobody can predict what the harvest will be in 2028.', P)).toHaveLength(0);
    expect(extractClaims('Analysts forecast what will be left of the harvest by 2028.', P)).toHaveLength(0);
  });
});

describe('what counts as a claim, in more wording (published 2027-05-03)', () => {
  const P = { published: '2027-05-03' };

  it('"can anticipate / expect" is an expectation, not a possibility', () => {
    expect(extractClaims('We can anticipate the first closures to come in 2028.', P)).toHaveLength(1);
    expect(extractClaims('Prices can fall in 2028.', P)).toHaveLength(0);
  });
});

describe('what counts as a claim, in more wording (published 2027-10-04)', () => {
  const P = { published: '2027-10-04' };

  const texts = (text: string) => extractClaims(text, P).map((c) => c.text);

  it('a clause that forecasts a dated outcome is asserted whatever the next clause deems possible', () => {
    expect(
      extractClaims('Analysts are predicting two more cuts later this year, and rates could hit 3% by Christmas.', P),
    ).toHaveLength(1);
    expect(extractClaims('Analysts predict a recovery, and prices could hit $5 by June.', P)).toHaveLength(0);
    expect(extractClaims('Economists predicted the bank may hike on Thursday.', P)).toHaveLength(0);
  });

  it('a modal right after "that" / "which" belongs to a relative clause, not to the main one', () => {
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

  it('"that" opening a sentence or its main clause is a demonstrative subject; its modal is the sentence\'s', () => {
    expect(extractClaims('That might not happen until Tuesday.', P)).toHaveLength(0);
    expect(extractClaims('With the holiday on Monday, that could slip to Wednesday.', P)).toHaveLength(0);
    expect(extractClaims('That will lift prices by June.', P)).toHaveLength(1);
    expect(
      extractClaims('The agency is on track to launch a probe, unmanned, that would orbit Mars early next year.', P),
    ).toHaveLength(1);
  });

  it('an imperative with the desk as its object is housekeeping about the record', () => {
    expect(extractClaims('Grade us on December 31.', P)).toHaveLength(0);
    expect(extractClaims('Hold me to it by June.', P)).toHaveLength(0);
    expect(extractClaims('Expect us to raise the call by June.', P)).toHaveLength(1);
    expect(extractClaims('The US imposes the tariff by June.', P)).toHaveLength(1);
  });

  it('"Otherwise …" takes the sentence before it as its antecedent', () => {
    const text = ['THE SIGNAL', 'If talks fail, copper could drop 10%. Otherwise it holds $9,000 through March.'].join(
      '\n',
    );
    expect(extractClaims(text, P).map((c) => c.text)).toEqual([
      'If talks fail, copper could drop 10%. Otherwise it holds $9,000 through March.',
    ]);
  });

  it('a survey that "found" or "showed" a "would" reports its forecast', () => {
    expect(texts('The poll found that output would grow 2% in the year to March 2028.')).toHaveLength(1);
    expect(texts('The survey showed prices would fall in 2028.')).toHaveLength(1);
    expect(texts('Output would grow 2% in 2028.')).toHaveLength(0);
  });
});

describe('what counts as a claim, in more wording (published 2027-10-18)', () => {
  const P = { published: '2027-10-18' };

  it('an indirect question after a verb of predicting asserts no outcome', () => {
    expect(extractClaims('We try to predict how the market will look come June 2028.', P)).toHaveLength(0);
    expect(extractClaims('Nobody can forecast whether rates fall in June 2028.', P)).toHaveLength(0);
    expect(extractClaims('We predict the market will rally come June 2028.', P)).toHaveLength(1);
  });
});

describe('what counts as a claim, in more wording', () => {
  it('calendar entries: relative days, a verbless conjunct, "will" + an event verb, a clause of what has happened', () => {
    expect(isClaimSentence('The summit opens in Geneva next week with little agreed.')).toBe(false);
    expect(isClaimSentence('Apple reports on July 30 and Amazon on July 31.')).toBe(false);
    expect(isClaimSentence('The registration window will close on Friday, March 6 at noon.')).toBe(false);
    expect(isClaimSentence('The ferry line launches on May 4 and bookings have doubled.')).toBe(false);
    expect(isClaimSentence('The 10-year yield will close below 4% by Friday.')).toBe(true);
  });

  it('an obligation ("will have to") and advice ("recommends") assert no outcome', () => {
    expect(isClaimSentence('Utilities will have to file new plans by June.')).toBe(false);
    expect(isClaimSentence('The agency recommends a ban on new gas boilers by 2030.')).toBe(false);
    expect(isClaimSentence('Utilities will file new plans by June.')).toBe(true);
  });

  it('a possibility stated as an adjective ("is doable", "is achievable") asserts no outcome', () => {
    expect(isClaimSentence('A deal by June is doable.')).toBe(false);
    expect(isClaimSentence('Profitability by 2027 is achievable.')).toBe(false);
    expect(isClaimSentence('A deal comes by June.')).toBe(true);
  });

  it('"would" after a past reporting verb reports a forecast; alone, or after "had said", it is no claim', () => {
    expect(isClaimSentence('Last week the company forecast revenue would double by 2028.')).toBe(true);
    expect(isClaimSentence('A deal by June would be a surprise.')).toBe(false);
    expect(isClaimSentence('The firm had said it would close the plant by May.')).toBe(false);
  });

  it('what markets price is the present described, unless the sentence also calls an outcome', () => {
    expect(isClaimSentence('Markets price three cuts by December.')).toBe(false);
    expect(isClaimSentence('Markets price three cuts by December, but we expect two.')).toBe(true);
  });
});

describe('what counts as a claim, in more wording (published 2027-03-01)', () => {
  const P = { published: '2027-03-01' };

  it('"will need to" states what it takes, as "will have to" does: no outcome asserted', () => {
    expect(
      extractClaims('To hit its target, the mill will need to ship 40,000 tonnes in the third quarter.', P),
    ).toHaveLength(0);
    expect(extractClaims('The mill will ship 40,000 tonnes in the third quarter.', P)).toHaveLength(1);
  });

  it('an adverb after "will" and a period granted to act ("will have six months … to comply") oblige too', () => {
    expect(extractClaims('Large operators will now have to apply the rules from 30 December 2027.', P)).toHaveLength(0);
    expect(
      extractClaims('Gatekeepers will have six months (i.e. until 6 March 2028) to comply with the rules.', P),
    ).toHaveLength(0);
    expect(extractClaims('Gatekeepers will have 90 days to comply, at the latest by 6 March 2028.', P)).toHaveLength(0);
    // Counter-cases: an adverb before another verb, and a period or count that is had, not granted, still assert.
    expect(extractClaims('The Fed will now cut rates in June.', P)).toHaveLength(1);
    expect(extractClaims('Buyers will have two weeks of strong demand in June.', P)).toHaveLength(1);
    expect(extractClaims('The company will have 12 stores open by June.', P)).toHaveLength(1);
    // A period granted to do something other than comply leaves the sentence's forecast standing.
    expect(
      extractClaims('Investors will have two weeks to digest the data before the Fed cuts in June.', P),
    ).toHaveLength(1);
    expect(extractClaims('Lenders will have six weeks to cut rates before June.', P)).toHaveLength(1);
  });

  it('a day granted ("get until April 17", "have until October 17 to file") is no outcome asserted', () => {
    expect(extractClaims('Maine and Massachusetts filers get until April 17.', P)).toHaveLength(0);
    expect(extractClaims('Filers in Maine get until April 17, 2027, because of state holidays.', P)).toHaveLength(0);
    expect(extractClaims('You have until October 17 to file.', P)).toHaveLength(0);
    // Counter-cases: time granted before an outcome, or a later clause of its own, still forecast.
    expect(extractClaims('Bulls have until March before prices jump.', P)).toHaveLength(1);
    expect(extractClaims('Tenants get until April 17, and rents jump in May.', P)).toHaveLength(1);
    expect(extractClaims('Tenants get until April 17 to leave, and rents jump in May.', P)).toHaveLength(1);
  });

  it('"would need to" after a verb of saying is the reported "will need to": an obligation, no outcome asserted', () => {
    expect(
      extractClaims('The chair said the arena would need to be finished by 2031, with a test event in 2030.', P),
    ).toHaveLength(0);
    expect(extractClaims('The council said the rail line would need to open before the 2032 Games.', P)).toHaveLength(
      0,
    );
    // Counter-cases: the reported "will" of an outcome still asserts it; "needs" as a noun obliges nothing.
    expect(extractClaims('The chair said the arena would be finished by 2031.', P)).toHaveLength(1);
    expect(extractClaims('The chair said staffing needs would double by 2031.', P)).toHaveLength(1);
  });

  it('an undated wish before a semicolon leaves the dated clause after it a claim', () => {
    expect(extractClaims('The union wants a 9% raise; the city settles at 5% by June.', P)).toHaveLength(1);
    expect(extractClaims('The union wants a 9% raise by June; the city disagrees.', P)).toHaveLength(0);
  });

  it('a forecast reported in the past passive is a claim; a past estimate is not', () => {
    const later = { published: '2027-06-01' };
    expect(extractClaims('Cotton output for 2028 was forecast at 14 million bales.', later)).toHaveLength(1);
    expect(extractClaims('Cotton output was estimated at 14 million bales in May.', later)).toHaveLength(0);
  });
});

describe('an order already given ("ordered lawmakers to redraw … by Feb. 11") is an obligation, no claim', () => {
  const claims = (text: string) => extractClaims(text, { published: '2022-02-04' }).length;
  it.each([
    ['A panel of federal judges ordered lawmakers to redraw congressional maps by Feb. 11.', 0],
    ['The regulator directed the utility to file a new rate plan by March 31.', 0],
    // An order forecast in the present, or a past verb that orders goods, is no obligation.
    ['The court orders Google to divest AdX by the end of September.', 1],
    ['Judge Brinkema will order the company to pay damages by June.', 1],
    ['The airline ordered 20 jets, and deliveries start to arrive by June.', 1],
  ])('%s', (text, want) => {
    expect(claims(text)).toBe(want);
  });
});

describe('"we\'ll see" is a shrug only alone or before a question word; "we will see the peak …" forecasts', () => {
  it.each([
    ['We will see the peak before the end of January.', true],
    ['Forecasts give an 80 percent chance that we will see the peak before the end of January.', true],
    ["We'll see a second cut by June.", true],
    // A shrug: alone, after a comma, or before "how / what / whether".
    ["Prices fall by June, but we'll see.", false],
    ['We will see how it goes by June.', false],
    ["We'll see what happens in January.", false],
  ])('%s → %s', (text, want) => {
    expect(extractClaims(text, { published: '2018-01-23' }).length > 0).toBe(want);
  });
});

describe('an order to two named parties and a rule that "mandates / requires that" bind their object; no forecast', () => {
  it.each([
    ['The STB ordered UP and NS to submit supplemental information by July 27.', '2026-05-28', false],
    ['The USMCA mandates that by July 1, 2026, the three countries review the agreement.', '2025-09-24', false],
    ['The law requires that banks hold more capital by 2027.', '2025-09-24', false],
    // A forecast of the rule, an order of goods and a requirement that is no "that" clause still call.
    ['We expect the law to require that banks hold more capital by 2027.', '2025-09-24', true],
    ['The board ordered 20 jets and expects deliveries by June.', '2026-05-28', true],
    ['The deal requires approval, which comes by June.', '2025-09-24', true],
  ])('%s (published %s) → %s', (text, published, want) => {
    expect(extractClaims(text, { published }).length > 0).toBe(want);
  });
});

describe('housekeeping is the newsletter speaking of itself, not a sentence that merely holds its words', () => {
  const texts = (text: string) => extractClaims(text, { published: '2026-03-01' }).map((c) => c.text);
  it.each([
    // "no issue" and "next dispatch / brief" inside a call are the call's words …
    'Management flagged no issue on the timeline, and the plant will open in March.',
    'Regulators see no issue this time with the merger, which is expected to close in Q3.',
    'Kyiv expects the next dispatch of Patriot batteries by June.',
    'The DOJ will file its next brief by March 3, arguing the merger should be blocked.',
    'The agency will publish the next digest of rules by June.',
    // … and a forecast after "Next week:" is still one.
    'Next week: the ECB is expected to cut rates by 25bp on Thursday.',
    'Next week: we think the ECB will cut rates by 25bp.',
  ])('%s is a claim', (text) => {
    expect(texts(text)).toHaveLength(1);
  });
  it.each([
    // The newsletter's own skipped issue, next edition and preview stay housekeeping.
    'No issue on March 16; we are back on March 23.',
    'There will be no newsletter next week.',
    'Our next brief is out on Tuesday, March 10.',
    'The next dispatch lands on Friday.',
    'Next week: the Champions League final, and what the rights auction means for BT.',
    'Next time: the ECB meeting on Thursday.',
    // A modal perfect in the preview looks back, no forecast.
    "Next week: the final in Budapest, and why UEFA's ballot is the one FIFA should have copied.",
  ])('%s is housekeeping', (text) => {
    expect(texts(text)).toEqual([]);
  });
});

describe('"we\'ll see" before a time phrase is a shrug; before an object it forecasts', () => {
  const count = (text: string) => extractClaims(text, { published: '2026-03-01' }).length;
  it.each([
    ["We'll see in September.", 0],
    ["We'll see on Friday.", 0],
    ["We'll see next week.", 0],
    ['We will see by the end of the month.', 0],
    ["We'll see soon enough.", 0],
    // An object after "see" is what is forecast.
    ['We will see the peak before the end of January.', 1],
    ['We will see rates lower by September.', 1],
  ])('%s', (text, n) => {
    expect(count(text)).toBe(n);
  });
});

describe('an impact "on" something with neither direction nor measure is unfalsifiable', () => {
  it.each([
    [
      'Wet weather at Flemington racecourse looks likely to have a big impact on Tuesday’s Melbourne Cup – flipping the script on the chances of some of the fancied runners.',
      '2025-11-03',
      0,
    ],
    ['Tariffs will have a big impact on sales in January.', '2025-10-20', 0],
    // Counter-cases: a direction is checkable, and a relative clause's impact leaves its clause's own outcome.
    ['Tariffs will have a negative impact on sales in January.', '2025-10-20', 1],
    [
      'Dame Time is expected to miss the 2025-26 NBA season, which will have an impact on the rebuilding Blazers.',
      '2025-10-20',
      1,
    ],
  ])('%s', (text, published, n) => {
    expect(extractClaims(text, { published }).length).toBe(n);
  });
});

describe('a table column of set dates is a listing only under a header with no column of calls or estimates', () => {
  const texts = (table: string) =>
    extractClaims(`The Signal\n${table}`, { published: '2026-03-01' }).map((c) => c.text);
  it.each([
    [
      '| Company | Our call | Expected date |\n|---|---|---|\n| Nvidia | Rubin ships in volume | September 2026 |\n| Apple | Foldable iPhone launches | September 2026 |',
      2,
    ],
    ['| Project | Call | Target date |\n|---|---|---|\n| Plant | Construction starts | March 2027 |', 1],
    ['| Item | Forecast | Due |\n|---|---|---|\n| Fed | Cuts 25bp | 17 June 2026 |', 1],
    ['| Item | View | Date |\n|---|---|---|\n| Fed | Cuts 25bp | 17 June 2026 |', 1],
    // A column of statutory deadlines, hearings or expiries lists set dates.
    [
      '| Deal | Authority | Stage | Statutory deadline |\n|---|---|---|---|\n| Getty / Shutterstock | CMA | Phase 2 | 29 April 2026 |',
      0,
    ],
    ['| Carrier | Contract | Expires |\n|---|---|---|\n| UPS | Teamsters master | 31 July 2028 |', 0],
    // With no column of calls, a bare "Date" column lists fixtures (a calendar listing, TIME-WINDOWS.md) …
    [
      '| Bowl | Date | Matchup | Line |\n|---|---|---|---|\n| Gasparilla | Dec. 22 | UCF vs. Tulane | Tulane -3 |\n| Sugar | Jan. 1 | TBD | — |',
      0,
    ],
    // A line, spread or moneyline is a price quoted now on the event, whatever its sign.
    [
      '| Bowl | Date | Matchup | Line |\n|---|---|---|---|\n| Rose Bowl | Jan. 1 | Ohio State vs. Oregon | Oregon -3.5 |\n| Orange Bowl | Dec. 31 | Texas vs. Georgia | Texas +2 |\n| Cotton | Dec. 30 | Miami vs. Utah | Miami +150 |',
      0,
    ],
    // … and a "Period" column says which period a row's reported figures are of (guidance "for" a period names it).
    [
      '| Company | Period | Capex guide | Prior |\n|---|---|---|---|\n| Alphabet | 2026 | $180–185B | $175–185B |\n| Oracle | FY27 (May) | ~$50B | $35B |',
      0,
    ],
    // Counter-cases: a column of calls beside either keeps the rows calls, and a cell with words of its own is read.
    ['| Item | Call | Period |\n|---|---|---|\n| Capex | Alphabet tops $200B | 2027 |', 1],
    ['| Bowl | Date | Matchup |\n|---|---|---|\n| Gasparilla | UCF wins by Dec. 22 | UCF vs. Tulane |', 1],
    // A bare "Date" or "Due" column with no column of events, and a row whose cells call an outcome (a move, odds, a
    // signed change), keep the rows calls.
    [
      '| Ticker | Catalyst | Date | Move |\n|---|---|---|---|\n| NVDA | Beats and raises | Feb 25 | +8% |\n| TSLA | Robotaxi slips again | Jun 30 | -5% |',
      2,
    ],
    ['| Bill | Due | Odds it passes |\n|---|---|---|\n| Farm bill | Sept 30 | 60% |', 1],
    [
      '| Company | Year | Capex guide |\n|---|---|---|\n| Alphabet | 2026 | $180–185B |\n| Meta | 2027 | rises to $150B |',
      1,
    ],
  ])('%s', (table, n) => {
    expect(texts(table)).toHaveLength(n);
  });
  it('two issues read one after the other share no table state', () => {
    const table =
      '| Deal | Authority | Stage | Statutory deadline |\n|---|---|---|---|\n| Getty / Shutterstock | CMA | Phase 2 | 29 April 2026 |';
    expect(texts(table)).toEqual([]);
    expect(texts(table)).toEqual([]);
  });
});

describe('a BULL or BEAR block is a call by its label: a date its listing verb sets bounds it, as any other date does', () => {
  const tradecraft = (block: string) =>
    extractClaims(`Tradecraft\n${block}\n`, { published: '2026-09-14' }).map((c) => [
      c.kind,
      c.window && [c.window.start, c.window.end],
    ]);
  it.each([
    ['BEAR: Talks collapse and a shutdown begins on October 1.', [['BEAR', ['2026-10-01', '2026-10-01']]]],
    ['BULL: The new terminal opens on November 2 and traffic doubles.', [['BULL', ['2026-11-02', '2026-11-02']]]],
    // Outside a block the same sentence is a calendar entry, and a block with no date still has none.
    ['BEAR: Talks collapse and a shutdown follows.', [['BEAR', null]]],
  ])('%s', (block, want) => {
    expect(tradecraft(block)).toEqual(want);
  });
  it('outside a block, a listing verb with its day is no window', () => {
    expect(findWindow('A shutdown begins on October 1.', '2026-09-14')).toBeNull();
  });
});

describe("a BULL or BEAR block is a call by its label: a day its plain present names is the call's, no schedule", () => {
  const tradecraft = (block: string) =>
    extractClaims(`Tradecraft\n${block}\n`, { published: '2026-12-07' }).map((c) => [
      c.kind,
      c.window && [c.window.start, c.window.end],
    ]);
  it.each([
    [
      'BEAR: Overs in Week 15: wind and snow keep totals under in all three games on Sunday.',
      [['BEAR', ['2026-12-13', '2026-12-13']]],
    ],
    ['BULL: Spain win on Thursday.', [['BULL', ['2026-12-10', '2026-12-10']]]],
    ['BULL: Totals stay under on Sunday night.', [['BULL', ['2026-12-13', '2026-12-13']]]],
    // Counter-cases: a past verb beside the day still looks back, and a WATCH trigger is read as before.
    ['BEAR: Totals fell on Sunday and keep falling.', [['BEAR', null]]],
    // A weekday before the noun it names is still no day.
    ['BULL: The Sunday papers keep backing the Chancellor.', [['BULL', null]]],
    ['BEAR: Sunday trading laws keep a lid on retail sales.', [['BEAR', null]]],
  ])('%s', (block, want) => {
    expect(tradecraft(block)).toEqual(want);
  });
  it('outside a block the same plain present with its day stays a schedule', () => {
    expect(findWindow('Spain win on Thursday.', '2026-12-07')).toBeNull();
    expect(findWindow('Totals stay under on Sunday night.', '2026-12-07')).toBeNull();
  });
});
