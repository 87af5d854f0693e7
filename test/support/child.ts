import { spawn } from 'node:child_process';

/**
 * Runs a test support script (`node --import tsx SCRIPT ARGS…`) in its own process, handing each
 * line it prints to `onLine` as it arrives; `done` resolves with how the process ended.
 */
export function runScript(script: string, args: string[], onLine?: (line: string) => void) {
  const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
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
