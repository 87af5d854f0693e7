import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { canonicalJson } from '../../src/server/ledger/canonical-json.js';
import { writeLedger } from '../../src/server/ledger/append.js';
import { eventHash, GENESIS_HASH } from '../../src/server/ledger/hash.js';
import { verifyLedger } from '../../src/server/replay/verify/verify.js';
import { testDialects } from '../support/dialects.js';
import { EVIDENCE, makeClaim, makeSource } from '../support/factories.js';
import { startTestServer, type ServerSnapshot, type TestServer } from '../support/server.js';

for (const dialect of testDialects()) {
  describe(`${dialect}: the ledger`, () => {
    let s: TestServer;
    let claimId: string;
    let snapshot: ServerSnapshot;
    // Written once over HTTP; each test gets its own copy of that ledger, to tamper with as it likes.
    beforeAll(async () => {
      const first = await startTestServer(dialect);
      const editor = await first.as('editor');
      const reviewer = await first.as('reviewer');
      const claim = await makeClaim(editor);
      claimId = claim.id;
      await makeClaim(editor, { statement: 'A second claim lands by Q4 2026.' });
      await reviewer.post(`/api/claims/${claim.id}/resolutions`, { outcome: 'false', evidence: EVIDENCE });
      snapshot = await first.keep();
    });
    afterAll(() => snapshot?.drop());
    beforeEach(async () => {
      s = await startTestServer(dialect, { from: snapshot });
    });
    afterEach(async () => s.close());

    it('publishes its head and pages its events so anyone can re-verify the chain from outside', async () => {
      const head = (await s.anon.get('/api/ledger/head')).body;
      const events: any[] = [];
      let after = 0;
      for (;;) {
        const page = (await s.anon.get(`/api/ledger/events?after=${after}&limit=2`)).body;
        events.push(...page.items);
        if (page.next === null) break;
        after = page.next;
      }
      expect(events.length).toBe(head.seq);
      let prev = GENESIS_HASH;
      for (const e of events) {
        expect(e.prevHash).toBe(prev);
        expect(canonicalJson(JSON.parse(e.payload))).toBe(e.payload);
        expect(eventHash(prev, e.seq, e.type, e.payload)).toBe(e.hash);
        prev = e.hash;
      }
      expect(prev).toBe(head.hash);
      expect((await s.anon.get('/api/ledger/events?after=-1')).status).toBe(400);
    });

    it('pages back from an event number (before): the events just before it, the same once more are written', async () => {
      const head = (await s.anon.get('/api/ledger/head')).body;
      expect(head.seq).toBeGreaterThan(4);
      const all = (await s.anon.get('/api/ledger/events?after=0&limit=10000')).body.items as { seq: number }[];
      const seqs = (page: { items: { seq: number }[] }) => page.items.map((e) => e.seq);
      const before = (await s.anon.get(`/api/ledger/events?before=${head.seq}&limit=2`)).body;
      // oldest first, as every page; its next is where the events after it start
      expect(seqs(before)).toEqual([head.seq - 2, head.seq - 1]);
      expect(before.items).toEqual(all.slice(head.seq - 3, head.seq - 1));
      expect(before.next).toBe(head.seq - 1);
      // near the first event, only those there are; past the head, those there are so far
      expect(seqs((await s.anon.get('/api/ledger/events?before=3&limit=25')).body)).toEqual([1, 2]);
      const ahead = (await s.anon.get(`/api/ledger/events?before=${head.seq + 2}&limit=2`)).body;
      expect(seqs(ahead)).toEqual([head.seq]);
      expect(ahead.next).toBeNull();
      // more events do not change a page before an event
      await makeClaim(await s.as('editor'), { statement: 'A third claim lands by Q1 2027.' });
      expect((await s.anon.get(`/api/ledger/events?before=${head.seq}&limit=2`)).body.items).toEqual(before.items);
      // bad values: a clear 400 that names the parameter
      for (const [query, says] of [
        ['before=1', 'before: must be 2 or more (no event comes before #1)'],
        ['before=0', 'before: must be 2 or more (no event comes before #1)'],
        ['before=x', 'before: '],
        ['before=2.5', 'before: '],
        ['after=-1', 'after: '],
        ['after=3&before=5', 'before: give after or before, not both'],
        ['before=5&limit=0', 'limit: '],
      ] as const) {
        const res = await s.anon.get(`/api/ledger/events?${query}`);
        expect(res.status, query).toBe(400);
        expect(res.body.error.code, query).toBe('invalid_request');
        expect(res.body.error.message, query).toContain(says);
      }
    });

    it('verify passes on a clean ledger', async () => {
      const result = await verifyLedger(s.db.db);
      expect(result.problem).toBeNull();
      expect(result.ok).toBe(true);
      expect(result.events).toBe((await s.anon.get('/api/ledger/head')).body.seq);
    });

    it("verify names the row when a claim's statement is edited by hand in SQL", async () => {
      await s.db.db.updateTable('claims').set({ statement: 'Quietly rewritten' }).where('id', '=', claimId).execute();
      const result = await verifyLedger(s.db.db);
      expect(result.ok).toBe(false);
      expect(result.problem).toContain(`claims row id=${claimId}`);
      expect(result.problem).toContain('statement');
    });

    it('verify names the gap when an event is deleted', async () => {
      await s.db.db.deleteFrom('events').where('seq', '=', 3).execute();
      const result = await verifyLedger(s.db.db);
      expect(result.ok).toBe(false);
      expect(result.problem).toContain('event 3 is missing');
    });

    it('verify notices when the newest event is deleted', async () => {
      const head = (await s.anon.get('/api/ledger/head')).body;
      await s.db.db.deleteFrom('events').where('seq', '=', head.seq).execute();
      const result = await verifyLedger(s.db.db);
      expect(result.ok).toBe(false);
      expect(result.problem).toContain(`ledger head is at event ${head.seq}`);
    });

    it("verify names the event when an event's payload is edited", async () => {
      const e = await s.db.db
        .selectFrom('events')
        .selectAll()
        .where('type', '=', 'resolution.recorded')
        .executeTakeFirstOrThrow();
      const payload = canonicalJson({ ...JSON.parse(e.payload), outcome: 'true' });
      await s.db.db.updateTable('events').set({ payload }).where('seq', '=', e.seq).execute();
      const result = await verifyLedger(s.db.db);
      expect(result.ok).toBe(false);
      expect(result.problem).toContain(`event ${e.seq}: hash does not match its contents`);
    });

    it('verify catches an outcome flipped in the claims table, and the public head is unchanged', async () => {
      // A forger who rewrites a payload and re-hashes the rest of the chain still cannot make
      // the tables disagree with the events unnoticed — nor the head the outside world saved.
      const before = (await s.anon.get('/api/ledger/head')).body;
      await s.db.db.updateTable('claims').set({ outcome: 'true', credit: 1 }).where('id', '=', claimId).execute();
      const result = await verifyLedger(s.db.db);
      expect(result.ok).toBe(false);
      expect(result.problem).toMatch(/claims row|source_stats/);
      expect((await s.anon.get('/api/ledger/head')).body).toEqual(before);
    });

    it("an append uses the claim its service read only if nothing was written since: a write in between moved the maker's totals", async () => {
      const editor = await s.as('editor');
      const maker = await makeSource(editor);
      const sources = [{ handle: maker.handle, role: 'made' }];
      const first = await makeClaim(editor, { sources });
      const second = await makeClaim(editor, { sources, statement: 'Another call by the same source lands.' });
      const resolution = (claimId: string, id: string) => ({
        type: 'resolution.recorded' as const,
        payload: {
          id,
          claimId,
          outcome: 'true' as const,
          credit: null,
          voidReason: null,
          evidence: EVIDENCE,
          note: '',
          early: true,
          reviewer: 'reviewer',
          supersedes: null,
          reason: null,
          needsConfirmation: false,
        },
      });
      await writeLedger(s.ctx, 'reviewer', async (tx) => {
        expect((await tx.readClaim(first.id))?.resolutionId).toBeNull();
        await tx.append(resolution(second.id, '00000000-0000-7000-8000-00000000000b'));
        await tx.append(resolution(first.id, '00000000-0000-7000-8000-00000000000a'));
      });
      const stats = await s.db.db
        .selectFrom('source_stats')
        .select(['nOpen', 'nResolved'])
        .where('sourceId', '=', maker.id)
        .executeTakeFirstOrThrow();
      expect([Number(stats.nOpen), Number(stats.nResolved)]).toEqual([0, 2]);
      expect((await verifyLedger(s.db.db)).ok).toBe(true);
    });

    it('verify checks the maintained source totals against a full recompute', async () => {
      const row = await s.db.db
        .selectFrom('source_stats')
        .selectAll()
        .where('nResolved', '>', 0)
        .executeTakeFirstOrThrow();
      await s.db.db
        .updateTable('source_stats')
        .set({ nResolved: row.nResolved + 1 })
        .where('sourceId', '=', row.sourceId)
        .execute();
      const result = await verifyLedger(s.db.db);
      expect(result.ok).toBe(false);
      expect(result.problem).toContain('source_stats');
    });
  });
}
