import { describe, expect, it } from 'vitest';
import { extractClaims, findWindow } from '../../../../src/ingest/index.js';

// How a clause's verbs decide whether its dates bound a forecast (TIME-WINDOWS.md, "Not windows": past and present
// states, plans, given-up alternatives; docs/ingest.md, "Past tense, plans and present states"), with the
// sentences each rule must leave alone.
const win = (text: string, published: string) => {
  const w = findWindow(text, published);
  return w && [w.start, w.end];
};
const claims = (text: string, published: string) => extractClaims(text, { published }).length;

describe('a withdrawing verb before a preposition moves a level and gives up no plan', () => {
  it.each([
    ["Unemployment won't drop to its target until 2027.", '2026-02-02', ['2027-01-01', '2027-12-31']],
    ['Yields drop below the target by June.', '2026-02-02', ['2026-02-02', '2026-06-30']],
    // A plan dropped as the verb's object is still given up.
    ['The company dropped its plan to list in 2027.', '2026-02-02', null],
  ])('%s', (text, published, want) => {
    expect(win(text, published)).toEqual(want);
  });
});

describe('"set to" a state reached, or to a happening with a deadline, forecasts; "set to" a dated happening is a schedule', () => {
  it.each([
    ['The new reactor is set to be fully operational by 2028.', '2026-02-02', ['2026-02-02', '2028-12-31']],
    ['The terminal is set to open by the end of 2027.', '2026-02-02', ['2026-02-02', '2027-12-31']],
    ['The plant is set to be ready early next year.', '2026-02-02', ['2027-01-01', '2027-04-30']],
  ])('%s', (text, published, want) => {
    expect(win(text, published)).toEqual(want);
    expect(claims(text, published)).toBe(1);
  });
  it.each([
    'The outlet is set to open on Friday.',
    'The summit is set to be held on June 3.',
    'The new rules are set to be in place on January 1.',
    // "be" right before its date is the happening held then, as "set to be held next week" is.
    'The vote is set to be next Tuesday.',
    'The hearing is set to be Friday.',
    'The summit is set to be next week in Geneva.',
    'The launch is set to be early next year.',
  ])('%s stays a calendar entry', (text) => {
    expect(claims(text, '2026-02-02')).toBe(0);
    expect(win(text, '2026-02-09')).toBeNull();
  });
});

describe('a plan only supposed in an "if" clause is no current plan', () => {
  it('keeps the dated consequence of a supposed agenda', () => {
    expect(win('If the rate cap is on the agenda, a vote follows by September.', '2026-02-02')).toEqual([
      '2026-02-02',
      '2026-09-30',
    ]);
  });
  it('a plan after the condition has closed is still the plan', () => {
    expect(win('If needed, a runoff is scheduled for November 3.', '2026-02-02')).toBeNull();
    expect(claims('The vote is scheduled for April 22.', '2026-02-02')).toBe(0);
  });
  it.each([
    // "once" and "whether" suppose nothing, and a condition with its own verb has ended before the plan.
    'Once the deal closes the combined company is due to report results in May.',
    'If the deal closes the combined company is due to report results in May.',
  ])('%s states the plan', (text) => {
    expect(win(text, '2026-02-09')).toBeNull();
    expect(claims(text, '2026-02-09')).toBe(0);
  });
});

describe('expectations that mount ("are rising for a cut later this month") look ahead', () => {
  it.each([
    ['Bets are growing on a rate hike later this month.', '2026-02-02', ['2026-02-02', '2026-02-28']],
    ['Expectations are mounting for a deal this week.', '2026-02-04', ['2026-02-04', '2026-02-08']],
    // A present state in a current period is still none.
    ['Expectations are high this month.', '2026-02-02', null],
    ['Demand is rising this month.', '2026-02-02', null],
    ['Expectations for a cut later this month are rising.', '2026-02-09', ['2026-02-09', '2026-02-28']],
    // Expectations that mounted then are the past.
    ['Bets were growing for a cut in January, but the Fed held.', '2026-02-09', null],
  ])('%s', (text, published, want) => {
    expect(win(text, published)).toEqual(want);
  });
});

