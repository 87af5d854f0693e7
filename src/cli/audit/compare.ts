import { firstDifference } from '../../scoring/index.js';
import { LeaderboardQuery, ScorecardQuery } from '../../shared/api/index.js';
import { fixedClock } from '../../server/clock.js';
import { testConfig } from '../../server/config.js';
import { createContext } from '../../server/context.js';
import type { DatabaseHandle } from '../../server/db/connect.js';
import { getLeaderboard, getScorecards } from '../../server/leaderboard/service.js';
import { AuditAborted, Discrepancy } from './discrepancy.js';
import type { PhaseTimes } from './phases.js';
import { BOARD_PAGE, type ServedScores } from './served.js';

/** The first place the served and the replayed value differ, in words, or null. */
function differs(served: unknown, replayed: unknown, path?: string): string | null {
  const d = firstDifference(served, replayed, path);
  return d && `${d.path}: served ${JSON.stringify(d.a)}, the replay gives ${JSON.stringify(d.b)}`;
}

/**
 * Recomputes the leaderboard and every source's scorecard from the replayed tables (at `head`)
 * with the server's own services, dated as the instance dates its answers (asOf), and compares
 * them with what the instance serves. Throws a Discrepancy naming the first figure that differs,
 * an AuditAborted when the ledger moved on while the served figures were fetched.
 */
export async function compareScores(
  served: ServedScores,
  scratch: DatabaseHandle,
  head: { seq: number },
  onProgress: (done: number, total: number) => void,
  phases: PhaseTimes,
): Promise<{ sources: number }> {
  const board = await phases.waited('waiting for the leaderboard', served.board);
  const ctx = createContext({
    db: scratch.db,
    clock: fixedClock(`${board[0]!.asOf}T12:00:00.000Z`),
    config: testConfig(),
  });
  const replayedBoard = [];
  for (const page of board)
    replayedBoard.push(await getLeaderboard(ctx, LeaderboardQuery.parse({ limit: BOARD_PAGE, cursor: page.cursor })));
  phases.enter('scorecards');
  const replayed = await getScorecards(ctx, 'every', ScorecardQuery.parse({}));
  // The served figures are those of the replayed head: the ledger did not move while they were fetched.
  await phases.waited('waiting for scorecards', served.fetched);
  const now = await served.head();
  if (board[0]!.headSeq !== head.seq || now.seq !== head.seq)
    throw new AuditAborted(`the ledger moved during the audit (now at ${now.seq}): run again`);
  for (const [i, page] of board.entries()) {
    const mine = replayedBoard[i]!;
    const d = differs(page.items, mine.items, 'items');
    if (d) throw new Discrepancy(`leaderboard ${where(page.items, d)}`);
    const top = differs(
      { total: page.total, priorMean: page.priorMean },
      { total: mine.total, priorMean: mine.priorMean },
    );
    if (top) throw new Discrepancy(`leaderboard ${top}`);
  }
  // Compared in handle order, so the first difference named is the same however the answers arrive.
  for (const [i, card] of replayed.entries()) {
    const servedCard = await phases.waited('waiting for scorecards', served.scorecard(card.handle));
    const d = differs(servedCard, JSON.parse(JSON.stringify(card)) as unknown);
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
