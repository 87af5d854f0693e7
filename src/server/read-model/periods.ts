import { subDays, subMonths } from 'date-fns';
import { type Kysely, sql, type Transaction } from 'kysely';
import { COUNT_FIELDS, emptyTotals, type ScoreTotals } from '../../scoring/index.js';
import { compiledWritePerShape } from '../db/compiled-once.js';
import type { Database } from '../db/schema.js';
import { backgroundRoller } from './background-roll.js';
import {
  addColumns,
  ADDITIONS,
  FACET_COLUMNS,
  INSERT_COLUMNS,
  pushTotalsValues,
  quote,
  settleTotals,
} from './facet-totals.js';

type Db = Kysely<Database>;

/** The boards whose window moves with the day; each keeps rows of its own (facet 'period'). */
export const PERIODS = ['30d', '90d', '12m', 'ytd'] as const;
export type Period = (typeof PERIODS)[number];

/** The first day counted by a period filter, or null for all time. */
export function periodStart(period: string | undefined, day: string): string | null {
  const d = new Date(`${day}T00:00:00Z`);
  switch (period) {
    case '30d':
      return subDays(d, 30).toISOString().slice(0, 10);
    case '90d':
      return subDays(d, 90).toISOString().slice(0, 10);
    case '12m':
      return subMonths(d, 12).toISOString().slice(0, 10);
    case 'ytd':
      return `${day.slice(0, 4)}-01-01`;
    default:
      return null;
  }
}

export const isPeriod = (p: string | undefined): p is Period => (PERIODS as readonly string[]).includes(p ?? '');

/**
 * Every period's window as rolled for reads on `day` (what a rebuild writes to period_windows):
 * up to the day before, so a resolution of the day, the usual write, falls after every window
 * and moves only its day row; reads add the day's rows themselves.
 */
export function windowsFor(day: string): { period: Period; since: string; asOf: string }[] {
  const asOf = subDays(new Date(`${day}T00:00:00Z`), 1)
    .toISOString()
    .slice(0, 10);
  return PERIODS.map((period) => ({ period, since: periodStart(period, asOf)!, asOf }));
}

const COLUMNS = sql.raw(FACET_COLUMNS.map(quote).join(', '));
const INTEGER_COLUMNS = new Set<string>([...COUNT_FIELDS, ...Array.from({ length: 10 }, (_, k) => `binCount${k}`)]);
const CAST = FACET_COLUMNS.map((c) => (INTEGER_COLUMNS.has(c) ? 'integer' : 'double precision'));

/** One write's changes to the day rows, as a flat array: each row's day, source and FACET_COLUMNS' figures. */
const DAY_WIDTH = 2 + FACET_COLUMNS.length;
const addToWindows = compiledWritePerShape(String, (db, v: unknown[], rows: number) => {
  const tuples = Array.from({ length: rows }, (_, r) => {
    const at = (c: number) => v[r * DAY_WIDTH + c];
    const figures = FACET_COLUMNS.map((c, i) => sql`cast(${at(2 + i)} as ${sql.raw(CAST[i]!)}) as ${sql.ref(c)}`);
    return sql`select cast(${at(0)} as text) as day, cast(${at(1)} as text) as "sourceId", ${sql.join(figures)}`;
  });
  const sums = sql.raw(FACET_COLUMNS.map((c) => `sum(c.${quote(c)})`).join(', '));
  // `where true`: SQLite reads an upsert's select without a where clause as a join's ON.
  const upsert = sql`insert into source_facet_totals (${INSERT_COLUMNS})
    select 'period', w.period, c."sourceId", ${sums}
      from (${sql.join(tuples, sql` union all `)}) c
      join period_windows w on c.day >= w.since and c.day <= w."asOf"
     where true
     group by w.period, c."sourceId"
    on conflict (facet, value, "sourceId") do update set ${ADDITIONS}`;
  return { compile: () => upsert.compile(db) };
});

/**
 * Adds a write's changes to the day rows (facet 'day', already written) to the window rows of
 * every period whose rolled window holds that day: one statement, which only days up to the
 * windows' last asOf can reach (readers add later days themselves). `rolledTo` is that asOf (null:
 * no window) as the writing transaction read it after the ledger head's lock, which a roll takes
 * too, so it holds until commit: days after it are left out, and a ruling of today (the usual
 * write) runs no statement. Unknown (undefined), every day goes to the statement.
 */
