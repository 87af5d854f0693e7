import { describe, expect, it } from 'vitest';
import { DEFAULT_CALENDARS, extractClaims, findWindow } from '../../../../src/ingest/index.js';
import { win, windowPairTable, windowTable, windowTableByDate, windowsByDate } from '../helpers.js';

// Dates a sentence sets aside: rejected, withdrawn or replaced alternatives and plans that merely stand ("Not windows").

windowTable([
  [
    'Not windows, past states: a postponement reported as done states the current plan, like "is scheduled for"',
    [
      ['The board pushed the listing back until the fourth quarter.', null],
      ['The regulator delayed its decision until September.', null],
      ['Deliveries were pushed back from 2026 to 2028.', null],
      ['The vote has been postponed until March.', null],
      ['The company scheduled the launch for May.', null],
    ],
  ],
  [
    'Not windows: a rejected, abandoned or withdrawn alternative does not count',
    [
      ['A March hike is off the table; June at the earliest.', '2026-06-01', '2026-06-30'],
      ['The plant will open in May, rather than the originally planned March.', '2026-05-01', '2026-05-31'],
      ['Instead of April, the vote will now take place in June.', '2026-06-01', '2026-06-30'],
      ['The company scrapped its plan to go public in 2027.', null],
      ['The ministry withdrew its proposal to raise fuel taxes in July.', null],
      ['The spinoff, once slated for 2026, has been abandoned.', null],
    ],
  ],
  [
    'Not windows, rejected alternatives: the plan a postponement replaces does not count',
    [
      ['The satellite, planned for March, will be pushed back to June.', '2026-06-01', '2026-06-30'],
      ['The launch slips from April to September.', '2026-09-01', '2026-09-30'],
    ],
  ],
  [
    'Not windows, rejected alternatives: "instead of" governs its whole noun phrase',
    [
      [
        'The carrier takes 10 jets in 2028, instead of the 12 deliveries in each of 2026 and 2027 it had planned.',
        '2028-01-01',
        '2028-12-31',
      ],
    ],
  ],
]);

windowTableByDate([
  [
    'Not windows (rejected alternatives): a date ruled out is given up',
    [
      [
        'Most see the first cut in the second half, ruling out any move in March.',
        '2026-02-09',
        '2026-07-01',
        '2026-12-31',
      ],
      ['Analysts expect a cut in the latter half of 2026.', '2026-02-09', '2026-07-01', '2026-12-31'],
    ],
  ],
  [
    'Not windows (present states and plans): a relative clause saying when a period ends, and what is on an agenda',
    [
      ['Growth will slow to 1% in the third quarter, which ends next week.', '2026-09-23', '2026-09-23', '2026-09-30'],
      ['What is on the council agenda for the spring is a vote on the budget.', '2026-02-09', null],
    ],
  ],
  [
    'Not windows (plans): a verbless conjunct shares the plan of its clause',
    [['The city is scheduled to host the Games in 2028 and a final in 2027.', '2026-02-09', null]],
  ],
  [
    'Not windows (present states) does not cover a forecast figure ("the average projected growth … is 3%")',
    [
      [
        'The survey found that the average projected growth for the rest of the year is 3.2 percent.',
        '2026-06-28',
        '2026-06-28',
        '2026-12-31',
      ],
    ],
  ],
  [
    'Not windows: a withdrawn or collapsed plan ("no longer", "fell through", "the initial plan") does not count',
    [
      ['The developer said it would no longer be able to finish the tower by 2027.', '2026-02-09', null],
      ['A listing in 2027 is no longer expected.', '2026-02-09', null],
      [
        'Production will slip to early 2027 from the initial target of late 2026.',
        '2026-02-09',
        '2027-01-01',
        '2027-04-30',
      ],
    ],
  ],
  [
    'Not windows: "moving X from A to B" gives up A even when the verb stands a few words back',
    [
      [
        'The airline is moving the start of its new route from March to either July or August.',
        '2026-02-09',
        '2026-07-01',
        '2026-08-31',
      ],
    ],
  ],
]);

