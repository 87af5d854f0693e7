import { type Kysely, type OperationNodeSource, sql, type Transaction } from 'kysely';
import { compiledWritePerShape } from '../db/compiled-once.js';
import { isSqlite } from '../db/raw-sqlite.js';
import type { Database } from '../db/schema.js';

/** A write statement of a size (rows, keys), with a placeholder for each value: `v[i]`, the i-th. */
type Build = (db: Kysely<Database>, v: unknown[], size: number) => OperationNodeSource;

/**
 * One kind of statement of the read model's upkeep (an upsert of open_days, a delete of queue
 * keys, …), none of which reads what another of the same write changes, so that on PostgreSQL a
 * write sends them as one statement (runUpkeep).
 */
export interface UpkeepStatement {
  readonly build: Build;
  /** The statement alone, compiled once per size (compiledWritePerShape). */
  readonly alone: (db: Kysely<Database>, size: number, values: unknown[]) => Promise<void>;
}

export function upkeepStatement(build: Build): UpkeepStatement {
  return {
    build,
    alone: compiledWritePerShape(String, (db, v: unknown[], size: number) => {
      const q = build(db, v, size);
      return { compile: () => sql`${q}`.compile(db) };
    }),
  };
}

/** A statement of one write's upkeep, its size and its values in the order its build takes them. */
export interface Upkeep {
  statement: UpkeepStatement;
  size: number;
  values: unknown[];
}

/** Tells the kinds of statement apart in the shape key of `together`. */
const numbers = new Map<UpkeepStatement, number>();
const numberOf = (s: UpkeepStatement) => {
  let n = numbers.get(s);
  if (n === undefined) numbers.set(s, (n = numbers.size));
  return n;
};

type Shape = readonly { statement: UpkeepStatement; size: number }[];

/** Every statement of a write's upkeep as a data-modifying CTE of one statement (values named `part.index`). */
const together = compiledWritePerShape(
  (shape: Shape) => shape.map((s) => `${numberOf(s.statement)}:${s.size}`).join(),
  (db, v: Record<string, unknown>, shape: Shape) => {
    const parts = shape.map((s, p) => {
      const values = new Proxy([] as unknown[], { get: (_, i) => v[`${p}.${String(i)}`] });
      return sql`${sql.raw(`u${p}`)} as (${s.statement.build(db, values, s.size)})`;
    });
    const statement = sql`with ${sql.join(parts)} select 1`;
    return { compile: () => statement.compile(db) };
  },
);

/**
 * Runs a write's upkeep: on PostgreSQL as one statement whose parts each change their own rows
 * (each statement costs the server its executor set-up and an answer sent, and the write its
 * sending), on SQLite (in process) one statement after another.
 */
export async function runUpkeep(trx: Transaction<Database>, upkeep: readonly Upkeep[]): Promise<void> {
  if (upkeep.length === 0) return;
  if (upkeep.length === 1 || isSqlite(trx)) {
    for (const u of upkeep) await u.statement.alone(trx, u.size, u.values);
    return;
  }
  const values: Record<string, unknown> = {};
  upkeep.forEach((u, p) => u.values.forEach((value, i) => (values[`${p}.${i}`] = value)));
  await together(trx, upkeep, values);
}
