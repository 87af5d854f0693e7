import type { Transaction } from 'kysely';
import type { Database } from '../db/schema.js';
import { claimScoreState, type ClaimScoreState } from './source-stats.js';

/** What the read model counts of one claim: enough to take its contribution out and put it back. */
export interface ClaimSnapshot {
  id: string;
  kind: string;
  windowEnd: string;
  publicationId: string | null;
  open: boolean;
  score: ClaimScoreState;
  /** Sources with role `made` (the ones scored and counted as due). */
  makers: string[];
  /** Every linked source, whatever its role (the queue's source filter). */
  sources: string[];
  tags: string[];
}

/**
 * Reads a claim's snapshot. `known`: an earlier snapshot of the same claim in this transaction,
 * whose sources (never changed after creation) and, unless `tagsChanged`, tags are reused.
 */
export async function readClaimSnapshot(
  trx: Transaction<Database>,
  id: string,
  known: ClaimSnapshot | null = null,
  tagsChanged = true,
): Promise<ClaimSnapshot | null> {
  const c = await trx
    .selectFrom('claims')
    .select(['kind', 'windowEnd', 'publicationId', 'probability', 'resolutionId', 'outcome', 'credit', 'resolvedAt'])
    .where('id', '=', id)
    .executeTakeFirst();
  if (!c) return null;
  const [links, tags] = await Promise.all([
    known ? null : trx.selectFrom('claim_sources').select(['sourceId', 'role']).where('claimId', '=', id).execute(),
    known && !tagsChanged ? null : trx.selectFrom('claim_tags').select('tag').where('claimId', '=', id).execute(),
  ]);
  return {
    id,
    kind: c.kind,
    windowEnd: c.windowEnd,
    publicationId: c.publicationId,
    open: c.resolutionId === null,
    score: claimScoreState(c, c.outcome ? { outcome: c.outcome, credit: c.credit, resolvedAt: c.resolvedAt } : null),
    makers: links ? links.filter((l) => l.role === 'made').map((l) => l.sourceId) : known!.makers,
    sources: links ? links.map((l) => l.sourceId) : known!.sources,
    tags: tags ? tags.map((t) => t.tag).sort() : known!.tags,
  };
}

/** The review queue's filter keys of an unresolved claim (see queue-keys in review/queries.ts). */
export function queueKeys(s: {
  kind: string;
  publicationId: string | null;
  sources: readonly string[];
  tags: readonly string[];
}): string[] {
  const keys = [queueKey.kind(s.kind)];
  if (s.publicationId) keys.push(queueKey.publication(s.publicationId));
  for (const id of s.sources) keys.push(queueKey.source(id), queueKey.sourceKind(id, s.kind));
  for (const tag of s.tags) keys.push(queueKey.tag(tag), queueKey.tagKind(tag, s.kind));
  return keys;
}

/** Key spellings, shared by the writers, the rebuild's SQL and the queue's reader. */
export const queueKey = {
  kind: (kind: string) => `k:${kind}`,
  publication: (id: string) => `p:${id}`,
  source: (id: string) => `s:${id}`,
  sourceKind: (id: string, kind: string) => `sk:${kind}:${id}`,
  tag: (tag: string) => `t:${tag}`,
  tagKind: (tag: string, kind: string) => `tk:${kind}:${tag}`,
};

/** The sourceId of open_days rows that count every claim, whoever made it (ops metrics). */
export const ALL_CLAIMS = '*';
