import type { Command } from './command.js';
import { withDb } from './database.js';

export const backupCommand: Command = {
  usage: 'backup FILE',
  summary: 'online copy of the SQLite database to FILE',
  run: async (args) => {
    const file = args[0];
    if (!file) {
      console.error('usage: track-record backup FILE');
      return 2;
    }
    return withDb(async (h) => {
      if (!h.sqlite) {
        console.error('backup copies the SQLite file; for PostgreSQL use pg_dump');
        return 2;
      }
      await h.sqlite.backup(file);
      console.log(`backed up ${h.location} to ${file}`);
      return 0;
    });
  },
};
