import type { Kysely, SelectQueryBuilder } from 'kysely';
import type { Claim, ClaimListQuery } from '../../shared/api/claims.js';
import type { ClaimRow, Database } from '../db/schema.js';
import { decodeCursor, pageFrom } from '../http/pagination.js';
import { matchingRefs } from '../read-model/search-queries.js';
import { narrowestQueueKeys } from '../read-model/snapshot.js';
import { searchTerms } from '../read-model/search-terms.js';
import { findSourceByHandle } from '../sources/queries.js';
import { presentClaim, presentResolution } from './present.js';

type Db = Kysely<Database>;

/** Adds tags and sources to claim rows in two queries, whatever the page size. */
export async function presentClaims(db: Db, rows: ClaimRow[], today: string): Promise<Claim[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const publicationIds = [...new Set(rows.flatMap((r) => (r.publicationId ? [r.publicationId] : [])))];
  const [tags, sources, publications] = await Promise.all([
    db.selectFrom('claim_tags').selectAll().where('claimId', 'in', ids).orderBy('tag').execute(),
    db
      .selectFrom('claim_sources')
      .innerJoin('sources', 'sources.id', 'claim_sources.sourceId')
      .select(['claim_sources.claimId', 'sources.handle', 'sources.displayName', 'claim_sources.role'])
      .where('claim_sources.claimId', 'in', ids)
      .orderBy('sources.handle')
      .execute(),
    publicationIds.length
      ? db.selectFrom('publications').select(['id', 'title', 'publishedOn']).where('id', 'in', publicationIds).execute()
      : [],
  ]);
  const issues = new Map(publications.map((p) => [p.id, p]));
  return rows.map((r) => ({
    ...presentClaim(
      r,
      {
        tags: tags.filter((t) => t.claimId === r.id).map((t) => t.tag),
        sources: sources
          .filter((s) => s.claimId === r.id)
          .map((s) => ({
            handle: s.handle,
            displayName: s.displayName,
            role: s.role as Claim['sources'][number]['role'],
          })),
      },
      today,
    ),
    publication: r.publicationId ? (issues.get(r.publicationId) ?? null) : null,
  }));
}

/** Applies the claim-list filters shared by the list, the exports and the feeds. */
export async function filterClaims<O>(
  db: Db,
  q: SelectQueryBuilder<Database, 'claims', O>,
  filters: Omit<ClaimListQuery, 'cursor' | 'limit'>,
  today: string,
): Promise<SelectQueryBuilder<Database, 'claims', O> | null> {
  if (filters.source) {
    const source = await findSourceByHandle(db, filters.source);
    if (!source) return null;
    q = q.where('claims.id', 'in', db.selectFrom('claim_sources').select('claimId').where('sourceId', '=', source.id));
  }
  if (filters.kind) q = q.where('claims.kind', '=', filters.kind);
  if (filters.tag)
    q = q.where('claims.id', 'in', db.selectFrom('claim_tags').select('claimId').where('tag', '=', filters.tag));
  if (filters.publication) q = q.where('claims.publicationId', '=', filters.publication);
  if (filters.endsBefore) q = q.where('claims.windowEnd', '<=', filters.endsBefore);
  if (filters.endsAfter) q = q.where('claims.windowEnd', '>=', filters.endsAfter);
  if (filters.q) {
    // Matched like the site search (statement and quote, every word, stems and prefixes), and
    // like it, text without a word matches nothing.
    const terms = searchTerms(filters.q);
    if (terms.length === 0) return null;
    q = q.where('claims.id', 'in', matchingRefs(db, 'claim', terms));
  }
  switch (filters.status) {
    case 'open':
      q = q.where('claims.resolutionId', 'is', null).where('claims.windowEnd', '>=', today);
      break;
    case 'due':
      q = q.where('claims.resolutionId', 'is', null).where('claims.windowEnd', '<', today);
      break;
    case 'resolved':
      q = q.where('claims.resolutionId', 'is not', null).where('claims.outcome', '!=', 'void');
      break;
    case 'void':
      q = q.where('claims.outcome', '=', 'void');
      break;
  }
  return q;
}

