import { describe, expect, it } from 'vitest';
import { win, windowPairTable, windowTable, windowTableByDate, windows, windowsByDate } from '../helpers.js';

// Deadlines and ranges: "by", "before", "until", "not until", "through", "from X to Y" and hulls (rules 2–5 and 8).

// The publication date the pair tables' rows are labelled for.
const P = '2026-02-09';

windowTable([
  [
    'Rule 5 and More conventions: not before X, postponed/pushed/delayed (something) until X, only in X mean X',
    [
      ["The launch won't happen before June.", '2026-06-01', '2026-06-30'],
      ['Lawmakers will postpone the vote until March.', '2026-03-01', '2026-03-31'],
      ['The board will push the listing back until the fourth quarter.', '2026-10-01', '2026-12-31'],
      ['Only in 2028 will the mine produce its first ore.', '2028-01-01', '2028-12-31'],
      ['The regulator is delaying its decision until September.', '2026-09-01', '2026-09-30'],
      ['The first deliveries will not come before the end of 2027.', '2027-09-01', '2027-12-31'],
    ],
  ],
  [
    'Paired ordinal quarters are the hull of both (rule 8); a dated weekday next to a past verb is the past (rule 7)',
    [
      ['GDP shrinks in the second and third quarters of 2027.', '2027-04-01', '2027-09-30'],
      ['Margins recover in the first or second quarter.', '2026-02-09', '2026-06-30'],
      ['The union on Thursday (Feb. 5) announced that talks will resume in March.', '2026-03-01', '2026-03-31'],
    ],
  ],
  [
    'Rule 5 and "More conventions" (not before X, no earlier than X): "no sooner than X" means X',
    [
      ['Launch is no sooner than May.', '2026-05-01', '2026-05-31'],
      ['The rollout comes not sooner than Q4 2026.', '2026-10-01', '2026-12-31'],
    ],
  ],
  [
    'Rule 5 ("not until X", "won\'t … before X" mean X) with "end of YYYY" read as late YYYY',
    [
      ["Travel won't recover until the end of 2027.", '2027-09-01', '2027-12-31'],
      ['The plant will not reopen before the end of 2026.', '2026-09-01', '2026-12-31'],
    ],
  ],
  [
    'Rule 3 ("by X"): quote marks around X do not change it',
    [['Approval comes by "early 2027", the agency said.', '2026-02-09', '2027-04-30']],
  ],
  [
    'Rule 7, the hull of phrases that bound the outcome: "before easing in 2027" is the next step, not a deadline',
    [['Prices hit a peak by October before easing in 2027.', '2026-02-09', '2027-12-31']],
  ],
  [
    'Rule 5 ("not until X" means X): the negation reaches across a long clause',
    [
      [
        "The agency doesn't expect the new rules to bring any real change in pricing until at least 2028.",
        '2028-01-01',
        '2028-12-31',
      ],
    ],
  ],
]);

windowTableByDate([
  [
    'Rule 4: a session that adjourns or concludes on a day right after "before" is its deadline, as a start is',
    [
      ['We expect a referral to the ballot before it adjourns on March 13.', '2026-03-02', '2026-03-02', '2026-03-12'],
      ['We expect a repeal before the summit concludes on June 5.', '2026-03-02', '2026-03-02', '2026-06-04'],
      // Not after "before", the adjournment is the entry's own day.
      ['The Legislature adjourns on March 13.', '2026-03-02', '2026-03-13', '2026-03-13'],
    ],
  ],
  [
    'Rule 4 ("before X" is strict) does not apply to "before" + a clause: the next step is forecast too',
    [
      [
        'Output keeps falling through mid-2027 before growth resumes late in 2027.',
        '2026-02-09',
        '2026-02-09',
        '2027-12-31',
      ],
    ],
  ],
  [
    'Rule 5 ("not until X" means X) in a concession: "although … may not restart until 2027" is a forecast too',
    [
      [
        'Travel recovers in the next 12 months, although long-haul routes may not restart until 2028.',
        '2026-02-09',
        '2026-02-09',
        '2028-12-31',
      ],
    ],
  ],
  [
    '"before the decade is out" generalised: "before the summer / year is out" ends with that period',
    [
      ['The merger should close before the summer is out.', '2026-02-09', '2026-02-09', '2026-08-31'],
      ['Rates will be cut twice before the year is out.', '2026-02-09', '2026-02-09', '2026-12-31'],
    ],
  ],
  [
    '"won\'t … before X" (the window is X) with a negative subject; "no" as the object of an action is a deadline',
    [
      ['Nobody will build a new refinery in the US before 2030.', '2026-02-09', '2030-01-01', '2030-12-31'],
      ['No one will ship a rival chip before 2028, in our view.', '2026-02-09', '2028-01-01', '2028-12-31'],
      ['The board approves no dividend before 2027.', '2026-02-09', '2026-02-09', '2026-12-31'],
      ['Parliament passes no budget before Easter.', '2026-02-09', '2026-02-09', '2026-04-04'],
      ['The House passes no farm bill before the midterms.', '2026-02-09', '2026-02-09', '2026-11-02'],
    ],
  ],
]);

