import { existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import SqliteDatabase from 'better-sqlite3';
import { loadConfig } from '../server/config.js';
import { checkCopy } from './check-copy.js';
import type { Command } from './command.js';
import { usageLine } from './commands.js';

const isPostgres = (location: string) => /^postgres(ql)?:\/\//.test(location);

/**
 * Whether another process has the SQLite file open: in WAL mode every open connection keeps the
 * file from leaving WAL, so asking for another journal mode is refused while anyone else is in.
 */
function inUseByAnother(file: string): boolean {
  const probe = new SqliteDatabase(file, { fileMustExist: true, timeout: 1000 });
  try {
    const mode = probe.pragma('journal_mode = DELETE', { simple: true }) as string;
    if (mode !== 'wal') probe.pragma('journal_mode = WAL');
    return mode === 'wal';
  } catch (err) {
    if ((err as { code?: string }).code === 'SQLITE_BUSY') return true;
    throw err;
  } finally {
    probe.close();
  }
}

/** A database file that holds anything at all (an empty file or none can be restored over freely). */
const holdsData = (file: string) => existsSync(file) && statSync(file).size > 0;

export const restoreCommand: Command = {
  run: async (args) => {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: { force: { type: 'boolean' } },
    });
    const file = positionals[0];
    if (!file || positionals.length > 1) {
      console.error(usageLine('restore'));
      return 2;
    }
    const target = loadConfig().database;
    if (isPostgres(target)) {
      console.error(
        'restore puts back a SQLite file; for PostgreSQL use pg_restore into a new database (see docs/deploy.md)',
      );
      return 2;
    }
    const check = await checkCopy(file);
    if (check.problem !== null) {
      console.error(`not restoring: the copy does not verify: ${check.problem}`);
      return 1;
    }
    if (holdsData(target)) {
      if (!values.force) {
        console.error(
          `not restoring: ${target} holds a database; stop the server, then run again with --force to replace it`,
        );
        return 1;
      }
      if (inUseByAnother(target)) {
        console.error(`not restoring: another process (a running server?) has ${target} open; stop it first`);
        return 1;
      }
    }
    const source = new SqliteDatabase(file, { readonly: true, fileMustExist: true });
    try {
      mkdirSync(dirname(target), { recursive: true });
      for (const leftover of [`${target}-wal`, `${target}-shm`]) rmSync(leftover, { force: true });
      await source.backup(target);
    } finally {
      source.close();
    }
    console.log(`restored ${file} to ${target}: ${check.events} events, head ${check.head!.seq} ${check.head!.hash}`);
    return 0;
  },
};
