import { describe, expect, it } from 'vitest';
import { DEFAULT_CALENDARS, extractClaims, findWindow } from '../../../src/ingest/index.js';

// The review of the extractor against ordinary forecast text (issue 23), findings 7 and 9–14: the reviewer's own
// sentences are lost, so each finding's class is written here in sentences of our own, with the counter-cases the
// rule must leave alone; the expected values follow TIME-WINDOWS.md. Published 2026-03-10 throughout (a Tuesday).
const PUB = '2026-03-10';
const win = (text: string) => {
  const w = findWindow(text, PUB, { calendars: DEFAULT_CALENDARS });
  return w && [w.start, w.end];
};
const claims = (text: string) => extractClaims(text, { published: PUB, calendars: DEFAULT_CALENDARS }).length;

describe('an "-ed" participle opening its clause before a present-tense verb is an adjective ("Not windows")', () => {
  it.each([
    // The participle, a noun and the clause's present verb: the subject is described, the sentence looks ahead …
    ['Increased spending lifts GDP growth to 3% in 2027.', ['2027-01-01', '2027-12-31']],
    ['Reduced supply lifts copper above $12,000 by June.', ['2026-03-10', '2026-06-30']],
    ['Lowered guidance weighs on the stock through the summer.', ['2026-03-10', '2026-08-31']],
    ['Expanded buybacks lift EPS 10% in 2027.', ['2027-01-01', '2027-12-31']],
    ['Increased tariffs push US inflation above 3% by year-end.', ['2026-03-10', '2026-12-31']],
    // … while a past verb after the noun, or no verb at all (a headline's elided subject), is still the past.
    ['Reduced costs helped margins in the fourth quarter.', null],
    ['Increased prices in January.', null],
    ['Renewed tariffs push US inflation above 3% by year-end.', ['2026-03-10', '2026-12-31']],
    ['Higher spending lifts GDP growth to 3% in 2027.', ['2027-01-01', '2027-12-31']],
  ] as const)('%s', (text, expected) => {
    expect(win(text)).toEqual(expected);
    expect(claims(text)).toBe(expected === null ? 0 : 1);
  });
});

describe('"its <month> meeting" of a body in the events table is that meeting (More conventions: central-bank meetings)', () => {
  it.each([
    // The name heading the clause owns "its" meeting: the Fed's June meeting is the FOMC of June 17 …
    ['The Fed cuts rates at its June meeting.', ['2026-06-17', '2026-06-17']],
    ['The Federal Reserve will cut at its June meeting.', ['2026-06-17', '2026-06-17']],
    ['We expect the Fed to cut at its December meeting.', ['2026-12-09', '2026-12-09']],
    ['The Fed cuts by its July meeting.', ['2026-03-10', '2026-07-29']],
    // … while a body the table lacks, another kind of event or a past meeting is read as before.
    ['The ECB cuts at its June meeting.', ['2026-06-01', '2026-06-30']],
    ['Apple will unveil the phone at its September event.', ['2026-09-01', '2026-09-30']],
    ['The Fed held rates at its January meeting.', null],
  ] as const)('%s', (text, expected) => {
    expect(win(text)).toEqual(expected);
  });
});

describe('a figure "it projected at its <month> meeting" is dated by that meeting (rule 7: a figure\'s earlier forecast)', () => {
  it.each([
    // The body's own meeting, after a finite expectation of a figure, is when that forecast was made …
    [
      'The Fed now expects core inflation of 2.5% in 2027, up from the 2.2% it projected at its September meeting.',
      ['2027-01-01', '2027-12-31'],
    ],
    [
      'The ECB sees inflation at 2% in 2027, below the 2.3% it projected at its March meeting.',
      ['2027-01-01', '2027-12-31'],
    ],
    [
      'The Fed now sees two cuts in 2027, versus the three it projected at its December meeting.',
      ['2027-01-01', '2027-12-31'],
    ],
    // … while a call for the meeting itself still dates the outcome.
    ['The Fed will cut at its September meeting.', ['2026-09-16', '2026-09-16']],
  ] as const)('%s', (text, expected) => {
    expect(win(text)).toEqual(expected);
  });
});

describe('a hyphenated name is no past form before its date (rule 7: past states)', () => {
  it.each([
    ['The judge will sentence Bankman-Fried in April.', ['2026-04-01', '2026-04-30']],
    ['The jury will convict Bankman-Fried in April.', ['2026-04-01', '2026-04-30']],
    ['In 2027 Bankman-Fried walks free.', ['2027-01-01', '2027-12-31']],
    // Counter-cases: a lower-case past after its subject, and a name that does not look past.
    ['Sales declined in February.', null],
    ['The judge will sentence Ortiz-Reed in April.', ['2026-04-01', '2026-04-30']],
  ] as const)('%s', (text, expected) => {
    expect(win(text)).toEqual(expected);
  });
});

