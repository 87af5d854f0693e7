import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src/server/db/connect.js';
import { canonicalJson } from '../../../src/server/ledger/canonical-json.js';
import { partitionsFor, verifyLedger } from '../../../src/server/replay/verify/verify.js';
import { partitionOf, partitionSql } from '../../../src/server/replay/verify/verify-partition.js';
import { EVIDENCE, makeClaim, makeSource } from '../../support/factories.js';
import { startTestServer, type TestServer } from '../../support/server.js';

/**
 * verify splits a large SQLite ledger by claim into partitions that run on two threads. These
 * tests run the split on a small ledger (partitions forced to 2) and check that it finds every
 * kind of tampering, in the same words as the single-threaded check.
 */

describe('partitionOf', () => {
  it('puts a claim id in the partition SQLite puts it in', () => {
    const sqlite = new SqliteDatabase(':memory:');
    const ids = [
      '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b',
      '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5c',
      '',
      'é',
      'aé',
      '😀',
      'x😀',
      'z',
      'Z9',
      '\u{10ffff}',
    ];
    for (const of of [1, 2, 3]) {
      const sql = sqlite.prepare(`SELECT ${partitionSql('v', of)} FROM (SELECT ? AS v)`).pluck();
      for (const id of ids) expect(partitionOf(id, of), `${JSON.stringify(id)} of ${of}`).toBe(sql.get(id));
    }
    sqlite.close();
  });
});

describe('partitionsFor', () => {
  const MiB = 2 ** 20;
  it('keeps small ledgers on one thread, and splits large ones into more partitions as the heap shrinks', () => {
    expect(partitionsFor(10_000, 4096 * MiB)).toBe(1);
    // Measured on 1,000,000 bench events: 2 partitions run in a 1 GiB heap and not in 512 MiB;
    // 4 run in 512 MiB and 8 in 256 MiB.
    expect(partitionsFor(1_000_000, 4096 * MiB)).toBe(2);
    expect(partitionsFor(1_000_000, 1024 * MiB)).toBe(2);
    expect(partitionsFor(1_000_000, 512 * MiB)).toBeGreaterThanOrEqual(4);
    expect(partitionsFor(1_000_000, 256 * MiB)).toBeGreaterThanOrEqual(8);
    expect(partitionsFor(2_000_000, 512 * MiB)).toBeGreaterThanOrEqual(2 * partitionsFor(1_000_000, 512 * MiB) - 1);
  });
});

