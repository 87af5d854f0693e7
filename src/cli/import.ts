import { createReadStream, existsSync } from 'node:fs';
import { createInterface } from 'node:readline';
import type { RecordedEvent } from '../server/ledger/events.js';
import { importEvents, ImportError } from '../server/replay/index.js';
import type { Command } from './command.js';
import { withDb } from './database.js';

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

export const importCommand: Command = {
  run: async (args) => {
    const file = args[0];
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
  },
};
