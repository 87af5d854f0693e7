import type { Kysely } from 'kysely';
import type { Publication } from '../../shared/api/publications.js';
import type { Database, PublicationRow } from '../db/schema.js';
import { decodeCursor, pageFrom } from '../http/pagination.js';
import { presentClaims } from '../claims/queries.js';

type Db = Kysely<Database>;
type PublicationSummaryRow = Omit<PublicationRow, 'text'> & { claimCount: number | string };

function present(r: PublicationSummaryRow): Publication {
  return {
    id: r.id,
    title: r.title,
    publishedOn: r.publishedOn,
    url: r.url,
    sha256: r.sha256,
    createdAt: r.createdAt,
    claimCount: Number(r.claimCount),
  };
}

function summaries(db: Db) {
  return db
    .selectFrom('publications')
    .select(['id', 'title', 'publishedOn', 'url', 'sha256', 'createdAt', 'createdBy'])
    .select((eb) =>
      eb
        .selectFrom('claims')
        .select((e) => e.fn.countAll<number>().as('n'))
        .whereRef('claims.publicationId', '=', 'publications.id')
        .as('claimCount'),
    );
}

/** Newest issue first. */
export async function listPublications(db: Db, query: { cursor?: string; limit: number }) {
  let q = summaries(db);
  const after = decodeCursor(query.cursor);
  if (after) q = q.where('id', '<', String(after[0]));
  const rows = await q
    .orderBy('id', 'desc')
    .limit(query.limit + 1)
    .execute();
  const page = pageFrom(rows as PublicationSummaryRow[], query.limit, (r) => [r.id]);
  return { items: page.items.map(present), nextCursor: page.nextCursor };
}

export async function publicationDetail(db: Db, id: string, today: string) {
  const row = await summaries(db).select('text').where('id', '=', id).executeTakeFirst();
  if (!row) return null;
  const claims = await db.selectFrom('claims').selectAll().where('publicationId', '=', id).orderBy('id').execute();
  return { ...present(row as PublicationSummaryRow), text: row.text, claims: await presentClaims(db, claims, today) };
}
