import { describe, expect, it } from 'vitest';
import { extractClaims, extractClaimsWithSpans, findWindow } from '../../../src/ingest/index.js';

// The misses of the twenty-first held-out round (golden issues on municipal bonds, weather risk, awards betting,
// cannabis policy, sovereign debt and a tennis preview; quoted-25), each as a general rule with sentences of its own
// (not the fixtures'), and counter-cases the rule must leave alone.
const win = (text: string, published: string) => {
  const w = findWindow(text, published);
  return w && [w.start, w.end];
};
const claims = (text: string, published = '2027-03-02') => extractClaims(text, { published });

describe('time phrases (TIME-WINDOWS.md "Periods", rule 7 and schedules, by analogy)', () => {
  it.each([
    // A range of durations counts to its upper bound, also when the unit stands before "or two" …
    ['Yields should fall within the next week or two.', '2026-03-02', ['2026-03-02', '2026-03-16']],
    ['Rates fall within a week or two.', '2026-03-02', ['2026-03-02', '2026-03-16']],
    // … and a single unit is still one.
    ['The vote comes within the next week.', '2026-03-02', ['2026-03-02', '2026-03-09']],
    // "the week ending / beginning <day>" is the seven days that end or start there, as "the year starting Sept. 1"
    // is the twelve months from it …
    ['Jobless claims rise in the week ending March 14.', '2026-03-02', ['2026-03-08', '2026-03-14']],
    ['Store traffic jumps in the week beginning March 9.', '2026-03-02', ['2026-03-09', '2026-03-15']],
    // … and a past verb still looks back.
    ['Jobless claims rose in the week ending February 21.', '2026-03-02', null],
    // After a linking verb in the present ("remain", "stay") a participle is an adjective, not the past …
    ['Mortgage rates are likely to remain elevated next year.', '2026-03-02', ['2027-01-01', '2027-12-31']],
    // … while the past of the linking verb keeps the clause in the past.
    ['Mortgage rates remained elevated through the winter.', '2026-03-02', null],
    // "within" counts forward from now even after a superlative or an ordinal …
    ['The drug faces its first generic rivals within two years.', '2026-03-02', ['2026-03-02', '2028-03-02']],
    // … where "in" after one looks back.
    ['It was the first rate hike in two years.', '2026-03-02', null],
    // "set to go up / higher" moves a level (a forecast), where "set to go live" is a schedule.
    ['Bridge tolls are set to go up in July.', '2026-03-02', ['2026-07-01', '2026-07-31']],
    ['The new toll lanes are set to go live on July 1.', '2026-03-02', null],
    // "back half" after a verb is the verb's particle, not the second half of a year …
    ['The city bought back half of its 2030 bonds with the new issue.', '2026-03-02', null],
    // … while after an article or a preposition it is the period.
    ['Margins recover in the back half of the year.', '2026-03-02', ['2026-07-01', '2026-12-31']],
    // What is owed, when it falls due and when a term ends, stated in the present, is a schedule (as a maturity is) …
    ['Provinces owe $12 billion of bond principal in 2028.', '2027-01-04', null],
    ['A default needs a trigger, and the next large payment is not due until March.', '2027-01-04', null],
    ['The drug is facing a patent expiration in May.', '2027-01-04', null],
    // … while a future debt, or an outcome asserted of the due date, is a forecast.
    ['Provinces will owe more than they can pay in 2028.', '2027-01-04', ['2028-01-01', '2028-12-31']],
    [
      'The ruling is due by the end of June, and the court will strike the law down.',
      '2027-01-04',
      ['2027-01-04', '2027-06-30'],
    ],
    // A same-form past ("hit", "set") after a subject with no determiner, capitalised where it opens its clause, is
    // the past, as after a name …
    ['Rooftop solar installation hit a record in May.', '2026-08-03', null],
    ['Green bond issuance hit $90 billion this year.', '2026-11-02', null],
    // … while the "-s" form, or a verb after the noun (a compound), forecasts.
    ['Green bond issuance hits $100 billion next year.', '2026-11-02', ['2027-01-01', '2027-12-31']],
    ['Energy cost inflation eases by June.', '2026-11-02', ['2026-11-02', '2027-06-30']],
    // A month before an acronym and its noun names the thing ("August CDD futures"), as before a plain noun …
    ['A hot June means August CDD futures rally by July 4.', '2026-03-02', ['2026-03-02', '2026-07-04']],
    // … and a month standing alone is still the period.
    ['Rates fall in January as CPI cools.', '2026-11-02', ['2027-01-01', '2027-01-31']],
    // A kind of season named by its season ("the summer travel season") is that season …
    ['Fares climb during the summer travel season.', '2026-03-02', ['2026-06-01', '2026-08-31']],
    ['Gas demand peaks in the winter heating season.', '2026-03-02', ['2026-12-01', '2027-02-28']],
    // … while a season before another noun still qualifies it.
    ['Winter wheat prices rise in the fall.', '2026-03-02', ['2026-09-01', '2026-11-30']],
    // A season that is the subject of its own "as / when" clause is that clause's anchor, not the outcome's period …
    ['Retail sales pick up in September as fall arrives.', '2026-03-02', ['2026-09-01', '2026-09-30']],
    // … and a season the outcome happens in is still read.
    ['Heating demand peaks in winter as temperatures drop.', '2026-03-02', ['2026-12-01', '2027-02-28']],
    // Rivals compared within a period leave the period the forecast's …
    ['Netflix wins more Emmys than any other network this year.', '2026-03-02', ['2026-03-02', '2026-12-31']],
    // … while a period compared with is the baseline (rule 7).
    ['Prices are higher than at any point in 2025.', '2026-03-02', null],
  ] as const)('%s (published %s)', (text, published, want) => {
    expect(win(text, published)).toEqual(want);
  });
});

describe('which sentences are claims (TIME-WINDOWS.md "What counts as a claim", "More on claims")', () => {
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
