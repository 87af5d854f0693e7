import { getHeapStatistics } from 'node:v8';
import type SqliteDatabase from 'better-sqlite3';
import type { InferResult, Kysely } from 'kysely';
import { emptyTotals, firstDifference, mergeTotals, scorecardFromTotals } from '../../../scoring/index.js';
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

/** Every source's maintained statistics against a recompute from its claims (the partitions' shares added up). */
function checkSourceStats(live: LiveStats[], shares: Map<string, SourceShare>): string | null {
  const rows = [...live].sort((a, b) => compareKeys([a.sourceId], [b.sourceId]));
  for (const s of rows) {
    const actual = shares.get(s.sourceId) ?? { nOpen: 0, nResolved: 0, totals: emptyTotals() };
    if (actual.nOpen !== s.nOpen || actual.nResolved !== s.nResolved)
      return `source_stats for @${s.handle}: counts open/resolved ${s.nOpen}/${s.nResolved} but the claims give ${actual.nOpen}/${actual.nResolved}`;
    let maintained: unknown;
    try {
      maintained = scorecardFromTotals(parseTotals(s.totals), { priorMean: 0.5 });
    } catch (err) {
      return `source_stats for @${s.handle}: the totals are not valid (${describeError(err)})`;
    }
    const d = firstDifference(maintained, scorecardFromTotals(actual.totals, { priorMean: 0.5 }));
    if (d)
      return `source_stats for @${s.handle}: ${d.path} is ${JSON.stringify(d.a)} but a full recompute gives ${JSON.stringify(d.b)}`;
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
  if (last.seq !== head.seq)
    return `the ledger head is at event ${head.seq} but the chain ends at event ${last.seq}: events were removed or added outside the ledger`;
  if (last.hash !== head.hash)
    return `the ledger head names event ${head.seq} with hash ${head.hash}, but the chain's event ${head.seq} has hash ${last.hash}: the head was edited outside the ledger`;
  const replay = bySeq(results.map((r) => r.replay));
  if (replay) return replay;
  const tables = results.map((r) => r.table).filter((t) => t !== null);
  tables.sort((a, b) => a.table - b.table || compareKeys(a.key, b.key));
  if (tables[0]) return tables[0].text;
  const shares = new Map<string, SourceShare>();
  for (const [sourceId, s] of results.flatMap((r) => r.sources)) {
    const sum = shares.get(sourceId) ?? { nOpen: 0, nResolved: 0, totals: emptyTotals() };
    shares.set(sourceId, {
      nOpen: sum.nOpen + s.nOpen,
      nResolved: sum.nResolved + s.nResolved,
      totals: mergeTotals(sum.totals, s.totals),
    });
  }
  return checkSourceStats(live, shares);
}

/** The last event whose link a partition checked, of all of them (none: seq 0, the genesis hash). */
const lastEvent = (results: PartitionResult[]) =>
  results.reduce((l, r) => (r.last && r.last.seq > l.seq ? r.last : l), { seq: 0, hash: GENESIS_HASH });

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
    try {
      await Promise.all(workers.map((w) => nextMessage<'ready'>(w)));
      live.exec('BEGIN');
      const head = readHead(live);
      if (live.pragma('data_version', { simple: true }) !== before) continue;
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
    events: lastEvent(results).seq,
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
