import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { applyEvent } from './apply.js';
import { canonicalJson } from './canonical-json.js';
import type { RecordedEvent } from './events.js';
import { eventHash, GENESIS_HASH } from './hash.js';

export class ImportError extends Error {}

const BATCH = 2000;

/**
 * Replays an exported ledger into an empty database through the ledger's appliers, checking
 * every event's link and hash before it is written; a bad event stops the import there.
 */
export async function importEvents(
  db: Kysely<Database>,
  events: AsyncIterable<RecordedEvent> | Iterable<RecordedEvent>,
  onProgress?: (count: number) => void,
): Promise<{ count: number; head: string }> {
  const existing = await db.selectFrom('events').select('seq').limit(1).executeTakeFirst();
  if (existing) throw new ImportError('the database already has events: import only into an empty database');
  let prevHash = GENESIS_HASH;
  let seq = 0;
  let batch: RecordedEvent[] = [];
  const flush = async () => {
    const events = batch;
    batch = [];
    if (events.length === 0) return;
    const last = events[events.length - 1]!;
    await db.transaction().execute(async (trx) => {
      for (const e of events) {
        await trx.insertInto('events').values(e).execute();
        await applyEvent(trx, e);
      }
      await trx.updateTable('ledger_head').set({ seq: last.seq, hash: last.hash }).where('id', '=', 1).execute();
    });
    onProgress?.(last.seq);
  };
  for await (const e of events) {
    const expected = seq + 1;
    if (e.seq !== expected) throw new ImportError(`event ${expected} is missing (found ${e.seq})`);
    if (e.prevHash !== prevHash) throw new ImportError(`event ${e.seq}: prevHash does not link to event ${seq}`);
    if (canonicalJson(JSON.parse(e.payload)) !== e.payload || eventHash(prevHash, e.seq, e.type, e.payload) !== e.hash)
      throw new ImportError(`event ${e.seq}: hash does not match its contents`);
    batch.push(e);
    seq = e.seq;
    prevHash = e.hash;
    if (batch.length >= BATCH) await flush();
  }
  await flush();
  return { count: seq, head: prevHash };
}
