import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Kysely } from 'kysely';
import type { Database } from '../../../src/server/db/schema.js';
import { applyEvent, STATE_TABLES, tableInfo } from '../../../src/server/ledger/apply.js';
import { canonicalJson } from '../../../src/server/ledger/canonical-json.js';
import type { RecordedEvent } from '../../../src/server/ledger/events.js';
import { eventHash } from '../../../src/server/ledger/hash.js';
import { importEvents, ImportError, type ImportOptions } from '../../../src/server/replay/import.js';
import { readEvents, verifyLedger } from '../../../src/server/replay/verify/verify.js';
import { openDatabase } from '../../../src/server/db/connect.js';
import { migrateToLatest } from '../../../src/server/ledger/migrate.js';
import { createTestDb, type TestDb } from '../../support/db.js';
import { testDialects } from '../../support/dialects.js';
import { EVIDENCE, makeClaim, makeSource } from '../../support/factories.js';
import { startTestServer, type TestServer } from '../../support/server.js';

/** Every state table, in key order, plus the head. */
async function snapshot(db: Kysely<Database>): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = {};
  for (const table of STATE_TABLES) {
    let q = db.selectFrom(table).selectAll();
    for (const k of tableInfo(table).key) q = q.orderBy(k as never);
    out[table] = (await q.execute()).map((r) => canonicalJson(r));
  }
  const head = await db.selectFrom('ledger_head').select(['seq', 'hash']).executeTakeFirstOrThrow();
  out.head = { seq: Number(head.seq), hash: head.hash };
  return out;
}

async function collect(db: Kysely<Database>): Promise<RecordedEvent[]> {
  const events: RecordedEvent[] = [];
  for await (const e of readEvents(db)) events.push(e);
  return events;
}

/** Rewrites events from `from` on so the chain links again after an edit (a careful forger). */
function rehash(events: RecordedEvent[], from: number): RecordedEvent[] {
  const out = events.map((e) => ({ ...e }));
  for (let i = from; i < out.length; i++) {
    const e = out[i]!;
    e.prevHash = i === 0 ? e.prevHash : out[i - 1]!.hash;
    e.hash = eventHash(e.prevHash, e.seq, e.type, e.payload);
  }
  return out;
}

/**
 * A varied ledger through the HTTP API: sources with aliases and updates, a publication with
 * claims, claims with several sources and tags, amendments (with tags), resolutions,
 * corrections, and a resolution that waits for a second reviewer's confirmation.
 */
