import { describe, expect, it } from 'vitest';
import { extractClaims, findWindow } from '../../../src/ingest/index.js';

// The misses of the fifteenth held-out round (quoted-20: forecasts from climate outlooks, budgets and fiscal years
// outside the US, construction and launch schedules, league seasons, retail and court calendars), each as a general
// rule with sentences of its own (not the fixtures'), and counter-cases the rule must leave alone.
const win = (text: string, published: string) => {
  const w = findWindow(text, published);
  return w && [w.start, w.end];
};

describe('time phrases (TIME-WINDOWS.md rules 2–7, "Periods" and "More conventions", by analogy)', () => {
  it.each([
    // The first / last N weeks of a month are those days of it, as "the first three months of 2026" are months.
    ['The patch ships in the first two weeks of May.', '2027-03-02', ['2027-05-01', '2027-05-14']],
    ['Rulings land over the last two weeks of June.', '2027-03-02', ['2027-06-17', '2027-06-30']],
    ['Deliveries resume in the first week of April.', '2027-03-02', ['2027-04-01', '2027-04-07']],
    ['Sales jump in the first three months of 2028.', '2027-03-02', ['2028-01-01', '2028-03-31']],
    // "by the conclusion of X" is "by the end of X", as "by the close of X" is.
    ['Margins recover by the conclusion of 2028.', '2027-03-02', ['2027-03-02', '2028-12-31']],
    ['The trial reaches its conclusion in 2028.', '2027-03-02', ['2028-01-01', '2028-12-31']],
    // "through at least X" keeps the deadline; "until at least X" is still X at the earliest.
    ['Dry conditions persist through at least the summer.', '2027-03-02', ['2027-03-02', '2027-08-31']],
    ['The plant stays shut until at least the summer.', '2027-03-02', ['2027-06-01', '2027-08-31']],
    // After a negation "up until" binds to the negated verb, as "until" does.
    ['Repairs will not wrap up until March 2028.', '2027-03-02', ['2028-03-01', '2028-03-31']],
    ['Rates hold up until March 2028.', '2027-03-02', ['2027-03-02', '2028-03-31']],
    // A season opening the sentence as the subject of its verb is the coming season (rule 6) …
    ['Winter across the Alps will be snowier than usual.', '2027-09-10', ['2027-12-01', '2028-02-29']],
    ['The summer will be drier than last year.', '2027-03-02', ['2027-06-01', '2027-08-31']],
    // … but a season before a noun qualifies it, and "fall" before a preposition may be the noun of movement.
    ['Winter wheat will be planted late.', '2027-09-10', null],
    ['Fall in the dollar will lift exports.', '2027-09-10', null],
    // ", pending …" and ", subject to …" open a condition (rule 7), as "Barring …" does.
    ['The bridge reopens in June, pending inspections in May.', '2027-03-02', ['2027-06-01', '2027-06-30']],
    ['The deal closes in the third quarter, subject to a vote in May.', '2027-03-02', ['2027-07-01', '2027-09-30']],
    ['The deal is pending approval in May.', '2027-03-02', ['2027-05-01', '2027-05-31']],
    // "one year in the next four": the unit left out after "the next N" is the one before "in".
    ['One year in the next four will set a heat record.', '2027-03-02', ['2027-03-02', '2031-03-02']],
    ['Two quarters in the next four will show losses.', '2027-03-02', ['2027-03-02', '2028-03-31']],
    ['Sales fall in the next few.', '2027-03-02', null],
    // A part of a year between the article and the year names the noun after it, as "2027 completion dates" do.
    ['The bridge is nearing its late 2028 completion.', '2027-03-02', null],
    ['The bridge opens in late 2028.', '2027-03-02', ['2028-09-01', '2028-12-31']],
    // A bare quarter listed right after a quarter of a named fiscal year is a quarter of that fiscal year.
    ['The RBI sees growth of 7% in Q2 FY27 and 6.8% in Q3.', '2026-05-01', ['2026-07-01', '2026-12-31']],
    [
      'The RBI sees inflation at 3% in Q3 FY27, 4% in Q4 and 4.5% in Q1 FY28.',
      '2026-10-01',
      ['2026-10-01', '2027-06-30'],
    ],
    ['Sales rise 3% in Q4 and 4% in Q1.', '2026-10-01', ['2026-10-01', '2027-03-31']],
    // A rule taking effect, stated in the present, is its schedule, not a forecast of it.
    ['The new levy applies from April 2028.', '2027-10-04', null],
    ['The fee cut, which takes effect in July, will lift sales by March.', '2027-10-04', ['2027-10-04', '2028-03-31']],
    ['The levy will apply from April 2028.', '2027-10-04', ['2028-04-01', '2028-04-30']],
    // A season named as the subject of its start is the event, dated by its day.
    ['The 2027-28 NBA season will start on Tuesday.', '2027-10-18', ['2027-10-19', '2027-10-19']],
    ['The Thunder will win the title in the 2027-28 NBA season.', '2027-10-18', ['2027-10-18', '2028-06-30']],
    // "always" marks a habit, as "usually" does.
    ['The board almost always approves the budget by the end of June.', '2027-03-02', null],
    ['The board will approve the budget by the end of June.', '2027-03-02', ['2027-03-02', '2027-06-30']],
    // The progressive of an arrival is an arranged future, not the present described.
    ['The new terminal is coming online in 2027, a year late.', '2027-03-02', ['2027-03-02', '2027-12-31']],
    ['Markets are pricing two cuts in 2027.', '2027-03-02', null],
    // A period inside the noun phrase after a comparative's "than" is the baseline when another phrase dates it.
    [
      'Output will rise 3% in 2028, faster than the 2% gain for the current year.',
      '2027-03-02',
      ['2028-01-01', '2028-12-31'],
    ],
    ['Sales will grow faster than the economy in 2028.', '2027-03-02', ['2028-01-01', '2028-12-31']],
    ['Sales will rise more than 20% by 2028.', '2027-03-02', ['2027-03-02', '2028-12-31']],
    // A modal right after a month makes the month the subject, not a noun's qualifier.
    ['June could bring the third cut in a row.', '2027-03-02', ['2027-06-01', '2027-06-30']],
    ['June retail sales will beat forecasts.', '2027-03-02', null],
  ] as const)('%s', (text, published, want) => {
    expect(win(text, published)).toEqual(want);
  });
});

