import SqliteDatabase from 'better-sqlite3';
import { type Kysely, sql } from 'kysely';
import type { Database } from '../db/schema.js';
import { migrations } from '../db/migrations/index.js';

export type Readiness = { ready: true; headSeq: number } | { ready: false; reason: string };

interface Answers {
  head: { seq: number | string } | undefined;
  applied: string[];
}

/** The file behind a SQLite connection ('' for an in-memory one); null on PostgreSQL. */
async function sqliteFileOf(db: Kysely<Database>): Promise<string | null> {
  try {
    const { rows } = await sql<{ name: string; file: string }>`pragma database_list`.execute(db);
    return rows.find((r) => r.name === 'main')?.file ?? '';
  } catch {
    return null; // PostgreSQL has no such pragma
  }
}

/**
 * A SQLite file is read through a connection of its own, opened for this check: the server's
 * connection keeps reading a file through its open descriptor after the file is moved away or
 * made unreadable, so only a fresh open tells whether the database at that path still answers.
 */
function askSqliteFile(file: string): Answers {
  const conn = new SqliteDatabase(file, { readonly: true, fileMustExist: true, timeout: 2000 });
  try {
    const head = conn.prepare('select seq from ledger_head where id = 1').get() as Answers['head'];
    const applied = (conn.prepare('select name from kysely_migration').all() as { name: string }[]).map((r) => r.name);
    return { head, applied };
  } finally {
    conn.close();
  }
}

async function askDatabase(db: Kysely<Database>): Promise<Answers> {
  const head = await db.selectFrom('ledger_head').select('seq').where('id', '=', 1).executeTakeFirst();
  const { rows } = await sql<{ name: string }>`select name from kysely_migration`.execute(db);
  return { head, applied: rows.map((r) => r.name) };
}

/** Ready: the database answers, every migration this code knows has run, and the ledger head reads. */
export async function checkReadiness(db: Kysely<Database>): Promise<Readiness> {
  let answers: Answers;
  try {
    const file = await sqliteFileOf(db);
    answers = file ? askSqliteFile(file) : await askDatabase(db);
  } catch (err) {
    return { ready: false, reason: `database: ${err instanceof Error ? err.message : String(err)}` };
  }
  const applied = new Set(answers.applied);
  const missing = Object.keys(migrations).filter((name) => !applied.has(name));
  if (missing.length) return { ready: false, reason: `migrations not applied: ${missing.join(', ')}` };
  if (!answers.head) return { ready: false, reason: 'the ledger head is missing' };
  return { ready: true, headSeq: Number(answers.head.seq) };
}
