import { type Kysely, SqliteAdapter, sql } from 'kysely';
import { adjustTotals, emptyTotals, type Kind, type ResolvedCall, type ScoreTotals } from '../../scoring/index.js';
import type { Database } from '../db/schema.js';
import { totalsColumns } from './facet-totals.js';
import { queueKey, ALL_CLAIMS } from './snapshot.js';

type Db = Kysely<Database>;

const PAGE = 50_000;
/** Rows per insert: 45 values each, within SQLite's 32,766 bound variables. */
const INSERT_CHUNK = 500;

/** Whether the schema has the read model yet (an import can run on a database migrated to an older version). */
export async function hasReadModel(db: Db): Promise<boolean> {
  const tables = await db.introspection.getTables();
  return tables.some((t) => t.name === 'read_model_state');
}

/** Marks the read model as needing a rebuild (an import writes claims without maintaining it). */
export async function markReadModelStale(db: Db): Promise<void> {
  await db.updateTable('read_model_state').set({ stale: 1 }).where('id', '=', 1).execute();
}

export async function readModelStale(db: Db): Promise<boolean> {
  const row = await db.selectFrom('read_model_state').select('stale').where('id', '=', 1).executeTakeFirst();
  return row !== undefined && Number(row.stale) !== 0;
}

/**
 * Builds every read-model table from the claims as they stand, in one transaction: the one
 * definition of those figures apart from the per-write upkeep in maintain.ts, used by migrate
 * (new or stale tables), by import after a replay, and by tests as the recount to compare with.
 * Due counts are rolled to `asOf`. `scoresOnly` (a throwaway replay that only scores are read
 * from, see importEvents) leaves out the review queue's keys, the tag suggestions and the per-kind
 * and per-tag totals (only a board filtered by kind or tag reads them).
 */
export async function rebuildReadModel(
  db: Db,
  asOf = new Date().toISOString().slice(0, 10),
  { scoresOnly = false } = {},
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    for (const t of ['open_days', 'source_due', 'open_claim_keys', 'source_facet_totals', 'tag_counts'] as const)
      await trx.deleteFrom(t).execute();
    await sql`insert into open_days ("windowEnd", "sourceId", n)
      select c."windowEnd", cs."sourceId", count(*) from claims c join claim_sources cs on cs."claimId" = c.id
       where c."resolutionId" is null and cs.role = 'made' group by c."windowEnd", cs."sourceId"`.execute(trx);
    await sql`insert into open_days ("windowEnd", "sourceId", n)
      select "windowEnd", ${ALL_CLAIMS}, count(*) from claims where "resolutionId" is null group by "windowEnd"`.execute(
      trx,
    );
    await sql`insert into source_due ("sourceId", "nDue")
      select "sourceId", sum(n) from open_days where "windowEnd" < ${asOf} group by "sourceId"`.execute(trx);
    await trx.updateTable('read_model_state').set({ asOf, stale: 0 }).where('id', '=', 1).execute();
    if (scoresOnly) return;
    await insertQueueKeys(trx);
    await foldTotals(trx);
    await sql`insert into tag_counts (tag, claims) select tag, count(*) from claim_tags group by tag`.execute(trx);
  });
}

/**
 * Queue keys of every unresolved claim, spelled as queueKey spells them (checked in the tests), in
 * one statement sorted by the table's key: appended in order, the index is built, not searched.
 */
