/**
 * The leaderboard: score every source, shrink toward μ, rank (SCORING.md B5).
 */
import { ScoringInputError } from './errors.js';
import { pooledPriorMean, shrunkRate } from './hit-rate.js';
import { resolveOptions, type ResolvedOptions } from './options.js';
import { scorecardWithPrior } from './scorecard.js';
import { accumulateCall, assertTotals, emptyTotals, totalHits } from './totals.js';
import type { LeaderboardRow, ResolvedCall, Scorecard, ScoreTotals, ScoringOptions } from './types.js';

/** Tie epsilon for ranking (SCORING.md B1 constants, B5.4). */
export const TIE_EPSILON = 1e-12;

/**
 * Scores each source over its own calls with the same `asOf` and
 * `impliedProbability`, then ranks them (SCORING.md B5). `priorMean`
 * defaults to `'pooled'`. Handles must be unique.
 */
export function leaderboard(
  sources: readonly { handle: string; calls: readonly ResolvedCall[] }[],
  options?: ScoringOptions,
): LeaderboardRow[] {
  const resolved = resolveOptions(options, 'pooled');
  const rows = sources.map((source, s) => {
    const totals = emptyTotals();
    const calls = source.calls;
    for (let i = 0; i < calls.length; i++) {
      accumulateCall(totals, calls[i] as ResolvedCall, resolved, 1, `sources[${s}].calls[${i}]`);
    }
    return { handle: source.handle, totals };
  });
  return rankTotals(rows, resolved, 'sources').map(toRow);
}

/**
 * The leaderboard of maintained per-source totals (SCORING.md B5); equal to
 * `leaderboard` over the same calls. `priorMean` defaults to `'pooled'`.
 */
export function leaderboardFromTotals(
  rows: readonly { handle: string; totals: ScoreTotals }[],
  options?: ScoringOptions,
  memo?: ScorecardMemo,
): LeaderboardRow[] {
  return rankedFromTotals(rows, options, memo).map(toRow);
}

/**
 * The same ranking as `leaderboardFromTotals`, in the same order, as each source's scorecard and
 * place rather than a flat row: for a caller that builds rows of its own and would otherwise
 * copy every field twice.
 */
export function rankedFromTotals(
  rows: readonly { handle: string; totals: ScoreTotals }[],
  options?: ScoringOptions,
  memo?: ScorecardMemo,
): RankedSource[] {
  rows.forEach((row, i) => {
    if (!memo?.has(row.totals)) assertTotals(row.totals, `rows[${i}].totals`);
  });
  return rankTotals(rows, resolveOptions(options, 'pooled'), 'rows', memo);
}

/**
 * Scorecards already computed for totals objects that have not changed since, for a caller that
 * ranks the same sources again after a few of them changed (a server after a write): only the
 * prior-dependent adjusted rate is computed again for the others. Totals must not be mutated
 * once they are keys here.
 */
export type ScorecardMemo = WeakMap<ScoreTotals, Scorecard>;

/** A ranked source: its scorecard (whose shrunkRate may be for another μ), its shrunk rate for this board's μ, its rank (null when unranked) and whether it is provisional. */
export interface RankedSource {
  handle: string;
  card: Scorecard;
  shrunk: number;
  rank: number | null;
  provisional: boolean;
}

function rankTotals(
  rows: readonly { handle: string; totals: ScoreTotals }[],
  options: ResolvedOptions,
  label: string,
  memo?: ScorecardMemo,
): RankedSource[] {
  assertUniqueHandles(rows, label);
  const mu =
    options.priorMean === 'pooled'
      ? pooledPriorMean(rows.map((r) => ({ hits: totalHits(r.totals), nDirectional: r.totals.nDirectional })))
      : options.priorMean;
  const cards = rows.map((row): Ranked => {
    let card = memo?.get(row.totals);
    if (!card) {
      card = scorecardWithPrior(row.totals, mu, options.priorStrength);
      memo?.set(row.totals, card);
    }
    const shrunk = shrunkRate(card.hits, card.nDirectional, mu, options.priorStrength);
    return { handle: row.handle, card, shrunk };
  });
  const ranked = cards.filter((c) => c.card.nDirectional >= 1).sort(compareRanked);
  const unranked = cards.filter((c) => c.card.nDirectional < 1).sort((a, b) => compareHandles(a.handle, b.handle));
  const place = ({ handle, card, shrunk }: Ranked, rank: number | null): RankedSource => ({
    handle,
    card,
    shrunk,
    rank,
    provisional: card.nDirectional < options.provisionalBelow,
  });
  return [...ranked.map((c, i) => place(c, i + 1)), ...unranked.map((c) => place(c, null))];
}

/** Field by field rather than a spread: a board builds thousands of these after every write. */
function toRow({ card, shrunk, handle, rank, provisional }: RankedSource): LeaderboardRow {
  return {
    n: card.n,
    nVoid: card.nVoid,
    nScored: card.nScored,
    nDirectional: card.nDirectional,
    nProbabilistic: card.nProbabilistic,
    nImpliedProbability: card.nImpliedProbability,
    hits: card.hits,
    hitRate: card.hitRate,
    wilsonLow: card.wilsonLow,
    wilsonHigh: card.wilsonHigh,
    shrunkRate: shrunk,
    brier: card.brier,
    logScore: card.logScore,
    baselineScore: card.baselineScore,
    calibration: card.calibration,
    reliability: card.reliability,
    resolution: card.resolution,
    uncertainty: card.uncertainty,
    decompositionResidual: card.decompositionResidual,
    handle,
    rank,
    provisional,
  };
}

/** A source being ranked: its scorecard (whose shrunkRate may be for another μ) and its shrunk rate for this board's. */
interface Ranked {
  handle: string;
  card: Scorecard;
  shrunk: number;
}

/**
 * SCORING.md B5.4: shrunk rate descending (values within 1e-12 tied), then
 * Wilson low descending (same tie epsilon, so float noise never decides),
 * then n_directional descending, then handle ascending.
 */
function compareRanked(a: Ranked, b: Ranked): number {
  const byShrunk = b.shrunk - a.shrunk;
  if (Math.abs(byShrunk) > TIE_EPSILON) return byShrunk;
  const byWilson = (b.card.wilsonLow ?? 0) - (a.card.wilsonLow ?? 0);
  if (Math.abs(byWilson) > TIE_EPSILON) return byWilson;
  if (a.card.nDirectional !== b.card.nDirectional) return b.card.nDirectional - a.card.nDirectional;
  return compareHandles(a.handle, b.handle);
}

/** Handle order: plain UTF-16 code-unit order, independent of locale. */
function compareHandles(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function assertUniqueHandles(rows: readonly { handle: string }[], label: string): void {
  const seen = new Set<string>();
  rows.forEach((row, i) => {
    if (typeof row.handle !== 'string') {
      throw new ScoringInputError(`${label}[${i}].handle`, row.handle, 'must be a string');
    }
    if (seen.has(row.handle)) {
      throw new ScoringInputError(`${label}[${i}].handle`, row.handle, 'duplicate handle on one leaderboard');
    }
    seen.add(row.handle);
  });
}
