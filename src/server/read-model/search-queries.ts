import { type Kysely, sql, SqliteAdapter } from 'kysely';
import type { SearchKind } from '../../shared/api/search.js';
import type { Database } from '../db/schema.js';
import { fts5Query, MARK_END, MARK_START, tsQuery } from './search-terms.js';

type Db = Kysely<Database>;

/** One ranked match: the record's id, and its title and snippet with matches marked. */
export interface MarkedHit {
  ref: string;
  title: string;
  snippet: string;
}

const TABLES: Record<SearchKind, string> = {
  source: 'search_sources',
  claim: 'search_claims',
  publication: 'search_publications',
};

/**
 * The ranking rule, the same on both engines: relevance (SQLite's bm25, PostgreSQL's ts_rank) among
 * the RANK_CANDIDATES most recently indexed matches of the query, which is every match when there
 * are fewer; equal scores keep the order of indexing.
 */
export const RANK_CANDIDATES = 2000;

/** PostgreSQL: how many of the newest index rows are read to estimate how common the query is. */
const SAMPLE_ROWS = 2000;
/** PostgreSQL: a row walked in the primary key costs about this fraction of a row fetched through GIN. */
const WALK_COST = 0.1;

const isSqlite = (db: Db) => db.getExecutor().adapter instanceof SqliteAdapter;

/**
 * The ids of every record of one kind that matches all the words, as a subquery: the site search's
 * matching (same index, same stemming and prefixes), for filters that narrow a list by words.
 */
export function matchingRefs(db: Db, kind: SearchKind, terms: string[]) {
  if (isSqlite(db)) {
    const t = sql.raw(TABLES[kind]);
    return sql<string>`(select d.ref from search_docs d where d.docid in (select rowid from ${t} where ${t} match ${fts5Query(terms)}))`;
  }
  return sql<string>`(select ref from search_docs where kind = ${sql.lit(kind)} and tsv @@ to_tsquery('english', ${tsQuery(terms)}))`;
}

/**
 * PostgreSQL: whether the newest matches are cheaper found by walking the primary key backwards
 * (a common query: the walk is short) than through the GIN index (a rare one: few rows to fetch).
 * The share of matches among the newest rows estimates both costs; the planner cannot, as its
 * estimate for a prefix query is the same whatever the word.
 */
export function walkIsCheaper(hits: number, sampled: number, rows: number, candidates: number): boolean {
  if (hits === 0) return false;
  const share = hits / sampled;
  return WALK_COST * (candidates / share) < share * rows;
}

/**
 * The best `limit` matches of one kind, best first by the ranking rule above (title words weigh
 * more). `candidates` is RANK_CANDIDATES except in tests, which show the rule on a few records.
 */
export async function searchKind(
  db: Db,
  kind: SearchKind,
  terms: string[],
  limit: number,
  candidates = RANK_CANDIDATES,
): Promise<MarkedHit[]> {
  if (terms.length === 0) return [];
  if (isSqlite(db)) {
    // The table name comes from the fixed map above, never from the request. FTS5 reads matches
    // in rowid (docid) order, so the floor of the newest costs no ranking; highlights are made
    // after the sort, for the page of results only.
    const t = sql.raw(TABLES[kind]);
    const match = fts5Query(terms);
    const { rows } = await sql<MarkedHit>`
      select d.ref as ref, f.title as title, f.snippet as snippet
      from (
        select rowid as docid, bm25(${t}, 4.0, 1.0) as score,
          highlight(${t}, 0, char(2), char(3)) as title,
          snippet(${t}, 1, char(2), char(3), '…', 24) as snippet
        from ${t} where ${t} match ${match} and rowid >= coalesce(
          (select rowid from ${t} where ${t} match ${match} order by rowid desc limit 1 offset ${candidates - 1}), 0)
        order by score, rowid limit ${limit}
      ) f join search_docs d on d.docid = f.docid
      order by f.score, f.docid`.execute(db);
    return rows;
  }
  const q = tsQuery(terms);
  const { rows: sample } = await sql<{ hits: number; sampled: number; top: number | null }>`
    select count(*) filter (where r.kind = ${sql.lit(kind)} and r.tsv @@ to_tsquery('english', ${q}))::int as hits,
      count(*)::int as sampled, max(r.docid)::float8 as top
    from (select kind, tsv, docid from search_docs order by docid desc limit ${SAMPLE_ROWS}) r`.execute(db);
  const { hits, sampled, top } = sample[0]!;
  if (!top) return [];
  // Each path is pinned: the function form of @@ keeps the GIN index out of the walk, and sorting
  // on an expression keeps the planner from walking the primary key instead of using the GIN index.
  const newest = walkIsCheaper(hits, sampled, top, candidates)
    ? sql`ts_match_vq(tsv, to_tsquery('english', ${q})) order by docid desc`
    : sql`tsv @@ to_tsquery('english', ${q}) order by docid + 0 desc`;
  const title = `StartSel=${MARK_START}, StopSel=${MARK_END}, HighlightAll=true`;
  const snippet = `StartSel=${MARK_START}, StopSel=${MARK_END}, MaxWords=28, MinWords=12, MaxFragments=1, FragmentDelimiter=" … "`;
  // The kind is a literal so the planner picks that kind's partial GIN index; headlines are made
  // for the page of results only.
  const { rows } = await sql<MarkedHit>`
    select d.ref as ref, ts_headline('english', d.title, d.q, ${title}) as title,
      ts_headline('english', d.body, d.q, ${snippet}) as snippet
    from (
      select ref, title, body, q, ts_rank(tsv, q) as score, docid
      from (
        select ref, title, body, tsv, docid
        from search_docs
        where kind = ${sql.lit(kind)} and ${newest}
        limit ${candidates}
      ) c, to_tsquery('english', ${q}) q
      order by score desc, docid limit ${limit}
    ) d order by d.score desc, d.docid`.execute(db);
  return rows;
}
