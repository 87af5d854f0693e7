import { describe, expect, it } from 'vitest';
import { win, windowTable } from '../helpers.js';
import { extractClaims } from '../../../../src/ingest/index.js';

// The rules of TIME-WINDOWS.md applied by analogy to new wording, where one table covers several rules at once.

windowTable([
  [
    'Vague phrases and "More words that give null"',
    [
      ['The market will recover in due course.', null],
      ["It's only a matter of time before the peg breaks.", null],
      ['Down the road, rates will be higher.', null],
      ['Prices will fall sooner than people think.', null],
      ['A deal is near.', null],
      ['A deal is near, perhaps within weeks.', '2026-02-09', '2026-04-06'],
    ],
  ],
  [
    'Rules 1–8 and the Periods table on new wording',
    [
      ['Prices will rise before March.', '2026-02-09', '2026-02-28'],
      ['The rollout will be done by Q3.', '2026-02-09', '2026-09-30'],
      ['Capex rises in 2H.', '2026-07-01', '2026-12-31'],
      ['We expect a cut in Q3 or Q4 2026.', '2026-07-01', '2026-12-31'],
      ['Default rates climb by 2027 or 2028.', '2026-02-09', '2028-12-31'],
      ['Prices will fall within 18 months of launch.', null],
      ['The shortage will last between 2027 and 2029.', '2027-01-01', '2029-12-31'],
      ['Costs will fall over the next few years.', '2026-02-09', '2029-02-09'],
      ['Expect a deal this week.', '2026-02-09', '2026-02-15'],
      ['Volumes rebound next week.', '2026-02-16', '2026-02-22'],
      ['Prices spike in late March.', '2026-03-21', '2026-03-31'],
      ['The drug gets approval as early as Q4.', '2026-10-01', '2026-12-31'],
      ['The strike ends within 24–36 months.', '2026-02-09', '2029-02-09'],
      ['Home prices fall in Q1 2026.', '2026-02-09', '2026-03-31'],
    ],
  ],
  [
    'New wording: hulls, deadlines, ranges and past clauses (rules 2, 3, 7, 8; the Periods table)',
    [
      [
        'Analysts see the Fed on hold through the summer, with a cut penciled in for September.',
        '2026-02-09',
        '2026-09-30',
      ],
      ['Construction, which began in 2024, will wrap up in 2028.', '2028-01-01', '2028-12-31'],
      ['The Senate passed the bill in January; the House will vote on it by April.', '2026-02-09', '2026-04-30'],
      ['Deliveries slip from 2026 to 2028.', '2028-01-01', '2028-12-31'],
      ['After two years of losses, the unit will turn a profit in 2027.', '2027-01-01', '2027-12-31'],
      ['The firm expects to hire 500 people over the next 18 months.', '2026-02-09', '2027-08-09'],
      ['Prices will be higher by the third quarter of next year.', '2026-02-09', '2027-09-30'],
      ['Expect a decision by the end of the first quarter.', '2026-02-09', '2026-03-31'],
      ['The new terminal opens in spring 2027.', '2027-03-01', '2027-05-31'],
      ['The strike, now in its third week, will end by March.', '2026-02-09', '2026-03-31'],
      ['Brent will average $70 in the back half of the year.', '2026-07-01', '2026-12-31'],
      ['Demand is set to rise in Q3.', '2026-07-01', '2026-09-30'],
      ['Wage growth, which peaked in 2022, is expected to slow further this year.', '2026-02-09', '2026-12-31'],
      ['Kalshi gives 70% odds that the Fed cuts by June.', '2026-02-09', '2026-06-30'],
      ['The company expects revenue to fall in the current quarter.', '2026-02-09', '2026-03-31'],
      ['Output fell 3% in 2025 and will fall again in 2026.', '2026-02-09', '2026-12-31'],
      ['The third quarter will bring a rebound in orders.', '2026-07-01', '2026-09-30'],
      ['Before Q3 ends, the deal will close.', '2026-02-09', '2026-09-30'],
      ['Unemployment rises to 5% by year-end 2027.', '2026-02-09', '2027-12-31'],
      ['The tower will be finished by the end of the third quarter of 2027.', '2026-02-09', '2027-09-30'],
      ['Gold hits $3,000 an ounce within six to nine months.', '2026-02-09', '2026-11-09'],
      ['Growth slows to 1% next year before picking up in 2028.', '2027-01-01', '2028-12-31'],
      ['A recession is likely in the next 6-12 months.', '2026-02-09', '2027-02-09'],
      ['Ridership returns to 2019 levels by 2027.', '2026-02-09', '2027-12-31'],
      ['The hearing, set for March 3, will end with the merger blocked.', '2026-03-03', '2026-03-03'],
      ['Production is due to ramp up in H2.', null],
      ['The committee meets on March 18 to set the budget.', null],
      ['The tariff decision is scheduled for April 15.', null],
    ],
  ],
  [
    'Hyphenated hemispheres, an owner between "of" and a fiscal year, "later in the year", a maturity date, an aside with "already", a plan beside a dated forecast',
    [
      ['Shipments should climb in Q3-26 as new capacity comes online.', '2026-07-01', '2026-09-30'],
      ['The refinery restarts around Sept. 15, operators expect.', '2026-09-15', '2026-09-15'],
      ['The bond matures on 12/15/2027 and the issuer will refinance by 6/30/2027.', '2026-02-09', '2027-06-30'],
      ['Deposits will be returned by Dec. 31.', '2026-02-09', '2026-12-31'],
      ['The ruling will land on March 4 \u2014 a day before the deadline.', '2026-03-04', '2026-03-04'],
      ['A rate cut comes in the austral spring.', '2026-09-01', '2026-11-30'],
      ['Coffee output recovers by the southern-hemisphere winter.', '2026-02-09', '2026-08-31'],
      ['The first two rate cuts were ruled out for Q1; the bank will move in Q2 instead.', '2026-04-01', '2026-06-30'],
      ['An April vote was abandoned, and the bill now passes in June.', '2026-06-01', '2026-06-30'],
      ['Management guided for a second-half recovery, with margins back to 20% by Q4.', '2026-02-09', '2026-12-31'],
      ['The Q2 data showed inflation at 3%; the next print will be lower.', null],
      ['For the first time in five years, the ECB will hike this quarter.', '2026-02-09', '2026-03-31'],
      ['The 2025 peak will not be revisited before 2030.', '2030-01-01', '2030-12-31'],
      ['Rents, already at 2019 levels, fall further by year-end.', '2026-02-09', '2026-12-31'],
      ['The loan approved in March will be disbursed by July.', '2026-02-09', '2026-07-31'],
      ['Newly elected lawmakers will pass the budget by April.', '2026-02-09', '2026-04-30'],
      ['An untested rule will not be enforced until 2027.', '2027-01-01', '2027-12-31'],
      ['Microsoft will lift capex again next fiscal year.', '2026-07-01', '2027-06-30'],
      ["Apple's services revenue will double by the end of fiscal 2028.", '2026-02-09', '2028-09-30'],
      ['Walmart sees sales up 4% in the first half of fiscal 2027.', '2026-02-09', '2026-07-31'],
      ["Sales rise in the second quarter of Nvidia's fiscal 2027.", '2026-05-01', '2026-07-31'],
      ['The central bank will postpone the hike to later in the year.', '2026-02-09', '2026-12-31'],
      ['The chipmaker has perhaps six months before its cash runs out.', '2026-02-09', '2026-08-09'],
      ['A settlement is due in March, and we think it will be rejected.', '2026-03-01', '2026-03-31'],
      ['The vote is slated for May.', null],
      ['The trial is due to start on April 6.', null],
      ['Earnings are set for release on April 28.', null],
      ['The summit is scheduled for June, but we expect it to be cancelled by May.', '2026-02-09', '2026-05-31'],
      ['The decision is due by the end of March, and a cut is likely.', '2026-02-09', '2026-03-31'],
      ['Prices will fall after Labor Day.', null],
      ['Home sales will jump by the Fourth of July.', '2026-02-09', '2026-07-04'],
      ['Traffic records fall on Thanksgiving Day.', '2026-11-26', '2026-11-26'],
      ['Gold tops $3,000 before Christmas Eve.', '2026-02-09', '2026-12-23'],
      ['Expect a decision at the March FOMC meeting.', '2026-03-18', '2026-03-18'],
      ['By the World Cup final, ticket prices will have tripled.', '2026-02-09', '2026-07-19'],
      ['The Knicks will reach the finals in the 2026-27 NBA season.', '2026-10-01', '2027-06-30'],
      ['The club will be relegated in the 2026/27 Premier League season.', '2026-08-01', '2027-05-31'],
      ['Prices will normalise in due course.', null],
      ['A deal is sooner or later inevitable.', null],
      ['The yen strengthens this time next year.', '2027-02-01', '2027-02-28'],
      ['The index will end 2026 at 6,000.', '2026-12-31', '2026-12-31'],
      ['Oil closes the year at $60.', '2026-12-31', '2026-12-31'],
      ['Stocks will grind higher into the year-end.', '2026-02-09', '2026-12-31'],
      ['Two years from now the plant will be running at full capacity.', '2026-02-09', '2028-02-09'],
      ['A decade from now, coal will be gone from the grid.', '2026-02-09', '2036-02-09'],
      ['Over the next three quarters, margins will expand.', '2026-02-09', '2026-12-31'],
      ['Expect growth to pick up over the coming quarter.', '2026-04-01', '2026-06-30'],
      ['The company will not list before 2028 at the earliest.', '2028-01-01', '2028-12-31'],
      ['The launch is pushed into 2027.', '2027-01-01', '2027-12-31'],
      ['Not until the third quarter will the plant reopen.', '2026-07-01', '2026-09-30'],
      ['The merger closes by later in the summer.', '2026-02-09', '2026-08-31'],
      ['Rates stay on hold through the mid-2030s.', '2026-02-09', '2036-12-31'],
      ['EV sales will overtake gasoline in the late 2030s.', '2037-01-01', '2039-12-31'],
      ['Electricity demand doubles by mid-century.', '2026-02-09', '2050-12-31'],
      ['Within the decade, fusion will power a city.', '2026-02-09', '2029-12-31'],
    ],
  ],
  [
    'Events with a year after them, "in time for", possessive holiday names, split fiscal years after FY, quarters named by their last month, "the year to March 2027"',
    [
      ['Stores will run out of the toy by Christmas 2027.', '2026-02-09', '2027-12-25'],
      ['The bill passes before Thanksgiving next year.', '2026-02-09', '2027-11-24'],
      ['Ad spending spikes ahead of the midterms.', '2026-02-09', '2026-11-02'],
      ['Turnout records fall by the midterm elections.', '2026-02-09', '2026-11-03'],
      ['The console will ship in time for Christmas.', '2026-02-09', '2026-12-25'],
      ['Doorbusters sell out on Black Friday.', '2026-11-27', '2026-11-27'],
      ['Expect a cut at the March FOMC.', '2026-03-18', '2026-03-18'],
      ["The Fed will hold at next month's FOMC meeting.", '2026-03-18', '2026-03-18'],
      ['Stadium upgrades finish before the World Cup.', '2026-02-09', '2026-06-10'],
      ['Hotel prices triple during the World Cup.', '2026-06-11', '2026-07-19'],
      ['Rates will fall after Easter.', null],
      ["Flower prices spike on Valentine's Day.", '2026-02-14', '2026-02-14'],
      ['Shipping rates jump before Lunar New Year.', '2026-02-09', '2026-02-16'],
      ['Factories reopen by Chinese New Year 2027.', '2026-02-09', '2027-02-06'],
      ['The club is sold before Election Day.', '2026-02-09', '2026-11-02'],
      ['Oracle will double cloud revenue in fiscal 2027.', '2026-06-01', '2027-05-31'],
      ['Cisco expects revenue to grow in fiscal 2027.', '2026-08-01', '2027-07-31'],
      ['The government runs out of cash before the end of fiscal 2026, the CBO warns.', '2026-02-09', '2026-09-30'],
      ["The Pentagon's spending rises in FY27, congressional aides expect.", '2026-10-01', '2027-09-30'],
      ['Sony expects profit to rise in the fiscal year ending March 2027.', '2026-04-01', '2027-03-31'],
      ["India's economy will grow 6.5% in 2026-27.", '2026-04-01', '2027-03-31'],
      ['The UK deficit narrows in FY2026/27.', '2026-04-01', '2027-03-31'],
      ["Microsoft's Azure growth will accelerate in fiscal Q4.", '2026-04-01', '2026-06-30'],
      ['Apple will grow iPhone sales in the December quarter.', '2026-10-01', '2026-12-31'],
      ['Margins improve in the quarter ending in June.', '2026-04-01', '2026-06-30'],
      ['Toyota will post record profit in the year to March 2027.', '2026-04-01', '2027-03-31'],
      ['The Warriors miss the playoffs in the 2026-27 season, NBA insiders say.', '2026-10-01', '2027-06-30'],
      ['Real Madrid win La Liga in 2026-27.', '2026-08-01', '2027-05-31'],
      ['Ticket prices rise in the 2026-27 season.', '2026-02-09', '2027-12-31'],
    ],
  ],
  [
    'Given-up alternatives a few words on ("is now off the table", "has been dropped"), conditions, "the early part of 2027", numeric and written-out days',
    [
      ['A June cut is now off the table; September at the earliest.', '2026-09-01', '2026-09-30'],
      ['The listing will happen in 2027, not 2026.', '2027-01-01', '2027-12-31'],
      ['The old target of March has been dropped; the firm now aims for May.', '2026-05-01', '2026-05-31'],
      ['Rather than in Q2, the bank will move in Q3.', '2026-07-01', '2026-09-30'],
      ['If the strike ends by March, output recovers in Q2.', '2026-04-01', '2026-06-30'],
      ['Should talks fail, prices spike within weeks.', '2026-02-09', '2026-04-06'],
      ['Unless Congress acts by June, the fund runs dry in 2027.', '2027-01-01', '2027-12-31'],
      ['Assuming no recession, earnings grow 10% next year.', '2027-01-01', '2027-12-31'],
      ['The company will likely hit its target sooner rather than later.', null],
      ['Shares could double eventually.', null],
      ['The plant comes online on 9/1/2026.', '2026-09-01', '2026-09-01'],
      ['Shipments begin 15 March 2027.', '2027-03-15', '2027-03-15'],
      ['The rate will be 4% by 31 December 2026.', '2026-02-09', '2026-12-31'],
      ['The vote takes place next Tuesday.', '2026-02-17', '2026-02-17'],
      ['The merger closes in the first half of next year.', '2027-01-01', '2027-06-30'],
      ['Prices climb through the end of the decade.', '2026-02-09', '2029-12-31'],
      ['Hiring slows in the early part of 2027.', '2027-01-01', '2027-04-30'],
      ['Inflation returns to target in 2H27.', '2027-07-01', '2027-12-31'],
      ['Capex peaks in 4Q26.', '2026-10-01', '2026-12-31'],
      ["Demand troughs in Q1'27.", '2027-01-01', '2027-03-31'],
      ['The economy tips into recession within two years.', '2026-02-09', '2028-02-09'],
      ['The refinery will be sold within 90 days.', '2026-02-09', '2026-05-10'],
      ['Prices fall over the next couple of months.', '2026-02-09', '2026-04-09'],
      ['The index will be higher a year from now.', '2026-02-09', '2027-02-09'],
      ['Inflation eases by the end of next quarter.', '2026-02-09', '2026-06-30'],
      ['Volumes grow between now and the end of 2027.', '2026-02-09', '2027-12-31'],
      ['The team wins the title no later than 2028.', '2026-02-09', '2028-12-31'],
      ['Output rises steadily from mid-2026 through 2028.', '2026-05-01', '2028-12-31'],
      ['Layoffs will come before the end of the summer.', '2026-02-09', '2026-08-31'],
    ],
  ],
  [
    'Adapted from public reports (addresses in the comments), by the same conventions',
    [
      // https://namelesstavern.net/viewtopic.php?p=292689 (BBC, 2006-09-06)
      ['The launch of the console in Europe has been delayed until March 2007.', null, undefined, '2006-09-06'],
      ['Sony said it still aimed to ship six million consoles by March.', '2006-09-06', '2007-03-31', '2006-09-06'],
      // https://redmondmag.com/articles/2007/04/13/apple-delays-launch-of-operating-system.aspx
      [
        'The new shipment date for the system will be in October, the company said.',
        '2007-10-01',
        '2007-10-31',
        '2007-04-13',
      ],
      ["Apple said it won't be shipping the system in June as planned.", null, undefined, '2007-04-13'],
      // https://www.cbsnews.com/news/apple-watch-wont-launch-until-spring-report-says/
      ["The watch won't launch until spring, a report says.", '2015-03-01', '2015-05-31', '2014-11-24'],
      // http://www.business-standard.com/article/international/apple-puts-off-release-of-homepod-speaker-117111900033_1.html
      [
        'The company said it would postpone the release of the speaker to early 2018.',
        '2018-01-01',
        '2018-04-30',
        '2017-11-19',
      ],
    ],
  ],
  [
    'Rule 2 with an owner between trigger and period, seasons in quotes, and rule 7 for a restating apposition',
    [
      ['Oracle will reach $65 billion in revenue by the company’s May 2027 fiscal year.', '2026-02-09', '2027-05-31'],
      ['Nvidia expects the ramp to finish by its fiscal 2027.', '2026-02-09', '2027-01-31'],
      ['The bill signed by the governor’s office will cut costs in July.', '2026-07-01', '2026-07-31'],
      ['The watch will make its debut in the "spring," people familiar say.', '2026-03-01', '2026-05-31'],
      ['The chip ships in H2, a six-month period that also brings a refresh.', '2026-07-01', '2026-12-31'],
      ['The fund will double over a six-month period.', '2026-02-09', '2026-08-09'],
    ],
  ],
]);

