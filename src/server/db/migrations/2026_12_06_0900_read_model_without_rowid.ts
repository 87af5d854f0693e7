import { type Kysely, sql, SqliteAdapter } from 'kysely';

// Frozen in time: this file imports nothing from the app.
// SQLite only. The queue keys and the open-claims-per-day counts are small rows found by their
// primary key; stored WITHOUT ROWID each table is its key's b-tree, so every resolution (which
// deletes the claim's queue keys and moves a day's count) rewrites one b-tree per table, not two.
// PostgreSQL tables have no rowid: nothing changes there.

type Rebuilt = {
  name: string;
  create: (db: Kysely<any>, name: string) => { execute(): Promise<unknown> };
  index: { name: string; columns: string[] };
};

const TABLES: Rebuilt[] = [
  {
    name: 'open_claim_keys',
    create: (db, name) =>
      db.schema
        .createTable(name)
        .addColumn('key', 'text', (c) => c.notNull())
        .addColumn('windowEnd', 'text', (c) => c.notNull())
        .addColumn('claimId', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('open_claim_keys_pk', ['key', 'windowEnd', 'claimId']),
    index: { name: 'open_claim_keys_claim', columns: ['claimId'] },
  },
  {
    name: 'open_days',
    create: (db, name) =>
      db.schema
        .createTable(name)
        .addColumn('windowEnd', 'text', (c) => c.notNull())
        .addColumn('sourceId', 'text', (c) => c.notNull())
        .addColumn('n', 'integer', (c) => c.notNull())
        .addPrimaryKeyConstraint('open_days_pk', ['windowEnd', 'sourceId']),
    index: { name: 'open_days_source', columns: ['sourceId', 'windowEnd', 'n'] },
  },
];

async function rebuild(db: Kysely<any>, t: Rebuilt, withoutRowid: boolean): Promise<void> {
  const next = `${t.name}_rebuilt`;
  const create = t.create(db, next) as ReturnType<Kysely<any>['schema']['createTable']>;
  await (withoutRowid ? create.modifyEnd(sql`without rowid`) : create).execute();
  await sql`insert into ${sql.table(next)} select * from ${sql.table(t.name)}`.execute(db);
  await db.schema.dropTable(t.name).execute();
  await db.schema.alterTable(next).renameTo(t.name).execute();
  await db.schema.createIndex(t.index.name).on(t.name).columns(t.index.columns).execute();
}

const isSqlite = (db: Kysely<any>) => db.getExecutor().adapter instanceof SqliteAdapter;

export async function up(db: Kysely<any>): Promise<void> {
  if (!isSqlite(db)) return;
  for (const t of TABLES) await rebuild(db, t, true);
}

export async function down(db: Kysely<any>): Promise<void> {
  if (!isSqlite(db)) return;
  for (const t of TABLES) await rebuild(db, t, false);
}
