import { getHeapStatistics } from 'node:v8';
import { type StateTable, subjectProblem } from '../ledger/apply.js';
import { hasReadModel, markReadModelStale, rebuildReadModel } from '../read-model/rebuild.js';
import { describeError, eventError, ImportError } from './batch.js';
import { kyselyColumns, kyselyWriter } from './kysely-writer.js';
import { BulkImport } from './pipeline.js';
import { inThreadWriter, workerWriter } from './sqlite/import-client.js';
import { sealProblem } from '../ledger/event-seal.js';
import type { RecordedEvent } from '../ledger/events.js';
import { GENESIS_HASH } from '../ledger/hash.js';
import { findUnsafeText, jsonMayHoldUnstorableText, unstorableTextReason } from '../../shared/text.js';
import {
  kyselyOf,
  type LedgerDatabase,
  rawSqliteOf,
  withBigCache,
  withoutRowByRowUpkeep,
  withRollbackJournal,
} from '../db/raw-sqlite.js';

export { ImportError };

const SQLITE_BATCH = 50_000;
const KYSELY_BATCH = 5_000;
/** From this many events on, the SQLite writer moves to its own thread, where it writes while the import applies the next batch. */
const WORKER_FROM = 50_000;
/** Rows the import keeps in memory for later events before it starts afresh, at most. */
const RETAIN_ROWS = 3_000_000;
/** Heap a retained row, and an event of a batch held (4 at once: filled, queued, in flight), take, roughly (from the bench ledger). */
const BYTES_PER_RETAINED_ROW = 400;
const BYTES_PER_HELD_BATCH_EVENT = 4 * 2_000;
/** The writer's page cache, in KiB. */
const CACHE_KIB = 262_144;

/**
 * How much an import holds in memory under a heap limit of `heapLimit` bytes: retained rows at
 * most 35% of it, batches 25%, the rest for garbage and the caller, so that a small heap makes
 * the import slower rather than failing it.
 */
export function importMemoryFor(heapLimit = getHeapStatistics().heap_size_limit) {
  return {
    retainRows: Math.max(0, Math.min(RETAIN_ROWS, Math.floor((heapLimit * 0.35) / BYTES_PER_RETAINED_ROW))),
    batchSize: Math.max(1_000, Math.min(SQLITE_BATCH, Math.floor((heapLimit * 0.25) / BYTES_PER_HELD_BATCH_EVENT))),
  };
}

export interface ImportOptions {
  /** Events per batch (default: as importMemoryFor the heap on SQLite, KYSELY_BATCH otherwise). */
  batchSize?: number;
  /** SQLite files: write on a worker thread from the start (default: from WORKER_FROM events on). */
  worker?: boolean;
  /** Rows kept in memory between batches before starting afresh (default: as importMemoryFor the heap). */
  retainRows?: number;
  /** Values per part of a batch sent to the writer (default PART_VALUES, batch-encoder.ts). */
  partValues?: number;
  /**
   * A throwaway replay to compute scores from, of events the caller has checked (`track-record
   * audit` walks the chain first): UNSCORED and the read model's queue keys, tag counts and facet
   * totals are not written, so no seal is checked again.
   */
  scoresOnly?: boolean;
}

/** The events, and the tables no score, count or due figure is read from and no written table refers to. */
const UNSCORED: ReadonlySet<StateTable | 'events'> = new Set(['events', 'source_aliases', 'claim_tags']);

/**
 * Replays an exported ledger into an empty database through the ledger's appliers (pipeline.ts,
 * writing through sqlite/ on SQLite, kysely-writer.ts otherwise), checking every event's seq,
 * link, hash, canonical form and entity columns, a batch per transaction. The first bad event
 * stops the import: nothing of its batch is written, the batches before it stay (a valid prefix
 * that `verify` accepts), and the ImportError names the event and what was imported.
 */
