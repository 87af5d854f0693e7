import { parseArgs } from 'node:util';
import type { DatabaseHandle } from '../server/db/connect.js';
import { verifyLedger } from '../server/replay/index.js';
import type { Command } from './command.js';
import { usageLine } from './commands.js';
import { withExistingDb } from './database.js';

/** `SEQ:HASH` as `verify` printed it for a head saved earlier. */
function parseExpectedHead(value: string): { seq: number; hash: string } | null {
  const m = /^(\d+):([0-9a-f]{64})$/.exec(value.trim());
  return m ? { seq: Number(m[1]), hash: m[2]! } : null;
}

/**
 * A saved head catches what the chain alone cannot: a tail of events cut off together with the rows
 * they made verifies as a shorter, consistent ledger, but no longer holds the event saved earlier.
 */
async function missingExpected(h: DatabaseHandle, expected: { seq: number; hash: string }): Promise<string | null> {
  const row = await h.db.selectFrom('events').select('hash').where('seq', '=', expected.seq).executeTakeFirst();
  if (!row)
    return `the chain has no event ${expected.seq}, which was expected with hash ${expected.hash}: events were cut off`;
  if (row.hash !== expected.hash)
    return `event ${expected.seq} has hash ${row.hash}, not the expected ${expected.hash}: the chain was rewritten`;
  return null;
}

export const verifyCommand: Command = {
  run: async (args) => {
    let expected: { seq: number; hash: string } | null = null;
    try {
      const { values } = parseArgs({ args, options: { 'expect-head': { type: 'string' } } });
      if (values['expect-head'] !== undefined) {
        expected = parseExpectedHead(values['expect-head']);
        if (!expected) throw new Error('--expect-head takes SEQ:HASH, e.g. 254:9f86d0…(64 hex digits)');
      }
    } catch (err) {
      console.error(`${err instanceof Error ? err.message : String(err)}\n${usageLine('verify')}`);
      return 2;
    }
    let result: Awaited<ReturnType<typeof verifyLedger>>;
    let missing: string | null = null;
    try {
      result = await withExistingDb(async (h) => {
        const r = await verifyLedger(h);
        if (expected && r.ok) missing = await missingExpected(h, expected);
        return r;
      });
    } catch (err) {
      // Not a verdict: exit 1 says the ledger was tampered with, and this says nothing of the ledger.
      console.error(`verify could not finish: ${err instanceof Error ? err.message : String(err)}`);
      return 2;
    }
    // Not tampering, and nothing can change a sealed event: said on every run, with the verdict below.
    for (const m of result.encodingMismatches) console.error(`ENCODING MISMATCH: ${m}`);
    if (!result.ok || missing) {
      console.error(`TAMPERED: ${result.problem ?? missing}`);
      return 1;
    }
    console.log(`ok: ${result.events} events, head ${result.head.seq} ${result.head.hash} (${result.millis} ms)`);
    return 0;
  },
};
