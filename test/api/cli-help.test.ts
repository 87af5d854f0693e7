import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { nodeArgs } from '../support/child.js';

// A module hook, run in the child, that names every module of the CLI's folder the child loads. Hooks run on
// their own thread, whose process.stderr is relayed asynchronously and can be cut off by process.exit, so it
// writes to the descriptor synchronously.
const HOOK = `import { writeSync } from 'node:fs';
export async function load(url, context, next) {
  if (url.includes('/src/cli/')) writeSync(2, 'loaded-module ' + url + '\\n');
  return next(url, context);
}`;
const REGISTER = `import { register } from 'node:module'; register(${JSON.stringify(`data:text/javascript,${encodeURIComponent(HOOK)}`)});`;

function run(args: string[]) {
  const r = spawnSync(
    process.execPath,
    [
      '--import',
      `data:text/javascript,${encodeURIComponent(REGISTER)}`,
      ...nodeArgs('src/cli/main.ts', { modules: true }),
      ...args,
    ],
    { env: { ...process.env, TRACK_RECORD_DEMO: 'off' }, encoding: 'utf8', timeout: 60_000 },
  );
  const loaded = [...r.stderr.matchAll(/^loaded-module .*\/src\/cli\/(.+)\.[jt]s$/gm)].map((m) => m[1]);
  const stderr = r.stderr.replace(/^loaded-module .*\n/gm, '');
  return { code: r.status, stdout: r.stdout, stderr, loaded };
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const EVERY_COMMAND = [
  'serve',
  'migrate',
  'verify [--expect-head SEQ:HASH]',
  'export [--out FILE]',
  'import FILE',
  'backup FILE [--verify]',
  'restore FILE [--force]',
  'due',
  'digest [--force]',
  'import-csv FILE [--dry-run] [--actor NAME]',
  'extract FILE --published YYYY-MM-DD [--json]',
  'users reset-admin [--username NAME]',
  'rotate-key',
  'audit URL [--state FILE] [--checkpoint SEQ:HASH]…',
];

describe('track-record help', () => {
  it('an unknown command prints the help with every command and exits 2, loading no command module', () => {
    const r = run(['frobnicate']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^unknown command "frobnicate"\n\ntrack-record <command> \[options\]\n/);
    const listed = r.stderr.split('\n').filter((l) => /^ {2}\S/.test(l));
    expect(listed.map((l) => l.trim().split(/ {2,}/)[0])).toEqual(EVERY_COMMAND);
    // Each command's summary is on its line, or on the next for a long usage line.
    for (const usage of EVERY_COMMAND)
      expect(r.stderr).toMatch(new RegExp(`^ {2}${escape(usage)}(?: +|\\n {30})\\S`, 'm'));
    expect(r.loaded.sort()).toEqual(['command', 'commands', 'main']);
  });

  it('help prints the same list and exits 0; no command at all exits 2', () => {
    const help = run(['help']);
    expect(help.code).toBe(0);
    expect(help.loaded.sort()).toEqual(['command', 'commands', 'main']);
    expect(run(['frobnicate']).stderr).toBe(`unknown command "frobnicate"\n\n${help.stdout}`);
    const none = run([]);
    expect(none.code).toBe(2);
    expect(none.stdout).toBe(help.stdout);
  });

  it('a command loads its own module, and prints its usage line from the table when its arguments are wrong', () => {
    const r = run(['verify', '--expect-head', 'nonsense']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('usage: track-record verify [--expect-head SEQ:HASH]');
    expect(r.loaded).toContain('verify');
    expect(r.loaded).not.toContain('audit');
  });
});
