import { type Kysely, sql, type Transaction } from 'kysely';
import { adjustTotals, assertTotals, emptyTotals, type ResolvedCall, type ScoreTotals } from '../../scoring/index.js';
import { compiledWritePerShape } from '../db/compiled-once.js';
import type { Database, SourceFacetTotalsTable } from '../db/schema.js';

/** What a row of source_facet_totals is about: the claims of one kind, with one tag, or resolved on one day. */
export type Facet = { kind: string } | { tag: string } | { day: string };

type FacetRow = SourceFacetTotalsTable;
type Column = Exclude<keyof FacetRow, 'facet' | 'value' | 'sourceId'>;
type Scalar = Exclude<keyof ScoreTotals, 'binCount' | 'binSumProbability' | 'binSumOutcome'>;

/** Every scalar of ScoreTotals (the `satisfies` fails to compile when one is added and not listed). */
const SCALARS = Object.keys({
  n: 1,
  nVoid: 1,
  nScored: 1,
  nDirectional: 1,
  nProbabilistic: 1,
  nImpliedProbability: 1,
  fullHits: 1,
  nPartialHits: 1,
  partialHitCredit: 1,
  sumBrier: 1,
  sumLogScore: 1,
  sumBaselineScore: 1,
} satisfies Record<Scalar, 1>) as Scalar[];
const BIN_ARRAYS = ['binCount', 'binSumProbability', 'binSumOutcome'] as const;
const BINS = emptyTotals().binCount.length;

/** The numeric columns, in a fixed order: each scalar, then each bin array's elements. */
export const FACET_COLUMNS: readonly Column[] = [
  ...SCALARS,
  ...BIN_ARRAYS.flatMap((a) => Array.from({ length: BINS }, (_, k) => `${a}${k}` as Column)),
];

export function facetKey(f: Facet): { facet: 'kind' | 'tag' | 'day'; value: string } {
  if ('kind' in f) return { facet: 'kind', value: f.kind };
  return 'tag' in f ? { facet: 'tag', value: f.tag } : { facet: 'day', value: f.day };
}

/** Totals as the columns store them, in FACET_COLUMNS order, added to `out` (a bulk insert's flat values). */
export function pushTotalsValues(t: ScoreTotals, out: unknown[]): void {
  for (const c of SCALARS) out.push(t[c]);
  for (const a of BIN_ARRAYS) for (let k = 0; k < BINS; k++) out.push(t[a][k]);
}

/** Totals from a stored row, checked as parseTotals checks the JSON ones. */
export function columnsTotals(row: Record<Column, number>): ScoreTotals {
  const t = emptyTotals();
  for (const c of SCALARS) t[c] = Number(row[c]);
  for (const a of BIN_ARRAYS) for (let k = 0; k < BINS; k++) t[a][k] = Number(row[`${a}${k}` as Column]);
  assertTotals(t);
  return t;
}

/** What one call adds to totals, or with sign -1 takes out, figure by figure (no totals needed). */
export function callDelta(steps: readonly [ResolvedCall, 1 | -1][]): ScoreTotals {
  const delta = emptyTotals();
  for (const [call, sign] of steps) {
    const one = emptyTotals();
    adjustTotals(one, call, 1);
    for (const c of SCALARS) delta[c] += sign * one[c];
    for (const a of BIN_ARRAYS) for (let k = 0; k < BINS; k++) delta[a][k]! += sign * one[a][k]!;
  }
  return delta;
}

/**
 * The count each sum goes back to exactly 0 with, as removeCall settles totals (scoring
 * totals.ts): a sum of nothing is 0, not what the rounding of its additions and removals left.
 */
const SETTLED_BY: Partial<Record<Column, Column>> = {
  partialHitCredit: 'nPartialHits',
  sumBrier: 'nProbabilistic',
  sumLogScore: 'nProbabilistic',
  sumBaselineScore: 'nProbabilistic',
  ...(Object.fromEntries(
    Array.from({ length: BINS }, (_, k) => [
      [`binSumProbability${k}`, `binCount${k}`],
      [`binSumOutcome${k}`, `binCount${k}`],
    ]).flat(),
  ) as Partial<Record<Column, Column>>),
};

