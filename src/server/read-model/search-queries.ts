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

/** PostgreSQL ranks at most this many matches of a query (see below). */
const RANK_CANDIDATES = 2000;

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

/** The best `limit` matches of one kind, best first (title words weigh more than body words). */
export async function searchKind(db: Db, kind: SearchKind, terms: string[], limit: number): Promise<MarkedHit[]> {
  if (terms.length === 0) return [];
  if (isSqlite(db)) {
    // The table name comes from the fixed map above, never from the request.
    const t = sql.raw(TABLES[kind]);
    const { rows } = await sql<MarkedHit>`
      select d.ref as ref, f.title as title, f.snippet as snippet
      from (
        select rowid as docid,
          highlight(${t}, 0, char(2), char(3)) as title,
          snippet(${t}, 1, char(2), char(3), '…', 24) as snippet
        from ${t} where ${t} match ${fts5Query(terms)}
        order by bm25(${t}, 4.0, 1.0) limit ${limit}
      ) f join search_docs d on d.docid = f.docid`.execute(db);
    return rows;
  }
  const title = `StartSel=${MARK_START}, StopSel=${MARK_END}, HighlightAll=true`;
  const snippet = `StartSel=${MARK_START}, StopSel=${MARK_END}, MaxWords=28, MinWords=12, MaxFragments=1, FragmentDelimiter=" … "`;
  // The kind is a literal so the planner picks that kind's partial GIN index; headlines are made
  // for the page of results only. ts_rank reads every candidate's vector, so a word in a large
  // share of a million claims is ranked among its first RANK_CANDIDATES matches, not all of them.
  const { rows } = await sql<MarkedHit>`
    select d.ref as ref, ts_headline('english', d.title, d.q, ${title}) as title,
      ts_headline('english', d.body, d.q, ${snippet}) as snippet
    from (
      select ref, title, body, q, ts_rank(tsv, q) as score, docid
      from (
        select ref, title, body, tsv, docid
        from search_docs
        where kind = ${sql.lit(kind)} and tsv @@ to_tsquery('english', ${tsQuery(terms)})
        limit ${RANK_CANDIDATES}
      ) c, to_tsquery('english', ${tsQuery(terms)}) q
      order by score desc, docid limit ${limit}
    ) d order by d.score desc, d.docid`.execute(db);
  return rows;
}
