import { describe, expect, it } from 'vitest';
import { DEFAULT_CALENDARS, extractClaims, findWindow } from '../../../../src/ingest/index.js';
import { win, windowPairTable, windowTable, windowTableByDate, windows, windowsByDate } from '../helpers.js';

// Past and present states: a sentence that reports what happened, or what holds now, is no forecast (TIME-WINDOWS.md rule 7, "Not windows").

// The publication date the pair tables' rows are labelled for.
const P = '2026-02-09';

windowTable([
  [
    'Not windows: past and present states wherever the verb stands; names that only look like dates',
    [
      ['The Q3 report showed weak demand, but sales will recover by 2027.', '2026-02-09', '2027-12-31'],
      ['For the first time in 10 years, the company will cut its dividend this quarter.', '2026-02-09', '2026-03-31'],
      ['The Q4 figures beat estimates; management expects growth to slow in H2.', '2026-07-01', '2026-12-31'],
      ['Sales have grown every year since 2019 and will keep growing through 2027.', '2026-02-09', '2027-12-31'],
      ['Inventories are back at 2022 levels, and prices will fall in Q2.', '2026-04-01', '2026-06-30'],
      ["The bank's 2027 forecast looks too rosy.", null],
      ['The September jobs report will show a slowdown.', null],
      ['The next halving in 2028 will lift prices.', null],
      ['The 2027 model year trucks get a new engine.', null],
    ],
  ],
  [
    'Not windows, past states: a participle used as an adjective does not make the sentence past',
    [
      ['The bill signed by the governor will take effect in July.', '2026-07-01', '2026-07-31'],
      ['The long-delayed bridge will finally open in the fall.', '2026-09-01', '2026-11-30'],
      ['Recently listed shares will rally by June, brokers say.', '2026-02-09', '2026-06-30'],
      ['The not yet approved drug will launch in early 2027.', '2027-01-01', '2027-04-30'],
      ["The newly expanded plant won't be profitable until 2028.", '2028-01-01', '2028-12-31'],
    ],
  ],
  [
    'Not windows, present states: a present-tense clause describes a period already under way; a later period is a forecast',
    [
      ['Markets are pricing two cuts in 2026.', null],
      ['Inflation is running hot this quarter.', null],
      ['Demand remains weak this year.', null],
      ['TSMC is the most valuable chipmaker in 2026.', null],
      ['The third quarter is the trough for margins.', '2026-07-01', '2026-09-30'],
      ['Rates are heading to 3% by year-end.', '2026-02-09', '2026-12-31'],
      ['Spending is up 5% so far this year and will slow in the second half.', '2026-07-01', '2026-12-31'],
    ],
  ],
  [
    'Not windows, past states: an expectation held in the past ("was expected to") is not a forecast',
    [
      ['The mall was expected to open in the fall of 2026.', null],
      ['Initially, it was expected that the strike would end in March.', null],
      [
        'The mall, which was expected to open last year, will now open in the fall of 2026.',
        '2026-09-01',
        '2026-11-30',
      ],
    ],
  ],
  [
    'Not windows, past states wherever the verb stands: a past verb moving to a figure ("climbed to 2.1 million")',
    [['Output climbed to 2.1 million barrels in December, and OPEC sees it flat by June.', '2026-02-09', '2026-06-30']],
  ],
  [
    'Not windows, past states: a relative clause in the past ends at the comma before the main verb',
    [['Rents, which surged 9% in November, will cool in the spring.', '2026-03-01', '2026-05-31']],
  ],
  [
    'Not windows: a participle used as an adjective ("a newly redesigned model") does not make the sentence past',
    [['A newly redesigned model ships in early 2027.', '2027-01-01', '2027-04-30']],
  ],
  [
    'Not windows, past states: "unchanged" is an adjective, not a past verb',
    [['The bank will leave rates unchanged in April.', '2026-04-01', '2026-04-30']],
  ],
]);

