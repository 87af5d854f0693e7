import { type Transaction, sql } from 'kysely';
import { adjustTotals, type ResolvedCall } from '../../scoring/index.js';
import type { Database } from '../db/schema.js';
import { parseTotals } from './source-stats.js';
import { ALL_CLAIMS, queueKeys, type ClaimSnapshot } from './snapshot.js';

type Trx = Transaction<Database>;

/**
 * Moves one claim's contribution to the read model from `before` to `after`, inside the ledger
 * transaction that changed it: open counts by window-end day (and the rolled due counts), the
 * queue's filter keys, and per-kind and per-tag totals of the sources that made it. A change
 * that touches none of what is counted (a statement edit, a resolution awaiting confirmation)
 * writes nothing.
 */
export async function maintainReadModel(trx: Trx, before: ClaimSnapshot | null, after: ClaimSnapshot | null) {
  if (before && after && JSON.stringify(before) === JSON.stringify(after)) return;
  await moveOpenDays(trx, before, after);
  await moveQueueKeys(trx, before, after);
  await moveTotals(trx, 'kind', before, after);
  await moveTotals(trx, 'tag', before, after);
}

function openCells(s: ClaimSnapshot | null): string[] {
  if (!s?.open) return [];
  return [...s.makers, ALL_CLAIMS].map((id) => `${s.windowEnd}\u0000${id}`);
}

async function moveOpenDays(trx: Trx, before: ClaimSnapshot | null, after: ClaimSnapshot | null) {
  const delta = new Map<string, number>();
  for (const c of openCells(before)) delta.set(c, (delta.get(c) ?? 0) - 1);
  for (const c of openCells(after)) delta.set(c, (delta.get(c) ?? 0) + 1);
  const changed = [...delta].filter(([, d]) => d !== 0);
  if (changed.length === 0) return;
  const { asOf } = await trx
    .selectFrom('read_model_state')
    .select('asOf')
    .where('id', '=', 1)
    .executeTakeFirstOrThrow();
  for (const [cell, d] of changed) {
    const [windowEnd, sourceId] = cell.split('\u0000') as [string, string];
    await trx
      .insertInto('open_days')
      .values({ windowEnd, sourceId, n: d })
      .onConflict((oc) =>
        oc.columns(['windowEnd', 'sourceId']).doUpdateSet({ n: sql`${sql.ref('open_days.n')} + ${d}` }),
      )
      .execute();
    // Already rolled past this day: the claim is in (or leaves) its source's due count now.
    if (windowEnd < asOf)
      await trx
        .insertInto('source_due')
        .values({ sourceId, nDue: d })
        .onConflict((oc) => oc.column('sourceId').doUpdateSet({ nDue: sql`${sql.ref('source_due.nDue')} + ${d}` }))
        .execute();
  }
}

async function moveQueueKeys(trx: Trx, before: ClaimSnapshot | null, after: ClaimSnapshot | null) {
  const rows = (s: ClaimSnapshot | null) => new Set(s?.open ? queueKeys(s).map((k) => `${k}\u0000${s.windowEnd}`) : []);
  const was = rows(before);
  const now = rows(after);
  const id = (after ?? before)!.id;
  const gone = [...was].filter((r) => !now.has(r));
  const added = [...now].filter((r) => !was.has(r));
  if (gone.length === was.size && gone.length > 0)
    await trx.deleteFrom('open_claim_keys').where('claimId', '=', id).execute();
  else
    for (const r of gone) {
      const [key, windowEnd] = r.split('\u0000') as [string, string];
      await trx
        .deleteFrom('open_claim_keys')
        .where('key', '=', key)
        .where('windowEnd', '=', windowEnd)
        .where('claimId', '=', id)
        .execute();
    }
  if (added.length > 0)
    await trx
      .insertInto('open_claim_keys')
      .values(
        added.map((r) => {
          const [key, windowEnd] = r.split('\u0000') as [string, string];
          return { key, windowEnd, claimId: id };
        }),
      )
      .execute();
}

/** (source, kind-or-tag) cells a snapshot's scored call counts in. */
function totalsCells(by: 'kind' | 'tag', s: ClaimSnapshot | null): [string, string, ResolvedCall][] {
  const call = s?.score.call;
  if (!s || !call) return [];
  const values = by === 'kind' ? [s.kind] : s.tags;
  return s.makers.flatMap((id) => values.map((v): [string, string, ResolvedCall] => [id, v, call]));
}

async function moveTotals(trx: Trx, by: 'kind' | 'tag', before: ClaimSnapshot | null, after: ClaimSnapshot | null) {
  const moves = new Map<string, { sourceId: string; value: string; steps: [ResolvedCall, 1 | -1][] }>();
  const add = (cells: [string, string, ResolvedCall][], sign: 1 | -1) => {
    for (const [sourceId, value, call] of cells) {
      const k = `${sourceId}\u0000${value}`;
      const m = moves.get(k) ?? { sourceId, value, steps: [] };
      m.steps.push([call, sign]);
      moves.set(k, m);
    }
  };
  add(totalsCells(by, before), -1);
  add(totalsCells(by, after), 1);
  for (const { sourceId, value, steps } of moves.values()) {
    if (steps.length === 2 && JSON.stringify(steps[0]![0]) === JSON.stringify(steps[1]![0])) continue;
    if (by === 'kind') {
      const row = await trx
        .selectFrom('source_kind_stats')
        .select('totals')
        .where('kind', '=', value)
        .where('sourceId', '=', sourceId)
        .executeTakeFirst();
      const totals = parseTotals(row?.totals ?? '');
      for (const [call, sign] of steps) adjustTotals(totals, call, sign);
      await trx
        .insertInto('source_kind_stats')
        .values({ sourceId, kind: value, totals: JSON.stringify(totals) })
        .onConflict((oc) => oc.columns(['kind', 'sourceId']).doUpdateSet({ totals: JSON.stringify(totals) }))
        .execute();
    } else {
      const row = await trx
        .selectFrom('source_tag_stats')
        .select('totals')
        .where('tag', '=', value)
        .where('sourceId', '=', sourceId)
        .executeTakeFirst();
      const totals = parseTotals(row?.totals ?? '');
      for (const [call, sign] of steps) adjustTotals(totals, call, sign);
      await trx
        .insertInto('source_tag_stats')
        .values({ sourceId, tag: value, totals: JSON.stringify(totals) })
        .onConflict((oc) => oc.columns(['tag', 'sourceId']).doUpdateSet({ totals: JSON.stringify(totals) }))
        .execute();
    }
  }
}
