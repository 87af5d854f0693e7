import { describe, expect, it } from 'vitest';
import { extractClaims, findWindow } from '../../../src/ingest/index.js';

// The misses of the eighteenth held-out round (golden issues on agriculture, telecom, municipal budgets and public
// health, sports business, shipping and elections abroad; quoted-21-r18), each as a general rule with sentences of
// its own (not the fixtures'), and counter-cases the rule must leave alone.
const win = (text: string, published: string) => {
  const w = findWindow(text, published);
  return w && [w.start, w.end];
};
const P = { published: '2027-05-03' };

describe('time phrases (TIME-WINDOWS.md rule 7, "Not windows" and present states, by analogy)', () => {
  it.each([
    // A word in capitals among words that are not is an acronym, never a verb that reads as past ("RAN", "SAW") …
    [
      "If operators skip Open RAN trials, Nokia's margin shrinks in the third quarter.",
      '2027-03-02',
      ['2027-07-01', '2027-09-30'],
    ],
    // … while the same word in lower case, or a line all in capitals, is still read as it is.
    ['Carriers ran out of spectrum in May.', '2027-06-07', null],
    ['SALES FELL IN MAY.', '2027-06-07', null],
    // Capitals before a determiner or a figure are emphasis on a verb, which still reads as past …
    ['The board APPROVED the merger in March.', '2027-04-02', null],
    ['Revenue ROSE 5% in March.', '2027-04-02', null],
    // … and an acronym is skipped only as a past form, so a saying verb in capitals still dates the saying.
    ['Prices will rise, the CEO SAID in May, by 10% next year.', '2027-06-07', ['2028-01-01', '2028-12-31']],
    // After a past verb, "to" before a word only a noun ends so ("-ity", "-ness") is a preposition, no purpose
    // infinitive looking ahead …
    ['The insurer has announced a return to profitability in the third quarter.', '2027-11-01', null],
    // … while a purpose infinitive still does.
    // … and so is an article's noun after a past verb, whatever its ending.
    ['The insurer has announced a return to growth in the third quarter.', '2027-11-01', null],
    ['The insurer cut costs to reach profitability in the third quarter.', '2027-03-02', ['2027-07-01', '2027-09-30']],
    ['The utility signed contracts to harness offshore wind by 2030.', '2027-03-02', ['2027-03-02', '2030-12-31']],
    ['The utility hired a firm to build the plant by 2028.', '2027-03-02', ['2027-03-02', '2028-12-31']],
    // A calendar after its year is a schedule named by the year, as "a 2027 budget" is; "calendar year" is the period.
    ['The league will publish a 2029 calendar next month.', '2027-03-02', ['2027-04-01', '2027-04-30']],
    ['Revenue grows 4% in the 2028 calendar year.', '2027-03-02', ['2028-01-01', '2028-12-31']],
    // An event placed in or out of the calendar is dated by its year.
    ['Kyalami returns to the 2028 calendar.', '2027-03-02', ['2028-01-01', '2028-12-31']],
    ['Las Vegas drops off the 2028 calendar.', '2027-03-02', ['2028-01-01', '2028-12-31']],
    // An agreement's own start stated in the present is its term, as a rule taking effect is …
    ['The broadcast deals start paying in the 2028-29 season.', '2027-03-02', null],
    ['The new lease begins in January.', '2027-03-02', null],
    ['The tariffs kick in on April 1.', '2027-03-02', null],
    // … and so is a ban's, a tax's or a levy's (one set of agreement and rule nouns with "runs through"), and a term
    // that "starts applying" …
    ['The ban starts in January.', '2027-03-02', null],
    ['The new tax begins in April.', '2027-03-02', null],
    ['The new rules start applying in January.', '2027-03-02', null],
    // … but not when something else heads the subject, nor a forecast of the start.
    ['Talks on a new deal start in March.', '2027-05-03', ['2028-03-01', '2028-03-31']],
    ['The deal will start paying in 2028.', '2027-03-02', ['2028-01-01', '2028-12-31']],
    ['Ad revenue starts falling in Q3.', '2027-03-02', ['2027-07-01', '2027-09-30']],
    // … nor an effect the rule has once in force, nor an agreement named inside a phrase the subject's head opens.
    ['The tariffs start biting in the third quarter.', '2027-03-02', ['2027-07-01', '2027-09-30']],
    ['Negotiations over a longer-term supply deal start in May.', '2027-03-02', ['2027-05-01', '2027-05-31']],
    ['The new season starts in August, and City win the title.', '2027-03-02', ['2027-08-01', '2027-08-31']],
    // A participle right after a figure that a verb of reaching sets is the level reached, not a past verb …
    ['The pension plan reaches 85% funded within four years.', '2027-03-02', ['2027-03-02', '2031-03-02']],
    ['The new line is 60% built within two years.', '2027-03-02', ['2027-03-02', '2029-03-02']],
    // … while a past verb of reaching still states the past.
    ['Deliveries reached 40% completed in May.', '2027-06-07', null],
    // A budget figure for a period stated as it stands is the plan's current number (a present state) …
    ["The county's budget gap for 2028 is $40 million.", '2027-03-02', null],
    ['The deficit for fiscal 2028 stands at $2 billion.', '2027-03-02', null],
    // … while a movement of it forecasts, and another dated outcome still dates the sentence.
    ['The deficit for 2028 narrows to 3%.', '2027-03-02', ['2028-01-01', '2028-12-31']],
    ['The gap for 2028 is $1 billion, and the board closes it by March.', '2027-05-03', ['2027-05-03', '2028-03-31']],
    // A gap, deficit or surplus another noun qualifies is a market's or an economy's, whose figure forecasts.
    ['The copper market deficit for 2028 is 300,000 tonnes, Goldman says.', '2027-03-02', ['2028-01-01', '2028-12-31']],
    ['The output gap for 2028 is 1.5%, the IMF says.', '2027-03-02', ['2028-01-01', '2028-12-31']],
    // A public body's deficit is its budget's.
    ['The city deficit for 2028 is $5 billion.', '2027-03-02', null],
    // A term that runs "to" a date is its schedule, as "runs through" and "runs until" are.
    ["The mayor's contract runs to June 2029.", '2027-03-02', null],
    ["The council's term runs to 2029, and it passes the budget by June.", '2027-05-03', ['2027-05-03', '2027-06-30']],
    // A period that recurs ("every", "each year in") is a habit's, never an outcome's window …
    ['Ferry fares spike every late summer.', '2027-03-02', null],
    ['Freight rates jump every year in March.', '2027-03-02', null],
    // … while a period of a year is still the period, and a plain season is the coming one.
    ['Each quarter of 2028 beats the one before.', '2027-03-02', ['2028-01-01', '2028-12-31']],
    ['Ferry fares spike in the late summer.', '2027-03-02', ['2027-08-01', '2027-08-31']],
    // A repeated outcome over a bounded period ("every year in the next decade", "in 2028 and 2029") is dated by it.
    ['Revenue grows 10% every year in the next decade.', '2027-03-02', ['2027-03-02', '2037-03-02']],
    ['Revenue grows 10% each year in the next five years.', '2027-03-02', ['2027-03-02', '2032-03-02']],
    ['The chain adds two stores every year in 2028 and 2029.', '2027-03-02', ['2028-01-01', '2029-12-31']],
    // An adverb between a passive's auxiliary and its participle leaves the passive looking ahead …
    ['The merger is expected to be formally approved tomorrow.', '2027-03-02', ['2027-03-03', '2027-03-03']],
    ['The bond is likely to be fully repaid in June.', '2027-03-02', ['2027-06-01', '2027-06-30']],
    // … and a past passive or a past verb with an adverb still states the past.
    ['The merger was formally approved on Tuesday.', '2027-03-04', null],
    ['Regulators quietly approved the merger in February.', '2027-03-02', null],
    // Only a lower-case "-ly" word is such an adverb: a name ("Italy") or a noun ("supply") before a past verb is its
    // subject, so the clause is the past.
    [
      'When Italy voted in June, spreads widened; they will narrow by December.',
      '2027-07-02',
      ['2027-07-02', '2027-12-31'],
    ],
    [
      'Once supply recovered in March, prices fell; they will rise by December.',
      '2027-05-02',
      ['2027-05-02', '2027-12-31'],
    ],
  ] as const)('%s (published %s)', (text, published, expected) => {
    expect(win(text, published)).toEqual(expected);
  });
});

