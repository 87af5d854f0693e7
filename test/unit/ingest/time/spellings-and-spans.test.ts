import { describe, expect, it } from 'vitest';
import { findWindow } from '../../../../src/ingest/index.js';

// Spellings of periods that bound an outcome (TIME-WINDOWS.md, "Periods" and "More conventions"), each with the
// sentences the rule must leave alone.
const win = (text: string, published: string) => {
  const w = findWindow(text, published);
  return w && [w.start, w.end];
};

describe('a span of days written before its month ("14-15 April") is those days, as "April 14-15" is', () => {
  it.each([
    ['The G7 summit on 16-17 June agrees a tariff truce.', '2026-05-04', ['2026-06-16', '2026-06-17']],
    ['Talks on 3–5 March 2027 end with a deal.', '2026-05-04', ['2027-03-03', '2027-03-05']],
    ['The G7 summit on 14 to 15 April agrees a tariff truce.', '2026-02-09', ['2026-04-14', '2026-04-15']],
    // A range of figures before its unit is no span of days.
    ['Prices fall 10-12 percent in April.', '2026-03-02', ['2026-04-01', '2026-04-30']],
  ])('%s', (text, published, want) => {
    expect(win(text, published)).toEqual(want);
  });
});

describe('a span of days spelled out after "from" or "between" with a bare last day ("from July 8 to 11") is those days', () => {
  it.each([
    ['Sales from July 8 to 11 are projected to rise 28.4 percent.', '2026-07-06', ['2026-07-08', '2026-07-11']],
    ['Online spend rises 10% between July 8 and 11.', '2026-07-06', ['2026-07-08', '2026-07-11']],
    ['Traffic peaks from October 1 through 8 this year.', '2026-07-06', ['2026-10-01', '2026-10-08']],
    // A number that a quantity or a month follows is no day of the first month.
    ['Inflation rises from July 8 to 11 percent.', '2026-07-06', ['2026-07-08', '2026-07-08']],
    ['The sale runs from July 8 to 11 August and spend rises 10%.', '2026-07-06', ['2026-07-08', '2026-08-11']],
  ])('%s', (text, published, want) => {
    expect(win(text, published)).toEqual(want);
  });
});

describe('a month with a noun of a stretch of time before its year ("an April-May window next year") is in that year', () => {
  it.each([
    ['The league moves to a June-July window next year.', '2026-03-02', ['2027-06-01', '2027-07-31']],
    ['Maintenance takes the October window this year.', '2026-03-02', ['2026-10-01', '2026-10-31']],
    ['Sales rise in an April window in 2027.', '2026-02-09', ['2027-04-01', '2027-04-30']],
    // Without a year the month is the nearest one, as a bare month is.
    ['The league moves to a June window.', '2026-03-02', ['2026-06-01', '2026-06-30']],
  ])('%s', (text, published, want) => {
    expect(win(text, published)).toEqual(want);
  });
});

describe('a fiscal year with ", which (will) end(s) in <month>" is the twelve months to that month', () => {
  it.each([
    ['Capex doubles in its fiscal 2027, which will end in September.', '2026-01-12', ['2026-10-01', '2027-09-30']],
    ['Sales rise in the current fiscal year, which ends in March.', '2025-11-02', ['2025-11-02', '2026-03-31']],
    ['Sales rise in the next fiscal year, which ends in March.', '2025-11-02', ['2026-04-01', '2027-03-31']],
    // The day the year closes on, and "ending in" / "which runs to", name the month just as well.
    ['Revenue grows 10% in fiscal 2026, which ends June 30.', '2026-02-09', ['2026-02-09', '2026-06-30']],
    ['Revenue grows 10% in the next fiscal year, which ends June 30.', '2026-02-09', ['2026-07-01', '2027-06-30']],
    ['Revenue grows 10% in fiscal 2026, ending in June.', '2026-02-09', ['2026-02-09', '2026-06-30']],
    ['Revenue grows 10% in fiscal 2026, which runs to June.', '2026-02-09', ['2026-02-09', '2026-06-30']],
    // The glued spellings "FY2026" and "FY26" take the clause as "fiscal 2026" does.
    ['Revenue grows 10% in FY2026, which ends June 30.', '2026-02-09', ['2026-02-09', '2026-06-30']],
    ['Revenue grows 10% in FY26, which ends June 30.', '2026-02-09', ['2026-02-09', '2026-06-30']],
    // A relative clause that names no end month leaves the fiscal year as the table reads it.
    ['Sales rise in fiscal 2027, which analysts welcome.', '2026-01-12', ['2027-01-01', '2027-12-31']],
    ['Revenue grows 10% in FY2026, which ends a tough run.', '2026-02-09', ['2026-02-09', '2026-12-31']],
    ['Revenue grows 10% in FY2026, ending a streak of losses.', '2026-02-09', ['2026-02-09', '2026-12-31']],
  ])('%s', (text, published, want) => {
    expect(win(text, published)).toEqual(want);
  });
});

