import {
  addCall,
  emptyTotals,
  rankedFromTotals,
  type ResolvedCall,
  rollingHitRate,
  scoreCalls,
  type ScorecardMemo,
  type ScoreTotals,
} from '../../scoring/index.js';
import type { LeaderboardQuery, LeaderboardRow, ScorecardResponse } from '../../shared/api/leaderboard.js';
import { CLAIM_KINDS } from '../../shared/api/claims.js';
import { today } from '../clock.js';
import type { AppContext } from '../context.js';
import { AppError } from '../http/errors.js';
import { decodeCursor, encodeCursor } from '../http/pagination.js';
import { ledgerHead } from '../ledger/append.js';
import { findSourceByHandle, sourcesByHandle } from '../sources/queries.js';
import { LRUCache } from 'lru-cache';
import { perDatabase } from '../db/per-database.js';
import { isPeriod, type Period, periodStart as windowStart, periodTotals } from '../read-model/periods.js';
import {
  changedSources,
  citedClaimCounts,
  citedClaimCountsOf,
  claimCounts,
  claimCountsOf,
  resolvedCalls,
  sourcesWithTotals,
  sourcesWithTotalsOf,
} from './queries.js';

interface Board {
  rows: LeaderboardRow[];
  priorMean: number;
}

/**
 * Boards per (ledger head, day, filter), bounded by their rows: a write moves the head, so only the
 * current head's few filters are read again, and a stream of distinct filters cannot fill the heap.
 */
const BOARD_ROWS = 50_000;
const boardsFor = perDatabase(
  () => new LRUCache<string, Board>({ maxSize: BOARD_ROWS, sizeCalculation: (b) => b.rows.length || 1 }),
);

/** Scorecards of totals unchanged since the last board (queries.ts keeps their objects). */
const memoFor = perDatabase((): ScorecardMemo => new WeakMap());

/** The first day counted by a period filter, or null for all time. */
export function periodStart(period: LeaderboardQuery['period'], day: string): string | null {
  return windowStart(period, day);
}

/**
 * Totals per source: the maintained ones (all time, one kind, one tag, one period), or (a period
 * with a kind or a tag, a kind with a tag) folded from claims.
 */
async function totalsFor(ctx: AppContext, q: LeaderboardQuery, day: string, headSeq: number) {
  const sources = await sourcesWithTotals(ctx.db, day, headSeq);
  const since = periodStart(q.period, day);
  if (!q.kind && !q.tag && !since) return sources;
  if (!since && !(q.kind && q.tag)) {
    const maintained = await sourcesWithTotalsOf(ctx.db, q.kind ? { kind: q.kind } : { tag: q.tag! });
    return sources.map((s) => ({ ...s, totals: maintained.get(s.id) ?? emptyTotals() }));
  }
  if (!q.kind && !q.tag && isPeriod(q.period)) {
    const maintained = await windowTotals(ctx, q.period, day, headSeq);
    return sources.map((s) => ({ ...s, totals: maintained.get(s.id) ?? emptyTotals() }));
  }
  const folded = await foldedTotals(ctx, { kind: q.kind, tag: q.tag, since }, day, headSeq);
  return sources.map((s) => ({ ...s, totals: folded.get(s.id) ?? emptyTotals() }));
}

/** Each period's maintained totals as last read, per database: the day and ledger seq they were read at. */
const windowsReadFor = perDatabase(() => new Map<Period, Fold & { day: string }>());

/**
 * Each source's totals of the calls resolved within a period's window ending on `day`, from the
 * maintained window and day rows (read-model/periods.ts): the first read of a day reads every
 * source's row and the days the window moved; a read after a write on the same day reads again
 * only the sources the events in between can have changed. Sources whose totals are unchanged keep
 * their object, and with it their memoised scorecard.
 */
async function windowTotals(
  ctx: AppContext,
  period: Period,
  day: string,
  headSeq: number,
): Promise<ReadonlyMap<string, ScoreTotals>> {
  const read = windowsReadFor(ctx.db);
  const last = read.get(period);
  if (last?.day === day && last.seq === headSeq) return last.totals;
  let totals: Map<string, ScoreTotals> | null = null;
  if (last?.day === day && last.seq < headSeq) {
    const changed = await changedSources(ctx.db, last.seq, headSeq);
    if (changed) {
      totals = new Map(last.totals);
      for (const id of changed) totals.delete(id);
      if (changed.size > 0)
        for (const [id, t] of await periodTotals(ctx.db, period, day, [...changed])) totals.set(id, t);
    }
  }
  totals ??= await periodTotals(ctx.db, period, day);
  if (last)
    for (const [id, t] of totals)
      if (last.totals.get(id) !== t && sameTotals(last.totals.get(id), t)) totals.set(id, last.totals.get(id)!);
  // Another request may have read a later head meanwhile: the later read is the better base.
  const now = read.get(period);
  if (!now || now.day !== day || now.seq < headSeq) read.set(period, { day, seq: headSeq, totals });
  return totals;
}

