import { type Kysely, type Transaction, sql } from 'kysely';
import { isSqlite } from './raw-sqlite.js';
import type { Database } from './schema.js';

/**
 * A transaction that reads and then writes. SQLite begins transactions deferred: one that has read
 * and then wants to write fails at once with "database is locked" when another connection committed
 * in between, because its snapshot is stale and waiting cannot help. Taking the write lock with a
 * no-op write first makes it wait its turn under busy_timeout instead. PostgreSQL's row locks
 * already make the writer wait, so there it is a plain transaction.
 */
export function writeTransaction<T>(
  db: Kysely<Database>,
  work: (trx: Transaction<Database>) => Promise<T>,
): Promise<T> {
  return db.transaction().execute(async (trx) => {
    if (isSqlite(db)) await sql`update ledger_head set seq = seq where id = 1`.execute(trx);
    return work(trx);
  });
}