async function buildLedger(s: TestServer): Promise<void> {
  const editor = await s.as('editor');
  const reviewer = await s.as('reviewer');
  const a = await makeSource(editor, { aliases: ['alias_one'] });
  const b = await makeSource(editor);
  expect(
    (await editor.patch(`/api/sources/${a.handle}`, { displayName: 'Renamed A', url: 'https://a.example' })).status,
  ).toBe(200);
  expect((await editor.post(`/api/sources/${b.handle}/aliases`, { alias: `${b.handle}_x` })).status).toBeLessThan(300);
  const pub = await editor.post('/api/publications', {
    title: 'Issue 1',
    publishedOn: '2026-01-05',
    text: 'Prices rise by Q2. The index falls below 100 by March.',
  });
  expect(pub.status).toBe(201);
  const c1 = await makeClaim(editor, {
    sources: [
      { handle: a.handle, role: 'made' },
      { handle: b.handle, role: 'cited' },
    ],
    tags: ['macro', 'prices'],
    kind: 'BULL',
    probability: 0.7,
    publicationId: pub.body.id,
  });
  const c2 = await makeClaim(editor, {
    sources: [
      { handle: a.handle, role: 'made' },
      { handle: b.handle, role: 'made' },
    ],
    tags: ['rates'],
  });
  const c3 = await makeClaim(editor, { sources: [{ handle: b.handle, role: 'made' }], kind: 'BEAR', probability: 0.2 });
  const c4 = await makeClaim(editor);
  expect(
    (
      await editor.patch(`/api/claims/${c2.id}`, {
        reason: 'typo',
        statement: 'Fixed statement.',
        tags: ['rates', 'policy'],
      })
    ).status,
  ).toBe(200);
  expect((await editor.patch(`/api/claims/${c3.id}`, { reason: 'clarify', probability: 0.3 })).status).toBe(200);
  const r1 = await reviewer.post(`/api/claims/${c1.id}/resolutions`, { outcome: 'true', evidence: EVIDENCE });
  expect(r1.status).toBe(201);
  expect(
    (await reviewer.post(`/api/claims/${c2.id}/resolutions`, { outcome: 'partial', credit: 0.5, evidence: EVIDENCE }))
      .status,
  ).toBe(201);
  expect(
    (
      await reviewer.post(`/api/claims/${c3.id}/resolutions`, {
        outcome: 'void',
        voidReason: 'ambiguous',
        evidence: EVIDENCE,
      })
    ).status,
  ).toBe(201);
  // A correction supersedes the resolution that counts.
  const resolutionOf = async (claimId: string) =>
    (
      await s.db.db
        .selectFrom('resolutions')
        .select('id')
        .where('claimId', '=', claimId)
        .orderBy('createdAt', 'desc')
        .orderBy('id', 'desc')
        .executeTakeFirstOrThrow()
    ).id;
  const fix = await reviewer.post(`/api/claims/${c1.id}/resolutions`, {
    outcome: 'false',
    evidence: EVIDENCE,
    supersedes: await resolutionOf(c1.id),
    reason: 'misread the data',
  });
  expect(fix.status).toBe(201);
  // With confirmation required, a resolution counts only once a second reviewer confirms it.
  s.ctx.config.requireConfirmation = true;
  const pending = await reviewer.post(`/api/claims/${c4.id}/resolutions`, { outcome: 'true', evidence: EVIDENCE });
  expect(pending.status).toBe(201);
  const admin = await s.as('admin');
  const confirmed = await admin.post(`/api/resolutions/${await resolutionOf(c4.id)}/confirm`);
  expect(confirmed.status, JSON.stringify(confirmed.body)).toBeLessThan(300);
  const c5 = await makeClaim(editor, { sources: [{ handle: a.handle, role: 'made' }] });
  expect(
    (await reviewer.post(`/api/claims/${c5.id}/resolutions`, { outcome: 'false', evidence: EVIDENCE })).status,
  ).toBe(201);
  s.ctx.config.requireConfirmation = false;
}

/** A read-model table's rows in a fixed order, numbers as numbers (PostgreSQL returns bigint sums as text). */
async function readModelRows(db: Kysely<Database>, table: 'open_days' | 'source_facet_totals' | 'open_claim_keys') {
  const rows = (await db.selectFrom(table).selectAll().execute()) as Record<string, unknown>[];
  return (
    rows
      // the live upkeep leaves a day's count at 0 where a rebuild has no row
      .filter((r) => Number(r.n) !== 0)
      .map((r) =>
        canonicalJson(
          Object.fromEntries(
            Object.entries(r).map(([k, v]) => [k, typeof v === 'string' && /^-?\d+(\.\d+)?$/.test(v) ? Number(v) : v]),
          ),
        ),
      )
      .sort()
  );
}

