import { type Kysely, sql, SqliteAdapter } from 'kysely';

// Frozen in time: this file imports nothing from the app.
// SQLite only. claim_sources and claim_tags are small rows found by their primary key
// (claimId, …): stored WITHOUT ROWID the table is that key's b-tree, one b-tree per row instead of
// two (the rowid table and the key's index), which a bulk import writes a million times over.
// PostgreSQL tables have no rowid: nothing changes there.

type LinkTable = {
  name: string;
  second: { column: string; references: string | null };
  pk: string;
  index: { name: string; columns: string[] };
};

const LINK_TABLES: LinkTable[] = [
  {
    name: 'claim_sources',
    second: { column: 'sourceId', references: 'sources.id' },
    pk: 'claim_sources_pk',
    index: { name: 'claim_sources_source', columns: ['sourceId', 'claimId'] },
  },
  {
    name: 'claim_tags',
    second: { column: 'tag', references: null },
    pk: 'claim_tags_pk',
    index: { name: 'claim_tags_tag', columns: ['tag', 'claimId'] },
  },
];

async function rebuild(db: Kysely<any>, t: LinkTable, withoutRowid: boolean): Promise<void> {
  const next = `${t.name}_rebuilt`;
  let create = db.schema
    .createTable(next)
    .addColumn('claimId', 'text', (c) => c.notNull().references('claims.id'))
    .addColumn(t.second.column, 'text', (c) =>
      t.second.references ? c.notNull().references(t.second.references) : c.notNull(),
    );
  if (t.name === 'claim_sources') create = create.addColumn('role', 'text', (c) => c.notNull());
  create = create.addPrimaryKeyConstraint(t.pk, ['claimId', t.second.column] as never);
  await (withoutRowid ? create.modifyEnd(sql`without rowid`) : create).execute();
  await sql`insert into ${sql.table(next)} select * from ${sql.table(t.name)}`.execute(db);
  await db.schema.dropTable(t.name).execute();
  await db.schema.alterTable(next).renameTo(t.name).execute();
  await db.schema.createIndex(t.index.name).on(t.name).columns(t.index.columns).execute();
}

const isSqlite = (db: Kysely<any>) => db.getExecutor().adapter instanceof SqliteAdapter;

export async function up(db: Kysely<any>): Promise<void> {
  if (!isSqlite(db)) return;
  for (const t of LINK_TABLES) await rebuild(db, t, true);
}

export async function down(db: Kysely<any>): Promise<void> {
  if (!isSqlite(db)) return;
  for (const t of LINK_TABLES) await rebuild(db, t, false);
}
