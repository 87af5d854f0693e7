import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { perDatabase } from '../db/per-database.js';
import { ledgerHead } from './append.js';

type Head = { seq: number; hash: string };

/**
 * Reads of the ledger head shared between concurrent requests, for the public cached reads: a
 * caller is served by the read in flight only if none is (it starts one); otherwise by the next
 * read, started once the one in flight ends — so every caller gets a head read after it asked
 * (a write committed before a request arrived is always seen, by any process), while a busy
 * server makes one round trip to the database per batch of requests rather than one each.
 */
export function coalescedReads(read: () => Promise<Head>): () => Promise<Head> {
  let inFlight: Promise<Head> | null = null;
  let queued: Promise<Head> | null = null;
  const start = (): Promise<Head> => {
    const p = read().finally(() => {
      if (inFlight === p) inFlight = null;
    });
    inFlight = p;
    return p;
  };
  return () => {
    if (!inFlight) return start();
    queued ??= inFlight
      .then(
        () => undefined,
        () => undefined,
      )
      .then(() => {
        queued = null;
        return start();
      });
    return queued;
  };
}

const readerFor = perDatabase((db: Kysely<Database>) => coalescedReads(() => ledgerHead(db)));

/** The ledger head for a public read, through the database's coalesced reader. */
export function currentHead(db: Kysely<Database>): Promise<Head> {
  return readerFor(db)();
}
