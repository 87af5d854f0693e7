import { type Kysely, sql, SqliteAdapter } from 'kysely';

// Frozen in time: this file imports nothing from the app.
// Full-text search over sources (name, handle, aliases), claims (statement, quote) and issues
// (title, text). Triggers keep the index in step with the tables, so every writer — the ledger's
// appliers, the bulk import and replay — fills it without knowing it exists.
//
// SQLite: search_docs gives each document a stable integer id (a plain rowid can change on
// VACUUM); one FTS5 table per kind, keyed by that id, so each kind ranks on its own and an
// update or delete finds its row by id instead of scanning.
// PostgreSQL: one table with a stored tsvector (title weighted above body) and a partial GIN
// index per kind.

const TOKENIZE = `tokenize = 'porter unicode61 remove_diacritics 2'`;
const KINDS = ['source', 'claim', 'publication'] as const;

/** Issue texts can be long; PostgreSQL's tsvector has a size limit, so both index this much. */
const BODY_CHARS = 100_000;

const isSqlite = (db: Kysely<any>) => db.getExecutor().adapter instanceof SqliteAdapter;

const sqliteDoc = (kind: string, ref: string) =>
  `(select docid from search_docs where kind = '${kind}' and ref = ${ref})`;
/** A source's body: its handle and aliases (`id` names the source in the enclosing statement). */
const sourceBody = (handle: string, id: string) =>
  `${handle} || ' ' || coalesce((select group_concat(a.alias, ' ') from source_aliases a where a.sourceId = ${id}), '')`;
const aliasOwnerBody = (id: string) =>
  `(select ${sourceBody('owner.handle', 'owner.id')} from sources owner where owner.id = ${id})`;

const SQLITE_UP = [
  `create table search_docs (docid integer primary key, kind text not null, ref text not null, unique (kind, ref))`,
  ...KINDS.map((k) => `create virtual table search_${k}s using fts5(title, body, ${TOKENIZE})`),
  // sources
  `create trigger sources_search_ai after insert on sources begin
     insert into search_docs (kind, ref) values ('source', new.id);
     insert into search_sources (rowid, title, body) values (${sqliteDoc('source', 'new.id')}, new.displayName, ${sourceBody('new.handle', 'new.id')});
   end`,
  `create trigger sources_search_au after update of handle, displayName on sources begin
     update search_sources set title = new.displayName, body = ${sourceBody('new.handle', 'new.id')} where rowid = ${sqliteDoc('source', 'new.id')};
   end`,
  `create trigger sources_search_ad after delete on sources begin
     delete from search_sources where rowid = ${sqliteDoc('source', 'old.id')};
     delete from search_docs where kind = 'source' and ref = old.id;
   end`,
  `create trigger source_aliases_search_ai after insert on source_aliases begin
     update search_sources set body = ${aliasOwnerBody('new.sourceId')} where rowid = ${sqliteDoc('source', 'new.sourceId')};
   end`,
  `create trigger source_aliases_search_ad after delete on source_aliases begin
     update search_sources set body = ${aliasOwnerBody('old.sourceId')} where rowid = ${sqliteDoc('source', 'old.sourceId')};
   end`,
  // claims
  `create trigger claims_search_ai after insert on claims begin
     insert into search_docs (kind, ref) values ('claim', new.id);
     insert into search_claims (rowid, title, body) values (${sqliteDoc('claim', 'new.id')}, new.statement, coalesce(new.quote, ''));
   end`,
  `create trigger claims_search_au after update of statement, quote on claims begin
     update search_claims set title = new.statement, body = coalesce(new.quote, '') where rowid = ${sqliteDoc('claim', 'new.id')};
   end`,
  `create trigger claims_search_ad after delete on claims begin
     delete from search_claims where rowid = ${sqliteDoc('claim', 'old.id')};
     delete from search_docs where kind = 'claim' and ref = old.id;
   end`,
  // publications
  `create trigger publications_search_ai after insert on publications begin
     insert into search_docs (kind, ref) values ('publication', new.id);
     insert into search_publications (rowid, title, body) values (${sqliteDoc('publication', 'new.id')}, new.title, substr(new.text, 1, ${BODY_CHARS}));
   end`,
  `create trigger publications_search_au after update of title, text on publications begin
     update search_publications set title = new.title, body = substr(new.text, 1, ${BODY_CHARS}) where rowid = ${sqliteDoc('publication', 'new.id')};
   end`,
  `create trigger publications_search_ad after delete on publications begin
     delete from search_publications where rowid = ${sqliteDoc('publication', 'old.id')};
     delete from search_docs where kind = 'publication' and ref = old.id;
   end`,
  // backfill
  `insert into search_docs (kind, ref) select 'source', id from sources`,
  `insert into search_docs (kind, ref) select 'claim', id from claims`,
  `insert into search_docs (kind, ref) select 'publication', id from publications`,
  `insert into search_sources (rowid, title, body) select d.docid, s.displayName, ${sourceBody('s.handle', 's.id')} from sources s join search_docs d on d.kind = 'source' and d.ref = s.id`,
  `insert into search_claims (rowid, title, body) select d.docid, c.statement, coalesce(c.quote, '') from claims c join search_docs d on d.kind = 'claim' and d.ref = c.id`,
  `insert into search_publications (rowid, title, body) select d.docid, p.title, substr(p.text, 1, ${BODY_CHARS}) from publications p join search_docs d on d.kind = 'publication' and d.ref = p.id`,
];

