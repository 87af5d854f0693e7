import { describe, expect, it } from 'vitest';
import { extractClaims, findWindow } from '../../../src/ingest/index.js';

// The misses of the fourteenth held-out round (issue 23: fabfloor-podcast, northcoast-roundup, citrus-cover-tables,
// marine-pdf-paste and quoted-19), each as a general rule with sentences of its own (not the fixtures'), and
// counter-cases the rule must leave alone.
const win = (text: string, published: string) => {
  const w = findWindow(text, published);
  return w && [w.start, w.end];
};

describe('time phrases (TIME-WINDOWS.md rule 7 and "Not windows", by analogy)', () => {
  it.each([
    // The period a forecast is made for names the forecast ("a 2027 forecast"), with a noun phrase between or not.
    ['The bank’s inflation projection for 2028 is slightly higher.', '2027-10-04', null],
    ['The forecast for wheat and barley output in 2028 is cut again.', '2027-10-04', null],
    ['The USDA’s first forecast of the 2028-29 season comes in below last year.', '2027-10-04', null],
    // … while the outcome's own period still counts, and a forecast that is met measures the outcome.
    ['Inflation falls to 2% in 2028, the bank forecasts.', '2027-10-04', ['2028-01-01', '2028-12-31']],
    ['Exports will hit the forecast for 2028.', '2027-10-04', ['2028-01-01', '2028-12-31']],
    // A year after a possessive or a graded adjective, or a split year, before a noun names the noun ("2026 output").
    ['Tariffs land before Christmas and cut exporters’ 2028 margins.', '2027-10-04', ['2027-10-04', '2027-12-24']],
    ['Insurers file for higher 2028 rates by the end of November.', '2027-10-04', ['2027-10-04', '2027-11-30']],
    ['The board sets 2028-29 quota levels above 40,000 tonnes.', '2027-10-04', null],
    ['Landings rise in 2028 and hold through 2029-30.', '2027-10-04', ['2027-10-04', '2030-12-31']],
    ['The league expands for the 2028-29 season.', '2027-10-04', ['2028-01-01', '2029-12-31']],
    // "the year starting <day>": the twelve months from that day.
    ['Shipments reach 3 million tonnes in the year starting Oct. 1.', '2027-06-10', ['2027-10-01', '2028-09-30']],
    ['Sales grow 4% in the year beginning April 1, 2028.', '2027-06-10', ['2028-04-01', '2029-03-31']],
    // "…, <Forecaster> forecast <date>" is the saying's date, as after "said"; "will forecast" is no saying.
    ['Premiums double in 2035, the Swiss Re Institute forecast this week.', '2027-10-04', ['2035-01-01', '2035-12-31']],
    ['The agency will forecast a rebound next week.', '2027-10-04', ['2027-10-11', '2027-10-17']],
    // A present perfect denied ("has not confirmed") states the present, as "has not yet" already did.
    ['The company has not confirmed growth for 2028.', '2027-10-04', null],
    ['The ministry has not yet approved spending for 2028.', '2027-10-04', null],
    ['The company will not confirm growth before 2028.', '2027-10-04', ['2028-01-01', '2028-12-31']],
  ] as const)('%s', (text, published, want) => {
    expect(win(text, published)).toEqual(want);
  });
});