describe('claims (What counts as a claim: a possibility asserts no outcome)', () => {
  const claims = (text: string, published = '2027-03-02') => extractClaims(text, { published }).length;

  it('a hedge that asserts counts only in a dated clause when the date stands in a clause of its own', () => {
    // The "should" of an undated clause does not assert the possibility of the dated one.
    expect(claims('The minister could call a referendum as soon as next autumn, and the party should back it.')).toBe(
      0,
    );
    // A dated clause that asserts is a claim, whatever the other clause deems possible.
    expect(claims('The minister could call a referendum next autumn, and we expect a vote by December.')).toBe(1);
    expect(claims('Output should recover in 2028.')).toBe(1);
    expect(claims('Revenue grows 10% every year in the next decade.')).toBe(1);
    // An undated clause that points back to the dated outcome asserts it, so the dated hedge counts.
    expect(claims('The ECB could cut in June, and we expect it will.')).toBe(1);
    expect(claims('The ECB could cut in June, but we think it will.')).toBe(1);
    expect(claims('Rates could fall by June; we should see it in the data.')).toBe(1);
    expect(claims('Rates could fall by June, and they will.')).toBe(1);
    // A weekday, a fiscal year or a half dates a clause too.
    expect(claims('The board could vote on Tuesday, and the chair should back the deal.')).toBe(0);
    expect(claims('Margins could recover in FY28, and the chair should back the plan.')).toBe(0);
    expect(claims('Margins could recover in 1H28, and the chair should back the plan.')).toBe(0);
  });
});

