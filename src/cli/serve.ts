import { serve } from '../server/main.js';
import type { Command } from './command.js';

export const serveCommand: Command = {
  usage: 'serve',
  summary: 'start the server (PORT, DATABASE_URL, … from the environment)',
  run: async () => {
    await serve();
    return -1;
  },
};
