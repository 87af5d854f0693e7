import type { Row } from './apply.js';

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
export function compileRowEquals(columns: readonly string[], skip: readonly string[] = []): (values: readonly unknown[], row: Row) => boolean {
  const tests = columns.map((c, i) => (skip.includes(c) ? null : `v[${i}] === (r[${JSON.stringify(c)}] ?? null)`)).filter((t) => t !== null);
  return new Function('v', 'r', `return ${tests.length ? tests.join(' && ') : 'true'};`) as (values: readonly unknown[], row: Row) => boolean;
}

/** `row[column]` with the name written out, so each call site sees one table's rows. */
export function compileColumnRead(column: string): (row: Row) => unknown {
  return new Function('r', `return r[${JSON.stringify(column)}];`) as (row: Row) => unknown;
}