windowTableByDate([
  [
    'Not windows (past states): a participle keeps its own date even with its agent in between',
    [
      [
        'Economists polled by Reuters in early January expect two cuts in H2.',
        '2026-02-09',
        '2026-07-01',
        '2026-12-31',
      ],
      [
        'Analysts surveyed by the bank between January 12-16 see the plant opening in 2027.',
        '2026-02-09',
        '2027-01-01',
        '2027-12-31',
      ],
      // A date counted back from the issue after the agent is the participle's too ("released by … this week").
      [
        'The latest NFL odds released by William Hill this week are the first since the NFL Draft concluded on April 29.',
        '2017-05-05',
        null,
      ],
      ['Odds released by William Hill this week rise again in March.', '2026-02-09', '2026-03-01', '2026-03-31'],
      // Counter-case: a date after the clause's own verb is the forecast's.
      ['The plan backed by the board will pass this week.', '2026-02-09', '2026-02-09', '2026-02-15'],
    ],
  ],
  [
    'Not windows (past states): "U.S." does not end the clause that states the past',
    [
      [
        'The storm has pushed the U.S. economy into contraction in the first half, but growth returns in the second half.',
        '2026-02-09',
        '2026-07-01',
        '2026-12-31',
      ],
    ],
  ],
  [
    'Not windows (past states): a relative clause in the past, whatever preposition follows its verb',
    [
      [
        'Inflation, which peaked at 9% in January, will ease to 3% by December.',
        '2026-02-09',
        '2026-02-09',
        '2026-12-31',
      ],
    ],
  ],
  [
    'Not windows (past states): a purpose infinitive after a past main clause looks ahead',
    [
      ['The agency skipped Monday to prepare a second attempt for Thursday.', '2026-02-09', '2026-02-12', '2026-02-12'],
      ['Shares fell 3% on Monday to close at a record on Friday.', '2026-02-09', null],
      ['NASA has pushed the landing to mid-2028.', '2026-02-09', null],
    ],
  ],
  [
    'Not windows (past states): a finite expectation dated right after its verb was held then',
    [
      ['Growth is now well below what the OBR expected in March.', '2026-05-21', null],
      ['The IMF expected in January that rates would fall by December.', '2026-02-09', '2026-02-09', '2026-12-31'],
    ],
  ],
  [
    'Not windows (past states): a parenthetical aside does not end the clause that states the past',
    [['The firm posted a $114 million (£97 million) loss during its first quarter.', '2026-06-15', null]],
  ],
  [
    'Words ending in "-ed" that are no past tense ("Indeed", "exceed") do not make a clause past',
    [
      ['Indeed listings climb 4% by the end of June.', '2026-02-09', '2026-02-09', '2026-06-30'],
      ['Exports exceed imports in the third quarter.', '2026-02-09', '2026-07-01', '2026-09-30'],
    ],
  ],
  [
    'A participle used as an adjective does not make the sentence past: "deals announced there signal …"',
    [
      ['Deals announced there signal a rebound by the third quarter.', '2026-02-09', '2026-02-09', '2026-09-30'],
      ['Retailers announced store closures top 3,000 by April.', '2026-02-09', '2026-02-09', '2026-04-30'],
    ],
  ],
  [
    'Not windows (plans): a plan named by its participle ("planned by August") dates only what nothing else dates',
    [
      [
        'The chain will open 12 stores by May, with more openings planned by August.',
        '2026-02-09',
        '2026-02-09',
        '2026-05-31',
      ],
    ],
  ],
  [
    'A participle used as an adjective (after a quantifier or possessive) does not make the clause past',
    [
      ['Any retired coal plant reopens before the end of 2027.', '2026-02-09', '2026-02-09', '2027-12-31'],
      ['Each closed store reopens by the end of Q3.', '2026-02-09', '2026-02-09', '2026-09-30'],
    ],
  ],
]);

windowPairTable([
  [
    'A participle closing a hyphenated compound or set off by commas before its verb is an adjective; what is awaited lies ahead',
    [
      ['The coal-fired plant closes by 2028.', P, '2028-12-31'],
      ['The retinal-focused biotech is awaiting results in CY26.', P, '2026-12-31'],
      ['The new analysis, released today, shows that coal output halves by 2030.', P, '2030-12-31'],
    ],
  ],
  [
    'Not windows: the past wherever it stands — a month "last year", a verb whose past is its base form',
    [
      ['Sales recovered from the low they set in December last year.', null],
      ['The central bank cut in January.', null],
      ['We expect a rate cut in March.', '2026-03-01', '2026-03-31'],
    ],
  ],
  [
    'Not the past: a finding reported in the present ("the survey found 60% of builders are …")',
    [['The survey found 60% of builders are planning price cuts by June.', P, '2026-06-30']],
  ],
  [
    'Not windows (past states): a level verb\'s past before "at" ("peaked at 71%") is the past, its date too',
    [['Snowpack across the basin peaked at 71% of median on February 1.', null]],
  ],
]);

describe('a past result written with a verb whose past is its base form (rule 7, "Not windows": past states)', () => {
  const PUB = '2026-03-10';
  const win = (text: string) => {
    const w = findWindow(text, PUB, { calendars: DEFAULT_CALENDARS });
    return w && [w.start, w.end];
  };

  it.each([
    // A singular subject opening its clause (a name, or "the" and its noun), then the verb's object or its date: the
    // present would read "cuts", so the verb is the past and its date looks back …
    ['The Fed cut rates in December and will cut again in June.', ['2026-06-01', '2026-06-30']],
    ['The ECB cut in January, and we expect another cut in April.', ['2026-04-01', '2026-04-30']],
    ['Gold hit a record in January and will top $5,000 by year-end.', ['2026-03-10', '2026-12-31']],
    [
      'Microsoft beat in the December quarter; Azure will accelerate in the June quarter.',
      ['2026-04-01', '2026-06-30'],
    ],
    ['The ECB cut rates in January.', null],
    ['Brent hit $90 in January.', null],
    ['Nvidia beat estimates in the fourth quarter.', null],
    ['The strike cost GM $2 billion in the fourth quarter.', null],
    // … and such a participle after a plural noun, with its date and then the clause's verb, describes the subject.
    ['Rates cut in December feed through to housing by the spring.', ['2026-03-10', '2026-05-31']],
    // Counter-cases: the noun ("a Fed cut", "another beat", "the first cut"), the present, a plural subject (the
    // present as well), a compound's noun before the clause's verb, and the future are read as before.
    ['We expect a Fed cut in June.', ['2026-06-01', '2026-06-30']],
    ['Expect another beat in the June quarter.', ['2026-04-01', '2026-06-30']],
    ['The first cut comes in June.', ['2026-06-01', '2026-06-30']],
    ['The Fed cuts rates in June.', ['2026-06-01', '2026-06-30']],
    ['Central banks cut rates in June.', ['2026-06-01', '2026-06-30']],
    ['Energy cost inflation eases by June.', ['2026-03-10', '2026-06-30']],
    ['Gold will hit a record in June.', ['2026-06-01', '2026-06-30']],
    ['Apple will beat estimates in the June quarter.', ['2026-04-01', '2026-06-30']],
  ] as const)('%s', (text, expected) => {
    expect(win(text)).toEqual(expected);
  });
});