/** Whether two totals hold the same figures. */
function sameTotals(a: ScoreTotals | undefined, b: ScoreTotals): boolean {
  if (!a) return false;
  for (const k of Object.keys(b) as (keyof ScoreTotals)[]) {
    const x = a[k];
    const y = b[k];
    if (Array.isArray(x) && Array.isArray(y)) {
      if (x.some((v, i) => v !== y[i])) return false;
    } else if (x !== y) return false;
  }
  return true;
}

/** Totals folded from claims for one filter and day, and the ledger seq they were folded at. */
interface Fold {
  seq: number;
  totals: ReadonlyMap<string, ScoreTotals>;
}

const foldsFor = perDatabase(() => new LRUCache<string, Fold>({ max: 50 }));

/**
 * Each source's totals of the resolved calls matching a filter no maintained totals answer
 * (a period, or a kind and a tag together). The fold of the same filter and day at an earlier
 * head is reused: only the sources the events in between can have changed are folded again,
 * through the link table's source index, so a read after a write costs what the write changed.
 * A new day moves the period's start and folds everything once. The maps are never mutated:
 * unchanged sources keep their totals objects, and with them their memoised scorecards.
 */
async function foldedTotals(
  ctx: AppContext,
  filter: { kind?: string; tag?: string; since: string | null },
  day: string,
  headSeq: number,
): Promise<ReadonlyMap<string, ScoreTotals>> {
  const cache = foldsFor(ctx.db);
  const key = JSON.stringify([day, filter.kind, filter.tag, filter.since]);
  const base = { kind: filter.kind, tag: filter.tag, resolvedSince: filter.since ?? undefined };
  const last = cache.get(key);
  if (last?.seq === headSeq) return last.totals;
  let totals: Map<string, ScoreTotals> | null = null;
  if (last && last.seq < headSeq) {
    const changed = await changedSources(ctx.db, last.seq, headSeq);
    if (changed) {
      totals = new Map(last.totals);
      for (const id of changed) totals.delete(id);
      if (changed.size > 0) foldInto(totals, await resolvedCalls(ctx.db, { ...base, sourceIds: [...changed] }), day);
    }
  }
  if (!totals) foldInto((totals = new Map<string, ScoreTotals>()), await resolvedCalls(ctx.db, base), day);
  // Another request may have folded a later head meanwhile: the later fold is the better base.
  const now = cache.get(key);
  if (!now || now.seq < headSeq) cache.set(key, { seq: headSeq, totals });
  return totals;
}

/**
 * Adds each source's calls to `totals` in claim id order: a source folded alone and one folded
 * with every other then sum in the same order, and agree to the last bit.
 */
function foldInto(
  totals: Map<string, ScoreTotals>,
  calls: (ResolvedCall & { sourceId: string; claimId: string })[],
  day: string,
): void {
  const bySource = new Map<string, typeof calls>();
  for (const c of calls) {
    const list = bySource.get(c.sourceId);
    if (list) list.push(c);
    else bySource.set(c.sourceId, [c]);
  }
  for (const [sourceId, list] of bySource) {
    list.sort((a, b) => (a.claimId < b.claimId ? -1 : a.claimId > b.claimId ? 1 : 0));
    let t = emptyTotals();
    for (const c of list) t = addCall(t, c, { asOf: day });
    totals.set(sourceId, t);
  }
}

const SORT_FIELDS: Record<
  Exclude<LeaderboardQuery['sort'], 'rank'>,
  { key: keyof LeaderboardRow; defaultOrder: 'asc' | 'desc' }
> = {
  shrunkRate: { key: 'shrunkRate', defaultOrder: 'desc' },
  hitRate: { key: 'hitRate', defaultOrder: 'desc' },
  wilsonLow: { key: 'wilsonLow', defaultOrder: 'desc' },
  nDirectional: { key: 'nDirectional', defaultOrder: 'desc' },
  brier: { key: 'brier', defaultOrder: 'asc' },
  logScore: { key: 'logScore', defaultOrder: 'desc' },
  baselineScore: { key: 'baselineScore', defaultOrder: 'desc' },
  open: { key: 'open', defaultOrder: 'desc' },
  due: { key: 'due', defaultOrder: 'desc' },
  handle: { key: 'handle', defaultOrder: 'asc' },
};

