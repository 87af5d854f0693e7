import type SqliteDatabase from 'better-sqlite3';
import type { Kysely } from 'kysely';
import { scoreCalls, scorecardFromTotals, type ResolvedCall } from '../../scoring/index.js';
import { openDatabase } from '../db/connect.js';
import { migrateToLatest } from '../db/migrate.js';
import type { Database } from '../db/schema.js';
import { STATE_TABLE_KEYS, STATE_TABLES } from './apply.js';
import { ApplyError, type CheckedEvent, SqliteBulkApplier } from './bulk-apply.js';
import { canonicalJson, isCanonicalJson } from './canonical-json.js';
import type { RecordedEvent } from './events.js';
import { eventHash, GENESIS_HASH } from './hash.js';
import { kyselyOf, type LedgerDatabase, rawSqliteOf, withoutSecondaryIndexes } from './raw-sqlite.js';
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
const REPLAY_BATCH = 20_000;

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

/** Checks each event's seq, link and hash in order; remembers the first problem. */
class ChainWalker {
  expected = 1;
  prevHash = GENESIS_HASH;
  problem: string | null = null;
  /** Events that passed; `lastSeq` is the seq of the last good one. */
  get count(): number {
    return this.expected - 1;
  }

  /** The event with its parsed payload when it links and hashes correctly; otherwise null (see `problem`). */
  check(e: RecordedEvent): CheckedEvent | null {
    if (e.seq !== this.expected) {
      this.problem = `event ${this.expected} is missing: the chain jumps from ${this.expected - 1} to ${e.seq}`;
      return null;
    }
    if (e.prevHash !== this.prevHash) {
      this.problem = `event ${e.seq}: prevHash does not match the hash of event ${e.seq - 1}`;
      return null;
    }
    let payload: unknown;
    try {
      payload = JSON.parse(e.payload);
    } catch {
      this.problem = `event ${e.seq}: payload is not valid JSON`;
      return null;
    }
    if (!isCanonicalJson(e.payload, payload) || eventHash(e.prevHash, e.seq, e.type, e.payload) !== e.hash) {
      this.problem = `event ${e.seq} (${e.type}): its hash does not match its contents — the event was edited`;
      return null;
    }
    this.prevHash = e.hash;
    this.expected += 1;
    return { event: e, payload };
  }
}

/** Walks the hash chain; returns the first broken link or null. */
export async function checkChain(db: Kysely<Database>): Promise<{ problem: string | null; count: number; lastHash: string; lastSeq: number }> {
  const walker = new ChainWalker();
  for await (const e of readEvents(db)) if (!walker.check(e)) break;
  return { problem: walker.problem, count: walker.count, lastHash: walker.prevHash, lastSeq: walker.count };
}

/** Replays checked events into the scratch database a batch at a time; remembers the first failure. */
class Replayer {
  private batch: CheckedEvent[] = [];
  problem: string | null = null;
  constructor(private readonly applier: SqliteBulkApplier) {}

  add(item: CheckedEvent): void {
    if (this.problem) return;
    this.batch.push(item);
    if (this.batch.length >= REPLAY_BATCH) this.flush();
  }

