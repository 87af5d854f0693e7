import { describe, expect, it } from 'vitest';
import { extractClaims, findWindow } from '../../../src/ingest/index.js';

// The misses of the held-out round on quoted-22 and quoted-23 (central banks, statistics offices and public finances
// outside the US; company guidance, energy agencies, football seasons, weather bureaus), each as a general rule with
// sentences of its own (not the fixtures'), and counter-cases the rule must leave alone.
const win = (text: string, published: string) => {
  const w = findWindow(text, published);
  return w && [w.start, w.end];
};
const claims = (text: string, published: string) => extractClaims(text, { published }).length;

describe('time phrases (TIME-WINDOWS.md rules 5 and 7, "Periods", "Fiscal years", by analogy)', () => {
  it.each([
    // "not … until X" (rule 5) reaches back sixteen words; the marks glued inside a word ("mid-point",
    // "Norway’s") are not words of their own …
    [
      'Core prices are not projected to fall back to the mid-point of the Riksbank’s long-run target range until late 2027.',
      '2026-03-02',
      ['2027-09-01', '2027-12-31'],
    ],
    // … while a negation in another clause still leaves "until" a deadline.
    ['The plant does not shut, and output stays high until late 2027.', '2026-03-02', ['2026-03-02', '2027-12-31']],
    // "in each of the next N years (months)": each one a whole calendar unit, as "next year" is the next calendar
    // year, so the span ends with the Nth full unit after the current one …
    ['Exports grow 3% this year and 4% in each of the next two years.', '2026-05-14', ['2026-05-14', '2028-12-31']],
    ['Sales rise in each of the next three months.', '2026-11-20', ['2026-11-20', '2027-02-28']],
    // … while "the next two years" alone is still rolling (TIME-WINDOWS.md: published + N units).
    ['Exports grow 4% in the next two years.', '2026-05-14', ['2026-05-14', '2028-05-14']],
    // A forecaster's verb in the past progressive reports the forecast, as "forecast that … would" does …
    [
      'The ministry was projecting that the deficit would narrow later this year.',
      '2026-03-02',
      ['2026-03-02', '2026-12-31'],
    ],
    ['Analysts were predicting the port would reopen in May.', '2026-03-02', ['2026-05-01', '2026-05-31']],
    // … unless the sentence dates that forecast before it (a forecast since superseded), or the verb is an
    // expectation held then ("were expecting", as "was expected to").
    ['In January, the ministry was projecting a deficit by the summer.', '2026-03-02', null],
    ['Traders were expecting a cut in May.', '2026-03-02', null],
    // A participle right after a plural noun and right before a verb of belief modifies the noun ("the economists
    // polled expect …"); the clause is not the past …
    ['The economists polled believe in a hike at the July meeting.', '2026-03-02', ['2026-07-01', '2026-07-31']],
    ['Two in three of the traders asked believe in a cut in June.', '2026-03-02', ['2026-06-01', '2026-06-30']],
    // … while a past verb with its own object is still the past.
    ['The regulator surveyed dealers in March.', '2026-05-04', null],
    // A bare "fiscal" closing its noun phrase after a determiner is the fiscal year (with no organisation named, the
    // calendar year, as "fiscal 2027" is) …
    ['The company expects to return to profit by next fiscal.', '2026-05-14', ['2026-05-14', '2027-12-31']],
    ['Microsoft sees capacity stay tight through the current fiscal.', '2026-01-12', ['2026-01-12', '2026-06-30']],
    // … while "fiscal" before its own noun is no year.
    ['The state tightens this fiscal stance by June.', '2026-03-02', ['2026-03-02', '2026-06-30']],
    // A starting level's period is a baseline (rule 7) also when no preposition introduces the period …
    ['Inflation cools from 4.1% this year to 2.9% in 2027.', '2026-03-02', ['2027-01-01', '2027-12-31']],
    ['Unemployment rises from 4% this year to 5% next year.', '2026-04-06', ['2027-01-01', '2027-12-31']],
    // … while a figure that is not a starting level leaves the period dating the outcome.
    ['Inflation cools to 2.9% this year.', '2026-03-02', ['2026-03-02', '2026-12-31']],
    // A period alone in brackets right after another restates it: it shares that phrase's reading, so a name stays
    // a name …
    ['The bank has lifted its growth forecast for fiscal year 2027 (FY27) to 7%.', '2026-06-01', null],
    ['The agency has cut its output estimate for the second half (H2) by 3%.', '2026-03-02', null],
    // … and a dated outcome keeps its date.
    ['Margins widen in the second half (H2).', '2026-03-02', ['2026-07-01', '2026-12-31']],
    // After "to" or a modal, "record" is the verb, so a range after it still dates the outcome …
    ['The west is likely to record heavy snow from December to February.', '2026-09-01', ['2026-12-01', '2027-02-28']],
    ['Both ports will record more calls from June to August.', '2026-03-02', ['2026-06-01', '2026-08-31']],
    // … while a record as a superlative still marks a duration as backward-looking.
    ['Prices hit a record high in over a decade.', '2026-03-02', null],
    // A date given as the property of a noun that "with" attaches names the date (as "a March 20 launch date" does) …
    [
      'The probe now launches in late 2027, with a provisional launch date of Nov. 9.',
      '2026-10-05',
      ['2027-09-01', '2027-12-31'],
    ],
    [
      'The line opens next year, with an opening date of June 1 pencilled in.',
      '2026-10-05',
      ['2027-01-01', '2027-12-31'],
    ],
    // … while a date the outcome happens at still dates it.
    ['The drug wins approval at its action date of March 2.', '2026-10-05', ['2027-03-02', '2027-03-02']],
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
  ] as const)('%s (published %s)', (text, published, expected) => {
    expect(win(text, published)).toEqual(expected);
  });
});

describe('claims (What counts as a claim)', () => {
  it.each([
    // A forecast reported in the past progressive is a call, as "forecast that … would" is.
    ['The ministry was projecting that the deficit would narrow later this year.', '2026-03-02', 1],
    ['Analysts were predicting the port would reopen in May.', '2026-03-02', 1],
    // A polled group's view is the call of the poll.
    ['The economists polled believe in a hike at the July meeting.', '2026-03-02', 1],
    ['The regulator surveyed dealers in March.', '2026-05-04', 0],
    // A scheduled event with an adverb between "will" and its verb ("will next meet on …") is a calendar entry …
    ['The board will next meet on Sept. 14.', '2026-03-02', 0],
    ['The new terminal will formally open on Monday.', '2026-03-02', 0],
    // … and a forecast with such an adverb is still a forecast.
    ['The bank will next cut rates by half a point on Sept. 14.', '2026-03-02', 1],
    // A decision already made states a plan, not a forecast.
    [
      'The state has confirmed its decision to bring forward the closure of its last coal and gas plants by 2029.',
      '2026-03-02',
      0,
    ],
    // A revision already made to a forecast for a period glossed in brackets asserts nothing ahead.
    ['The bank has lifted its growth forecast for fiscal year 2027 (FY27) to 7%.', '2026-06-01', 0],
  ] as const)('%s (published %s) → %i', (text, published, n) => {
    expect(claims(text, published)).toBe(n);
  });
});
