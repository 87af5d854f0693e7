import { type Transaction, sql } from 'kysely';
import type { ResolvedCall } from '../../scoring/index.js';
import { compiledWritePerShape } from '../db/compiled-once.js';
import type { Database } from '../db/schema.js';
import { addFacetTotals, callDelta, type Facet, type FacetChange } from './facet-totals.js';
import { addToPeriodWindows } from './periods.js';
import { ALL_CLAIMS, queueKeys, type ClaimSnapshot } from './snapshot.js';

type Trx = Transaction<Database>;

/**
 * Moves one claim's contribution to the read model from `before` to `after`, inside the ledger
 * transaction that changed it: open counts by window-end day (and the rolled due counts), the
 * queue's filter keys, per-kind, per-tag and per-day totals of the sources that made it (and the
 * period windows that hold the day), and the number of claims carrying each tag. A change that
 * touches none of what is counted (a statement edit, a resolution awaiting confirmation) writes
 * nothing. Each table takes one statement (the queue keys and the totals two), whatever the
 * claim's sources and tags, and none reads first. `periodsRolledTo`: how far the period windows
 * are rolled, as read with the claim (addToPeriodWindows; undefined when not read).
 */
export async function maintainReadModel(
  trx: Trx,
  before: ClaimSnapshot | null,
  after: ClaimSnapshot | null,
  periodsRolledTo?: string | null,
) {
  if (before && after && JSON.stringify(before) === JSON.stringify(after)) return;
  await moveOpenDays(trx, before, after);
  await moveQueueKeys(trx, before, after);
  await moveTotals(trx, before, after, periodsRolledTo);
  await moveTagCounts(trx, before, after);
}

async function moveTagCounts(trx: Trx, before: ClaimSnapshot | null, after: ClaimSnapshot | null) {
  const was = new Set(before?.tags ?? []);
  const now = new Set(after?.tags ?? []);
  const changed = [
    ...[...was].filter((t) => !now.has(t)).map((tag) => ({ tag, claims: -1 })),
    ...[...now].filter((t) => !was.has(t)).map((tag) => ({ tag, claims: 1 })),
  ];
  if (changed.length === 0) return;
  await addTagCounts(
    trx,
    changed.length,
    changed.flatMap((c) => [c.tag, c.claims]),
  );
}

/** The tag counts' upsert of a number of tags, each its tag and change (a flat array of values). */
const addTagCounts = compiledWritePerShape(String, (db, v: unknown[], tags: number) =>
  db
    .insertInto('tag_counts')
    .values(Array.from({ length: tags }, (_, i) => ({ tag: v[2 * i] as string, claims: v[2 * i + 1] as number })))
    .onConflict((oc) =>
      oc.column('tag').doUpdateSet({ claims: sql`${sql.ref('tag_counts.claims')} + ${sql.ref('excluded.claims')}` }),
    ),
);

function openCells(s: ClaimSnapshot | null): string[] {
  if (!s?.open) return [];
  return [...s.makers, ALL_CLAIMS].map((id) => `${s.windowEnd}\u0000${id}`);
}

/** The open-day counts' upsert of a number of cells, each its window end, source and change (a flat array of values). */
const addOpenDays = compiledWritePerShape(String, (db, v: unknown[], cells: number) =>
  db
    .insertInto('open_days')
    .values(
      Array.from({ length: cells }, (_, i) => ({
        windowEnd: v[3 * i] as string,
        sourceId: v[3 * i + 1] as string,
        n: v[3 * i + 2] as number,
      })),
    )
    .onConflict((oc) =>
      oc
        .columns(['windowEnd', 'sourceId'])
        .doUpdateSet({ n: sql`${sql.ref('open_days.n')} + ${sql.ref('excluded.n')}` }),
    ),
);

/**
 * The same cells' change to their sources' due counts, for the days the due counts are already
 * rolled past (before read_model_state.asOf): the claim is in (or leaves) them now. Told in SQL,
 * so the write reads nothing first.
 */
const addSourceDue = compiledWritePerShape(String, (db, v: unknown[], cells: number) => {
  const rows = sql.join(
    Array.from(
      { length: cells },
      (_, i) =>
        sql`select ${v[3 * i]} as "windowEnd", ${v[3 * i + 1]} as "sourceId", cast(${v[3 * i + 2]} as integer) as n`,
    ),
    sql` union all `,
  );
  const insert = sql`insert into source_due ("sourceId", "nDue")
    select c."sourceId", sum(c.n) from (${rows}) c
     where c."windowEnd" < (select "asOf" from read_model_state where id = 1)
     group by c."sourceId" having sum(c.n) <> 0
    on conflict ("sourceId") do update set "nDue" = source_due."nDue" + excluded."nDue"`;
  return { compile: () => insert.compile(db) };
});