  flush(): void {
    const items = this.batch;
    this.batch = [];
    if (this.problem || items.length === 0) return;
    try {
      this.applier.applyBatch(items, false);
    } catch (err) {
      if (!(err instanceof ApplyError)) throw err;
      this.problem = `event ${err.seq} (${err.type}) cannot be replayed: ${err.detail}`;
    }
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

function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if ((a === null || a === undefined) && (b === null || b === undefined)) return true;
  return typeof a === 'object' || typeof b === 'object' ? canonicalJson(a ?? null) === canonicalJson(b ?? null) : false;
}

/** Orders keys as the databases do (binary / "C" collation for text, numeric for numbers). */
function compareKeys(a: unknown[], b: unknown[], idx: number[]): number {
  for (const i of idx) {
    const x = a[i];
    const y = b[i];
    if (x === y) continue;
    if (typeof x === 'string' && typeof y === 'string') return Buffer.compare(Buffer.from(x), Buffer.from(y));
    return (x as number) < (y as number) ? -1 : 1;
  }
  return 0;
}

/**
 * One step of the merge of a live and a replayed row stream (arrays in `columns` order, sorted
 * by key; undefined = the stream ended): the difference in words, or null.
 */
function compareRow(table: string, columns: string[], key: string[], idx: number[], lv: unknown[] | undefined, rv: unknown[] | undefined): string | null {
  const toObject = (r: unknown[]) => Object.fromEntries(columns.map((c, i) => [c, r[i]]));
  if (!lv || !rv) return lv || rv ? describeDiff(table, key, lv && toObject(lv), rv && toObject(rv)) : null;
  const order = compareKeys(lv, rv, idx);
  if (order !== 0) return order < 0 ? describeDiff(table, key, toObject(lv), undefined) : describeDiff(table, key, undefined, toObject(rv));
  for (let i = 0; i < columns.length; i++) if (!sameValue(lv[i], rv[i])) return describeDiff(table, key, toObject(lv), toObject(rv));
  return null;
}

function columnsOf(sqlite: SqliteDatabase.Database, table: string): string[] {
  return (sqlite.prepare(`SELECT name FROM pragma_table_info(?) ORDER BY cid`).pluck().all(table) as string[]);
}

function selectOrdered(table: string, columns: string[], key: string[]): string {
  return `SELECT ${columns.map((c) => `"${c}"`).join(', ')} FROM "${table}" ORDER BY ${key.map((k) => `"${k}"`).join(', ')}`;
}

/** Live and replayed tables, both SQLite: two streaming cursors, row arrays compared in place. */
function compareTablesSqlite(live: SqliteDatabase.Database, scratch: SqliteDatabase.Database): string | null {
  for (const table of STATE_TABLES) {
    const key = STATE_TABLE_KEYS[table];
    const columns = columnsOf(scratch, table);
    const idx = key.map((k) => columns.indexOf(k));
    const text = selectOrdered(table, columns, key);
    const a = live.prepare(text).raw(true).iterate() as IterableIterator<unknown[]>;
    const b = scratch.prepare(text).raw(true).iterate() as IterableIterator<unknown[]>;
    try {
      for (;;) {
        const x = a.next();
        const y = b.next();
        if (x.done && y.done) break;
        const problem = compareRow(table, columns, key, idx, x.done ? undefined : x.value, y.done ? undefined : y.value);
        if (problem) return problem;
      }
    } finally {
      a.return?.();
      b.return?.();
    }
  }
  return null;
}

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

/** Live tables through Kysely (PostgreSQL), a page at a time, against the replayed SQLite ones. */
async function compareTablesKysely(live: Kysely<Database>, scratch: SqliteDatabase.Database): Promise<string | null> {
  for (const table of STATE_TABLES) {
    const key = STATE_TABLE_KEYS[table];
    const columns = columnsOf(scratch, table);
    const idx = key.map((k) => columns.indexOf(k));
    const a = readRows(live, table, key);
    const b = scratch.prepare(selectOrdered(table, columns, key)).raw(true).iterate() as IterableIterator<unknown[]>;
    try {
      for (;;) {
        const x = await a.next();
        const y = b.next();
        if (x.done && y.done) break;
        const lv = x.done ? undefined : columns.map((c) => x.value[c]);
        const problem = compareRow(table, columns, key, idx, lv, y.done ? undefined : y.value);
        if (problem) return problem;
      }
    } finally {
      b.return?.();
      await a.return(undefined);
    }
  }
  return null;
}

/**
 * Recomputes each source's scorecard from its claims and compares it with the maintained totals.
 * Runs on the replayed tables, which by then are known to equal the live ones row for row;
 * streams the claims source by source.
 */
function checkSourceStats(sqlite: SqliteDatabase.Database): string | null {
  const claims = sqlite
    .prepare(
      `SELECT cs."sourceId", c.kind, c.probability, c.outcome, c.credit, c."resolvedAt"
       FROM claim_sources cs JOIN claims c ON c.id = cs."claimId"
       WHERE cs.role = 'made' ORDER BY cs."sourceId"`,
    )
    .iterate() as IterableIterator<{ sourceId: string; kind: string; probability: number | null; outcome: string | null; credit: number | null; resolvedAt: string | null }>;
  const stats = sqlite
    .prepare(
      `SELECT s.handle, ss."sourceId", ss.totals, ss."nOpen", ss."nResolved"
       FROM source_stats ss JOIN sources s ON s.id = ss."sourceId" ORDER BY ss."sourceId"`,
    )
    .iterate() as IterableIterator<{ handle: string; sourceId: string; totals: string; nOpen: number; nResolved: number }>;
  try {
    let pending = claims.next();
    for (const s of stats) {
      const actual = { open: 0, resolved: 0, calls: [] as ResolvedCall[] };
      while (!pending.done && pending.value.sourceId < s.sourceId) pending = claims.next();
      while (!pending.done && pending.value.sourceId === s.sourceId) {
        const r = pending.value;
        const state = claimScoreState(r, r.outcome ? { outcome: r.outcome, credit: r.credit, resolvedAt: r.resolvedAt } : null);
        if (state.open) actual.open += 1;
        else actual.resolved += 1;
        if (state.call) actual.calls.push(state.call);
        pending = claims.next();
      }
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
  } finally {
    claims.return?.();
    stats.return?.();
  }
}

/**
 * `track-record verify`: walks the chain, checks the head, replays every event into a scratch
 * database (in-memory SQLite, through the bulk driver of the same appliers) and compares it with
 * the live tables, then checks the maintained source totals against a full recompute. Streams
 * everything. On SQLite the live side is read with the raw connection inside one read
 * transaction, so all checks see one snapshot.
 */
export async function verifyLedger(target: LedgerDatabase): Promise<VerifyResult> {
  const started = performance.now();
  const db = kyselyOf(target);
  const scratch = openDatabase(':memory:');
  const raw = await rawSqliteOf(target);
  try {
    await migrateToLatest(scratch.db);
    // The scratch copy is only replayed into and read in key order: it needs no secondary indexes.
    withoutSecondaryIndexes(scratch.sqlite!);
    const replayer = new Replayer(new SqliteBulkApplier(scratch.sqlite!));
    const walker = new ChainWalker();
    let head: { seq: number; hash: string };
    const result = (problem: string | null): VerifyResult => ({
      ok: problem === null,
      events: walker.count,
      head,
      problem,
      millis: Math.round(performance.now() - started),
    });
    /** Chain problems first, then the head, then the replay (as the checks are listed above). */
    const firstProblem = (): string | null => {
      if (walker.problem) return walker.problem;
      if (walker.count !== head.seq || walker.prevHash !== head.hash)
        return `the ledger head is at event ${head.seq} but the chain ends at event ${walker.count}: events were removed or added outside the ledger`;
      return replayer.problem;
    };

    if (raw) {
      const live = raw.sqlite;
      const own = !live.inTransaction;
      if (own) live.exec('BEGIN');
      try {
        const h = live.prepare('SELECT seq, hash FROM ledger_head WHERE id = 1').get() as { seq: number; hash: string };
        head = { seq: Number(h.seq), hash: h.hash };
        const events = live.prepare('SELECT seq, at, actor, type, entity, "entityId", payload, "prevHash", hash FROM events ORDER BY seq').iterate() as IterableIterator<RecordedEvent>;
        for (const e of events) {
          const checked = walker.check(e);
          if (!checked) {
            events.return?.();
            break;
          }
          replayer.add(checked);
        }
        replayer.flush();
        const problem = firstProblem() ?? compareTablesSqlite(live, scratch.sqlite!) ?? checkSourceStats(scratch.sqlite!);
        return result(problem);
      } finally {
        if (own && live.inTransaction) live.exec('COMMIT');
      }
    }

    const h = await db.selectFrom('ledger_head').select(['seq', 'hash']).where('id', '=', 1).executeTakeFirstOrThrow();
    head = { seq: Number(h.seq), hash: h.hash };
    for await (const e of readEvents(db)) {
      const checked = walker.check(e);
      if (!checked) break;
      replayer.add(checked);
    }
    replayer.flush();
    const problem = firstProblem() ?? (await compareTablesKysely(db, scratch.sqlite!)) ?? checkSourceStats(scratch.sqlite!);
    return result(problem);
  } finally {
    raw?.release();
    await scratch.close();
  }
}
