/** What each figure means, in a sentence or two: one wording wherever the figure appears. */
export const EXPLANATIONS = {
  hitRate: {
    what: 'the hit rate',
    anchor: 'interval',
    text: 'Share of resolved calls that came true, partial credit counted as given. The 95% interval is the range of true rates the record fits: wide when there are few calls.',
  },
  adjusted: {
    what: 'the adjusted rate',
    anchor: 'adjusted',
    text: 'The hit rate with 10 average calls added, so a short lucky streak does not outrank a long record. Sources are ranked by it.',
  },
  brier: {
    what: 'the Brier score',
    anchor: 'brier',
    text: 'For calls with a stated probability: the squared gap between it and what happened, averaged. 0 is perfect; always saying 50% scores 0.25.',
  },
  baseline: {
    what: 'the baseline score',
    anchor: 'baseline',
    text: 'Stated probabilities against a coin flip: 0 is a coin flip, about 100 perfect. Negative means more confident than the record bore out, even when most calls were right.',
  },
  calibration: {
    what: 'calibration',
    anchor: 'calibration',
    text: 'Whether “70%” calls come true about 70% of the time (reliability, lower is better), and how well the probabilities tell outcomes apart (resolution, higher is better).',
  },
} as const;
