import type { Kysely } from 'kysely';
import { scoreCalls, scorecardFromTotals } from '../../scoring/index.js';
import { openDatabase } from '../db/connect.js';
import { migrateToLatest } from '../db/migrate.js';
import type { Database } from '../db/schema.js';
import { applyEvent } from './apply.js';
import { canonicalJson } from './canonical-json.js';
import type { RecordedEvent } from './events.js';
import { eventHash, GENESIS_HASH } from './hash.js';
import { claimScoreState, parseTotals } from './source-stats.js';

export interface VerifyResult {
  ok: boolean;
  events: number;
  head: { seq: number; hash: string };
  /** The first thing that disagrees, in words a person can act on; null when clean. */
  problem: string | null;
  millis: number;
}

const PAGE = 5000;

class ReplayError extends Error {}

/** Streams the events in seq order, a page at a time. */
export async function* readEvents(db: Kysely<Database>, after = 0): AsyncGenerator<RecordedEvent> {
  let last = after;
  for (;;) {
    const page = await db.selectFrom('events').selectAll().where('seq', '>', last).orderBy('seq').limit(PAGE).execute();
    for (const e of page) yield { ...e, seq: Number(e.seq) };
    if (page.length < PAGE) return;
    last = Number(page[page.length - 1]!.seq);
  }
}

/** Walks the hash chain; returns the first broken link or null. */
export async function checkChain(db: Kysely<Database>): Promise<{ problem: string | null; count: number; lastHash: string; lastSeq: number }> {
  let expected = 1;
  let prevHash = GENESIS_HASH;
  for await (const e of readEvents(db)) {
    if (e.seq !== expected)
      return { problem: `event ${expected} is missing: the chain jumps from ${expected - 1} to ${e.seq}`, count: expected - 1, lastHash: prevHash, lastSeq: expected - 1 };
    if (e.prevHash !== prevHash)
      return { problem: `event ${e.seq}: prevHash does not match the hash of event ${e.seq - 1}`, count: expected - 1, lastHash: prevHash, lastSeq: e.seq - 1 };
    let canonical: string;
    try {
      canonical = canonicalJson(JSON.parse(e.payload));
    } catch {
      return { problem: `event ${e.seq}: payload is not valid JSON`, count: expected - 1, lastHash: prevHash, lastSeq: e.seq - 1 };
    }
    if (canonical !== e.payload || eventHash(e.prevHash, e.seq, e.type, e.payload) !== e.hash)
      return { problem: `event ${e.seq} (${e.type}): its hash does not match its contents — the event was edited`, count: expected - 1, lastHash: prevHash, lastSeq: e.seq - 1 };
    prevHash = e.hash;
    expected += 1;
  }
  return { problem: null, count: expected - 1, lastHash: prevHash, lastSeq: expected - 1 };
}

/** Tables that the events fully determine, with their keys (for ordered comparison). */
const STATE_TABLES: { table: keyof Database; key: string[] }[] = [
  { table: 'sources', key: ['id'] },
  { table: 'source_aliases', key: ['alias'] },
  { table: 'publications', key: ['id'] },
  { table: 'claims', key: ['id'] },
  { table: 'claim_sources', key: ['claimId', 'sourceId'] },
  { table: 'claim_tags', key: ['claimId', 'tag'] },
  { table: 'resolutions', key: ['id'] },
  { table: 'source_stats', key: ['sourceId'] },
];

async function* readRows(db: Kysely<any>, table: string, key: string[]): AsyncGenerator<Record<string, unknown>> {
  let after: unknown[] | null = null;
  for (;;) {
    let q = db.selectFrom(table).selectAll();
    if (after) {
      const a = after;
      // Keyset pagination over one or two key columns.
      q = key.length === 1
        ? q.where(key[0]!, '>', a[0])
        : q.where((eb: any) => eb.or([eb(key[0]!, '>', a[0]), eb.and([eb(key[0]!, '=', a[0]), eb(key[1]!, '>', a[1])])]));
    }
    for (const k of key) q = q.orderBy(k);
    const page: Record<string, unknown>[] = await q.limit(PAGE).execute();
    for (const r of page) yield r;
    if (page.length < PAGE) return;
    const lastRow = page[page.length - 1]!;
    after = key.map((k) => lastRow[k]);
  }
}

function describeDiff(table: string, key: string[], live: Record<string, unknown> | undefined, replayed: Record<string, unknown> | undefined): string {
  const row = live ?? replayed!;
  const id = key.map((k) => `${k}=${String(row[k])}`).join(', ');
  if (!replayed) return `${table} row ${id} exists in the database but no event created it`;
  if (!live) return `${table} row ${id} is missing from the database though the events create it`;
  const column = Object.keys(replayed).find((c) => canonicalJson(live[c] ?? null) !== canonicalJson(replayed[c] ?? null));
  const show = (v: unknown) => JSON.stringify(v)?.slice(0, 80);
  return `${table} row ${id}: ${column} is ${show(live[column!])} but the events say ${show(replayed[column!])}`;
}