export async function addToPeriodWindows(
  trx: Transaction<Database>,
  changes: readonly { sourceId: string; day: string; delta: ScoreTotals }[],
  rolledTo?: string | null,
): Promise<void> {
  const held = rolledTo === undefined ? changes : changes.filter((c) => rolledTo !== null && c.day <= rolledTo);
  if (held.length === 0) return;
  const values: unknown[] = [];
  for (const c of held) {
    values.push(c.day, c.sourceId);
    pushTotalsValues(c.delta, values);
  }
  await addToWindows(trx, held.length, values);
}

type Row = { part: number | string; value: string; sourceId: string } & Parameters<typeof addColumns>[1];
type Window = { since: string; asOf: string };

/**
 * The rows a period's totals are summed from: its window rows as rolled, then for each window in
 * `to` in turn, the day rows that entered the window since the one before, plus, and those that
 * left, minus (`part`: 0 the window row, ±k the k-th move). Each range is empty unless the window
 * moved that way (back too, for a clock set back), so a read reads the sources' window rows and the
 * days the window moved since the last roll, never the ledger. One statement: one snapshot, even
 * while a roll commits.
 */
async function windowRows(
  db: Db,
  period: Period,
  to: Window[],
  sourceIds?: readonly string[],
  { movesOnly = false } = {},
): Promise<Row[]> {
  const only = sourceIds ? sql`and "sourceId" in (${sql.join(sourceIds.length ? sourceIds : [''])})` : sql``;
  const stored = (column: 'since' | 'asOf') =>
    sql`(select ${sql.ref(column)} from period_windows where period = ${period})`;
  const days = (part: number, from: unknown, until: unknown, fromOpen: boolean) =>
    sql`select ${sql.raw(String(part))} as part, value, "sourceId", ${COLUMNS} from source_facet_totals
         where facet = 'day' and value ${sql.raw(fromOpen ? '>' : '>=')} ${from}
           and value ${sql.raw(fromOpen ? '<=' : '<')} ${until} ${only}`;
  const moves = to.flatMap((w, i) => {
    const from = i === 0 ? { since: stored('since'), asOf: stored('asOf') } : to[i - 1]!;
    const k = i + 1;
    return [
      days(k, from.asOf, w.asOf, true),
      days(-k, w.asOf, from.asOf, true),
      days(-k, from.since, w.since, false),
      days(k, w.since, from.since, false),
    ];
  });
  const window = sql`select 0 as part, value, "sourceId", ${COLUMNS} from source_facet_totals
     where facet = 'period' and value = ${period} ${only}`;
  const { rows } = await sql<Row>`${sql.join(movesOnly ? moves : [window, ...moves], sql` union all `)}`.execute(db);
  return rows;
}

/**
 * Sums the rows per source in one fixed order (the window row, then each move's days by day and
 * sign, settled after each move), whatever order the engine returned them in: a roll writes what
 * a read sums up to the end of the roll's move, so a board read before a roll equals one read
 * after it. Sources whose window holds no call are left out.
 */
function sumRows(rows: Row[]): Map<string, ScoreTotals> {
  const move = (r: Row) => Math.abs(Number(r.part));
  rows.sort((a, b) =>
    a.sourceId !== b.sourceId
      ? a.sourceId < b.sourceId
        ? -1
        : 1
      : move(a) !== move(b)
        ? move(a) - move(b)
        : a.value !== b.value
          ? a.value < b.value
            ? -1
            : 1
          : Number(a.part) - Number(b.part),
  );
  const out = new Map<string, ScoreTotals>();
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i]!;
    let t = out.get(r.sourceId);
    if (!t) out.set(r.sourceId, (t = emptyTotals()));
    addColumns(t, r, Number(r.part) < 0 ? -1 : 1);
    const next = rows[i + 1];
    if (!next || next.sourceId !== r.sourceId || move(next) !== move(r)) settleTotals(t);
  }
  for (const [id, t] of out) if (t.n === 0) out.delete(id);
  return out;
}

/** The windows a read on `day` sums: as a roll for `day` leaves them, then to `day` itself. */
function readWindows(period: Period, day: string): Window[] {
  const rolled = windowsFor(day).find((w) => w.period === period)!;
  return [rolled, { since: periodStart(period, day)!, asOf: day }];
}