describe('a participle after a linking verb ("go unserved", "stays closed") is a state, and its date the forecast\'s', () => {
  it.each([
    ['Some demand is likely to go unmet this winter.', '2026-10-05', ['2026-12-01', '2027-02-28']],
    ['The mine stays closed through March.', '2026-10-05', ['2026-10-05', '2027-03-31']],
    // The past of the linking verb is still the past.
    ['Some demand went unmet last winter.', '2026-10-05', null],
    ['The mine stayed closed in March.', '2026-10-05', null],
  ])('%s', (text, published, want) => {
    expect(win(text, published)).toEqual(want);
  });
});

describe('", followed by" orders the next step of a forecast; it dates no past event', () => {
  it.each([
    ['We expect two cuts through 2026, followed by a pause in 2027.', '2026-02-02', ['2026-02-02', '2027-12-31']],
    // A past sequence stays past.
    ['Sales fell in 2025, followed by a rebound in January.', '2026-02-02', null],
    ['Sales slumped in December, followed by a rebound in January.', '2026-02-09', null],
    ['Sales slumped in Q4 2025, followed by a rebound in January.', '2026-02-09', null],
    // A forecasting verb before it makes the sequence a forecast.
    [
      'Banks now forecast zero cuts through 2026, followed by a hike in 2027.',
      '2026-02-09',
      ['2026-02-09', '2027-12-31'],
    ],
  ])('%s', (text, published, want) => {
    expect(win(text, published)).toEqual(want);
  });
});

describe('"already" before a progressive is what is under way now, with its dates ahead, no habit', () => {
  it.each([
    ['Lenders are already pricing in a cut before the end of June.', '2026-02-02', ['2026-02-02', '2026-06-30']],
    // "already" with a past verb, or as an aside on a level, keeps the clause past or present.
    ['Stocks already rallied in March.', '2026-04-06', null],
    ['Demand is already running hot this year.', '2026-04-06', null],
    // Only a verb of anticipating or pricing is under way; other progressives observe the present.
    ['Airlines are already seeing strong bookings for the summer.', '2026-02-09', null],
    ['Retailers are already discounting spring lines in January.', '2026-02-09', null],
    ['Shoppers are already buying Easter candy in February.', '2026-02-09', null],
    ['The company is already seeing orders for the fourth quarter.', '2026-02-09', null],
    // A month already begun is never rolled to next year under "already".
    ['Lenders are already pricing in a cut in January.', '2026-02-09', null],
    // Relying on what lies ahead ("counting on", "banking on") is anticipating it …
    [
      'Bond markets are already counting on the Fed boosting the federal funds rate next week.',
      '2006-06-19',
      ['2006-06-26', '2006-07-02'],
    ],
    ['Traders are already banking on a cut in July.', '2006-06-19', ['2006-07-01', '2006-07-31']],
    // … while the past, or counting a cost, is no forecast.
    ['Investors already counted on a cut in July.', '2006-06-19', null],
    ['Markets already counted on a June hike last year.', '2006-06-19', null],
    ['Retailers are already counting the cost of the May floods.', '2006-06-19', null],
    // Only "on" right after makes counting or banking a reliance on what lies ahead; counting or banking something
    // now, or counting down, states the present, and wagering is no such verb.
    ['The team is already counting inventory for the April audit.', '2026-03-02', null],
    ['Farmers are already banking their harvest profits ahead of April.', '2026-03-02', null],
    ['Officials are already counting ballots from the April vote.', '2026-03-02', null],
    ['Shops are already counting down to the April sale.', '2026-03-02', null],
    ['The bank is already banking the gains from its June hedge.', '2026-03-02', null],
    ['Bettors are already wagering heavily on the June final.', '2026-03-02', null],
    ['Traders are already counting on a cut in June.', '2026-03-02', ['2026-06-01', '2026-06-30']],
  ])('%s', (text, published, want) => {
    expect(win(text, published)).toEqual(want);
    const asIssue = extractClaims(`What's Moving\n\n- ${text}\n`, { published });
    for (const got of [extractClaims(text, { published }), asIssue])
      expect(got.map((c) => c.window && [c.window.start, c.window.end])).toEqual(want === null ? [] : [want]);
  });
});