async function insertQueueKeys(trx: Db): Promise<void> {
  const k = queueKey.kind('');
  const p = queueKey.publication('');
  const s = queueKey.source('');
  const t = queueKey.tag('');
  const open = sql`c."resolutionId" is null`;
  const bySource = sql`from claims c join claim_sources cs on cs."claimId" = c.id where ${open}`;
  const byTag = sql`from claims c join claim_tags ct on ct."claimId" = c.id where ${open}`;
  await sql`insert into open_claim_keys (key, "windowEnd", "claimId")
    select key, "windowEnd", "claimId" from (
      select ${k} || c.kind as key, c."windowEnd", c.id as "claimId" from claims c where ${open}
      union all select ${p} || c."publicationId", c."windowEnd", c.id from claims c where ${open} and c."publicationId" is not null
      union all select ${s} || cs."sourceId", c."windowEnd", c.id ${bySource}
      union all select 'sk:' || c.kind || ':' || cs."sourceId", c."windowEnd", c.id ${bySource}
      union all select ${t} || ct.tag, c."windowEnd", c.id ${byTag}
      union all select 'tk:' || c.kind || ':' || ct.tag, c."windowEnd", c.id ${byTag}
    ) keys order by key, "windowEnd", "claimId"`.execute(trx);
}

interface MadeRow {
  id: string;
  sourceId: string;
  kind: string;
  probability: number | null;
  outcome: string;
  credit: number | null;
  resolvedAt: string | null;
  tags: string | null;
}

/**
 * Per-kind and per-tag totals, folded from the resolved claims a page of claims at a time: each
 * page is a range of claim ids found through the primary key, so no page sorts the whole table.
 */
async function foldTotals(trx: Db): Promise<void> {
  const byKind = new Map<string, ScoreTotals>();
  const byTag = new Map<string, ScoreTotals>();
  const fold = (m: Map<string, ScoreTotals>, key: string, call: ResolvedCall) => {
    let totals = m.get(key);
    if (!totals) m.set(key, (totals = emptyTotals()));
    adjustTotals(totals, call, 1);
  };
  const tagsOf = trx.getExecutor().adapter instanceof SqliteAdapter ? 'json_group_array(tag)' : 'json_agg(tag)::text';
  const resolved = sql`c."resolutionId" is not null`;
  for (let after = ''; ;) {
    const end = await sql<{ id: string }>`select c.id from claims c where ${resolved} and c.id > ${after}
      order by c.id limit 1 offset ${PAGE - 1}`.execute(trx);
    const last = end.rows[0]?.id;
    const { rows } = await sql<MadeRow>`
      select c.id, cs."sourceId", c.kind, c.probability, c.outcome, c.credit, c."resolvedAt",
             (select ${sql.raw(tagsOf)} from claim_tags ct where ct."claimId" = c.id) as tags
        from claims c join claim_sources cs on cs."claimId" = c.id
       where ${resolved} and cs.role = 'made' and c.id > ${after} ${last === undefined ? sql`` : sql`and c.id <= ${last}`}`.execute(
      trx,
    );
    for (const r of rows) {
      const call: ResolvedCall = {
        kind: r.kind as Kind,
        probability: r.probability,
        outcome: r.outcome === 'void' ? null : r.credit,
        ...(r.resolvedAt ? { resolvedOn: r.resolvedAt.slice(0, 10) } : {}),
      };
      fold(byKind, `${r.sourceId}\u0000${r.kind}`, call);
      const tags = r.tags ? (JSON.parse(r.tags) as (string | null)[]) : [];
      for (const tag of tags) if (tag !== null) fold(byTag, `${r.sourceId}\u0000${tag}`, call);
    }
    if (last === undefined) break;
    after = last;
  }
  await insertTotals(trx, 'kind', byKind);
  await insertTotals(trx, 'tag', byTag);
}

async function insertTotals(trx: Db, facet: 'kind' | 'tag', m: Map<string, ScoreTotals>): Promise<void> {
  const rows = [...m].map(([k, totals]) => {
    const [sourceId, value] = k.split('\u0000') as [string, string];
    return { facet, value, sourceId, ...totalsColumns(totals) };
  });
  for (let i = 0; i < rows.length; i += INSERT_CHUNK)
    await trx
      .insertInto('source_facet_totals')
      .values(rows.slice(i, i + INSERT_CHUNK))
      .execute();
}
