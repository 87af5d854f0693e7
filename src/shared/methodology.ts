/**
 * The methodology page's prose (SCORING.md in plain words: what each number on the leaderboard and a
 * source's page means), held once: the app's pages/MethodologyPage.tsx and the server's first paint
 * (src/server/site/methodology-paint.ts) both render it, so the page reads the same with or without a script.
 */

/** A run of the prose: plain text, strong or emphasised text, or a link to a page of the site. */
export type ProseRun = string | { strong: string } | { em: string } | { link: string; to: string };

/** One section of the page: its anchor (the explanations' "More" links lead to it), heading and paragraphs. */
export interface ProseSection {
  id: string;
  heading: string;
  paragraphs: ProseRun[][];
}

export const METHODOLOGY_TITLE = 'How the numbers work';

export const METHODOLOGY_LEDE: ProseRun[] = [
  'Every figure on the ',
  { link: 'leaderboard', to: '/' },
  ' and on a source’s page comes from the resolved calls in the public ',
  { link: 'ledger', to: '/ledger' },
  ', by the rules below.',
];

export const METHODOLOGY_SECTIONS: ProseSection[] = [
  {
    id: 'what-counts',
    heading: 'Which calls count',
    paragraphs: [
      [
        'A source is scored on the calls it ',
        { strong: 'made' },
        '. Being quoted or cited in someone else’s call does not count for or against it. A call counts once a reviewer has resolved it: true, false, partly true (with the share of credit the reviewer gave, for example 0.25), or void. Void calls — ambiguous, withdrawn, or whose condition never happened — are counted apart and left out of every score.',
      ],
    ],
  },
  {
    id: 'hit-rate',
    heading: 'Hit rate',
    paragraphs: [
      [
        'The share of resolved calls that came true, with partly-true calls counting their share: 7 true, 2 false and one at 0.5 credit is 7.5 of 10, a 75% hit rate. A call stated at exactly 50% makes no call either way and is left out of the hit rate.',
      ],
    ],
  },
  {
    id: 'interval',
    heading: 'The 95% interval',
    paragraphs: [
      [
        'A hit rate from a handful of calls could easily be luck. The interval (a Wilson interval) is the range of true hit rates that fit the record: 2 of 2 gives 34–100%, 40 of 50 gives 67–89%. Wide means “too few calls to say”.',
      ],
    ],
  },
  {
    id: 'adjusted',
    heading: 'Adjusted rate — the ranking',
    paragraphs: [
      [
        'Sources are ranked by the hit rate ',
        { em: 'adjusted for sample size' },
        ': each source starts as if it had 10 extra calls at the average hit rate of all sources, and its own calls pull it from there. A source that went 2 for 2 lands a little above average, not at 100%; a source with 50 good calls ranks on its own record. With nothing resolved there is no adjusted rate at all.',
      ],
      [
        { strong: 'Provisional' },
        ' sources have fewer than 5 resolved calls: they keep their rank but are shown apart, because their place can still move a lot.',
      ],
    ],
  },
  {
    id: 'brier',
    heading: 'Brier score',
    paragraphs: [
      [
        'For calls with a stated probability (“70% likely”): the square of the gap between the probability and what happened (1 if it came true, 0 if not), averaged. 0 is perfect; always saying 50% scores 0.25; confident and wrong approaches 1. It is shown next to a source but not used for ranking, because most calls carry no probability.',
      ],
    ],
  },
  {
    id: 'baseline',
    heading: 'Baseline score',
    paragraphs: [
      [
        'The same probabilistic calls measured against a coin flip, on a scale where a coin flip scores 0 and a perfect, certain forecast about 100. A negative score means the stated probabilities did worse than saying 50% every time — which is how a source can have a good hit rate and a negative baseline score: it was right more often than not, but said it was more certain than it turned out to be.',
      ],
    ],
  },
  {
    id: 'calibration',
    heading: 'Calibration',
    paragraphs: [
      [
        'Calls are grouped by stated probability (50–60%, 60–70%, …). A well-calibrated source’s “70%” calls come true about 70% of the time, so its dots sit on the diagonal. Dots below it mean overconfidence, above it underconfidence. Groups with fewer than 3 calls are drawn faded: too few to read much into.',
      ],
    ],
  },
  {
    id: 'over-time',
    heading: 'Hit rate over time',
    paragraphs: [
      [
        'Each month’s point is the hit rate of the calls resolved in the six months up to it, with its interval shaded, so a change in form shows without one call swinging the line.',
      ],
    ],
  },
];