async function moveOpenDays(trx: Trx, before: ClaimSnapshot | null, after: ClaimSnapshot | null) {
  const delta = new Map<string, number>();
  for (const c of openCells(before)) delta.set(c, (delta.get(c) ?? 0) - 1);
  for (const c of openCells(after)) delta.set(c, (delta.get(c) ?? 0) + 1);
  const values: unknown[] = [];
  for (const [cell, n] of delta) if (n !== 0) values.push(...cell.split('\u0000'), n);
  if (values.length === 0) return;
  await addOpenDays(trx, values.length / 3, values);
  await addSourceDue(trx, values.length / 3, values);
}

/**
 * Some of one claim's queue keys, all of one window end (the claim id, the window end, then the
 * keys): found by the table's primary key, so the table needs no index on the claim.
 */
const deleteQueueKeys = compiledWritePerShape(String, (db, v: string[], keys: number) =>
  db
    .deleteFrom('open_claim_keys')
    .where(
      'key',
      'in',
      Array.from({ length: keys }, (_, i) => v[2 + i]!),
    )
    .where('windowEnd', '=', v[1]!)
    .where('claimId', '=', v[0]!),
);

async function moveQueueKeys(trx: Trx, before: ClaimSnapshot | null, after: ClaimSnapshot | null) {
  const id = (after ?? before)!.id;
  const was = before?.open ? queueKeys(before) : [];
  const now = after?.open ? queueKeys(after) : [];
  // A row is (key, windowEnd, claimId): a window end that moved replaces every row.
  const same = before?.windowEnd === after?.windowEnd;
  const gone = same ? was.filter((k) => !now.includes(k)) : was;
  const added = same ? now.filter((k) => !was.includes(k)) : now;
  if (gone.length > 0) await deleteQueueKeys(trx, gone.length, [id, before!.windowEnd, ...gone]);
  if (added.length > 0) await insertQueueKeys(trx, added.length, [id, after!.windowEnd, ...added]);
}

/** Some of one claim's queue keys, all of one window end (the claim id, the window end, then the keys). */
const insertQueueKeys = compiledWritePerShape(String, (db, v: string[], keys: number) =>
  db
    .insertInto('open_claim_keys')
    .values(Array.from({ length: keys }, (_, i) => ({ key: v[2 + i]!, windowEnd: v[1]!, claimId: v[0]! }))),
);

/** (source, kind, tag or resolution day) cells a snapshot's scored call counts in. */
function totalsCells(s: ClaimSnapshot | null): { sourceId: string; facet: Facet; call: ResolvedCall }[] {
  const call = s?.score.call;
  if (!s || !call) return [];
  const facets: Facet[] = [{ kind: s.kind }, ...s.tags.map((tag) => ({ tag }))];
  if (call.resolvedOn) facets.push({ day: call.resolvedOn });
  return s.makers.flatMap((sourceId) => facets.map((facet) => ({ sourceId, facet, call })));
}

async function moveTotals(
  trx: Trx,
  before: ClaimSnapshot | null,
  after: ClaimSnapshot | null,
  periodsRolledTo: string | null | undefined,
) {
  const moves = new Map<string, { sourceId: string; facet: Facet; steps: [ResolvedCall, 1 | -1][] }>();
  const add = (cells: ReturnType<typeof totalsCells>, sign: 1 | -1) => {
    for (const { sourceId, facet, call } of cells) {
      const k = JSON.stringify([sourceId, facet]);
      const m = moves.get(k) ?? { sourceId, facet, steps: [] };
      m.steps.push([call, sign]);
      moves.set(k, m);
    }
  };
  add(totalsCells(before), -1);
  add(totalsCells(after), 1);
  const changes: FacetChange[] = [];
  for (const { sourceId, facet, steps } of moves.values()) {
    if (steps.length === 2 && JSON.stringify(steps[0]![0]) === JSON.stringify(steps[1]![0])) continue;
    changes.push({ facet, sourceId, delta: callDelta(steps) });
  }
  await addFacetTotals(trx, changes);
  const days = changes.flatMap((c) =>
    'day' in c.facet ? [{ sourceId: c.sourceId, day: c.facet.day, delta: c.delta }] : [],
  );
  await addToPeriodWindows(trx, days, periodsRolledTo);
}
