import SqliteDatabase from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ImportError, placeholders } from '../../../src/server/replay/batch.js';
import { ROWS_PER_STATEMENT, RowWriter } from '../../../src/server/replay/sqlite/row-writer.js';

/** A real SQLite table with a key, a NOT NULL column and a CHECK, so that rows can be refused. */
let db: SqliteDatabase.Database;
beforeEach(() => {
  db = new SqliteDatabase(':memory:');
  db.exec('CREATE TABLE t (id TEXT PRIMARY KEY, n INTEGER NOT NULL CHECK (n >= 0))');
});
afterEach(() => db.close());

const insert = (rows: number) => `INSERT INTO t (id, n) VALUES ${placeholders(2, rows)}`;

/** Rows id0..id(count-1) as one flat array, with `n` = index unless `bad` says otherwise. */
function flatRows(count: number, bad: Record<number, unknown> = {}): unknown[] {
  const out: unknown[] = [];
  for (let i = 0; i < count; i++) out.push(`id${i}`, i in bad ? bad[i] : i);
  return out;
}

/** Writes every row (event seq = 100 + index) in one transaction; returns what was refused, if anything. */
function writeAll(writer: RowWriter, values: unknown[]): ImportError | null {
  try {
    db.transaction(() =>
      writer.write(
        values,
        Array.from({ length: values.length / 2 }, (_, r) => 100 + r),
      ),
    )();
    return null;
  } catch (err) {
    if (err instanceof ImportError) return err;
    throw err;
  }
}

const stored = () => db.prepare('SELECT id, n FROM t ORDER BY rowid').raw(true).all();

describe('RowWriter: several rows to an INSERT, each refusal named', () => {
  it('writes every row, in order, for counts below, at and across a full statement', () => {
    for (const count of [0, 1, ROWS_PER_STATEMENT - 1, ROWS_PER_STATEMENT, 2 * ROWS_PER_STATEMENT + 3]) {
      db.exec('DELETE FROM t');
      const writer = new RowWriter(db, insert, 2);
      const values = flatRows(count);
      expect(writeAll(writer, values)).toBeNull();
      const expected = [];
      for (let i = 0; i < values.length; i += 2) expected.push([values[i], values[i + 1]]);
      expect(stored()).toEqual(expected);
    }
  });

  it('names the refused row inside a full statement, and the transaction leaves nothing', () => {
    const writer = new RowWriter(db, insert, 2);
    const refusedAt = ROWS_PER_STATEMENT + 5;
    const refusal = writeAll(writer, flatRows(3 * ROWS_PER_STATEMENT, { [refusedAt]: -1 }));
    expect(refusal?.seq).toBe(100 + refusedAt);
    expect(refusal?.message).toMatch(/CHECK constraint failed/);
    expect(stored()).toEqual([]);
  });

  it('names the refused row among the last rows, written one by one', () => {
    const writer = new RowWriter(db, insert, 2);
    const count = 2 * ROWS_PER_STATEMENT + 4;
    const refusal = writeAll(writer, flatRows(count, { [count - 2]: null }));
    expect(refusal?.seq).toBe(100 + count - 2);
    expect(refusal?.message).toMatch(/NOT NULL constraint failed/);
    expect(stored()).toEqual([]);
  });

  it('names a duplicate key within one statement and against a row already there', () => {
    db.prepare('INSERT INTO t VALUES (?, ?)').run('id3', 3);
    const writer = new RowWriter(db, insert, 2);
    const refusal = writeAll(writer, flatRows(ROWS_PER_STATEMENT * 2));
    expect(refusal?.seq).toBe(103);
    expect(refusal?.message).toMatch(/UNIQUE constraint failed/);
    expect(stored()).toEqual([['id3', 3]]);

    db.exec('DELETE FROM t');
    const values = flatRows(ROWS_PER_STATEMENT);
    values[2 * 7] = 'id2'; // row 7 repeats row 2's key
    const again = new RowWriter(db, insert, 2);
    expect(writeAll(again, values)?.seq).toBe(107);
  });
});
