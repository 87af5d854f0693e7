import { Worker } from 'node:worker_threads';
import { Migrator, type Kysely } from 'kysely';
import { describe, expect, it } from 'vitest';
import { migrations } from '../../src/server/db/migrations/index.js';
import type { Database } from '../../src/server/db/schema.js';
import { STATE_TABLES, tableInfo } from '../../src/server/ledger/apply.js';
import { canonicalJson } from '../../src/server/ledger/canonical-json.js';
import type { RecordedEvent } from '../../src/server/ledger/events.js';
import { importEvents } from '../../src/server/replay/import.js';
import { readEvents, verifyLedger } from '../../src/server/replay/verify/verify.js';
import { createTestDb } from '../support/db.js';
import { testDialects } from '../support/dialects.js';
import { EVIDENCE, makeClaim, makeSource } from '../support/factories.js';
import { startTestServer } from '../support/server.js';

const BEFORE_LINK_TABLES = '2026_11_25_0002_review';

async function migrateTo(db: Kysely<any>, name: string): Promise<void> {
  const migrator = new Migrator({ db, provider: { getMigrations: () => Promise.resolve(migrations) } });
  const { error } = await migrator.migrateTo(name);
  if (error) throw error instanceof Error ? error : new Error(JSON.stringify(error));
}

async function snapshot(db: Kysely<Database>): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  for (const table of STATE_TABLES) {
    let q = db.selectFrom(table).selectAll();
    for (const k of tableInfo(table).key) q = q.orderBy(k as never);
    out[table] = (await q.execute()).map((r) => canonicalJson(r));
  }
  return out;
}

for (const dialect of testDialects()) {
  describe(`${dialect}: migrations`, () => {
    it('keep every row and a verifiable ledger through 0003 (link tables without rowid on SQLite) and back', async () => {
      const s = await startTestServer(dialect);
      const events: RecordedEvent[] = [];
      try {
        const editor = await s.as('editor');
        const reviewer = await s.as('reviewer');
        const a = await makeSource(editor);
        const b = await makeSource(editor);
        const claim = await makeClaim(editor, {
          sources: [
            { handle: a.handle, role: 'made' },
            { handle: b.handle, role: 'cited' },
          ],
          tags: ['chips', 'energy'],
        });
        await makeClaim(editor, { sources: [{ handle: b.handle, role: 'made' }], tags: ['energy'] });
        expect(
          (await editor.patch(`/api/claims/${claim.id}`, { reason: 'retag', tags: ['chips', 'grid'] })).status,
        ).toBe(200);
        expect(
          (await reviewer.post(`/api/claims/${claim.id}/resolutions`, { outcome: 'true', evidence: EVIDENCE })).status,
        ).toBe(201);
        for await (const e of readEvents(s.db.db)) events.push(e);
      } finally {
        await s.close();
      }

      const db = await createTestDb(dialect);
      try {
        await migrateTo(db.db, BEFORE_LINK_TABLES);
        await importEvents(db, events);
        const before = await snapshot(db.db);
        expect(before.claim_tags!.length).toBe(3);

        await migrateTo(db.db, '2026_12_01_0003_link_tables_without_rowid');
        expect(await snapshot(db.db)).toEqual(before);
        expect((await verifyLedger(db)).problem).toBeNull();
        if (db.sqlite) {
          const sqlOf = (t: string) =>
            db
              .sqlite!.prepare("select sql from sqlite_master where type = 'table' and name = ?")
              .pluck()
              .get(t) as string;
          expect(sqlOf('claim_sources')).toMatch(/without rowid$/i);
          expect(sqlOf('claim_tags')).toMatch(/without rowid$/i);
          expect(
            db.sqlite
              .prepare(
                "select name from sqlite_master where type = 'index' and tbl_name in ('claim_sources', 'claim_tags') and sql is not null",
              )
              .pluck()
              .all(),
          ).toEqual(expect.arrayContaining(['claim_sources_source', 'claim_tags_tag']));
        }

        await migrateTo(db.db, BEFORE_LINK_TABLES);
        expect(await snapshot(db.db)).toEqual(before);
        expect((await verifyLedger(db)).problem).toBeNull();
      } finally {
        await db.destroy();
      }
    });
  });
}

const BEFORE_READ_MODEL_REBUILD = '2026_12_06_0050_tag_counts';
const READ_MODEL_REBUILD = '2026_12_06_0900_read_model_without_rowid';

