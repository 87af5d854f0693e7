import { serveUntilSignalled } from '../server/main.js';
import type { Command } from './command.js';

export const serveCommand: Command = {
  run: async () => {
    await serveUntilSignalled();
    return -1;
  },
};