windowPairTable([
  [
    'Rule 4 and counts: "no more than" is a quantity, a window that shuts on a date dates "before", a count of months',
    [
      ['Clubs sign no more than two players before the window shuts on February 16.', P, '2026-02-15'],
      ['Retail sales fall in at least one month this summer.', '2026-06-01', '2026-08-31'],
    ],
  ],
  [
    'Rule 5: what waits until X happens in X, as what is delayed until X does',
    [['The second plant waits until 2028.', '2028-01-01', '2028-12-31']],
  ],
  [
    'Rule 5: what waits, holds off or holds "until X, then …" happens in X; a state "until X" is still a deadline',
    [
      ['Regulators hold off on a ruling until September.', '2026-09-01', '2026-09-30'],
      ['The bank holds rates until June and then cuts.', '2026-06-01', '2026-06-30'],
      ['Rates stay at 2% until June.', P, '2026-06-30'],
    ],
  ],
  [
    'Ranges: "from X to Y" and "between X and Y" run from the start of X to the end of Y, in one stretch',
    [
      ['Exports stay strong from November to March.', P, '2026-03-31'],
      ['Sales jump between Thanksgiving and the end of 2026.', '2026-11-26', '2026-12-31'],
      ['The launch slips from April to September.', '2026-09-01', '2026-09-30'],
    ],
  ],
  [
    'Rule 2: "through the decade" is a deadline at the end of the current decade, as "within the decade" is',
    [['The aquifer keeps falling through the decade.', P, '2029-12-31']],
  ],
  [
    'Rule 2: "through" before a place name is no deadline; the period after it stands alone',
    [['The river runs dry through Albuquerque this summer.', '2026-06-01', '2026-08-31']],
  ],
]);

describe('ranges ("from E1 through E2" between two events or a month and an event is one span)', () => {
  it.each([
    [
      'From Thanksgiving through Christmas, carriers deliver 2.4 billion parcels.',
      '2025-11-03',
      ['2025-11-27', '2025-12-25'],
    ],
    ['Store traffic stays heavy from November through Christmas.', '2025-10-20', ['2025-11-01', '2025-12-25']],
    ["Returns run high from Christmas until New Year's Eve.", '2025-10-20', ['2025-12-25', '2025-12-31']],
    // A date right before an event with no "through" / "until" between still says which one it is.
    ['The March 18 FOMC decision brings a cut.', '2025-10-20', ['2026-03-18', '2026-03-18']],
    ['Factories gear down in February for Lunar New Year.', '2025-10-20', ['2026-02-01', '2026-02-28']],
  ])('%s (published %s)', (text, published, want) => {
    expect(win(text, published)).toEqual(want);
  });
});

describe('deadlines and ranges in more wording (rules 2–5 and 8, by analogy)', () => {
  windows([
    // "later this year or early next": the unit left out of the second alternative (rule 8: the hull).
    ['The probe launches later this year or early next.', '2027-05-03', ['2027-05-03', '2028-04-30']],
    ['The probe launches this year or next.', '2027-05-03', ['2027-05-03', '2028-12-31']],
    // After a negation "until" binds to the negated verb, not to a past verb right before it (rule 5).
    ['Inspectors will not know how badly the dam leaked until next month.', '2027-05-03', ['2027-06-01', '2027-06-30']],
    ['The company did not report until March.', '2027-05-03', null],
    // "by the conclusion of X" is "by the end of X", as "by the close of X" is.
    ['Margins recover by the conclusion of 2028.', '2027-03-02', ['2027-03-02', '2028-12-31']],
    ['The trial reaches its conclusion in 2028.', '2027-03-02', ['2028-01-01', '2028-12-31']],
    // "through at least X" keeps the deadline; "until at least X" is still X at the earliest.
    ['Dry conditions persist through at least the summer.', '2027-03-02', ['2027-03-02', '2027-08-31']],
    ['The plant stays shut until at least the summer.', '2027-03-02', ['2027-06-01', '2027-08-31']],
    // After a negation "up until" binds to the negated verb, as "until" does.
    ['Repairs will not wrap up until March 2028.', '2027-03-02', ['2028-03-01', '2028-03-31']],
    ['Rates hold up until March 2028.', '2027-03-02', ['2027-03-02', '2028-03-31']],
    // "until at least X" is "X at the earliest": the thing happens in X.
    ['The striker stays out until at least the end of April.', '2027-03-01', ['2027-04-21', '2027-04-30']],
  ]);
  windowsByDate([
    // "not … until X" (rule 5) reaches back sixteen words; the marks glued inside a word ("mid-point",
    // "Norway’s") are not words of their own …
    [
      'Core prices are not projected to fall back to the mid-point of the Riksbank’s long-run target range until late 2027.',
      '2026-03-02',
      ['2027-09-01', '2027-12-31'],
    ],
    // … while a negation in another clause still leaves "until" a deadline.
    ['The plant does not shut, and output stays high until late 2027.', '2026-03-02', ['2026-03-02', '2027-12-31']],
    // After "to" or a modal, "record" is the verb, so a range after it still dates the outcome …
    ['The west is likely to record heavy snow from December to February.', '2026-09-01', ['2026-12-01', '2027-02-28']],
    ['Both ports will record more calls from June to August.', '2026-03-02', ['2026-06-01', '2026-08-31']],
    // … while a record as a superlative still marks a duration as backward-looking.
    ['Prices hit a record high in over a decade.', '2026-03-02', null],
    // "late this decade or early next": the unit left out of the second alternative is the next calendar decade,
    // whose early years are those of "the early 2030s" (rule 8: the hull) …
    ['Production starts late this decade or early next.', '2024-11-15', ['2027-01-01', '2033-12-31']],
    // … as "later this year or early next" already was.
    ['Production starts later this year or early next.', '2024-11-15', ['2024-11-15', '2025-04-30']],
  ]);
});