for (const dialect of testDialects()) {
  describe(`${dialect}: migration 0900 (queue keys and open days without rowid on SQLite)`, () => {
    it('keeps every row of both tables, and back', async () => {
      const s = await startTestServer(dialect);
      try {
        const editor = await s.as('editor');
        const source = await makeSource(editor);
        for (const windowEnd of ['2026-02-20', '2026-05-01'])
          await makeClaim(editor, { windowEnd, tags: ['chips'], sources: [{ handle: source.handle, role: 'made' }] });
        const rows = async () => ({
          keys: await s.db.db
            .selectFrom('open_claim_keys')
            .selectAll()
            .orderBy(['key', 'windowEnd', 'claimId'])
            .execute(),
          days: await s.db.db.selectFrom('open_days').selectAll().orderBy(['windowEnd', 'sourceId']).execute(),
        });
        const latest = await rows();
        expect(latest.keys.length).toBeGreaterThan(4);
        expect(latest.days.length).toBeGreaterThan(2);
        await migrateTo(s.db.db, BEFORE_READ_MODEL_REBUILD);
        expect(await rows()).toEqual(latest);
        await migrateTo(s.db.db, READ_MODEL_REBUILD);
        expect(await rows()).toEqual(latest);
        if (s.db.sqlite)
          for (const t of ['open_claim_keys', 'open_days'])
            expect(
              s.db.sqlite.prepare("select sql from sqlite_master where type = 'table' and name = ?").pluck().get(t),
            ).toMatch(/without rowid$/i);
        expect((await verifyLedger(s.db)).problem).toBeNull();
      } finally {
        await s.close();
      }
    });
  });
}

describe('sqlite: the foreign keys the replay checks', () => {
  it('are the foreign keys the migrations declare among the state tables', async () => {
    const db = await createTestDb('sqlite');
    try {
      for (const table of STATE_TABLES) {
        const declared = (db.sqlite!.pragma(`foreign_key_list(${table})`) as { from: string; table: string }[])
          .filter((fk) => (STATE_TABLES as string[]).includes(fk.table))
          .map((fk) => ({ column: fk.from, references: fk.table }));
        const references = Object.entries(tableInfo(table).references).map(([column, table]) => ({
          column,
          references: table,
        }));
        expect(new Set(references.map((fk) => JSON.stringify(fk))), table).toEqual(
          new Set(declared.map((fk) => JSON.stringify(fk))),
        );
      }
    } finally {
      await db.destroy();
    }
  });
});

const BEFORE_PARTIAL_DUE_INDEX = '2026_12_11_0013_claims_publication_partial';
const PARTIAL_DUE_INDEX = '2026_12_12_0030_claims_due_partial';
const PARTIAL_DUE_INDEX_LAST = '2026_12_12_0090_calendar_named_events';
const CLAIMS_IN_PLACE = '2026_12_12_0120_claims_updated_in_place';

