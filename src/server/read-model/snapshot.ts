import type { Transaction } from 'kysely';
import { KINDS } from '../../scoring/index.js';
import { compiledOnce } from '../db/compiled-once.js';
import type { ClaimsTable, Database } from '../db/schema.js';
import { claimRowScoreState, type ClaimScoreState, type StoredSourceStats } from './source-stats.js';

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

/**
 * A claim row as stored, with the newest of its resolutions that waits for a second reviewer
 * (none superseded or withdrawn it, and it is not the one that counts), or null.
 */
export type StoredClaimRow = ClaimsTable & { awaitingConfirmation: string | null };

/** A claim as the ledger last wrote it: its row, its links and tags, and the stats rows of its makers. */
export interface StoredClaim {
  row: StoredClaimRow;
  links: ClaimLink[];
  tags: string[];
  stats: Map<string, StoredSourceStats>;
  /** The last day any period window is rolled to (null: none is), read with the claim (see addToPeriodWindows). */
  periodsRolledTo: string | null;
}

/** readStoredClaim's statement: every ledger write about a claim runs it first. */
const storedClaimQuery = compiledOnce((db, v: { id: string }) =>
  db
    .selectFrom('claims as c')
    .leftJoin('claim_sources as cs', 'cs.claimId', 'c.id')
    .leftJoin('source_stats as ss', (j) => j.onRef('ss.sourceId', '=', 'cs.sourceId').on('cs.role', '=', 'made'))
    .leftJoin('claim_tags as ct', 'ct.claimId', 'c.id')
    .selectAll('c')
    .select((eb) =>
      eb
        .selectFrom('resolutions as r')
        .select('r.id')
        .whereRef('r.claimId', '=', 'c.id')
        .where('r.supersededBy', 'is', null)
        .where('r.withdrawnAt', 'is', null)
        .where('r.confirmedAt', 'is', null)
        .where((w) => w.or([w('c.resolutionId', 'is', null), w('r.id', '!=', w.ref('c.resolutionId'))]))
        .orderBy('r.createdAt', 'desc')
        .orderBy('r.id', 'desc')
        .limit(1)
        .as('awaitingConfirmation'),
    )
    .select(['cs.sourceId', 'cs.role', 'ct.tag', 'ss.totals', 'ss.nOpen', 'ss.nResolved'])
    .select((eb) =>
      eb
        .selectFrom('period_windows')
        .select((w) => w.fn.max('asOf').as('asOf'))
        .as('periodsRolledTo'),
    )
    .where('c.id', '=', v.id),
);

/**
 * A claim and its makers' source_stats rows, in one statement (one row per (link, tag) pair, a
 * handful at most); undefined when there is no such claim. The whole row, so that a service's
 * checks and the applier of the event it then appends share this one read (LedgerTx.readClaim).
 * It also reads how far the period windows are rolled, so that a write of today's ruling, which
 * no rolled window holds, skips their upkeep without a statement of its own.
 */
export async function readStoredClaim(trx: Transaction<Database>, id: string): Promise<StoredClaim | undefined> {
  const { rows } = await storedClaimQuery(trx, { id });
  const first = rows[0];
  if (!first) return undefined;
  const links = new Map<string, ClaimLink>();
  const tags = new Set<string>();
  const stats = new Map<string, StoredSourceStats>();
  for (const r of rows) {
    if (r.sourceId !== null && r.role !== null) links.set(r.sourceId, { sourceId: r.sourceId, role: r.role });
    if (r.sourceId !== null && r.totals !== null && r.nOpen !== null && r.nResolved !== null)
      stats.set(r.sourceId, { totals: r.totals, nOpen: Number(r.nOpen), nResolved: Number(r.nResolved) });
    if (r.tag !== null) tags.add(r.tag);
  }
  const { sourceId: _s, role: _r, tag: _t, totals: _o, nOpen: _n, nResolved: _d, periodsRolledTo, ...row } = first;
  return { row, links: [...links.values()], tags: [...tags], stats, periodsRolledTo };
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

/**
 * Every unresolved claim has exactly one kind key, and no claim of another kind can be made or
 * resolved (scoring's KINDS): together the kinds' ranges of open_claim_keys list each unresolved
 * claim once, in queue order within each, so that no reader needs an index on the claims'
 * resolution (which would keep PostgreSQL from updating a claim in place when it is resolved).
 */
export const EVERY_KIND_KEY: readonly string[] = KINDS.map((kind) => queueKey.kind(kind));

/** The filters a queue-key reader can be given, with the source already looked up. */
export interface KeyFilters {
  sourceId?: string;
  kind?: string;
  tag?: string;
  publication?: string;
}

/**
 * The queue keys whose ranges of open_claim_keys hold exactly the unresolved claims matching the
 * filters most narrowly: one key, or every kind's when no filter names one; and the filters they leave.
 */
export function narrowestQueueKeys(f: KeyFilters): { keys: readonly string[]; rest: KeyFilters } {
  const { sourceId, tag, kind, publication } = f;
  if (sourceId)
    return kind
      ? { keys: [queueKey.sourceKind(sourceId, kind)], rest: { tag, publication } }
      : { keys: [queueKey.source(sourceId)], rest: { tag, publication } };
  if (tag)
    return kind
      ? { keys: [queueKey.tagKind(tag, kind)], rest: { publication } }
      : { keys: [queueKey.tag(tag)], rest: { publication } };
  if (publication) return { keys: [queueKey.publication(publication)], rest: { kind } };
  if (kind) return { keys: [queueKey.kind(kind)], rest: {} };
  return { keys: EVERY_KIND_KEY, rest: {} };
}

/** The sourceId of open_days rows that count every claim, whoever made it (ops metrics). */
export const ALL_CLAIMS = '*';
