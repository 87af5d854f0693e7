import { getHeapStatistics } from 'node:v8';
import type SqliteDatabase from 'better-sqlite3';
import type { InferResult, Kysely } from 'kysely';
import { mergeTotals, sameFigure, scorecardFromTotals } from '../../../scoring/index.js';
import type { Database } from '../../db/schema.js';
import { startWorker, nextMessage } from '../../workers.js';
import { describeError } from '../batch.js';
import { GENESIS_HASH } from '../../ledger/hash.js';
import { ledgerHead } from '../../ledger/append.js';
import { kyselyOf, type LedgerDatabase, rawSqliteOf } from '../../db/raw-sqlite.js';
import { parseTotals } from '../../read-model/source-stats.js';
import { compareKeys, type PartitionResult, type SourceShare, verifyPartition } from './verify-partition.js';
import { kyselySource, readHead, verifyPartitionSqlite } from './live-source.js';

export { readEvents } from './live-source.js';

export interface VerifyResult {
  ok: boolean;
  events: number;
  head: { seq: number; hash: string };
  /** The first thing that disagrees, in words a person can act on; null when clean. */
  problem: string | null;
  /** Events sealed with text the database cannot store exactly, in seq order: their rows differ by encoding only, not tampering. */
  encodingMismatches: string[];
  millis: number;
}

export interface VerifyOptions {
  /** Partitions the ledger is checked in, each on its own thread, two at a time (SQLite files only; default: partitionsFor). */
  partitions?: number;
}

/** Below this many events a second thread costs more to start than it saves. */
const PARALLEL_FROM = 50_000;
/** Partitions that run at once: one per core of the 2-core machines we measure on. */
const CONCURRENT_PARTITIONS = 2;
/** Heap a replayed event takes in a partition's image, roughly (from the bench ledger), and the share of a worker's heap it may fill. */
const BYTES_PER_REPLAYED_EVENT = 1_000;
const REPLAY_HEAP_SHARE = 0.5;

/** How many partitions verify splits a ledger of `events` into: 1 when small, else 2, or as many as it takes for each replay to fit the heap. */
export function partitionsFor(events: number, heapLimit = getHeapStatistics().heap_size_limit): number {
  if (events < PARALLEL_FROM) return 1;
  return Math.max(
    CONCURRENT_PARTITIONS,
    Math.ceil((events * BYTES_PER_REPLAYED_EVENT) / (heapLimit * REPLAY_HEAP_SHARE)),
  );
}

/** Every source's maintained totals, with its handle to name it (read in the snapshot's transaction). */
const liveStatsQuery = (db: Kysely<Database>) =>
  db
    .selectFrom('source_stats')
    .innerJoin('sources', 'sources.id', 'source_stats.sourceId')
    .selectAll('source_stats')
    .select('sources.handle');
type LiveStats = InferResult<ReturnType<typeof liveStatsQuery>>[number];

const readLiveStats = (db: Kysely<Database>, live: SqliteDatabase.Database): LiveStats[] => {
  const query = liveStatsQuery(db).compile();
  return live.prepare(query.sql).all(...query.parameters) as LiveStats[];
};

/** Numbers as the same figure (sameFigure), the rest equal. */
function close(a: unknown, b: unknown): boolean {
  if (typeof a === 'number' && typeof b === 'number') return sameFigure(a, b);
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => close(x, b[i]));
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const ea = Object.entries(a);
    const eb = new Map(Object.entries(b));
    return ea.length === eb.size && ea.every(([k, v]) => close(v, eb.get(k)));
  }
  return a === b;
}

/** Every source's maintained statistics against a recompute from its claims (the partitions' shares added up). */
function checkSourceStats(live: LiveStats[], shares: Map<string, SourceShare>): string | null {
  const rows = [...live].sort((a, b) => compareKeys([a.sourceId], [b.sourceId]));
  for (const s of rows) {
    const actual = shares.get(s.sourceId) ?? { nOpen: 0, nResolved: 0, totals: parseTotals('') };
    if (actual.nOpen !== s.nOpen || actual.nResolved !== s.nResolved)
      return `source_stats for @${s.handle}: counts open/resolved ${s.nOpen}/${s.nResolved} but the claims give ${actual.nOpen}/${actual.nResolved}`;
    let maintained: Map<string, unknown>;
    try {
      maintained = new Map(Object.entries(scorecardFromTotals(parseTotals(s.totals), { priorMean: 0.5 })));
    } catch (err) {
      return `source_stats for @${s.handle}: the totals are not valid (${describeError(err)})`;
    }
    for (const [field, value] of Object.entries(scorecardFromTotals(actual.totals, { priorMean: 0.5 }))) {
      if (!close(value, maintained.get(field)))
        return `source_stats for @${s.handle}: ${field} is ${JSON.stringify(maintained.get(field))} but a full recompute gives ${JSON.stringify(value)}`;
    }
  }
  return null;
}

