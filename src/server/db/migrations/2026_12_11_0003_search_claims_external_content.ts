import { type Kysely, sql, SqliteAdapter } from 'kysely';

// Frozen in time: this file imports nothing from the app.
// SQLite only. The claims' full-text index no longer keeps its own copy of every statement and
// quote: it becomes an external-content FTS5 table that reads them, when a highlight or snippet
// needs them, from the claims through a view keyed by the search document id (search_docs). Each
// claim then writes its index entries and sizes, not a second copy of its text as well.
// External content cannot read back what it indexed, so the triggers pass the old texts to
// FTS5's 'delete' command, and a full refill starts with 'delete-all'.
// PostgreSQL keeps its single search_docs table: nothing changes there.

const TOKENIZE = `tokenize = 'porter unicode61 remove_diacritics 2'`;
const VIEW = 'search_claim_texts';
const DEFERRED = 'ledger_deferred_indexes';
const SEARCH_NOTE = '~search-index';

const doc = (ref: string) => `(select docid from search_docs where kind = 'claim' and ref = ${ref})`;

/** The triggers of migration 0045, exactly as it created them (a killed import's note holds these texts). */
const OLD_TRIGGERS = {
  claims_search_ai: `create trigger claims_search_ai after insert on claims begin
     insert into search_docs (kind, ref) values ('claim', new.id);
     insert into search_claims (rowid, title, body) values (${doc('new.id')}, new.statement, coalesce(new.quote, ''));
   end`,
  claims_search_au: `create trigger claims_search_au after update of statement, quote on claims begin
     update search_claims set title = new.statement, body = coalesce(new.quote, '') where rowid = ${doc('new.id')};
   end`,
  claims_search_ad: `create trigger claims_search_ad after delete on claims begin
     delete from search_claims where rowid = ${doc('old.id')};
     delete from search_docs where kind = 'claim' and ref = old.id;
   end`,
};

const forget = (ref: string, row: string) =>
  `insert into search_claims (search_claims, rowid, title, body) values ('delete', ${doc(ref)}, ${row}.statement, coalesce(${row}.quote, ''))`;

const NEW_TRIGGERS: typeof OLD_TRIGGERS = {
  claims_search_ai: OLD_TRIGGERS.claims_search_ai,
  claims_search_au: `create trigger claims_search_au after update of statement, quote on claims begin
     ${forget('old.id', 'old')};
     insert into search_claims (rowid, title, body) values (${doc('new.id')}, new.statement, coalesce(new.quote, ''));
   end`,
  claims_search_ad: `create trigger claims_search_ad after delete on claims begin
     ${forget('old.id', 'old')};
     delete from search_docs where kind = 'claim' and ref = old.id;
   end`,
};

const OLD_CLEAR = 'delete from search_claims';
const NEW_CLEAR = `insert into search_claims (search_claims) values ('delete-all')`;

const FILL = `insert into search_claims (rowid, title, body) select d.docid, c.statement, coalesce(c.quote, '') from search_docs d join claims c on c.id = d.ref where d.kind = 'claim' order by d.docid`;

const isSqlite = (db: Kysely<any>) => db.getExecutor().adapter instanceof SqliteAdapter;

async function run(db: Kysely<any>, statements: string[]): Promise<void> {
  for (const s of statements) await sql.raw(s).execute(db);
}

/**
 * A killed import's note to refill the search index and put its triggers back (raw-sqlite.ts), or
 * null: when there is one, the triggers are absent and the note, run at the end of this migrate,
 * fills the index; it is rewritten here for the new table.
 */
async function searchNote(db: Kysely<any>): Promise<string | null> {
  const { rows } = await sql<{
    n: number;
  }>`select count(*) as n from sqlite_master where type = 'table' and name = ${DEFERRED}`.execute(db);
  if (!Number(rows[0]?.n)) return null;
  const note = await sql<{ sql: string }>`select sql from ${sql.table(DEFERRED)} where name = ${SEARCH_NOTE}`.execute(
    db,
  );
  return note.rows[0]?.sql ?? null;
}

async function rebuild(db: Kysely<any>, external: boolean): Promise<void> {
  const [from, to] = external ? [OLD_TRIGGERS, NEW_TRIGGERS] : [NEW_TRIGGERS, OLD_TRIGGERS];
  const [clearFrom, clearTo] = external ? [OLD_CLEAR, NEW_CLEAR] : [NEW_CLEAR, OLD_CLEAR];
  const note = await searchNote(db);
  await run(db, [
    ...Object.keys(to).map((name) => `drop trigger if exists ${name}`),
    `drop table search_claims`,
    `drop view if exists ${VIEW}`,
  ]);
  if (external) {
    await run(db, [
      `create view ${VIEW} as select d.docid as docid, c.statement as title, coalesce(c.quote, '') as body
         from search_docs d join claims c on c.id = d.ref where d.kind = 'claim'`,
      `create virtual table search_claims using fts5(title, body, content = '${VIEW}', content_rowid = 'docid', ${TOKENIZE})`,
    ]);
  } else {
    await run(db, [`create virtual table search_claims using fts5(title, body, ${TOKENIZE})`]);
  }
  if (note !== null) {
    // The schema stores a trigger's text with its leading `create trigger` in capitals. The
    // triggers first: the old one on delete holds the old refill's first words.
    const body = (text: string) => text.replace(/^create trigger /, '');
    let script = note;
    for (const name of Object.keys(from) as (keyof typeof from)[])
      script = script.split(body(from[name])).join(body(to[name]));
    script = script.split(`${clearFrom};`).join(`${clearTo};`);
    await sql`update ${sql.table(DEFERRED)} set sql = ${script} where name = ${SEARCH_NOTE}`.execute(db);
    return;
  }
  await run(db, [FILL, ...Object.values(to)]);
}

export async function up(db: Kysely<any>): Promise<void> {
  if (isSqlite(db)) await rebuild(db, true);
}

export async function down(db: Kysely<any>): Promise<void> {
  if (isSqlite(db)) await rebuild(db, false);
}
