import { type Kysely, sql, type Transaction } from 'kysely';
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

/** Stores a checkpoint numbered after the latest one, in one statement; returns its number. */
export async function insertNextCheckpoint(trx: Transaction<Database>, c: Omit<CheckpointRow, 'id'>): Promise<number> {
  const { id } = await trx
    .insertInto('checkpoints')
    .values({ ...c, id: sql<number>`(select coalesce(max(id), 0) + 1 from checkpoints)` })
    .returning('id')
    .executeTakeFirstOrThrow();
  return Number(id);
}
