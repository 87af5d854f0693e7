import { spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { nodeArgs } from './child.js';

/** Runs `track-record` (compiled once for the run: test/global-setup.ts) to completion. */
export function trackRecord(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [...nodeArgs('src/cli/main.ts'), ...args], {
    env: { ...process.env, TRACK_RECORD_DEMO: 'off', ...env },
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

export async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as { port: number }).port;
      srv.close(() => resolve(port));
    });
  });
}

/** Starts `track-record serve` and waits until it answers; returns a stopper. */
export async function startServe(env: Record<string, string>) {
  const port = await freePort();
  const child = spawn(process.execPath, [...nodeArgs('src/cli/main.ts'), 'serve'], {
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  child.stdout.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr.on('data', (d: Buffer) => (output += d.toString()));
  const baseUrl = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 600; i++) {
    if (child.exitCode !== null) throw new Error(`serve exited: ${output}`);
    try {
      const res = await fetch(`${baseUrl}/api/ledger/head`);
      if (res.ok) break;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    baseUrl,
    child,
    /** How the process ended, once it has. */
    exited,
    output: () => output,
    stop: async (signal: NodeJS.Signals = 'SIGTERM') => {
      if (child.exitCode !== null) return;
      const exited = new Promise((r) => child.once('exit', r));
      child.kill(signal);
      await exited;
    },
  };
}
