import type SqliteDatabase from 'better-sqlite3';
import { describeError, ImportError } from '../batch.js';

/** Rows per INSERT statement: a `run` through better-sqlite3 (call, binding, step, reset) costs most of what a small row costs. */
export const ROWS_PER_STATEMENT = 16;

/**
 * Writes rows ROWS_PER_STATEMENT to a statement (`text(n)`: the one for n rows), the rest one by one; SQLite undoes
 * a refused statement whole, so its rows are then tried one by one to name the event whose row it refused.
 */
export class RowWriter {
  private readonly many: SqliteDatabase.Statement;
  private readonly one: SqliteDatabase.Statement;
  private readonly params: unknown[];
  private readonly single: unknown[];

  constructor(
    sqlite: SqliteDatabase.Database,
    text: (rows: number) => string,
    private readonly width: number,
    private readonly refuse = (seq: number, detail: string): Error => new ImportError(detail, seq),
  ) {
    this.many = sqlite.prepare(text(ROWS_PER_STATEMENT));
    this.one = sqlite.prepare(text(1));
    this.params = new Array<unknown>(width * ROWS_PER_STATEMENT);
    this.single = new Array<unknown>(width);
  }

  /** Writes the rows of `values` (flat, `width` values each), row r written by event `seqs[r]`. */
  write(values: readonly unknown[], seqs: readonly number[]): void {
    const size = this.params.length;
    let r = 0;
    for (; r + ROWS_PER_STATEMENT <= seqs.length; r += ROWS_PER_STATEMENT) {
      for (let j = 0, at = r * this.width; j < size; j++) this.params[j] = values[at + j];
      try {
        // As separate arguments: better-sqlite3 reads an array argument element by element through
        // V8's generic property lookup, and arguments directly.
        this.many.run(...this.params);
      } catch (err) {
        for (let k = r; k < r + ROWS_PER_STATEMENT; k++) this.writeOne(values, seqs, k);
        throw this.refuse(seqs[r]!, describeError(err));
      }
    }
    for (; r < seqs.length; r++) this.writeOne(values, seqs, r);
  }

  private writeOne(values: readonly unknown[], seqs: readonly number[], r: number): void {
    for (let j = 0; j < this.width; j++) this.single[j] = values[r * this.width + j];
    try {
      this.one.run(...this.single);
    } catch (err) {
      throw this.refuse(seqs[r]!, describeError(err));
    }
  }
}
