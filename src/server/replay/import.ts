import { getHeapStatistics } from 'node:v8';
import type { StateTable } from '../ledger/apply.js';
import { hasReadModel, markReadModelStale, rebuildReadModel } from '../read-model/rebuild.js';
import { checkEvent, describeError, ImportError, linkProblem, type WriterClient } from './batch.js';
import { kyselyColumns, kyselyWriter } from './kysely-writer.js';
import { BatchEncoder } from './batch-encoder.js';
import { BulkImport } from './pipeline.js';
import { workerWriter } from './sqlite/import-client.js';
import type { RecordedEvent } from '../ledger/events.js';
import { GENESIS_HASH } from '../ledger/hash.js';
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
const RETAIN_ROWS = 3_000_000;
/** Heap a retained row, and an event of a batch held (filled and in flight, with room to spare), take, roughly (from the bench ledger). */
const BYTES_PER_RETAINED_ROW = 400;
const BYTES_PER_HELD_BATCH_EVENT = 4 * 2_000;
const CACHE_KIB = 262_144;

export interface ImportOptions {
  /** Events per batch (default: a share of the heap on SQLite, KYSELY_BATCH otherwise). */
  batchSize?: number;
  /** Rows kept in memory between batches before starting afresh (default: a share of the heap). */
  retainRows?: number;
  /** Values per part of a batch sent to the writer (default PART_VALUES, batch-encoder.ts). */
  partValues?: number;
  /** A throwaway replay to compute scores from, of events the caller checked (`audit`): UNSCORED and the unscored read model are not written. */
  scoresOnly?: boolean;
}

/** The events, and the tables no score, count or due figure is read from and no written table refers to. */
const UNSCORED: ReadonlySet<StateTable | 'events'> = new Set(['events', 'source_aliases', 'claim_tags']);

/**
 * Replays an exported ledger into an empty database through the appliers, checking every event, a batch per
 * transaction: the first bad event stops it, its batch unwritten and those before it kept (a valid prefix).
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
  const restore = raw
    ? [withRollbackJournal(raw.sqlite), withBigCache(raw.sqlite, CACHE_KIB), withoutRowByRowUpkeep(raw.sqlite)]
    : [];
  // Retained rows at most 35% of the heap, batches 25%: a small heap makes the import slower rather than failing it.
  const heap = getHeapStatistics().heap_size_limit;
  const retainRows = options.retainRows ?? Math.min(RETAIN_ROWS, Math.floor((heap * 0.35) / BYTES_PER_RETAINED_ROW));
  const sqliteBatch = Math.min(SQLITE_BATCH, Math.floor((heap * 0.25) / BYTES_PER_HELD_BATCH_EVENT));
  const batchSize = options.batchSize ?? (file ? Math.max(1_000, sqliteBatch) : KYSELY_BATCH);
  let writer: WriterClient | undefined;
  let result: { count: number; head: string } | undefined;
  try {
    // An SQLite file is written on a thread of its own, which writes a batch while the import applies the next.
    writer = file ? workerWriter(file, CACHE_KIB) : kyselyWriter(db);
    const encoder = new BatchEncoder(
      await kyselyColumns(db),
      options.partValues,
      options.scoresOnly ? UNSCORED : undefined,
    );
    const pipeline = new BulkImport(writer, encoder, batchSize, retainRows);
    let prevHash = GENESIS_HASH;
    let seq = 0;
    // Whatever stops the import (a bad event, a writer lost, a database error) is told saying what was committed.
    const failed = (err: unknown): never => {
      const c = pipeline.committed;
      const what = c === 0 ? 'nothing was imported' : `events 1–${c} were imported, nothing after`;
      const at = err instanceof ImportError ? err.seq : c + 1;
      throw new ImportError(`${describeError(err)}; ${what}`, at, c, { cause: err });
    };
    // Hashes are checked by the writer before a batch commits, or by BulkImport.stop, which names the first bad event.
    const stop = (message: string): Promise<never> => pipeline.stop(new ImportError(message, seq + 1)).catch(failed);
    /** Waits for a batch to be handed over (by `add` when it fills one, or `finish`), then tells how far the import got. */
    const handedOver = async (done: Promise<void>) => {
      await done.catch(failed);
      onProgress?.(pipeline.committed);
    };
    try {
      for await (const e of events) {
        const { payload, problem, unstorable } = checkEvent(e);
        // A broken link first; then text the database cannot store, since imported rows must equal their events exactly.
        const bad = linkProblem(e, seq, prevHash) ?? unstorable ?? problem;
        if (bad) await stop(bad);
        const waiting = pipeline.add({ event: e, payload });
        if (waiting) await handedOver(waiting);
        seq = e.seq;
        prevHash = e.hash;
      }
    } catch (err) {
      // Everything above fails as an ImportError; anything else came from the source (which `for await` leaves closed).
      if (err instanceof ImportError) throw err;
      await stop(`event ${seq + 1} cannot be read: ${describeError(err)}`);
    }
    await handedOver(pipeline.finish());
    result = { count: seq, head: prevHash };
  } finally {
    // After the writer's connection (which holds the file exclusively) is closed.
    await writer?.close();
    try {
      // Built once, while the secondary indexes are still off; an import that stopped early leaves it stale for migrate.
      if (readModel && result) await rebuildReadModel(db, undefined, { scoresOnly: options.scoresOnly });
    } finally {
      for (const undo of restore.reverse()) undo();
      raw?.release();
    }
  }
  return result;
}