describe('a past verb, "to" and a noun state where a thing went (rule 7, "Not windows": past states)', () => {
  const PUB = '2026-03-10';
  const win = (text: string) => {
    const w = findWindow(text, PUB, { calendars: DEFAULT_CALENDARS });
    return w && [w.start, w.end];
  };

  it.each([
    // A plural noun, a name or a rating after "to" is the destination of a past verb, not a purpose infinitive
    // that looks ahead; a verb of guidance dates itself, as "said in April" does …
    ['Intel lost share to rivals in the fourth quarter.', null],
    ['Pfizer sold the unit to Blackstone in February.', null],
    ['Analysts upgraded the stock to buy in January.', null],
    ['Spending shifted to services in January.', null],
    ['Buyers switched to hybrids in the fourth quarter.', null],
    ['Investors shifted to bonds in February, and equities will lag through June.', ['2026-03-10', '2026-06-30']],
    ['The company guided in February to revenue growth of 10% in 2026.', ['2026-03-10', '2026-12-31']],
    // … while a purpose, a gerund's own phrase, the present and the future still look ahead.
    ['Ford hired a firm to build the plant by 2028.', ['2026-03-10', '2028-12-31']],
    ['The company raised $5 billion to fund expansion in 2027.', ['2027-01-01', '2027-12-31']],
    ['The board met to discuss the plan in June.', ['2026-06-01', '2026-06-30']],
    [
      'Airbus maintained its goal of delivering 720 planes to airlines by the end of the year.',
      ['2026-03-10', '2026-12-31'],
    ],
    ['Spending shifts to services in June.', ['2026-06-01', '2026-06-30']],
    ['Analysts expect Pfizer to sell the unit to Blackstone in June.', ['2026-06-01', '2026-06-30']],
  ] as const)('%s', (text, expected) => {
    expect(win(text)).toEqual(expected);
  });
});

