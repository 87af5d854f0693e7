import { windowTableByDate } from '../helpers.js';

// A starting level written with its scale word or currency code ("from USD 9.6 billion this year") is a baseline, as
// "slow from 2.1% this year to 0.8% in 2024" is (docs/ingest.md, "Baselines and comparisons"; rule 7).

windowTableByDate([
  [
    'a starting level with a scale word or a currency code dates a baseline',
    [
      [
        'Americas equipment spending is expected to nearly double from USD 9.6 billion this year to USD 18.8 billion in 2026.',
        '2023-06-15',
        '2026-01-01',
        '2026-12-31',
      ],
      [
        'Analog spending is forecast to increase from USD 5 billion this year to USD 6.2 billion in 2026.',
        '2023-06-15',
        '2026-01-01',
        '2026-12-31',
      ],
      [
        'Korea is expected to lead spending in 2026 with USD 30.2 billion in investments, nearly doubling from US$15.7 billion in 2023.',
        '2023-06-15',
        '2026-01-01',
        '2026-12-31',
      ],
      [
        'Revenue rises from 3 billion yen this year to 5 billion yen in 2027.',
        '2023-06-15',
        '2027-01-01',
        '2027-12-31',
      ],
      ['Exports rise from AUD 3 billion this year to AUD 5 billion in 2027.', '2026-02-09', '2027-01-01', '2027-12-31'],
      ['Capex grows from $40 million in 2025 to $90 million in 2027.', '2026-02-09', '2027-01-01', '2027-12-31'],
      // "won" after an amount is Korea's currency, not the past of "win".
      [
        'HBM revenue rises from 2 trillion won in 2025 to 3 trillion won in 2027.',
        '2026-02-09',
        '2027-01-01',
        '2027-12-31',
      ],
      ['Hanwha will spend 500 billion won on the plant by 2028.', '2026-02-09', '2026-02-09', '2028-12-31'],
    ],
  ],
  [
    'counter: a scaled amount that is no starting level, and a range of years, keep their dates',
    [
      ['Sales climb to $5 billion from 2027.', '2026-02-09', '2027-01-01', '2027-12-31'],
      ['The fund draws $2 billion from next year.', '2026-02-09', '2027-01-01', '2027-12-31'],
      ['Spending rises to USD 9.6 billion this year.', '2026-02-09', '2026-02-09', '2026-12-31'],
      ['Orders of 3 billion yen arrive from 2027 to 2029.', '2026-02-09', '2027-01-01', '2029-12-31'],
      // "won" as the past of "win" keeps its date past, after a name, a year, a comma or "Korean".
      ['Korea won the bid in 2025.', '2026-02-09', null],
      ['Korea, which in 2025 won the bid, lost it again in 2026.', '2026-02-09', null],
      ['Hamilton, 40, won the title in 2025.', '2026-06-09', null],
      ['A Korean won the Boston Marathon in April.', '2026-06-09', null],
      ['The Korean won the 500m in February.', '2026-03-01', null],
    ],
  ],
]);
