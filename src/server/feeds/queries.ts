import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { ledgerHead } from '../ledger/append.js';

type Db = Kysely<Database>;

export const ATOM_LIMIT = 100;

/** The newest resolutions with their claims' words, and the ledger head they were read under. */
export async function findRecentResolutions(db: Db, limit = ATOM_LIMIT) {
  const [rows, head] = await Promise.all([
    db
      .selectFrom('resolutions')
      .innerJoin('claims', 'claims.id', 'resolutions.claimId')
      .selectAll('resolutions')
      .select(['claims.statement', 'claims.kind', 'claims.resolutionId as currentResolutionId'])
      // A ruling taken back with Undo (resolution.withdrawn) is not news to subscribers.
      .where('resolutions.withdrawnAt', 'is', null)
      .orderBy('resolutions.createdAt', 'desc')
      .orderBy('resolutions.id', 'desc')
      .limit(limit)
      .execute(),
    ledgerHead(db),
  ]);
  const headEvent =
    head.seq > 0
      ? await db.selectFrom('events').select('at').where('seq', '=', head.seq).executeTakeFirst()
      : undefined;
  return { rows, head, headAt: headEvent?.at ?? null };
}
export type RecentResolution = Awaited<ReturnType<typeof findRecentResolutions>>['rows'][number];
