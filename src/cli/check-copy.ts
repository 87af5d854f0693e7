import { existsSync } from 'node:fs';
import SqliteDatabase from 'better-sqlite3';
import { openDatabase } from '../server/db/connect.js';
import { verifyLedger } from '../server/replay/index.js';

/** What checking a copy of the database found: `problem` is null when it verifies. */
export interface CopyCheck {
  problem: string | null;
  events: number;
  head: { seq: number; hash: string } | null;
}

/**
 * Opens the SQLite copy at `file` (never creating or migrating it) and runs `verify` on it: the
 * hash chain, the replayed tables and the source totals. A file that is not a Track Record
 * database is a problem too, named as such.
 */
export async function checkCopy(file: string): Promise<CopyCheck> {
  if (!existsSync(file)) return { problem: `${file} does not exist`, events: 0, head: null };
  try {
    const probe = new SqliteDatabase(file, { readonly: true, fileMustExist: true });
    try {
      probe.prepare('select seq from ledger_head where id = 1').get();
    } finally {
      probe.close();
    }
  } catch (err) {
    return { problem: `${file} is not a Track Record database (${(err as Error).message})`, events: 0, head: null };
  }
  const copy = openDatabase(file);
  try {
    const result = await verifyLedger(copy);
    return { problem: result.problem, events: result.events, head: result.head };
  } finally {
    await copy.close();
  }
}