/**
 * Each source's totals of the calls resolved within a period's window ending on `day` (all
 * sources, or only these), from maintained rows: bounded by the sources and the days the window
 * moved since it was last rolled, not by the claims.
 */
export async function periodTotals(
  db: Db,
  period: Period,
  day: string,
  sourceIds?: readonly string[],
): Promise<Map<string, ScoreTotals>> {
  rollPeriodsSoon(db, day).catch(() => undefined);
  return sumRows(await windowRows(db, period, readWindows(period, day), sourceIds));
}

/** Window rows per statement: within SQLite's 32,766 bound variables. */
const ROWS_PER_INSERT = Math.floor(32_000 / (3 + FACET_COLUMNS.length));

/**
 * Moves every period's window rows forward as windowsFor(day) sets them (never back: a clock set
 * back is answered by windowRows' reverse ranges instead), writing for each source the totals a
 * read sums up to that window, in place of its row. Holds the ledger head's lock, as writers do,
 * so no write falls between reading the rows and moving the window. Reads the days that entered
 * or left the window since the last roll, and the window rows of their sources only.
 */
export async function rollPeriodsForward(db: Db, day: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable('ledger_head')
      .set({ seq: sql`seq` })
      .where('id', '=', 1)
      .execute();
    const windows = await trx.selectFrom('period_windows').selectAll().execute();
    for (const w of windows) {
      if (!isPeriod(w.period)) continue;
      const to = windowsFor(day).find((x) => x.period === w.period)!;
      if (w.asOf >= to.asOf) continue;
      // Only the sources a day row moved: the others' rows already hold what a read would sum.
      const moved = new Set(
        (await windowRows(trx, w.period, [to], undefined, { movesOnly: true })).map((r) => r.sourceId),
      );
      // In batches: each of the statement's ranges lists the sources (SQLite binds 32,766 values at most).
      const totals = new Map<string, ScoreTotals>();
      const ids = [...moved];
      for (let i = 0; i < ids.length; i += 1000)
        for (const [id, t] of sumRows(await windowRows(trx, w.period, [to], ids.slice(i, i + 1000)))) totals.set(id, t);
      const gone = [...moved].filter((id) => !totals.has(id));
      for (let i = 0; i < gone.length; i += 1000)
        await trx
          .deleteFrom('source_facet_totals')
          .where('facet', '=', 'period')
          .where('value', '=', w.period)
          .where('sourceId', 'in', gone.slice(i, i + 1000))
          .execute();
      const kept = [...moved].filter((id) => totals.has(id));
      for (let i = 0; i < kept.length; i += ROWS_PER_INSERT) {
        const values = kept.slice(i, i + ROWS_PER_INSERT).map((sourceId) => {
          const flat: unknown[] = [];
          pushTotalsValues(totals.get(sourceId)!, flat);
          return sql`(${sql.join(['period', w.period, sourceId, ...flat])})`;
        });
        const replace = sql.raw(FACET_COLUMNS.map((c) => `${quote(c)} = excluded.${quote(c)}`).join(', '));
        await sql`insert into source_facet_totals (${INSERT_COLUMNS}) values ${sql.join(values)}
          on conflict (facet, value, "sourceId") do update set ${replace}`.execute(trx);
      }
      await trx
        .updateTable('period_windows')
        .set({ since: to.since, asOf: to.asOf })
        .where('period', '=', w.period)
        .execute();
    }
  });
}

const periodRoller = backgroundRoller();

/** Rolls the windows forward after a read noticed the day changed, off the request path (backgroundRoller). */
export async function rollPeriodsSoon(db: Db, day: string): Promise<void> {
  if (periodRoller.busy(db)) return;
  const behind = await db
    .selectFrom('period_windows')
    .select('period')
    .where('asOf', '<', windowsFor(day)[0]!.asOf)
    .limit(1)
    .executeTakeFirst();
  if (!behind) return;
  periodRoller.start(db, () => rollPeriodsForward(db, day));
}

/** Waits for a roll rollPeriodsSoon started (tests, shutdown). */
export const periodRollSettled = (db: Db): Promise<void> => periodRoller.settled(db);
