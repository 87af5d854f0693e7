import { createWriteStream } from 'node:fs';
import { parseArgs } from 'node:util';
import { readEvents } from '../server/replay/index.js';
import type { Command } from './command.js';
import { withExistingDb } from './database.js';

export const exportCommand: Command = {
  run: async (args) => {
    const { values } = parseArgs({ args, options: { out: { type: 'string' } } });
    const out: NodeJS.WritableStream = values.out ? createWriteStream(values.out) : process.stdout;
    await withExistingDb(async (h) => {
      for await (const e of readEvents(h.db)) {
        if (!out.write(`${JSON.stringify(e)}\n`)) await new Promise<void>((r) => out.once('drain', () => r()));
      }
    });
    if (values.out) await new Promise<void>((r) => out.end(() => r()));
    return 0;
  },
};
