import type { Kysely } from 'kysely';
import type { Source } from '../../shared/api/sources.js';
import type { Database, SourceRow } from '../db/schema.js';
import { decodeCursor, pageFrom } from '../http/pagination.js';
import { containsText } from '../db/like.js';

type Db = Kysely<Database>;

/** The source a handle or one of its aliases names. */
export async function findSourceByHandle(db: Db, handle: string): Promise<SourceRow | undefined> {
  const direct = await db.selectFrom('sources').selectAll().where('handle', '=', handle).executeTakeFirst();
  if (direct) return direct;
  return db
    .selectFrom('source_aliases')
    .innerJoin('sources', 'sources.id', 'source_aliases.sourceId')
    .selectAll('sources')
    .where('source_aliases.alias', '=', handle)
    .executeTakeFirst();
}

/** The sources these handles name (handles only, not aliases), in no particular order. */
export async function sourcesByHandle(db: Db, handles: readonly string[]): Promise<SourceRow[]> {
  if (handles.length === 0) return [];
  return db.selectFrom('sources').selectAll().where('handle', 'in', handles).execute();
}

export async function presentSources(db: Db, rows: SourceRow[]): Promise<Source[]> {
  const ids = rows.map((r) => r.id);
  const aliases = ids.length
    ? await db.selectFrom('source_aliases').selectAll().where('sourceId', 'in', ids).orderBy('alias').execute()
    : [];
  return rows.map((r) => ({
    id: r.id,
    handle: r.handle,
    displayName: r.displayName,
    kind: r.kind as Source['kind'],
    url: r.url,
    aliases: aliases.filter((a) => a.sourceId === r.id).map((a) => a.alias),
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
  }));
}

/** Sources ordered by handle; `q` matches handle, alias or name. */
export async function listSources(db: Db, query: { q?: string; cursor?: string; limit: number }) {
  let q = db.selectFrom('sources').selectAll();
  if (query.q) {
    const text = query.q.replace(/^@/, '');
    q = q.where((eb) =>
      eb.or([
        containsText('sources.handle', text),
        containsText('sources.displayName', text),
        eb(
          'id',
          'in',
          eb.selectFrom('source_aliases').select('sourceId').where(containsText('source_aliases.alias', text)),
        ),
      ]),
    );
  }
  const after = decodeCursor(query.cursor);
  if (after) q = q.where('handle', '>', String(after[0]));
  const rows = await q
    .orderBy('handle')
    .limit(query.limit + 1)
    .execute();
  const page = pageFrom(rows, query.limit, (r) => [r.handle]);
  return { items: await presentSources(db, page.items), nextCursor: page.nextCursor };
}