/** Newest first (ids are time-ordered). */
export async function listClaims(db: Db, query: ClaimListQuery, today: string) {
  const { cursor, limit, ...filters } = query;
  const after = decodeCursor(cursor);
  const before = after ? String(after[0]) : null;
  const rows =
    filters.status === 'due'
      ? await dueRows(db, filters, today, before, limit + 1)
      : await newestRows(db, filters, today, before, limit + 1);
  const page = pageFrom(rows, limit, (r) => [r.id]);
  return { items: await presentClaims(db, page.items, today), nextCursor: page.nextCursor };
}

/** The first `limit` claims matching the filters older than `before`, newest first (ids are time-ordered). */
async function newestRows(
  db: Db,
  filters: Omit<ClaimListQuery, 'cursor' | 'limit'>,
  today: string,
  before: string | null,
  limit: number,
): Promise<ClaimRow[]> {
  const q = await filterClaims(db, db.selectFrom('claims').selectAll('claims'), filters, today);
  if (!q) return [];
  return (before ? q.where('claims.id', '<', before) : q).orderBy('claims.id', 'desc').limit(limit).execute();
}

/**
 * Due claims newest first, read from the read model's queue keys (one row per unresolved claim and
 * key) of the narrowest filter, so the read sorts that key's due claims only: walking every claim
 * newest first for the few due ones would read the whole ledger where few are due.
 */
async function dueRows(
  db: Db,
  filters: Omit<ClaimListQuery, 'cursor' | 'limit'>,
  today: string,
  before: string | null,
  limit: number,
): Promise<ClaimRow[]> {
  let sourceId: string | undefined;
  if (filters.source) {
    const source = await findSourceByHandle(db, filters.source);
    if (!source) return [];
    sourceId = source.id;
  }
  const { keys, rest } = narrowestQueueKeys({
    sourceId,
    kind: filters.kind,
    tag: filters.tag,
    publication: filters.publication,
  });
  let k = db
    .selectFrom('open_claim_keys as k')
    .select('k.claimId')
    .where('k.key', 'in', keys)
    .where('k.windowEnd', '<', today);
  if (filters.endsAfter) k = k.where('k.windowEnd', '>=', filters.endsAfter);
  if (filters.endsBefore) k = k.where('k.windowEnd', '<=', filters.endsBefore);
  if (before) k = k.where('k.claimId', '<', before);
  const { tag, kind, publication } = rest;
  if (tag)
    k = k.where((eb) =>
      eb.exists(
        eb
          .selectFrom('claim_tags as t')
          .select('t.claimId')
          .whereRef('t.claimId', '=', 'k.claimId')
          .where('t.tag', '=', tag),
      ),
    );
  if (kind || publication)
    k = k.where((eb) => {
      let c = eb.selectFrom('claims as c').select('c.id').whereRef('c.id', '=', 'k.claimId');
      if (kind) c = c.where('c.kind', '=', kind);
      if (publication) c = c.where('c.publicationId', '=', publication);
      return eb.exists(c);
    });
  if (filters.q) {
    const terms = searchTerms(filters.q);
    if (terms.length === 0) return [];
    k = k.where('k.claimId', 'in', matchingRefs(db, 'claim', terms));
  }
  const ids = (await k.orderBy('k.claimId', 'desc').limit(limit).execute()).map((r) => r.claimId);
  if (ids.length === 0) return [];
  return db.selectFrom('claims').selectAll().where('id', 'in', ids).orderBy('id', 'desc').execute();
}

export async function findClaim(db: Db, id: string) {
  return db.selectFrom('claims').selectAll().where('id', '=', id).executeTakeFirst();
}

/** A claim with every resolution and every event that touched it. */
export async function claimDetail(db: Db, row: ClaimRow, today: string) {
  const [claim] = await presentClaims(db, [row], today);
  const [resolutions, events] = await Promise.all([
    db.selectFrom('resolutions').selectAll().where('claimId', '=', row.id).orderBy('id').execute(),
    db.selectFrom('events').selectAll().where('entityId', '=', row.id).orderBy('seq').execute(),
  ]);
  return {
    ...claim!,
    resolutions: resolutions.map(presentResolution),
    history: events.map((e) => ({
      seq: Number(e.seq),
      at: e.at,
      actor: e.actor,
      type: e.type,
      payload: JSON.parse(e.payload) as unknown,
      hash: e.hash,
      prevHash: e.prevHash,
    })),
  };
}
