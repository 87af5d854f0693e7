import { describe, expect, it } from 'vitest';
import { extractClaims, findWindow } from '../../../src/ingest/index.js';

// The misses of the twentieth held-out round (golden issues on Latin-American macro, pensions and annuities, the
// chip supply chain, the art market and the labour market; quoted-24), each as a general rule with sentences of its
// own (not the fixtures'), and counter-cases the rule must leave alone.
const win = (text: string, published: string) => {
  const w = findWindow(text, published);
  return w && [w.start, w.end];
};
const claims = (text: string, published = '2027-03-02') => extractClaims(text, { published }).length;

describe('time phrases (TIME-WINDOWS.md rules 6-8, "Not windows" and past states, by analogy)', () => {
  it.each([
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
    // A term's run stated in the present is its schedule also when a phrase of its parties or object follows the
    // term noun ("the contract with the Detroit Three runs to April 2028") …
    ['The UAW contract with the Detroit Three runs to April 2028.', '2026-12-04', null],
    ['The ban on Russian oil expires in June.', '2026-12-04', null],
    // … while a noun that is no term keeps its forecast.
    ['The strike against the Detroit Three runs to April 2028.', '2026-12-04', ['2028-04-01', '2028-04-30']],
    // "why" and "because" open a finite clause, so the first past form after its subject is the simple past …
    ['That is why consumer spending held up through the autumn.', '2026-12-04', null],
    ['Rates fall in June because the housing market slowed in the spring.', '2027-03-02', ['2027-06-01', '2027-06-30']],
    // … while a present verb there, or a forecast, is read as before.
    ['That is why we expect spending to hold up through the spring.', '2026-12-04', ['2026-12-04', '2027-05-31']],
    // An alternative set against a noun ("rather than 25bp") ends where the verb of its consequence begins …
    [
      'A 50bp cut rather than 25bp means the policy rate is below 13% by the end of Q3.',
      '2026-03-16',
      ['2026-03-16', '2026-09-30'],
    ],
    ['A hike rather than a hold would push the yen past 140 by June.', '2026-03-16', ['2026-03-16', '2026-06-30']],
    // … while the date inside the alternative is still given up, and so is a plan said earlier.
    ['The bank hikes in June rather than in March.', '2026-03-16', ['2026-06-01', '2026-06-30']],
    ['The studio had previously said it would launch the game on May 26.', '2026-03-16', null],
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
    // "late this decade or early next": the unit left out of the second alternative is the next calendar decade,
    // whose early years are those of "the early 2030s" (rule 8: the hull) …
    ['Production starts late this decade or early next.', '2024-11-15', ['2027-01-01', '2033-12-31']],
    // … as "later this year or early next" already was.
    ['Production starts later this year or early next.', '2024-11-15', ['2024-11-15', '2025-04-30']],
    // "the 2018 fiscal year" is "fiscal 2018": the calendar of the organisation named, else the calendar year …
    ['Nintendo sells 20 million consoles in the 2018 fiscal year.', '2018-01-03', ['2018-04-01', '2019-03-31']],
    ['Revenue rises in the 2027 fiscal year.', '2026-05-04', ['2027-01-01', '2027-12-31']],
    // … as "fiscal 2027" is.
    ['Revenue rises in fiscal 2027.', '2026-05-04', ['2027-01-01', '2027-12-31']],
    // "the next fiscal year, ending March 2027": the month it ends, set off by a comma, says which year is meant …
    ['Sales grow in the next fiscal year, ending March 2027.', '2026-05-11', ['2026-05-11', '2027-03-31']],
    // … and a forecast that opens the sentence after "In", its forecaster then stating what it predicts, sets the
    // period of the prediction …
    [
      'In its forecast for the next fiscal year, ending March 2027, the studio predicts that it will ship 5 million copies.',
      '2026-05-11',
      ['2026-05-11', '2027-03-31'],
    ],
    ['In its outlook for 2027, the agency expects demand to rise 2%.', '2026-05-11', ['2027-01-01', '2027-12-31']],
    // … while a forecast named elsewhere, or one whose sentence predicts nothing, is still named by its period.
    ['In its forecast for 2027, the agency said stocks are high.', '2026-05-11', null],
    ['The company raised its forecast for the next fiscal year, ending March 2027.', '2026-05-11', null],
  ] as const)('%s (published %s)', (text, published, expected) => {
    expect(win(text, published)).toEqual(expected);
  });
});

describe("a term's date after a word that points at it", () => {
  it('dates the outcome with or without a phrase of its parties, as before', () => {
    const withParties = win('The union holds off until the contract with the carmakers expires in 2030.', '2026-12-04');
    expect(withParties).not.toBeNull();
    expect(withParties).toEqual(win('The union holds off until the contract expires in 2030.', '2026-12-04'));
  });
});

describe('claims (What counts as a claim: calendar entries and conditions)', () => {
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

describe('Desk Notes (More on claims: the same outcome)', () => {
  const restates = (item: string, note: string) =>
    extractClaims(['The Signal', 'Rates are the story.', "What's Moving", item, 'Desk Notes', note].join('\n'), {
      published: '2026-03-16',
    }).map((c) => c.restates);

  it('the acronym of a measure ("CPI", "GDP") names no one: the item may name what it measures', () => {
    const item = '- Argentina -- Monthly inflation falls below 2% by the third quarter (via @pampaprices)';
    expect(restates(item, '- @pampaprices: monthly CPI under 2% by September')).toEqual([undefined, 0]);
    const growth = '- Chile -- Growth tops 3% in 2027 (via @andesmacro)';
    expect(restates(growth, '- @andesmacro: Chilean GDP above 3% in 2027')).toEqual([undefined, 0]);
    // An item that does not name what the acronym measures still lacks the name.
    const exports = '- Argentina -- Monthly exports fall below 2% by the third quarter (via @pampaprices)';
    expect(restates(exports, '- @pampaprices: monthly CPI under 2% by September')).toEqual([undefined, undefined]);
  });
});
