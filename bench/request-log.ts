// The request log's cost (issue 28): the leaderboard endpoint with the request log on (info, JSON
// lines to a file through the destination production writes stdout with) against the same app
// with logging off, alternating rounds (and their order) within one run. The requests come from a
// load generator in a child process, so the client's own work does not share the server's thread;
// beside the rates, the CPU time per request of
// this process (both servers; the idle one costs next to nothing), which the machine's other load moves less.
// The client accepts what fetch accepts by default (compressed), as a browser would.
import { spawn } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { createApp } from '../src/server/app.js';
import type { Clock } from '../src/server/clock.js';
import { testConfig } from '../src/server/config.js';
import { createContext } from '../src/server/context.js';
import type { DatabaseHandle } from '../src/server/db/connect.js';
import { createLogger, logDestination } from '../src/server/log/logger.js';
import { median } from './support.js';

/** The child's loop: on each message, `concurrency` clients fetch `url` for `seconds`, then it answers the count. */
const LOAD_GENERATOR = `
process.on('message', async ({ url, seconds, concurrency }) => {
  let count = 0;
  const until = Date.now() + seconds * 1000;
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (Date.now() < until) {
      const res = await fetch(url);
      await res.arrayBuffer();
      count += 1;
    }
  }));
  process.send({ count });
});`;

function loadGenerator() {
  const child = spawn(process.execPath, ['--input-type=module', '-e', LOAD_GENERATOR], {
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  /** One round against `url`: requests per second, and this process's CPU microseconds per request. */
  const round = (url: string, seconds: number) =>
    new Promise<{ rate: number; cpuUs: number }>((resolve, reject) => {
      const cpu = process.cpuUsage();
      child.once('exit', reject);
      child.once('error', reject);
      child.once('message', (m: { count: number }) => {
        child.off('exit', reject);
        child.off('error', reject);
        const used = process.cpuUsage(cpu);
        resolve({ rate: m.count / seconds, cpuUs: (used.user + used.system) / m.count });
      });
      child.send({ url, seconds, concurrency: 16 });
    });
  return { round, close: () => child.kill() };
}

async function listen(handle: DatabaseHandle, clock: Clock, logged: boolean, logFile: string) {
  const logger = logged ? createLogger({ logLevel: 'info' }, { destination: logDestination(logFile) }) : undefined;
  const app = createApp({ ...createContext({ db: handle.db, clock, config: testConfig(), logger }), webRoot: null });
  const server = app.listen(0, '127.0.0.1');
  await new Promise((r) => server.once('listening', r));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/leaderboard?limit=50` };
}

export async function benchRequestLog(handle: DatabaseHandle, clock: Clock, dir: string) {
  const off = await listen(handle, clock, false, '');
  const on = await listen(handle, clock, true, join(dir, 'requests.log'));
  const load = loadGenerator();
  const offRounds: { rate: number; cpuUs: number }[] = [];
  const onRounds: { rate: number; cpuUs: number }[] = [];
  try {
    await load.round(off.url, 1);
    await load.round(on.url, 1);
    // Eight one-second rounds, each pair in the other order from the last: the second of a fixed
    // pair ran after the first's garbage and in whatever the machine's other load did next.
    for (let i = 0; i < 8; i++) {
      const first = i % 2 === 0 ? 'off' : 'on';
      for (const which of [first, first === 'off' ? 'on' : 'off']) {
        if (which === 'off') offRounds.push(await load.round(off.url, 1));
        else onRounds.push(await load.round(on.url, 1));
      }
    }
  } finally {
    load.close();
    off.server.close();
    on.server.close();
  }
  const rate = (rounds: typeof offRounds) => median(rounds.map((r) => r.rate));
  const cpu = (rounds: typeof offRounds) => median(rounds.map((r) => r.cpuUs));
  return {
    'leaderboard req/s, request log off (median)': rate(offRounds),
    'leaderboard req/s, request log on (median)': rate(onRounds),
    'request log on / off ratio (goal ≥ 0.9)': rate(onRounds) / rate(offRounds),
    'bench process CPU µs per request (both servers), request log off (median)': cpu(offRounds),
    'bench process CPU µs per request (both servers), request log on (median)': cpu(onRounds),
    'request log off / on CPU per request': cpu(offRounds) / cpu(onRounds),
  };
}