describe('claims and issues (What counts as a claim, More on claims)', () => {
  const P = { published: '2027-10-04' };
  const texts = (text: string) => extractClaims(text, P).map((c) => c.text);

  it('a survey that "found" or "showed" a "would" reports its forecast', () => {
    expect(texts('The poll found that output would grow 2% in the year to March 2028.')).toHaveLength(1);
    expect(texts('The survey showed prices would fall in 2028.')).toHaveLength(1);
    expect(texts('Output would grow 2% in 2028.')).toHaveLength(0);
  });

  it('opening or closing a window for sign-ups, applications or comments is a schedule, whatever its period', () => {
    expect(texts('The farm agency reopens sign-ups in November.')).toEqual([]);
    expect(texts('The state closes applications for the grant by the end of the year.')).toEqual([]);
    // A building, a plant or a route that opens is an outcome; so is a window that a forecast widens.
    expect(texts('The new terminal opens in November.')).toHaveLength(1);
    expect(texts('The agency reopens sign-ups in November and approvals jump 20% by March.')).toHaveLength(1);
  });

  it('a body deciding, or an event running, on a day is a calendar entry; a noted event and its day too', () => {
    expect(texts('Voters decide the school bond on Nov. 3.')).toEqual([]);
    expect(texts('A free flu clinic runs on Oct. 12 at the library.')).toEqual([]);
    expect(texts('Voters decide the school bond on Nov. 3, and we expect it to pass.')).toHaveLength(1);
    expect(texts('The fund runs dry by December.')).toHaveLength(1);
    const notes = ['DESK NOTES', '@cityhealth — flu cases up through November; briefing October 20'].join('\n');
    expect(texts(notes)).toEqual(['flu cases up through November']);
  });

  it("a roundup paragraph's ALL-CAPS dateline is its title, left out of the claim as a bullet's title is", () => {
    const issue = [
      'AROUND THE REGION',
      'SANTA ROSA — The county opens two cooling centres by July.',
      '',
      'NATO — Spending hits 3% by 2030.',
    ];
    expect(texts(issue.join('\n'))).toEqual([
      'The county opens two cooling centres by July.',
      'Spending hits 3% by 2030.',
    ]);
    // A capitalised word in a sentence that goes on after a dash is no dateline.
    expect(texts(['AROUND THE REGION', 'We expect the vote — A yes — by July.'].join('\n'))).toEqual([
      'We expect the vote — A yes — by July.',
    ]);
  });

  it('a markdown footnote definition is a reference, never a claim', () => {
    const issue = ['## The Signal', 'Yields fall below 4% by December.[^1]', '', '[^1]: Treasury data, October 2.'];
    expect(texts(issue.join('\n'))).toEqual(['Yields fall below 4% by December.[^1]']);
    // A bracketed figure that opens a sentence is still prose.
    expect(texts(['## The Signal', '[Update] Yields fall below 4% by December.'].join('\n'))).toHaveLength(1);
  });

  it("a PDF's running header or footer is masthead, and a paragraph runs on across it", () => {
    const issue = [
      'THE SIGNAL',
      'We expect freight rates to fall 20% by',
      'THE BOX REPORT · 4 October 2027 · Page 1 of 3',
      'the end of March as new ships arrive.',
      '',
      'Page 2',
    ].join('\n');
    expect(texts(issue)).toEqual(['We expect freight rates to fall 20% by the end of March as new ships arrive.']);
    // "page" in a sentence is prose.
    expect(texts(['THE SIGNAL', 'The regulator turns the page on rate caps by March.'].join('\n'))).toHaveLength(1);
  });

  it("a transcript's turns are items of their own; a guest introduced with a handle is each turn's source", () => {
    const issue = [
      'THIS EPISODE',
      'Our guests were Mara Costa, a grid analyst (@maracosta), and Ben Adeyemi of Northline (@benadeyemi).',
      '',
      '[01:05] HOST: Where do prices go? I think they stay high through the winter.',
      '[02:10] COSTA: Down. Spot power falls below $50 by March.',
      '[04:30] ADEYEMI: Not so fast. Two plants close in the coming months.',
      'MARA COSTA: Then prices rise again by the summer.',
    ].join('\n');
    expect(extractClaims(issue, P).map((c) => [c.text, c.sources])).toEqual([
      ['I think they stay high through the winter.', []],
      ['Spot power falls below $50 by March.', ['@maracosta']],
      ['Two plants close in the coming months.', ['@benadeyemi']],
      ['Then prices rise again by the summer.', ['@maracosta']],
    ]);
    // A capitalised word and a colon inside a paragraph's line is no turn ("Note: …" joins its paragraph).
    const plain = ['THE SIGNAL', 'Prices fall by March.', 'Note: spot power falls below $50 by June.'].join('\n');
    expect(texts(plain)).toHaveLength(2);
  });
});
