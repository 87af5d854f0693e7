import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { auditCommand } from '../../src/cli/audit.js';
import { signCheckpoint, withHeadLocked } from '../../src/server/checkpoints/sign.js';
import { generateSigner } from '../../src/server/checkpoints/signer.js';
import { eventHash } from '../../src/server/ledger/hash.js';
import { testDialects } from '../support/dialects.js';
import { EVIDENCE, makeSource } from '../support/factories.js';
import { startTestServer, type ServerSnapshot, type TestServer } from '../support/server.js';

/** Runs `track-record audit` in this process (the server answers from the same event loop). */
async function audit(...args: string[]): Promise<{ code: number; out: string }> {
  const lines: string[] = [];
  const log = vi.spyOn(console, 'log').mockImplementation((m: unknown) => void lines.push(String(m)));
  const err = vi.spyOn(console, 'error').mockImplementation((m: unknown) => void lines.push(String(m)));
  try {
    const code = await auditCommand.run(args);
    return { code, out: lines.join('\n') };
  } finally {
    log.mockRestore();
    err.mockRestore();
  }
}

/** A small ledger with two sources, two issues and three resolutions: four signed checkpoints. */
async function seed(s: TestServer) {
  const editor = await s.as('editor');
  const reviewer = await s.as('reviewer');
  const a = await makeSource(editor);
  const b = await makeSource(editor);
  const publish = async (title: string, n: number) => {
    const res = await editor.post('/api/publications', {
      title,
      publishedOn: '2026-02-09',
      text: `${title}: calls`,
      claims: Array.from({ length: n }, (_, i) => ({
        kind: i % 2 ? 'BULL' : 'CLAIM',
        statement: `${title} call ${i}`,
        windowEnd: '2026-02-20',
        probability: 0.6,
        sources: [{ handle: i % 2 ? b.handle : a.handle }],
      })),
    });
    if (res.status !== 201) throw new Error(JSON.stringify(res.body));
    return (await s.anon.get(`/api/publications/${res.body.id}`)).body;
  };
  const claimIds = async () =>
    (await s.db.db.selectFrom('claims').select('id').orderBy('id').execute()).map((r) => r.id);
  await publish('Issue 1', 4);
  const ids = await claimIds();
  for (const [i, id] of ids.slice(0, 3).entries())
    await reviewer.post(`/api/claims/${id}/resolutions`, { outcome: i === 1 ? 'false' : 'true', evidence: EVIDENCE });
  await publish('Issue 2', 2);
  return { a, b, ids };
}

async function servedCheckpoints(s: TestServer): Promise<{ id: number; seq: number; hash: string }[]> {
  return (await s.anon.get('/api/ledger/checkpoints')).body.items;
}

const short = (c: { seq: number; hash: string }) => `#${c.seq} · ${c.hash.slice(0, 4)}…${c.hash.slice(-2)}`;

