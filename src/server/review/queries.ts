import { type Kysely, sql } from 'kysely';
import type { Claim } from '../../shared/api/claims.js';
import type { ReviewQueueQuery, ReviewQueueResponse } from '../../shared/api/review.js';
import { presentClaim } from '../claims/present.js';
import { filterClaims } from '../claims/queries.js';
import type { ClaimRow, Database } from '../db/schema.js';
import { decodeCursor, pageFrom } from '../http/pagination.js';
import { ALL_CLAIMS, narrowestQueueKeys } from '../read-model/snapshot.js';
import { dueCounts } from '../read-model/due.js';
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

type Cursor = [string, string] | null;
type Range = [string | null, string | null];

/**
 * The unresolved claims under one queue key whose window ends in [from, to) (either bound open when
 * null), after `after` in queue order, that match the filters the key leaves (checked on the claims
 * it names) and the assignee, unordered.
 */
function keyRange(db: Db, key: string, [from, to]: Range, f: ResolvedFilters, rest: ResolvedFilters, after: Cursor) {
  let q = db.selectFrom('open_claim_keys as k').where('k.key', '=', key);
  if (from) q = q.where('k.windowEnd', '>=', from);
  if (to) q = q.where('k.windowEnd', '<', to);
  if (after) q = q.where((eb) => eb(eb.refTuple('k.windowEnd', 'k.claimId'), '>', eb.tuple(...after)));
  if (rest.tag)
    q = q.where('k.claimId', 'in', db.selectFrom('claim_tags').select('claimId').where('tag', '=', rest.tag));
  if (f.assignee) q = q.where('k.claimId', 'in', assignedTo(db, f.assignee));
  if (rest.kind || rest.publication) {
    let c = db.selectFrom('claims').select('claims.id');
    if (rest.kind) c = c.where('claims.kind', '=', rest.kind);
    if (rest.publication) c = c.where('claims.publicationId', '=', rest.publication);
    q = q.where('k.claimId', 'in', c);
  }
  return q;
}

/**
 * The first `limit` unresolved claims (id and window end) in queue order among several keys'
 * ranges: each range read in its own order up to `limit`, then merged; with one key, that range.
 */
export function firstOpenClaims(
  db: Db,
  keys: readonly string[],
  range: Range,
  after: Cursor,
  limit: number,
  f: ResolvedFilters = {},
  rest: ResolvedFilters = {},
) {
  const ranges = keys.map((key) =>
    keyRange(db, key, range, f, rest, after)
      .select(['k.claimId as claimId', 'k.windowEnd as windowEnd'])
      .orderBy('k.windowEnd')
      .orderBy('k.claimId')
      .limit(limit),
  );
  if (ranges.length === 1) return ranges[0]!;
  const merged = ranges
    .map((r) => db.selectFrom(r.as('r')).select(['r.claimId', 'r.windowEnd']))
    .reduce((a, b) => a.unionAll(b));
  return db
    .selectFrom(merged.as('m'))
    .select(['m.claimId', 'm.windowEnd'])
    .orderBy('m.windowEnd')
    .orderBy('m.claimId')
    .limit(limit);
}

/** One bucket's page: at most `limit` claim rows after `after` in queue order. */
function bucketPage(db: Db, range: Range, f: ResolvedFilters, after: Cursor, limit: number) {
  const { keys, rest } = narrowestQueueKeys(f);
  if (keys.length === 1)
    return keyRange(db, keys[0]!, range, f, rest, after)
      .innerJoin('claims', 'claims.id', 'k.claimId')
      .selectAll('claims')
      .orderBy('k.windowEnd')
      .orderBy('k.claimId')
      .limit(limit);
  return db
    .selectFrom(firstOpenClaims(db, keys, range, after, limit, f, rest).as('k'))
    .innerJoin('claims', 'claims.id', 'k.claimId')
    .selectAll('claims')
    .orderBy('k.windowEnd')
    .orderBy('k.claimId')
    .limit(limit);
}

