import { describe, expect, it } from 'vitest';
import { extractClaims, findWindow } from '../../../../src/ingest/index.js';

// A scheduled thing's occurrence on its own day stated in the future ("will take effect on …", "will be released on
// …", "will be round three on …") is a calendar entry, as its present form is: a modal alone makes no forecast of an
// occurrence. It stays a claim when the sentence asserts an outcome of it (a direction, an amount, a decision's
// content) or a hedge on the occurrence itself. The entry keeps its day as window (docs/ingest.md, "Calendar entries").

const P = '2026-02-09';
const claimed = (text: string) => extractClaims(text, { published: P }).length > 0;
const day = (text: string) => {
  const w = findWindow(text, P);
  return w && [w.start, w.end];
};

describe('a future occurrence of a scheduled thing on its day is a calendar entry, dated by its day', () => {
  it.each([
    ['The rule will take effect on January 1, 2027.', '2027-01-01'],
    ['The new rules will go into effect on January 1, 2027.', '2027-01-01'],
    ['The ban will come into force on 1 March.', '2026-03-01'],
    ['The law will become effective on July 1.', '2026-07-01'],
    ['The regulation will become fully applicable on 2 August 2027.', '2027-08-02'],
    ['The regulation will be fully implemented on 1 January 2027.', '2027-01-01'],
    ['The levy will now be enforced starting June 30, 2026.', '2026-06-30'],
    ['Results will be announced on October 15th.', '2026-10-15'],
    ['The official figure will be announced on October 15th, since it uses third-quarter data.', '2026-10-15'],
    ['The game will release on Thursday, November 19.', '2026-11-19'],
    ['The console will launch on June 5.', '2026-06-05'],
    ['Rockstar has confirmed that Grand Theft Auto VI (GTA 6) will be released on 19 November 2026.', '2026-11-19'],
    ['Japan will be round three as a standalone event on March 29.', '2026-03-29'],
    ['Monaco will be the first European round on June 7.', '2026-06-07'],
    ['Melbourne will again be the season-opener on March 8.', '2026-03-08'],
    // "set to" a happening dated is a current plan: no claim, and, as a present schedule, no window.
    ['The tournament is set to begin on June 11 at the Azteca.', null],
    // What takes effect is named by its size, a decision already made, not an outcome asserted of the start.
    ['The government imposed a tariff of 50% on the goods that will take effect on 6 August.', '2026-08-06'],
    ['The Senate will vote on the bill Friday.', '2026-02-13'],
    ['The new terminal will open on June 2.', '2026-06-02'],
  ] as const)('%s', (text, start) => {
    expect(claimed(text)).toBe(false);
    if (start !== null) expect(day(text)).toEqual([start, start]);
  });
});

describe('counter-cases: an outcome of the occurrence, or a hedge on it, keeps the sentence a claim', () => {
  it.each([
    ['The Fed will cut rates on Thursday.', '2026-02-12'],
    ['The Senate will pass the bill Friday.', '2026-02-13'],
    ['The board is expected to approve it on March 3.', '2026-03-03'],
    ['The stock will open 20% above its IPO price on Friday.', '2026-02-13'],
    ['Results on Oct 15 will show a loss.', '2026-10-15'],
    ['The rule will likely be delayed to March 1.', '2026-03-01'],
    ['We expect the tariff to take effect on March 4.', '2026-03-04'],
    ['The tariff will take effect on March 4 and prices will rise.', '2026-03-04'],
    ['The ban will come into force on 1 March, and fares will rise 10%.', '2026-03-01'],
    ['The new tariff will take effect on March 4 at 25%.', '2026-03-04'],
    ['The law will become effective on July 1 and cut emissions by 5%.', '2026-07-01'],
    ['The ban will take effect on 1 March unless the court blocks it.', '2026-03-01'],
    ['The console will launch at $499 on June 5.', '2026-06-05'],
    ['Tesla will launch the robotaxi on June 5.', '2026-06-05'],
    ['The airline will launch 20 new routes on June 5.', '2026-06-05'],
    ['Japan will be the winner on March 29.', '2026-03-29'],
    ['Japan will be the biggest race on March 29.', '2026-03-29'],
    ['The merger will be approved on Friday.', '2026-02-13'],
    ['Seventeen states will raise their minimum wages on Jan. 1, 2027.', '2027-01-01'],
    ['Prices are set to rise on March 1.', '2026-03-01'],
    // A bill that becomes law forecasts its passage; a noun after a round names an outcome of it.
    ['The bill will become law on July 4.', '2026-07-04'],
    ['Verstappen will be the race winner on March 8.', '2026-03-08'],
    ['Ferrari will be the race favourite on March 8.', '2026-03-08'],
    ['Gonzaga will be a first round upset on March 19.', '2026-03-19'],
    ['The US will be the first-round host on June 12.', '2026-06-12'],
    // A start called against a doubt about it.
    ['The ban will take effect on March 1 despite the legal challenge.', '2026-03-01'],
    ['The US tariffs on Canada will take effect on March 4 as threatened.', '2026-03-04'],
    ['Tariffs on Canadian steel will take effect on March 12 after all.', '2026-03-12'],
    // No thing already on the calendar: an indefinite or new subject, or an object after the day.
    ['Nintendo will launch on June 5 a new console.', '2026-06-05'],
    ['A new Xbox will launch on June 5.', '2026-06-05'],
    ['New sanctions will be implemented on March 1.', '2026-03-01'],
  ] as const)('%s', (text, start) => {
    expect(claimed(text)).toBe(true);
    expect(day(text)).toEqual([start, start]);
  });
});
