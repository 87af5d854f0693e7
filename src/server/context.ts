import type { Kysely } from 'kysely';
import type { Clock } from './clock.js';
import type { Config } from './config.js';
import type { Database } from './db/schema.js';
import type { AppendHook, LedgerContext } from './ledger/append.js';
import { enqueueNotifications } from './webhooks/enqueue.js';

/** What every service gets: the database, the clock, the settings and the ledger's hooks. No globals. */
export interface AppContext extends LedgerContext {
  config: Config;
}

export type { Actor } from './http/auth.js';

/** The features that act inside every ledger write, in the order they run. */
export const APPEND_HOOKS: readonly AppendHook[] = [enqueueNotifications];

/** The one place an AppContext is put together, so that every writer runs the same hooks. */
export function createContext(parts: { db: Kysely<Database>; clock: Clock; config: Config }): AppContext {
  return { ...parts, appendHooks: APPEND_HOOKS };
}
