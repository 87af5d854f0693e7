import { eventSubject } from './apply.js';
import { ApplyError, type CheckedEvent } from './batch.js';
import { KyselyBulkWriter } from './bulk-kysely.js';
import { SqliteBulkWriter } from './bulk-sqlite.js';
import { isCanonicalJson } from './canonical-json.js';
import type { RecordedEvent } from './events.js';
import { eventHash, GENESIS_HASH } from './hash.js';
import { kyselyOf, type LedgerDatabase, rawSqliteOf, withBigCache, withoutSecondaryIndexes, withRollbackJournal } from './raw-sqlite.js';

export class ImportError extends Error {
  constructor(
    message: string,
    /** Events committed before the import stopped (they form a valid prefix of the ledger). */
    readonly imported = 0,
  ) {
    super(message);
  }
}

/** Why an event's entity columns (outside the hash) are wrong, or null when they match its payload. */
function subjectOf(e: RecordedEvent, payload: unknown): string | null {
  let subject: { entity: string; entityId: string };
  try {
    subject = eventSubject(e.type, payload);
  } catch (err) {
    return `event ${e.seq} (${e.type}) cannot be applied: ${err instanceof Error ? err.message : String(err)}`;
  }
  if (subject.entity === e.entity && subject.entityId === e.entityId) return null;
  return `event ${e.seq}: its entity columns say ${e.entity} ${e.entityId} but its payload is about ${subject.entity} ${subject.entityId}`;
}

const SQLITE_BATCH = 20_000;
const KYSELY_BATCH = 5_000;

/**
 * Replays an exported ledger into an empty database through the ledger's appliers (the bulk
 * writers of bulk-sqlite.ts and bulk-kysely.ts), checking every event's seq, link and hash
 * before it is written.
 * Events are committed a batch at a time (events, state rows and head together). The first bad
 * event — a gap, a broken link, a hash that does not match, or an event the appliers reject —
 * stops the import: nothing of its batch is written, the batches before it stay committed (a
 * valid prefix that `verify` accepts), and the ImportError names the event and what was imported.
 */
export async function importEvents(
  target: LedgerDatabase,
  events: AsyncIterable<RecordedEvent> | Iterable<RecordedEvent>,
  onProgress?: (count: number) => void,
  options: { batchSize?: number } = {},
): Promise<{ count: number; head: string }> {
  const db = kyselyOf(target);
  const existing = await db.selectFrom('events').select('seq').limit(1).executeTakeFirst();
  if (existing) throw new ImportError('the database already has events: import only into an empty database');
  const raw = await rawSqliteOf(target);
  const restoreJournal = raw ? withRollbackJournal(raw.sqlite) : null;
  const restoreCache = raw ? withBigCache(raw.sqlite) : null;
  const restoreIndexes = raw ? withoutSecondaryIndexes(raw.sqlite) : null;
  try {
    const sqliteWriter = raw ? new SqliteBulkWriter(raw.sqlite) : null;
    const kyselyWriter = raw ? null : new KyselyBulkWriter(db);
    const batchSize = options.batchSize ?? (raw ? SQLITE_BATCH : KYSELY_BATCH);
    let committed = 0;
    let prevHash = GENESIS_HASH;
    let seq = 0;
    let batch: CheckedEvent[] = [];
    const stop = (message: string): never => {
      throw new ImportError(
        `${message}; ${committed === 0 ? 'nothing was imported' : `events 1–${committed} were imported, nothing after`}`,
        committed,
      );
    };
    const flush = async () => {
      const items = batch;
      batch = [];
      if (items.length === 0) return;
      try {
        if (sqliteWriter) sqliteWriter.applyBatch(items);
        else await kyselyWriter!.applyBatch(items);
      } catch (err) {
        if (err instanceof ApplyError) stop(err.message);
        throw err;
      }
      committed = items[items.length - 1]!.event.seq;
      onProgress?.(committed);
    };
    for await (const e of events) {
      const expected = seq + 1;
      if (e.seq !== expected) stop(`event ${expected} is missing (found ${e.seq})`);
      if (e.prevHash !== prevHash) stop(`event ${e.seq}: prevHash does not link to event ${seq}`);
      let payload: unknown;
      try {
        payload = JSON.parse(e.payload);
      } catch {
        stop(`event ${e.seq}: payload is not valid JSON`);
      }
      if (!isCanonicalJson(e.payload, payload) || eventHash(prevHash, e.seq, e.type, e.payload) !== e.hash)
        stop(`event ${e.seq}: hash does not match its contents`);
      const subject = subjectOf(e, payload);
      if (typeof subject === 'string') stop(subject);
      batch.push({ event: e, payload });
      seq = e.seq;
      prevHash = e.hash;
      if (batch.length >= batchSize) await flush();
    }
    await flush();
    return { count: seq, head: prevHash };
  } finally {
    restoreIndexes?.();
    restoreCache?.();
    restoreJournal?.();
    raw?.release();
  }
}
