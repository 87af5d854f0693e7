import { describe, expect, it } from 'vitest';
import { isClaimSentence } from '../../../../src/ingest/text/claim-rules.js';
import { DEFAULT_CALENDARS, extractClaims, findWindow } from '../../../../src/ingest/index.js';
import { win, windowPairTable, windowTable, windowTableByDate, windows, windowsByDate } from '../helpers.js';

// Calendar entries: a scheduled event, term or maturity is no forecast unless the sentence asserts an outcome of it.

// The publication date the pair tables' rows are labelled for.
const P = '2026-02-09';

windowTable([
  [
    'More on claims: a scheduled event or a current plan is a calendar entry, not a forecast, unless an outcome is asserted',
    [
      ['The stadium is scheduled to open in 2027.', null],
      ['The hearing is set for March 3.', null],
      ['The product is slated for an April release.', null],
      ['The final report is due in June.', null],
      ['Watch the June 17 FOMC decision.', null],
      ['The vote is scheduled for March, and we expect it to fail.', '2026-03-01', '2026-03-31'],
    ],
  ],
  [
    'A schedule stated in the present is a calendar entry: it dates a sentence only when the sentence also looks ahead',
    [
      ['Nvidia reports Wednesday after the close.', null],
      ['Fed decision Wednesday; CPI Thursday; jobs Friday.', null],
      ['Nvidia reports Wednesday and will beat estimates.', '2026-02-11', '2026-02-11'],
      // The house's plain present also looks ahead: an outcome joined to the entry, or a level the verb reaches.
      ['Nvidia reports on Wednesday and beats handily.', '2026-02-11', '2026-02-11'],
      ['The S&P closes above 7,000 on Friday.', '2026-02-13', '2026-02-13'],
      ['The S&P opens higher on Monday.', '2026-02-09', '2026-02-09'],
      // Counter-cases: the entry alone, a time of day, and a second entry joined.
      ['Nvidia reports on Wednesday.', null],
      ['The exchange closes at 1pm on Friday.', null],
      ['Nvidia reports on Wednesday and Apple on Thursday.', null],
    ],
  ],
  [
    'More on claims: a scheduled event written as prose ("the meeting is on March 19") is a calendar entry',
    [['The next board meeting is on March 19, with results due later.', null]],
  ],
]);

windowTableByDate([
  [
    'More on claims (a scheduled event is a calendar entry): a maturity date is the debt’s schedule, not a forecast',
    [
      ['About $40 billion of leveraged loans mature in 2027.', '2026-02-09', null],
      ['Bonds maturing in 2028 will be refinanced early.', '2026-02-09', null],
    ],
  ],
  [
    'More on claims (a scheduled event is a calendar entry): a body’s agenda at a dated meeting',
    [
      ['The WHO panel reviews the vaccine data at its October meeting.', '2026-02-09', null],
      ['The council considers the rezoning at its September session.', '2026-02-09', null],
      // The Fed's June meeting is the FOMC of June 17 in the events table (More conventions: central-bank meetings).
      ['The Fed cuts rates at its June meeting.', '2026-02-09', '2026-06-17', '2026-06-17'],
    ],
  ],
]);

windowPairTable([
  [
    'More on claims: a contract or term that runs to a date is its schedule, as a maturity is; after "before" it dates',
    [
      ["The coach's contract runs through June 2028.", null],
      ['Her term ends in 2027.', null],
      ['Talks stall before the lease expires in March.', P, '2026-02-28'],
    ],
  ],
]);

describe("a term's date after a word that points at it", () => {
  it('dates the outcome with or without a phrase of its parties, as before', () => {
    const withParties = win('The union holds off until the contract with the carmakers expires in 2030.', '2026-12-04');
    expect(withParties).not.toBeNull();
    expect(withParties).toEqual(win('The union holds off until the contract expires in 2030.', '2026-12-04'));
  });
});

describe('claims (What counts as a claim: calendar entries and conditions)', () => {
  const claims = (text: string, published = '2027-03-02') => extractClaims(text, { published }).length;

  it('a plural subject with the base form of an event verb on a day is a calendar entry', () => {
    expect(claims('The deferred-resignation payouts end on December 31.', '2026-12-04')).toBe(0);
    expect(claims('Polls close on Tuesday.', '2026-12-04')).toBe(0);
    // An outcome asserted beside it, or no day, keeps the sentence a claim.
    expect(claims('The payouts end on December 31, and hiring picks up by March.', '2026-12-04')).toBe(1);
    expect(claims('The talks end in a deal by March.', '2026-12-04')).toBe(1);
  });

  it('an event held on a day after "is expected / rumored to be" is a calendar entry, its occasion too', () => {
    expect(claims('The opening ceremony is rumored to be held on December 6.', '2024-11-15')).toBe(0);
    expect(
      claims('The vote is expected to be held on March 3, following a two-year fight over the bill.', '2024-11-15'),
    ).toBe(0);
    // An outcome expected of the event, an outcome in a participle's phrase, or a dated outcome after it is a claim.
    expect(claims('The ceremony is expected to be a success on December 6.', '2024-11-15')).toBe(1);
    expect(claims('The ceremony will be held on December 6, drawing 10,000 guests.', '2024-11-15')).toBe(1);
    expect(claims('The vote will be held on March 3, sending the bill to a final vote by June.', '2024-11-15')).toBe(1);
  });

  it('a sentence-initial "Should" opens a condition, as "If" does', () => {
    expect(
      claims(
        'Should the studio sell 20 million copies in the next fiscal year, it would bring its total to 37 million.',
      ),
    ).toBe(0);
    // A main clause that asserts its outcome is still a claim, and "should" inside a clause still asserts.
    expect(claims('Should everything go to plan, the fab will start volume production in 2028.')).toBe(1);
    expect(claims('Prices should fall by June.')).toBe(1);
  });
});

