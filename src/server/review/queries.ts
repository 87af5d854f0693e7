import { type Kysely, sql } from 'kysely';
import type { ReviewQueueQuery, ReviewQueueResponse } from '../../shared/api/review.js';
import { filterClaims, presentClaims } from '../claims/queries.js';
import type { Database } from '../db/schema.js';
import { decodeCursor, pageFrom } from '../http/pagination.js';
import { assignmentsOf } from '../assignments/queries.js';
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
 * Unresolved claims whose window ends in [from, to) (either bound open when null), filtered.
 * Source and tag are IN-subqueries on the source id / tag indexes: measured on 1M claims, SQLite
 * walks claims_due and checks a bloom filter of the set, 3-7x faster than the equivalent join.
 */
function unresolvedBetween(db: Db, from: string | null, to: string | null, f: ResolvedFilters) {
  let q = db.selectFrom('claims').where('claims.resolutionId', 'is', null);
  if (f.sourceId)
    q = q.where('claims.id', 'in', db.selectFrom('claim_sources').select('claimId').where('sourceId', '=', f.sourceId));
  if (f.tag) q = q.where('claims.id', 'in', db.selectFrom('claim_tags').select('claimId').where('tag', '=', f.tag));
  if (f.assignee)
    q = q.where(
      'claims.id',
      'in',
      db.selectFrom('review_assignments').select('claimId').where('reviewer', '=', f.assignee),
    );
  if (from) q = q.where('claims.windowEnd', '>=', from);
  if (to) q = q.where('claims.windowEnd', '<', to);
  if (f.kind) q = q.where('claims.kind', '=', f.kind);
  if (f.publication) q = q.where('claims.publicationId', '=', f.publication);
  return q;
}

/**
 * One bucket: a page ordered by (windowEnd, id) — the claims_due index order — and its count,
 * capped at COUNT_LIMIT. A first page that is not full is its own count, so no count query runs.
 */
async function bucket(
  db: Db,
  range: [string | null, string | null],
  filters: ResolvedFilters,
  cursor: string | undefined,
  limit: number,
) {
  const [from, to] = range;
  const after = decodeCursor(cursor);
  let q = unresolvedBetween(db, from, to, filters).selectAll('claims');
  if (after)
    q = q.where((eb) =>
      eb(eb.refTuple('claims.windowEnd', 'claims.id'), '>', eb.tuple(String(after[0]), String(after[1]))),
    );
  const rows = await q
    .orderBy('claims.windowEnd')
    .orderBy('claims.id')
    .limit(limit + 1)
    .execute();
  const page = pageFrom(rows, limit, (r) => [r.windowEnd, r.id]);
  let count = rows.length;
  if (after || rows.length > limit) {
    const capped = unresolvedBetween(db, from, to, filters).select('claims.id').limit(COUNT_LIMIT);
    const counted = await db
      .selectFrom(capped.as('capped'))
      .select(sql<number>`count(*)`.as('n'))
      .executeTakeFirstOrThrow();
    count = Number(counted.n);
  }
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
  // Tags and sources of both buckets in one round of queries.
  const claims = await presentClaims(db, [...due.rows, ...closingSoon.rows], today);
  const assignments = await assignmentsOf(
    db,
    claims.map((c) => c.id),
  );
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
