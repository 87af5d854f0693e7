import { describe, expect, it } from 'vitest';
import { extractClaims, findWindow } from '../../../src/ingest/index.js';

// Rules on how a written period is read (TIME-WINDOWS.md rules 1 and 7, "Periods", fiscal years): a possessive year
// that owns a thing, an analyst's estimate suffix, a bracketed short form of a part, and N years counted from a
// named year, and a count of years after "by" as an amount. Sentences of their own, each with counter-cases the rule must leave alone.
const win = (text: string, published: string) => {
  const w = findWindow(text, published);
  return w && [w.start, w.end];
};

describe('a possessive year before the noun it owns names the thing, not the period (rule 7)', () => {
  it.each([
    ['Issuance will beat 2025’s record next year.', '2025-03-01', ['2026-01-01', '2026-12-31']],
    ["Exports should top 2024's total by June.", '2025-03-01', ['2025-03-01', '2025-06-30']],
    ["2026's budget will pass.", '2025-03-01', null],
    // A part of the year or a target met over it is still the period.
    ["Sales will fall by 2026's end.", '2025-03-01', ['2025-03-01', '2026-12-31']],
    ["Tesla will hit 2026's targets.", '2025-03-01', ['2026-01-01', '2026-12-31']],
    ['Revenue will top $5bn in 2026.', '2025-03-01', ['2026-01-01', '2026-12-31']],
    // "2027's" as the contraction of "is / has" leaves the year the period; a period noun after a modifier is one too.
    ["2027's set to be the year rates finally fall.", '2026-03-01', ['2027-01-01', '2027-12-31']],
    ["2027's going to be a strong year for exports.", '2026-03-01', ['2027-01-01', '2027-12-31']],
    ["Sales will rise 5% in 2026's holiday quarter.", '2026-03-01', ['2026-03-01', '2026-12-31']],
  ])('%s (published %s)', (text, published, want) => {
    expect(win(text, published)).toEqual(want);
  });
});

describe('an estimate suffix on a fiscal period ("FY24E", "2HFY23E") is the same period', () => {
  it.each([
    ['Margins will rise in FY24E.', '2022-11-28', ['2024-01-01', '2024-12-31']],
    ['Margins will rise in FY2024E.', '2022-11-28', ['2024-01-01', '2024-12-31']],
    ['Margins will rise in 2HFY23E.', '2022-11-28', ['2023-07-01', '2023-12-31']],
    ['Earnings recover in H1 FY25E and FY26E.', '2024-02-01', ['2025-01-01', '2026-12-31']],
    // Without the suffix, as before; a longer tail is no suffix.
    ['Margins will rise in FY24.', '2022-11-28', ['2024-01-01', '2024-12-31']],
    ['Margins will rise in FY24EX.', '2022-11-28', null],
  ])('%s (published %s)', (text, published, want) => {
    expect(win(text, published)).toEqual(want);
  });
});

describe('a bracketed short form of the same part ("the first quarter (Q1) of FY26") restates it', () => {
  it.each([
    ['In the second quarter (Q2) of FY27, the firm expects a loss.', '2026-03-02', ['2027-04-01', '2027-06-30']],
    ['Sales will rise in the second half (2H) of 2027.', '2026-03-02', ['2027-07-01', '2027-12-31']],
    ['Sales will rise in the third quarter (3Q) 2027.', '2026-03-02', ['2027-07-01', '2027-09-30']],
    // A bracket that names another part is no restatement: the year is not joined to the half.
    ['Sales will rise in the second half (Q2) of 2027.', '2026-03-02', ['2026-07-01', '2027-12-31']],
    ['Sales will rise in the third quarter of 2027.', '2026-03-02', ['2027-07-01', '2027-09-30']],
  ])('%s (published %s)', (text, published, want) => {
    expect(win(text, published)).toEqual(want);
  });
});

describe('N years counted from a named year run from its first day, as "N years from now" run from publication', () => {
  it.each([
    ['Thresholds will be frozen for another two years from 2026.', '2024-11-14', ['2026-01-01', '2027-12-31']],
    // Clipped at publication (rule 1).
    ['The levy stays for three years from 2025.', '2025-06-01', ['2025-06-01', '2027-12-31']],
    // Without "for" / "another" the count is a point after the year, not a span from it.
    ['Ten years from 2020, electric cars will outsell petrol cars.', '2026-03-01', null],
    // From now, and from a baseline noun, as before.
    ['Thresholds will be frozen for three years from now.', '2022-11-14', ['2022-11-14', '2025-11-14']],
    ['Output will rise 5% in three years from 2020 levels.', '2022-11-14', ['2022-11-14', '2025-11-14']],
  ])('%s (published %s)', (text, published, want) => {
    expect(win(text, published)).toEqual(want);
  });
});

describe('after "by", a count of units is the amount something changes by, not a span from now', () => {
  it.each([
    ['Analysts think the Treasury will extend the freeze by at least two more years.', '2025-06-30', null],
    ['The launch will be delayed by six months.', '2025-06-30', null],
    // A date after it still bounds the outcome; "from now", "next" and a deadline after "by" still count.
    [
      'The Treasury will extend the freeze by two years in the Autumn Budget.',
      '2025-06-30',
      ['2025-11-26', '2025-11-26'],
    ],
    ['The freeze will be extended by two years from now.', '2025-06-30', ['2025-06-30', '2027-06-30']],
    ['Prices will rise 5% by next year.', '2025-06-30', ['2025-06-30', '2026-12-31']],
    ['Prices will rise 5% within two years.', '2025-06-30', ['2025-06-30', '2027-06-30']],
  ])('%s (published %s)', (text, published, want) => {
    expect(win(text, published)).toEqual(want);
  });
  it('a forecast dated only by the amount is no claim', () => {
    expect(
      extractClaims('The Treasury will extend the freeze by two more years.', { published: '2025-06-30' }),
    ).toHaveLength(0);
  });
});
