import type { Kysely } from 'kysely';
import { checkpointOnWrite } from './checkpoints/sign.js';
import type { Signer } from './checkpoints/signer.js';
import type { Clock } from './clock.js';
import type { Config } from './config.js';
import type { Database } from './db/schema.js';
import type { HeadHook, LedgerContext } from './ledger/append.js';
import { type Logger, silentLogger } from './log/logger.js';
import { createMetrics, type Metrics, type PoolStats } from './metrics/metrics.js';
import { enqueueNotifications } from './webhooks/enqueue.js';
import { anyActiveWebhook } from './webhooks/queries.js';

/** What every service gets: the database, the clock, the settings, the logger, the metrics and the ledger's hooks. No globals. */
export interface AppContext extends LedgerContext {
  config: Config;
  logger: Logger;
  metrics: Metrics;
  /** The key that signs checkpoints; null: this context signs none (most tests and tools). */
  signer: Signer | null;
}

export type { Actor } from './http/auth.js';

/**
 * Webhooks queue a write's notifications after its checkpoint is signed, so they carry it. Whether
 * any webhook is active is asked right behind the head's lock (HeadHook.ask), in a statement no
 * write waits for: with none (the usual case) a write reads nothing more for them.
 */
const notifyWebhooks: HeadHook = {
  ask: anyActiveWebhook,
  run: async (trx, events, _head, _at, any) => {
    if (!any) return;
    for (const event of events) await enqueueNotifications(trx, event);
  },
};

/**
 * The one place an AppContext is put together, so that every writer runs the same hooks. Without
 * a logger it logs nothing (tests, tools); `pool` is PostgreSQL's, for the metrics of its use.
 */
export function createContext(parts: {
  db: Kysely<Database>;
  clock: Clock;
  config: Config;
  logger?: Logger;
  pool?: PoolStats | null;
  signer?: Signer | null;
}): AppContext {
  const signer = parts.signer ?? null;
  const { db, clock, config } = parts;
  return {
    db,
    clock,
    config,
    logger: parts.logger ?? silentLogger(),
    metrics: createMetrics({ db, clock, pool: parts.pool }),
    // The features that act inside every ledger write, in the order they run.
    headHooks: signer ? [checkpointOnWrite(signer), notifyWebhooks] : [notifyWebhooks],
    signer,
  };
}