windowTableByDate([
  [
    '"through the" + a capitalised name after a verb of passage, or naming no occasion, is a place, no deadline',
    [
      ['The budget passes through the Diet in March.', '2026-02-09', '2026-03-01', '2026-03-31'],
      ['The bill gets through the Senate in March.', '2026-02-09', '2026-03-01', '2026-03-31'],
      // An event of the table, a season or a month after "through the" is still the deadline.
      ['Prices stay high through the Super Bowl.', '2026-01-05', '2026-01-05', '2026-02-08'],
      ['Prices stay high through the summer.', '2026-02-09', '2026-02-09', '2026-08-31'],
      // A name that names an occasion ("the OPEC meeting") is no place unless a verb of passage comes before it.
      ['Oil stays above $80 through the OPEC meeting in June.', '2026-02-09', '2026-02-09', '2026-06-30'],
      ['Rates stay on hold through the ECB meeting in March.', '2026-02-09', '2026-02-09', '2026-03-31'],
      ['Stocks hold up through the Senate vote in March.', '2026-02-09', '2026-02-09', '2026-03-31'],
    ],
  ],
]);

describe('a number closing a stage\'s name ("the round of 32 starts on June 28") keeps "before" the event\'s deadline', () => {
  windowsByDate([
    ['USA win Group D before the round of 32 starts on June 28.', '2026-06-08', ['2026-06-08', '2026-06-27']],
    ['Prices fall before the round of 16 begins on July 4.', '2026-06-08', ['2026-06-08', '2026-07-03']],
    // Counter-cases: a figure that is no stage's name still ends the "before" phrase.
    ['Prices fall before the rate of 5 percent on June 28.', '2026-06-08', ['2026-06-28', '2026-06-28']],
    ['USA win before 32 teams start on June 28.', '2026-06-08', ['2026-06-28', '2026-06-28']],
  ]);
});

describe('"most likely" grades the odds of what happens, so a span after it is no record measured over a span', () => {
  windowsByDate([
    ['La Niña is most likely in September–November.', '2024-10-10', ['2024-10-10', '2024-11-30']],
    [
      'Forecasts say La Niña conditions are the most likely for the September–November season.',
      '2024-10-10',
      ['2024-10-10', '2024-11-30'],
    ],
    ['A cut is most probable in January–March.', '2026-12-07', ['2027-01-01', '2027-03-31']],
    // Counter-cases: a superlative of a measure still looks back over its span.
    ['It was the most snow in September–November since 1990.', '2024-10-10', null],
    ['Sales were the highest in September–November.', '2024-10-10', null],
  ]);
});

describe('"by / before / until then" is the date the same sentence named last, with the deadline word\'s reading', () => {
  windowsByDate([
    ['The talks resume on July 12, and a deal is reached by then.', '2022-06-27', ['2022-06-27', '2022-07-12']],
    ['Rates hold at 4% until March, and no cut comes before then.', '2026-12-07', ['2026-12-07', '2027-03-31']],
    [
      'As a Jan. 15 deadline approaches, speculation is rampant that a contract agreement won’t be reached by then.',
      '2025-01-03',
      ['2025-01-03', '2025-01-15'],
    ],
    // Counter-cases: with no date before it, or only one in an earlier sentence, "then" dates nothing.
    ['Rates hold until then.', '2026-12-07', null],
    ['Talks end on March 13. A deal by then is unlikely.', '2026-03-02', ['2026-03-13', '2026-03-13']],
  ]);
});
