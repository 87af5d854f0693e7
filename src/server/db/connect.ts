import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import { unawaitedWrite } from './compiled-once.js';
import type { Database } from './schema.js';

export type Engine = 'sqlite' | 'postgres';

export interface DatabaseHandle {
  db: Kysely<Database>;
  engine: Engine;
  /** The raw better-sqlite3 connection (SQLite only), for online backup and bulk paths. */
  sqlite: SqliteDatabase.Database | null;
  /** The PostgreSQL pool (PostgreSQL only), whose counts the metrics report. */
  pool: pg.Pool | null;
  location: string;
  close(): Promise<void>;
}

// bigint columns (events.seq) come back from pg as strings unless told otherwise; our seqs fit in a double.
pg.types.setTypeParser(20, (v) => Number(v));

/** Opens SQLite (a file path) or PostgreSQL (a postgres:// URL). */
export function openDatabase(
  location: string,
  /** `contents`: an in-memory SQLite database's serialized bytes (`serialize()`), to open a copy of it. */
  options: { poolSize?: number; onPoolError?: (err: Error) => void; contents?: Buffer } = {},
): DatabaseHandle {
  if (/^postgres(ql)?:\/\//.test(location)) {
    const pool = new pg.Pool({
      connectionString: location,
      max: options.poolSize ?? 10,
      // Statements go out as they are made, without waiting for the answer of the one before
      // (preparingStatements sends some so).
      pipeline: true,
    });
    // An idle client dropped by the server (restart, admin command) must not crash the process;
    // the pool replaces it on the next checkout.
    pool.on('error', options.onPoolError ?? ((err) => console.error(`postgres: idle connection lost: ${err.message}`)));
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool: preparingStatements(pool) }) });
    return { db, engine: 'postgres', sqlite: null, pool, location, close: () => db.destroy() };
  }
  if (location !== ':memory:') mkdirSync(dirname(location), { recursive: true });
  const sqlite = new SqliteDatabase(options.contents ?? location);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 10000');
  // The ledger's promise is that an acknowledged write survives a crash or power loss.
  sqlite.pragma('synchronous = FULL');
  // Reads through a memory map instead of a copy into SQLite's page cache per page: the random
  // claim lookups of a source's scorecard take about half as long. (Capped by SQLite's own limit.)
  sqlite.pragma('mmap_size = 2147418112');
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: keepingStatements(sqlite) }) });
  return { db, engine: 'sqlite', sqlite, pool: null, location, close: () => db.destroy() };
}

/** How many prepared statements a SQLite connection keeps (the app runs a few hundred distinct ones). */
const KEPT_STATEMENTS = 500;

/**
 * The connection as Kysely's SQLite dialect sees it, keeping the statements it prepared by their
 * text (the least recently used dropped past KEPT_STATEMENTS): a ledger write runs the same
 * statements every time, and preparing one cost as much as running it. A kept statement still
 * iterating (a stream) is not shared: the caller gets a fresh one.
 */
function keepingStatements(sqlite: SqliteDatabase.Database) {
  const kept = new Map<string, SqliteDatabase.Statement>();
  return {
    close: () => sqlite.close(),
    prepare(text: string) {
      const hit = kept.get(text);
      if (hit?.busy) return sqlite.prepare(text);
      kept.delete(text);
      const statement = hit ?? sqlite.prepare(text);
      kept.set(text, statement);
      if (kept.size > KEPT_STATEMENTS) kept.delete(kept.keys().next().value!);
      return statement;
    },
  };
}

/** Statement texts the pool remembers having run, to tell repeated ones (the least recently run dropped past this). */
const SEEN_TEXTS = 1_000;
/** How many named statements a PostgreSQL connection prepares at most. */
const NAMED_PER_CONNECTION = 300;
/** PostgreSQL's refusal to run a named statement whose result columns changed (a table altered since it was prepared). */
const PLAN_CHANGED = '0A000';

/** Statements that open or close a transaction (Kysely's own: savepoints are neither). */
const OPENS = /^\s*(begin|start transaction)\b/i;
const CLOSES = /^\s*(commit|rollback)\s*$/i;