describe('claims (What counts as a claim, More on claims)', () => {
  const P = { published: '2027-10-18' };

  it('"is expected / set to" before a published datum on a day is a calendar entry, as "will" is', () => {
    expect(extractClaims('The agency is expected to release its jobs data on Friday.', P)).toHaveLength(0);
    expect(extractClaims('The store is set to open on Friday.', P)).toHaveLength(0);
    expect(extractClaims('The agency is expected to report a record loss on Friday.', P)).toHaveLength(1);
    expect(extractClaims('The store is set to open on Friday, and sales will beat estimates.', P)).toHaveLength(1);
  });

  it('a calendar entry followed by ", but …" stating the present stays a calendar entry', () => {
    expect(extractClaims('The season will start on Saturday, but two starters are injured.', P)).toHaveLength(0);
    expect(extractClaims('The season will start on Saturday, but two starters will miss it.', P)).toHaveLength(1);
  });

  it('an indirect question after a verb of predicting asserts no outcome', () => {
    expect(extractClaims('We try to predict how the market will look come June 2028.', P)).toHaveLength(0);
    expect(extractClaims('Nobody can forecast whether rates fall in June 2028.', P)).toHaveLength(0);
    expect(extractClaims('We predict the market will rally come June 2028.', P)).toHaveLength(1);
  });
});

