// A server in its own process over an existing database: `node --import tsx serve-child.ts URL NOW`.
// Prints its port, then serves until killed (the two-process leaderboard test).
import type { AddressInfo } from 'node:net';
import { createApp } from '../../src/server/app.js';
import { fixedClock } from '../../src/server/clock.js';
import { testConfig } from '../../src/server/config.js';
import { createContext } from '../../src/server/context.js';
import { openDatabase } from '../../src/server/db/connect.js';

const [url, now] = process.argv.slice(2);
const handle = openDatabase(url!);
const ctx = createContext({ db: handle.db, clock: fixedClock(now!), config: testConfig(), pool: handle.pool });
const server = createApp({ ...ctx, webRoot: null }).listen(0, '127.0.0.1', () =>
  process.stdout.write(`${(server.address() as AddressInfo).port}\n`),
);