async function compareTables(live: Kysely<any>, replayed: Kysely<any>): Promise<string | null> {
  for (const { table, key } of STATE_TABLES) {
    const a = readRows(live, table, key);
    const b = readRows(replayed, table, key);
    for (;;) {
      const [x, y] = await Promise.all([a.next(), b.next()]);
      if (x.done && y.done) break;
      const lv = x.done ? undefined : x.value;
      const rv = y.done ? undefined : y.value;
      if (!lv || !rv) return describeDiff(table, key, lv, rv);
      const lk = canonicalJson(key.map((k) => lv[k]));
      const rk = canonicalJson(key.map((k) => rv[k]));
      if (lk !== rk) return lk < rk ? describeDiff(table, key, lv, undefined) : describeDiff(table, key, undefined, rv);
      if (canonicalJson(lv) !== canonicalJson(rv)) return describeDiff(table, key, lv, rv);
    }
  }
  return null;
}

/** Recomputes each source's scorecard from its claims and compares it with the maintained totals. */
async function checkSourceStats(db: Kysely<Database>): Promise<string | null> {
  const rows = await db
    .selectFrom('claims')
    .innerJoin('claim_sources', 'claim_sources.claimId', 'claims.id')
    .select(['claim_sources.sourceId', 'claims.kind', 'claims.probability', 'claims.outcome', 'claims.credit', 'claims.resolvedAt'])
    .where('claim_sources.role', '=', 'made')
    .execute();
  const bySource = new Map<string, { open: number; resolved: number; calls: NonNullable<ReturnType<typeof claimScoreState>['call']>[] }>();
  for (const r of rows) {
    const entry = bySource.get(r.sourceId) ?? { open: 0, resolved: 0, calls: [] };
    const state = claimScoreState(r, r.outcome ? { outcome: r.outcome, credit: r.credit, resolvedAt: r.resolvedAt } : null);
    if (state.open) entry.open += 1;
    else entry.resolved += 1;
    if (state.call) entry.calls.push(state.call);
    bySource.set(r.sourceId, entry);
  }
  const stats = await db.selectFrom('source_stats').innerJoin('sources', 'sources.id', 'source_stats.sourceId').select(['sources.handle', 'source_stats.sourceId', 'source_stats.totals', 'source_stats.nOpen', 'source_stats.nResolved']).execute();
  for (const s of stats) {
    const actual = bySource.get(s.sourceId) ?? { open: 0, resolved: 0, calls: [] };
    if (actual.open !== s.nOpen || actual.resolved !== s.nResolved)
      return `source_stats for @${s.handle}: counts open/resolved ${s.nOpen}/${s.nResolved} but the claims give ${actual.open}/${actual.resolved}`;
    const maintained = scorecardFromTotals(parseTotals(s.totals), { priorMean: 0.5 }) as unknown as Record<string, unknown>;
    const recomputed = scoreCalls(actual.calls, { priorMean: 0.5 }) as unknown as Record<string, unknown>;
    for (const [field, value] of Object.entries(recomputed)) {
      const other = maintained[field];
      const same = typeof value === 'number' && typeof other === 'number' ? Math.abs(value - other) <= 1e-9 : canonicalJson(value) === canonicalJson(other) || field === 'calibration';
      if (!same) return `source_stats for @${s.handle}: ${field} is ${JSON.stringify(other)} but a full recompute gives ${JSON.stringify(value)}`;
    }
  }
  return null;
}

/**
 * `track-record verify`: walks the chain, checks the head, replays every event into a scratch
 * database and compares it with the live tables, then checks the maintained source totals.
 */
export async function verifyLedger(db: Kysely<Database>): Promise<VerifyResult> {
  const started = performance.now();
  const head = await db.selectFrom('ledger_head').select(['seq', 'hash']).where('id', '=', 1).executeTakeFirstOrThrow();
  const result = (problem: string | null, events: number): VerifyResult => ({
    ok: problem === null,
    events,
    head: { seq: Number(head.seq), hash: head.hash },
    problem,
    millis: Math.round(performance.now() - started),
  });
  const chain = await checkChain(db);
  if (chain.problem) return result(chain.problem, chain.count);
  if (chain.lastSeq !== Number(head.seq) || chain.lastHash !== head.hash)
    return result(`the ledger head is at event ${head.seq} but the chain ends at event ${chain.lastSeq}: events were removed or added outside the ledger`, chain.count);

  const scratch = openDatabase(':memory:');
  try {
    await migrateToLatest(scratch.db);
    try {
    let batch: RecordedEvent[] = [];
    const flush = async () => {
      const events = batch;
      batch = [];
      await scratch.db.transaction().execute(async (trx) => {
        for (const e of events) {
          try {
            await applyEvent(trx, e);
          } catch (err) {
            throw new ReplayError(`event ${e.seq} (${e.type}) cannot be replayed: ${err instanceof Error ? err.message : String(err)}`);
          }
        }
      });
    };
    for await (const e of readEvents(db)) {
      batch.push(e);
      if (batch.length >= PAGE) await flush();
    }
    await flush();
    } catch (err) {
      if (err instanceof ReplayError) return result(err.message, chain.count);
      throw err;
    }
    const diff = await compareTables(db, scratch.db);
    if (diff) return result(diff, chain.count);
  } finally {
    await scratch.close();
  }
  return result(await checkSourceStats(db), chain.count);
}
