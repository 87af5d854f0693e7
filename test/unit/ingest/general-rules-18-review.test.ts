import { describe, expect, it } from 'vitest';
import { DEFAULT_CALENDARS, extractClaims, findWindow } from '../../../src/ingest/index.js';

// A reviewer's probe of the extractor against ordinary forecast text (issue 23) found rules misfiring on plain
// sentences; each finding is a general rule here, with the reviewer's sentences and counter-cases of our own that the
// rule must leave alone. Published 2026-03-10 throughout (a Tuesday).
const PUB = '2026-03-10';
const win = (text: string) => {
  const w = findWindow(text, PUB, { calendars: DEFAULT_CALENDARS });
  return w && [w.start, w.end];
};
const claims = (text: string) => extractClaims(text, { published: PUB, calendars: DEFAULT_CALENDARS }).length;
describe('a past result written with a verb whose past is its base form (rule 7, "Not windows": past states)', () => {
  it.each([
    // A singular subject opening its clause (a name, or "the" and its noun), then the verb's object or its date: the
    // present would read "cuts", so the verb is the past and its date looks back …
    ['The Fed cut rates in December and will cut again in June.', ['2026-06-01', '2026-06-30']],
    ['The ECB cut in January, and we expect another cut in April.', ['2026-04-01', '2026-04-30']],
    ['Gold hit a record in January and will top $5,000 by year-end.', ['2026-03-10', '2026-12-31']],
    [
      'Microsoft beat in the December quarter; Azure will accelerate in the June quarter.',
      ['2026-04-01', '2026-06-30'],
    ],
    ['The ECB cut rates in January.', null],
    ['Brent hit $90 in January.', null],
    ['Nvidia beat estimates in the fourth quarter.', null],
    ['The strike cost GM $2 billion in the fourth quarter.', null],
    // … and such a participle after a plural noun, with its date and then the clause's verb, describes the subject.
    ['Rates cut in December feed through to housing by the spring.', ['2026-03-10', '2026-05-31']],
    // Counter-cases: the noun ("a Fed cut", "another beat", "the first cut"), the present, a plural subject (the
    // present as well), a compound's noun before the clause's verb, and the future are read as before.
    ['We expect a Fed cut in June.', ['2026-06-01', '2026-06-30']],
    ['Expect another beat in the June quarter.', ['2026-04-01', '2026-06-30']],
    ['The first cut comes in June.', ['2026-06-01', '2026-06-30']],
    ['The Fed cuts rates in June.', ['2026-06-01', '2026-06-30']],
    ['Central banks cut rates in June.', ['2026-06-01', '2026-06-30']],
    ['Energy cost inflation eases by June.', ['2026-03-10', '2026-06-30']],
    ['Gold will hit a record in June.', ['2026-06-01', '2026-06-30']],
    ['Apple will beat estimates in the June quarter.', ['2026-04-01', '2026-06-30']],
  ] as const)('%s', (text, expected) => {
    expect(win(text)).toEqual(expected);
  });
});

