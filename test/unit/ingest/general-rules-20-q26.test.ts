import { describe, expect, it } from 'vitest';
import { extractClaims, findWindow } from '../../../src/ingest/index.js';

// The misses of the twenty-second held-out round (quoted-26: housing starts, gold mines, a launch schedule, game
// delays, wheat crops, chip capital spending), each as a general rule with sentences of its own (not the fixture's),
// and counter-cases the rule must leave alone.
const win = (text: string, published: string) => {
  const w = findWindow(text, published);
  return w && [w.start, w.end];
};

describe('time phrases (TIME-WINDOWS.md "Periods" and rule 1, by analogy with "the week ending <day>")', () => {
  it.each([
    // "the N days / weeks / months to <day>" and "… ending <day>" are the N units that end there …
    ['Revenue falls in the three months to June 30.', '2026-03-02', ['2026-04-01', '2026-06-30']],
    ['Exports rise 5% in the six months ending September 30, 2026.', '2026-03-02', ['2026-04-01', '2026-09-30']],
    ['Output climbs in the 10 days to March 20.', '2026-03-02', ['2026-03-11', '2026-03-20']],
    ['Jobless claims rise in the two weeks to March 27.', '2026-03-02', ['2026-03-14', '2026-03-27']],
    // … a month as the end counts whole months …
    ['Store sales slow in the three months to August.', '2026-03-02', ['2026-06-01', '2026-08-31']],
    // … clipped to publication by rule 1 …
    ['The mine will pour 2,000 ounces for the three months to March 31.', '2026-03-02', ['2026-03-02', '2026-03-31']],
    // … and a past verb still looks back.
    ['Sales rose 4% in the three months to January 31.', '2026-03-02', null],
  ])('%s (published %s)', (text, published, want) => {
    expect(win(text, published)).toEqual(want);
  });
});

describe('time phrases ("by the end of the year" = year-end, written as a possessive)', () => {
  it.each([
    // "by this / next year's end" is "by the end of this / next year" …
    ["The plant restarts by this year's end.", '2026-03-02', ['2026-03-02', '2026-12-31']],
    ["The merger closes by next year's end, the company said.", '2026-03-02', ['2026-03-02', '2027-12-31']],
    // … where "this year's" before another noun still names the thing.
    ["This year's harvest will be sold in May.", '2026-03-02', ['2026-05-01', '2026-05-31']],
  ])('%s (published %s)', (text, published, want) => {
    expect(win(text, published)).toEqual(want);
  });

  it('proposes the sentence dated by the possessive year-end as a claim', () => {
    const got = extractClaims("The first crewed flight will launch by this year's end.", { published: '2026-03-02' });
    expect(got.map((c) => c.window && [c.window.start, c.window.end])).toEqual([['2026-03-02', '2026-12-31']]);
  });
});

describe('time phrases ("Qn of YYYY" spelled "of the year YYYY")', () => {
  it.each([
    // A part of "the year YYYY" is that part of the year named …
    ['The crewed flight launches in the first quarter of the year 2027.', '2026-03-02', ['2027-01-01', '2027-03-31']],
    ['Deliveries start in the second half of the year 2027.', '2026-03-02', ['2027-07-01', '2027-12-31']],
    // … and "of the year" alone is still the current one.
    ['Deliveries start in the second half of the year.', '2026-03-02', ['2026-07-01', '2026-12-31']],
  ])('%s (published %s)', (text, published, want) => {
    expect(win(text, published)).toEqual(want);
  });
});

describe('time phrases (rule 7: an amount measured against an earlier one is a baseline)', () => {
  it.each([
    // ", following <amount> in <date>" and "compared with <amount> in <date>" date the earlier amount, as "up from" does …
    [
      'Capex rises to $30 billion in 2027, following $25 billion to $26 billion in 2026.',
      '2026-03-02',
      ['2027-01-01', '2027-12-31'],
    ],
    ['Margins reach 6% in 2027, compared with 4.5% in 2026.', '2026-03-02', ['2027-01-01', '2027-12-31']],
    // … while without an amount the other date still counts where it bounds the outcome …
    ['Rates will be cut in June, following a pause in April.', '2026-03-02', ['2026-06-01', '2026-06-30']],
    // … and an amount after "following" with no comma before it is no comparison.
    ['The fund will invest $5 billion following 3 approvals in 2027.', '2026-03-02', ['2027-01-01', '2027-12-31']],
  ])('%s (published %s)', (text, published, want) => {
    expect(win(text, published)).toEqual(want);
  });
});
