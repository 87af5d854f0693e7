import { subDays } from 'date-fns';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';

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
 * The figures /metrics reads from the database. Each count walks an index over only the rows it
 * counts (claims_due: unresolved claims by window end; webhook_outbox_pending: undelivered rows),
 * so a scrape costs the same at a thousand claims as at a million.
 */
export async function readDatabaseGauges(db: Kysely<Database>, today: string): Promise<DatabaseGauges> {
  const countDueBefore = (day: string) =>
    db
      .selectFrom('claims')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('resolutionId', 'is', null)
      .where('windowEnd', '<', day)
      .executeTakeFirstOrThrow();
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
