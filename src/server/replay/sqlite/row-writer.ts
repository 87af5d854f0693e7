import type SqliteDatabase from 'better-sqlite3';
import { describeError, ImportError } from '../batch.js';

export { placeholders } from '../batch.js';

/**
 * Rows per INSERT statement in the bulk import. Each `run` through better-sqlite3 costs about a
 * microsecond before SQLite does any work (the call, binding, step, reset), which is most of what
 * a small row costs, so 16 rows share one call.
 */
export const ROWS_PER_STATEMENT = 16;

/**
 * Writes rows of one width, ROWS_PER_STATEMENT to a statement (`text(n)`: the statement for n
 * rows), the rest one by one. A statement SQLite refuses is undone whole, so its rows are then
 * tried one by one to name the event whose row it refused (`refuse` words the error).
 */
export class RowWriter {
  private readonly many: SqliteDatabase.Statement;
  private readonly one: SqliteDatabase.Statement;
  private readonly params: unknown[];
  private readonly single: unknown[];
  private readonly seqs: number[] = new Array<number>(ROWS_PER_STATEMENT).fill(0);
  private rows = 0;

  constructor(
    sqlite: SqliteDatabase.Database,
    text: (rows: number) => string,
    readonly width: number,
    private readonly refuse = (seq: number, detail: string): Error => new ImportError(detail, seq),
  ) {
    this.many = sqlite.prepare(text(ROWS_PER_STATEMENT));
    this.one = sqlite.prepare(text(1));
    this.params = new Array<unknown>(width * ROWS_PER_STATEMENT);
    this.single = new Array<unknown>(width);
  }

  /** Forgets rows added and not written (a batch that failed before they were). */
  reset(): this {
    this.rows = 0;
    return this;
  }

  /** Adds the row at `values[at..at+width)`, written by event `seq`. */
  add(values: readonly unknown[], at: number, seq: number): void {
    const base = this.rows * this.width;
    for (let j = 0; j < this.width; j++) this.params[base + j] = values[at + j];
    this.seqs[this.rows] = seq;
    if (++this.rows === ROWS_PER_STATEMENT) this.flushFull();
  }

  /** Writes the rows added and not yet written. */
  flush(): void {
    const n = this.rows;
    this.rows = 0;
    for (let k = 0; k < n; k++) this.runOne(k);
  }

  private flushFull(): void {
    this.rows = 0;
    try {
      // As separate arguments: better-sqlite3 reads an array argument element by element through
      // V8's generic property lookup, and arguments directly.
      this.many.run(...this.params);
    } catch (err) {
      for (let k = 0; k < ROWS_PER_STATEMENT; k++) this.runOne(k);
      throw this.refuse(this.seqs[0]!, describeError(err));
    }
  }

  private runOne(k: number): void {
    for (let j = 0; j < this.width; j++) this.single[j] = this.params[k * this.width + j];
    try {
      this.one.run(...this.single);
    } catch (err) {
      throw this.refuse(this.seqs[k]!, describeError(err));
    }
  }
}
