import { spawn } from 'node:child_process';
import { bundledPath, compiledPath } from './compiled.js';

// Outside vitest (the benches start servers through the e2e support too) nothing is injected, and
// importing vitest there fails: children then run from source.
const { inject } = process.env.VITEST ? await import('vitest') : { inject: () => undefined };
const compiledRoot = process.env.VITEST ? () => inject('compiledRoot') : null;

/** This run's folder of things made once for the whole run (test/global-setup.ts), or null outside vitest. */
export function runRoot(): string | null {
  return compiledRoot?.() ?? null;
}

/**
 * The `node` arguments that run the repository's TypeScript module `script` (`src/cli/main.ts`,
 * `test/support/writer.ts`, …, relative to the repository or absolute) in a child process: its
 * compiled copy, made once for the whole run by test/global-setup.ts, or the source through tsx when
 * the run has none. The CLI and the support scripts run bundled into a few files, unless `modules`
 * asks for the tree of compiled modules (a test of which modules a command loads).
 */
export function nodeArgs(script: string, { modules = false } = {}): string[] {
  const root = compiledRoot?.();
  if (!root) return ['--import', 'tsx', script];
  return [(!modules && bundledPath(root, script)) || compiledPath(root, script)];
}

/**
 * Runs a test support script (`test/support/writer.ts ARGS…`) in its own process, handing each
 * line it prints to `onLine` as it arrives; `done` resolves with how the process ended.
 */
export function runScript(script: string, args: string[], onLine?: (line: string) => void) {
  const child = spawn(process.execPath, [...nodeArgs(script), ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  const lines: string[] = [];
  let buffer = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => {
    buffer += d.toString();
    const complete = buffer.split('\n');
    buffer = complete.pop()!;
    for (const l of complete) {
      lines.push(l);
      onLine?.(l);
    }
  });
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const done = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal })),
  );
  return { child, lines, done, stderr: () => stderr };
}
