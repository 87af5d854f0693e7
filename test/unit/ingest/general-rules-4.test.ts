import { describe, expect, it } from 'vitest';
import { extractClaims, findWindow } from '../../../src/ingest/index.js';

// Rules added for the misses left in the fifth and sixth rounds of golden issues (docs/ingest.md states each rule
// under its subject). Each row is a sentence written for the rule, not one of the fixtures, labelled by hand from the
// TIME-WINDOWS.md convention named in its group, for the published date given (2026-02-09 is a Monday); never by
// running the code.
type Row = [text: string, published: string, start: string | null, end?: string];
const GROUPS: Array<[string, Row[]]> = [
  [
    'Rule 4 and named events ("before E" ends the day before E): an event that starts on a date dates the "before"',
    [
      ['Ticket prices double before the festival opens on July 3.', '2026-02-09', '2026-02-09', '2026-07-02'],
      ['The polls tighten before the convention begins on August 17.', '2026-02-09', '2026-02-09', '2026-08-16'],
    ],
  ],
  [
    '"for the full year" is the current year: guidance met, beaten or missed is measured over it, not a name',
    [
      ['Rio Tinto meets its copper guidance for the full year.', '2026-02-09', '2026-02-09', '2026-12-31'],
      ['The miner beats its 2.1 Moz guidance for the year.', '2026-02-09', '2026-02-09', '2026-12-31'],
      ['The miner raises its guidance for 2027.', '2026-02-09', null],
    ],
  ],
  [
    'Not windows: a date named as someone else’s schedule or baseline',
    [
      [
        'We expect the line to open in the second half of 2027, well ahead of the 2029 date the ministry gave.',
        '2026-02-09',
        '2027-07-01',
        '2027-12-31',
      ],
    ],
  ],
  [
    '"won\'t … before X" (the window is X) with a negative subject; "no" as the object of an action is a deadline',
    [
      ['Nobody will build a new refinery in the US before 2030.', '2026-02-09', '2030-01-01', '2030-12-31'],
      ['No one will ship a rival chip before 2028, in our view.', '2026-02-09', '2028-01-01', '2028-12-31'],
      ['The board approves no dividend before 2027.', '2026-02-09', '2026-02-09', '2026-12-31'],
      ['Parliament passes no budget before Easter.', '2026-02-09', '2026-02-09', '2026-04-04'],
      ['The House passes no farm bill before the midterms.', '2026-02-09', '2026-02-09', '2026-11-02'],
    ],
  ],
  [
    'A participle used as an adjective (after a quantifier or possessive) does not make the clause past',
    [
      ['Any retired coal plant reopens before the end of 2027.', '2026-02-09', '2026-02-09', '2027-12-31'],
      ['Each closed store reopens by the end of Q3.', '2026-02-09', '2026-02-09', '2026-09-30'],
    ],
  ],
  [
    'Rule 7: "so far in", "to date in" look backward',
    [
      ['The fund holds 12 names so far in 2026, and adds two more by June.', '2026-02-09', '2026-02-09', '2026-06-30'],
      ['Sales total 40 units thus far this year and reach 90 by June.', '2026-02-09', '2026-02-09', '2026-06-30'],
      [
        'Inflows total $3bn to date in 2026 and reach $5bn by the end of March.',
        '2026-02-09',
        '2026-02-09',
        '2026-03-31',
      ],
    ],
  ],
  [
    'Rule 7: a duration tied to an undated event ("within 30 days of the order") gives null',
    [
      ['The agency rules within 60 days of the filing.', '2026-02-09', null],
      ['Shares fall within a week of the announcement.', '2026-02-09', null],
    ],
  ],
  [
    'More on claims (a scheduled event is a calendar entry): a body’s agenda at a dated meeting',
    [
      ['The WHO panel reviews the vaccine data at its October meeting.', '2026-02-09', null],
      ['The council considers the rezoning at its September session.', '2026-02-09', null],
      // The Fed's June meeting is the FOMC of June 17 in the events table (More conventions: central-bank meetings).
      ['The Fed cuts rates at its June meeting.', '2026-02-09', '2026-06-17', '2026-06-17'],
    ],
  ],
];

describe.each(GROUPS)('%s', (_convention, rows) => {
  it.each(rows)('%s (published %s)', (text, published, start, end) => {
    const got = findWindow(text, published);
    expect(got && { start: got.start, end: got.end }).toEqual(start === null ? null : { start, end });
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