// Issue 24 item 3: `audit` against a real instance over HTTP, and each way of rewriting history it must catch.
for (const dialect of testDialects()) {
  describe(`${dialect}: track-record audit`, () => {
    const signer = generateSigner();
    let s: TestServer;
    let dir: string;
    let state: string;
    let seeded: Awaited<ReturnType<typeof seed>>;
    let snapshot: ServerSnapshot;
    const options = { signer, now: '2026-03-01T12:00:00.000Z' };
    // Seeded once over HTTP; each test gets its own copy of the seeded database, to tamper with as it likes.
    beforeAll(async () => {
      const first = await startTestServer(dialect, options);
      seeded = await seed(first);
      snapshot = await first.keep();
    });
    afterAll(() => snapshot?.drop());
    beforeEach(async () => {
      s = await startTestServer(dialect, { ...options, from: snapshot });
      dir = mkdtempSync(join(tmpdir(), 'track-record-audit-'));
      state = join(dir, 'state.json');
    });
    afterEach(async () => {
      await s.close();
      rmSync(dir, { recursive: true, force: true });
    });

    it('passes a clean instance, and a later run resumes from where it stopped', async () => {
      const first = await audit(s.baseUrl, '--state', state);
      expect(first.out).toMatch(/^ok: \d+ events/);
      expect(first.code).toBe(0);
      const editor = await s.as('editor');
      await makeSource(editor);
      const head = (await s.anon.get('/api/ledger/head')).body;
      const second = await audit(s.baseUrl, '--state', state, '--checkpoint', `${head.seq}:${head.hash}`);
      expect(second.out).toContain('(1 new)');
      expect(second.code).toBe(0);
    });

    it('catches an edited claim row in the served scorecard', async () => {
      const claim = await s.db.db
        .selectFrom('claims')
        .select(['id', 'kind'])
        .where('kind', '=', 'CLAIM')
        .executeTakeFirstOrThrow();
      await s.db.db.updateTable('claims').set({ kind: 'BEAR' }).where('id', '=', claim.id).execute();
      const r = await audit(s.baseUrl);
      expect(r.code).toBe(1);
      expect(r.out).toMatch(/^DISCREPANCY: scorecard of @\S+: byKind/);
    });

    it('catches an edited event payload and names the event', async () => {
      const e = await s.db.db
        .selectFrom('events')
        .select(['seq', 'payload'])
        .where('type', '=', 'claim.created')
        .orderBy('seq')
        .executeTakeFirstOrThrow();
      await s.db.db
        .updateTable('events')
        .set({ payload: e.payload.replace('call 0', 'call 9') })
        .where('seq', '=', e.seq)
        .execute();
      const r = await audit(s.baseUrl);
      expect(r).toEqual({ code: 1, out: `DISCREPANCY: event ${e.seq}: hash does not match its contents` });
    });

    it('catches a chain rewritten from event k with every hash and checkpoint recomputed, by the state file', async () => {
      expect((await audit(s.baseUrl, '--state', state)).code).toBe(0);
      const before = await servedCheckpoints(s);
      const events = await s.db.db.selectFrom('events').selectAll().orderBy('seq').execute();
      const k = events.find((e) => e.type === 'claim.created' && e.payload.includes('Issue 1 call 1'))!.seq;
      let prev = events[k - 2]!.hash;
      for (const e of events.slice(k - 1)) {
        const payload = e.seq === k ? e.payload.replace('Issue 1 call 1', 'Issue 1 call one') : e.payload;
        const hash = eventHash(prev, Number(e.seq), e.type, payload);
        await s.db.db.updateTable('events').set({ payload, prevHash: prev, hash }).where('seq', '=', e.seq).execute();
        prev = hash;
      }
      await s.db.db.updateTable('ledger_head').set({ hash: prev }).execute();
      // The operator holds the key: the served checkpoints are re-signed over the new chain.
      await s.db.db.deleteFrom('checkpoints').execute();
      await withHeadLocked(s.ctx, (trx, head) => signCheckpoint(trx, signer, head, '2026-03-01T12:00:00.000Z'));
      expect((await audit(s.baseUrl)).code).toBe(0); // what `verify` and a first-time auditor see
      const firstGone = before.find((c) => c.seq >= k)!;
      const r = await audit(s.baseUrl, '--state', state);
      expect(r.code).toBe(1);
      expect(r.out).toContain(`DISCREPANCY: checkpoint ${short(firstGone)} (remembered) is no longer on the chain`);
    });

    it('catches the tail cut and the head rolled back', async () => {
      expect((await audit(s.baseUrl, '--state', state)).code).toBe(0);
      const cps = await servedCheckpoints(s);
      const keep = cps[1]!.seq;
      await s.db.db.deleteFrom('events').where('seq', '>', keep).execute();
      await s.db.db.deleteFrom('checkpoints').where('seq', '>', keep).execute();
      await s.db.db.updateTable('ledger_head').set({ seq: keep, hash: cps[1]!.hash }).execute();
      const r = await audit(s.baseUrl, '--state', state);
      expect(r.code).toBe(1);
      expect(r.out).toContain(`DISCREPANCY: checkpoint ${short(cps[2]!)} (remembered) is no longer on the chain`);
    });

    it('catches a checkpoint with a bad signature', async () => {
      const cp = (await servedCheckpoints(s))[1]!;
      const bad = (
        await s.db.db.selectFrom('checkpoints').select('signature').where('id', '=', cp.id).executeTakeFirstOrThrow()
      ).signature;
      const flipped = (bad[0] === 'a' ? 'b' : 'a') + bad.slice(1);
      await s.db.db.updateTable('checkpoints').set({ signature: flipped }).where('id', '=', cp.id).execute();
      const r = await audit(s.baseUrl);
      expect(r).toEqual({ code: 1, out: `DISCREPANCY: checkpoint ${cp.id} (#${cp.seq}): bad signature` });
    });

    it('catches a leaderboard figure edited in the served JSON (a tampering proxy)', async () => {
      const proxy: Server = createServer((req, res) => {
        void (async () => {
          const upstream = await fetch(s.baseUrl + req.url!);
          let body = await upstream.text();
          if (req.url!.startsWith('/api/leaderboard')) {
            const board = JSON.parse(body);
            board.items[0].hits += 1;
            body = JSON.stringify(board);
          }
          res.writeHead(upstream.status, {
            'content-type': upstream.headers.get('content-type') ?? 'application/json',
          });
          res.end(body);
        })();
      });
      await new Promise<void>((r) => proxy.listen(0, '127.0.0.1', r));
      try {
        const top = (await s.anon.get('/api/leaderboard')).body.items[0];
        const r = await audit(`http://127.0.0.1:${(proxy.address() as AddressInfo).port}`);
        expect(r).toEqual({
          code: 1,
          out: `DISCREPANCY: leaderboard @${top.handle} hits: served ${top.hits + 1}, the replay gives ${top.hits}`,
        });
      } finally {
        proxy.close();
      }
    });

    it("catches a figure edited in one source's served scorecard (a tampering proxy)", async () => {
      const { b } = seeded;
      const proxy: Server = createServer((req, res) => {
        void (async () => {
          const upstream = await fetch(s.baseUrl + req.url!);
          let body = await upstream.text();
          if (req.url === `/api/sources/${b.handle}/scorecard`) {
            const card = JSON.parse(body);
            card.counts.open += 1;
            body = JSON.stringify(card);
          }
          res.writeHead(upstream.status, {
            'content-type': upstream.headers.get('content-type') ?? 'application/json',
          });
          res.end(body);
        })();
      });
      await new Promise<void>((r) => proxy.listen(0, '127.0.0.1', r));
      try {
        const open = (await s.anon.get(`/api/sources/${b.handle}/scorecard`)).body.counts.open;
        const r = await audit(`http://127.0.0.1:${(proxy.address() as AddressInfo).port}`);
        expect(r).toEqual({
          code: 1,
          out: `DISCREPANCY: scorecard of @${b.handle}: counts.open: served ${open + 1}, the replay gives ${open}`,
        });
      } finally {
        proxy.close();
      }
    });
  });
}

describe('track-record audit without a verdict', () => {
  afterAll(() => {});
  it('exits 2 when the instance cannot be reached, and on bad arguments', async () => {
    expect((await audit('http://127.0.0.1:9')).code).toBe(2);
    expect((await audit('http://127.0.0.1:9', '--checkpoint', 'nonsense')).code).toBe(2);
  });
});