describe('a year opening the sentence places a year-less month, day or quarter after it (rule 6 read from that year)', () => {
  it.each([
    ['This year Diwali will be celebrated on 24 October.', ['2022-10-24', '2022-10-24']],
    ['In 2027, the Fed cuts in March.', ['2027-03-01', '2027-03-31']],
    ['This year, the Fed cuts in December.', ['2022-12-01', '2022-12-31']],
    ['Next year, sales peak in Q3.', ['2023-07-01', '2023-09-30']],
    // A second year, a year that is not first, or a fronted forecast's period keeps the hull.
    ['This year, sales rise, and a peak comes in 2027.', ['2022-10-01', '2027-12-31']],
    ['The Fed cuts in March, and again in 2027.', ['2023-03-01', '2027-12-31']],
  ])('%s', (text, want) => {
    expect(win(text, '2022-10-01')).toEqual(want);
  });
});

describe('a fronted year places periods only in its own clause, up to ";" or ", but / while" and a new subject', () => {
  const P = '2026-03-02';
  it.each([
    // The month after ";" is the next one (rule 6 from the date), beside the fronted year's own forecast.
    ['In 2028, the company says, the plant will open; construction starts in May.', ['2026-05-01', '2028-12-31']],
    ['In 2027, prices will rise; the Fed meets in March.', ['2026-03-02', '2027-12-31']],
    ['In 2027, prices will rise, but the Fed meets in March.', ['2026-03-02', '2027-12-31']],
    // Within its clause, and after ", but" with no new subject, the year still places the month.
    ['In 2027, prices will rise, but only in March.', ['2027-03-01', '2027-03-31']],
  ])('%s', (text, want) => {
    expect(win(text, P)).toEqual(want);
    for (const got of [
      extractClaims(text, { published: P }),
      extractClaims(`What's Moving\n\n- ${text}\n`, { published: P }),
    ])
      expect(got.map((c) => c.window && [c.window.start, c.window.end])).toEqual([want]);
  });
});

describe('a dated sitting as the subject of a modal places a year-less day after it, as a fronted year does', () => {
  it.each([
    ['The 2018 session must be wrapped up no later than March 14.', ['2018-01-26', '2018-03-14']],
    ['The 2018 term will end by March 14.', ['2018-01-26', '2018-03-14']],
    // Not the subject of a modal, a past sitting, or a budget (no sitting): unchanged.
    ['The 2018 session was wrapped up on March 14.', null],
    ['The 2018 budget must pass by March 14.', ['2018-01-26', '2018-03-14']],
    ['The 2018 session will run from January to March.', ['2018-01-26', '2018-03-31']],
  ])('%s', (text, want) => {
    expect(win(text, '2018-01-26')).toEqual(want);
  });
});
