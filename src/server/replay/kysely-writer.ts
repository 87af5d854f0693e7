import { CompiledQuery, type Kysely, sql } from 'kysely';
import type { Database } from '../db/schema.js';
import { isSqlite } from '../db/raw-sqlite.js';
import { type Row, STATE_TABLES, type StateTable, tableInfo } from '../ledger/apply.js';
import {
  checkSeals,
  describeError,
  EVENT_COLUMNS,
  ImportError,
  partStatement,
  readRows,
  type WriteBatch,
  type WriterClient,
} from './batch.js';

/** Keys to an `IN` list, at most: well under PostgreSQL's limit of parameters. */
const IN_CHUNK = 5000;

/** Each state table's columns, in the order the writer takes them. */
export async function kyselyColumns(db: Kysely<Database>): Promise<Record<StateTable, string[]>> {
  const tables = await db.introspection.getTables();
  const out = {} as Record<StateTable, string[]>;
  for (const t of STATE_TABLES) out[t] = tables.find((x) => x.name === t)?.columns.map((c) => c.name) ?? [];
  return out;
}

/** The import's writer on any Kysely database (PostgreSQL; SQLite reached only through Kysely): a batch is one transaction, in the order handed over. */
export function kyselyWriter(db: Kysely<Database>, columns: Record<StateTable, string[]>): WriterClient {
  // PostgreSQL numbers its parameters.
  const numbered = isSqlite(db)
    ? (text: string) => text
    : (text: string, n = 0) => text.replace(/\?/g, () => `$${++n}`);
  let last: Promise<void> = Promise.resolve();
  return {
    read: (request) =>
      readRows(request, async (table, column, keys) => {
        const rows: Row[] = [];
        for (let i = 0; i < keys.length; i += IN_CHUNK)
          rows.push(
            ...(await db
              .selectFrom(table)
              .selectAll()
              .where(sql.ref(column), 'in', keys.slice(i, i + IN_CHUNK))
              .execute()),
          );
        return rows;
      }),
    write: (batch) => {
      // Taken now, as statements: the parts' arrays are written over once handed over.
      const parts: { events: boolean; query: CompiledQuery }[] = [];
      for (const { table, op, values } of batch.parts) {
        const cols = table === 'events' ? EVENT_COLUMNS : op === 'delete' ? tableInfo(table).key : columns[table];
        const text = numbered(partStatement(table, op, cols, values.length / cols.length));
        parts.push({ events: table === 'events', query: CompiledQuery.raw(text, values.slice()) });
      }
      const written = last.then(() => writeBatch(db, batch, parts));
      last = written.catch(() => undefined); // the next batch waits for this one, not for its success
      return written;
    },
    close: () => last,
  };
}

async function writeBatch(
  db: Kysely<Database>,
  { afterSeq, head }: WriteBatch,
  parts: { events: boolean; query: CompiledQuery }[],
): Promise<void> {
  for (const { events, query } of parts) if (events) checkSeals(query.parameters);
  const first = afterSeq + 1;
  try {
    await db.transaction().execute(async (trx) => {
      const h = await trx.selectFrom('ledger_head').select('seq').where('id', '=', 1).executeTakeFirstOrThrow();
      if (Number(h.seq) !== afterSeq)
        throw new Error(`the head is event ${h.seq}, not ${afterSeq} (a batch refused, or another writer)`);
      for (const { query } of parts) await trx.executeQuery(query);
      await trx.updateTable('ledger_head').set(head).where('id', '=', 1).execute();
    });
  } catch (err) {
    // One statement writes many rows: the batch, not the row, is what can be named.
    throw new ImportError(`events ${first}–${head.seq} cannot be written: ${describeError(err)}`, first);
  }
}
