import { describe, expect, it } from 'vitest';
import { extractClaims, extractClaimsWithSpans, findWindow } from '../../../src/ingest/index.js';

// Rules added for the misses of the ninth round of golden issues and quoted-14 (docs/ingest.md). Each row is a
// sentence written for the rule, not one of the fixtures, labelled by hand from the TIME-WINDOWS.md convention
// named in its group, for 2026-02-09 (a Monday); never by running the code.
const P = '2026-02-09';
type Row = [text: string, start: string | null, end?: string];
const WINDOWS: Array<[string, Row[]]> = [
  [
    'Rule 2: "through the decade" is a deadline at the end of the current decade, as "within the decade" is',
    [['The aquifer keeps falling through the decade.', P, '2029-12-31']],
  ],
  [
    'Rule 2: "through" before a place name is no deadline; the period after it stands alone',
    [['The river runs dry through Albuquerque this summer.', '2026-06-01', '2026-08-31']],
  ],
  [
    'Not windows (past states): a level verb\'s past before "at" ("peaked at 71%") is the past, its date too',
    [['Snowpack across the basin peaked at 71% of median on February 1.', null]],
  ],
  [
    'More conventions: an "after" clause is an open-ended anchor; its tense and dates are its own',
    [
      ['Prices rise after the Fed cuts in March.', null],
      ['The line opens in December, months after the Olympics close in August.', '2026-12-01', '2026-12-31'],
    ],
  ],
  [
    'Periods: two months joined by a hyphen are one range, the first in the year of the second or the one before',
    [['Henry Hub averages $4 over the November-March period.', P, '2026-03-31']],
  ],
  [
    'Periods: "the September quarter of 2027" is the calendar quarter ending that month, in the year named',
    [['Production starts in the September Quarter of 2027.', '2027-07-01', '2027-09-30']],
  ],
  [
    'More conventions: "another month", "another few months" bound the outcome as "N more months" do',
    [
      ['He could miss another month.', P, '2026-03-09'],
      ['It will be another "few months" before digging starts.', P, '2026-05-09'],
      ['The Fed trims by another quarter point in March.', '2026-03-01', '2026-03-31'],
    ],
  ],
  [
    'Not windows (names): "its 2027 targets" name the targets, as "targets for 2027" do, unless they are met',
    [
      ['The company is on track with its 2027 targets.', null],
      ['Tesla hits its 2026 targets.', P, '2026-12-31'],
    ],
  ],
  [
    'Not windows: a plan set off by commas (", currently scheduled for … ,") dates only when nothing else does',
    [
      [
        'The line, currently scheduled for completion in 2027, will not be done until 2029.',
        '2029-01-01',
        '2029-12-31',
      ],
    ],
  ],
  [
    'Periods: "the end of this year" without a deadline word is its late part, as "the end of 2026" is',
    [
      ['Verizon switches off 3G at the end of this year.', '2026-09-01', '2026-12-31'],
      ['Verizon switches off 3G by the end of this year.', P, '2026-12-31'],
    ],
  ],
  [
    'More conventions: a dated event after "after" is an open-ended anchor, verb or not',
    [['The line opens in December, months after the opening ceremony in August.', '2026-12-01', '2026-12-31']],
  ],
  [
    'Rule 7: an ordinal elsewhere in the sentence does not make "another month" a count backward',
    [['Second baseman Pedroia could spend another month on the injured list.', P, '2026-03-09']],
  ],
];

describe.each(WINDOWS)('%s', (_name, rows) => {
  it.each(rows)('%s', (text, start, end) => {
    const w = findWindow(text, P);
    expect(w && [w.start, w.end]).toEqual(start === null ? null : [start, end]);
  });
});

describe('issues', () => {
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
