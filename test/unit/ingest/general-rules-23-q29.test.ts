import { describe, expect, it } from 'vitest';
import { extractClaims, findWindow } from '../../../src/ingest/index.js';

// The misses of the q29 held-out round (quoted-29 and five golden issues: Indian and retail fiscal years, Diwali and
// the UK Autumn Budget, calendar entries, hard-wrapped deadlines), each as a general rule with sentences of its own
// (not the fixtures'), and counter-cases the rule must leave alone.
const win = (text: string, published: string) => {
  const w = findWindow(text, published);
  return w && [w.start, w.end];
};
const claims = (text: string, published = '2026-01-12') => extractClaims(text, { published }).length;

describe('a stance of expectation after "is / are" ("hopeful of", "confident of") looks ahead, so a current period stays', () => {
  it.each([
    ['We are hopeful of double-digit growth in the second half.', '2026-08-10', ['2026-08-10', '2026-12-31']],
    ['Traders are confident of a rate cut in January.', '2026-01-12', ['2026-01-12', '2026-01-31']],
    // A present state in a current period is still no window.
    ['Demand is strong in the second half.', '2026-08-10', null],
    ['Margins are thin in January.', '2026-01-12', null],
    // "confident about" names no outcome, as "optimistic about" does.
    ['We are confident about our performance in the second half.', '2026-08-10', null],
  ])('%s (published %s)', (text, published, want) => {
    expect(win(text, published)).toEqual(want);
  });
  it('a judgement that names no outcome is still no claim', () => {
    expect(
      claims('We are optimistic about our performance in the remaining quarters of the current fiscal year.'),
    ).toBe(0);
    expect(claims('Traders are confident of a rate cut in January.')).toBe(1);
    expect(claims('We are confident about our performance in the second half.', '2026-08-10')).toBe(0);
  });
});

describe('the shipped calendars: Diwali, the UK autumn fiscal event, and more organisations with their fiscal years', () => {
  it.each([
    ['Gold demand peaks before Diwali.', '2026-09-14', ['2026-09-14', '2026-11-07']],
    [
      'Jewellers stock up ahead of Deepavali 2027 and sales rise by Diwali 2027.',
      '2026-09-14',
      ['2026-09-14', '2027-10-29'],
    ],
    ['The Chancellor freezes thresholds at the Autumn Budget.', '2025-09-03', ['2025-11-26', '2025-11-26']],
    ['Reeves will raise the levy in the upcoming autumn budget.', '2025-06-30', ['2025-11-26', '2025-11-26']],
    ['Titan grows jewellery sales 20% in FY27.', '2026-05-04', ['2026-05-04', '2027-03-31']],
    ['DLF launches its Goa project in H2 FY27.', '2026-05-04', ['2026-10-01', '2027-03-31']],
    ['Tech Mahindra reaches a 15% margin by FY27.', '2026-01-12', ['2026-01-12', '2027-03-31']],
    ['Jimmy Choo returns to growth in fiscal 2027.', '2026-01-12', ['2026-04-01', '2027-03-31']],
    ['Diageo sells two more brands in fiscal 2026.', '2026-01-12', ['2026-01-12', '2026-06-30']],
    // An autumn budget after the last row is not known: no window, as any event missing from the table.
    ['The Chancellor freezes thresholds at the Autumn Budget.', '2026-02-02', null],
    // "autumn" alone is still the season.
    ['The budget is balanced by autumn.', '2026-02-02', ['2026-02-02', '2026-11-30']],
    // Past the table's last row "the upcoming Autumn Budget" is still read by its season.
    ['Reeves will raise the levy in the upcoming Autumn Budget.', '2026-03-01', ['2026-09-01', '2026-11-30']],
    // A company's own budget is not the UK event; another company sharing a short form keeps the calendar year.
    ["The firm cuts costs in the company's autumn budget.", '2025-06-30', null],
    ['Titan Machinery expects sales to fall in fiscal 2027.', '2026-03-01', ['2027-01-01', '2027-12-31']],
    ['Capri Sun sales will rise in fiscal 2026.', '2026-03-01', ['2026-03-01', '2026-12-31']],
    ['Titan Company expects sales to rise in fiscal 2027.', '2026-03-01', ['2026-04-01', '2027-03-31']],
  ])('%s (published %s)', (text, published, want) => {
    expect(win(text, published)).toEqual(want);
  });
});

describe('"a year earlier" sets a comparison point, so a deadline after it stays (only a plan\'s "earlier" gives a date up)', () => {
  it.each([
    ['Toy prices rise at least 8% from a year earlier by Christmas.', '2026-10-19', ['2026-10-19', '2026-12-25']],
    ['Exports climb 5% from three months earlier by June.', '2026-01-12', ['2026-01-12', '2026-06-30']],
    // A plan's "earlier" still gives its date up.
    ['The earlier target of March is gone; we expect May.', '2026-01-12', ['2026-05-01', '2026-05-31']],
  ])('%s (published %s)', (text, published, want) => {
    expect(win(text, published)).toEqual(want);
  });
});

describe('calendar entries: an occasion celebrated or presented on a day, a budget, speech or briefing delivered or held on one', () => {
  it.each([
    ['This year Holi will be celebrated on 14 March.', '2026-01-12'],
    ['The finance minister will deliver her budget on 1 February.', '2026-01-12'],
    ['Hunt is expected to deliver his statement on Thursday, 17 November.', '2022-11-14'],
    ['The budget will be presented on 4 March.', '2026-01-12'],
    ['The regulator said it will hold a briefing on the outlook on Jan. 20.', '2026-01-12'],
  ])('%s is no claim (published %s)', (text, published) => {
    expect(claims(text, published)).toBe(0);
  });
  it.each([
    // An outcome of the occasion is a call.
    ['The finance minister will deliver a tax cut on 1 February.', '2026-01-12'],
    ['The window will close on Thursday, 1 February, and City sign a striker.', '2026-01-12'],
    // Another object, an evaluative word, or a passive whose subject is no address is an outcome.
    ['The team will deliver the project under budget on Friday.', '2026-03-01'],
    ['Powell will deliver a hawkish speech on Friday.', '2026-03-01'],
    ['The first 20 aircraft will be delivered on 3 March.', '2026-03-01'],
    ['The new iPhone will be presented on Tuesday.', '2026-03-01'],
  ])('%s is a claim (published %s)', (text, published) => {
    expect(claims(text, published)).toBe(1);
  });
});

describe('"for the first time this year" counts a record, so it dates the outcome only when nothing else does', () => {
  it.each([
    ['The Fed cuts next week for the first time this year.', '2025-09-12', ['2025-09-15', '2025-09-21']],
    ['Exports shrink in 2027 for the first time in the decade.', '2026-01-12', ['2027-01-01', '2027-12-31']],
    ['The Fed cuts for the first time this year.', '2025-09-12', ['2025-09-12', '2025-12-31']],
  ])('%s (published %s)', (text, published, want) => {
    expect(win(text, published)).toEqual(want);
  });
});
