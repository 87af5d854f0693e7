import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { latestCheckpoint } from '../checkpoints/queries.js';
import { ledgerHead } from '../ledger/append.js';

type Db = Kysely<Database>;

export const ATOM_LIMIT = 100;

/** The newest resolutions with their claims' words, and the ledger head they were read under. */
export async function findRecentResolutions(db: Db, limit = ATOM_LIMIT, sourceId?: string) {
  let q = db
    .selectFrom('resolutions')
    .innerJoin('claims', 'claims.id', 'resolutions.claimId')
    .selectAll('resolutions')
    .select(['claims.statement', 'claims.kind', 'claims.resolutionId as currentResolutionId']);
  // One source's feed: the resolutions of claims it made or was cited in.
  if (sourceId)
    q = q.where('claims.id', 'in', (eb) =>
      eb.selectFrom('claim_sources').select('claim_sources.claimId').where('claim_sources.sourceId', '=', sourceId),
    );
  const [rows, head] = await Promise.all([
    q
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
  return { rows, head, headAt: headEvent?.at ?? null, checkpoint: await latestCheckpoint(db) };
}
export type RecentResolution = Awaited<ReturnType<typeof findRecentResolutions>>['rows'][number];
