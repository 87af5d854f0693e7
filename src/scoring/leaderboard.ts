/**
 * The leaderboard: score every source, shrink toward μ, rank (SCORING.md B5).
 */
import { ScoringInputError } from './errors.js';
import { pooledPriorMean } from './hit-rate.js';
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
  return rankTotals(rows, resolved, 'sources');
}

/**
 * The leaderboard of maintained per-source totals (SCORING.md B5); equal to
 * `leaderboard` over the same calls. `priorMean` defaults to `'pooled'`.
 */
export function leaderboardFromTotals(
  rows: readonly { handle: string; totals: ScoreTotals }[],
  options?: ScoringOptions,
): LeaderboardRow[] {
  rows.forEach((row, i) => assertTotals(row.totals, `rows[${i}].totals`));
  return rankTotals(rows, resolveOptions(options, 'pooled'), 'rows');
}

function rankTotals(
  rows: readonly { handle: string; totals: ScoreTotals }[],
  options: ResolvedOptions,
  label: string,
): LeaderboardRow[] {
  assertUniqueHandles(rows, label);
  const mu =
    options.priorMean === 'pooled'
      ? pooledPriorMean(rows.map((r) => ({ hits: totalHits(r.totals), nDirectional: r.totals.nDirectional })))
      : options.priorMean;
  const cards = rows.map((row) => ({
    handle: row.handle,
    card: scorecardWithPrior(row.totals, mu, options.priorStrength),
  }));
  const ranked = cards.filter((c) => c.card.nDirectional >= 1).sort(compareRanked);
  const unranked = cards.filter((c) => c.card.nDirectional < 1).sort((a, b) => compareHandles(a.handle, b.handle));
  const toRow = (c: { handle: string; card: Scorecard }, rank: number | null): LeaderboardRow => ({
    ...c.card,
    handle: c.handle,
    rank,
    provisional: c.card.nDirectional < options.provisionalBelow,
  });
  return [...ranked.map((c, i) => toRow(c, i + 1)), ...unranked.map((c) => toRow(c, null))];
}

/**
 * SCORING.md B5.4: shrunk rate descending (values within 1e-12 tied), then
 * Wilson low descending (same tie epsilon, so float noise never decides),
 * then n_directional descending, then handle ascending.
 */
function compareRanked(a: { handle: string; card: Scorecard }, b: { handle: string; card: Scorecard }): number {
  const byShrunk = b.card.shrunkRate - a.card.shrunkRate;
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
