import type { Kysely } from 'kysely';
import type { Clock } from './clock.js';
import type { Config } from './config.js';
import type { Database } from './db/schema.js';

/** What every service gets: the database, the clock and the settings. No globals. */
export interface AppContext {
  db: Kysely<Database>;
  clock: Clock;
  config: Config;
}

/** The signed-in person behind a request (null for readers). */
export interface Actor {
  id: string;
  username: string;
  role: 'admin' | 'editor' | 'reviewer';
  via: 'session' | 'token';
}