describe('sqlite: verify in partitions', () => {
  let s: TestServer;
  let dir: string;
  const claimIn: [string, string] = ['', ''];
  let copies = 0;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'tr-partitions-'));
    s = await startTestServer('sqlite', { now: '2026-06-01T12:00:00.000Z' });
    const editor = await s.as('editor');
    const reviewer = await s.as('reviewer');
    const sources = [];
    for (let i = 0; i < 5; i++)
      sources.push(await makeSource(editor, i === 0 ? { aliases: [`alias_${process.pid}`] } : {}));
    const ids: string[] = [];
    for (let i = 0; i < 24; i++) {
      const a = sources[i % 5]!;
      const b = sources[(i + 2) % 5]!;
      const claim = await makeClaim(editor, {
        kind: ['BULL', 'BEAR', 'WATCH', 'CLAIM'][i % 4],
        sources: [
          { handle: a.handle, role: 'made' },
          { handle: b.handle, role: i % 3 === 0 ? 'made' : 'cited' },
        ],
        tags: i % 2 ? ['chips'] : ['energy', 'grid'],
        probability: i % 3 === 0 ? 0.7 : undefined,
      });
      ids.push(claim.id);
      if (i % 5 === 0)
        expect((await editor.patch(`/api/claims/${claim.id}`, { reason: 'retag', tags: ['macro'] })).status).toBe(200);
      if (i % 2 === 0) {
        const outcome = i % 8 === 0 ? { outcome: 'partial', credit: 0.5 } : { outcome: i % 4 === 0 ? 'true' : 'false' };
        expect(
          (await reviewer.post(`/api/claims/${claim.id}/resolutions`, { ...outcome, evidence: EVIDENCE })).status,
        ).toBe(201);
      }
    }
    for (const id of ids) if (!claimIn[partitionOf(id, 2)]) claimIn[partitionOf(id, 2)] = id;
    expect(claimIn.every(Boolean), 'both partitions hold claims').toBe(true);
  });
  afterAll(async () => {
    await s?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  /** A copy of the ledger, changed by `tamper` with raw SQL (foreign keys off, as a forger would have them). */
  async function tampered(tamper: (db: SqliteDatabase.Database) => void) {
    const file = join(dir, `copy-${++copies}.sqlite`);
    await s.db.sqlite!.backup(file);
    const raw = new SqliteDatabase(file);
    raw.pragma('foreign_keys = OFF');
    tamper(raw);
    raw.close();
    return openDatabase(file);
  }

  async function verifyBothWays(tamper: (db: SqliteDatabase.Database) => void) {
    const handle = await tampered(tamper);
    try {
      const one = await verifyLedger(handle, { partitions: 1 });
      const two = await verifyLedger(handle, { partitions: 2 });
      expect(two.problem).toBe(one.problem);
      expect(two.ok).toBe(one.ok);
      // More partitions than run at once (two): the third waits its turn on the same snapshot.
      const three = await verifyLedger(handle, { partitions: 3 });
      expect(three.problem).toBe(one.problem);
      if (one.ok) expect(three.events).toBe(one.events);
      return one;
    } finally {
      await handle.close();
    }
  }

  it('passes a clean ledger, with the same count as one thread', async () => {
    const r = await verifyBothWays(() => {});
    expect(r.problem).toBeNull();
    expect(r.events).toBe((await s.anon.get('/api/ledger/head')).body.seq);
  });

  for (const p of [0, 1]) {
    it(`names a statement edited in a claim of partition ${p}`, async () => {
      const r = await verifyBothWays((db) =>
        db.prepare('UPDATE claims SET statement = ? WHERE id = ?').run('Quietly rewritten', claimIn[p]),
      );
      expect(r.problem).toContain(`claims row id=${claimIn[p]}: statement`);
    });

    it(`names a claim's source row deleted, and a tag row added, in partition ${p}`, async () => {
      const missing = await verifyBothWays((db) =>
        db.prepare('DELETE FROM claim_sources WHERE "claimId" = ? AND role = ?').run(claimIn[p], 'made'),
      );
      expect(missing.problem).toMatch(
        new RegExp(`claim_sources row claimId=${claimIn[p]}, sourceId=.* is missing from the database`),
      );
      const extra = await verifyBothWays((db) =>
        db.prepare('INSERT INTO claim_tags ("claimId", tag) VALUES (?, ?)').run(claimIn[p], 'zz-forged'),
      );
      expect(extra.problem).toContain(
        `claim_tags row claimId=${claimIn[p]}, tag=zz-forged exists in the database but no event created it`,
      );
    });

    it(`names an event of partition ${p} whose payload or entity columns were edited`, async () => {
      const seq = (db: SqliteDatabase.Database) =>
        db
          .prepare('SELECT seq FROM events WHERE "entityId" = ? ORDER BY seq DESC LIMIT 1')
          .pluck()
          .get(claimIn[p]) as number;
      const edited = await verifyBothWays((db) => {
        const e = db.prepare('SELECT seq, payload FROM events WHERE seq = ?').get(seq(db)) as {
          seq: number;
          payload: string;
        };
        db.prepare('UPDATE events SET payload = ? WHERE seq = ?').run(
          canonicalJson({ ...JSON.parse(e.payload), reason: 'forged' }),
          e.seq,
        );
      });
      expect(edited.problem).toMatch(/^event \d+: hash does not match its contents/);
      const moved = await verifyBothWays((db) =>
        db.prepare('UPDATE events SET "entityId" = ? WHERE seq = ?').run(claimIn[1 - p], seq(db)),
      );
      expect(moved.problem).toMatch(
        new RegExp(`its entity columns say claim ${claimIn[1 - p]} but its payload is about claim ${claimIn[p]}`),
      );
    });
  }

  it('names a resolution whose outcome was flipped', async () => {
    const r = await verifyBothWays((db) =>
      db.exec(
        `UPDATE resolutions SET outcome = CASE outcome WHEN 'true' THEN 'false' ELSE 'true' END WHERE id = (SELECT min(id) FROM resolutions)`,
      ),
    );
    expect(r.problem).toMatch(/^resolutions row id=.*: outcome is/);
  });

  it('names a gap, and a head that runs past the chain', async () => {
    const gap = await verifyBothWays((db) => db.exec('DELETE FROM events WHERE seq = 7'));
    expect(gap.problem).toContain('event 7 is missing: the chain jumps from 6 to 8');
    const head = await verifyBothWays((db) => db.exec('DELETE FROM events WHERE seq = (SELECT max(seq) FROM events)'));
    expect(head.problem).toMatch(/^the ledger head is at event \d+ but the chain ends at event \d+/);
  });

  it("names a gap where the partitions' stretches of the chain meet", async () => {
    const head = (await s.anon.get('/api/ledger/head')).body.seq as number;
    const edge = Math.floor(head / 2);
    for (const [deleted, message] of [
      [[edge], `event ${edge} is missing: the chain jumps from ${edge - 1} to ${edge + 1}`],
      [[edge + 1], `event ${edge + 1} is missing: the chain jumps from ${edge} to ${edge + 2}`],
      [[edge, edge + 1, edge + 2], `event ${edge} is missing: the chain jumps from ${edge - 1} to ${edge + 3}`],
    ] as const) {
      const r = await verifyBothWays((db) =>
        db.prepare(`DELETE FROM events WHERE seq IN (${deleted.join(', ')})`).run(),
      );
      expect(r.problem).toBe(message);
    }
  });

  it('names a source edited by hand (compared by partition 0 only)', async () => {
    const r = await verifyBothWays((db) => db.exec(`UPDATE sources SET "displayName" = 'Forged' WHERE rowid = 2`));
    expect(r.problem).toMatch(/^sources row id=.*: displayName is "Forged"/);
  });

  it('checks the maintained source totals, counts and scores, against the claims of both partitions', async () => {
    const counts = await verifyBothWays((db) =>
      db.exec(
        `UPDATE source_stats SET "nResolved" = "nResolved" + 1 WHERE "nResolved" > 0 AND rowid = (SELECT min(rowid) FROM source_stats WHERE "nResolved" > 0)`,
      ),
    );
    expect(counts.problem).toMatch(/^source_stats for @.*: counts open\/resolved/);
    const scores = await verifyBothWays((db) => {
      const row = db.prepare('SELECT "sourceId", totals FROM source_stats WHERE "nResolved" > 1 LIMIT 1').get() as {
        sourceId: string;
        totals: string;
      };
      const totals = JSON.parse(row.totals);
      totals.fullHits = totals.fullHits > 0 ? totals.fullHits - 1 : totals.fullHits + 1;
      db.prepare('UPDATE source_stats SET totals = ? WHERE "sourceId" = ?').run(JSON.stringify(totals), row.sourceId);
    });
    expect(scores.problem).toMatch(/^source_stats for @.*but a full recompute gives/);
  });
});
