import type { ClaimCounts, Scorecard } from '../../shared/api/leaderboard.js';
import { hitSentence, num, pct } from '../format.js';
import { Explain } from './Explain.js';
import { EXPLANATIONS } from '../../shared/explanations.js';
import { byStatus, totalOf } from '../../shared/record-words.js';

/** The headline numbers of a scorecard, worded as SCORING.md B7 suggests. */
export function ScorecardSummary({
  card,
  counts,
  citedCounts,
}: {
  card: Scorecard;
  /** The source's own calls: the ones scored. */
  counts: ClaimCounts;
  /** Others' claims that cite or dispute it: listed with its claims, never scored. */
  citedCounts: ClaimCounts;
}) {
  const showDecomposition = card.nProbabilistic >= 20;
  const made = totalOf(counts);
  const cited = totalOf(citedCounts);
  return (
    <div className="scorecard">
      <div className="stat lead-stat">
        <span className="stat-label">
          Hit rate <Explain {...EXPLANATIONS.hitRate} />
        </span>
        <span className="stat-value">{pct(card.hitRate)}</span>
        <span className="stat-note">
          {hitSentence(card.hits, card.nDirectional, card.hitRate, card.wilsonLow, card.wilsonHigh)}
        </span>
      </div>
      <div className="stat">
        <span className="stat-label">
          Adjusted <Explain {...EXPLANATIONS.adjusted} />
        </span>
        <span className="stat-value">{card.nDirectional > 0 ? pct(card.shrunkRate) : '—'}</span>
        <span className="stat-note">
          {card.nDirectional > 0 ? 'adjusted for sample size (the ranking measure)' : 'nothing resolved yet'}
        </span>
      </div>
      <div className="stat">
        <span className="stat-label">
          Brier <Explain {...EXPLANATIONS.brier} />
        </span>
        <span className="stat-value">{num(card.brier)}</span>
        <span className="stat-note">
          {card.nProbabilistic
            ? `${card.nProbabilistic} ${card.nProbabilistic === 1 ? 'call' : 'calls'} with a probability; 0 is perfect, coin flip = 0.25`
            : 'no stated probabilities'}
        </span>
      </div>
      {card.baselineScore !== null && (
        <div className="stat">
          <span className="stat-label">
            Baseline score <Explain {...EXPLANATIONS.baseline} />
          </span>
          <span className="stat-value">{num(card.baselineScore, 1)}</span>
          <span className="stat-note">coin flip = 0, higher is better</span>
        </div>
      )}
      <div className="stat">
        <span className="stat-label">Calls made</span>
        <span className="stat-value">{made}</span>
        <span className="stat-note">{made > 0 ? byStatus(counts) : 'none of its own on the record'}</span>
      </div>
      {cited > 0 && (
        <div className="stat">
          <span className="stat-label">Cited in</span>
          <span className="stat-value">{cited}</span>
          <span className="stat-note">
            {byStatus(citedCounts)}: others’ claim{cited === 1 ? '' : 's'}, not scored
          </span>
        </div>
      )}
      {showDecomposition && (
        <div className="stat">
          <span className="stat-label">
            Calibration / discrimination <Explain {...EXPLANATIONS.calibration} />
          </span>
          <span className="stat-value">
            {num(card.reliability, 3)} / {num(card.resolution, 3)}
          </span>
          <span className="stat-note">reliability (lower is better) and resolution (higher is better)</span>
        </div>
      )}
    </div>
  );
}

export { totalOf };
