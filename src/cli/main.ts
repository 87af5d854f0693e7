#!/usr/bin/env node
import { auditCommand } from './audit.js';
import { backupCommand } from './backup.js';
import type { Command } from './command.js';
import { NoDatabaseError } from './database.js';
import { digestCommand } from './digest.js';
import { dueCommand } from './due.js';
import { exportCommand } from './export.js';
import { extractCommand } from './extract.js';
import { importCommand } from './import.js';
import { importCsvCommand } from './import-csv.js';
import { migrateCommand } from './migrate.js';
import { restoreCommand } from './restore.js';
import { rotateKeyCommand } from './rotate-key.js';
import { serveCommand } from './serve.js';
import { usersCommand } from './users.js';
import { verifyCommand } from './verify.js';

/** Every `track-record` command, in the order the help lists them. */
const COMMANDS: Record<string, Command> = {
  serve: serveCommand,
  migrate: migrateCommand,
  verify: verifyCommand,
  export: exportCommand,
  import: importCommand,
  backup: backupCommand,
  restore: restoreCommand,
  due: dueCommand,
  digest: digestCommand,
  'import-csv': importCsvCommand,
  extract: extractCommand,
  users: usersCommand,
  'rotate-key': rotateKeyCommand,
  audit: auditCommand,
};

function help(): string {
  const lines = Object.values(COMMANDS).map((c) =>
    c.usage.length < 28 ? `  ${c.usage.padEnd(28)}${c.summary}` : `  ${c.usage}\n  ${' '.repeat(28)}${c.summary}`,
  );
  return `track-record <command> [options]\n\n${lines.join('\n')}\n\nDatabase: DATABASE_URL (postgres://…) or the SQLite file in TRACK_RECORD_DATA_DIR (default data/).`;
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === 'help' || name === '--help') {
    console.log(help());
    return name ? 0 : 2;
  }
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!command) {
    console.error(`unknown command "${name}"\n\n${help()}`);
    return 2;
  }
  return command.run(rest);
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code >= 0) process.exit(code);
  },
  (err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    // No database where one was expected: the command could not run at all (2), it did not fail (1).
    process.exit(err instanceof NoDatabaseError ? 2 : 1);
  },
);
