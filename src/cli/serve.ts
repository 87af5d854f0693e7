import { serveUntilSignalled } from '../server/main.js';
import type { Command } from './command.js';

export const serveCommand: Command = {
  usage: 'serve',
  summary: 'start the server (PORT, DATABASE_URL, … from the environment); SIGTERM stops it gracefully',
  run: async () => {
    await serveUntilSignalled();
    return -1;
  },
};
