import type { DatabaseHandle } from '../../server/db/connect.js';
import { openDatabase } from '../../server/db/connect.js';
import { searchTriggers } from '../../server/db/search-index.js';
import { migrateToLatest } from '../../server/ledger/migrate.js';
import { applyEvent } from '../../server/ledger/apply.js';
import type { RecordedEvent } from '../../server/ledger/events.js';
import { startWorker } from '../../server/workers.js';

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

/** What the audit's replay thread is sent: pages of checked events, then the end. */
export type ReplayRequest = { type: 'page'; events: RecordedEvent[] } | { type: 'end' };

/** What it answers: a page taken, progress, and at the end the scratch database or why it stopped. */
export type ReplayReply =
  | { type: 'taken' }
  | { type: 'progress'; count: number }
  | { type: 'done'; image: Uint8Array | null }
  | { type: 'failed'; message: string };

/** Pages handed to the replay thread and not yet taken, at most: bounds memory, keeps it busy. */
const PAGES_AHEAD = 8;

/**
 * Replays a whole chain into a new scratch database (`file`, or in memory) with the server's own
 * import engine and appliers, on a thread of its own: the fetching and the chain walk go on on
 * this one meanwhile. `pages` yields only pages the chain walk has accepted (links, canonical form
 * and hashes); an error it throws (the walk's Discrepancy) is what the caller reports. A scratch
 * that no later run resumes is written `scoresOnly`: what the comparison of scores reads.
 */
export async function replayAll(
  file: string | null,
  pages: AsyncIterable<RecordedEvent[]>,
  onProgress: (count: number) => void,
): Promise<DatabaseHandle> {
  // A young generation that holds a batch of garbage keeps the collector from copying it into the old generation.
  const worker = startWorker('cli/audit/replay-worker', { file }, { maxYoungGenerationSizeMb: 192 });
  let ahead = 0;
  let taken: (() => void) | null = null;
  let lost: Error | null = null;
  const finished = new Promise<Uint8Array | null>((resolve, reject) => {
    worker.on('message', (m: ReplayReply) => {
      if (m.type === 'taken') {
        ahead -= 1;
        taken?.();
      } else if (m.type === 'progress') onProgress(m.count);
      else if (m.type === 'done') resolve(m.image);
      else reject(new Error(m.message));
    });
    worker.on('error', reject);
    worker.on('exit', (code) => reject(new Error(`the replay thread stopped (exit code ${code})`)));
  });
  finished.catch((err: Error) => {
    lost = err;
    taken?.();
  });
  try {
    for await (const page of pages) {
      while (ahead >= PAGES_AHEAD && !lost) await new Promise<void>((resolve) => (taken = resolve));
      if (lost) break;
      ahead += 1;
      worker.postMessage({ type: 'page', events: page } satisfies ReplayRequest);
    }
    worker.postMessage({ type: 'end' } satisfies ReplayRequest);
    const image = await finished;
    // A Buffer arrives as a plain Uint8Array: seen as a Buffer again over the same bytes.
    return image
      ? openDatabase(':memory:', { contents: Buffer.from(image.buffer, image.byteOffset, image.byteLength) })
      : openScratch(file);
  } finally {
    await worker.terminate();
  }
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