// Review of the round: a rule read in several places is one rule, each word of it has a case, and a counter-case
// shows where it stops.
describe('review: a phrasal start ("gets underway", "get under way", "kicks off") is one rule everywhere', () => {
  const P = { published: '2027-10-18' };

  it.each([
    // A season as the subject of its start is dated by the day, whichever form the start takes.
    ['The 2027-28 NBA season will get underway on Tuesday.', ['2027-10-19', '2027-10-19']],
    ['The 2027-28 NBA season will kick off on Tuesday.', ['2027-10-19', '2027-10-19']],
    // A start stated in the present is a calendar entry (null), as "gets underway on Friday night" is.
    ['The 2027-28 NBA season gets under way on Tuesday.', null],
    // The present of a start is a schedule that dates a forecast in the same sentence.
    ['The season gets under way on Friday, and the home side will win its opener.', ['2027-10-22', '2027-10-22']],
    ['The season gets underway on Friday, and the home side will win its opener.', ['2027-10-22', '2027-10-22']],
    // The start dates nothing when the forecast names its own period.
    ['Construction gets underway on Monday and costs will double by 2028.', ['2027-10-18', '2028-12-31']],
  ] as const)('%s', (text, want) => {
    expect(win(text, P.published)).toEqual(want);
  });

  it('"will get underway / kick off on <day>" is a calendar entry, as "will start on <day>" is', () => {
    expect(extractClaims('The festival will start on Friday.', P)).toHaveLength(0);
    expect(extractClaims('The festival will get underway on Friday.', P)).toHaveLength(0);
    expect(extractClaims('The festival will get under way on Friday.', P)).toHaveLength(0);
    expect(extractClaims('The festival will kick off on Friday.', P)).toHaveLength(0);
    expect(extractClaims('The festival is expected to get under way on Friday.', P)).toHaveLength(0);
    expect(extractClaims('The festival will get underway on Friday, and crowds will top 10,000.', P)).toHaveLength(1);
    const claims = extractClaims('Construction gets underway on Monday and costs will double by 2028.', P);
    expect(claims.map((c) => [c.window?.start, c.window?.end])).toEqual([['2027-10-18', '2028-12-31']]);
  });
});

describe('review: the words of the round each have a case, and stop where they should', () => {
  const P = { published: '2027-10-18' };

  it.each([
    // A season before a verb of outlook is the coming season, as before a modal; "looks" only before what it forecasts.
    ['Summer looks set to be hot.', '2027-03-02', ['2027-06-01', '2027-08-31']],
    ['Summer looks likely to be hot.', '2027-03-02', ['2027-06-01', '2027-08-31']],
    ['Winter promises to be mild.', '2027-03-02', ['2027-12-01', '2028-02-29']],
    ['Spring looks back on a wet winter.', '2027-03-02', null],
    ['Summer looks hot so far.', '2027-07-10', null],
    // Rule 7: "from X" after a verb of change is a baseline only when another phrase dates the outcome; when every
    // phrase is such a "from", they date it (as a lone "from June" does).
    ['Prices will fall from June, and rents will rise from December.', '2027-03-02', ['2027-06-01', '2027-12-31']],
    ['Rents will rise from 2028 as wages climb from 2029.', '2027-03-02', ['2028-01-01', '2029-12-31']],
    [
      'In the fourth quarter, growth will accelerate from the third quarter.',
      '2027-03-02',
      ['2027-10-01', '2027-12-31'],
    ],
  ] as const)('%s', (text, published, want) => {
    expect(win(text, published)).toEqual(want);
  });

  it('a calendar entry followed by ", but …" stays one only when the "but" clause names no date', () => {
    const claims = extractClaims('The season starts on Saturday, but the title is decided by May.', P);
    expect(claims.map((c) => [c.window?.start, c.window?.end])).toEqual([['2027-10-18', '2028-05-31']]);
    expect(extractClaims('The season will start on Saturday, but the title is decided by May.', P)).toHaveLength(1);
    expect(extractClaims('The season will start on Saturday, but two starters are injured.', P)).toHaveLength(0);
    expect(extractClaims('The season will start on Saturday, but the champions are a year older.', P)).toHaveLength(0);
    expect(extractClaims('The season starts on Saturday, but two starters may be out.', P)).toHaveLength(0);
  });

  it('"forecast what would be …" is a free relative naming the outcome; "predict what will happen" a question', () => {
    expect(extractClaims('Analysts forecast what would be a record harvest by 2027.', P)).toHaveLength(1);
    expect(extractClaims('Analysts forecast what will be a record harvest by 2027.', P)).toHaveLength(1);
    expect(extractClaims('Analysts predict what will happen to rates by 2028.', P)).toHaveLength(0);
    expect(extractClaims('Nobody can predict what the harvest will be in 2028.', P)).toHaveLength(0);
    expect(extractClaims('Analysts forecast what will be left of the harvest by 2028.', P)).toHaveLength(0);
  });
});
