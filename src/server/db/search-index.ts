import type SqliteDatabase from 'better-sqlite3';

// The SQLite search index of migration 0045 is kept row by row by triggers. A bulk import drops
// them and fills the index once at the end instead (raw-sqlite.ts): the same rows, a fraction of
// the work. The statements below fill it as that migration's backfill does.

const BODY_CHARS = 100_000;
const sourceBody = (handle: string, id: string) =>
  `${handle} || ' ' || coalesce((select group_concat(a.alias, ' ') from source_aliases a where a.sourceId = ${id}), '')`;

const REFILL = [
  `delete from search_sources`,
  // The claims' index reads its texts from the claims (external content): it cannot read back what it indexed, only clear it all.
  `insert into search_claims (search_claims) values ('delete-all')`,
  `delete from search_publications`,
  `delete from search_docs`,
  `insert into search_docs (kind, ref) select 'source', id from sources order by id`,
  `insert into search_docs (kind, ref) select 'claim', id from claims order by id`,
  `insert into search_docs (kind, ref) select 'publication', id from publications order by id`,
  `insert into search_sources (rowid, title, body) select d.docid, s.displayName, ${sourceBody('s.handle', 's.id')} from search_docs d join sources s on s.id = d.ref where d.kind = 'source' order by d.docid`,
  `insert into search_claims (rowid, title, body) select d.docid, c.statement, coalesce(c.quote, '') from search_docs d join claims c on c.id = d.ref where d.kind = 'claim' order by d.docid`,
  `insert into search_publications (rowid, title, body) select d.docid, p.title, substr(p.text, 1, ${BODY_CHARS}) from search_docs d join publications p on p.id = d.ref where d.kind = 'publication' order by d.docid`,
];

/** The triggers that keep the search index, as the schema holds them (none before migration 0045). */
export function searchTriggers(sqlite: SqliteDatabase.Database): { name: string; sql: string }[] {
  return sqlite
    .prepare("select name, sql from sqlite_master where type = 'trigger' and name like '%\\_search\\_%' escape '\\'")
    .all() as { name: string; sql: string }[];
}

/**
 * One script that refills the search index from the tables and puts `triggers` back; safe to run
 * twice. Bulk jobs run on a schema at the latest migration only, so the index is always the current one.
 */
export function searchRebuildScript(triggers: { name: string; sql: string }[]): string {
  const recreate = triggers.flatMap(({ name, sql }) => [`drop trigger if exists "${name}"`, sql]);
  return [...REFILL, ...recreate].join(';\n');
}