describe('a dated meeting followed by its asserted outcome (More on claims: "unless the sentence asserts an outcome of it")', () => {
  const PUB = '2026-03-10';
  const win = (text: string) => {
    const w = findWindow(text, PUB, { calendars: DEFAULT_CALENDARS });
    return w && [w.start, w.end];
  };
  const claims = (text: string) => extractClaims(text, { published: PUB, calendars: DEFAULT_CALENDARS }).length;

  it.each([
    // A later clause that asserts an outcome ("and will cut", "; we expect a hold", "a cut is widely expected") and
    // names no date of its own makes the meeting's day, or the event pointed at, the claim's window …
    ['The ECB meets on April 16 and will cut rates.', ['2026-04-16', '2026-04-16']],
    ['OPEC+ meets on April 5 and will likely extend the cuts.', ['2026-04-05', '2026-04-05']],
    ['The BoE meets on May 7; we expect a hold.', ['2026-05-07', '2026-05-07']],
    ['Watch the June 17 FOMC; we expect a cut.', ['2026-06-17', '2026-06-17']],
    ['The ECB meets on Thursday, and a rate cut is widely expected.', ['2026-03-12', '2026-03-12']],
    // A present verb joined after the day asserts an outcome too, as "Nvidia reports on Wednesday and beats" does.
    ['The ECB meets on Thursday and cuts by 50bp.', ['2026-03-12', '2026-03-12']],
    // … while the meeting alone, or with its business only ("will vote on"), is a calendar entry.
    ['The ECB meets on April 16.', null],
    ['Watch the June 17 FOMC.', null],
    ['The council meets on April 16 and will vote on the budget.', null],
    ['The council meets on April 16 and votes on the budget.', null],
  ] as const)('%s', (text, expected) => {
    expect(win(text)).toEqual(expected);
    expect(claims(text)).toBe(expected === null ? 0 : 1);
  });

  it('a WATCH block on a meeting and its outcome takes the meeting day', () => {
    const issue =
      'The Desk\n\nMarkets were calm today.\n\nTradecraft\n👀 WATCH — The ECB meets on April 16 and will cut.\n';
    const watch = extractClaims(issue, { published: PUB, calendars: DEFAULT_CALENDARS }).find(
      (c) => c.kind === 'WATCH',
    );
    expect(watch?.window && [watch.window.start, watch.window.end]).toEqual(['2026-04-16', '2026-04-16']);
  });
});

describe('an expiry followed by its asserted outcome (More on claims, as for meetings)', () => {
  const PUB = '2026-03-10';
  const win = (text: string) => {
    const w = findWindow(text, PUB, { calendars: DEFAULT_CALENDARS });
    return w && [w.start, w.end];
  };

  it.each([
    // A term's end (expires, ends, lapses) with a later clause that asserts an outcome and names no date of its own
    // dates that outcome …
    ['The stopgap expires on Sept. 30, and the government will shut down.', ['2026-09-30', '2026-09-30']],
    ['The tariff pause expires on July 9, and prices will jump.', ['2026-07-09', '2026-07-09']],
    ['The lease expires in June, and the tenant will move out.', ['2026-06-01', '2026-06-30']],
    // … while the expiry alone, a term's run, or the business that follows it is still the schedule.
    ['The stopgap expires on Sept. 30.', null],
    ['The contract expires in June.', null],
    ['The contract runs through 2028, and Boeing will win the renewal.', null],
    ['The lease expires in June, and the board will vote on a new one.', null],
  ] as const)('%s', (text, expected) => {
    expect(win(text)).toEqual(expected);
  });
});