describe('a proceeding set for a day, in the future tense, is a calendar entry (More on claims)', () => {
  it.each([
    // "will take place", "will hear arguments", "will begin deliberations", "will be heard" on a day: the schedule …
    ['The hearing will take place on April 2.', 0],
    ['The court will hear arguments on April 20.', 0],
    ['The Supreme Court will hear the case on March 31.', 0],
    ['The jury will begin deliberations on Monday.', 0],
    ['Closing arguments will be heard on Thursday.', 0],
    ['The committee will hold a hearing on April 14.', 0],
    // … while an outcome of it, a ruling, or a proceeding dated only by its month is still a forecast.
    ['The court will hear arguments on April 20, and we expect it to block the deal.', 1],
    ['The court will rule on the merger by June.', 1],
    ['The trial begins in June.', 1],
    ['The judge will sentence Smith on April 2.', 1],
  ] as const)('%s → %i', (text, n) => {
    expect(claims(text)).toBe(n);
  });
});

describe('a dated possibility set aside by "but" and an asserted call ("Not windows": a rejected alternative)', () => {
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

describe('months joined by "and" are named in turn (rule 6 over the list)', () => {
  it.each([
    // The later month is the first such month after the earlier one …
    ['The ECB cuts in January and March.', ['2027-01-01', '2027-03-31']],
    ['The ECB cuts in December and March.', ['2026-12-01', '2027-03-31']],
    // … which changes nothing when they already run in order, share a year, or form a range.
    ['Rates fall in November and January.', ['2026-11-01', '2027-01-31']],
    ['The Fed cuts in June and September.', ['2026-06-01', '2026-09-30']],
    ['The Fed cuts in March and June 2027.', ['2027-03-01', '2027-06-30']],
    ['Inflation peaks between March and May.', ['2026-03-10', '2026-05-31']],
    ['The ECB cuts in June, and the BoE in March.', ['2026-03-10', '2026-06-30']],
  ] as const)('%s', (text, expected) => {
    expect(win(text)).toEqual(expected);
  });
});

describe('a Desk Note restates a claim only with the same outcome (More on claims: the same event, the same direction)', () => {
  const restates = (moving: string, note: string) =>
    extractClaims(["What's Moving", `- ${moving}`, '', 'Desk Notes', `- ${note}`].join('\n'), {
      published: PUB,
    }).map((c) => c.restates);
  it.each([
    // The opposite direction, a hold for a move, a denied outcome, another count in words, another company …
    ['Rates — The RBA cuts rates in May (via @aussiemacro)', '@aussiemacro — RBA raises in May', undefined],
    ['Rates — The RBA cuts rates in May (via @aussiemacro)', '@aussiemacro — RBA hikes in May', undefined],
    ['Rates — The RBA cuts rates in May (via @aussiemacro)', '@aussiemacro — RBA on hold in May', undefined],
    ['Fed — The Fed cuts rates in June (via @fedwatch)', '@fedwatch — No Fed cut in June', undefined],
    ['Fed — The Fed cuts twice by December (via @fedwatch)', '@fedwatch — Fed cuts three times by December', undefined],
    ['Autos — GM cuts prices in June (via @autodesk)', '@autodesk — Ford cuts prices in June', undefined],
    // … are new calls; the same outcome in other words still restates it.
    ['Rates — The RBA cuts rates in May (via @aussiemacro)', '@aussiemacro — RBA cut in May', 0],
    ['Rates — The RBA holds rates in May (via @aussiemacro)', '@aussiemacro — RBA on hold in May', 0],
    [
      'Rates — It holds until May 2027 and then cuts again (via @aussiemacro)',
      '@aussiemacro — on hold into May 2027',
      0,
    ],
    ['Fed — The Fed will not cut rates in June (via @fedwatch)', '@fedwatch — No Fed cut in June', 0],
    ['Fed — The Fed cuts rates in June (via @fedwatch)', '@fedwatch — Fed cuts in June, not April', 0],
    ['Fed — The Fed cuts twice by December (via @fedwatch)', '@fedwatch — Fed cuts two times by December', 0],
    ['Fed — The Fed cuts 2 times by December (via @fedwatch)', '@fedwatch — Fed cuts twice by December', 0],
    ['Autos — GM cuts prices in June (via @autodesk)', '@autodesk — GM price cuts in June', 0],
    ['Autos — GM cuts prices in June (via @autodesk)', '@autodesk — Price cuts in June', 0],
    ['Labour — No East Coast strike before 2030 (via @joc)', '@joc — no strike before 2030', 0],
  ] as const)('%s / %s', (moving, note, expected) => {
    expect(restates(moving, note)).toEqual([undefined, expected]);
  });
});
