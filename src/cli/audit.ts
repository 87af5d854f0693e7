import { parseArgs } from 'node:util';
import { parseCheckpointRef } from '../shared/ledger-format/checkpoint.js';
import { Discrepancy } from './audit/discrepancy.js';
import { terminalProgress } from './audit/progress.js';
import { runAudit } from './audit/run.js';
import type { Command } from './command.js';
import { usageLine } from './commands.js';

export const auditCommand: Command = {
  run: async (args) => {
    let url: string;
    let stateFile: string | null;
    let given: { seq: number; hash: string }[];
    try {
      const { values, positionals } = parseArgs({
        args,
        allowPositionals: true,
        options: { state: { type: 'string' }, checkpoint: { type: 'string', multiple: true } },
      });
      if (positionals.length !== 1) throw new Error('give the instance URL');
      url = positionals[0]!;
      stateFile = values.state ?? null;
      given = (values.checkpoint ?? []).map((text) => {
        const ref = parseCheckpointRef(text);
        if (!ref) throw new Error(`--checkpoint ${text}: expected SEQ:HASH (a 64-digit hex hash)`);
        return ref;
      });
    } catch (err) {
      console.error(`audit: ${err instanceof Error ? err.message : String(err)}\n${usageLine('audit')}`);
      return 2;
    }
    try {
      const r = await runAudit({ url, stateFile, given, progress: terminalProgress() });
      console.log(
        `ok: ${r.head.seq} events (${r.events} new), head ${r.head.seq} ${r.head.hash}, ${r.checkpoints} checkpoints, ${r.sources} scorecards match`,
      );
      return 0;
    } catch (err) {
      if (err instanceof Discrepancy) {
        console.error(`DISCREPANCY: ${err.message}`);
        return 1;
      }
      console.error(`audit could not finish: ${err instanceof Error ? err.message : String(err)}`);
      return 2;
    }
  },
};
