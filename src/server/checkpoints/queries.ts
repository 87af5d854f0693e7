import type { Kysely, Transaction } from 'kysely';
import type { CheckpointsTable, Database } from '../db/schema.js';

type Db = Kysely<Database> | Transaction<Database>;

/** A checkpoint as served (numbers as numbers on both engines). */
export type CheckpointRow = CheckpointsTable;

function row(r: CheckpointsTable): CheckpointRow {
  return { ...r, id: Number(r.id), seq: Number(r.seq) };
}

export async function latestCheckpoint(db: Db): Promise<CheckpointRow | null> {
  const r = await db.selectFrom('checkpoints').selectAll().orderBy('id', 'desc').limit(1).executeTakeFirst();
  return r ? row(r) : null;
}

export async function checkpointsAfter(db: Db, after: number, limit: number): Promise<CheckpointRow[]> {
  const rows = await db
    .selectFrom('checkpoints')
    .selectAll()
    .where('id', '>', after)
    .orderBy('id')
    .limit(limit)
    .execute();
  return rows.map(row);
}

export async function insertCheckpoint(trx: Transaction<Database>, c: CheckpointRow): Promise<void> {
  await trx.insertInto('checkpoints').values(c).execute();
}
