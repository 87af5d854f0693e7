import { CompiledQuery, type Kysely, sql } from 'kysely';
import type { Database } from '../db/schema.js';
import { isSqlite } from '../db/raw-sqlite.js';
import { type Row, STATE_TABLES, type StateTable } from '../ledger/apply.js';
import { checkSeals, describeError, ImportError, partStatement, readRows, type WriterClient } from './batch.js';

/** Keys to an `IN` list, at most: well under PostgreSQL's limit of parameters. */
const IN_CHUNK = 5000;

/** Each state table's columns, in the order the writer takes them. */
export async function kyselyColumns(db: Kysely<Database>): Promise<Record<StateTable, string[]>> {
  const tables = await db.introspection.getTables();
  const columnsOf = (t: StateTable) => tables.find((x) => x.name === t)?.columns.map((c) => c.name) ?? [];
  return Object.fromEntries(STATE_TABLES.map((t) => [t, columnsOf(t)])) as Record<StateTable, string[]>;
}

/** The import's writer on any Kysely database (PostgreSQL; SQLite reached only through Kysely): a batch is one transaction, in the order handed over. */
export function kyselyWriter(db: Kysely<Database>): WriterClient {
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
    write: ({ afterSeq, head, parts }) => {
      // Taken now, as statements: the parts' arrays are written over once handed over.
      const queries: CompiledQuery[] = [];
      const events: (readonly unknown[])[] = [];
      for (const { table, op, columns, values } of parts) {
        const text = numbered(partStatement(table, op, columns, values.length / columns.length));
        queries.push(CompiledQuery.raw(text, values.slice()));
        if (table === 'events') events.push(queries[queries.length - 1]!.parameters);
      }
      const written = last.then(async () => {
        for (const values of events) checkSeals(values);
        try {
          await db.transaction().execute(async (trx) => {
            const h = await trx.selectFrom('ledger_head').select('seq').where('id', '=', 1).executeTakeFirstOrThrow();
            if (Number(h.seq) !== afterSeq)
              throw new Error(`the head is event ${h.seq}, not ${afterSeq} (a batch refused, or another writer)`);
            for (const query of queries) await trx.executeQuery(query);
            await trx.updateTable('ledger_head').set(head).where('id', '=', 1).execute();
          });
        } catch (err) {
          // One statement writes many rows: the batch, not the row, is what can be named.
          throw new ImportError(
            `events ${afterSeq + 1}–${head.seq} cannot be written: ${describeError(err)}`,
            afterSeq + 1,
          );
        }
      });
      last = written.catch(() => undefined); // the next batch waits for this one, not for its success
      return written;
    },
    close: () => last,
  };
}