for (const dialect of testDialects()) {
  describe(`${dialect}: migration 0030 (the due-claims index holds only unresolved claims)`, () => {
    it('keeps the queue and a verifiable ledger, and back', async () => {
      const s = await startTestServer(dialect, { now: '2026-03-01T12:00:00.000Z' });
      try {
        const editor = await s.as('editor');
        const reviewer = await s.as('reviewer');
        const claims = [];
        for (const windowEnd of ['2026-02-20', '2026-02-10', '2026-03-05', '2026-02-15'])
          claims.push(await makeClaim(editor, { windowStart: '2026-01-01', windowEnd }));
        const resolved = claims[3]!;
        expect(
          (await reviewer.post(`/api/claims/${resolved.id}/resolutions`, { outcome: 'true', evidence: EVIDENCE }))
            .status,
        ).toBe(201);
        const queue = async () => {
          const q = await s.anon.get('/api/review/queue');
          return [q.body.due.items, q.body.closingSoon.items].map((b: { id: string }[]) => b.map((c) => c.id));
        };
        const listed = [[claims[1]!.id, claims[0]!.id], [claims[2]!.id]];
        expect(await queue()).toEqual(listed);
        // Migration 0120 drops the index again.
        await migrateTo(s.db.db, PARTIAL_DUE_INDEX_LAST);
        const indexDefinition = async () =>
          s.db.sqlite
            ? String(s.db.sqlite.prepare("select sql from sqlite_master where name = 'claims_due'").pluck().get())
            : String(
                (await s.db.pool!.query("select indexdef from pg_indexes where indexname = 'claims_due'")).rows[0]
                  .indexdef,
              );
        expect(await indexDefinition()).toMatch(/where\s+\(?"?resolutionId"?\s+is\s+null/i);
        await migrateTo(s.db.db, BEFORE_PARTIAL_DUE_INDEX);
        expect(await indexDefinition()).not.toMatch(/where/i);
        expect(await queue()).toEqual(listed);
        await migrateTo(s.db.db, PARTIAL_DUE_INDEX);
        expect(await indexDefinition()).toMatch(/where/i);
        const other = await reviewer.post(`/api/claims/${claims[1]!.id}/resolutions`, {
          outcome: 'false',
          evidence: EVIDENCE,
        });
        expect(other.status).toBe(201);
        expect(await queue()).toEqual([[claims[0]!.id], [claims[2]!.id]]);
        expect((await verifyLedger(s.db)).problem).toBeNull();
        await migrateTo(s.db.db, CLAIMS_IN_PLACE);
      } finally {
        await s.close();
      }
    });
  });
}

for (const dialect of testDialects()) {
  describe(`${dialect}: migration 0120 (no index on the claims' resolution)`, () => {
    it('keeps the queue and the due list without claims_due, and back', async () => {
      const s = await startTestServer(dialect, { now: '2026-03-01T12:00:00.000Z' });
      try {
        const editor = await s.as('editor');
        const reviewer = await s.as('reviewer');
        const claims = [];
        for (const [i, windowEnd] of ['2026-02-20', '2026-02-10', '2026-03-05', '2026-02-15', '2026-02-10'].entries())
          claims.push(await makeClaim(editor, { windowStart: '2026-01-01', windowEnd, kind: i % 2 ? 'BEAR' : 'BULL' }));
        const resolve = async (id: string) =>
          expect(
            (await reviewer.post(`/api/claims/${id}/resolutions`, { outcome: 'true', evidence: EVIDENCE })).status,
          ).toBe(201);
        await resolve(claims[3]!.id);
        const seen = async () => {
          const q = await s.anon.get('/api/review/queue?limit=1');
          const next = await s.anon.get(`/api/review/queue?limit=1&dueCursor=${q.body.due.nextCursor}`);
          const due = await s.anon.get('/api/claims?status=due');
          return {
            queue: [q.body.due.items, next.body.due.items, q.body.closingSoon.items].map((b: { id: string }[]) =>
              b.map((c) => c.id),
            ),
            counts: q.body.counts,
            due: due.body.items.map((c: { id: string }) => c.id),
          };
        };
        // Kinds alternate, so the first page of the due bucket merges two kinds' ranges in order.
        const [first, second] = [claims[1]!.id, claims[4]!.id].sort();
        const expected = {
          queue: [[first], [second], [claims[2]!.id]],
          counts: { due: 3, closingSoon: 1, awaitingConfirmation: 0 },
          due: [claims[0]!.id, claims[1]!.id, claims[4]!.id].sort().reverse(),
        };
        expect(await seen()).toEqual(expected);
        const indexes = async () =>
          s.db.sqlite
            ? s.db.sqlite.prepare("select name from sqlite_master where type = 'index' and name = 'claims_due'").all()
            : (await s.db.pool!.query("select indexname from pg_indexes where indexname = 'claims_due'")).rows;
        expect(await indexes()).toEqual([]);
        if (s.db.pool) {
          const options = async () =>
            (await s.db.pool!.query("select reloptions from pg_class where relname = 'claims'")).rows[0].reloptions;
          expect(await options()).toEqual(['fillfactor=90']);
          // A resolution's update of the claim is a heap-only tuple: no index holds what it sets.
          const client = await s.db.pool.connect();
          try {
            // Counted as a difference: PostgreSQL 15's per-transaction counters also hold the backend's
            // earlier updates whose statistics it has not flushed yet.
            const hotUpdates = async () =>
              Number(
                (await client.query("select pg_stat_get_xact_tuples_hot_updated('claims'::regclass) as hot")).rows[0]
                  .hot,
              );
            await client.query('begin');
            const before = await hotUpdates();
            await client.query(
              `update claims set "resolutionId" = 'r', outcome = 'true', credit = 1, "resolvedAt" = 'now' where id = $1`,
              [claims[0]!.id],
            );
            expect((await hotUpdates()) - before).toBe(1);
          } finally {
            await client.query('rollback');
            client.release();
          }
          await migrateTo(s.db.db, PARTIAL_DUE_INDEX_LAST);
          expect(await options()).toBeNull();
        } else await migrateTo(s.db.db, PARTIAL_DUE_INDEX_LAST);
        expect(await indexes()).toHaveLength(1);
        expect(await seen()).toEqual(expected);
        await migrateTo(s.db.db, CLAIMS_IN_PLACE);
        await resolve(claims[1]!.id);
        expect((await seen()).counts.due).toBe(2);
        expect((await verifyLedger(s.db)).problem).toBeNull();
      } finally {
        await s.close();
      }
    });
  });
}

const BEFORE_WRITE_STORAGE = '2026_12_12_0030_claims_due_partial';
const WRITE_STORAGE = '2026_12_12_0033_events_seq_rowid';

for (const dialect of testDialects()) {
  describe(`${dialect}: migrations 0031-0033 (how the tables a resolution writes are stored)`, () => {
    it('keep every row, the facet totals and a verifiable ledger, and back', async () => {
      const s = await startTestServer(dialect, { now: '2026-03-01T12:00:00.000Z' });
      try {
        const editor = await s.as('editor');
        const reviewer = await s.as('reviewer');
        const source = await makeSource(editor);
        const claims = [];
        for (const windowEnd of ['2026-02-10', '2026-02-20'])
          claims.push(
            await makeClaim(editor, {
              windowStart: '2026-01-01',
              windowEnd,
              tags: ['chips'],
              sources: [{ handle: source.handle, role: 'made' }],
            }),
          );
        const resolve = async (id: string, outcome: string) =>
          expect((await reviewer.post(`/api/claims/${id}/resolutions`, { outcome, evidence: EVIDENCE })).status).toBe(
            201,
          );
        await resolve(claims[0]!.id, 'true');
        const rows = async () => ({
          facets: await s.db.db
            .selectFrom('source_facet_totals')
            .selectAll()
            .orderBy('facet')
            .orderBy('value')
            .orderBy('sourceId')
            .execute(),
          events: await s.db.db.selectFrom('events').selectAll().orderBy('seq').execute(),
          resolutions: await s.db.db.selectFrom('resolutions').selectAll().orderBy('id').execute(),
        });
        const latest = await rows();
        expect(latest.facets.length).toBeGreaterThan(2);
        const definition = (name: string) =>
          String(s.db.sqlite!.prepare('select sql from sqlite_master where name = ?').pluck().get(name));
        const fillfactors = async () =>
          (
            await s.db.pool!.query<{ relname: string; reloptions: string[] | null }>(
              "select relname, reloptions from pg_class where relname in ('source_stats', 'source_due', 'open_days', 'source_facet_totals') order by relname",
            )
          ).rows.map((r) => `${r.relname} ${(r.reloptions ?? []).join()}`);
        if (s.db.sqlite) {
          expect(definition('source_facet_totals')).toMatch(/without rowid$/i);
          expect(definition('events')).toMatch(/"seq" integer primary key/i);
          expect(definition('events_entity')).toMatch(/"entityId", "seq"/);
          expect(definition('resolutions_claim')).toMatch(/"claimId", "createdAt"/);
        } else
          expect(await fillfactors()).toEqual([
            'open_days fillfactor=80',
            'source_due fillfactor=50',
            'source_facet_totals fillfactor=80',
            'source_stats fillfactor=50',
          ]);
        await migrateTo(s.db.db, BEFORE_WRITE_STORAGE);
        expect(await rows()).toEqual(latest);
        if (s.db.sqlite) {
          expect(definition('source_facet_totals')).not.toMatch(/without rowid/i);
          expect(definition('events')).toMatch(/"seq" bigint primary key/i);
        } else
          expect(await fillfactors()).toEqual(['open_days ', 'source_due ', 'source_facet_totals ', 'source_stats ']);
        await migrateTo(s.db.db, WRITE_STORAGE);
        expect(await rows()).toEqual(latest);
        await resolve(claims[1]!.id, 'false');
        expect((await rows()).events.length).toBe(latest.events.length + 1);
        expect((await verifyLedger(s.db)).problem).toBeNull();
      } finally {
        await s.close();
      }
    });
  });
}

/** Appends copies of the last event with the next seq until stop[0] is set, counting its commits in stop[1]; a busy database counts as refused. */
const APPENDING_WRITER = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require('better-sqlite3');
const db = new Database(workerData.file);
db.pragma('busy_timeout = 0');
const columns = db.prepare('select name from pragma_table_info(?)').pluck().all('events')
  .map((c) => (c === 'seq' ? '(select max(seq) + 1 from events)' : '"' + c + '"')).join(', ');
let committed = 0, refused = 0;
while (Atomics.load(workerData.stop, 0) === 0) {
  try {
    db.prepare('insert into events select ' + columns + ' from events where seq = (select max(seq) from events)').run();
    Atomics.store(workerData.stop, 1, ++committed);
  } catch (err) {
    if (!/locked|busy|no such table/i.test(String(err))) throw err;
    refused++;
  }
}
db.close();
parentPort.postMessage({ committed, refused });
`;

// SQLite runs migrations outside a transaction; the table rebuilds of 0031 and 0033 each run as one write
// transaction, so a writer in another connection waits instead of committing into a table about to be
// dropped, and a rebuild that a kill left half made is no obstacle to the next start.
describe('sqlite: migrations 0031 and 0033 rebuild their tables atomically', () => {
  it('a writer on another connection loses no committed row while the rebuilds run', async () => {
    const s = await startTestServer('sqlite', { now: '2026-03-01T12:00:00.000Z' });
    try {
      await makeSource(await s.as('editor'));
      await migrateTo(s.db.db, BEFORE_WRITE_STORAGE);
      // Enough events that copying them fills the WAL past its checkpoint size: the checkpoint after a commit
      // is when a writer not held off by a transaction gets in between the copy and the drop.
      const sqlite = s.db.sqlite!;
      const columns = (sqlite.prepare('select name from pragma_table_info(?)').pluck().all('events') as string[])
        .map((c) => (c === 'seq' ? 'last.seq + n.i' : `last."${c}"`))
        .join(', ');
      sqlite.exec(
        `with recursive n(i) as (select 1 union all select i + 1 from n where i < 30000)
         insert into events select ${columns} from n, (select * from events order by seq desc limit 1) as last`,
      );
      const rowsBefore = Number(sqlite.prepare('select count(*) from events').pluck().get());
      // Another connection, on a thread of its own, appends events as fast as it can, never waiting for the lock.
      const stop = new Int32Array(new SharedArrayBuffer(8));
      const writer = new Worker(APPENDING_WRITER, { eval: true, workerData: { file: s.db.location, stop } });
      const counts = new Promise<{ committed: number; refused: number }>((resolve, reject) => {
        writer.once('message', resolve);
        writer.once('error', reject);
      });
      // The rebuilds start once the writer is appending (a thread starts late on a busy machine).
      while (Atomics.load(stop, 1) === 0)
        await Promise.race([counts, new Promise((resolve) => setTimeout(resolve, 5))]);
      await migrateTo(s.db.db, WRITE_STORAGE);
      Atomics.store(stop, 0, 1);
      const { committed, refused } = await counts;
      await writer.terminate();
      expect(committed).toBeGreaterThan(0);
      expect(refused).toBeGreaterThan(0);
      expect(Number(s.db.sqlite!.prepare('select count(*) from events').pluck().get())).toBe(rowsBefore + committed);
    } finally {
      await s.close();
    }
  });

  it('a copy left behind by a killed rebuild is replaced, and a table already rebuilt is left as it is', async () => {
    const s = await startTestServer('sqlite', { now: '2026-03-01T12:00:00.000Z' });
    try {
      await makeSource(await s.as('editor'));
      await migrateTo(s.db.db, BEFORE_WRITE_STORAGE);
      const sqlite = s.db.sqlite!;
      sqlite.exec('create table events_rebuilt (seq integer primary key)');
      // As if 0031's rebuild had committed and the process died before the migration was recorded.
      const definition = (name: string) =>
        String(sqlite.prepare('select sql from sqlite_master where name = ?').pluck().get(name));
      const facets = definition('source_facet_totals');
      sqlite.exec(
        `create table facets_kept as select * from source_facet_totals; drop table source_facet_totals; ${facets} without rowid; insert into source_facet_totals select * from facets_kept; drop table facets_kept`,
      );
      await migrateTo(s.db.db, WRITE_STORAGE);
      expect(definition('events')).toMatch(/"seq" integer primary key/i);
      expect(definition('source_facet_totals')).toMatch(/without rowid$/i);
      expect(sqlite.prepare("select count(*) from sqlite_master where name like '%_rebuilt'").pluck().get()).toBe(0);
      expect((await verifyLedger(s.db)).problem).toBeNull();
    } finally {
      await s.close();
    }
  });
});