describe('a fronted "In mid-October," before a saying dates the saying, as "In October," does', () => {
  it.each([
    [
      'In mid-March, Goldman forecast sales would rise in the third quarter.',
      '2026-04-06',
      ['2026-07-01', '2026-09-30'],
    ],
    ['In early May, Barclays said prices would peak in August.', '2026-06-01', ['2026-08-01', '2026-08-31']],
    // Without a saying the fronted month is the forecast's.
    ['In mid-October, we expect sales to rise.', '2026-04-06', ['2026-10-11', '2026-10-20']],
  ])('%s', (text, published, want) => {
    expect(win(text, published)).toEqual(want);
  });
});

describe('terms: a concession or permit that runs to a date, and a fee that returns on one, are schedules', () => {
  it.each([
    'The operating concessions run until June 30, 2031.',
    'The mining permits expire in March.',
    "The city's congestion fee returns on May 1.",
    'The license resumes on June 1.',
  ])('%s', (text) => {
    expect(win(text, '2026-02-02')).toBeNull();
  });
  it('a forecast about the term is still one', () => {
    expect(win('The concessions will be renewed by 2031.', '2026-02-02')).toEqual(['2026-02-02', '2031-12-31']);
    expect(win('The fee will return on May 1.', '2026-02-02')).toEqual(['2026-05-01', '2026-05-01']);
    expect(win('Apple returns to growth in the June quarter.', '2026-02-02')).toEqual(['2026-04-01', '2026-06-30']);
    // "returns" is the noun here: a term restarts only with its determiner or owner, on a day.
    expect(win('Tax returns in April will show a surge in refunds.', '2026-02-09')).toEqual([
      '2026-04-01',
      '2026-04-30',
    ]);
  });
});

describe('the present passive of a happening ("are played in 2026") is the event, not a present state', () => {
  it.each([
    ['Fewer than 30 one-day internationals are played in 2026.', '2026-03-23', ['2026-03-23', '2026-12-31']],
    ['Two more Tests are staged this summer.', '2026-03-23', ['2026-06-01', '2026-08-31']],
    // A state of the present in a current period is still none, with a particle too.
    ['Tickets are sold out this month.', '2026-03-23', null],
    ['Demand is strong this year.', '2026-03-23', null],
  ])('%s', (text, published, want) => {
    expect(win(text, published)).toEqual(want);
  });
});

describe('"plan to" after a determiner is a noun, not an intention', () => {
  it.each([
    // The noun is the subject of its own verb, here a current plan …
    ['A plan to spend $772 million is set for final passage as early as next week.', null],
    ['The plan to spend $772 million is scheduled for a vote next week.', null],
    // … while the verb states an intention, and a noun with a forecasting verb of its own still forecasts.
    ['The city plans to spend $772 million next week.', ['2025-10-13', '2025-10-19']],
    ['Its plan to list in 2027 will succeed.', ['2027-01-01', '2027-12-31']],
  ])('%s', (text, want) => {
    expect(win(text, '2025-10-06')).toEqual(want);
  });
});

describe('a plan noun is a current plan only as the subject of its clause with a schedule verb; as an object it looks ahead', () => {
  const P = '2026-03-02';
  const asIssue = (text: string) => extractClaims(`What's Moving\n\n- ${text}\n`, { published: P });
  it.each([
    // A decision already made forecasts what it decided (docs/ingest.md): the plan is the object of a past verb …
    ['Ford announced a plan to cut 3,000 jobs by June.', ['2026-03-02', '2026-06-30']],
    ['The council approved a plan to build 500 homes by 2029', ['2026-03-02', '2029-12-31']],
    ['The board adopted a plan to return $5B to shareholders by 2027.', ['2026-03-02', '2027-12-31']],
    ['The ministry published its plan to phase out coal by 2035.', ['2026-03-02', '2035-12-31']],
    ['The government unveiled a plan to balance the budget by 2028.', ['2026-03-02', '2028-12-31']],
    // … or the subject of a verb that is no schedule ("was approved").
    ['A plan to build the bridge by 2029 was approved on Tuesday.', ['2026-03-02', '2029-12-31']],
  ])('%s', (text, want) => {
    expect(win(text, P)).toEqual(want);
    expect(extractClaims(text, { published: P }).map((c) => c.window && [c.window.start, c.window.end])).toEqual([
      want,
    ]);
    expect(asIssue(text).map((c) => c.window && [c.window.start, c.window.end])).toEqual([want]);
  });
  it.each([
    ['A plan to spend $772 million is slated for a vote next week.'],
    // A plan its own verb gives up states no forecast.
    ['The plan to list in 2027 was scrapped.'],
  ])('%s', (text) => {
    expect(claims(text, P)).toBe(0);
    expect(asIssue(text)).toEqual([]);
  });
});

