import { LeaderboardResponse } from '../../shared/api/index.js';
import type { Remote } from './remote.js';

/** Leaderboard rows per page asked for. */
export const BOARD_PAGE = 100;
/** Scorecards requested at once. */
const IN_FLIGHT = 8;

/**
 * The figures the instance serves — every page of its leaderboard, then the scorecard of every
 * source on it — fetched from the start of the audit, while the chain is fetched and replayed:
 * the instance has a core to spare then, and the comparison finds them waiting. The audit checks
 * afterwards that the ledger did not move meanwhile (`board`'s headSeq and the head at the end).
 */
export class ServedScores {
  /** The leaderboard's pages, in order, each with the cursor that asked for it. */
  readonly board: Promise<(LeaderboardResponse & { cursor?: string })[]>;
  private readonly cards = new Map<string, Promise<unknown>>();
  /** Settles once every scorecard asked for ahead has been answered (or failed). */
  readonly fetched: Promise<void>;

  constructor(private readonly remote: Remote) {
    this.board = this.fetchBoard();
    this.fetched = this.board.then(
      (pages) => this.fetchCards(pages.flatMap((p) => p.items.map((r) => r.handle))),
      () => undefined,
    );
    // Awaited by the comparison; an audit that stops before it leaves no rejection unhandled.
    this.board.catch(() => undefined);
  }

  /** The scorecard the instance serves for `handle`: the one fetched ahead, or fetched now. */
  scorecard(handle: string): Promise<unknown> {
    return this.cards.get(handle) ?? this.fetchCard(handle);
  }

  /** The ledger's head as the instance serves it now. */
  head(): Promise<{ seq: number }> {
    return this.remote.head();
  }

  private async fetchBoard(): Promise<(LeaderboardResponse & { cursor?: string })[]> {
    const pages: (LeaderboardResponse & { cursor?: string })[] = [];
    let cursor: string | undefined;
    for (;;) {
      const after = cursor === undefined ? '' : `&cursor=${encodeURIComponent(cursor)}`;
      const page = LeaderboardResponse.parse(await this.remote.json(`/api/leaderboard?limit=${BOARD_PAGE}${after}`));
      pages.push(cursor === undefined ? page : { ...page, cursor });
      if (page.nextCursor === null) return pages;
      cursor = page.nextCursor;
    }
  }

  private fetchCard(handle: string): Promise<unknown> {
    const card = this.remote.json(`/api/sources/${encodeURIComponent(handle)}/scorecard`);
    card.catch(() => undefined); // awaited by the comparison
    this.cards.set(handle, card);
    return card;
  }

  /** IN_FLIGHT requests at a time, in handle order. */
  private async fetchCards(handles: readonly string[]): Promise<void> {
    const sorted = [...handles].sort();
    let next = 0;
    const worker = async () => {
      while (next < sorted.length) await this.fetchCard(sorted[next++]!).catch(() => undefined);
    };
    await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
  }
}