export async function importEvents(
  target: LedgerDatabase,
  events: AsyncIterable<RecordedEvent> | Iterable<RecordedEvent>,
  onProgress?: (count: number) => void,
  options: ImportOptions = {},
): Promise<{ count: number; head: string }> {
  const db = kyselyOf(target);
  const existing = await db.selectFrom('events').select('seq').limit(1).executeTakeFirst();
  if (existing) throw new ImportError('the database already has events: import only into an empty database');
  // Read model (issue 27): the bulk paths do not maintain it; rebuilt once at the end.
  const readModel = await hasReadModel(db);
  if (readModel) await markReadModelStale(db);
  const raw = await rawSqliteOf(target);
  const file = raw && !raw.sqlite.memory ? raw.sqlite.name : null;
  const restoreJournal = raw ? withRollbackJournal(raw.sqlite) : null;
  const restoreCache = raw ? withBigCache(raw.sqlite, CACHE_KIB) : null;
  const restoreUpkeep = raw ? withoutRowByRowUpkeep(raw.sqlite) : null;
  const memory = importMemoryFor();
  let sink: BulkImport | null = null;
  let result: { count: number; head: string } | undefined;
  try {
    let onWorker = options.worker === true && file !== null;
    const columns = await kyselyColumns(db);
    const writer = !raw
      ? kyselyWriter(db, columns)
      : onWorker
        ? workerWriter(file!, CACHE_KIB, columns)
        : inThreadWriter(raw.sqlite, columns);
    const pipeline = (sink = new BulkImport(
      writer,
      columns,
      options.retainRows ?? memory.retainRows,
      options.partValues,
      options.scoresOnly ? UNSCORED : undefined,
    ));
    const batchSize = options.batchSize ?? (raw ? memory.batchSize : KYSELY_BATCH);
    let prevHash = GENESIS_HASH;
    let seq = 0;
    let filled = 0;
    // Whatever stops the import (a bad event, a writer lost, a database error) is told saying what was committed.
    const failed = (err: unknown): never => {
      const c = pipeline.committed;
      const what = c === 0 ? 'nothing was imported' : `events 1–${c} were imported, nothing after`;
      const at = err instanceof ImportError ? err.seq : c + 1;
      throw new ImportError(`${describeError(err)}; ${what}`, at, c, { cause: err });
    };
    // Every event's hash is checked before its batch is committed, by the writer (kysely-writer.ts,
    // sqlite/import-writer.ts) or by the pipeline when an event cannot be applied; with
    // scoresOnly, by the caller before the event is handed over. The first bad event is named (BulkImport.stop).
    const stop = (message: string): Promise<never> => pipeline.stop(new ImportError(message, seq + 1)).catch(failed);
    const endBatch = async () => {
      filled = 0;
      // A large import: its first batch already goes to the writer on its own thread.
      if (raw && !onWorker && file && seq >= WORKER_FROM) {
        await pipeline.switchWriter(workerWriter(file, CACHE_KIB, columns)).catch(failed);
        onWorker = true;
      }
      await pipeline.endBatch().catch(failed);
      onProgress?.(pipeline.committed);
    };
    // A plain iterable is stepped synchronously: `for await` would spend a promise and a microtask on every event.
    const cursor = Symbol.asyncIterator in events ? events[Symbol.asyncIterator]() : events[Symbol.iterator]();
    let read = false;
    try {
      for (;;) {
        let r: IteratorResult<RecordedEvent>;
        try {
          const step = cursor.next();
          r = step instanceof Promise ? await step : step;
        } catch (err) {
          return await stop(`event ${seq + 1} cannot be read: ${describeError(err)}`);
        }
        if (r.done) break;
        const e = r.value;
        const expected = seq + 1;
        if (e.seq !== expected) await stop(`event ${expected} is missing (found ${e.seq})`);
        if (e.prevHash !== prevHash) await stop(`event ${e.seq}: prevHash does not link to event ${seq}`);
        let payload: unknown;
        try {
          payload = JSON.parse(e.payload);
        } catch {
          await stop(`event ${e.seq}: payload is not valid JSON`);
        }
        // Text a database would not hand back as sealed (a lone surrogate comes back as U+FFFD,
        // PostgreSQL refuses NUL) is refused: imported rows must equal their events exactly.
        const actorProblem = unstorableTextReason(e.actor);
        const unsafe = actorProblem
          ? { path: 'actor', reason: actorProblem }
          : jsonMayHoldUnstorableText(e.payload)
            ? findUnsafeText(payload, unstorableTextReason)
            : null;
        if (unsafe)
          await stop(
            `event ${e.seq} (${e.type}): ${unsafe.path} ${unsafe.reason}, which the database cannot store exactly`,
          );
        let subject: string | null;
        try {
          subject = subjectProblem(e, payload);
        } catch (err) {
          subject = eventError(e, err).message;
        }
        if (subject !== null) await stop(sealProblem(e, payload) ?? subject);
        const waiting = pipeline.add({ event: e, payload });
        if (waiting) await waiting.catch(failed);
        seq = e.seq;
        prevHash = e.hash;
        if (++filled >= batchSize) await endBatch();
      }
      read = true;
    } finally {
      // Stopped early, the source is closed as a for-of loop would; what stopped the import is the error to report.
      if (!read) await Promise.resolve(cursor.return?.()).catch(() => undefined);
    }
    await endBatch();
    await pipeline.finish().catch(failed);
    onProgress?.(pipeline.committed);
    result = { count: seq, head: prevHash };
  } finally {
    // After the writer's connection (which holds the file exclusively) is closed.
    await sink?.close();
    try {
      // Built once from the finished tables, while their secondary indexes are still off; an
      // import that stopped early leaves it stale for the next migrate.
      if (readModel && result) await rebuildReadModel(db, undefined, { scoresOnly: options.scoresOnly });
    } finally {
      restoreUpkeep?.();
      restoreCache?.();
      restoreJournal?.();
      raw?.release();
    }
  }
  return result;
}
