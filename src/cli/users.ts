import { parseArgs } from 'node:util';
import { hasEnabledAdmin, issueSetupToken, restoreAdmin } from '../server/auth/service.js';
import { systemClock } from '../server/clock.js';
import { loadConfig } from '../server/config.js';
import { createContext } from '../server/context.js';
import { AppError } from '../server/http/errors.js';
import type { Command } from './command.js';
import { usageLine } from './commands.js';
import { withExistingDb } from './database.js';

/**
 * `track-record users reset-admin`: the way back in when nobody can manage users (the last admin
 * forgot the password, or was disabled). It works on the database directly, so only whoever runs
 * the server can use it. With TRACK_RECORD_ADMIN_PASSWORD set, NAME (default
 * TRACK_RECORD_ADMIN_USERNAME, "admin") becomes an enabled admin with that password, created if
 * missing, and every session and API token of theirs ends. Without it, a one-time setup link is
 * printed, valid for 24 hours while no enabled admin exists.
 */
export const usersCommand: Command = {
  run: async (args) => {
    let username: string | undefined;
    try {
      const { values, positionals } = parseArgs({
        args,
        allowPositionals: true,
        options: { username: { type: 'string' } },
      });
      if (positionals.length !== 1 || positionals[0] !== 'reset-admin') throw new Error('unknown users command');
      username = values.username?.trim().toLowerCase();
    } catch (err) {
      console.error(`${err instanceof Error ? err.message : String(err)}\n${usageLine('users')}`);
      return 2;
    }
    const config = loadConfig();
    return withExistingDb(async (h) => {
      const ctx = createContext({ db: h.db, clock: systemClock, config });
      const name = username ?? config.adminUsername;
      try {
        if (config.adminPassword) {
          const done = await restoreAdmin(ctx, name, config.adminPassword);
          console.log(
            `${done === 'created' ? 'created' : 'reset'} the admin "${name}" with the password in TRACK_RECORD_ADMIN_PASSWORD` +
              (done === 'restored' ? '; their sessions and API tokens were ended' : ''),
          );
          return 0;
        }
        if (await hasEnabledAdmin(h.db)) {
          console.error(
            'an enabled admin exists, so a setup link would not work: set TRACK_RECORD_ADMIN_PASSWORD and run again (with --username NAME) to reset that admin’s password',
          );
          return 1;
        }
        const token = await issueSetupToken(ctx);
        console.log(`No enabled admin. Create one within 24 hours at: ${config.publicUrl}/setup?token=${token}`);
        return 0;
      } catch (err) {
        if (!(err instanceof AppError)) throw err;
        console.error(err.message);
        return 1;
      }
    });
  },
};