describe('an "-ed" participle opening its clause before a present-tense verb is an adjective ("Not windows")', () => {
  const PUB = '2026-03-10';
  const win = (text: string) => {
    const w = findWindow(text, PUB, { calendars: DEFAULT_CALENDARS });
    return w && [w.start, w.end];
  };
  const claims = (text: string) => extractClaims(text, { published: PUB, calendars: DEFAULT_CALENDARS }).length;

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

describe('a hyphenated name is no past form before its date (rule 7: past states)', () => {
  const PUB = '2026-03-10';
  const win = (text: string) => {
    const w = findWindow(text, PUB, { calendars: DEFAULT_CALENDARS });
    return w && [w.start, w.end];
  };

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

describe('tense ("Not windows": a participle used as an adjective does not make the clause past)', () => {
  it.each([
    // A participle between an owned count and its noun qualifies the noun …
    ["Hiring in 2027 replaces the sector's 40,000 furloughed workers.", '2026-03-02', ['2027-01-01', '2027-12-31']],
    ["The chain's 12 shuttered stores reopen by June.", '2026-03-02', ['2026-03-02', '2026-06-30']],
    // … while a bare count still counts what happened.
    ['Small lenders keep failing; 9 announced closures this year.', '2026-03-02', null],
  ])('%s (published %s)', (text, published, want) => {
    expect(win(text, published)).toEqual(want);
  });
});

describe('descriptions of the past are not claims (TIME-WINDOWS.md, "What counts as a claim")', () => {
  const issue = (line: string) => `What's Moving\n- Grid — ${line} (via @gridwonk)\n`;

  it.each([
    'Palisades resumed operations in December.',
    'The utility announced a 2 GW order in March.',
    'Regulators approved the merger in Q3 2025.',
  ])('%s', (line) => {
    expect(extractClaims(issue(line), { published: '2026-01-15' })).toEqual([]);
  });

  it.each([
    ['A restart is announced within the next 18 months.', '2027-07-15'],
    ['Two more deals get approved by Q4 2026.', '2026-12-31'],
  ])('a passive future with the same verb still counts: %s', (line, end) => {
    const [claim] = extractClaims(issue(line), { published: '2026-01-15' });
    expect(claim?.window?.end).toBe(end);
    expect(claim?.sources).toEqual(['@gridwonk']);
  });
});

describe('a span set off after "have been announced" is the schedule announced, not a forecast', () => {
  it.each([
    ['Dates for all 380 matches have been announced, from August 16, 2025, to May 24, 2026.', null, false],
    ['The fixtures have been published, from August 16 to May 24, for all twenty clubs.', null, false],
    // A later clause with its own forecast, a span with no comma before it, and a forecast of a range keep theirs.
    ['The results have been announced, and prices will rise in June.', ['2025-06-18', '2025-06-30'], true],
    ['Dates have been announced for a vote in March, which we expect to pass.', ['2026-03-01', '2026-03-31'], true],
    ['Prices will rise from June to August, analysts said.', ['2025-06-18', '2025-08-31'], true],
  ] as const)('%s', (text, want, claim) => {
    expect(win(text, '2025-06-18')).toEqual(want);
    expect(extractClaims(text, { published: '2025-06-18' }).length > 0).toBe(claim);
  });
});

describe('a pause already made that runs "until" a later day is a schedule, not a deadline', () => {
  it.each([
    ["Yesterday, after completing the day's business, lawmakers recessed until June 12.", null, false],
    ['The court adjourned until June 12.', null, false],
    // A pause still to come, a state that lasts until the day, and a forecast in another clause keep their dates.
    ['Lawmakers will recess until June 12.', ['2025-05-15', '2025-06-12'], true],
    ['The plant stays closed until June 12.', ['2025-05-15', '2025-06-12'], true],
    ['The plant remained shut until June 12, and output will recover by August.', ['2025-05-15', '2025-08-31'], true],
  ] as const)('%s', (text, want, claim) => {
    expect(win(text, '2025-05-15')).toEqual(want);
    expect(extractClaims(text, { published: '2025-05-15' }).length > 0).toBe(claim);
  });
});

describe('a postponement a past cause already brought about ("have caused Toyota to delay … to June 2026") is the current plan', () => {
  it.each([
    ['Supply issues have caused Toyota to delay the start of EV production by six months to around June 2026.', null],
    ['Supply issues forced Toyota to delay production to June 2026.', null],
    // A cause still to come, a forecast of the cause, and another verb keep the date.
    ['Supply issues will force Toyota to delay production to June 2026.', ['2026-06-01', '2026-06-30']],
    ['We expect tariffs to cause Toyota to delay production to June 2026.', ['2026-06-01', '2026-06-30']],
    ['Supply issues have caused Toyota to cut output, and sales will fall in June.', ['2024-06-01', '2024-06-30']],
  ] as const)('%s', (text, want) => {
    expect(win(text, '2024-04-25')).toEqual(want);
  });
});

describe('an initialism\'s full stops ("U.S.", "U.K.", "p.m.") end no clause: the clause reads on across them', () => {
  it.each([
    ['Supply issues have caused Toyota to delay EV production in the U.S. by six months to around June 2026.', null],
    ['Costs have forced Nissan to postpone output in the U.K. to March 2027.', null],
    // The same sentences with a cause still to come keep their dates.
    [
      'Supply issues will force Toyota to delay EV production in the U.S. by six months to around June 2026.',
      ['2026-06-01', '2026-06-30'],
    ],
    ['Costs will force Nissan to postpone output in the U.K. to March 2027.', ['2027-03-01', '2027-03-31']],
  ] as const)('%s', (text, want) => {
    expect(win(text, '2024-04-25')).toEqual(want);
  });
});

describe('past and present states in more wording (rule 7 and "Not windows", by analogy)', () => {
  windows([
    // A participle before its noun, with a present verb a few words on, is an adjective ("managed travel spend grows").
    ['managed hotel spend still grows 4% over the next 12 months', '2027-05-03', ['2027-05-03', '2028-05-03']],
    ['the LME registered stocks keep falling through July', '2027-05-03', ['2027-05-03', '2027-07-31']],
    ['Budgets were cut in March.', '2027-05-03', null],
    // A verb whose past is its base form, after "is" / "are", is the present passive, not the past.
    ['Grants are cut in at least ten counties by the end of next year.', '2027-05-03', ['2027-05-03', '2028-12-31']],
    ['Grants were cut in March.', '2027-05-03', null],
    // A forecasting participle dates the forecast ("another cut projected in 2028") …
    ['Output falls this year, with another cut projected in 2028.', '2027-05-03', ['2027-05-03', '2028-12-31']],
    // … but measured against ("than projected in January") or after a figure it is the earlier forecast's date.
    [
      'The deficit will reach $1 trillion in 2027, less than projected in January.',
      '2027-05-03',
      ['2027-05-03', '2027-12-31'],
    ],
    [
      'Joblessness climbs to 5% in the fourth quarter, up from the 4.6% projected in April.',
      '2027-05-03',
      ['2027-10-01', '2027-12-31'],
    ],
    // A forecast's movement reported in the past passive is a forecast; an expectation held then is not.
    [
      'The cotton crop in 2028/29 was forecast to climb to 15 million bales.',
      '2027-05-03',
      ['2028-01-01', '2029-12-31'],
    ],
    ['The terminal was expected to open in 2028.', '2027-05-03', null],
    // "had" before a determiner is the past of "have": the period after it looks back.
    ['The port had its busiest month this spring.', '2027-10-04', null],
    ['The port will have its busiest month next spring.', '2027-10-04', ['2028-03-01', '2028-05-31']],
    // A word closing a hyphenated compound is no verb: "showed year-end stocks" is still the past.
    ['The June quarter CPI showed trimmed-mean inflation at 2.6%.', '2027-10-04', null],
    [
      'The survey shows stocks will reach 2.1 million tonnes in the June quarter.',
      '2027-10-04',
      ['2028-04-01', '2028-06-30'],
    ],
    // A participle after a determiner's ordinal is an adjective, not the past.
    [
      'The agency issues its first unredacted audit report in the next two weeks.',
      '2027-10-04',
      ['2027-10-04', '2027-10-18'],
    ],
    ['The agency redacted its audit report in the next two weeks.', '2027-10-04', null],
    // Irregular pasts ("underwent", "withdrew") put the clause in the past.
    ['The pitcher underwent elbow surgery in mid-September.', '2027-10-04', null],
    ['The pitcher undergoes elbow surgery in mid-October.', '2027-10-04', ['2027-10-11', '2027-10-20']],
    // A plan held then ("was set to open in December") is the past; "is set to" still forecasts.
    ['Fares were set to rise in December.', '2027-10-04', null],
    ['Fares are set to rise in December.', '2027-10-04', ['2027-12-01', '2027-12-31']],
    // A forecaster's past verb with its object reports the forecast; an old poll dated before the verb does not.
    ['Nomura predicted a further cut in November.', '2027-10-04', ['2027-11-01', '2027-11-30']],
    ['The previous poll in early September predicted a cut in the fourth quarter.', '2027-10-04', null],
    // "were seen ending / rising" reports a forecast of a movement (and "ending 2028 at X" is Dec 31).
    ['Wheat prices were seen ending 2028 at $6 a bushel.', '2027-10-04', ['2028-12-31', '2028-12-31']],
    ['The crop was seen rising in 2028/29.', '2027-10-04', ['2028-01-01', '2029-12-31']],
    ['The minister was seen leaving in September.', '2027-10-04', null],
    // A present perfect denied ("has not confirmed") states the present, as "has not yet" already did.
    ['The company has not confirmed growth for 2028.', '2027-10-04', null],
    ['The ministry has not yet approved spending for 2028.', '2027-10-04', null],
    ['The company will not confirm growth before 2028.', '2027-10-04', ['2028-01-01', '2028-12-31']],
    // The progressive of an arrival is an arranged future, not the present described.
    ['The new terminal is coming online in 2027, a year late.', '2027-03-02', ['2027-03-02', '2027-12-31']],
    ['Markets are pricing two cuts in 2027.', '2027-03-02', null],
    // A forecast's figure reported in the past passive is still a forecast of the period it measures.
    [
      'Soybean crush in the 2028 marketing year was projected at 2.4 billion bushels.',
      '2027-06-01',
      ['2028-01-01', '2028-12-31'],
    ],
    ['Wheat exports for 2028 were forecast at $7 billion.', '2027-06-01', ['2028-01-01', '2028-12-31']],
    // An estimate measures, and an expectation held then is past.
    ['The deficit was estimated at 4.1% on May 20.', '2027-06-01', null],
    ['The plant was expected to open in 2028.', '2027-06-01', null],
  ]);
  windowsByDate([
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
    // A verb whose past is its base form ("cut", "hit") with an object right after its singular subject is finite,
    // so it is the past: the present would read "cuts", "hits" …
    ['The central bank cut its key rate in March.', '2026-05-04', null],
    ['A strong quake hit Hualien on January 21.', '2027-02-08', null],
    // … unless a verb of seeing or causing takes the subject as its object, the subject is joined by "and" (plural),
    // the verb has its "-s", or it is a noun.
    ['We expect to see the central bank cut its key rate in March.', '2026-05-04', ['2027-03-01', '2027-03-31']],
    ['The central bank cuts its key rate in March.', '2026-05-04', ['2027-03-01', '2027-03-31']],
    ['The ECB and the Fed cut their rates in June.', '2026-02-02', ['2026-06-01', '2026-06-30']],
    ['A rate cut in March is likely.', '2026-05-04', ['2027-03-01', '2027-03-31']],
    // A past verb that reports a "that" clause ("anticipated that …") leaves the future to the reported words, so a
    // past verb beside it keeps its clause, and its date, in the past …
    [
      'On February 12, the central bank raised its key rate and anticipated that inflation would ease.',
      '2027-03-02',
      null,
    ],
    // … while a forecast in the reported words still dates the sentence.
    ['The bank anticipated that inflation would ease by June.', '2027-03-02', ['2027-03-02', '2027-06-30']],
    // A date moved already ("slipped from 2027 to 2028"), its verb right after its subject, is the past …
    ["The Dresden fab's opening slipped from 2027 to 2028.", '2027-02-08', null],
    ['The launch was delayed from March into 2028.', '2027-02-08', null],
    // … while a move in the present or the future forecasts the new date.
    ['The opening slips from 2027 to 2028.', '2027-02-08', ['2028-01-01', '2028-12-31']],
    ['The launch will be pushed back to June.', '2027-02-08', ['2027-06-01', '2027-06-30']],
    // "why" and "because" open a finite clause, so the first past form after its subject is the simple past …
    ['That is why consumer spending held up through the autumn.', '2026-12-04', null],
    ['Rates fall in June because the housing market slowed in the spring.', '2027-03-02', ['2027-06-01', '2027-06-30']],
    // … while a present verb there, or a forecast, is read as before.
    ['That is why we expect spending to hold up through the spring.', '2026-12-04', ['2026-12-04', '2027-05-31']],
    // "back" after a past form before a period looks back (rule 7), as "so far in" does …
    [
      'Revenue reaches $11 billion by March 31, which is what the company predicted back in October.',
      '2020-01-30',
      ['2020-01-30', '2020-03-31'],
    ],
    ['Back in 2019, the plant ran at full capacity.', '2020-01-30', null],
    // … while a return ("bounces back in Q3", "is expected back in March") still dates the outcome.
    ['Demand bounces back in Q3.', '2020-01-30', ['2020-07-01', '2020-09-30']],
    ['The striker is expected back in March.', '2020-01-30', ['2020-03-01', '2020-03-31']],
    // After a linking verb in the present ("remain", "stay") a participle is an adjective, not the past …
    ['Mortgage rates are likely to remain elevated next year.', '2026-03-02', ['2027-01-01', '2027-12-31']],
    // … while the past of the linking verb keeps the clause in the past.
    ['Mortgage rates remained elevated through the winter.', '2026-03-02', null],
    // A same-form past ("hit", "set") after a subject with no determiner, capitalised where it opens its clause, is
    // the past, as after a name …
    ['Rooftop solar installation hit a record in May.', '2026-08-03', null],
    ['Green bond issuance hit $90 billion this year.', '2026-11-02', null],
    // … while the "-s" form, or a verb after the noun (a compound), forecasts.
    ['Green bond issuance hits $100 billion next year.', '2026-11-02', ['2027-01-01', '2027-12-31']],
    ['Energy cost inflation eases by June.', '2026-11-02', ['2026-11-02', '2027-06-30']],
  ]);
});

describe('a forecast named as a noun ("raised its forecast in August") leaves the past verb in charge', () => {
  it.each([
    ['The company raised its forecast in August.', '2026-09-21', null],
    ['The Rosario exchange trimmed its forecast twice in August.', '2026-09-21', null],
    ['Analysts lowered their forecast again in May.', '2026-09-21', null],
    // Counter-cases: a future verb, a present "-s" verb or a forecast figure still looks ahead.
    ['The bank will lift its forecast in November.', '2026-09-21', ['2026-11-01', '2026-11-30']],
    ['The company raises its forecast in August.', '2026-09-21', ['2027-08-01', '2027-08-31']],
    ['The expected rise in August is 0.3%.', '2026-09-21', ['2027-08-01', '2027-08-31']],
  ])('%s (published %s)', (text, published, want) => {
    expect(win(text, published)).toEqual(want);
  });
});

describe('a participle after a bare count is an adjective when its noun is the subject of a finite verb; a call-off is a happening', () => {
  it.each([
    // The noun phrase after the count is the subject of "is" / "are" / "will": the participle qualifies it …
    ['At least one announced gigawatt campus is cancelled this year.', '2026-03-09', ['2026-03-09', '2026-12-31']],
    ['Two delayed fabs are completed in 2027.', '2026-03-09', ['2027-01-01', '2027-12-31']],
    ['Three idled mills will restart in 2027.', '2026-03-09', ['2027-01-01', '2027-12-31']],
    // … while a bare count with no verb after its noun, or a past verb, still counts what happened.
    ['16 announced closures this year.', '2026-03-09', null],
    ['Two announced deals closed in March.', '2026-03-09', null],
    // "is cancelled / scrapped" in a period under way is the event, as "rates are cut in June" is; "was" is past.
    ['Two fabs are scrapped this year.', '2026-03-09', ['2026-03-09', '2026-12-31']],
    ['The fair was cancelled this year.', '2026-03-09', null],
  ])('%s (published %s)', (text, published, want) => {
    expect(win(text, published)).toEqual(want);
  });
});

describe('a participle before a noun and a verb of movement (build, draw, shrink, widen …) is an adjective', () => {
  it.each([
    [
      'Global observed inventories build by more than 1.5 million b/d in the third quarter.',
      '2026-05-28',
      ['2026-07-01', '2026-09-30'],
    ],
    ['Global estimated stocks shrink in 2027.', '2026-05-28', ['2027-01-01', '2027-12-31']],
    ['Reported crude stocks draw in July.', '2026-05-28', ['2026-07-01', '2026-07-31']],
    // The past form of the movement is still the past.
    ['Observed inventories built up in March.', '2026-05-28', null],
    ['Combined deficits widened in 2025.', '2026-05-28', null],
  ])('%s (published %s)', (text, published, want) => {
    expect(win(text, published)).toEqual(want);
  });
});

describe('a same-form past ("cut") keeps its reading after a longer "the" subject and before "to" a level', () => {
  it.each([
    // "to" before a figure is the level the cut reached, so the object runs on to its date: the past.
    ['The interim trade deal cut US tariffs on Indian goods to 18% in February.', '2026-06-22', null],
    ['The Fed cut rates to 4% in December.', '2026-06-22', null],
    ['The RBA cut the cash rate to 3.6% in August.', '2026-06-22', null],
    // The present, a purpose ("to reach …") and a plural subject still look ahead.
    [
      'The new trade deal cuts US tariffs on Indian goods to 18% in February.',
      '2026-06-22',
      ['2027-02-01', '2027-02-28'],
    ],
    ['The company cut costs to reach profitability in the third quarter.', '2026-06-22', ['2026-07-01', '2026-09-30']],
    ['Central banks cut rates to 3% in June.', '2026-02-02', ['2026-06-01', '2026-06-30']],
  ])('%s (published %s)', (text, published, want) => {
    expect(win(text, published)).toEqual(want);
  });
});

describe('a trailing attribution by a plural speaker, and ", adding that …", are the saying, not the forecast\'s tense', () => {
  it.each([
    // ", insiders told The Verge", ", analysts told reporters": a plural noun opening the attribution is its speaker …
    ['GPT-5 ships in August, insiders told The Verge.', '2025-07-28', ['2025-08-01', '2025-08-31']],
    [
      'OpenAI is ready to roll out GPT-5 by as early as August, insiders close to the development process informed The Verge.',
      '2025-07-28',
      ['2025-08-01', '2025-08-31'],
    ],
    ['GPT-5 ships in August, analysts told reporters.', '2025-07-28', ['2025-08-01', '2025-08-31']],
    // … and the speaker's next words after ", adding that" are a clause of their own, after a quotation mark too.
    [
      'Kurian said Google has a new Gemini version arriving “very, very soon,” adding that benchmark results have made the company confident.',
      '2026-05-01',
      ['2026-05-01', '2026-07-30'],
    ],
    [
      'A new version arrives in June, he said, adding that tests went well.',
      '2026-05-01',
      ['2026-06-01', '2026-06-30'],
    ],
    // The past stays past.
    ['Sales fell in June, analysts told reporters.', '2025-07-28', null],
    ['Sales fell in June, he said, adding that July was better.', '2025-07-28', null],
  ])('%s (published %s)', (text, published, want) => {
    expect(win(text, published)).toEqual(want);
  });
});

windowTableByDate([
  [
    'A past form with a place between it and its date ("slumped in Italy in February") keeps the date its own',
    [
      ['Sales slumped in Italy in February.', '2026-03-09', null],
      ['Ticket prices peaked at Wembley in late January.', '2026-03-09', null],
      ['Attendance dropped in Milan on February 22.', '2026-03-09', null],
      // Counter-cases: the future, or a place with no date after it, leaves the forecast dated.
      ['Sales will slump in Italy in February.', '2026-03-09', '2027-02-01', '2027-02-28'],
      ['Sales slumped in Italy, and they rebound in April.', '2026-03-09', '2026-04-01', '2026-04-30'],
    ],
  ],
]);

windowTableByDate([
  [
    'A capitalised word in "-ed" after a capitalised word or a preposition is a name\'s word ("at Galaxy Unpacked"), no past verb',
    [
      ['Samsung will launch its foldables at Galaxy Unpacked in late July.', '2023-06-07', '2023-07-21', '2023-07-31'],
      ['Samsung will launch phones at Unpacked in July.', '2023-06-07', '2023-07-01', '2023-07-31'],
      ['The band plays Red Rocks Unplugged on June 20.', '2023-06-07', '2023-06-20', '2023-06-20'],
      // Counter-cases: a lower-case past form, or a sentence's capitalised first word, is still the past.
      ['Samsung unpacked its phones in July.', '2023-08-07', null],
      ['Unpacked in July, the phones sold out.', '2023-08-07', null],
    ],
  ],
]);

windowTableByDate([
  [
    'In a headline-case sentence ("Fed Signaled Two Cuts In September") the capitals mark no name: a past form is the past',
    [
      ['Fed Signaled Two Cuts In September.', '2026-06-01', null],
      ['Nvidia Delayed Rubin Shipments To March.', '2026-06-01', null],
      ['Apple Launched The Phone In May.', '2026-06-01', null],
      // Counter-cases: a name's word in an ordinary sentence, and a forecast in headline case, keep their dates.
      ['Samsung will launch its foldables at Galaxy Unpacked in late July.', '2023-06-07', '2023-07-21', '2023-07-31'],
      ['Fed Will Cut Rates In September.', '2026-06-01', '2026-09-01', '2026-09-30'],
    ],
  ],
]);

describe('a past form after an event\'s name, dated back from the issue ("wrapped last week"), is the simple past of its clause', () => {
  windowsByDate([
    ['The World Cup kicked off last week with a sellout at the Azteca.', '2026-06-20', null],
    ['The Winter Olympics closed last week in Milan.', '2026-02-25', null],
    ['Google I/O wrapped last week with the usual pile of model announcements.', '2026-05-18', null],
    // Counter-cases: a verb after the date keeps the participle, and another clause keeps its own date.
    ['The Beige Book released last week shows slower growth by June.', '2026-05-18', ['2026-05-18', '2026-06-30']],
    ['The World Cup opened yesterday, and ticket prices fall by July.', '2026-06-12', ['2026-06-12', '2026-07-31']],
    ['The World Cup draws 6 million fans.', '2026-03-09', ['2026-06-11', '2026-07-19']],
    // Only an event of the calendars is its subject, and a clause of its own after the date ("that", "and", "as")
    // keeps its forecast.
    [
      'Treasury warned last week in a letter that the X-date arrives by August.',
      '2026-02-09',
      ['2026-02-09', '2026-08-31'],
    ],
    [
      'Nvidia signalled last week at its investor day that Rubin ships in Q3.',
      '2026-02-09',
      ['2026-07-01', '2026-09-30'],
    ],
    ['Google I/O wrapped last week and Android 17 ships by September.', '2026-05-25', ['2026-05-25', '2026-09-30']],
    ['Nvidia jumped last week as Rubin ships in Q3.', '2026-02-09', ['2026-07-01', '2026-09-30']],
  ]);
});

describe('a same-form verb after a plural noun, dated by a month just ended, is the past (the nearer reading of the month)', () => {
  windowsByDate([
    ['Office loan delinquencies at banks hit 11% in May.', '2026-07-06', null],
    ['Subprime auto delinquencies hit a record in December.', '2027-02-08', null],
    ['Central banks cut rates in January.', '2026-02-09', null],
    // Counter-cases: a month nearer ahead than behind, a deadline, or a month with its own year stays a forecast.
    ['Central banks cut rates in June.', '2026-02-09', ['2026-06-01', '2026-06-30']],
    ['Sales hit a record in December.', '2026-11-09', ['2026-12-01', '2026-12-31']],
    ['Office loan delinquencies at banks hit 11% by May.', '2026-07-06', ['2026-07-06', '2027-05-31']],
    ['Delinquencies hit 11% in May 2027.', '2026-07-06', ['2027-05-01', '2027-05-31']],
  ]);
});

describe('"sent" is a past form, and a particle before an object ("kicked off talks") keeps the verb finite', () => {
  windowsByDate([
    ['Samsung has sent invitations for Galaxy Unpacked on July 22.', '2026-06-01', null],
    ['Samsung sent invitations for Galaxy Unpacked on July 22.', '2026-06-01', null],
    ['Apple rolled out its new chips in February.', '2026-03-02', null],
    ['Apple wrapped up its tour in February.', '2026-03-02', null],
    // Counter-cases: the future and the plain present keep their dates; so does a participle before a verb.
    ['Samsung will send invitations for Galaxy Unpacked on July 22.', '2026-06-01', ['2026-07-22', '2026-07-22']],
    ['Samsung sends invitations for Galaxy Unpacked by July 22.', '2026-06-01', ['2026-06-01', '2026-07-22']],
    ['Invitations sent in July will bring a launch by September.', '2026-06-01', ['2026-06-01', '2026-09-30']],
    ['Apple rolls out its new chips in March.', '2026-03-02', ['2026-03-02', '2026-03-31']],
  ]);
});

describe('a "that" clause with a modal after the simple past is a clause of its own: the past before it is dropped', () => {
  windowsByDate([
    [
      'Keidanren and trade unions kicked off annual labor talks on Wednesday that may pave the way for a policy exit.',
      '2024-01-25',
      null,
    ],
    // Counter-cases: the "that" clause keeps its own dates, and a future main clause keeps its day.
    [
      'Keidanren kicked off labor talks on Tuesday that may end in a deal by March.',
      '2024-01-24',
      ['2024-01-24', '2024-03-31'],
    ],
    [
      'Keidanren will kick off labor talks on Friday that may pave the way for a policy exit.',
      '2024-01-24',
      ['2024-01-26', '2024-01-26'],
    ],
  ]);
});

describe('a participle of measurement right after a figure ("240,000 annualized") qualifies the figure, no past verb', () => {
  windowsByDate([
    ['Housing starts fall below 240,000 annualized in Q1 2027.', '2026-10-19', ['2027-01-01', '2027-03-31']],
    ['Retail sales rise 0.4% seasonally adjusted in June.', '2026-03-02', ['2026-06-01', '2026-06-30']],
    ['Home prices grow 5% annualised by the end of 2027.', '2026-03-02', ['2026-03-02', '2027-12-31']],
    // Counter-cases: a past verb after a figure of a name, or with no figure before it, is still the past.
    ['The S&P 500 rallied in June.', '2026-08-03', null],
    ['The agency adjusted its estimates in June.', '2026-08-03', null],
    ['Sales figures were seasonally adjusted in June.', '2026-08-03', null],
  ]);
});

describe('a participle after "no" is an adjective ("with no boxed warning"), as after "any" or "every" ("Not windows")', () => {
  it.each([
    ['Velocitab gets approval by March, with no boxed warning.', ['2026-11-30', '2027-03-31']],
    ['The Senate passes the bill in June with no amended text.', ['2027-06-01', '2027-06-30']],
    // … while a past verb after "no" and its noun, or a past copula, still makes the clause past.
    ['No delayed flights were reported in March.', null],
    ['There were no reported cases in March.', null],
  ] as const)('%s', (text, want) => {
    expect(win(text, '2026-11-30')).toEqual(want);
  });
});

describe('more past forms: a move "by" a figure, a month joined to a past date, a past verb after an aside, "of last year"', () => {
  windowsByDate([
    // "by" and a figure give the size of a past move, as "to" a figure does …
    ['Pork prices increased by 1.1% in September, despite high domestic production.', '2022-10-25', null],
    ['Pork prices climbed by 1.1% in September.', '2022-10-25', null],
    ['Prices will increase by 1.1% in September.', '2022-10-25', ['2023-09-01', '2023-09-30']],
    // … a month joined by "and" to a past verb's date shares it, while a conjunct of its own keeps its date …
    ['At least three of those deaths occurred in June and July — far outside the typical season.', '2025-10-20', null],
    ['Sales slumped in June and will recover in July.', '2025-10-20', ['2026-07-01', '2026-07-31']],
    // A joined month that opens a clause of its own, with its own verb, keeps its date.
    ['Inflation peaked in May, and June should see a decline.', '2026-06-01', ['2026-06-01', '2026-06-30']],
    ['Exports slumped in March and April will be worse.', '2026-04-02', ['2026-04-02', '2026-04-30']],
    // … a past verb right after a bracketed aside is the opening subject's, aside and all …
    [
      'The ordinary profit for the second quarter of the fiscal year ending March 2026 (April to September) was 43.7 billion yen.',
      '2025-10-31',
      null,
    ],
    [
      'Net income for the third quarter of FY2026 (April to December) decreased 26.1% to 3.03 trillion yen.',
      '2026-02-06',
      null,
    ],
    ['Revenue in FY2027 (April to March) rises 10%.', '2025-10-31', ['2026-03-01', '2027-12-31']],
    // … and "<Month> of last year" is that month of the year before, as "in December last year" is.
    ['The Bank had cut the rate twice (in October and November of last year).', '2025-02-22', null],
    ['Rates fall in October and November of next year.', '2025-02-22', ['2026-10-01', '2026-11-30']],
  ]);
});
