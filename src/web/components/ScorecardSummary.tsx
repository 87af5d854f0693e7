import type { Scorecard } from '../../shared/api/leaderboard.js';
import { hitSentence, num, pct } from '../format.js';

/** The headline numbers of a scorecard, worded as SCORING.md B7 suggests. */
export function ScorecardSummary({
  card,
  counts,
}: {
  card: Scorecard;
  counts: { open: number; due: number; resolved: number; void: number };
}) {
  const showDecomposition = card.nProbabilistic >= 20;
  return (
    <div className="scorecard">
      <div className="stat lead-stat">
        <span className="stat-label">Hit rate</span>
        <span className="stat-value">{pct(card.hitRate)}</span>
        <span className="stat-note">
          {hitSentence(card.hits, card.nDirectional, card.hitRate, card.wilsonLow, card.wilsonHigh)}
        </span>
      </div>
      <div className="stat">
        <span className="stat-label">Adjusted</span>
        <span className="stat-value">{pct(card.shrunkRate)}</span>
        <span className="stat-note">adjusted for sample size (the ranking measure)</span>
      </div>
      <div className="stat">
        <span className="stat-label">Brier</span>
        <span className="stat-value">{num(card.brier)}</span>
        <span className="stat-note">
          {card.nProbabilistic
            ? `${card.nProbabilistic} calls with a probability; 0 is perfect, coin flip = 0.25`
            : 'no stated probabilities'}
        </span>
      </div>
      {card.baselineScore !== null && (
        <div className="stat">
          <span className="stat-label">Baseline score</span>
          <span className="stat-value">{num(card.baselineScore, 1)}</span>
          <span className="stat-note">coin flip = 0, higher is better</span>
        </div>
      )}
      <div className="stat">
        <span className="stat-label">Calls</span>
        <span className="stat-value">{counts.open + counts.due + counts.resolved + counts.void}</span>
        <span className="stat-note">
          {counts.resolved} resolved · {counts.open} open · {counts.due} due · {counts.void} void
        </span>
      </div>
      {showDecomposition && (
        <div className="stat">
          <span className="stat-label">Calibration / discrimination</span>
          <span className="stat-value">
            {num(card.reliability, 3)} / {num(card.resolution, 3)}
          </span>
          <span className="stat-note">reliability (lower is better) and resolution (higher is better)</span>
        </div>
      )}
    </div>
  );
}
