import { describe, expect, it } from 'vitest';
import { extractClaims, findWindow } from '../../../src/ingest/index.js';

// The misses of the thirteenth held-out round (issue 23: poultry-forwarded, fertilizer-qa, gridload-listicle and
// quoted-18) and the agenda clause of the brief, each as a general rule with sentences of its own (not the
// fixtures'), and counter-cases the rule must leave alone.
const win = (text: string, published: string) => {
  const w = findWindow(text, published);
  return w && [w.start, w.end];
};

describe('time phrases (TIME-WINDOWS.md rules 2–7 and "More conventions", by analogy)', () => {
  it.each([
    // "in the days / weeks / months ahead" is "in the coming days / weeks / months" (the vague list).
    ['Spot rates ease in the weeks ahead.', '2027-10-04', ['2027-10-04', '2027-11-29']],
    ['Hiring slows in the months ahead.', '2027-10-04', ['2027-10-04', '2028-04-04']],
    ['The storm makes landfall in the days ahead.', '2027-10-04', ['2027-10-04', '2027-10-18']],
    // … but "the weeks ahead of the vote" count back from the vote.
    ['Turnout models shift in the weeks ahead of the vote.', '2027-10-04', null],
    // "2Q2028": a quarter before a four-digit year, as "2Q28" is.
    ['Seat capacity tops 2019 levels in 3Q2028.', '2027-10-04', ['2028-07-01', '2028-09-30']],
    ['Seat capacity tops 2019 levels in 3Q28.', '2027-10-04', ['2028-07-01', '2028-09-30']],
    // Exports, imports, shipments, volumes and a delivery after a date are the figure the date names.
    [
      'We expect third quarter exports to fall, and total exports to end the year down 4%.',
      '2027-10-04',
      ['2027-12-31', '2027-12-31'],
    ],
    ['We expect exports to fall in the third quarter.', '2027-07-04', ['2027-07-04', '2027-09-30']],
    ['New slots are quoted for 2031 delivery by the end of March.', '2027-10-04', ['2027-10-04', '2028-03-31']],
    ['The first units are delivered in 2031.', '2027-10-04', ['2031-01-01', '2031-12-31']],
    // The year a backlog reaches measures the backlog, not when anything happens.
    ['Transformer backlogs reach 2030.', '2027-10-04', null],
    ['Order books stretch into 2031 at the big three.', '2027-10-04', null],
    ['Sales reach 5 million by 2030.', '2027-10-04', ['2027-10-04', '2030-12-31']],
    // "if not" inside a clause means "or even": no condition to set aside.
    ['The levy will be cut if not scrapped in the coming months.', '2027-10-04', ['2027-10-04', '2028-04-04']],
    ['The levy will be cut in the coming months, if not for the strike.', '2027-10-04', ['2027-10-04', '2028-04-04']],
  ] as const)('%s', (text, published, want) => {
    expect(win(text, published)).toEqual(want);
  });

  it('"if not" in a clause asserts the outcome; a condition starting with it still conditions', () => {
    const P = { published: '2027-10-04' };
    expect(extractClaims('It looks likely the levy will be cut if not scrapped in the coming months.', P)).toHaveLength(
      1,
    );
    expect(extractClaims('If not scrapped in the coming months, the levy stays.', P)).toHaveLength(0);
  });
});

describe('claims and issues (What counts as a claim, More on claims)', () => {
  const P = { published: '2027-10-04' };

  it('an agenda at a dated meeting followed by a clause that asserts its outcome is a claim dated by the meeting', () => {
    const [c] = extractClaims('The Fed will consider a cut at its meeting on Dec. 8, and we expect it to cut.', P);
    expect(c?.window && [c.window.start, c.window.end]).toEqual(['2027-12-08', '2027-12-08']);
    expect(extractClaims('The Fed will consider a cut at its meeting on Dec. 8.', P)).toHaveLength(0);
    expect(
      extractClaims('The board will discuss fares at its meeting on Dec. 8, and the chair will present them.', P),
    ).toHaveLength(0);
    // A later clause with a date of its own is dated by that date, not by the meeting.
    const [d] = extractClaims(
      'The council will consider the plan at its meeting on Dec. 8, and we expect approval by February.',
      P,
    );
    expect(d?.window && [d.window.start, d.window.end]).toEqual(['2027-10-04', '2028-02-29']);
  });

  it('publishing data on a day is a calendar entry; an outcome word makes it a call', () => {
    expect(extractClaims('The desk will update lead time data on Thursday.', P)).toHaveLength(0);
    expect(extractClaims('Statistics Norway will publish its figures on Nov. 12.', P)).toHaveLength(0);
    expect(extractClaims('Acme will report a loss on Thursday.', P)).toHaveLength(1);
    expect(extractClaims('Acme will report record earnings on Thursday.', P)).toHaveLength(1);
  });

  it('a verbless event noun with its day is a calendar entry', () => {
    const notes = (line: string) => extractClaims(['DESK NOTES', line].join('\n'), P);
    expect(notes('@acme_ir — Q3 results on Nov. 5')).toHaveLength(0);
    expect(notes('@acme_ir — Q3 margin above 20% by Nov. 5')).toHaveLength(1);
  });

  it('"that" opening a sentence or its main clause is a demonstrative subject; its modal is the sentence\'s', () => {
    expect(extractClaims('That might not happen until Tuesday.', P)).toHaveLength(0);
    expect(extractClaims('With the holiday on Monday, that could slip to Wednesday.', P)).toHaveLength(0);
    expect(extractClaims('That will lift prices by June.', P)).toHaveLength(1);
    expect(
      extractClaims('The agency is on track to launch a probe, unmanned, that would orbit Mars early next year.', P),
    ).toHaveLength(1);
  });

  it('an imperative with the desk as its object is housekeeping about the record', () => {
    expect(extractClaims('Grade us on December 31.', P)).toHaveLength(0);
    expect(extractClaims('Hold me to it by June.', P)).toHaveLength(0);
    expect(extractClaims('Expect us to raise the call by June.', P)).toHaveLength(1);
    expect(extractClaims('The US imposes the tariff by June.', P)).toHaveLength(1);
  });

  it('"Otherwise …" takes the sentence before it as its antecedent', () => {
    const text = ['THE SIGNAL', 'If talks fail, copper could drop 10%. Otherwise it holds $9,000 through March.'].join(
      '\n',
    );
    expect(extractClaims(text, P).map((c) => c.text)).toEqual([
      'If talks fail, copper could drop 10%. Otherwise it holds $9,000 through March.',
    ]);
  });

  it("an interview's answers are the interviewee's, cited once in the introduction", () => {
    const issue = (intro: string) =>
      [
        'THE INTERVIEW',
        intro,
        '',
        'Q: Where do rates go? A: Down. The bank cuts twice by June.',
        '',
        'A: Mortgage spreads narrow in the coming months.',
      ].join('\n');
    const interview = extractClaims(issue('This week we spoke with Ana Ruiz (@anaruiz), chief economist.'), P);
    expect(interview.map((c) => [c.text, c.sources])).toEqual([
      ['The bank cuts twice by June.', ['@anaruiz']],
      ['Mortgage spreads narrow in the coming months.', ['@anaruiz']],
    ]);
    // Without an interview, a handle in one paragraph does not cite the next.
    const plain = extractClaims(
      ['THE SIGNAL', 'Rates are the story (via @anaruiz).', '', 'The bank cuts twice by June.'].join('\n'),
      P,
    );
    expect(plain.map((c) => c.sources)).toEqual([[]]);
  });
});
