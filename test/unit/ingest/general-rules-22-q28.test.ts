import { describe, expect, it } from 'vitest';
import { extractClaims, findWindow } from '../../../src/ingest/index.js';

// The misses of the q28 held-out round (quoted-28: Fed meetings, holidays, fiscal phrases and unusual written forms),
// each as a general rule with sentences of its own (not the fixtures'), and counter-cases the rule must leave alone.
const win = (text: string, published: string) => {
  const w = findWindow(text, published);
  return w && [w.start, w.end];
};
const claims = (text: string, published = '2025-10-20') => extractClaims(text, { published }).length;

describe('ranges ("from E1 through E2" between two events or a month and an event is one span)', () => {
  it.each([
    [
      'From Thanksgiving through Christmas, carriers deliver 2.4 billion parcels.',
      '2025-11-03',
      ['2025-11-27', '2025-12-25'],
    ],
    ['Store traffic stays heavy from November through Christmas.', '2025-10-20', ['2025-11-01', '2025-12-25']],
    ["Returns run high from Christmas until New Year's Eve.", '2025-10-20', ['2025-12-25', '2025-12-31']],
    // A date right before an event with no "through" / "until" between still says which one it is.
    ['The March 18 FOMC decision brings a cut.', '2025-10-20', ['2026-03-18', '2026-03-18']],
    ['Factories gear down in February for Lunar New Year.', '2025-10-20', ['2026-02-01', '2026-02-28']],
  ])('%s (published %s)', (text, published, want) => {
    expect(win(text, published)).toEqual(want);
  });
});

describe('baselines ("from 4.5% of GDP in 2025/26": the whole a share is of stands between the level and its date)', () => {
  it.each([
    [
      'Debt is projected to fall from 97% of GDP in 2026 to 91% of GDP in 2029.',
      '2025-10-20',
      ['2029-01-01', '2029-12-31'],
    ],
    ['The deficit narrows from 5.1% of output in 2026 to 3% in 2028.', '2025-10-20', ['2028-01-01', '2028-12-31']],
    // "to" a share is the forecast's level, not a baseline.
    ['Spending rises to 3% of GDP in 2027.', '2025-10-20', ['2027-01-01', '2027-12-31']],
  ])('%s (published %s)', (text, published, want) => {
    expect(win(text, published)).toEqual(want);
  });
});

describe('baselines (the noun phrase after a comparative\'s "than" may be a long one)', () => {
  it.each([
    [
      "Borrowing hits £90bn in 2027, about £60bn higher than the fiscal watchdog's central deficit forecast of £30bn in March.",
      '2025-10-20',
      ['2027-01-01', '2027-12-31'],
    ],
    // With no other date the period after "than" still dates the sentence (rule 7's "unless nothing else is dated").
    [
      'Revenue comes in higher than the company’s own guidance of $4bn for the fourth quarter.',
      '2025-10-20',
      ['2025-10-20', '2025-12-31'],
    ],
  ])('%s (published %s)', (text, published, want) => {
    expect(win(text, published)).toEqual(want);
  });
});

describe('fiscal phrases (a half or quarter glued to its fiscal year, or written after it, is that part of it)', () => {
  it.each([
    ['Margins recover in H2FY27.', '2025-10-20', ['2027-07-01', '2027-12-31']],
    ['Margins recover in 2HFY27.', '2025-10-20', ['2027-07-01', '2027-12-31']],
    ['Volumes bottom in Q3FY26.', '2025-10-20', ['2026-07-01', '2026-09-30']],
    ['Volumes bottom in FY27 H1.', '2025-10-20', ['2027-01-01', '2027-06-30']],
    ['Volumes bottom in FY27 Q2.', '2025-10-20', ['2027-04-01', '2027-06-30']],
    // The organisation's calendar still applies (Microsoft FY27 = Jul 2026 – Jun 2027, Nvidia FY27 = Feb 2026 – Jan 2027).
    ['Microsoft capex peaks in FY27 H1.', '2025-10-20', ['2026-07-01', '2026-12-31']],
    ['Nvidia revenue tops $90bn in 1QFY27.', '2025-10-20', ['2026-02-01', '2026-04-30']],
    // There is no third half, and a bare fiscal year stays whole.
    ['Margins recover in H3FY27.', '2025-10-20', null],
    ['Margins recover in FY27.', '2025-10-20', ['2027-01-01', '2027-12-31']],
  ])('%s (published %s)', (text, published, want) => {
    expect(win(text, published)).toEqual(want);
  });
});

describe('periods ("conclude 2025 at X" is a point on Dec 31, as "closes the year at X" is)', () => {
  it.each([
    ['Mortgage rates conclude 2026 at about 6.1%.', '2025-10-20', ['2026-12-31', '2026-12-31']],
    ['The index will conclude the year at 5,200.', '2025-10-20', ['2025-12-31', '2025-12-31']],
    // "conclude in 2026" is the year itself.
    ['The talks conclude in 2026.', '2025-10-20', ['2026-01-01', '2026-12-31']],
  ])('%s (published %s)', (text, published, want) => {
    expect(win(text, published)).toEqual(want);
  });
});

describe('claims ("hopeful of / for / that" is a wish, as "we hope" is)', () => {
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
