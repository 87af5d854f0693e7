/**
 * Monthly rolling hit rate (SCORING.md B4 hit rate and Wilson interval over a
 * trailing window of resolution dates; B2.1 for `asOf`).
 */
import { assertIsoDate, formatMonth, monthIndex } from './dates.js';
import { ScoringInputError } from './errors.js';
import { hitCredit, hitRate } from './hit-rate.js';
import { countsAsOf, validateCall } from './outcomes.js';
import type { ResolvedCall, RollingOptions, RollingPoint } from './types.js';
import { WILSON_Z, wilsonInterval } from './wilson.js';

/**
 * A series of `months` points, oldest first, ending with the month of `asOf`.
 * The point for month M covers the directional calls (SCORING.md B2.4: not
 * void, p ≠ 0.5) whose `resolvedOn` falls in the `windowMonths` calendar months
 * ending with M (M − windowMonths + 1 … M, inclusive) and is not after `asOf`.
 * Calls without `resolvedOn` cannot be placed and are left out. Each point
 * carries n, hits (Σ hit credit), hit rate and the Wilson interval (B4).
 * Throws `ScoringInputError` on invalid calls, dates or non-positive integers.
 */
export function rollingHitRate(calls: readonly ResolvedCall[], options: RollingOptions): RollingPoint[] {
  const asOf = assertIsoDate('asOf', options.asOf);
  const windowMonths = assertPositiveInteger('windowMonths', options.windowMonths);
  const months = assertPositiveInteger('months', options.months);
  const lastMonth = monthIndex(asOf);
  const firstWindowMonth = lastMonth - months + 1 - (windowMonths - 1);
  const span = lastMonth - firstWindowMonth + 1;
  const perMonthN = new Array<number>(span).fill(0);
  const perMonthHits = new Array<number>(span).fill(0);

  calls.forEach((call, i) => {
    validateCall(call, `calls[${i}]`);
    if (call.resolvedOn === undefined || call.resolvedOn === null || call.outcome === null) return;
    if (!countsAsOf(call, asOf)) return;
    const slot = monthIndex(call.resolvedOn) - firstWindowMonth;
    if (slot < 0 || slot >= span) return;
    const credit = hitCredit(call.probability, call.outcome);
    if (credit === null) return;
    perMonthN[slot] = (perMonthN[slot] ?? 0) + 1;
    perMonthHits[slot] = (perMonthHits[slot] ?? 0) + credit;
  });

  const series: RollingPoint[] = [];
  for (let m = lastMonth - months + 1; m <= lastMonth; m++) {
    let n = 0;
    let hits = 0;
    for (let w = m - windowMonths + 1; w <= m; w++) {
      n += perMonthN[w - firstWindowMonth] ?? 0;
      hits += perMonthHits[w - firstWindowMonth] ?? 0;
    }
    const wilson = wilsonInterval(Math.min(hits, n), n, WILSON_Z);
    series.push({
      month: formatMonth(m),
      n,
      hits,
      hitRate: hitRate(hits, n),
      wilsonLow: wilson === null ? null : wilson.low,
      wilsonHigh: wilson === null ? null : wilson.high,
    });
  }
  return series;
}

function assertPositiveInteger(field: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) {
    throw new ScoringInputError(field, value, 'must be an integer ≥ 1');
  }
  return value;
}
