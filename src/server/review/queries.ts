import { type AliasedSelectQueryBuilder, type Kysely, sql } from 'kysely';
import type { ReviewQueueQuery, ReviewQueueResponse } from '../../shared/api/review.js';
import { filterClaims, presentClaims } from '../claims/queries.js';
import type { ClaimRow, Database } from '../db/schema.js';
import { decodeCursor, pageFrom } from '../http/pagination.js';
import { assignmentsOf } from '../assignments/queries.js';
import { queueKey } from '../read-model/snapshot.js';
import { findSourceByHandle } from '../sources/queries.js';

type Db = Kysely<Database>;
type Filters = Pick<ReviewQueueQuery, 'source' | 'kind' | 'tag' | 'publication'> & { assignee?: string };

/** Counts stop here: counting a million index entries per request would blow the latency budget. */
export const COUNT_LIMIT = 10_000;

/** Calendar arithmetic on YYYY-MM-DD strings, at noon UTC so no time zone can move the day. */
export function addDays(isoDate: string, days: number): string {
  const t = Date.parse(`${isoDate}T12:00:00Z`) + days * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

/** The queue's filters with the source already looked up (null: no such source, nothing matches). */
interface ResolvedFilters {
  sourceId?: string;
  kind?: string;
  tag?: string;
  publication?: string;
  assignee?: string;
}

async function resolveFilters(db: Db, filters: Filters): Promise<ResolvedFilters | null> {
  let sourceId: string | undefined;
  if (filters.source) {
    const source = await findSourceByHandle(db, filters.source);
    if (!source) return null;
    sourceId = source.id;
  }
  return {
    sourceId,
    kind: filters.kind,
    tag: filters.tag,
    publication: filters.publication,
    assignee: filters.assignee,
  };
}

/**
 * The read model's queue key that narrows the filters most (open_claim_keys, kept by the ledger:
 * one row per unresolved claim and key, in (windowEnd, id) order), and the filters it leaves.
 */
function pickKey(f: ResolvedFilters): { key: string; rest: ResolvedFilters } | null {
  const { sourceId, tag, kind, publication } = f;
  if (sourceId)
    return kind
      ? { key: queueKey.sourceKind(sourceId, kind), rest: { tag, publication } }
      : { key: queueKey.source(sourceId), rest: { tag, publication } };
  if (tag)
    return kind
      ? { key: queueKey.tagKind(tag, kind), rest: { publication } }
      : { key: queueKey.tag(tag), rest: { publication } };
  if (publication) return { key: queueKey.publication(publication), rest: { kind } };
  if (kind) return { key: queueKey.kind(kind), rest: {} };
  return null;
}

type Cursor = [string, string] | null;
interface QueueKeyRow {
  windowEnd: string;
  id: string;
}

/**
 * Unresolved claims whose window ends in [from, to) (either bound open when null), filtered, in
 * queue order after `after`: at most `limit` claim rows, or their count. Unfiltered: the
 * claims_due index; filtered: one range of open_claim_keys, checking the claims it names only for
 * a filter the key does not cover. A page reads its claims in the same statement as their keys.
 */
function unresolvedBetween(
  db: Db,
  range: [string | null, string | null],
  f: ResolvedFilters,
  after: Cursor,
  limit: 'count',
): Promise<number>;
function unresolvedBetween(
  db: Db,
  range: [string | null, string | null],
  f: ResolvedFilters,
  after: Cursor,
  limit: number,
): Promise<ClaimRow[]>;
async function unresolvedBetween(
  db: Db,
  [from, to]: [string | null, string | null],
  f: ResolvedFilters,
  after: Cursor,
  limit: number | 'count',
): Promise<ClaimRow[] | number> {
  const picked = pickKey(f);
  if (!picked) {
    let q = db.selectFrom('claims').where('claims.resolutionId', 'is', null);
    if (from) q = q.where('claims.windowEnd', '>=', from);
    if (to) q = q.where('claims.windowEnd', '<', to);
    if (f.assignee) q = q.where('claims.id', 'in', assignedTo(db, f.assignee));
    if (after) q = q.where((eb) => eb(eb.refTuple('claims.windowEnd', 'claims.id'), '>', eb.tuple(...after)));
    if (limit === 'count')
      return countOf(
        db,
        q.select(['claims.windowEnd as windowEnd', 'claims.id as id']).limit(COUNT_LIMIT).as('capped'),
      );
    return q.selectAll('claims').orderBy('claims.windowEnd').orderBy('claims.id').limit(limit).execute();
  }
  const { rest } = picked;
  let q = db.selectFrom('open_claim_keys as k').where('k.key', '=', picked.key);
  if (from) q = q.where('k.windowEnd', '>=', from);
  if (to) q = q.where('k.windowEnd', '<', to);
  if (rest.tag)
    q = q.where('k.claimId', 'in', db.selectFrom('claim_tags').select('claimId').where('tag', '=', rest.tag));
  if (f.assignee) q = q.where('k.claimId', 'in', assignedTo(db, f.assignee));
  if (rest.kind || rest.publication) {
    let c = db.selectFrom('claims').select('claims.id');
    if (rest.kind) c = c.where('claims.kind', '=', rest.kind);
    if (rest.publication) c = c.where('claims.publicationId', '=', rest.publication);
    q = q.where('k.claimId', 'in', c);
  }
  if (after) q = q.where((eb) => eb(eb.refTuple('k.windowEnd', 'k.claimId'), '>', eb.tuple(...after)));
  if (limit === 'count')
    return countOf(db, q.select(['k.windowEnd as windowEnd', 'k.claimId as id']).limit(COUNT_LIMIT).as('capped'));
  return q
    .innerJoin('claims', 'claims.id', 'k.claimId')
    .selectAll('claims')
    .orderBy('k.windowEnd')
    .orderBy('k.claimId')
    .limit(limit)
    .execute();
}

/** The claims assigned to one reviewer (review_assignments: one row per claim). */
function assignedTo(db: Db, reviewer: string) {
  return db.selectFrom('review_assignments').select('claimId').where('reviewer', '=', reviewer);
}

/** Counts the rows of a capped subquery: each an index entry, at most COUNT_LIMIT of them. */
async function countOf(db: Db, capped: AliasedSelectQueryBuilder<QueueKeyRow, 'capped'>): Promise<number> {
  const counted = await db
    .selectFrom(capped)
    .select(sql<number>`count(*)`.as('n'))
    .executeTakeFirstOrThrow();
  return Number(counted.n);
}

/**
 * One bucket: a page in (windowEnd, id) order and its count, capped at COUNT_LIMIT. A first page
 * that is not full is its own count, so no count query runs.
 */
async function bucket(
  db: Db,
  range: [string | null, string | null],
  filters: ResolvedFilters,
  cursor: string | undefined,
  limit: number,
) {
  const decoded = decodeCursor(cursor);
  const after: Cursor = decoded ? [String(decoded[0]), String(decoded[1])] : null;
  const claims = await unresolvedBetween(db, range, filters, after, limit + 1);
  const page = pageFrom(claims, limit, (r) => [r.windowEnd, r.id]);
  const count =
    after || claims.length > limit ? await unresolvedBetween(db, range, filters, null, 'count') : claims.length;
  return { rows: page.items, nextCursor: page.nextCursor, count };
}

/** Resolutions that count only once a second reviewer confirms them, oldest first. */
async function awaitingConfirmation(db: Db, filters: Filters, limit: number, today: string) {
  const matching = await filterClaims(db, db.selectFrom('claims').select('claims.id'), filters, today);
  if (!matching) return { items: [], count: 0 };
  const hasFilters = Boolean(filters.source || filters.kind || filters.tag || filters.publication);
  let q = db
    .selectFrom('resolutions')
    .innerJoin('claims', 'claims.id', 'resolutions.claimId')
    .where('resolutions.confirmedAt', 'is', null)
    .where('resolutions.supersededBy', 'is', null)
    .where('resolutions.withdrawnAt', 'is', null)
    // Not the one that already counts (which, without confirmation, is never confirmed either).
    .where((eb) =>
      eb.or([eb('claims.resolutionId', 'is', null), eb('claims.resolutionId', '!=', eb.ref('resolutions.id'))]),
    );
  if (hasFilters) q = q.where('resolutions.claimId', 'in', matching);
  const [rows, counted] = await Promise.all([
    q
      .select([
        'resolutions.id',
        'resolutions.claimId',
        'claims.statement',
        'resolutions.outcome',
        'resolutions.reviewer',
        'resolutions.createdAt',
      ])
      .orderBy('resolutions.createdAt')
      .orderBy('resolutions.id')
      .limit(limit)
      .execute(),
    db
      .selectFrom(q.select('resolutions.id').limit(COUNT_LIMIT).as('capped'))
      .select(sql<number>`count(*)`.as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  const items = rows.map((r) => ({
    resolutionId: r.id,
    claimId: r.claimId,
    statement: r.statement,
    outcome: r.outcome,
    reviewer: r.reviewer,
    createdAt: r.createdAt,
  }));
  return { items, count: Number(counted.n) };
}

/**
 * The reviewers' queue: due claims (window ended, unresolved; oldest first), then claims whose
 * window ends within `days` ("closing soon"), and resolutions awaiting a second reviewer.
 */
export async function findReviewQueue(
  db: Db,
  query: ReviewQueueQuery,
  options: { today: string; requireConfirmation: boolean; assignee?: string },
): Promise<ReviewQueueResponse> {
  const { today, requireConfirmation } = options;
  const filters: Filters = {
    source: query.source,
    kind: query.kind,
    tag: query.tag,
    publication: query.publication,
    assignee: options.assignee,
  };
  const horizon = addDays(today, query.days + 1);
  const resolved = await resolveFilters(db, filters);
  const none = { rows: [], nextCursor: null, count: 0 };
  const [due, closingSoon, awaiting] = await Promise.all([
    resolved ? bucket(db, [null, today], resolved, query.dueCursor, query.limit) : none,
    resolved ? bucket(db, [today, horizon], resolved, query.closingCursor, query.limit) : none,
    // Without the setting nothing waits (and every current resolution is unconfirmed by design).
    requireConfirmation ? awaitingConfirmation(db, filters, query.limit, today) : { items: [], count: 0 },
  ]);
  // Tags, sources and assignments of both buckets in one round of queries.
  const rows = [...due.rows, ...closingSoon.rows];
  const [claims, assignments] = await Promise.all([
    presentClaims(db, rows, today),
    assignmentsOf(
      db,
      rows.map((c) => c.id),
    ),
  ]);
  return {
    today,
    days: query.days,
    countLimit: COUNT_LIMIT,
    counts: { due: due.count, closingSoon: closingSoon.count, awaitingConfirmation: awaiting.count },
    due: { items: claims.slice(0, due.rows.length), nextCursor: due.nextCursor },
    closingSoon: { items: claims.slice(due.rows.length), nextCursor: closingSoon.nextCursor },
    awaitingConfirmation: awaiting.items,
    assignments,
  };
}
