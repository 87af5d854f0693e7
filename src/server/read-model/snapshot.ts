import type { Transaction } from 'kysely';
import type { ClaimsTable, Database } from '../db/schema.js';
import { claimRowScoreState, type ClaimScoreState } from './source-stats.js';

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

/** The columns of a claim row a snapshot is made of. */
export const SNAPSHOT_COLUMNS = [
  'kind',
  'windowEnd',
  'publicationId',
  'probability',
  'resolutionId',
  'outcome',
  'credit',
  'resolvedAt',
] as const;
export type SnapshotRow = Pick<ClaimsTable, (typeof SNAPSHOT_COLUMNS)[number]>;

export interface ClaimLink {
  sourceId: string;
  role: string;
}

/** A claim's snapshot from its stored row, link rows and tag rows. */
export function claimSnapshot(
  id: string,
  row: SnapshotRow,
  links: readonly ClaimLink[],
  tags: readonly string[],
): ClaimSnapshot {
  const sources = [...links].sort((a, b) => (a.sourceId < b.sourceId ? -1 : a.sourceId > b.sourceId ? 1 : 0));
  return {
    id,
    kind: row.kind,
    windowEnd: row.windowEnd,
    publicationId: row.publicationId,
    open: row.resolutionId === null,
    score: claimRowScoreState(row),
    makers: sources.filter((l) => l.role === 'made').map((l) => l.sourceId),
    sources: sources.map((l) => l.sourceId),
    tags: [...tags].sort(),
  };
}

/** A claim's snapshot as it now stands, in one statement (one row per (link, tag) pair, a handful at most). */
export async function readClaimSnapshot(trx: Transaction<Database>, id: string): Promise<ClaimSnapshot | null> {
  const rows = await trx
    .selectFrom('claims as c')
    .leftJoin('claim_sources as cs', 'cs.claimId', 'c.id')
    .leftJoin('claim_tags as ct', 'ct.claimId', 'c.id')
    .select(SNAPSHOT_COLUMNS.map((c) => `c.${c}` as const))
    .select(['cs.sourceId', 'cs.role', 'ct.tag'])
    .where('c.id', '=', id)
    .execute();
  const first = rows[0];
  if (!first) return null;
  const links = new Map<string, ClaimLink>();
  const tags = new Set<string>();
  for (const r of rows) {
    if (r.sourceId !== null && r.role !== null) links.set(r.sourceId, { sourceId: r.sourceId, role: r.role });
    if (r.tag !== null) tags.add(r.tag);
  }
  const row: SnapshotRow = {
    kind: first.kind,
    windowEnd: first.windowEnd,
    publicationId: first.publicationId,
    probability: first.probability,
    resolutionId: first.resolutionId,
    outcome: first.outcome,
    credit: first.credit,
    resolvedAt: first.resolvedAt,
  };
  return claimSnapshot(id, row, [...links.values()], [...tags]);
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
