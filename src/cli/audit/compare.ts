import { LeaderboardQuery, LeaderboardResponse, ScorecardQuery } from '../../shared/api/index.js';
import { fixedClock } from '../../server/clock.js';
import { testConfig } from '../../server/config.js';
import { createContext } from '../../server/context.js';
import type { DatabaseHandle } from '../../server/db/connect.js';
import { getLeaderboard, getScorecards } from '../../server/leaderboard/service.js';
import { Discrepancy } from './discrepancy.js';
import type { PhaseTimes } from './phases.js';
import type { Remote } from './remote.js';

/** The first place two JSON values differ (numbers within a relative 1e-9: engines may sum in another order), or null. */
export function firstDifference(served: unknown, replayed: unknown, path = ''): string | null {
  if (typeof served === 'number' && typeof replayed === 'number') {
    return Math.abs(served - replayed) <= 1e-9 * Math.max(1, Math.abs(served), Math.abs(replayed))
      ? null
      : `${path}: served ${served}, the replay gives ${replayed}`;
  }
  if (served === null || replayed === null || typeof served !== 'object' || typeof replayed !== 'object')
    return Object.is(served, replayed)
      ? null
      : `${path}: served ${JSON.stringify(served)}, the replay gives ${JSON.stringify(replayed)}`;
  const keys = new Set([...Object.keys(served), ...Object.keys(replayed)]);
  for (const k of keys) {
    const d = firstDifference(
      (served as Record<string, unknown>)[k],
      (replayed as Record<string, unknown>)[k],
      Array.isArray(served) ? `${path}[${k}]` : path ? `${path}.${k}` : k,
    );
    if (d) return d;
  }
  return null;
}

const PAGE = 100;
/** Served scorecards requested ahead of the comparison. */
const IN_FLIGHT = 8;

/**
 * Recomputes the leaderboard and every source's scorecard from the replayed tables with the
 * server's own services, dated as the instance dates its answers (asOf), and compares them with
 * what the instance serves. Throws a Discrepancy naming the first figure that differs.
 */
export async function compareScores(
  remote: Remote,
  scratch: DatabaseHandle,
  onProgress: (done: number, total: number) => void,
  phases: PhaseTimes,
): Promise<{ sources: number }> {
  const first = LeaderboardResponse.parse(await remote.json(`/api/leaderboard?limit=${PAGE}`));
  const ctx = createContext({ db: scratch.db, clock: fixedClock(`${first.asOf}T12:00:00.000Z`), config: testConfig() });
  let served = first;
  let cursor: string | undefined;
  for (;;) {
    const replayed = await getLeaderboard(ctx, LeaderboardQuery.parse({ limit: PAGE, cursor }));
    const d = firstDifference(served.items, replayed.items, 'items');
    if (d) throw new Discrepancy(`leaderboard ${where(served.items, d)}`);
    const top = firstDifference(
      { total: served.total, priorMean: served.priorMean },
      { total: replayed.total, priorMean: replayed.priorMean },
    );
    if (top) throw new Discrepancy(`leaderboard ${top}`);
    if (!served.nextCursor) break;
    cursor = served.nextCursor;
    served = LeaderboardResponse.parse(
      await remote.json(`/api/leaderboard?limit=${PAGE}&cursor=${encodeURIComponent(cursor)}`),
    );
  }
  phases.enter('scorecards');
  const replayed = await phases.waited('replayed scorecards', getScorecards(ctx, 'every', ScorecardQuery.parse({})));
  // Served scorecards are fetched a few at a time ahead of the comparison and compared in handle
  // order, so the first difference named is the same however the answers arrive.
  const cards = new Map<string, Promise<unknown>>();
  let requested = 0;
  const requestAhead = (upTo: number) => {
    for (; requested < Math.min(upTo, replayed.length); requested++) {
      const handle = replayed[requested]!.handle;
      const card = remote.json(`/api/sources/${encodeURIComponent(handle)}/scorecard`);
      card.catch(() => {}); // awaited, in order, below
      cards.set(handle, card);
    }
  };
  for (const [i, card] of replayed.entries()) {
    requestAhead(i + 1 + IN_FLIGHT);
    const servedCard = await phases.waited('waiting for scorecards', cards.get(card.handle)!);
    cards.delete(card.handle);
    const d = firstDifference(servedCard, JSON.parse(JSON.stringify(card)) as unknown);
    if (d) throw new Discrepancy(`scorecard of @${card.handle}: ${d}`);
    onProgress(i + 1, replayed.length);
  }
  return { sources: replayed.length };
}

/** Names the source of a leaderboard row difference ("items[3].hitRate" → "@handle hitRate"). */
function where(items: readonly { handle: string }[], d: string): string {
  const m = /^items\[(\d+)\]\.?(.*)$/.exec(d);
  const row = m ? items[Number(m[1])] : undefined;
  return row ? `@${row.handle} ${m![2]}` : d;
}
