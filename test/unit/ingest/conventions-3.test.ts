import { describe, expect, it } from 'vitest';
import { extractClaims, findWindow } from '../../../src/ingest/index.js';

// A third check of the conventions of TIME-WINDOWS.md on sentences written fresh for it (none is in a fixture),
// each labelled by hand from the convention named in its group for published = 2026-02-09 (a Monday) unless the
// row gives another date; never by running the code. Rows "adapted from" a page keep its address as provenance.
type Row = [string, string | null, string?, string?];
const GROUPS: Array<[string, Row[]]> = [
  [
    'More conventions, phrasings: Qn-YY / Qn-YYYY, "Sept. 2027", "Jan. 15, 2027", numeric US dates, as written',
    [
      ['Shipments should resume in Q2-2026.', '2026-04-01', '2026-06-30'],
      ['We see margins troughing in Q4-27.', '2027-10-01', '2027-12-31'],
      ['The agency expects to finish the review by Sept. 2027.', '2026-02-09', '2027-09-30'],
      ['The court will rule on Jan. 15, 2027, lawyers expect.', '2027-01-15', '2027-01-15'],
      ['Management expects the deal to close by 3/31/2027.', '2026-02-09', '2027-03-31'],
      ['The refinery will restart on 6/1/2026.', '2026-06-01', '2026-06-01'],
      ['Expect the first cut on April 30 — markets are not priced for it.', '2026-04-30', '2026-04-30'],
    ],
  ],
  [
    'Periods, early / mid / late YYYY and rule 3 ("by mid-YYYY" is Jun 30), with a non-breaking hyphen',
    [
      ['Output should peak around mid\u20112027.', '2027-05-01', '2027-08-31'],
      ['Payrolls will turn negative by mid\u20112026.', '2026-02-09', '2026-06-30'],
      ['Prices will bottom in late\u20112026.', '2026-09-01', '2026-12-31'],
    ],
  ],
  [
    'Periods, seasons (northern meteorological): a hemisphere adjective does not change the reading for the north',
    [
      ['Grid demand will peak this northern summer.', '2026-06-01', '2026-08-31'],
      ['Wheat prices will rise in the Northern Hemisphere spring.', '2026-03-01', '2026-05-31'],
    ],
  ],
  [
    'More conventions: the coming quarter; next N quarters ends with the Nth full quarter after the current one',
    [
      ['Bookings should improve in the coming quarter.', '2026-04-01', '2026-06-30'],
      ['We expect margins to compress over the next two quarters.', '2026-02-09', '2026-09-30'],
      ['Deliveries double within the next 4 quarters.', '2026-02-09', '2027-03-31'],
    ],
  ],
  [
    'More conventions: decade idioms and mid-century (2050)',
    [
      ['Fusion power reaches the grid before the decade is out.', '2026-02-09', '2029-12-31'],
      ['A quantum computer breaks RSA-2048 within the decade.', '2026-02-09', '2029-12-31'],
      ['Half of new cars will be electric by the end of this decade.', '2026-02-09', '2029-12-31'],
      ['Coal use will halve in the early 2030s.', '2030-01-01', '2033-12-31'],
      ['Global population peaks around mid-century.', '2050-01-01', '2050-12-31'],
      ['India overtakes China in oil demand by mid-century.', '2026-02-09', '2050-12-31'],
      ['Over the next decade, nuclear capacity will triple.', '2026-02-09', '2036-02-09'],
    ],
  ],
  [
    'More conventions: this time next year; closes / ends the year at X; into year-end; N years from now',
    [
      ['Mortgage rates will be lower this time next year.', '2027-02-01', '2027-02-28'],
      ['The index closes the year at 7,400, our strategists say.', '2026-12-31', '2026-12-31'],
      ['Bitcoin ends the year at $150,000.', '2026-12-31', '2026-12-31'],
      ['We expect the dollar to weaken into year-end.', '2026-02-09', '2026-12-31'],
      ["In a year's time, inflation will be back at 2%.", '2026-02-09', '2027-02-09'],
      ['Five years from now, most code will be written by agents.', '2026-02-09', '2031-02-09'],
    ],
  ],
  [
    'More conventions: a bare duration that bounds the outcome is published + that duration',
    [
      ['The airline has perhaps 12 months before it runs out of cash.', '2026-02-09', '2027-02-09'],
      ['Europe has maybe two years before the gas shortfall bites.', '2026-02-09', '2028-02-09'],
    ],
  ],
  [
    'More conventions: "later this <period>", "by later in <period>" end at the end of that period',
    [
      ['The retailer will open its first stores later this year.', '2026-02-09', '2026-12-31'],
      ['The patch ships by later in the spring.', '2026-02-09', '2026-05-31'],
      ['A decision comes later this quarter.', '2026-02-09', '2026-03-31'],
    ],
  ],
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
    'Not windows, past states: a postponement reported as done states the current plan, like "is scheduled for"',
    [
      ['The board pushed the listing back until the fourth quarter.', null],
      ['The regulator delayed its decision until September.', null],
      ['Deliveries were pushed back from 2026 to 2028.', null],
      ['The vote has been postponed until March.', null],
      ['The company scheduled the launch for May.', null],
    ],
  ],
  [
    'Not windows: a rejected, abandoned or withdrawn alternative does not count',
    [
      ['A March hike is off the table; June at the earliest.', '2026-06-01', '2026-06-30'],
      ['The plant will open in May, rather than the originally planned March.', '2026-05-01', '2026-05-31'],
      ['Instead of April, the vote will now take place in June.', '2026-06-01', '2026-06-30'],
      ['The company scrapped its plan to go public in 2027.', null],
      ['The ministry withdrew its proposal to raise fuel taxes in July.', null],
      ['The spinoff, once slated for 2026, has been abandoned.', null],
    ],
  ],
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
    "More conventions: a named organisation's fiscal year, its halves and quarters, and its next fiscal year",
    [
      ['Microsoft will see capex growth slow in the second half of fiscal 2027.', '2027-01-01', '2027-06-30'],
      ['Apple should return to growth in the first quarter of fiscal 2027.', '2026-10-01', '2026-12-31'],
      ['Nvidia expects data-center revenue to double next fiscal year.', '2027-02-01', '2028-01-31'],
      ['Microsoft expects Azure to grow 35% next fiscal year.', '2026-07-01', '2027-06-30'],
      ["India's economy will grow 7% in FY27, the RBI projects.", '2026-04-01', '2027-03-31'],
      ['The OBR expects borrowing to fall in the 2026-27 financial year.', '2026-04-01', '2027-03-31'],
      ['Toyota forecasts record profit in FY2026.', '2026-04-01', '2027-03-31'],
      ['The federal deficit will top $2 trillion in fiscal 2027, the CBO projects.', '2026-10-01', '2027-09-30'],
      ['Apple will grow revenue in H1 of fiscal 2027.', '2026-10-01', '2027-03-31'],
      ['Sales will rise 5% in fiscal 2027.', '2027-01-01', '2027-12-31'],
    ],
  ],
  [
    'More conventions: named events from the events table, by the deadline rules; open-ended anchors give null',
    [
      ['Retailers will slash prices by Thanksgiving.', '2026-02-09', '2026-11-26'],
      ['Congress will pass the bill before Labor Day.', '2026-02-09', '2026-09-06'],
      ['Chocolate sales will peak at Easter.', '2026-04-05', '2026-04-05'],
      ['The merger closes by Christmas.', '2026-02-09', '2026-12-25'],
      ['Gas will top $4 a gallon before Memorial Day.', '2026-02-09', '2026-05-24'],
      ['The Fed will cut at the June FOMC meeting.', '2026-06-17', '2026-06-17'],
      ['Turnout will hit a record in the presidential election.', '2028-11-07', '2028-11-07'],
      ['Stocks will rally after the midterms.', null],
      ['Once the merger closes, prices will rise.', null],
      ['The product ships by the Consumer Electronics Show.', null],
    ],
  ],
  [
    'More conventions: sports seasons when the sport is named; otherwise the calendar-year range',
    [
      ['The Celtics will win the title in the 2026-27 NBA season.', '2026-10-01', '2027-06-30'],
      ['Arsenal will win the Premier League in 2026/27.', '2026-08-01', '2027-05-31'],
      ['Attendance will rise in the 2026-27 season.', '2026-02-09', '2027-12-31'],
    ],
  ],
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
    'A second batch on new wording: hulls, deadlines, ranges and past clauses (rules 2, 3, 7, 8; the Periods table)',
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
    'A third batch, labelled before it was run: hyphenated hemispheres, an owner between "of" and a fiscal year, "later in the year", a maturity date, an aside with "already", a plan beside a dated forecast',
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
    'A fourth batch, labelled before it was run: events with a year after them, "in time for", possessive holiday names, split fiscal years after FY, quarters named by their last month, "the year to March 2027"',
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
    'A fifth batch, labelled before it was run: given-up alternatives a few words on ("is now off the table", "has been dropped"), conditions, "the early part of 2027", numeric and written-out days',
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
];

