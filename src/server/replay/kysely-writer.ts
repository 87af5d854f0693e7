import { type Kysely, sql } from 'kysely';
import type { Database } from '../db/schema.js';
import { type Row, STATE_TABLES, type StateTable, tableInfo } from '../ledger/apply.js';
import { firstUnsealed } from '../ledger/event-seal.js';
import type { RecordedEvent } from '../ledger/events.js';
import { type BatchPart, describeError, EVENT_COLUMNS, ImportError, readPlan, type WriterClient } from './batch.js';

/** Keys to an `IN` list, and events per INSERT, at most: well under PostgreSQL's limit of parameters. */
const IN_CHUNK = 5000;
const EVENTS_PER_STATEMENT = 1000;

interface RowsPart {
  table: StateTable;
  op: BatchPart['op'];
  rows: Row[];
}

/** Each state table's columns, in the order the writer takes them. */
export async function kyselyColumns(db: Kysely<Database>): Promise<Record<StateTable, string[]>> {
  const tables = await db.introspection.getTables();
  const out = {} as Record<StateTable, string[]>;
  for (const t of STATE_TABLES) out[t] = tables.find((x) => x.name === t)?.columns.map((c) => c.name) ?? [];
  return out;
}

/**
 * The import's writer on any Kysely database (PostgreSQL; SQLite reached only through Kysely): a
 * batch is one transaction (its events, then its changed rows, a statement per part, and the
 * head), written one after another in the order handed over.
 */
export function kyselyWriter(db: Kysely<Database>, columns: Record<StateTable, string[]>): WriterClient {
  let last: Promise<void> = Promise.resolve();
  return {
    read: async (request) => {
      const plan = readPlan(request);
      for (let step = plan.next(); ;) {
        if (step.done) return step.value;
        const { table, column, keys } = step.value;
        const rows: Row[] = [];
        for (let i = 0; i < keys.length; i += IN_CHUNK)
          rows.push(
            ...(await db
              .selectFrom(table)
              .selectAll()
              .where(sql.ref(column), 'in', keys.slice(i, i + IN_CHUNK))
              .execute()),
          );
        step = plan.next(rows);
      }
    },
    write: (batch) => {
      // Taken now, as rows: the parts' arrays are written over once handed over.
      const events: Row[] = [];
      const parts: RowsPart[] = [];
      for (const { table, op, values } of batch.parts)
        if (table === 'events') events.push(...asRows(values, EVENT_COLUMNS));
        else parts.push({ table, op, rows: asRows(values, op === 'delete' ? tableInfo(table).key : columns[table]) });
      const written = last.then(() =>
        writeBatch(db, batch.afterSeq, batch.head, events as unknown as RecordedEvent[], parts),
      );
      last = written.catch(() => undefined); // the next batch waits for this one, not for its success
      return written;
    },
    close: () => last,
  };
}

async function writeBatch(
  db: Kysely<Database>,
  afterSeq: number,
  head: { seq: number; hash: string },
  events: RecordedEvent[],
  parts: RowsPart[],
): Promise<void> {
  const unsealed = firstUnsealed(events);
  if (unsealed) throw new ImportError(unsealed.problem, unsealed.event.seq);
  const first = afterSeq + 1;
  try {
    await db.transaction().execute(async (trx) => {
      const h = await trx.selectFrom('ledger_head').select('seq').where('id', '=', 1).executeTakeFirstOrThrow();
      if (Number(h.seq) !== afterSeq)
        throw new Error(`the ledger moved on to event ${h.seq} while the import wrote (another writer?)`);
      for (let i = 0; i < events.length; i += EVENTS_PER_STATEMENT)
        await trx
          .insertInto('events')
          .values(events.slice(i, i + EVENTS_PER_STATEMENT))
          .execute();
      for (const { table, op, rows } of parts) {
        if (op === 'delete')
          for (const row of rows) {
            let q = trx.deleteFrom(table);
            for (const [k, v] of Object.entries(row)) q = q.where(sql.ref(k), '=', v);
            await q.execute();
          }
        else {
          const keys = tableInfo(table).key;
          const rest = Object.keys(rows[0]!).filter((c) => !keys.includes(c));
          await trx
            .insertInto(table)
            .values(rows as never)
            .$if(op === 'upsert', (q) =>
              q.onConflict((oc) => {
                const target = oc.columns(keys as never);
                return rest.length === 0
                  ? target.doNothing()
                  : target.doUpdateSet(Object.fromEntries(rest.map((c) => [c, sql.ref(`excluded.${c}`)])));
              }),
            )
            .execute();
        }
      }
      await trx.updateTable('ledger_head').set(head).where('id', '=', 1).execute();
    });
  } catch (err) {
    // One statement writes many rows: the batch, not the row, is what can be named.
    throw new ImportError(`events ${first}–${head.seq} cannot be written: ${describeError(err)}`, first);
  }
}

/** Flat values as rows of `columns`. */
function asRows(values: readonly unknown[], columns: readonly string[]): Row[] {
  const rows: Row[] = [];
  for (let i = 0; i < values.length; i += columns.length) {
    const row: Row = {};
    for (let j = 0; j < columns.length; j++) row[columns[j]!] = values[i + j];
    rows.push(row);
  }
  return rows;
}
