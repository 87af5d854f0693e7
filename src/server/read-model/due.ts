import { type Kysely, sql } from 'kysely';
import type { Database } from '../db/schema.js';
import { backgroundRoller } from './background-roll.js';

type Db = Kysely<Database>;

/**
 * Unresolved claims whose window ended before `day`, per source that made them (ALL_CLAIMS: every
 * claim). source_due holds the counts as of read_model_state.asOf; the days between asOf and
 * `day` come from open_days (bounded by the claims that fell due since the last roll, not by the
 * ledger). One statement, so it reads one snapshot even while a roll commits. asOf is a scalar
 * subquery, not a join: PostgreSQL then bounds the open_days index scan by it (a join left one
 * side of each range open, and the planner scanned every open day).
 */
export async function dueCounts(db: Db, day: string, sourceIds?: readonly string[]): Promise<Map<string, number>> {
  const only = (column: string) =>
    sourceIds ? sql`and ${sql.ref(column)} in (${sql.join(sourceIds.length ? sourceIds : [''])})` : sql``;
  const asOf = sql`(select "asOf" from read_model_state where id = 1)`;
  const { rows } = await sql<{ sourceId: string; n: number | string }>`
    select "sourceId", sum(n) as n from (
      select "sourceId", "nDue" as n from source_due where 1 = 1 ${only('sourceId')}
      union all
      select o."sourceId", o.n from open_days o
       where o."windowEnd" >= ${asOf} and o."windowEnd" < ${day} ${only('o.sourceId')}
      union all
      select o."sourceId", -o.n from open_days o
       where o."windowEnd" >= ${day} and o."windowEnd" < ${asOf} ${only('o.sourceId')}
    ) d group by "sourceId"`.execute(db);
  return new Map(rows.map((r) => [r.sourceId, Number(r.n)]));
}

/**
 * Moves source_due forward to `day` (never back: a clock set back is answered by dueCounts'
 * second range instead). Holds the ledger head's lock, as writers do, so no write falls between
 * reading the days and moving asOf. Touches only the days that passed since the last roll.
 */
export async function rollDueForward(db: Db, day: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable('ledger_head')
      .set({ seq: sql`seq` })
      .where('id', '=', 1)
      .execute();
    const { asOf } = await trx
      .selectFrom('read_model_state')
      .select('asOf')
      .where('id', '=', 1)
      .executeTakeFirstOrThrow();
    if (asOf >= day) return;
    const rows = await trx
      .selectFrom('open_days')
      .select((eb) => ['sourceId', eb.fn.sum<number | string>('n').as('n')])
      .where('windowEnd', '>=', asOf)
      .where('windowEnd', '<', day)
      .groupBy('sourceId')
      .execute();
    for (const r of rows) {
      const d = Number(r.n);
      if (d === 0) continue;
      await trx
        .insertInto('source_due')
        .values({ sourceId: r.sourceId, nDue: d })
        .onConflict((oc) => oc.column('sourceId').doUpdateSet({ nDue: sql`${sql.ref('source_due.nDue')} + ${d}` }))
        .execute();
    }
    await trx.updateTable('read_model_state').set({ asOf: day }).where('id', '=', 1).execute();
  });
}

const dueRoller = backgroundRoller();

/** Rolls forward after a read noticed the day changed, off the request path (backgroundRoller). */
export async function rollDueSoon(db: Db, day: string): Promise<void> {
  if (dueRoller.busy(db)) return;
  const state = await db.selectFrom('read_model_state').select('asOf').where('id', '=', 1).executeTakeFirst();
  if (!state || state.asOf >= day) return;
  dueRoller.start(db, () => rollDueForward(db, day));
}

/** Waits for a roll rollDueSoon started (tests, shutdown). */
export const rollSettled = (db: Db): Promise<void> => dueRoller.settled(db);