describe.each(GROUPS)('%s', (_convention, rows) => {
  it.each(rows)('%s', (text, start, end, published) => {
    const w = findWindow(text, published ?? '2026-02-09');
    expect(w && { start: w.start, end: w.end }).toEqual(start === null ? null : { start, end });
  });
});

// An issue in the house format: its title and dateline, a calendar entry, a bullet title, `&` between handles,
// a Desk Note that restates a claim and one that adds a new dated call (TIME-WINDOWS.md, "More on claims").
const ISSUE = [
  'Grid Weekly — March 2, 2026',
  'Issue 42 · Published 2026-03-02',
  '',
  'The Signal',
  'Utilities will announce record capex plans by Q3 2026. The FERC hearing is set for April 14.',
  '',
  "What's Moving",
  '- Gas turbines vs. grid batteries — Battery installs will overtake gas peakers in H2 2026 (via @GridGuy & @ElectricAnna)',
  '- Rate cases — The Texas rate-case ruling is due in May. (via @puc_watch)',
  '',
  'Tradecraft',
  'BULL',
  'Storage costs keep falling faster than anyone models.',
  'WATCH',
  'Next trigger: the June 17 FOMC. If rates drop, expect a wave of project-finance deals by Q4.',
  '',
  'Desk Notes',
  '- @gridguy — batteries beat gas peakers in the back half of 2026',
  '- @electricanna — transmission permitting reform passes by the end of 2027',
  '',
].join('\n');

