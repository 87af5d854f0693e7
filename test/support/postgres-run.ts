import { createHash } from 'node:crypto';
import { hostname } from 'node:os';
import pg from 'pg';
import { isAlive } from './processes.js';

// A test does not wait for its PostgreSQL database to be dropped: DROP DATABASE waits for a
// checkpoint of the whole server, and drops made together share one checkpoint.

/** How many databases are dropped at once while the tests go on. */
const DROPS_AT_ONCE = 8;
/**
 * How many the run's end drops at once: the checkpoint a drop waits for writes out every database
 * not yet dropped, so the run's leftovers are dropped all together rather than eight by eight (a
 * stock PostgreSQL allows 100 connections, and the run's own are closed by then).
 */
const DROPS_AT_END = 40;

const closed: (() => Promise<void>)[] = [];
let dropping: Promise<void> | undefined;

/**
 * Drops a closed test database of the run while the tests go on; databases closed meanwhile are
 * dropped together after it. A drop that fails or is cut off when the worker ends is left to the
 * run's end (dropRunDatabases).
 */
export function dropInBackground(drop: () => Promise<void>): void {
  closed.push(drop);
  dropping ??= (async () => {
    while (closed.length) await Promise.all(closed.splice(0, DROPS_AT_ONCE).map((d) => d().catch(() => {})));
    dropping = undefined;
  })();
}

const hostTag = () => createHash('sha256').update(hostname()).digest('hex').slice(0, 6);

/**
 * The name prefix of this run's test databases (called in the run's main process): the host and the
 * process id, so that a later run on this host can tell a dead run's leftovers from a live run's databases.
 */
export function runDatabasePrefix(): string {
  return `tr_test_${hostTag()}_${process.pid}`;
}

async function withClient<T>(base: string, use: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: base });
  await client.connect();
  try {
    return await use(client);
  } finally {
    await client.end();
  }
}

async function dropAll(base: string, names: string[]): Promise<void> {
  const queue = [...names];
  const dropper = () =>
    withClient(base, async (client) => {
      for (let name = queue.pop(); name; name = queue.pop())
        await client.query(`drop database if exists ${name} with (force)`);
    });
  await Promise.all(Array.from({ length: Math.min(DROPS_AT_END, queue.length) }, dropper));
}

async function databasesStartingWith(base: string, prefix: string): Promise<string[]> {
  const r = await withClient(base, (client) => client.query<{ datname: string }>('select datname from pg_database'));
  return r.rows.map((row) => row.datname).filter((name) => name.startsWith(prefix));
}

/** Drops every database of this run still there, its template too (the run's main process calls it as the run ends). */
export async function dropRunDatabases(base: string): Promise<void> {
  await dropAll(base, await databasesStartingWith(base, `${runDatabasePrefix()}_`));
}

/** Drops the test databases that runs on this host left behind when they were killed before their end. */
export async function dropDeadRunsDatabases(base: string): Promise<void> {
  const prefix = `tr_test_${hostTag()}_`;
  const names = await databasesStartingWith(base, prefix);
  const dead = names.filter((name) => {
    const pid = Number(/^(\d+)_/.exec(name.slice(prefix.length))?.[1]);
    return pid && !isAlive(pid);
  });
  await dropAll(base, dead);
}
