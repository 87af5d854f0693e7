import type { DatabaseHandle } from '../../server/db/connect.js';
import { openDatabase } from '../../server/db/connect.js';
import { searchTriggers } from '../../server/db/search-index.js';
import { migrateToLatest } from '../../server/ledger/migrate.js';
import { applyEvent } from '../../server/ledger/apply.js';
import type { RecordedEvent } from '../../server/ledger/events.js';
import { importEvents } from '../../server/replay/index.js';

/**
 * The auditor's own copy of the ledger: in memory, or FILE.sqlite beside a state file so a later
 * run resumes. It keeps no search index (the audit compares scores, never searches): its triggers
 * are dropped, so neither the import nor a resumed replay fills it. A copy in memory is read once,
 * whole, by the comparison of scores: it keeps no secondary index either, so the import builds none.
 */
export async function openScratch(file: string | null): Promise<DatabaseHandle> {
  const handle = openDatabase(file ?? ':memory:');
  await migrateToLatest(handle.db);
  const sqlite = handle.sqlite!;
  const indexes =
    file === null
      ? (sqlite
          .prepare(
            "select name from sqlite_master where type = 'index' and sql is not null and sql not like 'create unique%'",
          )
          .pluck()
          .all() as string[])
      : [];
  const quoted = (name: string) => `"${name.replace(/"/g, '""')}"`;
  sqlite.transaction(() => {
    for (const { name } of searchTriggers(sqlite)) sqlite.exec(`drop trigger ${quoted(name)}`);
    for (const name of indexes) sqlite.exec(`drop index ${quoted(name)}`);
  })();
  return handle;
}

/**
 * Replays a whole chain into an empty scratch database with the server's own import engine and
 * appliers. `events` yields only events the chain walk has accepted (links, canonical form and
 * hashes); the walk's Discrepancy, if it stops the stream, is what the caller reports. A scratch
 * that no later run resumes is written `scoresOnly`: what the comparison of scores reads.
 */
export async function replayAll(
  scratch: DatabaseHandle,
  events: AsyncIterable<RecordedEvent>,
  onProgress: (count: number) => void,
  resumable: boolean,
): Promise<void> {
  await importEvents(scratch, events, onProgress, { scoresOnly: !resumable });
}

/** Applies events that extend the scratch database's chain, one transaction per page, as the ledger writes them. */
export async function replayMore(scratch: DatabaseHandle, events: readonly RecordedEvent[]): Promise<void> {
  const last = events[events.length - 1];
  if (!last) return;
  await scratch.db.transaction().execute(async (trx) => {
    for (const e of events) {
      await trx.insertInto('events').values(e).execute();
      await applyEvent(trx, e);
    }
    await trx.updateTable('ledger_head').set({ seq: last.seq, hash: last.hash }).where('id', '=', 1).execute();
  });
}
