import { parseArgs } from 'node:util';
import { checkCopy } from './check-copy.js';
import type { Command } from './command.js';
import { usageLine } from './commands.js';
import { withExistingDb } from './database.js';

export const backupCommand: Command = {
  run: async (args) => {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: { verify: { type: 'boolean' } },
    });
    const file = positionals[0];
    if (!file || positionals.length > 1) {
      console.error(usageLine('backup'));
      return 2;
    }
    const copied = await withExistingDb(async (h) => {
      if (!h.sqlite) {
        console.error('backup copies the SQLite file; for PostgreSQL use pg_dump (see docs/deploy.md)');
        return false;
      }
      await h.sqlite.backup(file);
      console.log(`backed up ${h.location} to ${file}`);
      return true;
    });
    if (!copied) return 2;
    if (!values.verify) return 0;
    const check = await checkCopy(file);
    if (check.problem !== null) {
      console.error(`the copy does NOT verify: ${check.problem}`);
      return 1;
    }
    console.log(`the copy verifies: ${check.events} events, head ${check.head!.seq} ${check.head!.hash}`);
    return 0;
  },
};
