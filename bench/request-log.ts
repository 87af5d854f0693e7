// The request log's cost (issue 28): the leaderboard endpoint with the request log on (info, JSON
// lines to a file through the destination production writes stdout with) against the same app
// with logging off, alternating rounds (and their order) within one run.
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { createApp } from '../src/server/app.js';
import type { Clock } from '../src/server/clock.js';
import { testConfig } from '../src/server/config.js';
import { createContext } from '../src/server/context.js';
import type { DatabaseHandle } from '../src/server/db/connect.js';
import { createLogger, logDestination } from '../src/server/log/logger.js';
import { median } from './support.js';

type Throughput = (url: string, seconds: number) => Promise<number>;

async function listen(handle: DatabaseHandle, clock: Clock, logged: boolean, logFile: string) {
  const logger = logged ? createLogger({ logLevel: 'info' }, { destination: logDestination(logFile) }) : undefined;
  const app = createApp({ ...createContext({ db: handle.db, clock, config: testConfig(), logger }), webRoot: null });
  const server = app.listen(0, '127.0.0.1');
  await new Promise((r) => server.once('listening', r));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/leaderboard?limit=50` };
}

export async function benchRequestLog(handle: DatabaseHandle, clock: Clock, dir: string, throughput: Throughput) {
  const off = await listen(handle, clock, false, '');
  const on = await listen(handle, clock, true, join(dir, 'requests.log'));
  await throughput(off.url, 1);
  await throughput(on.url, 1);
  const offRates: number[] = [];
  const onRates: number[] = [];
  // Six one-second rounds, each pair in the other order from the last: the second of a fixed pair
  // ran after the first's garbage and in whatever the machine's other load did next.
  for (let i = 0; i < 6; i++) {
    const first = i % 2 === 0 ? 'off' : 'on';
    for (const which of [first, first === 'off' ? 'on' : 'off']) {
      if (which === 'off') offRates.push(await throughput(off.url, 1));
      else onRates.push(await throughput(on.url, 1));
    }
  }
  off.server.close();
  on.server.close();
  return {
    'leaderboard req/s, request log off (median)': median(offRates),
    'leaderboard req/s, request log on (median)': median(onRates),
    'request log on / off ratio (goal ≥ 0.9)': median(onRates) / median(offRates),
  };
}
