import { verifyLedger } from '../server/replay/index.js';
import type { Command } from './command.js';
import { withDb } from './database.js';

export const verifyCommand: Command = {
  usage: 'verify',
  summary: 'check the hash chain, replay it and compare with the tables',
  run: async () => {
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
  },
};
