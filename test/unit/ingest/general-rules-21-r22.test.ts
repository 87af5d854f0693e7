import { describe, expect, it } from 'vitest';
import { extractClaims, findWindow } from '../../../src/ingest/index.js';

// The misses of the r22 held-out round (golden issues on freight, cat bonds, crypto ETFs, strikes and city politics;
// quoted-27), each as a general rule with sentences of its own (not the fixtures'), and counter-cases the rule must
// leave alone.
const win = (text: string, published: string) => {
  const w = findWindow(text, published);
  return w && [w.start, w.end];
};
const drafts = (text: string, published = '2026-03-02') =>
  extractClaims(text, { published }).map((c) => [c.text, c.window && [c.window.start, c.window.end]]);

describe('time phrases ("Qn YYYY" written with a slash, as "Q4-2026" is with a hyphen)', () => {
  it.each([
    ['Approval comes in Q3/2027.', '2026-03-02', ['2027-07-01', '2027-09-30']],
    ['Margins recover in H2/27.', '2026-03-02', ['2027-07-01', '2027-12-31']],
    // Two quarters joined by a slash are still alternatives (rule 8).
    ['Volumes rise in Q3/Q4.', '2026-03-02', ['2026-07-01', '2026-12-31']],
  ])('%s (published %s)', (text, published, want) => {
    expect(win(text, published)).toEqual(want);
  });
});

describe('time phrases ("early / late in" a quarter or half is "early / late Qn", as "late in 2016" is)', () => {
  it.each([
    ['The readout arrives early in the third quarter.', '2026-03-02', ['2026-07-01', '2026-07-31']],
    ['Shipments resume late in Q2.', '2026-03-02', ['2026-06-01', '2026-06-30']],
    ['Demand picks up late in the second half of 2027.', '2026-03-02', ['2027-11-01', '2027-12-31']],
    // Without the modifier it is the whole quarter.
    ['The readout arrives in the third quarter.', '2026-03-02', ['2026-07-01', '2026-09-30']],
  ])('%s (published %s)', (text, published, want) => {
    expect(win(text, published)).toEqual(want);
  });
});

describe('tense ("Not windows": a participle used as an adjective does not make the clause past)', () => {
  it.each([
    // A participle between an owned count and its noun qualifies the noun …
    ["Hiring in 2027 replaces the sector's 40,000 furloughed workers.", '2026-03-02', ['2027-01-01', '2027-12-31']],
    ["The chain's 12 shuttered stores reopen by June.", '2026-03-02', ['2026-03-02', '2026-06-30']],
    // … while a bare count still counts what happened.
    ['Small lenders keep failing; 9 announced closures this year.', '2026-03-02', null],
  ])('%s (published %s)', (text, published, want) => {
    expect(win(text, published)).toEqual(want);
  });
});

describe('schedules (a term that ends in a relative period, as one that ends on a date)', () => {
  it.each([
    ['The lease expires next year.', '2026-03-02', null],
    ['The ceasefire agreement expires this month.', '2026-03-02', null],
    // An outcome asserted of the term's end still dates the sentence.
    ['The contract expires next month, and workers will strike.', '2026-03-02', ['2026-04-01', '2026-04-30']],
  ])('%s (published %s)', (text, published, want) => {
    expect(win(text, published)).toEqual(want);
  });
});