/** One bucket's count: its keys' index entries, at most COUNT_LIMIT of them. */
function bucketCount(db: Db, range: Range, f: ResolvedFilters) {
  const { keys, rest } = narrowestQueueKeys(f);
  const capped = keys
    .map((key) => {
      const q = keyRange(db, key, range, f, rest, null).select('k.claimId as id').limit(COUNT_LIMIT);
      return db.selectFrom(q.as('r')).select('r.id');
    })
    .reduce((a, b) => a.unionAll(b));
  return db
    .selectFrom(db.selectFrom(capped.as('u')).select('u.id').limit(COUNT_LIMIT).as('capped'))
    .select(sql<number>`count(*)`.as('n'));
}

/**
 * One bucket's count without filters: the read model's open counts per window-end day for every
 * claim (open_days, ALL_CLAIMS), a row per day rather than an index entry per claim.
 */
function bucketOpenDays(db: Db, [from, to]: Range) {
  let q = db
    .selectFrom('open_days')
    .select(sql<number>`coalesce(sum(n), 0)`.as('n'))
    .where('sourceId', '=', ALL_CLAIMS);
  if (from) q = q.where('windowEnd', '>=', from);
  if (to) q = q.where('windowEnd', '<', to);
  return q;
}

/** The claims assigned to one reviewer (review_assignments: one row per claim). */
function assignedTo(db: Db, reviewer: string) {
  return db.selectFrom('review_assignments').select('claimId').where('reviewer', '=', reviewer);
}

const afterCursor = (cursor: string | undefined): Cursor => {
  const decoded = decodeCursor(cursor);
  return decoded ? [String(decoded[0]), String(decoded[1])] : null;
};

/** A listed claim as the statement returns it: one row per (claim, source, tag), with its publication and assignee. */
type QueueRow = ClaimRow & {
  sourceHandle: string | null;
  sourceDisplayName: string | null;
  sourceRole: string | null;
  tag: string | null;
  publicationTitle: string | null;
  publicationPublishedOn: string | null;
  assignee: string | null;
};

interface Listed {
  row: ClaimRow;
  tags: string[];
  sources: Claim['sources'];
  publication: Claim['publication'];
  assignee: string | null;
}

/**
 * One bucket's page in one statement: limit + 1 claims (so the caller knows whether another page
 * follows), joined to the sources, tags, publication and assignee of each claim; a claim with
 * several sources and tags comes back once per pair. The buckets' pages and counts are three
 * statements run side by side: on PostgreSQL, three connections share the work.
 */
async function queuePage(db: Db, f: ResolvedFilters, range: Range, after: Cursor, limit: number) {
  const page = bucketPage(db, range, f, after, limit + 1);
  // The publication and the assignee (at most one each) are looked up per claim by key rather
  // than joined: as joins, PostgreSQL spent as long planning the statement as running it, and
  // hashed every publication to attach them to one page.
  const rows = await db
    .selectFrom(page.as('p'))
    .leftJoin('claim_sources as cs', 'cs.claimId', 'p.id')
    .leftJoin('sources as s', 's.id', 'cs.sourceId')
    .leftJoin('claim_tags as t', 't.claimId', 'p.id')
    .selectAll('p')
    .select((eb) => [
      's.handle as sourceHandle',
      's.displayName as sourceDisplayName',
      'cs.role as sourceRole',
      't.tag',
      eb
        .selectFrom('publications as pub')
        .select('pub.title')
        .whereRef('pub.id', '=', 'p.publicationId')
        .as('publicationTitle'),
      eb
        .selectFrom('publications as pub')
        .select('pub.publishedOn')
        .whereRef('pub.id', '=', 'p.publicationId')
        .as('publicationPublishedOn'),
      eb
        .selectFrom('review_assignments as ra')
        .select('ra.reviewer')
        .whereRef('ra.claimId', '=', 'p.id')
        .as('assignee'),
    ])
    .orderBy('p.windowEnd')
    .orderBy('p.id')
    .orderBy('s.handle')
    .orderBy('t.tag')
    .execute();
  return fold(rows);
}

