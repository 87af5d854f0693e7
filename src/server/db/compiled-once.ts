import {
  type Compilable,
  type CompiledQuery,
  createQueryId,
  type Kysely,
  type QueryResult,
  type UnknownRow,
} from 'kysely';
import type { Database } from './schema.js';

/** Where a run's value goes in a statement compiled once (a parameter the builder saw as this object). */
class Slot {
  constructor(readonly name: string) {}
}

/**
 * A statement of fixed shape compiled once per database (dialect), made ready to run with a run's
 * values: what every compiledOnce variant sends.
 */
function preparer<V extends object, R>(
  build: (db: Kysely<Database>, values: V) => Compilable<R>,
  onCompile?: (text: string) => void,
): (db: Kysely<Database>, values: V) => CompiledQuery<R> {
  const byAdapter = new WeakMap<object, CompiledQuery>();
  const slots = new Proxy({} as V, { get: (_, name) => new Slot(String(name)) });
  const bind = (compiled: CompiledQuery, values: V) =>
    compiled.parameters.map((p) => {
      if (!(p instanceof Slot)) return p;
      const value = values[p.name as keyof V];
      // A builder leaves an undefined value out; a compiled statement cannot.
      if (value === undefined) throw new Error(`compiledOnce: no value for ${p.name}`);
      return value;
    });
  return (db, values) => {
    const executor = db.getExecutor();
    let once = byAdapter.get(executor.adapter);
    if (!once) {
      byAdapter.set(executor.adapter, (once = build(db.withoutPlugins(), slots).compile()));
      onCompile?.(once.sql);
    }
    const queryId = createQueryId();
    const node = executor.transformQuery(once.query, queryId);
    const compiled = node === once.query ? once : executor.compileQuery(node, queryId);
    return { ...compiled, queryId, parameters: bind(compiled, values) };
  };
}

/**
 * A statement of fixed shape on the ledger write's path, built and compiled once per database
 * (dialect) and then run with each call's values: building and compiling it with Kysely took
 * longer than SQLite took to run it. `build` gets placeholders for the values, which it must use
 * only as values (never in a condition of its own). A plugin of the executor still sees the
 * statement on every run; only one that changes it costs a compile.
 */
export function compiledOnce<V extends object, R>(
  build: (db: Kysely<Database>, values: V) => Compilable<R>,
  /** Told the text of each statement it compiles (compiledWrite). */
  onCompile?: (text: string) => void,
): (db: Kysely<Database>, values: V) => Promise<QueryResult<R>> {
  const prepared = preparer(build, onCompile);
  // async, so that a call missing a value rejects as a failed statement would rather than throwing
  return async (db, values) => db.executeQuery<R>(prepared(db, values));
}

/**
 * compiledOnce for a statement whose answer its caller needs later, not before its next statement
 * goes out: inside a transaction, the call resolves once the statement is on its way (on SQLite,
 * once it ran), with its answer to await (`answer`), so that on PostgreSQL the statements made
 * meanwhile go out behind it and their answers come back with its own. The transaction's other
 * statements wait for no answer of it: one that fails aborts the transaction, and the caller must
 * await `answer` before the transaction commits (PostgreSQL commits an aborted one as a rollback,
 * without an error), and before telling another error, which may only be the abort's echo.
 */
export function compiledAhead<V extends object, R>(
  build: (db: Kysely<Database>, values: V) => Compilable<R>,
): (db: Kysely<Database>, values: V) => Promise<{ answer: Promise<QueryResult<R>> }> {
  const prepared = preparer(build);
  return async (db, values) => {
    // Outside a transaction the connection would go back to the pool before the answer.
    if (!db.isTransaction) throw new Error('compiledAhead: only inside a transaction');
    const query = prepared(db, values);
    const executor = db.getExecutor();
    return executor.provideConnection((connection) => {
      const answer = connection.executeQuery<R>(query).then(async (result) => {
        // What executeQuery does after the connection answered: each plugin sees the result.
        let out = result as QueryResult<UnknownRow>;
        for (const plugin of executor.plugins)
          out = await plugin.transformResult({ result: out, queryId: query.queryId });
        return out as QueryResult<R>;
      });
      // Told when the caller awaits it.
      answer.catch(() => undefined);
      return Promise.resolve({ answer });
    });
  };
}

/**
 * compiledOnce for a statement whose shape varies between a few cases (a table and its columns,
 * a number of rows): one statement compiled per shape, named by `key`. `build` gets the shape
 * and, as compiledOnce's does, placeholders for the values (an array's are its indexes).
 */
export function compiledPerShape<S, V extends object, R>(
  key: (shape: S) => string,
  build: (db: Kysely<Database>, values: V, shape: S) => Compilable<R>,
  onCompile?: (text: string) => void,
): (db: Kysely<Database>, shape: S, values: V) => Promise<QueryResult<R>> {
  const byShape = new Map<string, (db: Kysely<Database>, values: V) => Promise<QueryResult<R>>>();
  return (db, shape, values) => {
    const k = key(shape);
    let run = byShape.get(k);
    if (!run) byShape.set(k, (run = compiledOnce((d, v: V) => build(d, v, shape), onCompile)));
    return run(db, values);
  };
}

/** The texts of the statements compiledWrite compiled (unawaitedWrite). */
const UNAWAITED = new Set<string>();

/**
 * Whether a statement is a write whose result none of its callers reads (compiledWrite): inside a
 * transaction, the PostgreSQL pool sends it without waiting for its answer, and the next statement
 * that waits (the commit at the latest) waits for it too and fails with its error (db/connect.ts).
 */
export const unawaitedWrite = (text: string): boolean => UNAWAITED.has(text);

/**
 * compiledOnce for a write whose result (rows, count) nothing reads, so that its caller cannot
 * read one: on PostgreSQL, inside a transaction, it goes out without waiting for the answer of
 * the one before (unawaitedWrite). A ledger write's statements are mostly such writes, and each
 * round trip cost the write more than PostgreSQL took to run its statement.
 */
export function compiledWrite<V extends object>(
  build: (db: Kysely<Database>, values: V) => Compilable<unknown>,
): (db: Kysely<Database>, values: V) => Promise<void> {
  const run = compiledOnce(build, (text) => UNAWAITED.add(text));
  return async (db, values) => {
    await run(db, values);
  };
}

/** compiledPerShape for a write whose result nothing reads (compiledWrite). */
export function compiledWritePerShape<S, V extends object>(
  key: (shape: S) => string,
  build: (db: Kysely<Database>, values: V, shape: S) => Compilable<unknown>,
): (db: Kysely<Database>, shape: S, values: V) => Promise<void> {
  const run = compiledPerShape(key, build, (text) => UNAWAITED.add(text));
  return async (db, shape, values) => {
    await run(db, shape, values);
  };
}