/**
 * The pool as Kysely's PostgreSQL dialect sees it, sending a statement text it has run before as
 * a named statement, which each connection parses once and then only plans and runs: a ledger
 * write runs the same statements every time, and parsing them afresh cost about a quarter of it.
 * PostgreSQL's default plan choice then keeps a named statement's generic plan once it costs no
 * more than the plans made for its values: the write's and the queue's key lookups cost more to
 * plan than to run.
 * A text run once (a bulk insert of one size, a one-off query) stays unnamed, a connection names
 * at most NAMED_PER_CONNECTION, and one whose result columns changed since it was prepared (a
 * migration) runs unnamed on that connection from then on (the statement that met the change
 * fails only inside a transaction, which PostgreSQL has aborted by then).
 *
 * Inside a transaction, the begin and every write whose result nothing reads (unawaitedWrite)
 * are sent without waiting for their answers (the connections pipeline: each statement still has
 * its own sync, so runs as it would alone, in order); the next statement that waits for its own
 * answer waits for theirs first and fails with the first error among them, and the commit is such
 * a statement, so nothing commits past a failed write. A statement sent ahead (compiledAhead: the
 * ledger head's lock) goes out the same way, its answer awaited later by its caller. A resolution
 * then waits for two answers (its claim read, its commit), not a dozen.
 */
function preparingStatements(pool: pg.Pool) {
  const seen = new Map<string, string | null>();
  /** The name a text runs under: null the first time it is seen. */
  const nameOf = (text: string): string | null => {
    const known = seen.get(text);
    seen.delete(text);
    const name = known === undefined ? null : (known ?? `tr_${createHash('sha1').update(text).digest('hex')}`);
    seen.set(text, name);
    if (seen.size > SEEN_TEXTS) seen.delete(seen.keys().next().value!);
    return name;
  };
  const named = new WeakMap<pg.PoolClient, { names: Set<string>; refused: Set<string> }>();
  return {
    end: () => pool.end(),
    async connect() {
      const client = await pool.connect();
      let own = named.get(client);
      if (!own) named.set(client, (own = { names: new Set(), refused: new Set() }));
      const { names, refused } = own;
      let inTransaction = false;
      /** Statements sent without waiting for their answers, oldest first. */
      let unanswered: Promise<unknown>[] = [];
      const send = (text: string, values?: unknown[]): Promise<pg.QueryResult> => {
        // A statement without parameters (begin, commit, a migration's script) as it is.
        if (!values?.length) return client.query(text, values);
        const name = nameOf(text);
        if (name === null || refused.has(name) || (!names.has(name) && names.size >= NAMED_PER_CONNECTION))
          return client.query(text, values);
        names.add(name);
        const within = inTransaction;
        return client.query({ name, text, values }).catch(async (err: unknown) => {
          if ((err as { code?: string }).code !== PLAN_CHANGED) throw err;
          refused.add(name);
          // Inside a transaction, the refusal has aborted it; outside one, run it again unnamed.
          if (within) throw err;
          try {
            return await client.query(text, values);
          } catch {
            throw err;
          }
        });
      };
      /** Waits for the unanswered statements: the first one's failure, if any. */
      const answers = async (): Promise<PromiseRejectedResult | undefined> => {
        const sent = unanswered;
        unanswered = [];
        return (await Promise.allSettled(sent)).find((o) => o.status === 'rejected');
      };
      return {
        release: (destroy?: boolean) => client.release(destroy),
        query: (async (text: unknown, values?: unknown[]) => {
          // A query object as it is (pg refuses a cursor on a pipelining connection; the dialect is given none).
          if (typeof text !== 'string') return client.query(text as never, values);
          const opens = OPENS.test(text);
          if (opens || (inTransaction && unawaitedWrite(text))) {
            inTransaction ||= opens;
            const sent = send(text, values);
            // Answered when the next statement that waits is: its error is told then.
            sent.catch(() => undefined);
            unanswered.push(sent);
            return { rows: [] };
          }
          const own = send(text, values);
          // Told below, after the answers before it.
          own.catch(() => undefined);
          const closes = CLOSES.exec(text)?.[1]?.toLowerCase();
          if (closes) inTransaction = false;
          const failed = await answers();
          if (failed) {
            // This statement met the transaction that write aborted: the write's error is the one to
            // tell (a rollback after it is what the caller asked for).
            await own.catch(() => undefined);
            if (closes !== 'rollback') throw failed.reason;
          }
          return own;
        }) as never,
      };
    },
  };
}