describe('"the current, holiday-focused quarter": an adjective set off by a comma may stand before the unit', () => {
  it.each([
    ['Sales grow in the current, holiday-focused quarter.', '2025-10-30', ['2025-10-30', '2025-12-31']],
    ['Bookings rise in the coming, seasonally weak quarter.', '2025-10-30', ['2026-01-01', '2026-03-31']],
    // A compound adjective needs no comma.
    ['Sales rise 5% in the current holiday-focused quarter.', '2026-02-09', ['2026-02-09', '2026-03-31']],
    // "this," and "next," before a clause are a pronoun and an adverb: only "the current / coming," is described.
    ['Because of this, profits fall each year.', '2026-02-09', null],
    ['Next, sales rise every quarter.', '2026-02-09', null],
    ['Despite this, margins widen every quarter.', '2026-02-09', null],
    ['For this, investors wait each quarter.', '2026-02-09', null],
    // A conjunction after the comma opens a second period, no adjective.
    ['Sales grow this, and next year.', '2025-10-30', ['2026-01-01', '2026-12-31']],
  ])('%s', (text, published, want) => {
    expect(win(text, published)).toEqual(want);
  });
});

describe('things compared in kind after "than" are compared within the forecast\'s period', () => {
  it.each([
    ['Wages rise faster than rents in each of the next two years.', '2026-03-02', ['2026-03-02', '2028-12-31']],
    ['Solar adds more capacity than wind farms in 2027.', '2026-03-02', ['2027-01-01', '2027-12-31']],
    // A level compared stays a baseline: the forecast's own date wins.
    ['Rates end 2027 lower than levels in 2024.', '2026-03-02', ['2027-12-31', '2027-12-31']],
  ])('%s', (text, published, want) => {
    expect(win(text, published)).toEqual(want);
  });
});

describe('"ahead of" a person ("ahead of us") is in front of them, no deadline', () => {
  it.each([
    ['We see a record year ahead of us in 2027.', '2026-12-14', ['2027-01-01', '2027-12-31']],
    // "ahead of" an event or a period is still "before" it.
    ['Retailers restock ahead of 2027.', '2026-10-05', ['2026-10-05', '2026-12-31']],
  ])('%s', (text, published, want) => {
    expect(win(text, published)).toEqual(want);
  });
});

describe('a sentence typed wholly in lower case: abbreviated and ambiguous month words are months in a dated context', () => {
  it.each([
    // A mobile note has no capitals to tell "dec" or "march" from a word, so the dated context decides alone.
    ['fed cuts 25bp on dec 9 imo and again in march.', '2026-12-07', ['2026-12-09', '2027-03-31']],
    ['ppl say shutdown #2 in feb', '2026-12-07', ['2027-02-01', '2027-02-28']],
    ['jan 10 wild card wknd we fade the bills', '2026-12-07', ['2027-01-10', '2027-01-10']],
    // Still words: "march" with no dated context, the modal "may", and any of them in a sentence with capitals.
    ['troops march on the capital in june', '2026-12-07', ['2027-06-01', '2027-06-30']],
    ['prices may fall in june', '2026-12-07', ['2027-06-01', '2027-06-30']],
    ['Rates fall on dec 9, traders say.', '2026-12-07', null],
    // Only a preposition of time (or a day or year beside it) makes the word a month: "to", "the", "and" do not.
    ['yields will continue to march higher, imo', '2026-02-09', null],
    ['expect the bulls to march on', '2026-02-09', null],
    ['tariffs to mar the rally, imo, no way this holds', '2026-04-15', null],
    ['me and jan think spx hits 7k by dec', '2026-02-09', ['2026-02-09', '2026-12-31']],
    ['the apr on new cards tops 25% by june', '2026-05-01', ['2026-05-01', '2026-06-30']],
    ['10-year yields will continue to march higher.', '2026-02-09', null],
    ['spx 7k by end of march', '2026-02-09', ['2026-02-09', '2026-03-31']],
  ])('%s (published %s)', (text, published, want) => {
    expect(win(text, published)).toEqual(want);
  });
});

describe('after "from", a second day of the month spelled out ("from October 1 to 8") or set off by a spaced dash closes the span', () => {
  it.each([
    ['The strike will run from March 3 to 9.', '2026-02-09', ['2026-03-03', '2026-03-09']],
    ['The talks will be held from March 16 - 19, 2027.', '2026-02-09', ['2027-03-16', '2027-03-19']],
    ['The strike will run from March 3 to April 9.', '2026-02-09', ['2026-03-03', '2026-04-09']],
    // A figure with a unit after "to" is a level, so the day alone dates it; without "from" no span is read.
    ['Prices rise from March 3 to 8%.', '2026-02-09', ['2026-03-03', '2026-03-03']],
    ['Rates go from March 3 to 10 per cent.', '2026-02-09', ['2026-03-03', '2026-03-03']],
    ['Prices rise on March 3 to 8.', '2026-02-09', ['2026-03-03', '2026-03-03']],
  ])('%s (published %s)', (text, published, want) => {
    expect(win(text, published)).toEqual(want);
  });
});