const SQLITE_DOWN = [
  ...[
    'sources_search_ai',
    'sources_search_au',
    'sources_search_ad',
    'source_aliases_search_ai',
    'source_aliases_search_ad',
  ]
    .concat(['claims_search_ai', 'claims_search_au', 'claims_search_ad'])
    .concat(['publications_search_ai', 'publications_search_au', 'publications_search_ad'])
    .map((t) => `drop trigger if exists ${t}`),
  ...KINDS.map((k) => `drop table if exists search_${k}s`),
  `drop table if exists search_docs`,
];

const pgSourceBody = (handle: string, id: string) =>
  `${handle} || ' ' || coalesce((select string_agg(a.alias, ' ' order by a.alias) from source_aliases a where a."sourceId" = ${id}), '')`;

const PG_UP = [
  `create table search_docs (
     docid bigserial primary key,
     kind text not null,
     ref text not null,
     title text not null,
     body text not null,
     tsv tsvector generated always as (
       setweight(to_tsvector('english', title), 'A') || setweight(to_tsvector('english', body), 'B')
     ) stored,
     unique (kind, ref)
   )`,
  ...KINDS.map((k) => `create index search_docs_${k} on search_docs using gin (tsv) where kind = '${k}'`),
  `create function search_index_source(source_id text) returns void language sql as $$
     insert into search_docs (kind, ref, title, body)
     select 'source', s.id, s."displayName", ${pgSourceBody('s.handle', 's.id')} from sources s where s.id = source_id
     on conflict (kind, ref) do update set title = excluded.title, body = excluded.body
   $$`,
  `create function search_sources_trigger() returns trigger language plpgsql as $$ begin
     if tg_op = 'DELETE' then delete from search_docs where kind = 'source' and ref = old.id; return old; end if;
     perform search_index_source(new.id); return new;
   end $$`,
  `create trigger sources_search after insert or update of handle, "displayName" or delete on sources
     for each row execute function search_sources_trigger()`,
  `create function search_aliases_trigger() returns trigger language plpgsql as $$ begin
     if tg_op = 'DELETE' then perform search_index_source(old."sourceId"); return old; end if;
     perform search_index_source(new."sourceId"); return new;
   end $$`,
  `create trigger source_aliases_search after insert or delete on source_aliases
     for each row execute function search_aliases_trigger()`,
  `create function search_claims_trigger() returns trigger language plpgsql as $$ begin
     if tg_op = 'DELETE' then delete from search_docs where kind = 'claim' and ref = old.id; return old; end if;
     insert into search_docs (kind, ref, title, body) values ('claim', new.id, new.statement, coalesce(new.quote, ''))
     on conflict (kind, ref) do update set title = excluded.title, body = excluded.body;
     return new;
   end $$`,
  `create trigger claims_search after insert or update of statement, quote or delete on claims
     for each row execute function search_claims_trigger()`,
  `create function search_publications_trigger() returns trigger language plpgsql as $$ begin
     if tg_op = 'DELETE' then delete from search_docs where kind = 'publication' and ref = old.id; return old; end if;
     insert into search_docs (kind, ref, title, body) values ('publication', new.id, new.title, left(new.text, ${BODY_CHARS}))
     on conflict (kind, ref) do update set title = excluded.title, body = excluded.body;
     return new;
   end $$`,
  `create trigger publications_search after insert or update of title, text or delete on publications
     for each row execute function search_publications_trigger()`,
  `insert into search_docs (kind, ref, title, body) select 'source', s.id, s."displayName", ${pgSourceBody('s.handle', 's.id')} from sources s`,
  `insert into search_docs (kind, ref, title, body) select 'claim', id, statement, coalesce(quote, '') from claims`,
  `insert into search_docs (kind, ref, title, body) select 'publication', id, title, left(text, ${BODY_CHARS}) from publications`,
];

const PG_DOWN = [
  `drop trigger if exists sources_search on sources`,
  `drop trigger if exists source_aliases_search on source_aliases`,
  `drop trigger if exists claims_search on claims`,
  `drop trigger if exists publications_search on publications`,
  `drop function if exists search_sources_trigger()`,
  `drop function if exists search_aliases_trigger()`,
  `drop function if exists search_claims_trigger()`,
  `drop function if exists search_publications_trigger()`,
  `drop function if exists search_index_source(text)`,
  `drop table if exists search_docs`,
];

async function run(db: Kysely<any>, statements: string[]): Promise<void> {
  for (const s of statements) await sql.raw(s).execute(db);
}

export async function up(db: Kysely<any>): Promise<void> {
  await run(db, isSqlite(db) ? SQLITE_UP : PG_UP);
}

export async function down(db: Kysely<any>): Promise<void> {
  await run(db, isSqlite(db) ? SQLITE_DOWN : PG_DOWN);
}