/** The group a row is shown in: settled sources are ranked in the main table, the others apart. */
function groupOf(r: Pick<LeaderboardRow, 'rank' | 'provisional'>): 0 | 1 | 2 {
  if (r.rank === null) return 2;
  return r.provisional ? 1 : 0;
}

/**
 * SCORING.md B5 order regrouped as the page shows it: settled sources by rank, then provisional
 * ones by rank, then unscored ones; each numbered from 1 within its group (`place`). Pairs rather
 * than spread copies: a board places thousands of rows after every write.
 */
export function placeRows<R extends Pick<LeaderboardRow, 'rank' | 'provisional'>>(
  rows: readonly R[],
): { row: R; place: number | null }[] {
  const counted = [0, 0];
  return [0, 1, 2].flatMap((g) =>
    rows.filter((r) => groupOf(r) === g).map((row) => ({ row, place: g === 2 ? null : ++counted[g]! })),
  );
}

/** Sorts by any shown measure; nulls always last; ties keep the page's ranking order. */
export function sortRows(
  rows: LeaderboardRow[],
  sort: LeaderboardQuery['sort'],
  order?: 'asc' | 'desc',
): LeaderboardRow[] {
  const byRank = [...rows]; // already in placeRows order
  if (sort === 'rank') return order === 'desc' ? byRank.reverse() : byRank;
  const { key, defaultOrder } = SORT_FIELDS[sort];
  const sign = (order ?? defaultOrder) === 'asc' ? 1 : -1;
  const position = new Map(byRank.map((r, i) => [r.handle, i]));
  return byRank.sort((a, b) => {
    const x = a[key];
    const y = b[key];
    if (x === null && y === null) return position.get(a.handle)! - position.get(b.handle)!;
    if (x === null) return 1;
    if (y === null) return -1;
    const c = typeof x === 'string' ? x.localeCompare(String(y)) : (x as number) - (y as number);
    return c !== 0 ? sign * c : position.get(a.handle)! - position.get(b.handle)!;
  });
}

async function computeBoard(ctx: AppContext, q: LeaderboardQuery, day: string, headSeq: number): Promise<Board> {
  const sources = (await totalsFor(ctx, q, day, headSeq)).filter((s) => s.totals.nScored >= q.minResolved);
  const info = new Map(sources.map((s) => [s.handle, s]));
  // The scorecards as ranked, copied once into the page's rows.
  const scored = rankedFromTotals(
    sources.map((s) => ({ handle: s.handle, totals: s.totals })),
    { priorMean: 'pooled' },
    memoFor(ctx.db),
  );
  const hits = sources.reduce((a, s) => a + scoredHits(s.totals), 0);
  const n = sources.reduce((a, s) => a + s.totals.nDirectional, 0);
  const rows = placeRows(scored).map(({ row: { handle, card, shrunk, rank, provisional }, place }) => {
    const s = info.get(handle)!;
    return {
      handle,
      displayName: s.displayName,
      sourceKind: s.kind as LeaderboardRow['sourceKind'],
      rank,
      provisional,
      place,
      n: card.n,
      nVoid: card.nVoid,
      nDirectional: card.nDirectional,
      nProbabilistic: card.nProbabilistic,
      hits: card.hits,
      hitRate: card.hitRate,
      wilsonLow: card.wilsonLow,
      wilsonHigh: card.wilsonHigh,
      shrunkRate: shrunk,
      brier: card.brier,
      logScore: card.logScore,
      baselineScore: card.baselineScore,
      open: s.unresolved - s.due,
      due: s.due,
    };
  });
  return { rows, priorMean: n > 0 ? hits / n : 0.5 };
}

function scoredHits(t: ScoreTotals): number {
  return t.fullHits + t.partialHitCredit;
}

/** GET /api/leaderboard: cached per ledger head and day, so reads after the first are cheap. */
export async function getLeaderboard(
  ctx: AppContext,
  q: LeaderboardQuery,
  at?: { head: { seq: number; hash: string }; day: string },
) {
  const day = at?.day ?? today(ctx.clock);
  const head = at?.head ?? (await ledgerHead(ctx.db));
  const key = JSON.stringify([head.seq, head.hash, day, q.kind, q.tag, q.period, q.minResolved]);
  const cache = boardsFor(ctx.db);
  let board = cache.get(key);
  if (!board) {
    board = await computeBoard(ctx, q, day, head.seq);
    cache.set(key, board);
  }
  const sorted = sortRows(board.rows, q.sort, q.order);
  const after = decodeCursor(q.cursor);
  const offset = after ? Number(after[0]) : 0;
  if (!Number.isInteger(offset) || offset < 0)
    throw new AppError('invalid_request', 'cursor: not a cursor this API issued');
  const items = sorted.slice(offset, offset + q.limit);
  return {
    items,
    nextCursor: offset + q.limit < sorted.length ? encodeCursor([offset + q.limit]) : null,
    total: sorted.length,
    priorMean: board.priorMean,
    asOf: day,
    headSeq: head.seq,
  };
}