describe('a proceeding set for a day, in the future tense, is a calendar entry (More on claims)', () => {
  const PUB = '2026-03-10';
  const claims = (text: string) => extractClaims(text, { published: PUB, calendars: DEFAULT_CALENDARS }).length;

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

describe('schedules (a term that ends in a relative period, as one that ends on a date)', () => {
  it.each([
    ['The lease expires next year.', '2026-03-02', null],
    ['The ceasefire agreement expires this month.', '2026-03-02', null],
    // An outcome asserted of the term's end still dates the sentence.
    ['The contract expires next month, and workers will strike.', '2026-03-02', ['2026-04-01', '2026-04-30']],
  ])('%s (published %s)', (text, published, want) => {
    expect(win(text, published)).toEqual(want);
  });
});

describe('claims ("More on claims": an attempt set for a day is a scheduled event, not a forecast)', () => {
  const drafts = (text: string, published = '2026-03-02') =>
    extractClaims(text, { published }).map((c) => [c.text, c.window && [c.window.start, c.window.end]]);

  it.each([
    ['Airlines will try a fare increase on June 1.', 0],
    ['OPEC will attempt another output cut on Sunday.', 0],
    // An outcome asserted of the attempt, or an intention with a deadline, is a forecast.
    ['Airlines will try a fare increase on June 1, and it sticks through the summer.', 1],
    ['The union will try to settle by Friday.', 1],
  ])('%s → %i drafts', (text, n) => {
    expect(drafts(text)).toHaveLength(n);
  });
});

describe('calendar entries: an occasion celebrated or presented on a day, a budget, speech or briefing delivered or held on one', () => {
  const claims = (text: string, published = '2026-01-12') => extractClaims(text, { published }).length;

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

describe('schedules, terms and calendar entries in more wording ("More on claims", by analogy)', () => {
  windows([
    // An agenda set for a day ("to consider … on June 14") is a calendar entry; a call beside it stays one.
    ['The board will have the chance to review the levy on June 14.', '2027-05-03', null],
    ['The board is expected to review the levy and repeal it by June.', '2027-05-03', ['2027-05-03', '2027-06-30']],
    // A rule's term in force is its schedule; a forecast of the term is a forecast.
    ['The curbs, in place until Nov. 1, limit watering to two days a week.', '2027-10-04', null],
    ['The curbs will remain in place until November.', '2027-10-04', ['2027-10-04', '2027-11-30']],
    ['Curbs stay in effect through 2028, we expect.', '2027-10-04', ['2027-10-04', '2028-12-31']],
    // A rule taking effect, stated in the present, is its schedule, not a forecast of it.
    ['The new levy applies from April 2028.', '2027-10-04', null],
    ['The fee cut, which takes effect in July, will lift sales by March.', '2027-10-04', ['2027-10-04', '2028-03-31']],
    ['The levy will apply from April 2028.', '2027-10-04', ['2028-04-01', '2028-04-30']],
    // "take effect" may take its date with no preposition, and a forecast in a clause joined after the rule's start
    // ("…, and we expect …") leaves the start a schedule; in the rule's own clause it makes the start a forecast.
    ['They still take effect August 2, 2028.', '2027-10-04', null],
    [
      'The rules take effect January 1, 2028, and we expect filings to slip to April 2029.',
      '2027-10-04',
      ['2029-04-01', '2029-04-30'],
    ],
    ['The levy takes effect in March, and we expect prices to fall.', '2027-10-04', null],
    ['We expect that the levy takes effect in March.', '2027-10-04', ['2028-03-01', '2028-03-31']],
    // An agenda set in the passive for a dated call or meeting is a calendar entry, whatever it names.
    ['The 2028 capital plan will be discussed at the shareholder meeting on 14 July.', '2027-06-01', null],
  ]);
  windowsByDate([
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
    // A term that runs "to" a date is its schedule, as "runs through" and "runs until" are.
    ["The mayor's contract runs to June 2029.", '2027-03-02', null],
    ["The council's term runs to 2029, and it passes the budget by June.", '2027-05-03', ['2027-05-03', '2027-06-30']],
    // A term's run stated in the present is its schedule also when a phrase of its parties or object follows the
    // term noun ("the contract with the Detroit Three runs to April 2028") …
    ['The UAW contract with the Detroit Three runs to April 2028.', '2026-12-04', null],
    ['The ban on Russian oil expires in June.', '2026-12-04', null],
    // … while a noun that is no term keeps its forecast.
    ['The strike against the Detroit Three runs to April 2028.', '2026-12-04', ['2028-04-01', '2028-04-30']],
    // "set to go up / higher" moves a level (a forecast), where "set to go live" is a schedule.
    ['Bridge tolls are set to go up in July.', '2026-03-02', ['2026-07-01', '2026-07-31']],
    ['The new toll lanes are set to go live on July 1.', '2026-03-02', null],
    // What is owed, when it falls due and when a term ends, stated in the present, is a schedule (as a maturity is) …
    ['Provinces owe $12 billion of bond principal in 2028.', '2027-01-04', null],
    ['A default needs a trigger, and the next large payment is not due until March.', '2027-01-04', null],
    ['The drug is facing a patent expiration in May.', '2027-01-04', null],
    // … while a future debt, or an outcome asserted of the due date, is a forecast.
    ['Provinces will owe more than they can pay in 2028.', '2027-01-04', ['2028-01-01', '2028-12-31']],
    [
      'The ruling is due by the end of June, and the court will strike the law down.',
      '2027-01-04',
      ['2027-01-04', '2027-06-30'],
    ],
  ]);
});

describe('calendar entries, in more wording (published 2027-05-03)', () => {
  const P = { published: '2027-05-03' };

  it('a reported calendar entry is still one: after "X said", with "Nov.", and with a noun such as "votes" first', () => {
    expect(extractClaims('Ortiz also said ballots will be certified on Nov. 21.', P)).toHaveLength(0);
    expect(extractClaims('Votes will be canvassed on May 20.', P)).toHaveLength(0);
    expect(extractClaims('Ortiz said turnout will top 60% on May 20.', P)).toHaveLength(1);
  });
});

describe('calendar entries, in more wording (published 2027-10-04)', () => {
  const P = { published: '2027-10-04' };

  const texts = (text: string) => extractClaims(text, P).map((c) => c.text);

  it('an agenda in the future at a dated meeting is a calendar entry', () => {
    expect(extractClaims('Staff will present a revised budget at the board meeting on Nov. 12.', P)).toHaveLength(0);
    expect(extractClaims('The board will approve a 4% fare rise at its meeting on Nov. 12.', P)).toHaveLength(1);
  });

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
});

describe('calendar entries, in more wording (published 2027-10-18)', () => {
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
});

describe('calendar entries, in more wording', () => {
  it('a release date in the passive is a calendar entry, unless an outcome of it is asserted', () => {
    expect(isClaimSentence('The new console will be released on March 20.')).toBe(false);
    expect(isClaimSentence('The new console will be released on March 20 and will sell out.')).toBe(true);
  });
});

describe('calendar entries, in more wording (published 2027-03-01)', () => {
  const P = { published: '2027-03-01' };

  it('"We think it …" after a calendar entry takes the entry as antecedent and its date', () => {
    const text = [
      "What's Moving",
      '- Rates: The board votes on March 18. We think it cuts by a quarter point (via @cbwatch)',
    ].join('\n');
    const got = extractClaims(text, P);
    expect(got.map((c) => [c.text, c.window && [c.window.start, c.window.end]])).toEqual([
      ['The board votes on March 18. We think it cuts by a quarter point', ['2027-03-18', '2027-03-18']],
    ]);
  });

  it('a scheduled event in the present passive is a calendar entry, also beside a clause stating the present', () => {
    expect(extractClaims('The new trustees are sworn in on April 12.', P)).toHaveLength(0);
    expect(extractClaims('The audit is finished; the board is seated on April 12.', P)).toHaveLength(0);
    expect(extractClaims('The harbour bridge is opened on May 3.', P)).toHaveLength(0);
    // An outcome asserted beside it, or a forecast in the other clause, keeps the sentence a claim.
    expect(extractClaims('The audit is finished; the board repeals the levy by April 12.', P)).toHaveLength(1);
    expect(extractClaims('The trustees are sworn in on April 12 and cut the budget by June.', P)).toHaveLength(1);
    expect(extractClaims('Turnout will be low; the mayor is sworn in on April 12.', P)).toHaveLength(1);
  });
});

describe('a scheduled event whose shared-subject conjunct states its business ("and will decide …") is a calendar entry', () => {
  it.each([
    'The referendum is set to go ahead on Sunday and will decide who governs the region.',
    'The summit is set to open on Thursday and will vote on the budget.',
  ])('%s', (text) => {
    expect(extractClaims(text, { published: '2026-02-02' })).toHaveLength(0);
  });
  it('an asserted outcome of it is still a claim', () => {
    expect(
      extractClaims('The summit is set to open on Thursday and will cut tariffs.', { published: '2026-02-02' }),
    ).toHaveLength(1);
    expect(
      extractClaims('The vote is scheduled for Thursday and will pass easily.', { published: '2026-02-02' }),
    ).toHaveLength(1);
  });
});

describe('an entry whose conjunct only weighs it ("and will be the tell") is still a calendar entry', () => {
  it.each([
    'The wheat auction opens on Monday and will be the tell.',
    'The jobs report lands on Friday and will be the key test for the Fed.',
    'The Fed meets on March 18 and will be the tell.',
    'The Galaxy report lands on May 5 and will be a key test for Macau.',
  ])('%s', (text) => {
    expect(extractClaims(text, { published: '2026-08-10' })).toHaveLength(0);
    expect(extractClaims(`What's Moving\n${text}`, { published: P })).toHaveLength(0);
  });
  it('an outcome in the conjunct is a claim', () => {
    expect(
      extractClaims('The wheat auction opens on Monday and will be the biggest on record.', {
        published: '2026-08-10',
      }),
    ).toHaveLength(1);
  });
  // "key" is an adjective, and what the event drives or is the catalyst for is an outcome of it.
  it.each([
    ['The ECB meets on April 16 and will be the key driver of euro weakness.', '2026-04-16'],
    ['The jobs report lands on Friday and will be the key driver of a rally.', '2026-02-13'],
    ['The Fed meets on March 18 and will be the catalyst for a rally in stocks.', '2026-03-18'],
  ])('%s is a claim dated by the entry', (text, day) => {
    const got = extractClaims(`What's Moving\n${text}`, { published: P });
    expect(got.map((c) => c.window && [c.window.start, c.window.end])).toEqual([[day, day]]);
  });
});

describe('a span of days before its month is an exact day for a meeting, as after it', () => {
  it.each([
    'The board will meet on 14-15 April to weigh a buyout.',
    'The board will meet on 14 to 15 April to weigh a buyout.',
    'The board will meet on April 14-15 to weigh a buyout.',
  ])('%s is a calendar entry', (text) => {
    expect(extractClaims(text, { published: P })).toHaveLength(0);
    expect(findWindow(text, P)).toMatchObject({ start: '2026-04-14', end: '2026-04-15' });
  });
});

describe('calendar entries: a season or session ending on a day, a schedule released on one, a ruling awaited on one', () => {
  const claims = (text: string, published: string) => extractClaims(text, { published }).length;

  it.each([
    // A season that ends on its day is the league's calendar, with or without "on" and with the year after a comma …
    ['The Premier League 2025/26 season will end on May 24, 2026.', '2025-08-09', ['2026-05-24', '2026-05-24']],
    ['The season will end Dec. 31.', '2017-04-18', ['2017-12-31', '2017-12-31']],
    // … a session that wraps up next week, a schedule released or announced on a day …
    [
      'The first half of session will wrap up next week with back-to-back deadline days.',
      '2018-01-26',
      ['2018-01-29', '2018-02-04'],
    ],
    [
      'The NFL will release its 2017 regular-season schedule Thursday night.',
      '2017-04-18',
      ['2017-04-20', '2017-04-20'],
    ],
    [
      'The Election Commission will announce the schedule for the Lok Sabha polls on Saturday.',
      '2024-03-15',
      ['2024-03-16', '2024-03-16'],
    ],
    // … and a ruling awaited on a day, closing a sentence that asserts nothing else.
    [
      'The application is under FDA review, with a decision expected on November 18, 2025',
      '2025-11-01',
      ['2025-11-18', '2025-11-18'],
    ],
  ])('%s is no claim, dated by its day (published %s)', (text, published, want) => {
    expect(claims(text, published)).toBe(0);
    expect(win(text, published)).toEqual(want);
  });
  it.each([
    // An outcome beside the day, or a figure the season ends at, is a call.
    ['The season will end Dec. 31, and United win the title.', '2017-04-18'],
    ['The league will end the season with a $2 billion loss in 2027.', '2017-04-18'],
    ['The application is under review, with a decision expected on November 18, and we expect approval.', '2025-11-01'],
    ['We expect approval, with a decision expected on November 18.', '2025-11-01'],
    ['The company will release record earnings for the quarter on Thursday.', '2025-11-01'],
    ['Talks will wrap up a deal next week.', '2025-11-01'],
  ])('%s is a claim (published %s)', (text, published) => {
    expect(claims(text, published)).toBe(1);
  });
});

describe('calendar entries: a meeting over a span of days, an event set at a place or an hour on its day, and an entry its maker announced', () => {
  const claims = (text: string, published: string) => extractClaims(text, { published }).length;

  it.each([
    // A meeting from one day to another is the span, as "on 14-15 April" is …
    [
      'The Monetary Policy Committee will meet from September 29 to October 1.',
      '2025-09-20',
      ['2025-09-29', '2025-10-01'],
    ],
    ['The committee meets from February 4 to February 6.', '2026-01-26', ['2026-02-04', '2026-02-06']],
    // … an "at" phrase of place or hour may stand between the event and its day …
    ['The decision will be announced at a press conference on October 1.', '2025-09-20', ['2025-10-01', '2025-10-01']],
    [
      'The company will hold its results briefing at its Tokyo headquarters on May 12.',
      '2026-04-20',
      ['2026-05-12', '2026-05-12'],
    ],
    ['The Fed will announce its decision at 2 p.m. on Wednesday.', '2026-04-20', ['2026-04-22', '2026-04-22']],
    // An aside set off by dashes in the subject says what the entry is of.
    [
      'The outcome—including the decision on the repo rate and other measures—will be announced on October 1.',
      '2025-09-20',
      ['2025-10-01', '2025-10-01'],
    ],
    // … and the maker's announcement after a comma, with a present circumstance, says who set it.
    [
      'Rachel Reeves will deliver her autumn budget on 26 November, the Treasury has announced.',
      '2025-09-03',
      ['2025-11-26', '2025-11-26'],
    ],
    [
      'Rachel Reeves will deliver her autumn budget on 26 November, the Treasury said, as speculation mounts over tax rises.',
      '2025-09-03',
      ['2025-11-26', '2025-11-26'],
    ],
  ])('%s is no claim, dated by its day (published %s)', (text, published, want) => {
    expect(claims(text, published)).toBe(0);
    expect(win(text, published)).toEqual(want);
  });
  it.each([
    // An outcome beside the entry, or a span of something that is no event, is a call.
    ['The committee will meet from September 29 to October 1 and cut rates by 25bp.', '2025-09-20'],
    ['Prices will rise from September 29 to October 1.', '2025-09-20'],
    ['The decision will be announced at a press conference on October 1, and we expect a cut.', '2025-09-20'],
    ['The outcome—a cut, we expect—will be announced on October 1.', '2025-09-20'],
    ['The Fed will cut rates at its meeting on Wednesday, the chair said.', '2026-04-20'],
    ['Reeves will deliver her autumn budget on 26 November, the Treasury said, and gilts will rally.', '2025-09-03'],
    [
      'Reeves will deliver her autumn budget on 26 November, the Treasury said, as gilts will rally by December.',
      '2025-09-03',
    ],
  ])('%s is a claim (published %s)', (text, published) => {
    expect(claims(text, published)).toBe(1);
  });
});

describe('calendar entries over a span of days, or at a clock time on their day', () => {
  const claims = (text: string, published: string) => extractClaims(text, { published }).length;

  it.each([
    // A meeting, an opening or a show that runs from one day to another is an entry as one on a single day is …
    ['The committee will meet from September 29 to October 1.', '2025-09-01', ['2025-09-29', '2025-10-01']],
    [
      'The purchase windows will then open from April 9th to April 19th, 2026.',
      '2026-01-14',
      ['2026-04-09', '2026-04-19'],
    ],
    ['Computex runs June 2–5 in Taipei.', '2026-05-18', ['2026-06-02', '2026-06-05']],
    [
      'The trade show runs from June 8 to June 12 at the convention center.',
      '2026-05-18',
      ['2026-06-08', '2026-06-12'],
    ],
    // … and a clock time after the day leaves it one.
    [
      'The Federal Reserve will release results from its annual bank stress tests on June 26 at 4:30 p.m. ET.',
      '2024-06-06',
      ['2024-06-26', '2024-06-26'],
    ],
    ['The council will meet on March 3 at 10 a.m. in the town hall.', '2026-02-09', ['2026-03-03', '2026-03-03']],
    // What the data is of may take a dozen plain words before the day.
    [
      'The Federal Reserve will release the results of its annual stress test for 32 of the largest US banks on Wednesday.',
      '2026-06-22',
      ['2026-06-24', '2026-06-24'],
    ],
  ])('%s is no claim, dated by its days (published %s)', (text, published, want) => {
    expect(claims(text, published)).toBe(0);
    expect(win(text, published)).toEqual(want);
  });

  it.each([
    // An outcome over the span, or a figure reached by a clock time, is a call.
    ['The committee will meet from September 29 to October 1 and cut rates by 25 bp.', '2025-09-01'],
    ['Prices will rise from June 8 to June 12.', '2026-05-18'],
    ['The index will close above 5,000 on June 26 at 4 p.m.', '2026-05-18'],
    ['The Fed will release the results of its stress test for 32 banks with record losses on Wednesday.', '2026-06-22'],
  ])('%s is a claim (published %s)', (text, published) => {
    expect(claims(text, published)).toBe(1);
  });
});

describe('an event in a "when" clause ("when it opens on July 31", "when the new rates take effect on November 30") dates the main clause', () => {
  const PUB = '2026-06-08';
  it.each([
    ['The film beats a $120m opening weekend when it opens on July 31.', ['2026-07-31', '2026-07-31'], 1],
    ['Premiums rise 12% when the new rates take effect on November 30.', ['2026-11-30', '2026-11-30'], 1],
    // The event alone is an entry or a rule's schedule, and beside a present state the "when" clause dates the state.
    ['The new rates take effect on November 30.', null, 0],
    ['Growers are nervous when the outlook lands on March 2.', null, 0],
  ] as const)('%s', (text, want, n) => {
    expect(win(text, PUB)).toEqual(want);
    expect(extractClaims(text, { published: PUB })).toHaveLength(n);
  });
});

describe('a term that "runs out" on a day ends then, as one that expires does', () => {
  const PUB = '2026-06-22';
  const win = (text: string) => {
    const w = findWindow(text, PUB, { calendars: DEFAULT_CALENDARS });
    return w && [w.start, w.end];
  };
  it.each([
    // The end of a term's run is its schedule, beside a clause that states only the past …
    [
      'The 150-day clock on the Section 122 tariffs runs out on July 23, and Congress has not voted to extend it.',
      null,
    ],
    ['The tariffs run out on July 23.', null],
    // … and an asserted outcome after it is dated by it; what is no term ("Supplies") runs out as a forecast.
    ['The tariff pause runs out on July 9, and prices will jump.', ['2026-07-09', '2026-07-09']],
    ['Supplies run out by March.', ['2026-06-22', '2027-03-31']],
  ] as const)('%s', (text, expected) => {
    expect(win(text)).toEqual(expected);
  });
});

describe('a meeting set for a day with an adverb or its party after the verb ("will meet again / online / with Mexico on …")', () => {
  const claims = (text: string) =>
    extractClaims(text, { published: '2026-07-02', calendars: DEFAULT_CALENDARS }).length;
  it.each([
    ['The group will meet again on Nov. 30.', 0],
    ['The board will meet online on Monday.', 0],
    ['The United States will meet with Mexico on July 20.', 0],
    // An outcome asserted of the meeting, or a verb that is no meeting, still calls.
    ['The United States will meet with Mexico on July 20 and agree a deal.', 1],
    ['Prices will rise again on Monday.', 1],
  ] as const)('%s', (text, n) => {
    expect(claims(text)).toBe(n);
  });
});

describe('an entry with its place in an "in" phrase before the day, or one that "commences" on it', () => {
  const claims = (text: string) => extractClaims(text, { published: '2024-07-14' }).length;
  it.each([
    ['Top Chinese officials are expected to convene in Beijing on Monday.', 0],
    ['The board will meet in New York on June 3.', 0],
    ['New Year celebrations will commence on Wednesday.', 0],
    ['The hearing commences on Thursday.', 0],
    // A month after "in" is no place, and a forecast with a place stays a call.
    ['The council will meet in March on the budget.', 1],
    ['Prices will rise in Europe on Monday.', 1],
    ['The board will meet in New York on June 3 and cut the dividend.', 1],
  ] as const)('%s', (text, n) => {
    expect(claims(text)).toBe(n);
  });
});

describe('an agenda in the future at a meeting dated in front of its noun is a calendar entry, as one "on" a day is', () => {
  const claims = (text: string) => extractClaims(text, { published: '2026-05-30' });

  it.each([
    'The Board of Trustees will consider a proposal to increase tuition at the June 16, 2026 meeting.',
    'The board will review the closure plan at its June 16 meeting.',
    'The regents will discuss the budget at their June meeting.',
    'The Board of Trustees will consider a proposal to increase in-state tuition and mandatory fees at the June 16, 2026 meeting.',
  ])('%s is no claim and gives no window', (text) => {
    expect(claims(text)).toHaveLength(0);
    expect(findWindow(text, '2026-05-30')).toBeNull();
  });

  it.each([
    // An outcome at the meeting, or one asserted later in the sentence, is a call dated by the meeting.
    ['The board will cut the budget at its June meeting.', ['2026-06-01', '2026-06-30']],
    ['The board will consider the budget at its June meeting, and we expect it to pass.', ['2026-06-01', '2026-06-30']],
  ])('%s is a claim', (text, want) => {
    expect(claims(text).map((c) => c.window && [c.window.start, c.window.end])).toEqual([want]);
  });
});

describe('an entry whose day is followed by "with" and a list of names (who takes part) is still an entry', () => {
  const claims = (text: string) => extractClaims(text, { published: '2026-07-06' }).length;

  it.each([
    'Second-quarter bank earnings start on July 14 with JPMorgan, Citi, Wells Fargo and BNY.',
    'The tournament opens on June 11 with Mexico and South Africa.',
  ])('%s is no claim', (text) => {
    expect(claims(text)).toBe(0);
  });

  it.each([
    'Bank earnings start on July 14 with JPMorgan, and profits beat estimates.',
    'Bank earnings start on July 14 with JPMorgan, Citi and Wells Fargo, and all three beat estimates.',
  ])('%s is a claim', (text) => {
    expect(claims(text)).toBe(1);
  });
});

describe('a level after a verb of closing or opening ("will close at record highs on Friday") is an outcome, no place', () => {
  const PUB = '2026-06-01';
  const dated = (text: string) =>
    extractClaims(text, { published: PUB }).map((c) => c.window && [c.window.start, c.window.end]);
  it.each([
    // A level, a price or a figure where a market closes, opens or ends is what the call says of the day …
    ['Stocks will close at record highs on Friday.', ['2026-06-05', '2026-06-05']],
    ['Brent will close at 90 on Friday.', ['2026-06-05', '2026-06-05']],
    ['Bitcoin will end at 150000 on December 31.', ['2026-12-31', '2026-12-31']],
    ['The S&P 500 will open at a discount on Monday after the tariff ruling.', ['2026-06-01', '2026-06-01']],
    ['The Nasdaq will close at its highest level on Friday.', ['2026-06-05', '2026-06-05']],
    // … and after another event a level or a bare figure is no place either.
    ['The auction will be held at a record price on Friday.', ['2026-06-05', '2026-06-05']],
    ['The index will be announced at 5,000 on Friday.', ['2026-06-05', '2026-06-05']],
  ])('%s is a call', (text, want) => {
    expect(dated(text)).toEqual([want]);
  });
  it.each([
    // An hour after a close, and a place or an hour after another event, still leave an entry.
    'The market will close at 1 p.m. on Friday.',
    'The decision will be announced at a press conference on Friday.',
    'The company will hold its results briefing at its Tokyo headquarters on Friday.',
    'The Fed will announce its decision at 2 p.m. on Wednesday.',
  ])('%s is an entry', (text) => {
    expect(dated(text)).toEqual([]);
  });
});

describe('a ruling awaited on a day may follow "is" and name the body that decides', () => {
  const published = '2023-10-04';

  it.each([
    ['A decision is expected on Oct. 19.', ['2023-10-19', '2023-10-19']],
    ['A decision is expected by the Rochester Board of Education on Oct. 19.', ['2023-10-19', '2023-10-19']],
    ['A ruling is expected by the Supreme Court on Monday.', ['2023-10-09', '2023-10-09']],
  ])('%s is no claim, dated by its day', (text, want) => {
    expect(extractClaims(text, { published })).toHaveLength(0);
    expect(win(text, published)).toEqual(want);
  });

  it.each([
    // A deadline ("by Oct. 19"), an outcome after the day, or a forecast before the ruling is a call.
    'A decision is expected by Oct. 19.',
    'A decision is expected on Oct. 19, and we expect approval.',
    'We expect approval, and a decision is expected by the Rochester Board of Education on Oct. 19.',
  ])('%s is a claim', (text) => {
    expect(extractClaims(text, { published })).toHaveLength(1);
  });
});

describe('an announcement or decision "will be made" on a day is an entry, and "tomorrow, Tuesday" is one day', () => {
  const published = '2025-03-24';

  it.each([
    ['The official announcement of the final plans will be made tomorrow, Tuesday, March 25.', '2025-03-25'],
    ['A decision on the stadium will be made on Friday.', '2025-03-28'],
    ['The vote will be held tomorrow, Tuesday.', '2025-03-25'],
  ])('%s is no claim, dated by its day', (text, day) => {
    expect(extractClaims(text, { published })).toHaveLength(0);
    expect(win(text, published)).toEqual([day, day]);
  });

  it.each([
    // Cuts made on a day are an outcome; a clause after the day asserts one.
    'Cuts will be made on Friday.',
    'The announcement will be made on Friday, and the plan will pass.',
    'The vote will be held tomorrow, and the bill will pass.',
  ])('%s is a claim', (text) => {
    expect(extractClaims(text, { published })).toHaveLength(1);
  });
});

describe('after a past verb of saying, "would" is the reported "will" of a calendar entry', () => {
  const published = '2022-06-06';

  it.each([
    "The U.S. Federal Reserve announced on Monday it would publish the results of its annual stress test of the nation's largest banks on June 23.",
    'The Fed said the committee would meet on June 23.',
  ])('%s is no claim, dated by its day', (text) => {
    expect(extractClaims(text, { published })).toHaveLength(0);
    expect(win(text, published)).toEqual(['2022-06-23', '2022-06-23']);
  });

  it.each([
    // The reported "would" of an outcome is a call; "would" with no saying before it is no entry.
    'The Fed said it would cut rates on June 23.',
    'The Fed said the committee would meet on June 23 and raise rates.',
  ])('%s is a claim', (text) => {
    expect(extractClaims(text, { published })).toHaveLength(1);
  });
});

describe('a rule taking effect in more wording: "becomes (fully) effective", "applies to … from", "start applying"', () => {
  windowsByDate([
    // A rule's first day stated in the present is its schedule, whatever the verb …
    ['The enforcement powers become fully effective on August 2, 2026.', '2026-05-01', null],
    ['The new code becomes applicable from 1 March.', '2026-01-05', null],
    ['The design obligations apply to new devices from 12 September 2026.', '2026-01-05', null],
    [
      'The timeline says the rules for models started applying on August 2, 2025, and the main rules for high-risk ' +
        'systems start applying on August 2, 2026.',
      '2025-10-15',
      null,
    ],
    // … but a forecast of it is a forecast, another clause keeps its own date, and other objects of "start" or
    // "apply to" are no rule's start.
    ['The rules will become effective on August 2, 2026.', '2025-10-15', ['2026-08-02', '2026-08-02']],
    [
      'The code becomes applicable from 1 March, and we expect fines by June.',
      '2026-01-05',
      ['2026-01-05', '2026-06-30'],
    ],
    ['Prices become cheaper in August.', '2026-01-05', ['2026-08-01', '2026-08-31']],
    ['Sales start applying pressure on margins in March.', '2026-01-05', ['2026-03-01', '2026-03-31']],
    ['The ban applies to imports from Russia, and prices rise in 2027.', '2026-01-05', ['2027-01-01', '2027-12-31']],
  ]);
});

describe('more entries: "the week of <day>", a list of names, a title before a colon, a bare day after the passive', () => {
  const entry = (text: string) => expect(isClaimSentence(text), text).toBe(false);
  const call = (text: string) => expect(isClaimSentence(text), text).toBe(true);

  it('"the week of <day>" is an entry\'s day, and names joined by commas and "and" are a plural subject', () => {
    entry('Truist, Citizens and KeyCorp report the week of July 20.');
    entry('The committee will meet the week of July 20.');
    entry('Goldman and Morgan Stanley report on July 14.');
    // Counter-cases: an outcome in the week, and a same-form verb with an object after the names, are calls.
    call('Prices will rise the week of July 20.');
    call('Truist and KeyCorp beat estimates the week of July 20.');
    call('Rates rise in June, and KeyCorp reports on July 20.');
  });

  it('a subject opening with a plural noun and its "for / of" phrase is plural, whatever noun ends the phrase', () => {
    entry('Applications for tickets for the 2026 World Cup open Sept. 10, FIFA said.');
    entry('Ticket applications for the 2026 World Cup open Sept. 10.');
    // Counter-cases: another verb is an outcome, and an entry after a forecast leaves the forecast a call.
    call('Sales of the iPhone 17 rise on Friday.');
    call('Prices rise in June, and applications for visas open on July 1.');
  });

  it('a date or occasion that "falls on" a day is the calendar, also after a clause of the past joined by ", and"', () => {
    entry(
      'Samsung has finally announced the date of its next big foldable Unpacked event, and it falls on July 26 as expected.',
    );
    entry('The deadline falls on March 6.');
    entry('Inflation has cooled, and the Fed meets on March 18.');
    // Counter-cases: a price that falls is a move, and an outcome after the entry or in the conjunct is a call.
    call('It falls on Friday, and prices will jump.');
    call('Inflation has cooled, and the Fed will cut on March 18.');
    call('Inflation has cooled, and prices will fall on March 18.');
  });

  it('a short title before a colon opening the sentence leaves the entry after it an entry', () => {
    entry('Trade shows: Computex runs June 2–5 in Taipei.');
    entry('Earnings: Nvidia reports on Wednesday.');
    // Counter-cases: a call after the title, and a name with a colon before a glued sentence that calls.
    call('Trade shows: Computex attendance will double by June.');
    call('Avengers: Doomsday opens on December 18.The film crosses $1bn worldwide by mid-January');
  });

  it('a participle that places the entry in a sequence (", marking the start of …") asserts no outcome of it', () => {
    entry(
      'FIFA has announced that ticket applications for the 2026 World Cup in North America will open on 10 September 2025, marking the start of what is expected to be a complex and heavily commercialised sales process for the expanded 48-team tournament.',
    );
    entry('The Fed will meet on September 17, setting the stage for a cut.');
    // Counter-cases: a participle with an outcome, or with a date of its own, is a call.
    call('Ticket applications will open on 10 September 2025, sending resale prices higher.');
    call('The Fed will meet on September 17, setting rates lower.');
    // The desk's own call on what the sequence brings is a call; a description of it is not.
    call('The auction opens on Monday, kicking off what we expect to be a bidding war.');
    // A level after the entry's verb is its outcome: "closes above 7,000 on Friday" is a call.
    call('The S&P closes above 7,000 on Friday.');
    call('Nvidia reports on Wednesday and beats handily.');
    entry('The auction opens on Monday, kicking off what is expected to be a bidding war.');
    call('Ticket applications will open on 10 September 2025, marking the start of a sales process that ends in 2026.');
  });

  it('", and" with a perfect (also of a same-form verb) or a second entry of its own leaves an entry', () => {
    entry('WWDC runs from June 8 to June 12, and Apple has already put the Monday keynote on its developer site.');
    entry(
      'Looking at confirmed decisions, UC Santa Barbara announced their decisions would be released March 18, and UC Berkeley announced their decisions will be out March 27.',
    );
    entry('The results will be released March 18.');
    entry('The results will be out March 27.');
    // Counter-cases: a conjunct that forecasts, and "out" before no day.
    call('WWDC runs from June 8 to June 12, and Apple will show the new Siri.');
    call('The results will be released March 18, and Harvard will cut its intake.');
    call('Rates will be out of reach by March 27.');
    // A person out on a day leaves: an outcome, not data released.
    call('Sources say the CEO will be out March 31.');
    call('The coach will be out March 31.');
    call('Looking ahead, we expect the Fed to cut on June 17.');
  });
});

describe('the general shape of an entry: an occurrence, a day, and no measurable outcome asserted', () => {
  const entry = (text: string) => expect(isClaimSentence(text), text).toBe(false);
  const call = (text: string) => expect(isClaimSentence(text), text).toBe(true);

  it('other verbs of occurrence, with a place, an hour or a span before or after the day', () => {
    entry('The regional board convenes at noon tomorrow for its budget session and at 3 p.m. for public comment.');
    entry('The Kentucky Derby is staged at 6.57pm on Saturday (May 2) before a full house at Churchill Downs.');
    entry(
      'The Giro starts in Turin on 9 May, includes two time trials and a stage on the Stelvio, and concludes in Rome.',
    );
    entry('The Ashes Test is played at Lord’s from Thursday, July 16 to Monday, July 20.');
    entry('The fishing season runs from 3 to 18 September this year, and the harbour is closed on Sundays.');
    // Counter-cases: an outcome, a level or an amount beside the same occurrence is a call.
    call('The Giro starts in Turin on 9 May and Pogacar wins it by three minutes.');
    call('The fishing season runs from 3 to 18 September, and catches fall 20% on last year.');
    call('The board convenes on Thursday and cuts the levy by 5%.');
  });

  it('a day or occasion that falls on or is a day, and a window for submissions open through a day', () => {
    entry('This year the filing deadline for amended returns falls on April 15th.');
    entry('Kickoff to the 2027 season arrives Thursday night and fans are counting the hours.');
    call('Kickoff to the 2027 season arrives Thursday night and ratings jump 10%.');
    entry('The Mid-Autumn Festival, or the Moon Festival, falls on Oct 6 this year.');
    entry('The league’s trade deadline is at 3 p.m. ET on February 5 this year, and rosters are thin.');
    entry('Next Monday, March 2, is the last day of the session and the deadline for bills to clear committee.');
    entry('The agency is accepting applications through Mar. 14 on the revised grant rules.');
    // Counter-cases: a price that falls on a day moves, and a deadline met by a day is a call.
    call('Brent falls on Friday below $60.');
    call('The agency will approve the grants by Mar. 14.');
  });

  it('"there will be", "will have a <event>", "will convene a hearing", a sitting expected on a day', () => {
    entry('There will be a Committee of the whole Assembly on 12th March.');
    entry('There will be no votes Friday so that members can travel to the funeral.');
    entry('The premier announced that we will have a General Election on 7 May.');
    entry('On Wednesday, the Senate Banking Committee will convene a hearing on housing finance.');
    entry(
      'Party leaders are expected to convene in Hanoi on Monday for the congress, a gathering where they will discuss the leadership.',
    );
    // Counter-cases: an outcome after the event, a deal expected to close, a deadline.
    call('There will be a Committee vote on 12th March, and the bill will pass easily.');
    call('The merger is expected to close on or about March 31 2027.');
    call('The board is expected to vote on the plan by Nov. 13.');
  });

  it('an entry followed by a participle or an appositive of no date and no outcome', () => {
    entry('Spring celebrations will commence on Friday, heralding the year of the horse.');
    call('Spring celebrations will commence on Friday, lifting retail sales 8% in the week.');
  });

  it('a clause of the past before ";" and a calendar line of entries with "w/c"', () => {
    entry('The transition period ended on 31 December; allowance sales open on 1 March 2027.');
    entry(
      'Our calendar: the working party meets w/c 12 January, the committee votes w/c 16 February, and the Council sits on 3rd March.',
    );
  });

  it('an action on an object and an occurrence in a relative clause are no entries', () => {
    call('Acme will close its Ohio plant on Friday, October 28.');
    call('Economists predict growth of 2.3 percent for the quarter, which ends this week.');
    call('Tesla will launch the robotaxi in June.');
    call('The ECB meets on Thursday and cuts by 50bp.');
  });

  it('a future entry of the general shape keeps its day as its window', () => {
    expect(win('The regional board will convene at noon tomorrow for its budget session.', P)).toEqual([
      '2026-02-10',
      '2026-02-10',
    ]);
  });
});

describe('an entry with its outcome: an infinitive after the event verb, a joined verb that is no occurrence or agenda', () => {
  const entry = (text: string) => expect(isClaimSentence(text), text).toBe(false);
  const call = (text: string) => expect(isClaimSentence(text), text).toBe(true);

  it('"will vote to pass / repeal / confirm / approve" states the vote\'s outcome', () => {
    call('The Senate will vote to pass the bill on Friday.');
    call('The House will vote to repeal the tariffs on Friday.');
    call('The Senate will vote to confirm Warsh on Tuesday.');
    call('The board will vote on Friday to approve the merger.');
    // Counter-cases: an infinitive of the event's business, or after a noun, names no outcome.
    entry('The council will meet on Friday to discuss the budget.');
    entry('There will be no votes Friday so that members can travel to the funeral.');
  });

  it('"and will hold rates", "and confirms", "and last a week": a joined verb outside the occurrence and agenda verbs', () => {
    call('The ECB meets on Thursday and will hold rates.');
    call('The Fed meets on Wednesday and will hold rates steady.');
    call('The Senate votes on Tuesday and confirms Warsh as Fed chair.');
    call('The strike will start on Monday and last a week.');
    // Counter-cases: "hold" / "have" before an event noun, and joined verbs of the event's business or occurrence.
    entry('The committee meets on Tuesday and will hold a hearing on the bill.');
    entry('The council meets on April 16 and votes on the budget.');
    entry('The fishing season runs from 3 to 18 September this year, and the harbour is closed on Sundays.');
    entry('Kickoff to the 2027 season arrives Thursday night and millions of fans are counting the hours.');
  });

  it("a present verb of the meeting's business joined after its day is no outcome", () => {
    const claims = (text: string) => extractClaims(text, { published: '2026-03-02' }).length;
    expect(claims('The ECB meets on Thursday and publishes new staff forecasts.')).toBe(0);
    expect(claims('The Senate meets on Monday and takes up the funding bill.')).toBe(0);
    // Counter-case: a joined change verb is the outcome.
    expect(claims('The ECB meets on Thursday and cuts by 50bp.')).toBe(1);
  });
});

describe('a hold that keeps its object at a level ("holds rates at 4%", "holds rates steady") is an outcome, no event held', () => {
  const at = '2026-12-07';
  it.each([
    ['We think the Fed holds rates at 4% on December 9.', ['2026-12-09', '2026-12-09']],
    [
      'The Centre holds the FY2027-28 fiscal deficit target at 4.0% of GDP in the Budget on 1 February.',
      ['2027-02-01', '2027-02-01'],
    ],
    ['The Fed holds rates steady on December 9.', ['2026-12-09', '2026-12-09']],
  ] as const)('%s', (text, want) => {
    expect(extractClaims(text, { published: at }).map((c) => c.window && [c.window.start, c.window.end])).toEqual([
      want,
    ]);
  });
  it.each([
    // … while a meeting, a hearing or a vote held on a day, even at a clock time, stays an entry.
    'The FOMC holds its meeting on December 9.',
    'The committee holds a hearing on March 3.',
    'The city holds its vote at 7pm on December 9.',
  ])('%s', (text) => {
    expect(extractClaims(text, { published: at })).toEqual([]);
  });
});

describe('a day and its place with no verb list when and where something is held', () => {
  const texts = (issue: string) => extractClaims(issue, { published: '2026-12-07' }).map((c) => c.text);
  it('drops "Dec. 19 in Eugene." and keeps the call beside it', () => {
    const issue = [
      '## Playoff picks',
      '',
      '- **Texas at Oregon** — Dec. 19 in Eugene. Oregon wins on Dec. 19 by a touchdown, per @duckdata.',
      '- **Ohio State** — Jan. 1 at the Rose Bowl.',
      '- **Miami** — Dec. 20, Miami Gardens.',
      // Counter-cases: words of the day's own, or a clause after the place, make a call.
      '- **Georgia** — Dec. 19 in style.',
      '- **Clemson** — Dec. 19 in Eugene, Oregon wins.',
    ].join('\n');
    expect(texts(issue)).toEqual([
      'Oregon wins on Dec. 19 by a touchdown, per @duckdata.',
      'Dec. 19 in style.',
      'Dec. 19 in Eugene, Oregon wins.',
    ]);
  });
});

describe('a thing revealed on its day is made public then, an entry as "announced" is', () => {
  const claims = (text: string, published: string) => extractClaims(text, { published }).length;
  it.each([
    ['The field of 68 is revealed on Selection Sunday, March 14.', '2026-12-07', ['2027-03-14', '2027-03-14']],
    ['The bracket will be revealed on March 14.', '2026-12-07', ['2027-03-14', '2027-03-14']],
  ])('%s is no claim, dated by its day (published %s)', (text, published, want) => {
    expect(claims(text, published)).toBe(0);
    expect(win(text, published)).toEqual(want);
  });
  it.each([
    // An outcome of the reveal is a call.
    ['The field is revealed on March 14, and Houston gets a No. 1 seed.', '2026-12-07'],
    ['Apple reveals a foldable iPhone on September 9.', '2026-12-07'],
  ])('%s is a claim (published %s)', (text, published) => {
    expect(claims(text, published)).toBe(1);
  });
});