/**
 * Both buckets' counts (capped at COUNT_LIMIT), run beside the pages' statements. Unfiltered: the
 * due count the read model keeps for every claim (dueCounts: source_due, moved by the days since
 * its roll), and the open counts of the closing-soon days; summing every past day's open count
 * instead read a row per day since the ledger began. Filtered: up to COUNT_LIMIT index entries
 * each, in one statement.
 */
async function queueCounts(db: Db, f: ResolvedFilters, ranges: { due: Range; closingSoon: Range }, today: string) {
  const unfiltered = !f.sourceId && !f.tag && !f.kind && !f.publication && !f.assignee;
  const capped = (n: number | string | null | undefined) => Math.min(Number(n ?? 0), COUNT_LIMIT);
  if (unfiltered) {
    const [due, soon] = await Promise.all([
      dueCounts(db, today, [ALL_CLAIMS]),
      db.selectNoFrom(bucketOpenDays(db, ranges.closingSoon).as('n')).executeTakeFirstOrThrow(),
    ]);
    return { due: capped(due.get(ALL_CLAIMS)), closingSoon: capped(soon.n) };
  }
  const counted = await db
    .selectNoFrom([bucketCount(db, ranges.due, f).as('due'), bucketCount(db, ranges.closingSoon, f).as('closingSoon')])
    .executeTakeFirstOrThrow();
  return { due: capped(counted.due), closingSoon: capped(counted.closingSoon) };
}

/** Folds a page's rows (in queue order, one per claim, source and tag) into one entry per claim. */
function fold(rows: QueueRow[]): Listed[] {
  const listed: Listed[] = [];
  let last: Listed | undefined;
  for (const r of rows) {
    if (last?.row.id !== r.id) {
      const publication =
        r.publicationId && r.publicationTitle !== null && r.publicationPublishedOn !== null
          ? { id: r.publicationId, title: r.publicationTitle, publishedOn: r.publicationPublishedOn }
          : null;
      // The row itself serves as the claim's: presentClaim reads the claim's columns by name.
      last = { row: r, tags: [], sources: [], publication, assignee: r.assignee };
      listed.push(last);
    }
    const { tag, sourceHandle } = r;
    if (tag !== null && !last.tags.includes(tag)) last.tags.push(tag);
    if (sourceHandle !== null && !last.sources.some((x) => x.handle === sourceHandle))
      last.sources.push({
        handle: sourceHandle,
        displayName: r.sourceDisplayName ?? sourceHandle,
        role: r.sourceRole as Claim['sources'][number]['role'],
      });
  }
  return listed;
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
  const ranges = { due: [null, today] as Range, closingSoon: [today, horizon] as Range };
  const [dueListed, closingListed, counts, awaiting] = await Promise.all([
    resolved ? queuePage(db, resolved, ranges.due, afterCursor(query.dueCursor), query.limit) : [],
    resolved ? queuePage(db, resolved, ranges.closingSoon, afterCursor(query.closingCursor), query.limit) : [],
    resolved ? queueCounts(db, resolved, ranges, today) : { due: 0, closingSoon: 0 },
    // Without the setting nothing waits (and every current resolution is unconfirmed by design).
    requireConfirmation ? awaitingConfirmation(db, filters, query.limit, today) : { items: [], count: 0 },
  ]);
  const due = pageFrom(dueListed, query.limit, (l) => [l.row.windowEnd, l.row.id]);
  const closingSoon = pageFrom(closingListed, query.limit, (l) => [l.row.windowEnd, l.row.id]);
  const present = (l: Listed): Claim => ({
    ...presentClaim(l.row, { tags: l.tags, sources: l.sources }, today),
    publication: l.publication,
  });
  const listed = [...due.items, ...closingSoon.items];
  return {
    today,
    days: query.days,
    countLimit: COUNT_LIMIT,
    counts: { ...counts, awaitingConfirmation: awaiting.count },
    due: { items: due.items.map(present), nextCursor: due.nextCursor },
    closingSoon: { items: closingSoon.items.map(present), nextCursor: closingSoon.nextCursor },
    awaitingConfirmation: awaiting.items,
    assignments: Object.fromEntries(listed.flatMap((l) => (l.assignee ? [[l.row.id, l.assignee]] : []))),
  };
}
