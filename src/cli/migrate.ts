import { migrateToLatest } from '../server/ledger/migrate.js';
import type { Command } from './command.js';
import { withDb } from './database.js';

export const migrateCommand: Command = {
  run: async () => {
    const applied = await withDb((h) => migrateToLatest(h.db), { migrate: false });
    console.log(applied.length ? `applied: ${applied.join(', ')}` : 'the schema is up to date');
    return 0;
  },
};
