import { type Command, NoDatabaseError } from './command.js';

interface CommandEntry {
  /** The command's arguments, as the help and its own usage errors show them. */
  usage: string;
  summary: string;
  load: () => Promise<Command>;
}

/**
 * Every `track-record` command, in the order the help lists them. The help is printed from this table
 * alone, and a command's module is loaded only when it runs, so that neither the help nor a command
 * loads the server, mail, audit… code of the others.
 */
export const COMMANDS = {
  serve: {
    usage: 'serve',
    summary: 'start the server (PORT, DATABASE_URL, … from the environment); SIGTERM stops it gracefully',
    load: async () => (await import('./serve.js')).serveCommand,
  },
  migrate: {
    usage: 'migrate',
    summary: 'bring the database schema up to date',
    load: async () => (await import('./migrate.js')).migrateCommand,
  },
  verify: {
    usage: 'verify [--expect-head SEQ:HASH]',
    summary: 'check the hash chain, replay it and compare with the tables; with a saved head, that it is still there',
    load: async () => (await import('./verify.js')).verifyCommand,
  },
  export: {
    usage: 'export [--out FILE]',
    summary: 'write every event as JSON lines (stdout by default)',
    load: async () => (await import('./export.js')).exportCommand,
  },
  import: {
    usage: 'import FILE',
    summary: 'replay an export into an empty database, checking every hash',
    load: async () => (await import('./import.js')).importCommand,
  },
  backup: {
    usage: 'backup FILE [--verify]',
    summary: 'online copy of the SQLite database to FILE; --verify opens the copy and verifies it',
    load: async () => (await import('./backup.js')).backupCommand,
  },
  restore: {
    usage: 'restore FILE [--force]',
    summary: 'check the copy FILE, then put it in place of the SQLite database (--force: over one that holds data)',
    load: async () => (await import('./restore.js')).restoreCommand,
  },
  due: {
    usage: 'due',
    summary: 'mark newly due claims and queue their webhook notifications (cron)',
    load: async () => (await import('./due.js')).dueCommand,
  },
  digest: {
    usage: 'digest [--force]',
    summary: "e-mail reviewers' daily digest of due claims over SMTP (cron, once a day)",
    load: async () => (await import('./digest.js')).digestCommand,
  },
  'import-csv': {
    usage: 'import-csv FILE [--dry-run] [--actor NAME]',
    summary: 'add claims (and outcomes) from a spreadsheet; reports rejected rows',
    load: async () => (await import('./import-csv.js')).importCsvCommand,
  },
  extract: {
    usage: 'extract FILE --published YYYY-MM-DD [--json]',
    summary: 'propose the claims of an issue without the server',
    load: async () => (await import('./extract.js')).extractCommand,
  },
  users: {
    usage: 'users reset-admin [--username NAME]',
    summary: 'recover admin access: set a password from TRACK_RECORD_ADMIN_PASSWORD, or print a setup link',
    load: async () => (await import('./users.js')).usersCommand,
  },
  'rotate-key': {
    usage: 'rotate-key',
    summary: 'replace the checkpoint signing key, announced by a checkpoint signed with the old one',
    load: async () => (await import('./rotate-key.js')).rotateKeyCommand,
  },
  audit: {
    usage: 'audit URL [--state FILE] [--checkpoint SEQ:HASH]…',
    summary:
      'independently check a live instance: chain, signed checkpoints, replay and its scores (0 clean, 1 discrepancy, 2 could not finish)',
    load: async () => (await import('./audit.js')).auditCommand,
  },
} satisfies Record<string, CommandEntry>;

/** The line a command prints under its own usage error: `usage: track-record verify [--expect-head SEQ:HASH]`. */
export function usageLine(name: keyof typeof COMMANDS): string {
  return `usage: track-record ${COMMANDS[name].usage}`;
}

function help(): string {
  const lines = Object.values(COMMANDS).map(({ usage, summary }) =>
    usage.length < 28 ? `  ${usage.padEnd(28)}${summary}` : `  ${usage}\n  ${' '.repeat(28)}${summary}`,
  );
  return `track-record <command> [options]\n\n${lines.join('\n')}\n\nDatabase: DATABASE_URL (postgres://…) or the SQLite file in TRACK_RECORD_DATA_DIR (default data/).`;
}

async function dispatch(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === 'help' || name === '--help') {
    console.log(help());
    return name ? 0 : 2;
  }
  const entry: CommandEntry | undefined = Object.hasOwn(COMMANDS, name)
    ? COMMANDS[name as keyof typeof COMMANDS]
    : undefined;
  if (!entry) {
    console.error(`unknown command "${name}"\n\n${help()}`);
    return 2;
  }
  return (await entry.load()).run(rest);
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