/** GET /api/sources/:handle/scorecard: the scorecard, per-kind breakdown, rolling hit rate, counts made and cited. */
export async function getScorecard(ctx: AppContext, handle: string, q: ScorecardFilters): Promise<ScorecardResponse> {
  const source = await findSourceByHandle(ctx.db, handle);
  if (!source) throw new AppError('not_found', `no source @${handle}`);
  const day = today(ctx.clock);
  const board = await getLeaderboard(ctx, { period: 'all', minResolved: 0, sort: 'rank', limit: 1 });
  const since = periodStart(q.period, day);
  const calls = await resolvedCalls(ctx.db, {
    sourceId: source.id,
    kind: q.kind,
    tag: q.tag,
    resolvedSince: since ?? undefined,
  });
  const [counts, citedCounts] = await Promise.all([
    claimCounts(ctx.db, source.id, day),
    citedClaimCounts(ctx.db, source.id, day),
  ]);
  return scorecardOf(source, calls, q, { priorMean: board.priorMean, day }, counts, citedCounts);
}

type ScorecardFilters = {
  kind?: string;
  tag?: string;
  period: LeaderboardQuery['period'];
  months: number;
  windowMonths: number;
};

/** A scorecard from a source's resolved calls and counts (getScorecard, getScorecards). */
function scorecardOf(
  source: { handle: string; displayName: string },
  calls: ResolvedCall[],
  q: ScorecardFilters,
  at: { priorMean: number; day: string },
  counts: ScorecardResponse['counts'],
  citedCounts: ScorecardResponse['citedCounts'],
): ScorecardResponse {
  const options = { priorMean: at.priorMean, asOf: at.day };
  return {
    handle: source.handle,
    displayName: source.displayName,
    asOf: at.day,
    scorecard: scoreCalls(calls, options),
    byKind: CLAIM_KINDS.map((kind) => ({
      kind,
      scorecard: scoreCalls(
        calls.filter((c) => c.kind === kind),
        options,
      ),
    })),
    rolling: rollingHitRate(calls, { windowMonths: q.windowMonths, months: q.months, asOf: at.day }),
    counts,
    citedCounts,
  };
}

/**
 * The scorecards of many sources at once, each exactly as getScorecard answers for its handle
 * (the same filters, calls, counts and assembly), read with a few statements for all of them
 * rather than a few per source. Handles that name no source are left out; `every` gives every
 * source's, in handle order, each table read whole: what `track-record audit` recomputes.
 */
export async function getScorecards(
  ctx: AppContext,
  handles: readonly string[] | 'every',
  q: ScorecardFilters,
): Promise<ScorecardResponse[]> {
  const every = handles === 'every';
  const rows = every
    ? await ctx.db.selectFrom('sources').selectAll().orderBy('handle').execute()
    : await sourcesByHandle(ctx.db, handles);
  const sources = new Map(rows.map((s) => [s.handle, s] as const));
  const found = every ? rows : handles.flatMap((h) => sources.get(h) ?? []);
  if (found.length === 0) return [];
  const day = today(ctx.clock);
  const board = await getLeaderboard(ctx, { period: 'all', minResolved: 0, sort: 'rank', limit: 1 });
  const since = periodStart(q.period, day);
  const ids = every ? null : found.map((s) => s.id);
  const calls = await resolvedCalls(ctx.db, {
    ...(ids ? { sourceIds: ids } : {}),
    kind: q.kind,
    tag: q.tag,
    resolvedSince: since ?? undefined,
  });
  const bySource = new Map<string, ResolvedCall[]>();
  for (const c of calls) {
    const list = bySource.get(c.sourceId);
    if (list) list.push(c);
    else bySource.set(c.sourceId, [c]);
  }
  const [counts, cited] = await Promise.all([claimCountsOf(ctx.db, ids, day), citedClaimCountsOf(ctx.db, ids, day)]);
  const none = { open: 0, due: 0, resolved: 0, void: 0 };
  return found.map((s) =>
    scorecardOf(
      s,
      bySource.get(s.id) ?? [],
      q,
      { priorMean: board.priorMean, day },
      counts.get(s.id) ?? none,
      cited.get(s.id) ?? none,
    ),
  );
}
