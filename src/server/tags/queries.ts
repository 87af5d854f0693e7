import type { Kysely } from 'kysely';
import type { TagList } from '../../shared/api/tags.js';
import type { Database } from '../db/schema.js';

/** At most this many suggestions: enough for a datalist, small at any ledger size. */
const MAX_TAGS = 300;

/** The tags in use with their number of claims, most used first (tag_counts: one row per tag). */
export async function listTags(db: Kysely<Database>): Promise<TagList> {
  const rows = await db
    .selectFrom('tag_counts')
    .select(['tag', 'claims'])
    .where('claims', '>', 0)
    .orderBy('claims', 'desc')
    .orderBy('tag')
    .limit(MAX_TAGS)
    .execute();
  return { items: rows.map((t) => ({ tag: t.tag, claims: Number(t.claims) })) };
}
