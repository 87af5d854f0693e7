/**
 * Benchmark of the pure scoring engine (DESIGN "Scoring": recompute a million
 * claims in about a second). Self-contained: deterministic data, no clock other
 * than performance.now() for timing.
 */
import { mulberry32 } from '../src/server/prng.js';
import type { Engine } from '../src/server/db/connect.js';
import { benchDataset } from './dataset.js';
import {
  adjustTotals,
  addCall,
  emptyTotals,
  leaderboard,
  leaderboardFromTotals,
  scorecardFromTotals,
  type Kind,
  type ResolvedCall,
  type ScoreTotals,
} from '../src/scoring/index.js';

const SOURCES = 5_000;
const CALLS = 1_000_000;
const RUNS = 5;
const KINDS: readonly Kind[] = ['BULL', 'BEAR', 'WATCH', 'CLAIM'];

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)] as T;
}

/** 5,000 sources, 1,000,000 calls: ~30% with a probability, ~8% void, ~7% partial. */
function generateSources(): { handle: string; calls: ResolvedCall[] }[] {
  const random = mulberry32(20260209);
  const sources = Array.from({ length: SOURCES }, (_, i) => ({
    handle: `source-${String(i).padStart(4, '0')}`,
    calls: [] as ResolvedCall[],
    skill: 0.35 + 0.4 * random(),
  }));
  for (let i = 0; i < CALLS; i++) {
    // skewed toward low indices so some sources are prolific and some have few calls
    const source = sources[Math.floor(SOURCES * random() ** 2)] as (typeof sources)[number];
    const r = random();
    const outcome = r < 0.08 ? null : r < 0.15 ? pick(random, [0.25, 0.5, 0.75]) : random() < source.skill ? 1 : 0;
    const probability = random() < 0.3 ? Math.round(random() * 100) / 100 : null;
    const month = 1 + Math.floor(random() * 12);
    const day = 1 + Math.floor(random() * 28);
    source.calls.push({
      probability,
      outcome,
      kind: pick(random, KINDS),
      resolvedOn: `2025-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
    });
  }
  return sources.map(({ handle, calls }) => ({ handle, calls }));
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

function time(fn: () => void): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

/**
 * Median of 5 runs: `leaderboardFromCallsMs` (leaderboard() over raw calls),
 * `leaderboardFromTotalsMs` (scorecardFromTotals for every source plus
 * leaderboardFromTotals, from precomputed totals) and `addCallMicros`
 * (per-call cost of the immutable addCall, folding all calls).
 */
/**
 * Every source's totals recomputed from the claims, as a rebuild does, then the leaderboard:
 * one pass over only the columns scoring reads, rows as arrays, folded in place per source.
 */
export async function recomputeWithRead(engine: Engine): Promise<number> {
  const { handle } = await benchDataset(engine);
  const t0 = performance.now();
  const totals = new Map<string, ScoreTotals>();
  const fold = (
    sourceId: string,
    kind: Kind,
    probability: number | null,
    outcome: string,
    credit: number | null,
    resolvedAt: string,
  ) => {
    let t = totals.get(sourceId);
    if (!t) totals.set(sourceId, (t = emptyTotals()));
    adjustTotals(
      t,
      { kind, probability, outcome: outcome === 'void' ? null : credit, resolvedOn: resolvedAt.slice(0, 10) },
      1,
    );
  };
  // Claims first, their links found by the link table's key in the same order: SQLite keeps a
  // cross join's order, and would otherwise read the links through (sourceId, claimId, role) and
  // look every claim up at random.
  const query = `select cs."sourceId", c.kind, c.probability, c.outcome, c.credit, c."resolvedAt"
    from claims c cross join claim_sources cs
    where cs."claimId" = c.id and c."resolutionId" is not null and cs.role = 'made'`;
  type Row = [string, Kind, number | null, string, number | null, string];
  if (handle.sqlite) {
    for (const r of handle.sqlite.prepare(query).raw(true).iterate() as IterableIterator<Row>) fold(...r);
  } else {
    const res = await handle.pool!.query<Row>({ text: query, rowMode: 'array' });
    for (const r of res.rows) fold(...r);
  }
  leaderboardFromTotals(
    [...totals].map(([handle, t]) => ({ handle, totals: t })),
    { priorMean: 'pooled' },
  );
  return (performance.now() - t0) / 1000;
}

export async function benchScoring(
  options: { engine: Engine } = { engine: 'sqlite' },
): Promise<Record<string, number>> {
  const recompute: number[] = [];
  for (let i = 0; i < 3; i++) recompute.push(await recomputeWithRead(options.engine));
  const withRead = { recomputeWithReadS: median(recompute) };
  // The pure engine's figures do not depend on the database: measured once, on the SQLite pass.
  if (options.engine !== 'sqlite') return withRead;
  return { ...withRead, ...(await benchScoringEngine()) };
}

async function benchScoringEngine(): Promise<Record<string, number>> {
  const sources = generateSources();
  const fromCalls: number[] = [];
  const fromTotals: number[] = [];
  const perAdd: number[] = [];
  let rows: { handle: string; totals: ScoreTotals }[] = [];
  let sink = 0;

  for (let run = 0; run < RUNS; run++) {
    fromCalls.push(
      time(() => {
        sink += leaderboard(sources).length;
      }),
    );
    const addMs = time(() => {
      rows = sources.map((s) => {
        let totals = emptyTotals();
        for (const c of s.calls) totals = addCall(totals, c);
        return { handle: s.handle, totals };
      });
    });
    perAdd.push((addMs * 1000) / CALLS);
    fromTotals.push(
      time(() => {
        for (const row of rows) sink += scorecardFromTotals(row.totals, { priorMean: 0.5 }).n;
        sink += leaderboardFromTotals(rows).length;
      }),
    );
    await Promise.resolve();
  }
  if (sink < 0) throw new Error('unreachable');

  return {
    sources: SOURCES,
    calls: CALLS,
    leaderboardFromCallsMs: median(fromCalls),
    leaderboardFromTotalsMs: median(fromTotals),
    addCallMicros: median(perAdd),
  };
}