/** Adds a stored row's figures to `t` (sign -1: takes them out), in place. */
export function addColumns(t: ScoreTotals, row: Record<Column, number>, sign: 1 | -1): void {
  for (const c of SCALARS) t[c] += sign * Number(row[c]);
  for (const a of BIN_ARRAYS) for (let k = 0; k < BINS; k++) t[a][k]! += sign * Number(row[`${a}${k}` as Column]);
}

/** Each sum whose count is 0 set to exactly 0, as the upsert's additions settle them (SETTLED_BY). */
export function settleTotals(t: ScoreTotals): ScoreTotals {
  if (t.nPartialHits === 0) t.partialHitCredit = 0;
  if (t.nProbabilistic === 0) t.sumBrier = t.sumLogScore = t.sumBaselineScore = 0;
  for (let k = 0; k < BINS; k++) if (t.binCount[k] === 0) t.binSumProbability[k] = t.binSumOutcome[k] = 0;
  assertTotals(t);
  return t;
}

/** Whether a stored row holds exactly `t` (a reader's cache hit). */
export function columnsEqual(row: Record<Column, number>, t: ScoreTotals): boolean {
  for (const c of SCALARS) if (Number(row[c]) !== t[c]) return false;
  for (const a of BIN_ARRAYS)
    for (let k = 0; k < BINS; k++) if (Number(row[`${a}${k}` as Column]) !== t[a][k]) return false;
  return true;
}

export interface FacetChange {
  facet: Facet;
  sourceId: string;
  /** What to add (negative figures take calls out). */
  delta: ScoreTotals;
}

export const quote = (c: string) => `"${c}"`;
/** The upsert's fixed text, spelt once: its columns, and each column's addition (every right-hand side reads the old row). */
export const INSERT_COLUMNS = sql.raw(['facet', 'value', 'sourceId', ...FACET_COLUMNS].map(quote).join(', '));
export const ADDITIONS = sql.raw(
  FACET_COLUMNS.map((c) => {
    const sum = `source_facet_totals.${quote(c)} + excluded.${quote(c)}`;
    const count = SETTLED_BY[c];
    const value = count
      ? `case when source_facet_totals.${quote(count)} + excluded.${quote(count)} = 0 then 0 else ${sum} end`
      : sum;
    return `${quote(c)} = ${value}`;
  }).join(', '),
);

/** The upsert of a number of rows, each its facet, value, source and FACET_COLUMNS' figures (a flat array of values). */
const ROW_WIDTH = 3 + FACET_COLUMNS.length;
const upsertRows = compiledWritePerShape(String, (db, v: unknown[], rows: number) => {
  const tuples = Array.from(
    { length: rows },
    (_, r) => sql`(${sql.join(Array.from({ length: ROW_WIDTH }, (_, c) => v[r * ROW_WIDTH + c]))})`,
  );
  const upsert = sql`insert into source_facet_totals (${INSERT_COLUMNS}) values ${sql.join(tuples)}
    on conflict (facet, value, "sourceId") do update set ${ADDITIONS}`;
  return { compile: () => upsert.compile(db) };
});

/**
 * Adds each change to its row, creating the rows that do not exist yet: one statement for all of
 * a write's changes (they name distinct rows; PostgreSQL refuses to update one row twice).
 */
export async function addFacetTotals(trx: Transaction<Database>, changes: readonly FacetChange[]): Promise<void> {
  if (changes.length === 0) return;
  const values: unknown[] = [];
  for (const c of changes) {
    const { facet, value } = facetKey(c.facet);
    values.push(facet, value, c.sourceId);
    pushTotalsValues(c.delta, values);
  }
  await upsertRows(trx, changes.length, values);
}

/** Every stored row of one facet (sources without a claim of it have none). */
export async function facetRows(db: Kysely<Database>, f: Facet): Promise<FacetRow[]> {
  const { facet, value } = facetKey(f);
  return db
    .selectFrom('source_facet_totals')
    .selectAll()
    .where('facet', '=', facet)
    .where('value', '=', value)
    .execute();
}
