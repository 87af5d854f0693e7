import { type Command, NoDatabaseError } from './command.js';

/**
 * Every `track-record` command, in the order the help lists them. Each command's module is loaded
 * when it runs, so that a command starts without loading the server, mail, audit… code of the others.
 */
const COMMANDS: Record<string, () => Promise<Command>> = {
  serve: async () => (await import('./serve.js')).serveCommand,
  migrate: async () => (await import('./migrate.js')).migrateCommand,
  verify: async () => (await import('./verify.js')).verifyCommand,
  export: async () => (await import('./export.js')).exportCommand,
  import: async () => (await import('./import.js')).importCommand,
  backup: async () => (await import('./backup.js')).backupCommand,
  restore: async () => (await import('./restore.js')).restoreCommand,
  due: async () => (await import('./due.js')).dueCommand,
  digest: async () => (await import('./digest.js')).digestCommand,
  'import-csv': async () => (await import('./import-csv.js')).importCsvCommand,
  extract: async () => (await import('./extract.js')).extractCommand,
  users: async () => (await import('./users.js')).usersCommand,
  'rotate-key': async () => (await import('./rotate-key.js')).rotateKeyCommand,
  audit: async () => (await import('./audit.js')).auditCommand,
};

async function help(): Promise<string> {
  const commands = await Promise.all(Object.values(COMMANDS).map((load) => load()));
  const lines = commands.map((c) =>
    c.usage.length < 28 ? `  ${c.usage.padEnd(28)}${c.summary}` : `  ${c.usage}\n  ${' '.repeat(28)}${c.summary}`,
  );
  return `track-record <command> [options]\n\n${lines.join('\n')}\n\nDatabase: DATABASE_URL (postgres://…) or the SQLite file in TRACK_RECORD_DATA_DIR (default data/).`;
}

async function dispatch(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === 'help' || name === '--help') {
    console.log(await help());
    return name ? 0 : 2;
  }
  const load = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!load) {
    console.error(`unknown command "${name}"\n\n${await help()}`);
    return 2;
  }
  return (await load()).run(rest);
}

/**
 * Runs `track-record ARGV…` and returns the exit code the process ends with (-1: it keeps running,
 * as `serve` does). Apart from the entry point (main.ts) so that tests can run a command in their own process.
 */
export async function runCli(argv: string[]): Promise<number> {
  try {
    return await dispatch(argv);
  } catch (err) {
    console.error(err instanceof Error ? err.message : err);
    // No database where one was expected: the command could not run at all (2), it did not fail (1).
    return err instanceof NoDatabaseError ? 2 : 1;
  }
}