for (const dialect of testDialects()) {
  describe(`${dialect}: import`, () => {
    let s: TestServer;
    let events: RecordedEvent[];
    let live: Record<string, unknown>;
    beforeAll(async () => {
      s = await startTestServer(dialect, { now: '2026-06-01T12:00:00.000Z' });
      await buildLedger(s);
      events = await collect(s.db.db);
      live = await snapshot(s.db.db);
      expect(new Set(events.map((e) => e.type))).toEqual(
        new Set([
          'source.created',
          'source.updated',
          'source.alias_added',
          'publication.created',
          'claim.created',
          'claim.amended',
          'resolution.recorded',
          'resolution.confirmed',
        ]),
      );
      expect((await verifyLedger(s.db.db)).problem).toBeNull();
    });
    afterAll(async () => s?.close());

    for (const target of testDialects())
      it(`an export imports into a fresh ${target} database with identical tables, in small batches too`, async () => {
        const variants: ImportOptions[] = [{}, { batchSize: 3 }];
        // SQLite: an image that starts afresh every few rows (the source totals it kept back for
        // several batches written when it first does); whole batches sent in parts of a few rows
        // (rows per statement spanning parts).
        if (target === 'sqlite')
          variants.push(
            { batchSize: 2 },
            { batchSize: 3, retainRows: 4 },
            { batchSize: 2, retainRows: 24 },
            { batchSize: 1, retainRows: 0 },
            { partValues: 25 },
          );
        for (const options of variants) {
          const db: TestDb = await createTestDb(target);
          try {
            // The handle (raw SQLite path) and the bare Kysely (second connection / overlay path).
            const result = await importEvents(
              options.batchSize === 3 && options.retainRows === undefined ? db.db : db,
              events,
              undefined,
              options,
            );
            expect(result).toEqual({ count: events.length, head: events[events.length - 1]!.hash });
            expect(await snapshot(db.db)).toEqual(live);
            expect(await collect(db.db)).toEqual(events);
            expect((await verifyLedger(db)).problem).toBeNull();
          } finally {
            await db.destroy();
          }
        }
        if (target !== 'sqlite') return;
        // An in-memory SQLite database has no file for the writer's worker to open: Kysely writes it.
        const memory = openDatabase(':memory:');
        try {
          await migrateToLatest(memory.db);
          await importEvents(memory, events, undefined, { batchSize: 3 });
          expect(await snapshot(memory.db)).toEqual(live);
          expect((await verifyLedger(memory)).problem).toBeNull();
        } finally {
          await memory.close();
        }
      });

    it('the per-event appliers (live path) give the same tables as the bulk import', async () => {
      const db = await createTestDb(dialect);
      try {
        await db.db.transaction().execute(async (trx) => {
          for (const e of events) {
            await trx.insertInto('events').values(e).execute();
            await applyEvent(trx, e);
          }
          const last = events[events.length - 1]!;
          await trx.updateTable('ledger_head').set({ seq: last.seq, hash: last.hash }).where('id', '=', 1).execute();
        });
        expect(await snapshot(db.db)).toEqual(live);
      } finally {
        await db.destroy();
      }
    });

    it('a replay for scores only writes every scored table as the full import does, and leaves the rest empty', async () => {
      const unscored = ['source_aliases', 'claim_tags'];
      for (const options of [{ scoresOnly: true }, { scoresOnly: true, batchSize: 2, retainRows: 24 }]) {
        const db = await createTestDb(dialect);
        try {
          const result = await importEvents(db, events, undefined, options);
          expect(result).toEqual({ count: events.length, head: events[events.length - 1]!.hash });
          const tables = await snapshot(db.db);
          for (const [table, rows] of Object.entries(live))
            expect([table, tables[table]]).toEqual([table, unscored.includes(table) ? [] : rows]);
          expect(unscored.every((t) => (live[t] as unknown[]).length > 0)).toBe(true);
          expect(await collect(db.db)).toEqual([]);
          // the read model that scores and counts come from, without the queue's keys or the
          // per-kind and per-tag totals (only boards filtered by kind or tag read those)
          expect(await readModelRows(db.db, 'open_days')).toEqual(await readModelRows(s.db.db, 'open_days'));
          for (const table of ['open_claim_keys', 'source_facet_totals'] as const) {
            expect(await readModelRows(s.db.db, table)).not.toEqual([]);
            expect(await readModelRows(db.db, table)).toEqual([]);
          }
        } finally {
          await db.destroy();
        }
      }
    });

    // On SQLite the writer's worker checks the hashes; batches of five in parts of one event each
    // put the edited event in a part of its own.
    const sealers: ImportOptions[] = dialect === 'sqlite' ? [{}, { partValues: 9, batchSize: 5 }] : [{}];
    for (const options of sealers)
      it(`stops at a bad hash, naming the event; the batch holding it writes nothing, earlier batches stay and verify${Object.keys(options).length ? ` (${JSON.stringify(options)})` : ''}`, async () => {
        const db = await createTestDb(dialect);
        try {
          const bad = events.map((e) => ({ ...e }));
          const i = bad.findIndex((e) => e.type === 'resolution.recorded');
          bad[i]!.payload = canonicalJson({ ...JSON.parse(bad[i]!.payload), note: 'quietly rewritten' });
          const batchSize = options.batchSize ?? 4;
          const err = await importEvents(db, bad, undefined, { batchSize, ...options }).catch((x: unknown) => x);
          expect(err).toBeInstanceOf(ImportError);
          const committed = Math.floor(i / batchSize) * batchSize;
          expect((err as ImportError).message).toContain(`event ${i + 1}: hash does not match`);
          expect((err as ImportError).imported).toBe(committed);
          expect((err as ImportError).message).toContain(
            committed ? `events 1–${committed} were imported` : 'nothing was imported',
          );
          const head = await db.db.selectFrom('ledger_head').selectAll().executeTakeFirstOrThrow();
          expect(Number(head.seq)).toBe(committed);
          const count = await db.db
            .selectFrom('events')
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .executeTakeFirstOrThrow();
          expect(Number(count.n)).toBe(committed);
          expect((await verifyLedger(db.db)).problem).toBeNull();
        } finally {
          await db.destroy();
        }
      });

    it('names an edited event as edited when a later event of its batch is what cannot be imported', async () => {
      const i = events.findIndex((e) => e.type === 'resolution.recorded');
      const j = events.findIndex((e, k) => k > i + 1 && e.type === 'resolution.confirmed');
      expect(j).toBeGreaterThan(i);
      const edited = events.map((e) => ({ ...e }));
      // Event i: its note rewritten and its hash left as it was.
      edited[i]!.payload = canonicalJson({ ...JSON.parse(edited[i]!.payload), note: 'quietly rewritten' });
      // Event i itself unappliable too (a resolution of a claim that does not exist).
      const unappliable = edited.map((e) => ({ ...e }));
      unappliable[i]!.payload = canonicalJson({ ...JSON.parse(unappliable[i]!.payload), claimId: 'nope' });
      // Later in the batch: an event naming a resolution that does not exist (re-hashed from there on),
      // an event that is missing, an event whose entity columns disagree with its payload.
      const forged = edited.map((e) => ({ ...e }));
      forged[j]!.payload = canonicalJson({ ...JSON.parse(forged[j]!.payload), resolutionId: 'nope' });
      const subject = edited.map((e) => ({ ...e }));
      subject[j]!.entityId = 'someone-else';
      const cases = [unappliable, rehash(forged, j), edited.filter((_, k) => k !== j), rehash(subject, j)];
      for (const bad of cases) {
        const db = await createTestDb(dialect);
        try {
          const err = await importEvents(db, bad, undefined, { batchSize: events.length }).catch((x: unknown) => x);
          expect(err).toBeInstanceOf(ImportError);
          expect((err as ImportError).message).toBe(
            `event ${i + 1}: hash does not match its contents; nothing was imported`,
          );
          expect(await db.db.selectFrom('events').select('seq').execute()).toEqual([]);
        } finally {
          await db.destroy();
        }
      }
    });

    for (const options of dialect === 'sqlite' ? [{}, { retainRows: 0 }] : [{}])
      it(`names an event that cannot be applied when a later event of its batch is edited or missing${Object.keys(options).length ? ` (${JSON.stringify(options)})` : ''}`, async () => {
        // A confirmation past the first batch (retainRows 0: the image then reads from the database), with two more events after it in its batch.
        const j = events.findIndex((e) => e.type === 'resolution.confirmed');
        const batchSize = [3, 4, 5, 6, 7, 8].find((b) => j >= b && j % b <= b - 3 && j + 2 < events.length)!;
        expect(batchSize).toBeDefined();
        const edited = events.map((e) => ({ ...e }));
        edited[j]!.payload = canonicalJson({ ...JSON.parse(edited[j]!.payload), resolutionId: 'nope' });
        const forged = rehash(edited, j);
        // After it: an event whose hash does not seal it (the chain still links), or a missing event.
        const unsealed = forged.map((e) => ({ ...e }));
        unsealed[j + 1]!.hash = 'f'.repeat(64);
        unsealed[j + 2]!.prevHash = unsealed[j + 1]!.hash;
        const missing = forged.filter((_, k) => k !== j + 1);
        for (const bad of [unsealed, missing]) {
          const db = await createTestDb(dialect);
          try {
            const err = await importEvents(db, bad, undefined, { batchSize, ...options }).catch((x: unknown) => x);
            expect(err).toBeInstanceOf(ImportError);
            const committed = Math.floor(j / batchSize) * batchSize;
            expect((err as ImportError).message).toMatch(
              new RegExp(
                `^event ${j + 1} \\(resolution.confirmed\\) cannot be applied: .*; events 1–${committed} were imported, nothing after$`,
              ),
            );
            expect(Number((await db.db.selectFrom('ledger_head').selectAll().executeTakeFirstOrThrow()).seq)).toBe(
              committed,
            );
            expect((await verifyLedger(db.db)).problem).toBeNull();
          } finally {
            await db.destroy();
          }
        }
      });

    it('stops at a gap and at a broken link, writing nothing of that batch', async () => {
      for (const [bad, message] of [
        [events.filter((e) => e.seq !== 3), 'event 3 is missing: the chain jumps from 2 to 4'],
        [
          events.map((e) => (e.seq === 2 ? { ...e, prevHash: '1'.repeat(64) } : e)),
          'event 2: prevHash does not link to event 1',
        ],
      ] as const) {
        const db = await createTestDb(dialect);
        try {
          const err = await importEvents(db, bad).catch((x: unknown) => x);
          expect(err).toBeInstanceOf(ImportError);
          expect((err as Error).message).toContain(message);
          expect((err as Error).message).toContain('nothing was imported');
          expect(await db.db.selectFrom('events').select('seq').execute()).toEqual([]);
          expect(await db.db.selectFrom('claims').select('id').execute()).toEqual([]);
        } finally {
          await db.destroy();
        }
      }
    });

    it('reads a plain or an async source to its end, and closes one it stops reading early', async () => {
      const closed: string[] = [];
      function* plain(list: RecordedEvent[]) {
        try {
          yield* list;
        } finally {
          closed.push('plain');
        }
      }
      function* lazy(list: RecordedEvent[]) {
        try {
          for (const e of list) yield e;
        } finally {
          closed.push('async');
        }
      }
      const gap = events.filter((e) => e.seq !== 3);
      for (const [source, name] of [
        [plain, 'plain'],
        [lazy, 'async'],
      ] as const) {
        const whole = await createTestDb(dialect);
        try {
          expect((await importEvents(whole, source(events))).count).toBe(events.length);
          expect(await snapshot(whole.db)).toEqual(live);
        } finally {
          await whole.destroy();
        }
        const stopped = await createTestDb(dialect);
        try {
          closed.length = 0;
          const err = await importEvents(stopped, source(gap)).catch((x: unknown) => x);
          expect((err as Error).message).toContain('event 3 is missing');
          expect(closed, name).toEqual([name]);
        } finally {
          await stopped.destroy();
        }
      }
    });

    it('rejects a re-hashed chain whose event the appliers cannot apply, naming it, and keeps only earlier batches', async () => {
      const db = await createTestDb(dialect);
      try {
        // A forger edits a confirmation to name a resolution that does not exist and re-hashes the rest.
        const i = events.findIndex((e) => e.type === 'resolution.confirmed');
        const edited = events.map((e) => ({ ...e }));
        edited[i]!.payload = canonicalJson({ ...JSON.parse(edited[i]!.payload), resolutionId: 'nope' });
        const forged = rehash(edited, i);
        const err = await importEvents(db, forged, undefined, { batchSize: 5 }).catch((x: unknown) => x);
        expect(err).toBeInstanceOf(ImportError);
        expect((err as Error).message).toMatch(
          new RegExp(`event ${i + 1} \\(resolution.confirmed\\) cannot be applied|events \\d+–${i + 1}`),
        );
        const committed = Math.floor(i / 5) * 5;
        expect((err as ImportError).imported).toBe(committed);
        expect(Number((await db.db.selectFrom('ledger_head').selectAll().executeTakeFirstOrThrow()).seq)).toBe(
          committed,
        );
        expect((await verifyLedger(db.db)).problem).toBeNull();
      } finally {
        await db.destroy();
      }
    });

    // Into an empty database, the import's image holds every row and checks every reference, so
    // the writer switches SQLite's own foreign-key checks off for those batches; past the image's
    // limit (retainRows 0) the database checks them again.
    const referenceCheckers: ImportOptions[] = dialect === 'sqlite' ? [{}, { retainRows: 0 }] : [{}];
    for (const options of referenceCheckers)
      it(`refuses a re-hashed claim that names a source that does not exist, and leaves foreign keys on${Object.keys(options).length ? ` (${JSON.stringify(options)})` : ''}`, async () => {
        const db = await createTestDb(dialect);
        try {
          const i = events.findLastIndex((e) => e.type === 'claim.created');
          const edited = events.map((e) => ({ ...e }));
          const payload = JSON.parse(edited[i]!.payload) as { sources: { sourceId: string; role: string }[] };
          edited[i]!.payload = canonicalJson({
            ...payload,
            sources: [{ ...payload.sources[0]!, sourceId: '00000000-0000-7000-8000-000000000000' }],
          });
          const forged = rehash(edited, i);
          // The import borrows the connection (its cache is enlarged, its journal mode changed) and gives it back as it was.
          const settings = () =>
            db.sqlite && {
              tempStore: db.sqlite.pragma('temp_store', { simple: true }),
              cacheSize: db.sqlite.pragma('cache_size', { simple: true }),
            };
          const before = settings();
          const err = await importEvents(db, forged, undefined, { batchSize: 3, ...options }).catch((x: unknown) => x);
          expect(settings()).toEqual(before);
          expect(err).toBeInstanceOf(ImportError);
          const committed = Math.floor(i / 3) * 3;
          // SQLite names the event; PostgreSQL refuses the batch's insert and names the batch holding it.
          const message = (err as Error).message;
          const range = /^events (\d+)–(\d+) cannot be written: .*foreign key/.exec(message);
          if (range) expect([Number(range[1]) === committed + 1, Number(range[2]) >= i + 1]).toEqual([true, true]);
          else expect(message).toContain(`event ${i + 1} (claim.created) cannot be applied`);
          expect((err as ImportError).imported).toBe(committed);
          expect(Number((await db.db.selectFrom('ledger_head').selectAll().executeTakeFirstOrThrow()).seq)).toBe(
            committed,
          );
          expect((await verifyLedger(db.db)).problem).toBeNull();
          if (db.sqlite) {
            expect(db.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
            expect(db.sqlite.pragma('foreign_key_check')).toEqual([]);
          }
          // The untouched ledger imports whole, every reference in place.
          const fresh = await createTestDb(dialect);
          try {
            await importEvents(fresh, events, undefined, { batchSize: 3, ...options });
            if (fresh.sqlite) {
              expect(fresh.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
              expect(fresh.sqlite.pragma('foreign_key_check')).toEqual([]);
            }
            expect(await snapshot(fresh.db)).toEqual(live);
          } finally {
            await fresh.destroy();
          }
        } finally {
          await db.destroy();
        }
      });

    it('refuses a database that already has events', async () => {
      const err = await importEvents(s.db, events).catch((x: unknown) => x);
      expect(err).toBeInstanceOf(ImportError);
      expect((err as Error).message).toContain('already has events');
    });
  });
}