describe('What counts as a claim, on a new issue', () => {
  const got = extractClaims(ISSUE, { published: '2026-03-02' });
  const brief = got.map((c) => ({
    kind: c.kind,
    sources: [...c.sources].sort(),
    window: c.window && [c.window.start, c.window.end],
    restates: c.restates,
  }));

  it('proposes the dated forecasts, the Tradecraft blocks and the new Desk Note call, and nothing else', () => {
    expect(brief).toEqual([
      { kind: 'CLAIM', sources: [], window: ['2026-03-02', '2026-09-30'], restates: undefined },
      {
        kind: 'CLAIM',
        sources: ['@electricanna', '@gridguy'],
        window: ['2026-07-01', '2026-12-31'],
        restates: undefined,
      },
      { kind: 'BULL', sources: [], window: null, restates: undefined },
      { kind: 'WATCH', sources: [], window: ['2026-03-02', '2026-12-31'], restates: undefined },
      { kind: 'CLAIM', sources: ['@gridguy'], window: ['2026-07-01', '2026-12-31'], restates: 1 },
      { kind: 'CLAIM', sources: ['@electricanna'], window: ['2026-03-02', '2027-12-31'], restates: undefined },
    ]);
  });

  it('leaves the bullet title and the attribution out of the claim text', () => {
    expect(got[1]?.text).toBe('Battery installs will overtake gas peakers in H2 2026');
  });
});

// A markdown issue: a title with a dateline, a tagline, bold bullet titles, a calendar entry, a Desk Note of the
// same handle with a new (opposite) call and one whose window only overlaps the WATCH block's.
const LEDGER = [
  '# The Ledger — Feb. 9, 2026',
  '*Markets, policy and the calls we make*',
  '',
  '## The Signal',
  'Copper will hit a record above $12,000 a tonne by the end of Q2.',
  '',
  "## What's Moving",
  "- **Chile** — Codelco's output will fall in 2026 for a third straight year (via @minewatch)",
  '- **Tariffs** — The copper tariff decision is scheduled for April 15 (per @tradedesk)',
  '',
  '## Tradecraft',
  '**WATCH:** The April 15 tariff decision — a tariff above 25% sends COMEX premiums to records by June.',
  '',
  '## Desk Notes',
  "- @minewatch — Codelco's output rebounds above 1.4 Mt in 2027",
  '- @tradedesk — tariff set at 50% by mid-year',
  '',
].join('\n');

