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
 * are dropped, so neither the import nor a resumed replay fills it.
 */
export async function openScratch(file: string | null): Promise<DatabaseHandle> {
  const handle = openDatabase(file ?? ':memory:');
  await migrateToLatest(handle.db);
  const sqlite = handle.sqlite!;
  sqlite.transaction(() => {
    for (const { name } of searchTriggers(sqlite)) sqlite.exec(`drop trigger "${name.replace(/"/g, '""')}"`);
  })();
  return handle;
}

/**
 * Replays a whole chain into an empty scratch database with the server's own import engine and
 * appliers. `events` yields only events the chain walk has accepted; the walk's Discrepancy, if it
 * stops the stream, is what the caller reports (the import's own verdict would name the same event).
 */
export async function replayAll(
  scratch: DatabaseHandle,
  events: AsyncIterable<RecordedEvent>,
  onProgress: (count: number) => void,
): Promise<void> {
  await importEvents(scratch, events, onProgress);
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
