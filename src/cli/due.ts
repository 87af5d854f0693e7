import { systemClock } from '../server/clock.js';
import { loadConfig } from '../server/config.js';
import { createContext } from '../server/context.js';
import { createLogger } from '../server/log/logger.js';
import { markDueClaims } from '../server/webhooks/service.js';
import type { Command } from './command.js';
import { withDb } from './database.js';

/**
 * `track-record due` (run it from cron, e.g. hourly): marks claims that have come due and
 * enqueues their webhook notifications, once per claim however often it runs. The server's
 * delivery worker sends them.
 */
export const dueCommand: Command = {
  run: () =>
    withDb(async (h) => {
      const config = loadConfig();
      const logger = createLogger(config).child({ command: 'due' });
      const { marked, enqueued } = await markDueClaims(createContext({ db: h.db, clock: systemClock, config, logger }));
      const message = marked
        ? `${marked} claim(s) came due; ${enqueued} notification(s) queued`
        : 'no newly due claims';
      logger.info({ marked, enqueued }, message);
      logger.flush();
      return 0;
    }),
};