describe('What counts as a claim, on a second new issue', () => {
  it('proposes no masthead or calendar line, and links no Desk Note that makes a new call', () => {
    const got = extractClaims(LEDGER, { published: '2026-02-09' });
    expect(
      got.map((c) => ({
        kind: c.kind,
        sources: [...c.sources].sort(),
        window: c.window && [c.window.start, c.window.end],
        restates: c.restates,
      })),
    ).toEqual([
      { kind: 'CLAIM', sources: [], window: ['2026-02-09', '2026-06-30'], restates: undefined },
      { kind: 'CLAIM', sources: ['@minewatch'], window: ['2026-02-09', '2026-12-31'], restates: undefined },
      { kind: 'WATCH', sources: [], window: ['2026-02-09', '2026-06-30'], restates: undefined },
      { kind: 'CLAIM', sources: ['@minewatch'], window: ['2027-01-01', '2027-12-31'], restates: undefined },
      { kind: 'CLAIM', sources: ['@tradedesk'], window: ['2026-02-09', '2026-06-30'], restates: undefined },
    ]);
  });
});

// Present-state judgements, calendar entries and "could" possibilities that hold a date, a dateline above the
// first section, and Desk Notes by the same handle that make a new call with a figure of their own
// (TIME-WINDOWS.md, "What counts as a claim" and "More on claims"). Labelled before the extractor was run.
const BRIEF = [
  'Morning Brief — Tuesday, March 3, 2026',
  'By the desk',
  '',
  'The Signal',
  'Markets are pricing two cuts in 2026. We think the Fed delivers only one, in September.',
  'The ECB meeting slated for April could bring a surprise.',
  'The CPI release is due March 11.',
  "Europe's gas storage is at its lowest level for March since 2021.",
  '',
  "What's Moving",
  '- Chips — TSMC is the most important company in the world in 2026. (via @chipwatch)',
  "- Autos — Tesla's robotaxi launch, scheduled for June, will slip to 2027 (via @evanalyst)",
  '- Oil — OPEC+ will raise output by June, per @opecwatch',
  '',
  'Desk Notes',
  '- @chipwatch — TSMC capex tops $50B in 2026',
  '- @evanalyst — robotaxi launch pushed into 2027',
  '- @opecwatch — Brent below $60 by July',
  '',
].join('\n');

const WEEKLY = [
  'THE WEEKLY',
  'Issue 12 | 2026-03-03',
  '',
  'The Signal',
  'Housing starts will fall 10% by the summer, and the spring selling season is the weakest in a decade.',
  '',
  'Crosscurrents',
  '- Rates — Mortgage rates could dip below 6% by May if the Fed cuts (via @housingwire)',
  "- Builders — Lennar's Q1 report showed margins at 18%; they recover to 22% by Q4 (via @builderbob)",
  '',
  'Tradecraft',
  '🐂 BULL',
  "Builders' margins recover by year-end.",
  '🐻 BEAR',
  'Inventory swells.',
  '👀 WATCH',
  'The June 17 FOMC decision.',
  '',
].join('\n');

const brief = (text: string, published: string) =>
  extractClaims(text, { published }).map((c) => ({
    kind: c.kind,
    sources: [...c.sources].sort(),
    window: c.window && [c.window.start, c.window.end],
    restates: c.restates,
  }));

describe('What counts as a claim: present states, plans and possibilities are not proposed', () => {
  it('a plain brief with a dateline', () => {
    expect(brief(BRIEF, '2026-03-03')).toEqual([
      { kind: 'CLAIM', sources: [], window: ['2026-09-01', '2026-09-30'], restates: undefined },
      { kind: 'CLAIM', sources: ['@evanalyst'], window: ['2027-01-01', '2027-12-31'], restates: undefined },
      { kind: 'CLAIM', sources: ['@opecwatch'], window: ['2026-03-03', '2026-06-30'], restates: undefined },
      { kind: 'CLAIM', sources: ['@chipwatch'], window: ['2026-03-03', '2026-12-31'], restates: undefined },
      { kind: 'CLAIM', sources: ['@evanalyst'], window: ['2027-01-01', '2027-12-31'], restates: 1 },
      { kind: 'CLAIM', sources: ['@opecwatch'], window: ['2026-03-03', '2026-07-31'], restates: undefined },
    ]);
  });

  it('an emoji-labelled weekly with an issue line', () => {
    expect(brief(WEEKLY, '2026-03-03')).toEqual([
      { kind: 'CLAIM', sources: [], window: ['2026-03-03', '2026-08-31'], restates: undefined },
      { kind: 'CLAIM', sources: ['@builderbob'], window: ['2026-03-03', '2026-12-31'], restates: undefined },
      { kind: 'BULL', sources: [], window: ['2026-03-03', '2026-12-31'], restates: undefined },
      { kind: 'BEAR', sources: [], window: null, restates: undefined },
      { kind: 'WATCH', sources: [], window: ['2026-06-17', '2026-06-17'], restates: undefined },
    ]);
  });
});