describe('names (rule 7: a date that qualifies a noun)', () => {
  it.each([
    // A full date between "a / an" and its noun names a kind of thing, as "a 2027 launch" does …
    ['The agency is preparing for a June 4, 2027 launch.', '2026-03-02', null],
    ['Regulators are working toward an 18 March 2027 decision.', '2026-03-02', null],
    // … "the" before it, or a month and year alone, still date the outcome (as older labels have it).
    ['The agency is preparing for the June 4, 2027 launch.', '2026-03-02', ['2027-06-04', '2027-06-04']],
    ['The phone is projected for a March 2027 release.', '2026-03-02', ['2027-03-01', '2027-03-31']],
    // "mid-year" before a noun qualifies it, as "winter wheat" does …
    ['The board approves a mid-year budget revision by November.', '2026-09-07', ['2026-09-07', '2026-11-30']],
    ['The mid-year review shows margins above 20%.', '2026-03-02', null],
    // … and "by mid-year" is still the point of rule 3.
    ['Prices bottom by mid-year.', '2026-03-02', ['2026-03-02', '2026-06-30']],
    // A year right after its own preposition is the period, and the noun after it the subject (also when the noun
    // is one that a bare year names) …
    ['By 2028 shipments double.', '2026-03-02', ['2026-03-02', '2028-12-31']],
    ['In 2027 deliveries rise 5%.', '2026-03-02', ['2027-01-01', '2027-12-31']],
    // … while a bare year before the noun names it ("2026 output").
    ['Rates ease by June as 2026 deliveries land.', '2026-03-02', ['2026-03-02', '2026-06-30']],
    ['2027 output falls.', '2026-03-02', null],
  ])('%s (published %s)', (text, published, want) => {
    expect(win(text, published)).toEqual(want);
  });
});

describe('issues ("More on claims": the title, dateline and masthead lines are never claims)', () => {
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

describe('claims ("More on claims": an attempt set for a day is a scheduled event, not a forecast)', () => {
  it.each([
    ['Airlines will try a fare increase on June 1.', 0],
    ['OPEC will attempt another output cut on Sunday.', 0],
    // An outcome asserted of the attempt, or an intention with a deadline, is a forecast.
    ['Airlines will try a fare increase on June 1, and it sticks through the summer.', 1],
    ['The union will try to settle by Friday.', 1],
  ])('%s → %i drafts', (text, n) => {
    expect(drafts(text)).toHaveLength(n);
  });
});

describe('events ("More conventions": central-bank meetings from the events table; finding 10\'s other forms)', () => {
  it.each([
    // "its <month> meeting" before its owner, and "the <month> meeting" of a name, are that name's meeting …
    ['At its June meeting, the Fed cuts rates.', '2026-03-02', ['2026-06-17', '2026-06-17']],
    ['At its July meeting, the Federal Reserve holds.', '2026-03-02', ['2026-07-29', '2026-07-29']],
    ['The Fed cuts rates at the September meeting.', '2026-03-02', ['2026-09-16', '2026-09-16']],
    ['At the October meeting, the Fed cuts by 25 basis points.', '2026-03-02', ['2026-10-28', '2026-10-28']],
    // … while a body the table lacks, or no body at all, still gives the month.
    ['At its June meeting, the ECB cuts rates.', '2026-03-02', ['2026-06-01', '2026-06-30']],
    ['At the June meeting, we expect a cut.', '2026-03-02', ['2026-06-01', '2026-06-30']],
    ['The board approves the plan at the June meeting.', '2026-03-02', ['2026-06-01', '2026-06-30']],
  ])('%s (published %s)', (text, published, want) => {
    expect(win(text, published)).toEqual(want);
  });
});

describe('plans and events ("Not windows": the current plan; "More conventions": an event the table lacks)', () => {
  it.each([
    // What a plan, schedule or timeline "calls for" is the plan as it stands …
    ['The plan calls for the smelter to restart in 2027.', '2026-03-02', null],
    ["The ministry's timeline calls for tenders by June.", '2026-03-02', null],
    // … while an analyst's call is a call.
    ['Goldman calls for a rate cut by June.', '2026-03-02', ['2026-03-02', '2026-06-30']],
    // An event named by its year, starting or ending with no day given, is not dated by the table …
    ['Clubs will sign more players before the 2027 season starts.', '2026-03-02', null],
    ['Ticket prices rise until the 2027 games begin.', '2026-03-02', null],
    // … a day dates it, and a bare year is still the year.
    [
      'Clubs will sign more players before the 2027 season starts on March 1.',
      '2026-03-02',
      ['2026-03-02', '2027-02-28'],
    ],
    ['Clubs will sign more players before 2027.', '2026-03-02', ['2026-03-02', '2026-12-31']],
  ])('%s (published %s)', (text, published, want) => {
    expect(win(text, published)).toEqual(want);
  });
});