describe('an undated possibility beside a dated clause of its own ("What counts as a claim": hedged, it asserts)', () => {
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

describe('"earlier", "originally" and the like give up only the plan they qualify ("Not windows": rejected alternatives)', () => {
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

describe('a past verb, "to" and a noun state where a thing went (rule 7, "Not windows": past states)', () => {
  it.each([
    // A plural noun, a name or a rating after "to" is the destination of a past verb, not a purpose infinitive
    // that looks ahead; a verb of guidance dates itself, as "said in April" does …
    ['Intel lost share to rivals in the fourth quarter.', null],
    ['Pfizer sold the unit to Blackstone in February.', null],
    ['Analysts upgraded the stock to buy in January.', null],
    ['Spending shifted to services in January.', null],
    ['Buyers switched to hybrids in the fourth quarter.', null],
    ['Investors shifted to bonds in February, and equities will lag through June.', ['2026-03-10', '2026-06-30']],
    ['The company guided in February to revenue growth of 10% in 2026.', ['2026-03-10', '2026-12-31']],
    // … while a purpose, a gerund's own phrase, the present and the future still look ahead.
    ['Ford hired a firm to build the plant by 2028.', ['2026-03-10', '2028-12-31']],
    ['The company raised $5 billion to fund expansion in 2027.', ['2027-01-01', '2027-12-31']],
    ['The board met to discuss the plan in June.', ['2026-06-01', '2026-06-30']],
    [
      'Airbus maintained its goal of delivering 720 planes to airlines by the end of the year.',
      ['2026-03-10', '2026-12-31'],
    ],
    ['Spending shifts to services in June.', ['2026-06-01', '2026-06-30']],
    ['Analysts expect Pfizer to sell the unit to Blackstone in June.', ['2026-06-01', '2026-06-30']],
  ] as const)('%s', (text, expected) => {
    expect(win(text)).toEqual(expected);
  });
});

describe('a dated meeting followed by its asserted outcome (More on claims: "unless the sentence asserts an outcome of it")', () => {
  it.each([
    // A later clause that asserts an outcome ("and will cut", "; we expect a hold", "a cut is widely expected") and
    // names no date of its own makes the meeting's day, or the event pointed at, the claim's window …
    ['The ECB meets on April 16 and will cut rates.', ['2026-04-16', '2026-04-16']],
    ['OPEC+ meets on April 5 and will likely extend the cuts.', ['2026-04-05', '2026-04-05']],
    ['The BoE meets on May 7; we expect a hold.', ['2026-05-07', '2026-05-07']],
    ['Watch the June 17 FOMC; we expect a cut.', ['2026-06-17', '2026-06-17']],
    ['The ECB meets on Thursday, and a rate cut is widely expected.', ['2026-03-12', '2026-03-12']],
    // … while the meeting alone, or with its business only ("will vote on"), is a calendar entry.
    ['The ECB meets on April 16.', null],
    ['Watch the June 17 FOMC.', null],
    ['The council meets on April 16 and will vote on the budget.', null],
  ] as const)('%s', (text, expected) => {
    expect(win(text)).toEqual(expected);
    expect(claims(text)).toBe(expected === null ? 0 : 1);
  });

  it('a WATCH block on a meeting and its outcome takes the meeting day', () => {
    const issue =
      'The Desk\n\nMarkets were calm today.\n\nTradecraft\n👀 WATCH — The ECB meets on April 16 and will cut.\n';
    const watch = extractClaims(issue, { published: PUB, calendars: DEFAULT_CALENDARS }).find(
      (c) => c.kind === 'WATCH',
    );
    expect(watch?.window && [watch.window.start, watch.window.end]).toEqual(['2026-04-16', '2026-04-16']);
  });
});

describe('an expiry followed by its asserted outcome (More on claims, as for meetings)', () => {
  it.each([
    // A term's end (expires, ends, lapses) with a later clause that asserts an outcome and names no date of its own
    // dates that outcome …
    ['The stopgap expires on Sept. 30, and the government will shut down.', ['2026-09-30', '2026-09-30']],
    ['The tariff pause expires on July 9, and prices will jump.', ['2026-07-09', '2026-07-09']],
    ['The lease expires in June, and the tenant will move out.', ['2026-06-01', '2026-06-30']],
    // … while the expiry alone, a term's run, or the business that follows it is still the schedule.
    ['The stopgap expires on Sept. 30.', null],
    ['The contract expires in June.', null],
    ['The contract runs through 2028, and Boeing will win the renewal.', null],
    ['The lease expires in June, and the board will vote on a new one.', null],
  ] as const)('%s', (text, expected) => {
    expect(win(text)).toEqual(expected);
  });
});

describe('a month set before the saying dates the saying (rule 7: backward-looking dates)', () => {
  it.each([
    // "In February, the IMF said …": a fronted month (or weekday) with only the speaker before the reporting verb is
    // the date of the saying, as "said in February" is …
    ['In February, the IMF said Germany would grow 1% in 2026.', ['2026-03-10', '2026-12-31']],
    ['In January, Tesla said it would launch the Cybercab in April.', ['2026-04-01', '2026-04-30']],
    ['In early February, Tesla said it would launch the Cybercab in April.', ['2026-04-01', '2026-04-30']],
    // … while a fronted month of the forecast itself still dates it.
    ['In June, the Fed will cut rates.', ['2026-06-01', '2026-06-30']],
    ['In June, we expect the Fed to cut, Powell said.', ['2026-06-01', '2026-06-30']],
  ] as const)('%s', (text, expected) => {
    expect(win(text)).toEqual(expected);
  });
});
