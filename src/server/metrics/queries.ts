import { subDays } from 'date-fns';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { dueCounts } from '../read-model/due.js';
import { ALL_CLAIMS } from '../read-model/snapshot.js';

/** A claim unresolved this many days past its window's end counts as overdue as well as due. */
export const OVERDUE_DAYS = 30;

export interface DatabaseGauges {
  headSeq: number;
  due: number;
  overdue: number;
  outboxPending: number;
  outboxFailing: number;
}

const dayBefore = (today: string, days: number) =>
  subDays(new Date(`${today}T12:00:00Z`), days)
    .toISOString()
    .slice(0, 10);

/**
 * The figures /metrics reads from the database. Due and overdue come from the ledger's maintained
 * due counts (read-model/due.ts); the outbox counts walk an index over only the undelivered rows,
 * so a scrape costs the same at a thousand claims as at a million.
 */
export async function readDatabaseGauges(db: Kysely<Database>, today: string): Promise<DatabaseGauges> {
  const countDueBefore = async (day: string) => ({
    n: (await dueCounts(db, day, [ALL_CLAIMS])).get(ALL_CLAIMS) ?? 0,
  });
  const pending = (failingOnly: boolean) => {
    let q = db
      .selectFrom('webhook_outbox')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('deliveredAt', 'is', null);
    if (failingOnly) q = q.where('attempts', '>', 0);
    return q.executeTakeFirstOrThrow();
  };
  const [head, due, overdue, outboxPending, outboxFailing] = await Promise.all([
    db.selectFrom('ledger_head').select('seq').where('id', '=', 1).executeTakeFirstOrThrow(),
    countDueBefore(today),
    countDueBefore(dayBefore(today, OVERDUE_DAYS)),
    pending(false),
    pending(true),
  ]);
  return {
    headSeq: Number(head.seq),
    due: Number(due.n),
    overdue: Number(overdue.n),
    outboxPending: Number(outboxPending.n),
    outboxFailing: Number(outboxFailing.n),
  };
}
