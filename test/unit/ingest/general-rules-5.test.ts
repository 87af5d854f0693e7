import { describe, expect, it } from 'vitest';
import { extractClaims, findWindow } from '../../../src/ingest/index.js';
import { isClaimSentence } from '../../../src/ingest/text/claim-rules.js';

// Rules added for the misses of the seventh round of golden issues and quoted-12 (docs/ingest.md). Each row is a
// sentence written for the rule, not one of the fixtures, labelled by hand from the TIME-WINDOWS.md convention
// named in its group, for 2026-02-09 (a Monday); never by running the code.
const P = '2026-02-09';
type Row = [text: string, start: string | null, end?: string];
const WINDOWS: Array<[string, Row[]]> = [
  [
    'More on claims: a contract or term that runs to a date is its schedule, as a maturity is; after "before" it dates',
    [
      ["The coach's contract runs through June 2028.", null],
      ['Her term ends in 2027.', null],
      ['Talks stall before the lease expires in March.', P, '2026-02-28'],
    ],
  ],
  [
    'Rule 7, names: a date before a noun it names, a hyphenated compound included; an event naming another event',
    [
      ['The 2028 candidate list includes three governors.', null],
      ['The 2035 phase-out date stays on paper.', null],
      ['The law moves the city from March and April primaries to June elections.', null],
      ['Spain will beat Malta in the World Cup qualifier on Friday.', '2026-02-13', '2026-02-13'],
      ['The EU sets tougher targets for 2030.', null],
      ['The utility misses its emissions targets for 2027.', '2027-01-01', '2027-12-31'],
    ],
  ],
  [
    'Rule 7, as with "If …": a concession that forecasts dates the sentence only when nothing else does',
    [
      ['The chief executive said the damage was small, though repairs will take six weeks.', P, '2026-03-23'],
      ['Prices rise in June, though the rally will fade by August.', '2026-06-01', '2026-06-30'],
    ],
  ],
  [
    'Rule 4 and counts: "no more than" is a quantity, a window that shuts on a date dates "before", a count of months',
    [
      ['Clubs sign no more than two players before the window shuts on February 16.', P, '2026-02-15'],
      ['Retail sales fall in at least one month this summer.', '2026-06-01', '2026-08-31'],
    ],
  ],
  [
    'Rule 5: what waits until X happens in X, as what is delayed until X does',
    [['The second plant waits until 2028.', '2028-01-01', '2028-12-31']],
  ],
  [
    'Not windows: plans stated as they stand, set off by commas, and a past move to a dated event',
    [
      ['The council has scheduled its vote for March 3.', null],
      ['The terminal, originally slated to open on May 15, opens in October.', '2026-10-01', '2026-10-31'],
      ['The official target is for 50 GW by 2030.', null],
      ['Cooper and Briley advanced to a March 3 runoff on Thursday.', null],
    ],
  ],
  [
    'A participle closing a hyphenated compound or set off by commas before its verb is an adjective; what is awaited lies ahead',
    [
      ['The coal-fired plant closes by 2028.', P, '2028-12-31'],
      ['The retinal-focused biotech is awaiting results in CY26.', P, '2026-12-31'],
      ['The new analysis, released today, shows that coal output halves by 2030.', P, '2030-12-31'],
    ],
  ],
];

describe.each(WINDOWS)('%s', (_name, rows) => {
  it.each(rows)('%s', (text, start, end) => {
    const w = findWindow(text, P);
    expect(w && [w.start, w.end]).toEqual(start === null ? null : [start, end]);
  });
});

describe('what counts as a claim', () => {
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
});

const brief = (text: string) =>
  extractClaims(text, { published: P }).map((c) => ({
    kind: c.kind,
    text: c.text,
    sources: c.sources,
    window: c.window && [c.window.start, c.window.end],
    restates: c.restates,
  }));

describe('issues', () => {
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
});
