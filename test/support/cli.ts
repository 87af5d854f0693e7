import { spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { format } from 'node:util';
import { runCli } from '../../src/cli/commands.js';
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

let running = false;

/**
 * Runs `track-record` as `trackRecord` does but in this process, which saves starting Node and
 * loading the command's modules again: the same entry (runCli), `env` laid over this process's
 * environment, and what it prints caught. For checks a process adds nothing to; the exit codes and
 * output of a real process stay under test through `trackRecord`.
 */
export async function trackRecordInProcess(args: string[], env: Record<string, string> = {}) {
  if (running) throw new Error('one in-process command at a time: they share process.env and the console');
  running = true;
  const out = { stdout: '', stderr: '' };
  const saved = { env: { ...process.env }, console: { ...console } };
  const streams = { stdout: process.stdout, stderr: process.stderr } as const;
  // Put back exactly what was there: usually no own `write`, the stream's prototype's.
  const ownWrites = Object.values(streams).map((s) => Object.getOwnPropertyDescriptor(s, 'write'));
  for (const [name, stream] of Object.entries(streams))
    stream.write = (chunk: string | Uint8Array, ...rest: unknown[]) => {
      out[name as keyof typeof streams] += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString();
      (rest.find((r) => typeof r === 'function') as (() => void) | undefined)?.();
      return true;
    };
  Object.assign(process.env, { TRACK_RECORD_DEMO: 'off', ...env });
  for (const [name, stream] of [
    ['log', 'stdout'],
    ['info', 'stdout'],
    ['error', 'stderr'],
    ['warn', 'stderr'],
  ] as const)
    console[name] = (...parts: unknown[]) => void (out[stream] += `${format(...parts)}\n`);
  try {
    const code = await runCli(args);
    return { code, ...out };
  } finally {
    Object.values(streams).forEach((s, i) => {
      const own = ownWrites[i];
      if (own) Object.defineProperty(s, 'write', own);
      else Reflect.deleteProperty(s, 'write');
    });
    Object.assign(console, saved.console);
    for (const key of Object.keys(process.env)) if (!(key in saved.env)) delete process.env[key];
    Object.assign(process.env, saved.env);
    running = false;
  }
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
