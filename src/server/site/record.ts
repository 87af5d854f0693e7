import type { AppContext } from '../context.js';
import { getScorecard } from '../leaderboard/service.js';

/** A source's record in the few numbers a badge or a link preview shows. */
export interface SourceRecord {
  handle: string;
  displayName: string;
  /** Share of `scored` calls that came true (partial credit counts its share); null before any. */
  hitRate: number | null;
  /**
   * Resolved calls the hit rate is taken over: void calls and calls stated at exactly 50% (which
   * back no side) are left out, so the count and the percentage always describe the same calls.
   */
  scored: number;
  open: number;
  asOf: string;
}

export async function sourceRecord(ctx: AppContext, handle: string): Promise<SourceRecord> {
  const card = await getScorecard(ctx, handle, { period: 'all', months: 1, windowMonths: 1 });
  return {
    handle: card.handle,
    displayName: card.displayName,
    hitRate: card.scorecard.nDirectional > 0 ? card.scorecard.hitRate : null,
    scored: card.scorecard.nDirectional,
    open: card.counts.open + card.counts.due,
    asOf: card.asOf,
  };
}

/** "64% of 25 calls", or "no resolved calls yet". */
export function recordPhrase(r: Pick<SourceRecord, 'hitRate' | 'scored'>): string {
  if (r.hitRate === null || r.scored === 0) return 'no resolved calls yet';
  return `${Math.round(r.hitRate * 100)}% of ${r.scored} call${r.scored === 1 ? '' : 's'}`;
}