windowPairTable([
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
    'Not windows: an alternative set against the forecast with "as opposed to" is given up',
    [['The plant opens in the third quarter of 2027 as opposed to 2026.', '2027-07-01', '2027-09-30']],
  ],
  [
    'Not windows: a season or months defined in the present are a calendar; a period a clause points at still dates',
    [
      ['The storm season is from June 1 to Nov. 30.', null],
      ['The busiest months are July through September.', null],
      ['Buyers rush in during the season that runs from June to August.', '2026-06-01', '2026-08-31'],
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
]);

describe('"earlier", "originally" and the like give up only the plan they qualify ("Not windows": rejected alternatives)', () => {
  const PUB = '2026-03-10';
  const win = (text: string) => {
    const w = findWindow(text, PUB, { calendars: DEFAULT_CALENDARS });
    return w && [w.start, w.end];
  };

  it.each([
    // "earlier" that dates a saying ("earlier this week") or compares ("earlier than") gives up nothing, nor does a
    // saying that still stands ("earlier said it expects"); "but" opens the clause that replaces a plan …
    ['Lagarde earlier this week said the ECB will cut in June.', ['2026-06-01', '2026-06-30']],
    ['The company earlier said it expects to close the deal in the third quarter.', ['2026-07-01', '2026-09-30']],
    ['Cuts come earlier than the market thinks and start in April.', ['2026-04-01', '2026-04-30']],
    ['Deliveries start earlier than Boeing guided and reach 50 a month by June.', ['2026-03-10', '2026-06-30']],
    ['The plant was originally scheduled to open in 2026 but will open in 2028.', ['2028-01-01', '2028-12-31']],
    ['The plant was initially expected in 2026 but will arrive in 2028.', ['2028-01-01', '2028-12-31']],
    // … while a plan since replaced is still given up: a saying reported in the past ("said it would"), the earlier
    // target, an original schedule, "rather than".
    ['The company earlier said it would close the deal in the third quarter.', null],
    ['The earlier target of March is off; the launch comes in May.', ['2026-05-01', '2026-05-31']],
    ['The plant was originally scheduled to open in 2026.', null],
    ['The plant opens in 2028 rather than 2027.', ['2028-01-01', '2028-12-31']],
  ] as const)('%s', (text, expected) => {
    expect(win(text)).toEqual(expected);
  });
});

describe('a dated possibility set aside by "but" and an asserted call ("Not windows": a rejected alternative)', () => {
  const PUB = '2026-03-10';
  const win = (text: string) => {
    const w = findWindow(text, PUB, { calendars: DEFAULT_CALENDARS });
    return w && [w.start, w.end];
  };
  const claims = (text: string) => extractClaims(text, { published: PUB, calendars: DEFAULT_CALENDARS }).length;

  it.each([
    // "could … in April, but we expect June": the window is the asserted clause's, and the sentence is a claim …
    ['A cut could come as early as April, but we expect June.', ['2026-06-01', '2026-06-30'], 1],
    ['The Fed could cut in April, but we expect a cut in June.', ['2026-06-01', '2026-06-30'], 1],
    ['Shipments could start in May, but we expect them in July.', ['2026-07-01', '2026-07-31'], 1],
    ['A cut could come in April, but we think the Fed waits until June.', ['2026-06-01', '2026-06-30'], 1],
    ['A cut could come in April, but June is more likely.', ['2026-06-01', '2026-06-30'], 1],
    // … while "and", a condition in the "but" clause, or a second possibility leave it as before.
    ['Tariffs could bite in April, and the Fed cuts in June.', ['2026-04-01', '2026-06-30'], 0],
    ['The Fed could cut in April, but only if inflation falls by March.', ['2026-04-01', '2026-04-30'], 0],
    ['Stocks could rally in April, but they could fall in June.', ['2026-04-01', '2026-06-30'], 0],
  ] as const)('%s', (text, expected, n) => {
    expect(win(text)).toEqual(expected);
    expect(claims(text)).toBe(n);
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

describe('plans and given-up alternatives in more wording ("Not windows", by analogy)', () => {
  windowsByDate([
    // What a decision is to do, and when, is the decision's (a plan already made, as "is scheduled for" states) …
    [
      'The state has confirmed its decision to bring forward the closure of its last coal and gas plants by 2029.',
      '2026-03-02',
      null,
    ],
    ['Ministers announced their decision to end the subsidy from April.', '2026-03-02', null],
    // … while a forecast beside it, or a decision still to come, is dated as before.
    [
      'The court’s decision to hear the appeal in May sends the shares lower by Friday.',
      '2026-03-02',
      ['2026-03-02', '2026-05-31'],
    ],
    ['The board will make its decision by June.', '2026-03-02', ['2026-03-02', '2026-06-30']],
    // An alternative set against a noun ("rather than 25bp") ends where the verb of its consequence begins …
    [
      'A 50bp cut rather than 25bp means the policy rate is below 13% by the end of Q3.',
      '2026-03-16',
      ['2026-03-16', '2026-09-30'],
    ],
    ['A hike rather than a hold would push the yen past 140 by June.', '2026-03-16', ['2026-03-16', '2026-06-30']],
    // … while the date inside the alternative is still given up, and so is a plan said earlier.
    ['The bank hikes in June rather than in March.', '2026-03-16', ['2026-06-01', '2026-06-30']],
    ['The studio had previously said it would launch the game on May 26.', '2026-03-16', null],
  ]);
});

describe('"once" before a plan\'s participle ("once set for 2027") gives the plan up', () => {
  it.each([
    ["The maglev's opening, once set for 2027, is now expected no earlier than 2034.", ['2034-01-01', '2034-12-31']],
    ['The line, once planned for 2026, opens in 2029.', ['2029-01-01', '2029-12-31']],
    // "once" opening a time clause, or "once" as a count, gives nothing up.
    ['Shares rally once the merger closes in 2027.', ['2027-01-01', '2027-12-31']],
    ['The bank cuts once more in 2027.', ['2027-01-01', '2027-12-31']],
  ])('%s', (text, want) => {
    expect(win(text, '2026-06-08')).toEqual(want);
  });
});

describe('a plan in the past perfect ("which had been targeted for early 2026") was held before and is given up', () => {
  it.each([
    [
      'TSMC is three months ahead of its original schedule, which had been targeted for early 2026.',
      '2025-10-01',
      null,
    ],
    [
      'The launch had been scheduled for March, and it will now come in June.',
      '2026-02-09',
      ['2026-06-01', '2026-06-30'],
    ],
    ['The merger, which had been expected to close by June, now needs a second review.', '2026-02-09', null],
    ['Rates had been set to rise in April, but the board held.', '2026-02-09', null],
    // The plan that stands, a past perfect of something else, and "has been" keep their dates.
    [
      'The launch has been scheduled for March, and we expect it to slip to June.',
      '2026-02-09',
      ['2026-06-01', '2026-06-30'],
    ],
    ['Output had been falling for months, and it recovers in June.', '2026-02-09', ['2026-06-01', '2026-06-30']],
    ['The new line, which is targeted for early 2027, opens on time.', '2026-02-09', ['2027-01-01', '2027-04-30']],
  ] as const)('%s', (text, published, want) => {
    expect(win(text, published)).toEqual(want);
  });
});

describe('a view held before and set out in its "that" clause ("previous estimates that …") is given up as a plan is', () => {
  windowsByDate([
    [
      'The timing fits with previous estimates that the model would be released this summer, but anyone who has been through tech releases is aware that release dates are a moving target.',
      '2025-07-28',
      null,
    ],
    [
      'Apple ships the glasses in October, later than previous estimates that it would ship them in June.',
      '2026-02-09',
      ['2026-10-01', '2026-10-31'],
    ],
    // Counter-cases: a view confirmed is still held, news is no view, and an estimate beaten keeps the period.
    [
      'The launch confirms previous estimates that Apple ships the glasses in June.',
      '2026-02-09',
      ['2026-06-01', '2026-06-30'],
    ],
    [
      'The launch confirms previous reports that Apple ships the glasses in June.',
      '2026-02-09',
      ['2026-06-01', '2026-06-30'],
    ],
    ['Revenue will top previous estimates in Q3.', '2026-02-09', ['2026-07-01', '2026-09-30']],
    // A view held with any verb of holding keeps its dates; one revised or dropped gives them up.
    ['The bank stuck to its previous forecast that the Fed cuts in June.', '2026-02-09', ['2026-06-01', '2026-06-30']],
    ['Analysts cut previous estimates that GPU sales double by 2027.', '2026-02-09', null],
    ['OpenAI dropped previous estimates that the model would be released this summer.', '2026-02-09', null],
  ]);
});
