import type { Kysely } from 'kysely';

// Frozen in time: this file imports nothing from the app and uses portable DDL only.
// Per-kind and per-tag scoring totals of the sources, one numeric column per figure instead of a
// JSON text: a write adds its change with one upsert (n = n + excluded.n) instead of reading the
// row, changing it and writing it back (issue 27). One table for both, told apart by `facet`, so
// the write needs one statement for a claim's kind and all its tags. The old tables are dropped
// and the read model marked stale: migrate.ts rebuilds it from the claims.

const COUNTS = [
  'n',
  'nVoid',
  'nScored',
  'nDirectional',
  'nProbabilistic',
  'nImpliedProbability',
  'fullHits',
  'nPartialHits',
];
const SUMS = ['partialHitCredit', 'sumBrier', 'sumLogScore', 'sumBaselineScore'];
const BINS = 10;

export async function up(db: Kysely<any>): Promise<void> {
  let t = db.schema
    .createTable('source_facet_totals')
    .addColumn('facet', 'text', (c) => c.notNull())
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('sourceId', 'text', (c) => c.notNull());
  for (const c of COUNTS) t = t.addColumn(c, 'integer', (col) => col.notNull().defaultTo(0));
  for (const c of SUMS) t = t.addColumn(c, 'double precision', (col) => col.notNull().defaultTo(0));
  for (let k = 0; k < BINS; k++)
    t = t
      .addColumn(`binCount${k}`, 'integer', (col) => col.notNull().defaultTo(0))
      .addColumn(`binSumProbability${k}`, 'double precision', (col) => col.notNull().defaultTo(0))
      .addColumn(`binSumOutcome${k}`, 'double precision', (col) => col.notNull().defaultTo(0));
  await t.addPrimaryKeyConstraint('source_facet_totals_pk', ['facet', 'value', 'sourceId']).execute();
  await db.schema.dropTable('source_kind_stats').execute();
  await db.schema.dropTable('source_tag_stats').execute();
  await db.updateTable('read_model_state').set({ stale: 1 }).where('id', '=', 1).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const [table, column] of [
    ['source_kind_stats', 'kind'],
    ['source_tag_stats', 'tag'],
  ] as const)
    await db.schema
      .createTable(table)
      .addColumn('sourceId', 'text', (c) => c.notNull())
      .addColumn(column, 'text', (c) => c.notNull())
      .addColumn('totals', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint(`${table}_pk`, [column, 'sourceId'])
      .execute();
  await db.schema.dropTable('source_facet_totals').execute();
  await db.updateTable('read_model_state').set({ stale: 1 }).where('id', '=', 1).execute();
}
