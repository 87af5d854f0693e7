/* eslint-disable @typescript-eslint/no-implied-eval -- the compiled accessors are this file's purpose; see below */
import type { Row } from '../ledger/apply.js';

/**
 * Column access compiled once per table. Reading `row[name]` with the name in a variable is a
 * slow, megamorphic lookup when done millions of times (import writes, verify compares); a
 * function written out for the table's columns reads each property by its literal name. The
 * names come from the schema (pragma table_info), never from input, and are quoted with
 * JSON.stringify.
 */

/**
 * Writes `row`'s values of `columns`, in order (absent → null), into `out` from index `at`, and
 * returns the index after them: no array per row, and `out` can be reused (written from 0 again).
 */
export function compileRowWrite(columns: readonly string[]): (row: Row, out: unknown[], at: number) => number {
  const body = `${columns.map((c, i) => `out[at + ${i}] = r[${JSON.stringify(c)}] ?? null;`).join(' ')} return at + ${columns.length};`;
  return new Function('r', 'out', 'at', body) as (row: Row, out: unknown[], at: number) => number;
}

/** Whether `values` (in `columns` order) are strictly equal to `row`'s, `skip`ped columns aside. */
export function compileRowEquals(
  columns: readonly string[],
  skip: readonly string[] = [],
): (values: readonly unknown[], row: Row) => boolean {
  const tests = columns
    .map((c, i) => (skip.includes(c) ? null : `v[${i}] === (r[${JSON.stringify(c)}] ?? null)`))
    .filter((t) => t !== null);
  return new Function('v', 'r', `return ${tests.length ? tests.join(' && ') : 'true'};`) as (
    values: readonly unknown[],
    row: Row,
  ) => boolean;
}

/** `row[column]` with the name written out, so each call site sees one table's rows. */
export function compileColumnRead(column: string): (row: Row) => unknown {
  return new Function('r', `return r[${JSON.stringify(column)}];`) as (row: Row) => unknown;
}

/**
 * A check that `row` has no property but `columns`: the name of one it has besides them, or
 * null. The fast answer counts: the row's keys (for-in, from V8's cache of them) against those of
 * `columns` it has (`in` with each name written out) — measured on 1,000,000 events, looking each
 * of the rows' ~35 million keys up in a table of names was ~0.2 s of the import's own thread.
 * Only a row with a key besides them is walked again, to name it. Names that Object.prototype
 * has would count as present in every row: a table with one is always walked.
 */
export function compileColumnCheck(columns: readonly string[]): (row: Row) => string | null {
  const known = new Set(columns);
  const slow = (row: Row): string | null => {
    for (const c in row) if (!known.has(c)) return c;
    return null;
  };
  if (columns.some((c) => c in Object.prototype)) return slow;
  const count = columns.map((c) => `if (${JSON.stringify(c)} in r) present += 1;`).join(' ');
  const fast = new Function(
    'r',
    `let keys = 0; for (const _ in r) keys += 1; let present = 0; ${count} return keys === present;`,
  ) as (row: Row) => boolean;
  return (row) => (fast(row) ? null : slow(row));
}