describe('a day targeted now ("is targeting August 4 for the opening") is the current plan, as "is set for August 4" is', () => {
  const P7 = '2024-07-07';
  it.each([
    ['The government confirmed it is targeting August 4 for the opening of the line.', null, 0],
    ['The operator is targeting 4 August for the first passenger service.', null, 0],
    // A figure targeted, a past target and a forecast beside the plan keep their dates.
    ['The central bank is targeting 2% inflation by 2026.', ['2024-07-07', '2026-12-31'], 1],
    [
      'The operator was targeting August 4 for the opening, but it will slip to October.',
      ['2024-10-01', '2024-10-31'],
      1,
    ],
  ] as const)('%s', (text, want, n) => {
    expect(win(text, P7)).toEqual(want);
    expect(extractClaims(text, { published: P7 })).toHaveLength(n);
  });
});

describe('an aside set off by spaced dashes and opened by "or" ("– or around September 23 –") is read with its clause', () => {
  const P18 = '2018-03-05';
  it.each([
    [
      'The line is now set to open on the eve of Sukkot – or around September 23 – the minister said on Monday.',
      null,
      0,
    ],
    ['The plant is due to restart after the maintenance window – or around May 2 – the company said.', null, 0],
    // In a forecast the aside is an alternative, in the hull as before.
    ['The line opens in 2019 – or 2020 at the latest – and fares rise.', ['2018-03-05', '2020-12-31'], 1],
    ['Prices fall in March – or April – and recover by June.', ['2018-03-05', '2018-06-30'], 1],
  ] as const)('%s', (text, want, n) => {
    expect(win(text, P18)).toEqual(want);
    expect(claims(text, P18)).toBe(n);
  });
});

describe('"is up for a review / renewal / re-election in X" states the current plan, as "is due for" does', () => {
  it.each([
    ['The USMCA is up for a joint review in July 2026.', null],
    ['The treaty is up for renewal in 2027.', null],
    ['The senator is up for re-election in November.', null],
    // A level "up for the year" and a forecast beside the plan still date.
    ['Prices are up for the year in 2026.', ['2026-01-01', '2026-12-31']],
    ['The treaty is up for renewal in 2027, and we expect it to lapse.', ['2027-01-01', '2027-12-31']],
  ])('%s', (text, want) => {
    expect(win(text, '2025-09-24')).toEqual(want);
  });
});

describe('"is supposed to" states the current plan, as "is due to" does', () => {
  it.each([
    ['The site redesign is supposed to go live in 2027 though, maybe.', null, 0],
    ['The new terminal is supposed to open in March.', null, 0],
    // A plan held then ("was supposed to") stays past; a forecast beside the plan, or "supposed" as an adjective,
    // still dates.
    ['The fab was supposed to open in 2026; it slipped to 2027 last spring.', null, 0],
    ['The redesign is supposed to go live in 2027, but we think it slips to 2028.', ['2028-01-01', '2028-12-31'], 1],
    ['The supposed experts say prices rise in 2027.', ['2027-01-01', '2027-12-31'], 1],
    // A level that moves is no plan, whatever is supposed of it.
    ['Inflation is supposed to fall below 3% by June.', ['2026-10-20', '2027-06-30'], 1],
  ] as const)('%s', (text, want, n) => {
    expect(win(text, '2026-10-20')).toEqual(want);
    expect(claims(text, '2026-10-20')).toBe(n);
  });
});
