#!/usr/bin/env node
import { createReadStream, createWriteStream, existsSync, readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { loadConfig } from '../server/config.js';
import { createContext } from '../server/context.js';
import { openDatabase } from '../server/db/connect.js';
import { migrateToLatest } from '../server/db/migrate.js';
import type { RecordedEvent } from '../server/ledger/events.js';
import { importEvents, ImportError } from '../server/replay/import.js';
import { readEvents, verifyLedger } from '../server/replay/verify.js';
import { serve } from '../server/main.js';
import { runExtract } from './extract.js';
import { runDue } from './due.js';
import { runImportCsv } from './import-csv.js';
import { systemClock } from '../server/clock.js';

const HELP = `track-record <command> [options]

  serve                       start the server (PORT, DATABASE_URL, … from the environment)
  migrate                     bring the database schema up to date
  verify                      check the hash chain, replay it and compare with the tables
  export [--out FILE]         write every event as JSON lines (stdout by default)
  import FILE                 replay an export into an empty database, checking every hash
  backup FILE                 online copy of the SQLite database to FILE
  due                         mark newly due claims and queue their webhook notifications (cron)
  import-csv FILE [--dry-run] [--actor NAME]
                              add claims (and outcomes) from a spreadsheet; reports rejected rows
  extract FILE --published YYYY-MM-DD [--json]
                              propose the claims of an issue without the server

Database: DATABASE_URL (postgres://…) or the SQLite file in TRACK_RECORD_DATA_DIR (default data/).`;

async function withDb<T>(fn: (h: ReturnType<typeof openDatabase>) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const handle = openDatabase(config.database);
  try {
    await migrateToLatest(handle.db);
    return await fn(handle);
  } finally {
    await handle.close();
  }
}

async function* readJsonLines(path: string): AsyncGenerator<RecordedEvent> {
  const lines = createInterface({ input: createReadStream(path, 'utf8'), crlfDelay: Infinity });
  let n = 0;
  for await (const line of lines) {
    n += 1;
    if (!line.trim()) continue;
    try {
      yield JSON.parse(line) as RecordedEvent;
    } catch {
      throw new ImportError(`line ${n}: not valid JSON`);
    }
  }
}

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'serve': {
      await serve();
      return -1; // keep running
    }
    case 'migrate': {
      const applied = await withDb((h) => migrateToLatest(h.db));
      console.log(applied.length ? `applied: ${applied.join(', ')}` : 'the schema is up to date');
      return 0;
    }
    case 'verify': {
      let result: Awaited<ReturnType<typeof verifyLedger>>;
      try {
        result = await withDb((h) => verifyLedger(h));
      } catch (err) {
        // Not a verdict: exit 1 says the ledger was tampered with, and this says nothing of the ledger.
        console.error(`verify could not finish: ${err instanceof Error ? err.message : String(err)}`);
        return 2;
      }
      if (result.ok) {
        console.log(`ok: ${result.events} events, head ${result.head.seq} ${result.head.hash} (${result.millis} ms)`);
        return 0;
      }
      console.error(`TAMPERED: ${result.problem}`);
      return 1;
    }
    case 'export': {
      const { values } = parseArgs({ args: rest, options: { out: { type: 'string' } } });
      const out: NodeJS.WritableStream = values.out ? createWriteStream(values.out) : process.stdout;
      await withDb(async (h) => {
        for await (const e of readEvents(h.db)) {
          if (!out.write(`${JSON.stringify(e)}\n`)) await new Promise<void>((r) => out.once('drain', () => r()));
        }
      });
      if (values.out) await new Promise<void>((r) => out.end(() => r()));
      return 0;
    }
    case 'import': {
      const file = rest[0];
      if (!file || !existsSync(file)) {
        console.error('usage: track-record import FILE (a file written by `track-record export`)');
        return 2;
      }
      try {
        const r = await withDb((h) =>
          importEvents(h, readJsonLines(file), (n) => process.stderr.write(`\rimported ${n} events`)),
        );
        console.error('');
        console.log(`imported ${r.count} events; head ${r.head}`);
        return 0;
      } catch (err) {
        if (err instanceof ImportError) {
          console.error(`\nimport stopped: ${err.message}`);
          return 1;
        }
        throw err;
      }
    }
    case 'backup': {
      const file = rest[0];
      if (!file) {
        console.error('usage: track-record backup FILE');
        return 2;
      }
      return withDb(async (h) => {
        if (!h.sqlite) {
          console.error('backup copies the SQLite file; for PostgreSQL use pg_dump');
          return 2;
        }
        await h.sqlite.backup(file);
        console.log(`backed up ${h.location} to ${file}`);
        return 0;
      });
    }
    case 'due':
      return withDb((h) => runDue(createContext({ db: h.db, clock: systemClock, config: loadConfig() })));
    case 'import-csv':
      return withDb((h) => runImportCsv(createContext({ db: h.db, clock: systemClock, config: loadConfig() }), rest));
    case 'extract':
      return runExtract(rest, readFileSync);
    case undefined:
    case 'help':
    case '--help':
      console.log(HELP);
      return command ? 0 : 2;
    default:
      console.error(`unknown command "${command}"\n\n${HELP}`);
      return 2;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code >= 0) process.exit(code);
  },
  (err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  },
);
