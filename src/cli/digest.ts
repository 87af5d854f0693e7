import { systemClock, today } from '../server/clock.js';
import { loadConfig } from '../server/config.js';
import { loadDigestConfig } from '../server/digest/config.js';
import { sendDigests } from '../server/digest/send.js';
import type { Command } from './command.js';
import { withDb } from './database.js';

/**
 * `track-record digest` (run it from cron once a day): e-mails each opted-in reviewer their
 * assigned due and overdue claims, and admins the claims overdue past TRACK_RECORD_ESCALATE_DAYS.
 */
export const digestCommand: Command = {
  run: (args) =>
    withDb(async (h) => {
      const config = loadConfig();
      const digest = loadDigestConfig();
      const { sent, skipped } = await sendDigests(h.db, digest, {
        today: today(systemClock),
        publicUrl: config.publicUrl,
        force: args.includes('--force'),
      });
      console.log(
        `digest: sent to ${sent.length} (${sent.join(', ') || 'nobody'})` +
          (skipped.length ? `; already sent today: ${skipped.join(', ')}` : ''),
      );
      return 0;
    }),
};