describe('Desk Notes (More on claims: the same outcome)', () => {
  const restates = (lede: string, items: string, note: string) =>
    extractClaims(['The Signal', lede, "What's Moving", items, 'Desk Notes', note].join('\n'), P).map(
      (c) => c.restates,
    );
  const lede = 'Rates are the story.';

  it('"25 Mt" set apart is million tonnes, as "25mt" is, and a unit symbol is no name', () => {
    const item = '- Wheat -- Australia exports more than 25 million tonnes of wheat in 2028 (via @grainsoz)';
    expect(restates(lede, item, '- @grainsoz: wheat exports above 25 Mt next year')).toEqual([undefined, 0]);
    // A different figure is a call of its own; a spaced lower-case "mt" may be metric tons.
    expect(restates(lede, item, '- @grainsoz: wheat exports above 30 Mt next year')).toEqual([undefined, undefined]);
    expect(restates(lede, item, '- @grainsoz: wheat exports above 25 mt next year')).toEqual([undefined, undefined]);
  });

  it('a place the note names is in an item that has its demonym ("France" for "French")', () => {
    const item = '- Rail -- The French operator opens its last high-speed line by the end of the decade (via @railfr)';
    expect(restates(lede, item, '- @railfr: last high-speed line in France by 2029')).toEqual([undefined, 0]);
    expect(
      restates(lede, item.replace('French', 'German'), '- @railfr: last high-speed line in Germany by 2029'),
    ).toEqual([undefined, 0]);
    // A place the item does not name is a name the claim lacks.
    expect(restates(lede, item, '- @railfr: last high-speed line in Italy by 2029')).toEqual([undefined, undefined]);
    // A four-letter place counts as a four-letter stem does the other way ("Iranian" for "Iran").
    expect(
      restates(lede, item.replace('French', 'Iranian'), '- @railfr: last high-speed line in Iran by 2029'),
    ).toEqual([undefined, 0]);
    expect(
      restates(lede, item.replace('French', 'Peruvian'), '- @railfr: last high-speed line in Peru by 2029'),
    ).toEqual([undefined, 0]);
  });
});