/** The first problem of the partitions together: chain, then head, then replay, then tables, then totals. */
function firstProblem(
  results: PartitionResult[],
  head: { seq: number; hash: string },
  live: LiveStats[],
): string | null {
  const bySeq = (list: ({ seq: number; text: string } | null)[]) =>
    list.filter((p) => p !== null).sort((a, b) => a.seq - b.seq)[0]?.text ?? null;
  const chain = bySeq(results.map((r) => r.chain));
  if (chain) return chain;
  const last = lastEvent(results);
  const lastSeq = last?.seq ?? 0;
  const lastHash = last?.hash ?? GENESIS_HASH;
  if (lastSeq === head.seq && lastHash !== head.hash)
    return `the ledger head names event ${head.seq} with hash ${head.hash}, but the chain's event ${head.seq} has hash ${lastHash}: the head was edited outside the ledger`;
  if (lastSeq !== head.seq)
    return `the ledger head is at event ${head.seq} but the chain ends at event ${last?.seq ?? 0}: events were removed or added outside the ledger`;
  const replay = bySeq(results.map((r) => r.replay));
  if (replay) return replay;
  const tables = results.map((r) => r.table).filter((t) => t !== null);
  tables.sort((a, b) => a.table - b.table || compareKeys(a.key, b.key));
  if (tables[0]) return tables[0].text;
  const shares = new Map<string, SourceShare>();
  for (const [sourceId, share] of results.flatMap((r) => r.sources)) {
    const sum = shares.get(sourceId);
    if (!sum) shares.set(sourceId, share);
    else {
      sum.nOpen += share.nOpen;
      sum.nResolved += share.nResolved;
      sum.totals = mergeTotals(sum.totals, share.totals);
    }
  }
  return checkSourceStats(live, shares);
}

/** The last event whose link a partition checked, of all of them. */
const lastEvent = (results: PartitionResult[]) =>
  results.reduce<{ seq: number; hash: string } | null>(
    (l, r) => (r.last && (!l || r.last.seq > l.seq) ? r.last : l),
    null,
  );

/**
 * Every partition on a worker of its own, on one snapshot: the workers open their read transactions between two reads
 * of `data_version`, unchanged if nobody committed in between. Null when a writer got in the way three times.
 */
async function verifySqliteParallel(
  db: Kysely<Database>,
  live: SqliteDatabase.Database,
  of: number,
): Promise<Snapshot | null> {
  for (let attempt = 0; attempt < 3; attempt++) {
    const before = live.pragma('data_version', { simple: true });
    // A young generation that holds a batch of garbage keeps it out of the old generation.
    const workers = Array.from({ length: of }, (_, index) =>
      startWorker(
        'server/replay/verify/verify-worker',
        { file: live.name, index, of },
        { maxYoungGenerationSizeMb: 192 },
      ),
    );
    let same = false;
    try {
      await Promise.all(workers.map((w) => nextMessage<'ready'>(w)));
      live.exec('BEGIN');
      const head = readHead(live);
      same = live.pragma('data_version', { simple: true }) === before;
      if (!same) continue;
      const stats = readLiveStats(db, live);
      // Listened to from now on, so that a worker lost while it waits its turn fails verify instead of hanging it.
      const answers = workers.map((w) => nextMessage<PartitionResult>(w));
      // Each is awaited in its turn; once one fails, the rest are moot (and not unhandled).
      for (const a of answers) a.catch(() => undefined);
      const results: PartitionResult[] = [];
      for (let i = 0; i < of; i += CONCURRENT_PARTITIONS)
        await Promise.all(
          workers.slice(i, i + CONCURRENT_PARTITIONS).map(async (w, j) => {
            w.postMessage('go');
            results[i + j] = await answers[i + j]!;
            // Its image goes with it, before the next partition builds one.
            await w.terminate();
          }),
        );
      return { results, head, stats };
    } finally {
      if (live.inTransaction) live.exec('COMMIT');
      if (!same) for (const w of workers) w.postMessage('stop');
      await Promise.all(workers.map((w) => w.terminate()));
    }
  }
  return null;
}

/** `track-record verify`: the chain, the head, a replay compared with the live tables row for row, the source totals against a recompute. */
export async function verifyLedger(target: LedgerDatabase, options: VerifyOptions = {}): Promise<VerifyResult> {
  const started = performance.now();
  const { head, results, stats } = await readSnapshot(target, options);
  const problem = firstProblem(results, head, stats);
  return {
    ok: problem === null,
    events: lastEvent(results)?.seq ?? 0,
    head,
    problem,
    encodingMismatches: results
      .flatMap((r) => r.encoding)
      .sort((a, b) => a.seq - b.seq)
      .map((p) => p.text),
    millis: Math.round(performance.now() - started),
  };
}

/** What the partitions found, with the head and the maintained totals of the same snapshot. */
type Snapshot = { head: { seq: number; hash: string }; results: PartitionResult[]; stats: LiveStats[] };

async function readSnapshot(target: LedgerDatabase, options: VerifyOptions): Promise<Snapshot> {
  const db = kyselyOf(target);
  const raw = await rawSqliteOf(target);
  if (!raw)
    // One snapshot for everything: a write committed between two reads would show as a difference that is not there.
    return db
      .transaction()
      .setIsolationLevel('repeatable read')
      .setAccessMode('read only')
      .execute(async (trx) => {
        const head = await ledgerHead(trx);
        const results = [await verifyPartition(kyselySource(trx), 0, 1)];
        return { head, results, stats: await liveStatsQuery(trx).execute() };
      });
  const live = raw.sqlite;
  const own = !live.inTransaction;
  try {
    const of = options.partitions ?? partitionsFor(readHead(live).seq);
    const parallel = of > 1 && !live.memory && own ? await verifySqliteParallel(db, live, of) : null;
    if (parallel) return parallel;
    if (own) live.exec('BEGIN');
    const head = readHead(live);
    return { head, results: [await verifyPartitionSqlite(live, 0, 1)], stats: readLiveStats(db, live) };
  } finally {
    if (own && live.inTransaction) live.exec('COMMIT');
    raw.release();
  }
}
